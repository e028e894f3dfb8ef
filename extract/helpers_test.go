package extract_test

// Shared helpers of the black-box tests: one Extractor for the package's
// tests, finders over a Record, and scorer-style string folding.

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/newswire/newswire/extract"
)

var (
	sharedOnce sync.Once
	sharedX    *extract.Extractor
	sharedErr  error
)

// extractor returns the Extractor shared by the tests (embedded tables only).
func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	sharedOnce.Do(func() { sharedX, sharedErr = extract.New(extract.Options{}) })
	if sharedErr != nil {
		t.Fatalf("extract.New: %v", sharedErr)
	}
	return sharedX
}

// cascadeNew is extract.New with the learned party ranker switched off
// (a party_rank.tsv of one row, "use 0", in a tables folder): the tests of
// the party rules pin what each rule reads, which is the cascade's choice,
// whatever the embedded table's switch (TestPartyRankerCV holds the switch;
// the golden and quality tests run the shipped tables).
func cascadeNew(t testing.TB, o extract.Options) *extract.Extractor {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "party_rank.tsv"), []byte("use\t0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	o.TablesDir = dir
	x, err := extract.New(o)
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	return x
}

// cascadeText is extractText with the party cascade deciding (cascadeNew).
func cascadeText(t testing.TB, id, published, body string) *extract.Record {
	t.Helper()
	rec, err := cascadeNew(t, extract.Options{}).Extract(context.Background(), extract.Article{ID: id, Published: published, Body: body, Form: "text"})
	if err != nil {
		t.Fatalf("Extract(%q): %v", body, err)
	}
	return rec
}

// extractText extracts a plain-text article with the given published date
// ("" for none).
func extractText(t testing.TB, id, published, body string) *extract.Record {
	t.Helper()
	rec, err := extractor(t).Extract(context.Background(), extract.Article{ID: id, Published: published, Body: body, Form: "text"})
	if err != nil {
		t.Fatalf("Extract(%q): %v", body, err)
	}
	return rec
}

// skipPending skips a table case that states expected behaviour the
// extractor does not have yet; the lead removes the mark when it lands.
func skipPending(t *testing.T, reason string) {
	t.Helper()
	if reason != "" && os.Getenv("NEWSWIRE_RUN_PENDING") == "" {
		t.Skip("pending: " + reason)
	}
}

// fold compares strings the way the scorer does: case-insensitive, without
// punctuation, a leading "the" or repeated spaces.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '-' || r == '/':
			b.WriteRune(' ')
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimPrefix(out, "the ")
}

// honorifics stripped from an alias before comparing ("Ms. Tanaka" names
// the same person as "Tanaka").
var honorificWords = []string{"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"}

func stripHonorific(s string) string {
	f := fold(s)
	for _, h := range honorificWords {
		if rest, ok := strings.CutPrefix(f, h+" "); ok {
			return rest
		}
	}
	return f
}

// names reports whether e is called s (its text or an alias, folded;
// for people an honorific in front of an alias is ignored).
func names(e extract.Entity, s string) bool {
	want := fold(s)
	if fold(e.Text) == want {
		return true
	}
	for _, a := range e.Aliases {
		if fold(a) == want || (e.Type == extract.Person && stripHonorific(a) == stripHonorific(s)) {
			return true
		}
	}
	return false
}

// findEntity returns the first entity of type typ named s (text or alias).
func findEntity(rec *extract.Record, typ, s string) *extract.Entity {
	for i := range rec.Entities {
		if rec.Entities[i].Type == typ && names(rec.Entities[i], s) {
			return &rec.Entities[i]
		}
	}
	return nil
}

// entitiesNamed returns every entity of type typ named s.
func entitiesNamed(rec *extract.Record, typ, s string) []extract.Entity {
	var out []extract.Entity
	for _, e := range rec.Entities {
		if e.Type == typ && names(e, s) {
			out = append(out, e)
		}
	}
	return out
}

// findDate returns the DATE entity with the value v.
func findDate(rec *extract.Record, v string) *extract.Entity {
	for i := range rec.Entities {
		if rec.Entities[i].Type == extract.Date && rec.Entities[i].Value == v {
			return &rec.Entities[i]
		}
	}
	return nil
}

// ofType returns the entities of one type.
func ofType(rec *extract.Record, typ string) []extract.Entity {
	var out []extract.Entity
	for _, e := range rec.Entities {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// eventsOf returns the events of one type.
func eventsOf(rec *extract.Record, typ string) []extract.Event {
	var out []extract.Event
	for _, e := range rec.Events {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// partyNames: the names of an event's parties, sorted.
func partyNames(e extract.Event) []string {
	names := make([]string, 0, len(e.Participants))
	for _, p := range e.Participants {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	return names
}

// eventParties: the parties of every event of one type, each event's
// sorted names joined by "+", the events by "|".
func eventParties(rec *extract.Record, typ string) string {
	var got []string
	for _, e := range eventsOf(rec, typ) {
		got = append(got, strings.Join(partyNames(e), "+"))
	}
	return strings.Join(got, "|")
}

// dateValueOf: the value of the (last) DATE entity whose text is text, or "".
func dateValueOf(rec *extract.Record, text string) string {
	got := ""
	for _, e := range rec.Entities {
		if e.Type == "DATE" && e.Text == text {
			got = e.Value
		}
	}
	return got
}

// hasTitle reports whether the record gives holder the title, from the
// PERSON's title or a TITLE entity (folded comparison, as the scorer does).
func hasTitle(rec *extract.Record, holder, title string) bool {
	p := findEntity(rec, extract.Person, holder)
	for _, e := range rec.Entities {
		switch e.Type {
		case extract.Person:
			if p != nil && e.Text == p.Text && fold(e.Title) == fold(title) {
				return true
			}
		case extract.Title:
			if fold(e.Text) != fold(title) {
				continue
			}
			if fold(e.Holder) == fold(holder) || (p != nil && names(*p, e.Holder)) {
				return true
			}
		}
	}
	return false
}

// show renders a record's entities and events compactly for failure messages.
func show(rec *extract.Record) string {
	if rec == nil {
		return "<nil>"
	}
	type ent struct {
		T, X   string
		A      []string `json:",omitempty"`
		Ti, Or string   `json:",omitempty"`
		H, V   string   `json:",omitempty"`
		E      *string  `json:",omitempty"`
	}
	var es []ent
	for _, e := range rec.Entities {
		es = append(es, ent{e.Type, e.Text, e.Aliases, e.Title, e.Organization, e.Holder, e.Value, e.Expansion})
	}
	b, _ := json.Marshal(struct {
		E  []ent
		Ev []extract.Event
	}{es, rec.Events})
	return string(b)
}

// inputFiles lists the article inputs matched by the glob patterns (files
// only; gold files, READMEs and golden records left out), read whole.
func inputFiles(t *testing.T, patterns ...string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, pat := range patterns {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			if strings.HasSuffix(p, ".gold.json") || strings.HasSuffix(p, ".md") || strings.Contains(p, "/golden/") {
				continue
			}
			if st, err := os.Stat(p); err != nil || st.IsDir() {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out[p] = data
		}
	}
	return out
}

// wantMeetingOf fails t unless rec holds a meeting whose sorted party names
// joined by "+" are want; with want "", unless rec holds no meeting at all.
func wantMeetingOf(t *testing.T, rec *extract.Record, want string) {
	t.Helper()
	ms := eventsOf(rec, extract.Meeting)
	if want == "" {
		if len(ms) > 0 {
			t.Fatalf("want no meeting, got %s", show(rec))
		}
		return
	}
	for _, e := range ms {
		if strings.Join(partyNames(e), "+") == want {
			return
		}
	}
	t.Fatalf("want a meeting of %s, got %s", want, show(rec))
}

// dayCase: a DATE's text (day) in a sentence published on a day, and the
// value it must resolve to.
type dayCase struct{ name, published, text, day, want string }

// checkDayValues runs each case as a subtest over an article with id id:
// the DATE whose text is c.day must have the value c.want.
func checkDayValues(t *testing.T, id string, cases []dayCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, id, c.published, c.text)
			if got := dateValueOf(rec, c.day); got != c.want {
				t.Errorf("%q in %q = %q, want %q; DATEs: %v", c.day, c.text, got, c.want, dateValues(rec))
			}
		})
	}
}
