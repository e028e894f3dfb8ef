package extract_test

// go-trafilatura on html-dev, for the comparison in the README: its F1
// with the same metric, and its pages per second beside the cleaner's. A
// test-only dependency: newswire itself does not use it.

import (
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// trafilaturaOptions: its settings for article bodies, with and without
// its fallback extractors (readability, dom-distiller).
func trafilaturaOptions(fallback bool) trafilatura.Options {
	return trafilatura.Options{EnableFallback: fallback, ExcludeComments: true}
}

func trafilaturaBody(html string, opts trafilatura.Options) string {
	r, err := trafilatura.Extract(strings.NewReader(html), opts)
	if err != nil || r == nil {
		return ""
	}
	return r.ContentText
}

// devF1 scores a cleaning function over html-dev.
func devF1(pages []htmlDevPage, clean func(string) string) devScore {
	counts := make([][3]float64, len(pages))
	for i, pg := range pages {
		tp, fp, fn := tpFpFn(pg.gold, clean(pg.html))
		counts[i] = [3]float64{tp, fp, fn}
	}
	return devMetrics(counts)
}

// BenchmarkTrafilaturaHTMLDev runs go-trafilatura over html-dev, as
// BenchmarkCleanHTMLDev runs the cleaner; both report F1 and pages/s. Run
// with GOMAXPROCS=1 for the one-core comparison (see README).
func BenchmarkTrafilaturaHTMLDev(b *testing.B) {
	pages := loadHTMLDev(b)
	for _, fallback := range []bool{false, true} {
		name := "fallback=false"
		if fallback {
			name = "fallback=true"
		}
		b.Run(name, func(b *testing.B) {
			opts := trafilaturaOptions(fallback)
			f1 := devF1(pages, func(h string) string { return trafilaturaBody(h, opts) }).f1
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, pg := range pages {
					trafilaturaBody(pg.html, opts)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(f1, "F1")
		})
	}
}
