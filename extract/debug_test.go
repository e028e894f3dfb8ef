package extract

import (
	"context"
	"os"
	"path/filepath"
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
	x.keepRemoved = true // candidates rules remove are traced too (rescue_trace.go)
	data, err := os.ReadFile(path)
	if err != nil && !filepath.IsAbs(path) {
		data, err = os.ReadFile(filepath.Join("..", path)) // relative to the repository root
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err := Decoder{}.Decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("NW_SENT") != "" {
		d := x.newDocument(a.Body, a.Published)
		d.segment(x.lx.abbr, x.lx.stop)
		_ = x.tag.tag(d, x.lx)
		t.Logf("body starts at token %d; dateline %v", d.bodyTok, d.dateline)
		for i := range d.sent {
			t.Logf("SENT%d: %s", i, d.sentenceText(i))
		}
	}
	rec, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rec.Entities {
		exp := ""
		if e.Expansion != nil {
			exp = *e.Expansion
		}
		t.Logf("ENT %s %q aliases=%q title=%q org=%q value=%q exp=%q", e.Type, e.Text, e.Aliases, e.Title, e.Organization, e.Value, exp)
	}
	for _, e := range rec.Events {
		t.Logf("EV %s %v date=%q place=%q planned=%v trigger=%q", e.Type, e.Participants, e.Date, e.Location, e.Planned, e.Trigger)
	}
}
