package extract_test

import (
	"bufio"
	"context"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// corpusPath is the BBC benchmark corpus beside the project (not shipped).
const corpusPath = "../../shared/corpus/bbc/articles.jsonl"

func loadCorpus(b *testing.B) ([]extract.Article, int) {
	b.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		b.Skipf("benchmark corpus not here (%v): it lives in ../shared/corpus", err)
	}
	defer f.Close()
	var arts []extract.Article
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		a, err := extract.Decoder{}.Decode("line", sc.Bytes())
		if err != nil {
			b.Fatalf("line %d: %v", n, err)
		}
		words += len(strings.Fields(a.Body))
		arts = append(arts, a)
	}
	return arts, words
}

// BenchmarkExtractCorpus runs the whole extraction over the BBC corpus, one
// article after another on one goroutine: run it with GOMAXPROCS=1 (see
// README) for the single-core figure. Reports words/s and allocations per
// article; "tagger" is the default extractor, "no-tagger" the same without
// the learned entity tagger, for comparison in the same minutes.
func BenchmarkExtractCorpus(b *testing.B) {
	for _, c := range []struct {
		name string
		opts extract.Options
	}{{"tagger", extract.Options{}}, {"no-tagger", extract.Options{NoTagger: true}}} {
		b.Run(c.name, func(b *testing.B) { benchCorpus(b, c.opts) })
	}
}

func benchCorpus(b *testing.B, opts extract.Options) {
	arts, words := loadCorpus(b)
	x, err := extract.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(words*b.N)/secs, "words/s")
	b.ReportMetric(float64(len(arts)*b.N)/secs, "articles/s")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MB-sys")
}
