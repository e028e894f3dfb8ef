package extract_test

// The html-dev benchmark: half of scrapinghub/article-extraction-benchmark
// (MIT) in ../shared/eval/html-dev, when present. TestHTMLDevQuality holds
// the cleaner to an F1 bar with the metric of the set's own evaluate.py
// (ported below); BenchmarkCleanHTMLDev measures pages per second.

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/newswire/newswire/extract"
)

// htmlDevDir is the html-dev set beside the project (not shipped).
const htmlDevDir = "../../shared/eval/html-dev"

// The bars of TestHTMLDevQuality: html-dev is the set the cleaner was tuned
// on, so its figure is optimistic; the bar sits a little under the README's.
const (
	minHTMLDevF1 = 0.95
)

type htmlDevPage struct {
	id, html, gold string
}

// loadHTMLDev reads the set's pages and ground truth, or skips.
func loadHTMLDev(tb testing.TB) []htmlDevPage {
	tb.Helper()
	gt, err := os.ReadFile(filepath.Join(htmlDevDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("html-dev set not here (%v): it lives in ../shared/eval", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(gt, &truth); err != nil {
		tb.Fatalf("reading html-dev ground truth: %v", err)
	}
	var pages []htmlDevPage
	for id, t := range truth {
		f, err := os.Open(filepath.Join(htmlDevDir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatalf("html-dev page: %v", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("html-dev page %s: %v", id, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatalf("html-dev page %s: %v", id, err)
		}
		pages = append(pages, htmlDevPage{id: id, html: string(b), gold: t.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// devTokens is evaluate.py's tokenizer: Python's re `\w+` on str, whose
// word characters are letters, numbers and "_".
func devTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// devShingles counts the 4-word shingles of a text as evaluate.py's _ngrams
// does: a text of 1 to 3 words is one short shingle, an empty text none.
func devShingles(s string) map[string]int {
	toks := devTokens(s)
	out := map[string]int{}
	n := len(toks) - 4 + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		end := min(i+4, len(toks))
		if i >= end {
			continue
		}
		out[strings.Join(toks[i:end], "\x00")]++
	}
	return out
}

// tpFpFn is evaluate.py's string_shingle_matching: counts normalised by
// their sum.
func tpFpFn(gold, pred string) (tp, fp, fn float64) {
	g, p := devShingles(gold), devShingles(pred)
	for k, gc := range g {
		pc := p[k]
		tp += float64(min(gc, pc))
		fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-g[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return
}

func devPrecision(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fp == 0 {
		return 0
	}
	return tp / (tp + fp)
}

func devRecall(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fn == 0 {
		return 0
	}
	return tp / (tp + fn)
}

// devScore is evaluate.py's metrics_from_tp_fp_fns: precision averaged over
// pages with a prediction, recall over pages with a gold body, F1 of the two
// averages.
type devScore struct{ f1, precision, recall float64 }

func devMetrics(counts [][3]float64) devScore {
	var ps, rs []float64
	for _, c := range counts {
		tp, fp, fn := c[0], c[1], c[2]
		if tp+fp > 0 {
			ps = append(ps, devPrecision(tp, fp, fn))
		}
		if tp+fn > 0 {
			rs = append(rs, devRecall(tp, fp, fn))
		}
	}
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	p, r := mean(ps), mean(rs)
	return devScore{f1: 2 * p * r / (p + r), precision: p, recall: r}
}

// pageF1 is one page's F1 from its own precision and recall.
func pageF1(c [3]float64) float64 {
	p, r := devPrecision(c[0], c[1], c[2]), devRecall(c[0], c[1], c[2])
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func TestDevMetric(t *testing.T) {
	// Worked by hand from evaluate.py's definitions.
	for _, c := range []struct {
		gold, pred         string
		tp, fp, fn         float64
		precision, recall  float64
		wantTokens, tokens int
	}{
		{"a b c d e", "a b c d e", 2.0 / 2, 0, 0, 1, 1, 5, 5},
		{"a b c d e", "", 0, 0, 1, 0, 0, 5, 0},
		{"a b c d e", "a b c d", 1.0 / 2, 0, 1.0 / 2, 1, 0.5, 5, 4},
		{"one two", "one two", 1, 0, 0, 1, 1, 2, 2},
		{"Élan, vital_x 42!", "élan vital_x 42", 0, 0.5, 0.5, 0, 0, 3, 3},
	} {
		tp, fp, fn := tpFpFn(c.gold, c.pred)
		if tp != c.tp || fp != c.fp || fn != c.fn {
			t.Errorf("tpFpFn(%q, %q) = %v %v %v, want %v %v %v", c.gold, c.pred, tp, fp, fn, c.tp, c.fp, c.fn)
		}
		if p := devPrecision(tp, fp, fn); p != c.precision {
			t.Errorf("precision(%q, %q) = %v, want %v", c.gold, c.pred, p, c.precision)
		}
		if r := devRecall(tp, fp, fn); r != c.recall {
			t.Errorf("recall(%q, %q) = %v, want %v", c.gold, c.pred, r, c.recall)
		}
		if n := len(devTokens(c.gold)); n != c.wantTokens {
			t.Errorf("tokens(%q) = %d, want %d", c.gold, n, c.wantTokens)
		}
	}
	// an empty prediction counts in recall only
	s := devMetrics([][3]float64{{1, 0, 0}, {0, 0, 1}})
	if s.precision != 1 || s.recall != 0.5 {
		t.Errorf("devMetrics = %+v, want precision 1 (empty prediction left out), recall 0.5", s)
	}
}

// cleanBody is what the benchmark scores: the body the cleaner keeps.
func cleanBody(html string) string {
	p, err := extract.CleanHTML(html)
	if err != nil {
		return ""
	}
	return p.Body
}

// TestHTMLDevQuality runs the cleaner over html-dev and scores it with
// evaluate.py's metric. NEWSWIRE_HTMLDEV_OUT=FILE writes the bodies in
// evaluate.py's output format, to cross-check the figure with evaluate.py.
func TestHTMLDevQuality(t *testing.T) {
	pages := loadHTMLDev(t)
	counts := make([][3]float64, len(pages))
	out := map[string]map[string]string{}
	var zero, low []string
	for i, pg := range pages {
		body := cleanBody(pg.html)
		out[pg.id] = map[string]string{"articleBody": body}
		tp, fp, fn := tpFpFn(pg.gold, body)
		counts[i] = [3]float64{tp, fp, fn}
		f := pageF1(counts[i])
		if f < 0.9 {
			low = append(low, fmt.Sprintf("%s F1 %.3f P %.3f R %.3f (%d words kept, %d in gold)", pg.id[:12], f,
				devPrecision(tp, fp, fn), devRecall(tp, fp, fn), len(devTokens(body)), len(devTokens(pg.gold))))
		}
		if f == 0 && strings.TrimSpace(pg.gold) != "" {
			zero = append(zero, pg.id)
		}
	}
	s := devMetrics(counts)
	t.Logf("html-dev: %d pages, F1 %.4f, precision %.4f, recall %.4f", len(pages), s.f1, s.precision, s.recall)
	if len(low) > 0 {
		t.Logf("pages under F1 0.9:\n%s", strings.Join(low, "\n"))
	}
	if path := os.Getenv("NEWSWIRE_HTMLDEV_OUT"); path != "" {
		b, _ := json.MarshalIndent(out, "", " ")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if s.f1 < minHTMLDevF1 {
		t.Errorf("html-dev F1 %.4f, want at least %.2f", s.f1, minHTMLDevF1)
	}
	if len(zero) > 0 {
		t.Errorf("%d pages with an article scored F1 0: %v", len(zero), zero)
	}
}

// BenchmarkCleanHTMLDev cleans every html-dev page, one after another on
// one goroutine: run it with GOMAXPROCS=1 for the one-core figure. It
// reports pages/s and the F1 of TestHTMLDevQuality.
func BenchmarkCleanHTMLDev(b *testing.B) {
	pages := loadHTMLDev(b)
	f1 := devF1(pages, cleanBody).f1
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, pg := range pages {
			cleanBody(pg.html)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(f1, "F1")
}

// TestHTMLDevPage shows, for NEWSWIRE_HTMLDEV_PAGE=ID-PREFIX, which lines
// of the kept body are not in the ground truth ("+") and which ground-truth
// lines were missed ("-"): the tool for finding failure classes.
func TestHTMLDevPage(t *testing.T) {
	prefix := os.Getenv("NEWSWIRE_HTMLDEV_PAGE")
	if prefix == "" {
		t.Skip("set NEWSWIRE_HTMLDEV_PAGE to an html-dev page id (prefix)")
	}
	for _, pg := range loadHTMLDev(t) {
		if !strings.HasPrefix(pg.id, prefix) {
			continue
		}
		body := cleanBody(pg.html)
		gold, pred := devShingles(pg.gold), devShingles(body)
		var b strings.Builder
		for _, l := range strings.Split(body, "\n") {
			mark := " "
			if s := devShingles(l); len(s) > 0 && overlap(s, gold) < 0.5 {
				mark = "+"
			}
			fmt.Fprintf(&b, "%s %s\n", mark, l)
		}
		for _, l := range strings.Split(pg.gold, "\n") {
			if s := devShingles(l); len(s) > 0 && overlap(s, pred) < 0.5 {
				fmt.Fprintf(&b, "- %s\n", l)
			}
		}
		t.Logf("%s:\n%s", pg.id, b.String())
	}
}

func overlap(a, b map[string]int) float64 {
	n := 0
	for k := range a {
		if b[k] > 0 {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
