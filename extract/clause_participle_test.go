package extract

import "testing"

// TestParticipleClauseSubject: a meeting verb in a participle clause has
// the subject of the clause it modifies; traps: a gerund object of a
// verb, a participle after a preposition that is no temporal word.
func TestParticipleClauseSubject(t *testing.T) {
	cases := []struct{ text, subj, obj string }{
		{"Receiving Foreign Minister Li Wei at the palace in Lima on Monday, President Ana Soto said trade would grow.", "Ana Soto", "Li Wei"},
		{"After meeting Foreign Minister Li Wei in Lima, President Ana Soto flew to Quito.", "Ana Soto", "Li Wei"},
		{"Speaking after meeting Li Wei in Lima on Monday, Ana Soto said trade would grow.", "Ana Soto", "Li Wei"},
		{"Hosting Li Wei, the Peruvian foreign minister, in Lima on Monday, Ana Soto promised a deal.", "Ana Soto", "Li Wei"},
		{"President Ana Soto, receiving Foreign Minister Li Wei in Lima on Monday, said trade would grow.", "Ana Soto", "Li Wei"},
		// traps: a speech verb's participle before a reporting verb
		{"Speaking to the Lima Post's political editor Li Wei on Sunday, Ana Soto said the vote would be close.", "", "Li Wei"},
		{"A senior official, speaking to the Lima Post's Li Wei, said the figures were poor.", "", "Li Wei"},
		{"The minister said receiving Li Wei in Lima, a city she loves, was an honour.", "", "Li Wei"},
		{"Receiving Li Wei in Lima was a risk for the government.", "", "Li Wei"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-10", c.text)
		s := d.sent[len(d.sent)-1]
		var cl clause
		found := false
		for _, m := range d.triggersIn(d.lx, s) {
			if m.typ == Meeting {
				cl, found = d.readClause(m, s), true
				break
			}
		}
		if !found {
			t.Errorf("%q: no meeting trigger", c.text)
			continue
		}
		if g := argNames(cl.subj); g != c.subj {
			t.Errorf("%q: subject %q, want %q", c.text, g, c.subj)
		}
		if g := argNames(cl.obj); g != c.obj {
			t.Errorf("%q: object %q, want %q", c.text, g, c.obj)
		}
	}
}
