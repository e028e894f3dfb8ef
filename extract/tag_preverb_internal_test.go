package extract

import "testing"

// TestPreverbTagsDeterminer: after a subject, an adverb of time and an
// irregular past are read as an adverb and a past tense; after a
// determiner they modify the noun that follows and keep their tags, even
// after "her", which is also an object pronoun (tag_preverb.go).
func TestPreverbTagsDeterminer(t *testing.T) {
	cases := []struct {
		text, word string
		past       bool
	}{
		{"Quispe and Borja last spoke in April about the pipeline.", "spoke", true},
		{"Her last paid invoice dates from June.", "paid", false},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		at := wordIndex(t, d, c.text, c.word)
		if got := d.toks[at].tag == "VBD" && d.toks[at-1].tag == "RB"; got != c.past {
			t.Errorf("%q: %q tagged %s after %s, want a past tense after an adverb: %v", c.text, c.word, d.toks[at].tag, d.toks[at-1].tag, c.past)
		}
	}
}
