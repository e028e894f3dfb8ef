package extract

import (
	"strings"
	"testing"
)

func TestReaderVerbStem(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ forms, want string }{
		{"discussed discusses discussing discuss", "discuss"},
		{"praised praises praising praise", "prais"},
		{"planned planning plans plan", "plan"},
		{"carried carries carry", "carry"},
		{"called calls calling call", "call"},
		{"met meets meet", "meet"},
		{"flew flown fly", "fly"},
	}
	for _, c := range cases {
		for _, f := range strings.Fields(c.forms) {
			if got := lx.lemmas.verb(f, lx.irregular); got != c.want {
				t.Errorf("verb stem of %q = %q, want %q", f, got, c.want)
			}
		}
	}
	for _, c := range []struct{ in, want string }{{"talks", "talk"}, {"boxes", "box"}, {"visits", "visit"}, {"companies", "company"}, {"ministers", "minister"}} {
		if got := lx.lemmas.noun(c.in); got != c.want {
			t.Errorf("noun lemma of %q = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReaderTableRows(t *testing.T) {
	cases := []struct {
		key, val string
		bad      string // a word of the error, "" for none
	}{
		{"sentences", "1", ""},
		{"sentences", "2", "want 1"},
		{"meeting|coord", "1.25", ""},
		{"agreement|btw=sign", "0.5", ""},
		{"meeting|nonsense=1", "1", "no template"},
	}
	for _, c := range cases {
		lx := &lexicon{}
		err := lx.loadReader(row{cols: []string{c.key, c.val}})
		switch {
		case c.bad == "" && err != nil:
			t.Errorf("%s %s: %v", c.key, c.val, err)
		case c.bad != "" && (err == nil || !strings.Contains(err.Error(), c.bad)):
			t.Errorf("%s %s: error %v, want one saying %q", c.key, c.val, err, c.bad)
		}
	}
	lx := &lexicon{}
	for _, r := range [][]string{{"on", "1"}, {"threshold", "0.25"}, {"bias", "-1"}, {"visit|coord", "2"}} {
		if err := lx.loadReader(row{cols: r}); err != nil {
			t.Fatal(err)
		}
	}
	if rd := lx.reader; !rd.on || rd.threshold != 0.25 || rd.bias != -1 || rd.byType["coord"][1] != 2 || rd.score(1, []string{"coord", "bias"}) != 1 || rd.score(0, []string{"coord"}) != -1 {
		t.Errorf("reader read as %+v", rd)
	}
	// reset drops the weights by type too
	if err := lx.loadReader(row{cols: []string{"reset", "1"}}); err != nil {
		t.Fatal(err)
	}
	if rd := lx.reader; !rd.on || rd.score(1, []string{"coord"}) != 0 {
		t.Errorf("after reset the reader read as %+v", rd)
	}
}

// TestReaderTemplatesKnown: every feature a candidate of a sentence has
// is one a template makes (a table row for it loads).
func TestReaderTemplatesKnown(t *testing.T) {
	for _, f := range []string{"meeting|bias", "visit|kinds=person+org", "agreement|frame=same", "meeting|count=4+", "meeting|quoted", "visit|cue=will"} {
		if !knownReaderFeature(f) {
			t.Errorf("%s: no template", f)
		}
	}
}
