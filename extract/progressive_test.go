package extract

import "testing"

// TestProgressive: an -ing word after a form of "be" (an adverb between at
// most) is a progressive verb; after "there is" or a determiner it is not.
func TestProgressive(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"Lars Berg is meeting Eva Vos on Thursday.", "meeting", true},
		{"Lars Berg was also meeting investors in Oslo.", "meeting", true},
		{"The ministers are meeting in Lima this week.", "meeting", true},
		{"There is meeting space on the second floor.", "meeting", false},
		{"The meeting is on Thursday.", "meeting", false},
		{"It was a meeting of old friends.", "meeting", false},
	}
	for _, c := range cases {
		d := analysed(t, "2026-06-01", c.text)
		at := -1
		for i, tk := range d.toks {
			if tk.lower == c.word {
				at = i
				break
			}
		}
		if at < 0 {
			t.Fatalf("%q: no %q", c.text, c.word)
		}
		if got := d.progressive(at); got != c.want {
			t.Errorf("%q: progressive(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
