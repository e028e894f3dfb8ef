package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestActorsForBodies: events the story tells by two bodies become the
// persons it shows acting for them (events_actors.go), only when each
// body has exactly one person of its own and the story tells those
// persons together in an event of the same type. Every sentence is
// invented.
func TestActorsForBodies(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string
		resolved   bool // want[0]'s explanation says the bodies gave way
	}{
		{name: "milk-price talks of a farmers' union and a cheesemaker, told later by their two heads",
			text:     "NANTES, June 2, 2026 (Loire Desk) - The Breton Dairy Farmers Union held talks with the cheesemaker Kerguen Foods Group over the price of milk in Nantes on Monday.\n\nFarmers say they lose money on every litre.\n\nOn Wednesday the union's president, Claire Morvan, and Kerguen's sales director, Julien Dufresne, met at a farm outside Angers.",
			want:     []string{"meeting: Claire Morvan | Julien Dufresne"},
			not:      []string{"meeting: Breton Dairy Farmers Union | Kerguen Foods Group"},
			resolved: true},
		{name: "trap: two persons of one body",
			text: "NANTES, June 2, 2026 (Loire Desk) - The Breton Dairy Farmers Union held talks with the cheesemaker Kerguen Foods Group over the price of milk in Nantes on Monday.\n\nFarmers say they lose money on every litre.\n\nOn Wednesday the union's president, Claire Morvan, and Kerguen's sales director, Julien Dufresne, met at a farm outside Angers. Kerguen's finance director, Helene Roux, said no deal was near.",
			want: []string{"meeting: Breton Dairy Farmers Union | Kerguen Foods Group"},
			not:  []string{"meeting: Claire Morvan | Julien Dufresne | Helene Roux"}},
		{name: "trap: heads who only commented stay out of their companies' deal",
			text: "OSLO, Feb 3, 2026 (Nordic Desk) - Brattvik Shipping and Solhavn Ferries signed a merger agreement on Tuesday in Oslo. Brattvik's chief executive, Lars Eide, said the deal would save money. Solhavn's chairman, Nils Aas, called it a good day.",
			want: []string{"agreement: Brattvik Shipping | Solhavn Ferries"},
			not:  []string{"agreement: Lars Eide | Nils Aas"}},
		{name: "trap: heads who met earlier are not the parties of their companies' deal",
			text: "OSLO, Feb 3, 2026 (Nordic Desk) - Brattvik Shipping and Solhavn Ferries signed a merger agreement on Tuesday in Oslo. Brattvik chief executive Lars Eide and Solhavn chairman Nils Aas had met in Bergen in January to discuss the plan.",
			want: []string{"agreement: Brattvik Shipping | Solhavn Ferries", "meeting: Lars Eide | Nils Aas"},
			not:  []string{"agreement: Lars Eide | Nils Aas"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "actors", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if ex := strings.Join(f.ev.Explain, "\n"); f.i == 0 && c.resolved && !strings.Contains(ex, "to the persons the story shows acting for them") {
					t.Errorf("%s: explain lacks the resolution:\n%s", f.want, ex)
				}
			}
		})
	}
}
