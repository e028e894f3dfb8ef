package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes name -> content into a temp folder and returns the paths
// in the order given by names.
func writeFiles(t *testing.T, files map[string]string, names ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		if c, ok := files[n]; ok {
			if err := os.WriteFile(p, []byte(c), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		paths = append(paths, p)
	}
	return paths
}

type cliRecord struct {
	ID       string `json:"id"`
	Form     string `json:"form"`
	Entities []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	} `json:"entities"`
}

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = mainCode(append([]string{"extract"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// records parses JSON lines.
func records(t *testing.T, out string) []cliRecord {
	t.Helper()
	var recs []cliRecord
	for i, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r cliRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("stdout line %d is not one JSON record: %v\n%s", i+1, err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

const (
	goodTxt   = "NAIROBI, June 4 (Coastline) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Tuesday.\n"
	goodJSON  = `{"id":"lp-0115","published":"2026-01-15T09:00:00Z","body":"Chilean Foreign Minister Ana Soto met Spanish officials in Madrid on Wednesday."}`
	goodJSONL = `{"id":"line-1","published":"2025-10-09","body":"Japanese Foreign Minister Kenji Mori met Australian Foreign Minister Claire Dunn in Canberra on Tuesday."}` + "\n\n" +
		`{"id":"line-2","published":"2026-03-04","body":"Kenya and Ethiopia signed an agreement on power exports in Addis Ababa on Tuesday."}` + "\n"
	goodHTML = `<!DOCTYPE html><html><head><meta property="og:title" content="Lome summit"></head><body><nav>Home</nav><article><p>West African leaders met in Lome on Thursday to discuss a joint currency.</p></article></body></html>`
)

// TestExtractGoodFiles: one JSON line per article, in argument order.
func TestExtractGoodFiles(t *testing.T) {
	files := map[string]string{"ruto.txt": goodTxt, "soto.json": goodJSON, "batch.jsonl": goodJSONL, "lome.html": goodHTML}
	paths := writeFiles(t, files, "ruto.txt", "soto.json", "batch.jsonl", "lome.html")
	code, out, errs := runCLI(t, "", paths...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	recs := records(t, out)
	want := []struct{ id, form string }{{"ruto", "text"}, {"lp-0115", "json"}, {"line-1", "json"}, {"line-2", "json"}, {"lome", "html"}}
	if len(recs) != len(want) {
		t.Fatalf("got %d records, want %d:\n%s", len(recs), len(want), out)
	}
	for i, w := range want {
		if recs[i].ID != w.id || recs[i].Form != w.form {
			t.Errorf("record %d: id %q form %q, want %q %q", i, recs[i].ID, recs[i].Form, w.id, w.form)
		}
	}
	if errs != "" {
		t.Errorf("stderr not empty: %s", errs)
	}
}

// TestExtractStdin: "-" reads one article from standard input.
func TestExtractStdin(t *testing.T) {
	code, out, errs := runCLI(t, goodTxt, "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	recs := records(t, out)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1:\n%s", len(recs), out)
	}
	found := false
	for _, e := range recs[0].Entities {
		if e.Type == "PERSON" && e.Text == "William Ruto" {
			found = true
		}
	}
	if !found {
		t.Errorf("stdin record lacks PERSON William Ruto: %s", out)
	}
	// an envelope on stdin keeps its id
	code, out, _ = runCLI(t, goodJSON, "-")
	if recs := records(t, out); code != 0 || len(recs) != 1 || recs[0].ID != "lp-0115" {
		t.Errorf("envelope on stdin: exit %d, out %s", code, out)
	}
}

// TestExtractBadFiles: each bad input gives one line on stderr naming it and
// the reason; the good ones are still printed; the exit status is 1.
func TestExtractBadFiles(t *testing.T) {
	files := map[string]string{
		"good.txt":   goodTxt,
		"empty.txt":  "",
		"latin1.txt": "S\xe3o Paulo officials met on Monday.",
		"bad.json":   `{"id":"x","body":"unterminated`,
		"huge.txt":   strings.Repeat("Kenya and Uganda met in Kampala. ", 200),
		"mixed.jsonl": `{"id":"ok-1","body":"Kenya and Ethiopia signed an agreement on Tuesday."}` + "\n" +
			`{"id":"broken",` + "\n" +
			`{"id":"ok-3","body":"Peru and Chile agreed to reopen a border crossing."}` + "\n",
		"good.json": goodJSON,
	}
	names := []string{"good.txt", "missing.txt", "empty.txt", "latin1.txt", "bad.json", "huge.txt", "mixed.jsonl", "good.json"}
	paths := writeFiles(t, files, names...)
	code, out, errs := runCLI(t, "", append([]string{"--max-bytes", "4000"}, paths...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var ids []string
	for _, r := range records(t, out) {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "good,ok-1,ok-3,lp-0115" {
		t.Errorf("printed records %v, want good, ok-1, ok-3, lp-0115", ids)
	}
	lines := strings.Split(strings.TrimRight(errs, "\n"), "\n")
	bad := []struct {
		name   string   // what the line names
		reason []string // any of these words (lower case)
	}{
		{"missing.txt", []string{"no such file", "not exist"}},
		{"empty.txt", []string{"empty"}},
		{"latin1.txt", []string{"utf-8", "utf8"}},
		{"bad.json", []string{"json"}},
		{"huge.txt", []string{"too-large", "limit", "too large"}},
		{"mixed.jsonl:2", []string{"json"}},
	}
	for _, b := range bad {
		var hit []string
		for _, l := range lines {
			if strings.Contains(l, b.name+":") || strings.HasSuffix(l, b.name) {
				hit = append(hit, l)
			}
		}
		if len(hit) != 1 {
			t.Errorf("%s: %d stderr lines name it, want 1:\n%s", b.name, len(hit), errs)
			continue
		}
		ok := false
		for _, r := range b.reason {
			if strings.Contains(strings.ToLower(hit[0]), r) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: stderr line %q gives no reason among %v", b.name, hit[0], b.reason)
		}
	}
	for _, good := range []string{"good.txt", "good.json", "mixed.jsonl:1", "mixed.jsonl:3"} {
		if strings.Contains(errs, good) {
			t.Errorf("stderr names good input %s:\n%s", good, errs)
		}
	}
}

// TestExtractPretty: --pretty indents each record.
func TestExtractPretty(t *testing.T) {
	paths := writeFiles(t, map[string]string{"a.txt": goodTxt, "b.json": goodJSON}, "a.txt", "b.json")
	code, out, errs := runCLI(t, "", append([]string{"--pretty"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	if !strings.HasPrefix(out, "{\n  \"") {
		t.Errorf("output is not indented:\n%.200s", out)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var ids []string
	for dec.More() {
		var r cliRecord
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("pretty output is not a stream of JSON records: %v", err)
		}
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "a,lp-0115" {
		t.Errorf("pretty records %v, want a, lp-0115", ids)
	}
}

// TestExtractUsage: no file is a usage error.
func TestExtractUsage(t *testing.T) {
	code, out, errs := runCLI(t, "")
	if code != 2 || out != "" || !strings.Contains(errs, "usage") {
		t.Errorf("no args: exit %d, stdout %q, stderr %q; want 2 and a usage", code, out, errs)
	}
}

// TestExtractExplain: --explain adds to each event why it exists; without
// it no event carries the field.
func TestExtractExplain(t *testing.T) {
	in := `{"id":"x","published":"2026-03-02","body":"Foreign Minister Ana Soto will meet with Trade Minister Li Wei in Lima on Friday."}`
	for _, explain := range []bool{true, false} {
		args := []string{"-"}
		if explain {
			args = []string{"--explain", "-"}
		}
		code, out, errs := runCLI(t, in, args...)
		if code != 0 {
			t.Fatalf("exit %d, stderr:\n%s", code, errs)
		}
		has := strings.Contains(out, `"explain":[`) && strings.Contains(out, `frame \"meet\"`)
		if has != explain {
			t.Errorf("--explain %v: explain in output %v:\n%s", explain, has, out)
		}
	}
}

// TestExtractMinConfidence: --min-confidence 1 publishes no event the
// model is less than sure of (the trace names each one dropped), 0
// publishes every event, and a value outside 0..1 is an error naming it.
func TestExtractMinConfidence(t *testing.T) {
	in := `{"id":"x","published":"2026-03-04","body":"Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday."}`
	code, out, errs := runCLI(t, in, "--min-confidence", "0", "-")
	if code != 0 || !strings.Contains(out, `"type":"meeting"`) {
		t.Fatalf("--min-confidence 0: exit %d, no meeting:\n%s\n%s", code, out, errs)
	}
	code, out, errs = runCLI(t, in, "--min-confidence", "1", "--trace", "-")
	if code != 0 || strings.Contains(out, `"type":"meeting"`) || !strings.Contains(errs, "dropped: confidence") || !strings.Contains(errs, "< threshold 1.00") {
		t.Errorf("--min-confidence 1: exit %d, want the meeting dropped and traced:\n%s\n%s", code, out, errs)
	}
	code, _, errs = runCLI(t, in, "--min-confidence", "1.5", "-")
	if code != 1 || !strings.Contains(errs, "minimum confidence 1.5") {
		t.Errorf("--min-confidence 1.5: exit %d, stderr %q; want 1 and an error naming it", code, errs)
	}
}
