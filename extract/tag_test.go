package extract

import "testing"

// TestTagWithoutPostag: a tagger whose prose model postag could not index
// (pos nil) tags with prose itself, and gives the tags postag gives.
func TestTagWithoutPostag(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.tag.pos == nil {
		t.Fatal("postag did not index prose's model: prose's layout changed (extract/postag)")
	}
	plain := &tagger{model: x.tag.model}
	for _, text := range []string{
		"The trade minister flew to Accra on Monday and will meet her counterpart there.",
		"Shares of Dunmore Grain rose 3% after the takeover was approved, the firm said.",
		"\u201cWe signed it,\u201d he said. They plant trees near the old plant.",
	} {
		a := x.newDocument(text, "2026-03-02")
		a.segment(x.lx.abbr, x.lx.stop)
		b := x.newDocument(text, "2026-03-02")
		b.segment(x.lx.abbr, x.lx.stop)
		if err := x.tag.tag(a, x.lx); err != nil {
			t.Fatal(err)
		}
		if err := plain.tag(b, x.lx); err != nil {
			t.Fatal(err)
		}
		tagged := 0
		for i := range a.toks {
			if a.toks[i].tag != b.toks[i].tag {
				t.Errorf("%q: token %q: postag %q, prose %q", text, a.toks[i].text, a.toks[i].tag, b.toks[i].tag)
			}
			if a.toks[i].tag != "" {
				tagged++
			}
		}
		if tagged == 0 {
			t.Errorf("%q: no token tagged", text)
		}
	}
}
