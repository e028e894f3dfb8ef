package extract

import "testing"

// TestTitledPersonAfter: the reach past an appositive title holds for a
// title that opens within three tokens after the trigger (or after a
// date right after it), inside its clause. Traps: a title that opens farther on belongs to a phrase of its
// own, and a clause word (";") ends the reach. Every sentence is our own.
func TestTitledPersonAfter(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The envoy was received by the Secretary for Housing, Railways and Aviation, Dr Ilmars Ozols.", true},
		{"The envoy was received on Tuesday by the Secretary for Housing, Dr Ilmars Ozols.", true},
		{"The envoy was received by guards and later by the Secretary for Housing, Dr Ilmars Ozols.", false},
		{"The envoy was received; the Secretary for Housing, Railways and Aviation, Dr Ilmars Ozols, left early.", false},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		k := 0
		for i, tok := range d.toks {
			if tok.lower == "received" {
				k = i + 1
			}
		}
		if k == 0 {
			t.Fatalf("%q: no word received", c.text)
		}
		if got := d.titledPersonAfter(k, d.sent[d.toks[k].sent]); got != c.want {
			t.Errorf("%q: titledPersonAfter %v, want %v", c.text, got, c.want)
		}
	}
}
