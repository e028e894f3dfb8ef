package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestAccentedGivenNames: a given name written with diacritics (José,
// Lucía, Hernán, François) is the table's name without them (fold.go), so
// an unknown surname after it makes a person; places with diacritics stay
// places. Every sentence is our own.
func TestAccentedGivenNames(t *testing.T) {
	cases := []struct {
		name, text, entity, typ string
	}{
		{"Lucía", "Foreign ministers Lucía Barreiro of Uruguay and Hernán Ozuna of Paraguay signed a river accord on Tuesday.", "Lucía Barreiro", extract.Person},
		{"Hernán", "Foreign ministers Lucía Barreiro of Uruguay and Hernán Ozuna of Paraguay signed a river accord on Tuesday.", "Hernán Ozuna", extract.Person},
		{"José", "The deal was negotiated by José Arruda, who runs the port.", "José Arruda", extract.Person},
		{"François", "Union leader François Vandamme said the strike would go ahead.", "François Vandamme", extract.Person},
		{"Joaquín", "The memorandum was signed by rector Joaquín Berríos in Halifax.", "Joaquín Berríos", extract.Person},
		{"a place stays a place", "Trade Minister Ana Lopes flew to São Paulo on Monday.", "São Paulo", extract.Location},
		{"a city with an accent", "President Ivan Duarte arrived in Bogotá on Monday.", "Bogotá", extract.Location},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "accents", "2026-03-11", c.text)
			for _, e := range rec.Entities {
				if e.Text == c.entity || containsFold(e.Aliases, c.entity) {
					if e.Type != c.typ {
						t.Fatalf("%s: type %s, want %s", c.entity, e.Type, c.typ)
					}
					return
				}
			}
			t.Fatalf("no entity %q: %s", c.entity, show(rec))
		})
	}
}
