package serve_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sample"
)

// The page in a real browser: headless Chromium (Debian package chromium)
// driven over the DevTools protocol. Missing Chromium fails the test in CI
// (CI=true) and skips it elsewhere. NEWSWIRE_SCREENSHOT=docs/serve.png
// (relative to the repository root) writes the README's screenshot.

func chromium(t *testing.T) string {
	t.Helper()
	names := []string{os.Getenv("NEWSWIRE_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "headless-shell"}
	for _, n := range names {
		if n == "" {
			continue
		}
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium found (apt-get install -y chromium, or NEWSWIRE_CHROMIUM=path): the page cannot be tested")
	}
	t.Skip("no Chromium found (apt-get install -y chromium); the page test runs in CI")
	return ""
}

// browser starts a fresh headless Chromium with no network of its own.
func browser(t *testing.T) context.Context {
	path := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	// generous: the machine may be busy; nothing waits on time, only on
	// the page's state
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start Chromium %s: %v", path, err)
	}
	return bctx
}

type pageMark struct {
	Type, Text, Title string
	Start, End        int
}

type pageCard struct {
	Type, Who, Date, Place, Confidence, Sentence string
}

type pageState struct {
	Marks  []pageMark
	Cards  []pageCard
	Text   string // the article's text as drawn, without the dates' values
	Norms  []string
	Lit    string // the text of the lit sentence
	Status string
	Wide   bool // wider than the window
	Remote []string
	// the map: its markers, and whether the land drawing loaded
	Markers []pageMarker
	MapNote string
}

type pageMarker struct {
	Event    int
	Lat, Lon float64
	X, Y     float64
}

const readPage = `(() => {
  const art = document.querySelector("#article-text");
  const clone = art.cloneNode(true);
  clone.querySelectorAll(".norm").forEach((n) => n.remove());
  return {
    Markers: Array.from(document.querySelectorAll("#markers .marker")).map((m) => ({Event: +m.dataset.event,
      Lat: +m.dataset.lat, Lon: +m.dataset.lon, X: +m.getAttribute("cx"), Y: +m.getAttribute("cy")})),
    MapNote: document.querySelector("#map-note").textContent,
    Marks: Array.from(art.querySelectorAll(".ent")).map((e) => ({Type: e.dataset.type, Text: e.textContent, Title: e.title, Start: +e.dataset.start, End: +e.dataset.end})),
    Cards: Array.from(document.querySelectorAll(".card")).map((c) => ({Type: c.dataset.type, Who: c.querySelector(".participants").textContent,
      Date: c.querySelector(".date").textContent, Place: c.querySelector(".place").textContent,
      Confidence: c.querySelector(".confidence").textContent, Sentence: c.querySelector(".sentence").textContent})),
    Text: clone.textContent,
    Norms: Array.from(art.querySelectorAll(".norm")).map((n) => n.dataset.value),
    Lit: Array.from(art.querySelectorAll(".hl")).map((x) => x.textContent).join(""),
    Status: document.querySelector("#status").textContent,
    Wide: document.documentElement.scrollWidth > window.innerWidth + 1,
    Remote: performance.getEntriesByType("resource").map((r) => r.name).filter((n) => !n.startsWith(location.origin)),
  };
})()`

func read(t *testing.T, ctx context.Context) pageState {
	t.Helper()
	st, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readPage))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

type gold struct {
	Entities map[string][]struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Events []struct {
		Type         string   `json:"type"`
		Participants []string `json:"participants"`
		Date         string   `json:"date"`
		Location     string   `json:"location"`
	} `json:"events"`
}

func TestPageInBrowser(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(realServer(t))
	defer ts.Close()

	// the sample, already extracted
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/?sample=1"),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="done"]`)),
	); err != nil {
		t.Fatal(err)
	}
	st := read(t, ctx)
	want := serveOnce(nil, "POST", "/v1/extract", "text/plain", sample.Article)
	var rec extract.Record
	if err := json.Unmarshal(want.body, &rec); err != nil {
		t.Fatal(err)
	}
	if st.Text != rec.Text {
		t.Errorf("the page's text differs from the record's")
	}
	if len(st.Remote) > 0 {
		t.Errorf("the page fetched from elsewhere: %v", st.Remote)
	}
	// every mark reads what its span says and names its type
	runes := []rune(rec.Text)
	for _, m := range st.Marks {
		if string(runes[m.Start:m.End]) != m.Text || !strings.HasPrefix(m.Title, m.Type+": ") {
			t.Errorf("mark %+v", m)
		}
	}
	marked := func(typ, name string, aliases []string) bool {
		for _, m := range st.Marks {
			if m.Type == typ && (strings.EqualFold(m.Text, name) || containsFold(aliases, m.Text)) {
				return true
			}
		}
		return false
	}
	var g gold
	if err := json.Unmarshal(readTestdata(t, "north-news-2025-05-31.gold.json"), &g); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, typ := range []string{extract.Person, extract.Organization, extract.Location} {
		for _, e := range g.Entities[typ] {
			n++
			if !marked(typ, e.Name, e.Aliases) {
				t.Errorf("%s %q is not highlighted as %s", typ, e.Name, typ)
			}
		}
	}
	if n < 10 {
		t.Fatalf("the gold names only %d people, organizations and places", n)
	}
	// a title shows its holder, an acronym its expansion, a date its value
	for _, c := range []struct{ typ, title string }{
		{extract.Title, "Foreign Secretary — held by Vikram Misri"},
		{extract.Acronym, "= Financial Action Task Force"},
		{extract.Date, "= 2025-05-27/2025-05-29"},
	} {
		found := false
		for _, m := range st.Marks {
			found = found || m.Type == c.typ && strings.Contains(m.Title, c.title) ||
				c.typ == extract.Acronym && strings.Contains(m.Title, "FATF "+c.title)
		}
		if !found {
			t.Errorf("no %s mark whose title has %q", c.typ, c.title)
		}
	}
	if !contains(st.Norms, "2025-05-27/2025-05-29") {
		t.Errorf("dates' values shown: %v", st.Norms)
	}
	// the events, with their dates and places
	if len(st.Cards) != len(rec.Events) {
		t.Fatalf("%d cards for %d events", len(st.Cards), len(rec.Events))
	}
	for _, ge := range g.Events {
		found := false
		for _, c := range st.Cards {
			ok := c.Type == ge.Type && c.Date == ge.Date && c.Place == ge.Location
			for _, p := range ge.Participants {
				ok = ok && strings.Contains(c.Who, p)
			}
			found = found || ok
		}
		if !found {
			t.Errorf("no card for the %s of %v on %s in %s; cards: %+v", ge.Type, ge.Participants, ge.Date, ge.Location, st.Cards)
		}
	}
	// the map: a marker per event with a located place, where it is
	placed := 0
	for i, ev := range rec.Events {
		if ev.Lat == nil {
			continue
		}
		placed++
		found := false
		for _, m := range st.Markers {
			if m.Event == i {
				found = true
				if m.Lat != *ev.Lat || m.Lon != *ev.Lon || math.Abs(m.X-(*ev.Lon+180)) > 0.01 || math.Abs(m.Y-(90-*ev.Lat)) > 0.01 {
					t.Errorf("marker of event %d at %+v, want %v,%v", i, m, *ev.Lat, *ev.Lon)
				}
			}
		}
		if !found {
			t.Errorf("no marker for event %d in %s", i, ev.Location)
		}
	}
	if placed == 0 || len(st.Markers) != placed {
		t.Errorf("%d markers for %d events with coordinates", len(st.Markers), placed)
	}
	if !strings.HasPrefix(st.MapNote, fmt.Sprintf("%d of %d events placed", placed, len(rec.Events))) {
		t.Errorf("map note %q", st.MapNote)
	}
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`fetch("/world.svg").then((r) => r.ok && r.headers.get("content-type") === "image/svg+xml")`, chromedp.EvalAwaitPromise))
	if err != nil || !loaded {
		t.Errorf("the map's land drawing /world.svg: loaded %v, %v", loaded, err)
	}
	// a marker selects its event's card and lights its sentence
	if len(st.Markers) > 0 {
		m := st.Markers[len(st.Markers)-1]
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelectorAll("#markers .marker")[%d].dispatchEvent(new MouseEvent("click", {bubbles: true}))`, len(st.Markers)-1))); err != nil {
			t.Fatal(err)
		}
		if got := read(t, ctx).Lit; got != rec.Events[m.Event].Sentence {
			t.Errorf("clicked the marker of event %d: lit %q, want %q", m.Event, got, rec.Events[m.Event].Sentence)
		}
	}

	// a click lights the event's sentence; so does the keyboard
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.card[data-event="2"]`))); err != nil {
		t.Fatal(err)
	}
	if got := read(t, ctx).Lit; got != rec.Events[2].Sentence {
		t.Errorf("clicked card 2: lit %q, want its sentence %q", got, rec.Events[2].Sentence)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`.card[data-event="0"]`)), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, ctx).Lit; got != rec.Events[0].Sentence {
		t.Errorf("Enter on card 0: lit %q, want its sentence %q", got, rec.Events[0].Sentence)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#result").scrollIntoView()`)); err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, "serve.png")

	// a phone's width: nothing wider than the screen
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	if read(t, ctx).Wide {
		t.Error("the page is wider than a phone's screen")
	}
	shot(t, ctx, "serve-phone.png")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}

	// a pasted article round-trips: the text drawn is the text pasted, its
	// entities highlighted
	pasted := string(readTestdata(t, "articles/reuters-london-2025-10-07.txt"))
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="idle"]`)),
		chromedp.SetValue(chromedp.CSS(`#article-input`), pasted),
		chromedp.Click(chromedp.CSS(`#extract-button`)),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="done"]`)),
	); err != nil {
		t.Fatal(err)
	}
	st = read(t, ctx)
	if st.Text != pasted {
		t.Errorf("pasted text came back different:\n%q\n%q", st.Text, pasted)
	}
	var prec extract.Record
	json.Unmarshal(serveOnce(nil, "POST", "/v1/extract", "text/plain", []byte(pasted)).body, &prec)
	for _, e := range prec.Entities {
		if (e.Type == extract.Person || e.Type == extract.Organization || e.Type == extract.Location) && !markedIn(st.Marks, e) {
			t.Errorf("pasted article: %s %q not highlighted", e.Type, e.Text)
		}
	}
	if len(st.Cards) != len(prec.Events) {
		t.Errorf("pasted article: %d cards for %d events", len(st.Cards), len(prec.Events))
	}

	// bad input: the error is shown, nothing breaks
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`#article-input`), `{"id":"x","headline":"no body"}`),
		chromedp.Click(chromedp.CSS(`#extract-button`)),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="error"]`)),
	); err != nil {
		t.Fatal(err)
	}
	if s := read(t, ctx).Status; !strings.Contains(s, extract.ClassNoBody) {
		t.Errorf("status after a bad envelope: %q", s)
	}
}

func markedIn(marks []pageMark, e extract.Entity) bool {
	for _, m := range marks {
		if m.Type == e.Type && (strings.EqualFold(m.Text, e.Text) || containsFold(e.Aliases, m.Text)) {
			return true
		}
	}
	return false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// shot saves a screenshot in the test's temp folder, and where
// NEWSWIRE_SCREENSHOT asks for the main one.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	if dst := os.Getenv("NEWSWIRE_SCREENSHOT"); dst != "" && name == "serve.png" {
		if !filepath.IsAbs(dst) {
			dst = filepath.Join("..", dst)
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("README screenshot: %s", dst)
	}
}

var _ = fmt.Sprint
