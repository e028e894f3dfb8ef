package extract

import (
	"context"
	"os"
	"testing"
)

// TestTrace prints the event decisions for one article: NW_TRACE=FILE.
func TestTrace(t *testing.T) {
	path := os.Getenv("NW_TRACE")
	if path == "" {
		t.Skip("set NW_TRACE=file to trace one article")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.trace = t.Logf
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Decoder{}.Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Extract(context.Background(), a); err != nil {
		t.Fatal(err)
	}
}
