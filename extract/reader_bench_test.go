package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newswire/newswire/extract"
)

// BenchmarkReader is the whole extraction over the BBC corpus with the
// pair reader off (the shipped table) and turned on by a user's table with
// the shipped weights and threshold: the cost of listing, describing and
// scoring every pair candidate and settling the proposals.
//
//	GOMAXPROCS=1 go test ./extract -run '^$' -bench Reader -benchtime 2x -benchmem
func BenchmarkReader(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "reader.tsv"), []byte("on\t1\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("off", func(b *testing.B) { benchCorpus(b, extract.Options{}) })
	b.Run("on", func(b *testing.B) { benchCorpus(b, extract.Options{TablesDir: dir}) })
}
