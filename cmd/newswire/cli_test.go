package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Each error line names its input once, then the class, then the reason;
// an over-size file's real size is reported; an envelope with neither body
// nor html is its own class.
func TestExtractErrorLines(t *testing.T) {
	big := strings.Repeat("Kenyan and Ugandan ministers met in Kampala on Tuesday. ", 200)
	files := map[string]string{
		"empty.txt":      "",
		"noarticle.html": `<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>`,
		"nobody.json":    `{"id":"x","headline":"Talks in Rome"}`,
		"huge.txt":       big,
	}
	names := []string{"empty.txt", "noarticle.html", "nobody.json", "huge.txt"}
	paths := writeFiles(t, files, names...)
	code, _, errs := runCLI(t, "", append([]string{"--max-bytes", "4000"}, paths...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := map[string]string{
		"empty.txt":      ": empty: no article text",
		"noarticle.html": ": no-article-text: ",
		"nobody.json":    ": no-body: envelope x has neither body nor html",
		"huge.txt":       fmt.Sprintf(": too-large: %d bytes, over the 4000-byte limit", len(big)),
	}
	for _, line := range strings.Split(strings.TrimRight(errs, "\n"), "\n") {
		if strings.HasSuffix(line, "input(s) failed") {
			continue
		}
		for name, w := range want {
			if !strings.Contains(line, name) {
				continue
			}
			if n := strings.Count(line, name); n != 1 {
				t.Errorf("line names %s %d times: %q", name, n, line)
			}
			if !strings.Contains(line, name+w) {
				t.Errorf("line %q, want %q", line, name+w)
			}
			delete(want, name)
		}
	}
	for name := range want {
		t.Errorf("no line for %s:\n%s", name, errs)
	}
}

// `extract -` reads one article, a JSON array or JSON lines from stdin.
func TestExtractStdinForms(t *testing.T) {
	tests := []struct {
		name, stdin string
		ids         string
		errLine     string
	}{
		{"one wire", "Kenya and Ethiopia signed an agreement on power exports in Addis Ababa on Tuesday.", "stdin", ""},
		{"one envelope over lines", "{\n  \"id\": \"pretty\",\n  \"body\": \"Peru and Chile agreed to reopen a border crossing on Monday.\"\n}\n", "pretty", ""},
		{"JSON lines", `{"id":"l1","body":"Peru and Chile agreed to reopen a border crossing on Monday."}` + "\n\n" +
			`{"id":"l2","body":"Kenya and Ethiopia signed an agreement in Addis Ababa on Tuesday."}` + "\n", "l1,l2", ""},
		{"JSON lines with a bad one", `{"id":"l1","body":"Peru and Chile agreed to reopen a border crossing."}` + "\n" +
			`{"id":"l2",` + "\n" + `{"id":"l3","body":"Kenya and Ethiopia signed an agreement."}`, "l1,l3", "-:2: bad-json"},
		{"JSON array", `[{"id":"a1","body":"Peru and Chile agreed to reopen a border crossing."},{"id":"a2","body":"Kenya and Ethiopia signed an agreement."}]`, "a1,a2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tt.stdin, "-")
			var ids []string
			for _, r := range records(t, out) {
				ids = append(ids, r.ID)
			}
			if strings.Join(ids, ",") != tt.ids {
				t.Errorf("records %v, want %s; stderr:\n%s", ids, tt.ids, errs)
			}
			if tt.errLine == "" && (code != 0 || errs != "") {
				t.Errorf("exit %d, stderr %q", code, errs)
			}
			if tt.errLine != "" && (code != 1 || !strings.Contains(errs, tt.errLine)) {
				t.Errorf("exit %d, stderr %q, want a line with %q", code, errs, tt.errLine)
			}
		})
	}
}

func TestExtractTablesMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-tables")
	code, out, errs := runCLI(t, "Ana Soto met Li Wei.", "--tables", missing, "-")
	if code == 0 || out != "" || !strings.Contains(errs, "no-tables") {
		t.Errorf("exit %d, stdout %q, stderr %q; want a failure naming the folder", code, out, errs)
	}
}

// Progress shows on a terminal (forced here) with many articles, never
// when stderr is a file or a pipe, and never mixes into stdout.
func TestExtractProgress(t *testing.T) {
	feed := `[{"id":"a1","body":"Peru and Chile agreed to reopen a border crossing."},{"id":"a2","body":"Kenya and Ethiopia signed an agreement."},null]`
	_, out, errs := runCLI(t, feed, "-")
	if strings.Contains(errs, "articles,") {
		t.Errorf("progress on a non-terminal stderr: %q", errs)
	}
	t.Setenv("NEWSWIRE_PROGRESS", "1")
	_, out2, errs := runCLI(t, feed, "-")
	if !strings.Contains(errs, "2 articles, ") || !strings.Contains(errs, "words/s, 1 errors") {
		t.Errorf("no progress line: %q", errs)
	}
	if out != out2 {
		t.Error("progress changed stdout")
	}
	// one article: no progress
	_, _, errs = runCLI(t, "Peru and Chile agreed to reopen a border crossing.", "-")
	if strings.Contains(errs, "articles,") {
		t.Errorf("progress for one article: %q", errs)
	}
}

func TestHealthCommand(t *testing.T) {
	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte(`{"status":"ok"}`))
	}))
	defer ok.Close()
	tests := []struct {
		url  string
		code int
	}{
		{ok.URL + "/healthz", 0},
		{ok.URL + "/readyz", 1},
		{"http://127.0.0.1:1/healthz", 1},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := healthCmd(context.Background(), []string{"--url", tt.url}, nil, &out, &errb)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (%s%s)", tt.url, code, tt.code, out.String(), errb.String())
		}
	}
}

// The Dockerfile's health check runs this binary's health command, whose
// default URL is where `run` serves /healthz (--metrics-addr), as the
// README says.
func TestDockerHealthCheck(t *testing.T) {
	df, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^HEALTHCHECK[^\n]*\\\n\s*CMD \["/usr/local/bin/newswire", "([a-z]+)"`).FindSubmatch(df)
	if m == nil {
		t.Fatal("no HEALTHCHECK running /usr/local/bin/newswire in the Dockerfile")
	}
	if _, ok := commands[string(m[1])]; !ok {
		t.Fatalf("HEALTHCHECK runs %q, no such command", m[1])
	}
	var rc runConfig
	runFlags(&rc)
	var out, errb bytes.Buffer
	// the default URL, as `newswire health -h` prints it
	healthCmd(context.Background(), []string{"-h"}, nil, &out, &errb)
	port := rc.MetricsAddr[strings.LastIndexByte(rc.MetricsAddr, ':'):]
	if !strings.Contains(errb.String(), "http://127.0.0.1"+port+"/healthz") {
		t.Errorf("health's default URL does not use run's metrics port %s:\n%s", port, errb.String())
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "newswire health") || !strings.Contains(string(readme), port+"/metrics") {
		t.Errorf("README does not say where /metrics listens (%s) or how the health check works", port)
	}
}

// A user's boilerplate.tsv in --tables reaches the HTML cleaner of
// `extract`: its furniture word leaves a box out of the text read.
func TestExtractTablesBoilerplate(t *testing.T) {
	page := `<!DOCTYPE html><html><body><article>
<p>Peruvian and Chilean ministers met in Arica on Monday to reopen the border crossing.</p>
<div class="factbox"><p>The Chacalluta crossing handles most trucks between the two countries.</p></div>
<p>They agreed to open it again from the first of next month, officials said.</p>
</article></body></html>`
	paths := writeFiles(t, map[string]string{"arica.html": page}, "arica.html")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "boilerplate.tsv"), []byte("factbox\tword\t-40\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		keep bool
	}{
		{[]string{"--with-text", paths[0]}, true},
		{[]string{"--with-text", "--tables", dir, paths[0]}, false},
	} {
		code, out, errs := runCLI(t, "", c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		if !strings.Contains(out, "reopen the border crossing") {
			t.Fatalf("%v: the record's text lacks the body: %s", c.args, out)
		}
		if got := strings.Contains(out, "Chacalluta"); got != c.keep {
			t.Errorf("%v: factbox in the text read = %v, want %v: %s", c.args, got, c.keep, out)
		}
	}
}

// TestExtractTrace: --trace names the classify rule that typed each chunk
// and what the learned tagger did; --no-tagger turns the tagger off.
func TestExtractTrace(t *testing.T) {
	body := "Floods closed roads across Linn County overnight.\n\nResults on Saturday:\nDerby 3 Leicester 1\nReading 1 Swindon 1\n"
	code, _, errs := runCLI(t, body, "--trace", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`trace: classify "Linn County": rule place-cue`, `trace: tagger "Swindon": ORGANIZATION`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	code, _, errs = runCLI(t, body, "--trace", "--no-tagger", "-")
	if code != 0 || strings.Contains(errs, "trace: tagger") || !strings.Contains(errs, "rule place-cue") {
		t.Errorf("--no-tagger: exit %d, stderr:\n%s", code, errs)
	}
	// a candidate a rule removes is traced with the rule and the parties
	// it would have had; the record is the one an untraced run prints
	denial := "Interior Minister Lucia Ferrante denied that she had met rebel commander Tomas Oyelaran in Merida last week.\n"
	code, traced, errs := runCLI(t, denial, "--trace", "-")
	if code != 0 || !strings.Contains(errs, "removed by rule negated; would be [Lucia Ferrante Tomas Oyelaran]") {
		t.Errorf("a denial: exit %d, stderr lacks the removed meeting:\n%s", code, errs)
	}
	if _, plain, _ := runCLI(t, denial, "-"); plain != traced {
		t.Errorf("--trace changed the record:\n%s\n%s", traced, plain)
	}
}
