package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestActingPersons: an organization or country among an event's parties
// gives way to the one person of the event's own clause who acts for it
// (actingLinks, employer.go; refinement acting-persons,
// events_officials.go), and only then. Every sentence is invented.
func TestActingPersons(t *testing.T) {
	cases := []struct {
		name, text string
		want       string   // "type: A | B": an event of exactly these parties
		not        []string // no event of exactly these parties
		acting     bool     // want was made by the refinement, and --explain says so
	}{
		{name: "X of Acme",
			text:   "OSLO, March 9, 2026 (Nordic Desk) - Tomas Berg of Northwind Freight Group met Harlow Shipping Ltd in Oslo on Monday to discuss a joint terminal.",
			want:   "meeting: Tomas Berg | Harlow Shipping Ltd",
			not:    []string{"meeting: Northwind Freight Group | Harlow Shipping Ltd", "meeting: Tomas Berg | Northwind Freight Group | Harlow Shipping Ltd"},
			acting: true},
		{name: "Acme title X, then the company alone",
			text:   "OSLO, March 9, 2026 (Nordic Desk) - Northwind Freight Group chief executive Ana Mills and her counterpart at Harlow Shipping Ltd, Per Dahl, met in Bergen on Monday. Northwind Freight Group said the talks went well.",
			want:   "meeting: Ana Mills | Harlow Shipping Ltd",
			not:    []string{"meeting: Northwind Freight Group | Harlow Shipping Ltd"},
			acting: true},
		{name: "the person already a party: nothing to replace",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Harlow Shipping Ltd signed a ten-year charter with Ana Mills, the chief executive of Northwind Freight Group, on Monday.",
			want: "agreement: Ana Mills | Harlow Shipping Ltd"},
		{name: "trap: the person is the source of the report",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Harlow Shipping Ltd and Northwind Freight Group signed a charter on Monday, Ana Mills of Northwind Freight Group said.",
			want: "agreement: Harlow Shipping Ltd | Northwind Freight Group",
			not:  []string{"agreement: Harlow Shipping Ltd | Ana Mills"}},
		{name: "trap: a minister named as the source, countries kept",
			text: "LIMA, March 3, 2026 (Andes Wire) - Chile and Peru signed a fisheries accord on Tuesday, Chile's foreign minister, Marta Quiroga, said.",
			want: "agreement: Chile | Peru",
			not:  []string{"agreement: Marta Quiroga | Peru"}},
		{name: "trap: two persons of one company in another clause",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Harlow Shipping Ltd met Northwind Freight Group in Bergen on Monday, after Ana Mills and Per Dahl of Northwind Freight Group had flown in from Oslo.",
			want: "meeting: Harlow Shipping Ltd | Northwind Freight Group",
			not:  []string{"meeting: Harlow Shipping Ltd | Per Dahl", "meeting: Harlow Shipping Ltd | Ana Mills"}},
		{name: "trap: a minister named in a clause of her own, not at the signing",
			text: "NEW DELHI, March 3, 2026 (Subcontinent Wire) - India and Brazil signed a farm research pact on Tuesday as Brazilian Foreign Minister Ana Lobo ended a visit to New Delhi.",
			not:  []string{"agreement: India | Ana Lobo"}},
		{name: "trap: a president's government is the party",
			text: "LIMA, March 3, 2026 (Andes Wire) - Norway signed a loan agreement with the government of Chile on Monday, and Chilean President Marta Quiroga's office welcomed it.",
			not:  []string{"agreement: Norway | Marta Quiroga"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "acting", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if c.want != "" {
				typ, parts, _ := parseWantEvent(c.want)
				ev := exactEvent(rec, typ, parts)
				switch {
				case ev == nil:
					t.Errorf("want %s: %s", c.want, eventList(rec))
				case c.acting:
					ex := strings.Join(ev.Explain, "\n")
					if !strings.Contains(ex, "+acting-persons") || !strings.Contains(ex, "(acts for ") {
						t.Errorf("%s: explain lacks the refinement:\n%s", c.want, ex)
					}
				}
			}
			for _, w := range c.not {
				typ, parts, _ := parseWantEvent(w)
				if ev := exactEvent(rec, typ, parts); ev != nil {
					t.Errorf("want no %s: %s", w, eventList(rec))
				}
			}
		})
	}
}
