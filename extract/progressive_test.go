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
		at := wordIndex(t, d, c.text, c.word)
		if got := d.progressive(at); got != c.want {
			t.Errorf("%q: progressive(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestProgressiveDate: a present progressive with a weekday speaks of the
// days ahead; a past progressive does not.
func TestProgressiveDate(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Trade Minister Lars Berg is meeting Eva Vos in Oslo on Thursday.", 1},
		{"The two envoys are also meeting in Muscat on Friday.", 1},
		{"Trade Minister Lars Berg was meeting Eva Vos in Oslo on Thursday when the alarm sounded.", -1},
	}
	for _, c := range cases {
		d := analysed(t, "2026-11-25", c.text)
		for i, tk := range d.toks {
			if tk.lower == "thursday" || tk.lower == "friday" {
				if got := d.tenseAt(i); got != c.want {
					t.Errorf("%q: tense at %q = %d, want %d", c.text, tk.text, got, c.want)
				}
			}
		}
	}
}

// TestParticleTags: a name particle inside a name is tagged a proper noun,
// never a verb.
func TestParticleTags(t *testing.T) {
	cases := []struct{ text, word string }{
		{"Yemeni Foreign Minister Saleh bin Omar al-Hadrami arrived in Doha on Monday.", "bin"},
		{"Yemeni Foreign Minister Saleh bin Omar al-Hadrami arrived in Doha on Monday.", "al-hadrami"},
		{"Minister of State Hamad al-Kuwari is meeting the envoy on Thursday.", "al-kuwari"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-11-25", c.text)
		for _, tk := range d.toks {
			if tk.lower == c.word && tk.tag != "NNP" {
				t.Errorf("%q: %q tagged %s, want NNP", c.text, tk.text, tk.tag)
			}
		}
	}
}

// wordIndex is the index of the first token of d whose lower-case form is
// word; the test stops when the text has none.
func wordIndex(t *testing.T, d *document, text, word string) int {
	t.Helper()
	for k, tk := range d.toks {
		if tk.lower == word {
			return k
		}
	}
	t.Fatalf("%q: no %q", text, word)
	return -1
}
