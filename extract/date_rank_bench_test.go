package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newswire/newswire/extract"
)

// BenchmarkDateRanker is the whole extraction over the BBC corpus with the
// date ranker off (the shipped table) and turned on by a user's table: the
// cost of building and scoring every event's date candidates.
//
//	GOMAXPROCS=1 go test ./extract -run '^$' -bench DateRanker -benchtime 2x -benchmem
func BenchmarkDateRanker(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "date_rank.tsv"), []byte("on\t1\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("off", func(b *testing.B) { benchCorpus(b, extract.Options{}) })
	b.Run("on", func(b *testing.B) { benchCorpus(b, extract.Options{TablesDir: dir}) })
}
