package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripLeg: a definite trip noun or travel group that begins, opens,
// ends or moves on in a named place is one more stop of the trip told
// before (events_tripleg.go); a trip noun with no trip told before, no
// named place after the verb, or an indefinite one is none. Every sentence
// is our own.
func TestTripLeg(t *testing.T) {
	cases := []struct {
		name, text string
		place      string // the stop
		want       string // the visit's parties at the stop joined by "+", sorted; "" for no visit there
		date       string // its date when want is set
	}{
		{"the tour opened in", "Prime Minister Olav Strand left for Asia on Saturday. The tour opened in Seoul on Sunday.",
			"Seoul", "Olav Strand", "2026-04-05"},
		{"the mission began in", "President Irene Castel will travel to Japan next week. The mission began in Tokyo on Monday with a meeting with business leaders.",
			"Tokyo", "Irene Castel", "2026-04-06"},
		{"her trip ends in", "Foreign Minister Dana Ruiz flew to Europe on Monday for a week of talks. Her trip ends in Rome on Saturday.",
			"Rome", "Dana Ruiz", "2026-04-11"},
		{"the delegation moves on to", "Governor Paul Ekwe is on a five-day visit to Kenya. The trade delegation moves on to Kampala on Sunday.",
			"Kampala", "Paul Ekwe", "2026-04-12"},
		{"the trip noun carries a title on to a stop", "Culture Minister Rosa Lindqvist arrived in Tallinn early on Tuesday. From Estonia her tour takes the minister on to Vilnius on Thursday.",
			"Vilnius", "Rosa Lindqvist", "2026-04-09"},
		{"a possessive-tagged her carried on to a stop", "Education Minister Ama Boateng arrived in Lome on Sunday. On Wednesday her journey takes her on to Cotonou.",
			"Cotonou", "Ama Boateng", "2026-04-08"},
		{"the final leg carries a title on", "Mayor Joao Serra set out for a tour of Brazilian ports on Monday. Their closing leg will take the mayor to Recife on Friday.",
			"Recife", "Joao Serra", "2026-04-10"},
		{"the leg's own traveller, not the last visit's", "Trade envoy Lena Fors began a swing through the Baltic states on Monday; her deputy Ola Berg flew to Oslo on Tuesday. On Saturday the journey will take Fors to Riga.",
			"Riga", "Lena Fors", "2026-04-11"},
		// traps
		{"trap: a carrier that takes goods, no traveller", "Governor Paul Ekwe flew to Chile on Monday. A freighter took the copper to Valparaiso on Tuesday.",
			"Valparaiso", "", ""},
		{"trap: a carried pronoun that resolves to nobody borrows no traveller", "Mayor Victor Hale landed in Lisbon on Tuesday, his son at his side. The trip takes her to Porto on Friday, aides said.",
			"Porto", "", ""},
		{"trap: a leg that takes him home", "Governor Paul Ekwe flew to Chile on Monday. The last leg takes him home to Lagos on Friday.",
			"Lagos", "", ""},
		{"trap: a leg that carries goods", "Governor Paul Ekwe flew to Chile on Monday. The final leg takes the cargo to Valparaiso on Tuesday.",
			"Valparaiso", "", ""},
		{"trap: no trip told before", "The tour opened in Seoul on Sunday with a concert by the band.",
			"Seoul", "", ""},
		{"trap: an indefinite tour", "Governor Paul Ekwe flew to Chile on Monday. A tour of the plant began in Valparaiso on Tuesday.",
			"Valparaiso", "", ""},
		{"trap: talks begin, no trip noun", "Governor Paul Ekwe flew to Chile on Monday. The talks began in Valparaiso on Tuesday.",
			"Valparaiso", "", ""},
		{"trap: a mission statement", "Governor Paul Ekwe flew to Chile on Monday. The agency unveiled a mission statement in Valparaiso on Tuesday.",
			"Valparaiso", "", ""},
		{"trap: no place after the verb", "Governor Paul Ekwe flew to Chile on Monday. The tour ended in acrimony on Tuesday, aides in Valparaiso said.",
			"Valparaiso", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "tripleg", "2026-04-10", c.text)
			for _, e := range eventsOf(rec, extract.Visit) {
				if e.Location != c.place {
					continue
				}
				names := partyNames(e)
				got := strings.Join(names, "+")
				if c.want == "" {
					t.Fatalf("a visit to %s by %s, want none", c.place, got)
				}
				if got != c.want || e.Date != c.date {
					t.Fatalf("visit to %s: %s on %q, want %s on %q", c.place, got, e.Date, c.want, c.date)
				}
				return
			}
			if c.want != "" {
				t.Fatalf("no visit to %s, want one by %s; got %s", c.place, c.want, show(rec))
			}
		})
	}
}
