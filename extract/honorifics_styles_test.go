package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestStylesOfAddress: styles of address in Commonwealth, African and Gulf
// government writing ("Hon.", "Rt Hon.", "H.E.", "Engr.", "Alhaji",
// "Comrade"), alone or stacked with "Dr.", are honorifics of honorifics.tsv:
// the person is the name after them, and a meeting names that person.
// Traps: "Eng" is also a family name and is no honorific; a style before a
// bare surname still leaves the surname.
func TestStylesOfAddress(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // persons the record must hold
	}{
		{"stacked hon and dr", "The Minister of Water, Hon. Dr. Naomi Wekesa, met farmers' leaders in Kitale on Monday.", []string{"Naomi Wekesa"}},
		{"his excellency", "The Ambassador of Japan, H.E. Daisuke Mori, met Governor Ann Mwangi on Tuesday.", []string{"Daisuke Mori", "Ann Mwangi"}},
		{"right honourable", "The Rt Hon. Edwin Bellamy met union leaders in Leeds on Friday.", []string{"Edwin Bellamy"}},
		{"engineer and alhaji", "Engr. Musa Kolawole and Alhaji Bashir Lawan toured the plant on Monday.", []string{"Musa Kolawole", "Bashir Lawan"}},
		{"comrade", "Comrade Tariro Chikore said the union would strike on Monday.", []string{"Tariro Chikore"}},
		{"trap: eng is a family name", "Harbour Board chairman Eng Kai Ming met Mayor Ruth Tan on Monday.", []string{"Eng Kai Ming"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "styles", "2026-03-11", c.text)
			have := map[string]bool{}
			for _, e := range rec.Entities {
				if e.Type == extract.Person {
					have[e.Text] = true
				}
			}
			for _, w := range c.want {
				if !have[w] {
					t.Fatalf("no person %q: %s", w, show(rec))
				}
			}
		})
	}
}
