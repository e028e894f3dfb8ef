package extract

import "testing"

func TestConfidence(t *testing.T) {
	lx := &lexicon{weights: map[string]float64{"base": 0.5, "verb": 0.15, "own_date": 0.1, "two_persons": 0.1, "contextual": -0.15, "reported": -0.15, "quoted": -0.05}}
	cases := []struct {
		features []string
		want     float64
		explain  string
	}{
		{[]string{"base"}, 0.5, "confidence 0.50 = base +0.50"},
		{[]string{"base", "verb", "own_date", "two_persons"}, 0.85, "confidence 0.85 = base +0.50 verb +0.15 own_date +0.10 two_persons +0.10"},
		{[]string{"base", "verb", "contextual", "reported"}, 0.35, "confidence 0.35 = base +0.50 verb +0.15 contextual -0.15 reported -0.15"},
		{nil, 0.05, "confidence 0.05 = "},
	}
	for _, c := range cases {
		got, ex := lx.confidence(c.features)
		if got != c.want || ex != c.explain {
			t.Errorf("confidence(%v) = %v %q, want %v %q", c.features, got, ex, c.want, c.explain)
		}
	}
}
