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
		{name: "wage talks led by the union's secretary and the operator's director",
			text:     "PORT ELIZABETH, May 8, 2026 (Cape Desk) - Wage talks between the Coastal Dockworkers Union and the freight handler Kestrel Cargo Services resumed on Monday in Gqeberha. On Thursday the two sides met again in Gqeberha. The union's general secretary, Sipho Dlamini, and Kestrel's operations director, Anja Pretorius, met on Thursday at the port offices in Gqeberha.",
			want:     []string{"meeting: Sipho Dlamini | Anja Pretorius"},
			not:      []string{"meeting: Coastal Dockworkers Union | Kestrel Cargo Services"},
			resolved: true},
		{name: "trap: two persons of one body",
			text: "PORT ELIZABETH, May 8, 2026 (Cape Desk) - Wage talks between the Coastal Dockworkers Union and the freight handler Kestrel Cargo Services resumed on Monday in Gqeberha. The union's general secretary, Sipho Dlamini, and Kestrel's operations director, Anja Pretorius, met on Thursday at the port offices in Gqeberha. Kestrel's finance director, Pieter Botha, said the offer was final.",
			want: []string{"meeting: Coastal Dockworkers Union | Kestrel Cargo Services"},
			not:  []string{"meeting: Sipho Dlamini | Anja Pretorius | Pieter Botha"}},
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
			for i, w := range c.want {
				typ, parts, _ := parseWantEvent(w)
				ev := exactEvent(rec, typ, parts)
				if ev == nil {
					t.Errorf("want %s: %s", w, eventList(rec))
					continue
				}
				if ex := strings.Join(ev.Explain, "\n"); i == 0 && c.resolved && !strings.Contains(ex, "to the persons the story shows acting for them") {
					t.Errorf("%s: explain lacks the resolution:\n%s", w, ex)
				}
			}
			for _, w := range c.not {
				typ, parts, _ := parseWantEvent(w)
				if exactEvent(rec, typ, parts) != nil {
					t.Errorf("want no %s: %s", w, eventList(rec))
				}
			}
		})
	}
}
