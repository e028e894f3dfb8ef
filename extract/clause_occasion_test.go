package extract

import "testing"

// TestOccasionOfVerb: a meeting noun in the venue phrase of a meeting verb
// is its occasion; traps: a summit whose sidelines it was on, a noun in a
// new clause, a noun with no verb before it.
func TestOccasionOfVerb(t *testing.T) {
	cases := []struct {
		text     string
		occasion bool // the last meeting noun is the verb's occasion
	}{
		{"Ana Soto is due to see Li Wei on Thursday, when both attend the yearly meeting of the Andean Council in Quito.", false},
		{"Ana Soto and Li Wei are to meet at the spring meeting of the Andean Council in Quito.", true},
		{"Ana Soto held talks with Li Wei in Lima on Monday at a meeting of the Andean Council.", true},
		// traps
		{"Ana Soto met Li Wei on the sidelines of the summit in Lima.", false},
		{"Ana Soto met Li Wei on Monday, and the two will attend a summit in Lima in May.", false},
		{"Ana Soto spoke at a meeting of the Andean Council in Lima.", false},
		{"At a meeting in Lima on Monday, Ana Soto and Li Wei agreed to cut tariffs.", false},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-10", c.text)
		s := d.sent[len(d.sent)-1]
		trigs := d.triggersIn(d.lx, s)
		last := -1
		for i, m := range trigs {
			if !m.verb && m.typ == Meeting {
				last = i
			}
		}
		if last < 0 {
			t.Errorf("%q: no meeting noun", c.text)
			continue
		}
		if g := d.occasionOfVerb(trigs, last, s); g != c.occasion {
			t.Errorf("%q: occasion %v, want %v", c.text, g, c.occasion)
		}
	}
}
