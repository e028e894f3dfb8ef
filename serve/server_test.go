package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sample"
	"github.com/newswire/newswire/serve"
)

var (
	xOnce  sync.Once
	xErr   error
	shared *extract.Extractor
	srv    *serve.Server
)

// realServer is one server over the real extractor, shared by the tests
// (loading prose's model once).
func realServer(t testing.TB) *serve.Server {
	xOnce.Do(func() {
		shared, xErr = extract.New(extract.Options{WithText: true})
		if xErr == nil {
			srv = serve.New(serve.Config{Extractor: shared, MaxBytes: 64 << 10, MaxInFlight: 64})
			srv.SetReady(true)
		}
	})
	if xErr != nil {
		t.Fatal(xErr)
	}
	return srv
}

// serveOnce answers one request in memory.
func serveOnce(s *serve.Server, method, path, ctype string, body []byte) response {
	if s == nil {
		s = realServer(nil)
	}
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)
	return response{status: w.Code, header: w.Header(), body: w.Body.Bytes()}
}

func readTestdata(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractContentTypes(t *testing.T) {
	realServer(t)
	wire := readTestdata(t, "articles/reuters-london-2025-10-07.txt")
	page := readTestdata(t, "articles/coastline-ecowas-lome.html")
	env := readTestdata(t, "articles/lp-2026-0115-chile-spain.json")
	tests := []struct {
		name, path, ctype string
		body              []byte
		form, id          string
		person            string // a PERSON the record must have
	}{
		{"envelope", "/v1/extract", "application/json", env, "json", "lp-2026-0115-chile-spain", ""},
		{"envelope, charset", "/v1/extract", "application/json; charset=utf-8", env, "json", "lp-2026-0115-chile-spain", ""},
		{"wire text", "/v1/extract?id=london", "text/plain", wire, "text", "london", ""},
		{"wire text, charset", "/v1/extract", "text/plain; charset=UTF-8", wire, "text", "request", ""},
		{"page", "/v1/extract?id=lome", "text/html", page, "html", "lome", ""},
		{"sample", "/v1/extract?id=north-news-2025-05-31", "text/plain", sample.Article, "text", "north-news-2025-05-31", "Vikram Misri"},
		{"markup sent as text stays text", "/v1/extract", "text/plain", []byte("<p>Ana Soto met Li Wei in Lima on Tuesday.</p>"), "text", "request", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := serveOnce(nil, "POST", tt.path, tt.ctype, tt.body)
			if r.status != 200 {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			checkAPI(t, "/v1/extract", "POST", r)
			var rec extract.Record
			if err := json.Unmarshal(r.body, &rec); err != nil {
				t.Fatal(err)
			}
			if rec.Form != tt.form || rec.ID != tt.id {
				t.Errorf("form %q id %q, want %q %q", rec.Form, rec.ID, tt.form, tt.id)
			}
			if rec.Text == "" || len(rec.Entities) == 0 {
				t.Fatalf("no text or no entities: %.300s", r.body)
			}
			runes := []rune(rec.Text)
			for _, e := range rec.Entities {
				if len(e.Spans) == 0 {
					t.Errorf("%s %q without spans", e.Type, e.Text)
				}
				for _, s := range e.Spans {
					if got := string(runes[s[0]:s[1]]); !strings.EqualFold(got, e.Text) && !containsFold(e.Aliases, got) {
						t.Errorf("%s %q: span %v reads %q", e.Type, e.Text, s, got)
					}
				}
			}
			if tt.person != "" && !hasEntity(rec, extract.Person, tt.person) {
				t.Errorf("no PERSON %q", tt.person)
			}
			// the same as the library gives
			a, err := extract.Decoder{}.DecodeAs("x", tt.body, tt.form)
			if err != nil {
				t.Fatal(err)
			}
			a.ID = rec.ID
			want, err := shared.Extract(t.Context(), a)
			if err != nil {
				t.Fatal(err)
			}
			wantJS, _ := json.Marshal(want)
			gotJS, _ := json.Marshal(rec)
			if !bytes.Equal(wantJS, gotJS) {
				t.Errorf("record differs from the library's:\n got %.300s\nwant %.300s", gotJS, wantJS)
			}
		})
	}
}

func hasEntity(rec extract.Record, typ, text string) bool {
	for _, e := range rec.Entities {
		if e.Type == typ && e.Text == text {
			return true
		}
	}
	return false
}

func containsFold(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func TestExtractBadInput(t *testing.T) {
	realServer(t)
	big := bytes.Repeat([]byte("Ana Soto met Li Wei. "), 4000) // 84,000 bytes, over the 64 KiB limit
	tests := []struct {
		name, method, path, ctype string
		body                      []byte
		status                    int
		class                     string
		reason                    string // a part of the reason
	}{
		{"empty text", "POST", "/v1/extract", "text/plain", nil, 400, extract.ClassEmpty, "empty"},
		{"blank text", "POST", "/v1/extract", "text/plain", []byte(" \n\t "), 400, extract.ClassEmpty, "empty"},
		{"not UTF-8", "POST", "/v1/extract", "text/plain", []byte("S\xe3o Paulo officials met."), 400, extract.ClassNotUTF8, "offset 1"},
		{"invalid JSON", "POST", "/v1/extract", "application/json", []byte(`{"id":"x","body":"unterminated`), 400, extract.ClassBadJSON, "envelope"},
		{"JSON that is no object", "POST", "/v1/extract", "application/json", []byte(`"Ana Soto met Li Wei."`), 400, extract.ClassBadJSON, "JSON object"},
		{"envelope without body", "POST", "/v1/extract", "application/json", []byte(`{"id":"x","headline":"Talks"}`), 422, extract.ClassNoBody, "neither body nor html"},
		{"page without article", "POST", "/v1/extract", "text/html", []byte(`<html><body><nav><a href="/">Home</a></nav></body></html>`), 422, extract.ClassNoText, "text"},
		{"too large", "POST", "/v1/extract", "text/plain", big, 413, extract.ClassTooLarge, "84000 bytes"},
		{"no content type", "POST", "/v1/extract", "", []byte("Ana Soto met Li Wei."), 415, serve.ClassUnsupportedType, "text/plain"},
		{"unknown content type", "POST", "/v1/extract", "application/pdf", []byte("%PDF"), 415, serve.ClassUnsupportedType, "application/pdf"},
		{"malformed content type", "POST", "/v1/extract", "text/plain; ;;=", []byte("x"), 415, serve.ClassUnsupportedType, "Content-Type"},
		{"GET extract", "GET", "/v1/extract", "", nil, 405, serve.ClassMethod, "POST"},
		{"unknown route", "GET", "/v2/nothing", "", nil, 404, serve.ClassNotFound, "/v2/nothing"},
		{"unknown schema", "GET", "/schema/x.json", "", nil, 404, serve.ClassNotFound, "x.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := serveOnce(nil, tt.method, tt.path, tt.ctype, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			var e serve.APIError
			if err := json.Unmarshal(r.body, &e); err != nil {
				t.Fatalf("error body is no JSON error: %v: %s", err, r.body)
			}
			if e.Class != tt.class || !strings.Contains(e.Reason, tt.reason) {
				t.Errorf("error %+v, want class %q and a reason with %q", e, tt.class, tt.reason)
			}
			if strings.HasPrefix(e.Reason, e.Class+":") || strings.HasPrefix(e.Reason, "request:") {
				t.Errorf("reason %q repeats the class or the input's name", e.Reason)
			}
			route := tt.path
			if i := strings.IndexByte(route, '?'); i >= 0 {
				route = route[:i]
			}
			if tt.status != 404 && tt.status != 405 { // no such operation to describe
				checkAPI(t, route, tt.method, r)
			}
		})
	}
}

// A body with no Content-Length (chunked) is held to the limit as it is
// read.
func TestExtractTooLargeChunked(t *testing.T) {
	ts := httptest.NewServer(realServer(t))
	defer ts.Close()
	pr, pw := io.Pipe()
	go func() {
		for range 5000 {
			if _, err := pw.Write([]byte("Ana Soto met Li Wei. ")); err != nil {
				return
			}
		}
		pw.Close()
	}()
	req, _ := http.NewRequest("POST", ts.URL+"/v1/extract", pr)
	req.Header.Set("Content-Type", "text/plain")
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r := readResponse(t, resp)
	pr.CloseWithError(errors.New("done"))
	if r.status != 413 || !strings.Contains(string(r.body), extract.ClassTooLarge) {
		t.Errorf("status %d %s, want 413 too-large", r.status, r.body)
	}
	checkAPI(t, "/v1/extract", "POST", r)
}

func TestExtractNDJSON(t *testing.T) {
	realServer(t)
	lines := []string{
		`{"id":"a","published":"2026-03-02","body":"Foreign Minister Ana Soto met Kenyan Foreign Minister Li Wei in Nairobi on Monday."}`,
		`{"id":"b","body":"unterminated`,
		``,
		`{"id":"c","headline":"no body"}`,
		`{"id":"d","html":"<html><body><article><p>President Maria Lopez visited Lisbon on Friday, officials said.</p></article></body></html>"}`,
		`{"id":"e","body":"` + strings.Repeat("x", 70<<10) + `"}`,
		`{"id":"f","body":"The Central Bank of Kenya (CBK) held its rate."}`,
	}
	r := serveOnce(nil, "POST", "/v1/extract", "application/x-ndjson", []byte(strings.Join(lines, "\n")))
	if r.status != 200 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	checkAPI(t, "/v1/extract", "POST", r)
	out := strings.Split(strings.TrimRight(string(r.body), "\n"), "\n")
	want := []string{"record a", "error 2 bad-json", "error 4 no-body", "record d", "error 6 too-large", "record f"}
	if len(out) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(out), len(want), r.body)
	}
	for i, line := range out {
		var v struct {
			ID    string          `json:"id"`
			Text  string          `json:"text"`
			Line  int             `json:"line"`
			Error *serve.APIError `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		got := "record " + v.ID
		if v.Error != nil {
			got = fmt.Sprintf("error %d %s", v.Line, v.Error.Class)
		} else if v.Text == "" {
			t.Errorf("line %d: a record without text", i+1)
		}
		if got != want[i] {
			t.Errorf("line %d: %s, want %s", i+1, got, want[i])
		}
	}
}

// blocking is an extractor that holds each call until released, telling
// the test when a call has started.
type blocking struct {
	started chan struct{}
	release chan struct{}
}

func (b *blocking) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	b.started <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return &extract.Record{Schema: extract.ArticleSchema, ID: a.ID, Form: a.Form, Text: a.Body,
		Entities: []extract.Entity{}, Events: []extract.Event{}}, nil
}

// Beyond MaxInFlight extraction requests, the next gets 429 at once; when
// one finishes, a new one is served.
func TestTooManyInFlight(t *testing.T) {
	b := &blocking{started: make(chan struct{}, 4), release: make(chan struct{})}
	s := serve.New(serve.Config{Extractor: b, MaxInFlight: 2})
	s.SetReady(true)
	var wg sync.WaitGroup
	codes := make(chan int, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes <- serveOnce(s, "POST", "/v1/extract", "text/plain", []byte("Ana Soto met Li Wei.")).status
		}()
	}
	<-b.started
	<-b.started // both slots are taken
	r := serveOnce(s, "POST", "/v1/extract", "text/plain", []byte("Ana Soto met Li Wei."))
	if r.status != 429 || r.header.Get("Retry-After") == "" || !strings.Contains(string(r.body), serve.ClassBusy) {
		t.Errorf("third request: %d %s %q, want 429 busy with Retry-After", r.status, r.body, r.header.Get("Retry-After"))
	}
	checkAPI(t, "/v1/extract", "POST", r)
	close(b.release)
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != 200 {
			t.Errorf("a request in flight ended %d", c)
		}
	}
	if r := serveOnce(s, "POST", "/v1/extract", "text/plain", []byte("Ana Soto met Li Wei.")); r.status != 200 {
		t.Errorf("after the others finished: %d %s", r.status, r.body)
	}
	m := string(serveOnce(s, "GET", "/metrics", "", nil).body)
	for _, want := range []string{
		`newswire_http_requests_total{code="429",route="POST /v1/extract"} 1`,
		`newswire_http_requests_total{code="200",route="POST /v1/extract"} 3`,
		`newswire_http_request_duration_seconds_count{code="200",route="POST /v1/extract"} 3`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// Many clients at once on the one shared extractor (run with -race): each
// gets its own article's record, the same as alone.
func TestConcurrentRequests(t *testing.T) {
	realServer(t)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	files := []string{"north-news-2025-05-31.txt", "articles/reuters-london-2025-10-07.txt", "articles/ap-paris-2026-02-12.txt",
		"articles/coastline-ecowas-lome.html", "articles/korea-wire-2025-11-18.txt", "articles/delhi-herald-2026-03-04.txt"}
	want := map[string][]byte{}
	for _, f := range files {
		want[f] = serveOnce(nil, "POST", "/v1/extract?id=x", ctypeOf(f), readTestdata(t, f)).body
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(files))
	for round := range 4 {
		for _, f := range files {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, err := ts.Client().Post(ts.URL+"/v1/extract?id=x", ctypeOf(f), bytes.NewReader(readTestdataNoT(f)))
				if err != nil {
					errs <- err
					return
				}
				r := readResponse(nil, resp)
				if r.status != 200 || !bytes.Equal(r.body, want[f]) {
					errs <- fmt.Errorf("round %d %s: status %d, record differs from the one made alone", round, f, r.status)
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func ctypeOf(f string) string {
	if strings.HasSuffix(f, ".html") {
		return "text/html"
	}
	return "text/plain"
}

func readTestdataNoT(f string) []byte {
	b, _ := os.ReadFile("../testdata/" + f)
	return b
}

func TestOpsEndpoints(t *testing.T) {
	b := &blocking{started: make(chan struct{}, 1), release: make(chan struct{})}
	s := serve.New(serve.Config{Extractor: b})
	for _, tt := range []struct {
		path   string
		status int
		has    string
	}{
		{"/healthz", 200, `"ok"`},
		{"/readyz", 503, serve.ClassNotReady},
	} {
		r := serveOnce(s, "GET", tt.path, "", nil)
		if r.status != tt.status || !strings.Contains(string(r.body), tt.has) {
			t.Errorf("%s before ready: %d %s", tt.path, r.status, r.body)
		}
		checkAPI(t, tt.path, "GET", r)
	}
	if r := serveOnce(s, "POST", "/v1/extract", "text/plain", []byte("x")); r.status != 503 {
		t.Errorf("extract before ready: %d %s", r.status, r.body)
	}
	s.SetReady(true)
	r := serveOnce(s, "GET", "/readyz", "", nil)
	if r.status != 200 {
		t.Errorf("/readyz when ready: %d", r.status)
	}
	checkAPI(t, "/readyz", "GET", r)
	for _, path := range []string{"/openapi.json", "/schema/article.v1.json", "/schema/event.v1.json", "/metrics", "/", "/sample"} {
		r := serveOnce(s, "GET", path, "", nil)
		if r.status != 200 || len(r.body) == 0 {
			t.Errorf("GET %s: %d", path, r.status)
		}
		route := path
		if strings.HasPrefix(path, "/schema/") {
			route = "/schema/{name}"
		}
		checkAPI(t, route, "GET", r)
	}
	if r := serveOnce(s, "GET", "/sample", "", nil); !bytes.Equal(r.body, sample.Article) {
		t.Error("/sample is not the bundled sample")
	}
	for _, path := range []string{"/static/app.js", "/static/style.css"} {
		if r := serveOnce(s, "GET", path, "", nil); r.status != 200 || len(r.body) < 100 {
			t.Errorf("GET %s: %d, %d bytes", path, r.status, len(r.body))
		}
	}
}

// SIGTERM (the context ending) stops new work and lets a request in flight
// finish.
func TestGracefulShutdown(t *testing.T) {
	b := &blocking{started: make(chan struct{}, 1), release: make(chan struct{})}
	s := serve.New(serve.Config{Extractor: b})
	s.SetReady(true)
	ctx, cancel := context.WithCancel(t.Context())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, "127.0.0.1:0", time.Minute, func(a string) { addrc <- a }) }()
	addr := <-addrc
	got := make(chan response, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/v1/extract", "text/plain", strings.NewReader("Ana Soto met Li Wei."))
		if err != nil {
			got <- response{status: -1, body: []byte(err.Error())}
			return
		}
		got <- readResponse(nil, resp)
	}()
	<-b.started
	cancel()
	// not ready any more as soon as shutdown begins
	deadline := time.Now().Add(time.Minute)
	for serveOnce(s, "GET", "/readyz", "", nil).status != 503 {
		if time.Now().After(deadline) {
			t.Fatal("still ready after shutdown began")
		}
		time.Sleep(time.Millisecond)
	}
	close(b.release)
	r := <-got
	if r.status != 200 {
		t.Errorf("the request in flight: %d %s", r.status, r.body)
	}
	if err := <-done; err != nil {
		t.Errorf("ListenAndServe: %v", err)
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("still accepting connections after shutdown")
	}
}

// TestUserBoilerplate: a page is cleaned with the Cleaner the server is
// given, so a user's boilerplate.tsv (--tables) reaches pages sent to the
// API; without one, the embedded vocabulary reads them.
func TestUserBoilerplate(t *testing.T) {
	page := []byte(`<!DOCTYPE html><html><body><article>
<p>Peruvian and Chilean ministers met in Arica on Monday to reopen the border crossing.</p>
<div class="factbox"><p>The Chacalluta crossing handles most trucks between the two countries.</p></div>
<p>They agreed to open it again from the first of next month, officials said.</p>
</article></body></html>`)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "boilerplate.tsv"), []byte("factbox\tword\t-40\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cl, err := extract.NewCleaner(dir)
	if err != nil {
		t.Fatal(err)
	}
	realServer(t) // loads the shared extractor
	user := serve.New(serve.Config{Extractor: shared, Cleaner: cl})
	user.SetReady(true)
	for _, c := range []struct {
		name string
		srv  *serve.Server
		keep bool
	}{{"embedded vocabulary", nil, true}, {"user vocabulary", user, false}} {
		r := serveOnce(c.srv, "POST", "/v1/extract", "text/html", page)
		if r.status != 200 {
			t.Fatalf("%s: %d %s", c.name, r.status, r.body)
		}
		var rec extract.Record
		if err := json.Unmarshal(r.body, &rec); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(rec.Text, "reopen the border crossing") {
			t.Fatalf("%s: the text lacks the body: %q", c.name, rec.Text)
		}
		if got := strings.Contains(rec.Text, "Chacalluta"); got != c.keep {
			t.Errorf("%s: factbox kept = %v, want %v", c.name, got, c.keep)
		}
	}
}
