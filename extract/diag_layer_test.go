package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPartyDiag prints, for each event draft a reach rule decided, its
// clause reading: NW_DIAG=FILE lists the articles (one path a line).
func TestPartyDiag(t *testing.T) {
	list := os.Getenv("NW_DIAG")
	if list == "" {
		t.Skip("set NW_DIAG=file listing articles")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range strings.Fields(string(raw)) {
		if !filepath.IsAbs(path) {
			path = filepath.Join("..", path)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Decoder{}.Decode(path, data)
		if err != nil {
			t.Fatal(err)
		}
		x.trace = func(f string, args ...any) {
			if strings.HasPrefix(f, "DIAG") {
				t.Logf("%s "+f, append([]any{filepath.Base(path)}, args...)...)
			}
		}
		if _, err := x.Extract(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}
