package extract

import (
	"strings"
	"testing"
)

// TestTaggerSegments: the tagger reads table lines as their own sentences,
// whole where the sentence splitter cut them at a decimal point, and a
// list's rank with the rest of its line (the splitter cuts after "1.").
func TestTaggerSegments(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "Leading results on Friday:\nMen's 200 metres\n1. Tamu Ekwueme ( Nigeria ) 20.11 seconds\n" +
		"2. Oskar Lindqvist ( Sweden ) 20.32\nDerby 3 Leicester 1\nHALIFAX 70 63 .526 4\nThe winner said he was pleased. He will run again in Rome.\n"
	d := x.newDocument(body, "2025-06-12")
	d.segment(x.lx.abbr, x.lx.stop)
	if err := x.tag.tag(d, x.lx); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.taggerSegments() {
		got = append(got, d.textOf(s))
	}
	for _, want := range []string{
		"1. Tamu Ekwueme ( Nigeria ) 20.11 seconds",
		"2. Oskar Lindqvist ( Sweden ) 20.32",
		"Derby 3 Leicester 1",
		"HALIFAX 70 63 .526 4",
		"The winner said he was pleased.",
	} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("no segment %q in %q", want, strings.Join(got, " | "))
		}
	}
}
