package extract

import "testing"

// TestInvestedIn: between an investin word and its "in" only a sum or a
// share may stand (numbers, currency signs, sumword words, determiners,
// brackets); another noun ends the reading ("interest rates in").
func TestInvestedIn(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Kestrel Holdings will invest £25 million in the Bayview Park Hotel.", true},
		{"Ostra Partners will invest €18m in the Linden Spa Hotel.", true},
		{"The fund will invest 30 million dollars (or 27 million euros) in the Linden Spa Hotel.", true},
		{"Norda Bank bought a 12 percent stake in the Linden Spa Hotel.", true},
		{"Treasury officials met to review interest rates in the Coral Reef Hotel on Tuesday.", false},
		{"Kestrel Holdings will invest heavily after talks in the Bayview Park Hotel.", false},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-10", c.text)
		k := -1
		for i, tk := range d.toks {
			if tk.lower == "in" {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%q: no in", c.text)
		}
		if got := d.investedIn(k); got != c.want {
			t.Errorf("%q: investedIn = %v, want %v", c.text, got, c.want)
		}
	}
}
