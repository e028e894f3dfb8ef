package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestMergeReferences: mentions that point back at an event told before
// (a bare "the talks", "their fourth meeting since January", "Lepp's second visit")
// add no event, and the traps hold: the same pair meeting again on
// another day, or a return trip, stays another event. Every sentence is
// written for this test.
func TestMergeReferences(t *testing.T) {
	cases := []struct {
		name, published, text, typ string
		n                          int
		place                      string   // of the first event of typ ("" unchecked)
		parts                      []string // its parties, exactly (nil unchecked)
	}{
		{name: "briefed on the talks elsewhere", published: "2026-03-05", typ: extract.Meeting, n: 1, place: "Oslo",
			text: "Norwegian Foreign Minister Siri Dahl held talks with Kenyan Foreign Minister Amos Mwangi in Oslo on Tuesday. On Thursday Dahl flew to Stockholm to brief Swedish officials on the talks."},
		{name: "their fourth meeting since January", published: "2026-03-05", typ: extract.Meeting, n: 1, place: "Oslo",
			text: "Norwegian Foreign Minister Siri Dahl met Kenyan Foreign Minister Amos Mwangi in Oslo on Tuesday, their fourth meeting since January."},
		{name: "a third trip, then a return trip in May", published: "2026-03-05", typ: extract.Visit, n: 2, place: "Kyiv",
			text: "Estonian Prime Minister Kaia Lepp arrived in Kyiv on Monday. This was Lepp's second visit to the Ukrainian capital in four months. She will travel to Kyiv again in May."},
		{name: "the same pair on two days", published: "2026-03-07", typ: extract.Meeting, n: 2, place: "Oslo",
			text: "Norwegian Foreign Minister Siri Dahl met Kenyan Foreign Minister Amos Mwangi in Oslo on Tuesday. Dahl met Mwangi in Bergen on Friday to sign the accord. Officials in Oslo said little about the talks."},
		{name: "signed a memorandum: one phrase, the persons' reading", published: "2026-03-05", typ: extract.Agreement, n: 1,
			parts: []string{"Tomás Riquelme", "Lucía Benavides", "Jorge Quispe"},
			text:  "State television said Chile and Peru signed a memorandum of understanding covering lithium exports in Arequipa on Thursday, at a meeting between Andes Copper chairman Tomás Riquelme, Pacifico Mining chief executive Lucía Benavides and Peruvian mining minister Jorge Quispe."},
		{name: "two agreements of one firm, apart", published: "2026-03-06", typ: extract.Agreement, n: 2,
			text: "Castor Foods signed a supply agreement with Lindqvist Farms on Monday, and on Wednesday it signed a separate memorandum with Oberg Dairy."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "refs", c.published, c.text)
			evs := eventsOf(rec, c.typ)
			if len(evs) != c.n {
				t.Fatalf("%d %s events, want %d: %s", len(evs), c.typ, c.n, eventList(rec))
			}
			if c.parts != nil && (len(evs[0].Participants) != len(c.parts) || matchEvent(rec, c.typ, c.parts) == nil) {
				t.Errorf("parties, want exactly %v: %s", c.parts, eventList(rec))
			}
			if c.place != "" && evs[0].Location != c.place {
				t.Errorf("place %q, want %q: %s", evs[0].Location, c.place, eventList(rec))
			}
		})
	}
}
