package extract

import "testing"

// TestVerbInNounPhrase: a meeting verb where only a noun can stand tells
// no event; the traps are subjects before a finite verb.
func TestVerbInNounPhrase(t *testing.T) {
	cases := []struct {
		text string
		trig string // the first trigger read; "" for none
	}{
		{"Li Wei set a national record at a university meet held in Tampa last spring.", ""},
		{"Li Wei, who ran at several national meets before entering politics, praised the plan.", ""},
		{"The meet in Eugene was cancelled because of the heat.", ""},
		{"Officials said the indoor meet would go ahead.", ""},
		// traps: a finite verb after its subject
		{"The two leaders meet in Lima on Friday.", "meet"},
		{"The committee meets on Tuesday with Ana Soto.", "meets"},
		{"Ana Soto and Li Wei will meet in Lima.", "meet"},
		{"President Ana Soto meets Li Wei in Lima.", "meets"},
		{"Both sides agreed to meet again in May.", "meet"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-10", c.text)
		s := d.sent[len(d.sent)-1]
		g := ""
		for _, m := range d.triggersIn(d.lx, s) {
			if m.typ == Meeting {
				g = d.textOf(span{m.t0, m.t1})
				break
			}
		}
		if g != c.trig {
			t.Errorf("%q: trigger %q, want %q", c.text, g, c.trig)
		}
	}
}
