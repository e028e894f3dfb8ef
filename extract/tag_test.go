package extract

import (
	"testing"

	"github.com/jdkato/prose/v2"
)

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
	sameTags(t, x, x.tag, &tagger{model: x.tag.model}, []string{
		"The trade minister flew to Accra on Monday and will meet her counterpart there.",
		"Shares of Dunmore Grain rose 3% after the takeover was approved, the firm said.",
		"\u201cWe signed it,\u201d he said. They plant trees near the old plant.",
	})
}

// refusing is a part-of-speech tagger that cannot place any tokens.
type refusing struct{ calls int }

func (r *refusing) Tag(string, []prose.Token) bool { r.calls++; return false }

// TestTagPostagRefuses: where postag cannot place prose's tokens (Tag
// false), the sentence is tagged by prose instead, with prose's tags.
func TestTagPostagRefuses(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := &refusing{}
	sameTags(t, x, &tagger{model: x.tag.model, pos: r}, &tagger{model: x.tag.model}, []string{
		"The envoy will visit Quito next week to sign a fisheries accord.",
		"Talks between the two unions resumed on Friday; neither side would comment.",
	})
	if r.calls == 0 {
		t.Error("the refusing tagger was never asked")
	}
}

// sameTags: tagger a gives every token of each text the tag tagger b
// (prose's own) gives, and tags some.
func sameTags(t *testing.T, x *Extractor, a, b *tagger, texts []string) {
	t.Helper()
	for _, text := range texts {
		da := x.newDocument(text, "2026-03-02")
		da.segment(x.lx.abbr, x.lx.stop)
		db := x.newDocument(text, "2026-03-02")
		db.segment(x.lx.abbr, x.lx.stop)
		if err := a.tag(da, x.lx); err != nil {
			t.Fatal(err)
		}
		if err := b.tag(db, x.lx); err != nil {
			t.Fatal(err)
		}
		tagged := 0
		for i := range da.toks {
			if da.toks[i].tag != db.toks[i].tag {
				t.Errorf("%q: token %q: %q, prose %q", text, da.toks[i].text, da.toks[i].tag, db.toks[i].tag)
			}
			if da.toks[i].tag != "" {
				tagged++
			}
		}
		if tagged == 0 {
			t.Errorf("%q: no token tagged", text)
		}
	}
}
