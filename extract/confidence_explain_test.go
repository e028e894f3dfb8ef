package extract_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestConfidenceDrop: an event whose learned confidence is under the
// threshold is not published, and the trace says why; Options.MinConfidence
// 0 publishes it, with --explain naming the learned terms; a user's table
// changes a weight and the threshold like any other row.
func TestConfidenceDrop(t *testing.T) {
	const text = "Chilean Foreign Minister Ana Soto visited Lima on Monday. She met Peruvian Foreign Minister Rosa Salcedo there on Tuesday."
	dir := writeTables(t, map[string]string{"confidence.tsv": "# a user's weights\nframe=visit\t-9\tvisits are never right, for this test\nmin_confidence\t0.2\ta user's threshold\n"})
	zero := 0.0
	cases := []struct {
		name      string
		opts      extract.Options
		visit     bool   // the visit published
		trace     string // a trace line that must be there (regexp)
		explained string // in the visit's explanation (regexp)
	}{
		{name: "the shipped table publishes both", opts: extract.Options{}, visit: true},
		{name: "a user's weight drops the visit", opts: extract.Options{TablesDir: dir}, visit: false,
			trace: `event visit \[Ana Soto\] "visited": dropped: confidence 0\.0\d < threshold 0\.20 \(confidence 0\.0\d = sigmoid\(base [+-]\d\.\d\d, .*frame=visit -9\.00`},
		{name: "threshold 0 publishes it, explained", opts: extract.Options{TablesDir: dir, MinConfidence: &zero, Explain: true}, visit: true,
			explained: `confidence 0\.0\d = sigmoid\(base [+-]\d\.\d\d, type=visit [+-]\d\.\d\d, frame=visit -9\.00, .*\)`},
		{name: "a user's threshold", opts: extract.Options{TablesDir: writeTables(t, map[string]string{"confidence.tsv": "min_confidence\t1\tpublish nothing\n"})}, visit: false,
			trace: `event meeting \[.*\] "met": dropped: confidence 0\.\d\d < threshold 1\.00`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var mu sync.Mutex
			var lines []string
			c.opts.Trace = func(format string, args ...any) {
				mu.Lock()
				defer mu.Unlock()
				lines = append(lines, fmt.Sprintf(format, args...))
			}
			x, err := extract.New(c.opts)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := x.Extract(context.Background(), extract.Article{ID: "drop", Published: "2026-03-04", Body: text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			visits := eventsOf(rec, extract.Visit)
			if (len(visits) > 0) != c.visit {
				t.Errorf("visit published %v, want %v: %s", len(visits) > 0, c.visit, eventList(rec))
			}
			if c.trace != "" {
				re := regexp.MustCompile(c.trace)
				found := false
				for _, l := range lines {
					found = found || re.MatchString(l)
				}
				if !found {
					t.Errorf("no trace line like %s among:\n%s", c.trace, strings.Join(lines, "\n"))
				}
			}
			if c.explained != "" {
				if len(visits) == 0 {
					t.Fatal("no visit to explain")
				}
				if !regexp.MustCompile(c.explained).MatchString(strings.Join(visits[0].Explain, "\n")) {
					t.Errorf("explanation lacks %s:\n%s", c.explained, strings.Join(visits[0].Explain, "\n"))
				}
			}
		})
	}
}

// TestConfidenceOptions: a threshold outside 0..1 and a table without
// its intercept are errors naming what is wrong.
func TestConfidenceOptions(t *testing.T) {
	for _, v := range []float64{-0.1, 1.5} {
		if _, err := extract.New(extract.Options{MinConfidence: &v}); err == nil || !strings.Contains(err.Error(), "minimum confidence") {
			t.Errorf("MinConfidence %v: error %v, want one naming the minimum confidence", v, err)
		}
	}
	dir := writeTables(t, map[string]string{"confidence.tsv": "!base\n"})
	if _, err := extract.New(extract.Options{TablesDir: dir}); err == nil || !strings.Contains(err.Error(), `no row "base"`) {
		t.Errorf("no base row: error %v, want one naming it", err)
	}
	dir = writeTables(t, map[string]string{"confidence.tsv": "min_confidence\t3\tno probability\n"})
	if _, err := extract.New(extract.Options{TablesDir: dir}); err == nil || !strings.Contains(err.Error(), "min_confidence") {
		t.Errorf("min_confidence 3: error %v, want one naming it", err)
	}
}
