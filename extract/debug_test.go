package extract

import (
	"context"
	"os"
	"testing"
)

func TestDebugDoc(t *testing.T) {
	path := os.Getenv("NW_DEBUG")
	if path == "" {
		t.Skip("set NW_DEBUG=file")
	}
	x, _ := New(Options{})
	data, _ := os.ReadFile(path)
	a, _ := Decoder{}.Decode(path, data)
	d := x.newDocument(a.Body, a.Published)
	x.tag.tag(d)
	d.segment(x.lx.abbr, x.lx.stop)
	for i := range d.sent {
		t.Logf("S%d: %s", i, d.sentenceText(i))
	}
	_, _ = x.Extract(context.Background(), a)
}
