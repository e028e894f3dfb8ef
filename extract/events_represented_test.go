package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestRepresentedBy: sides of an event that "were represented by" named
// persons, the later clauses gapped ("Chile by B and Bolivia by C"), have
// those persons for parties (refinement represented-by,
// events_represented.go). Each case gives the parties of every event of
// its type, joined by "+" and sorted, one event a "|". Every sentence is
// our own.
func TestRepresentedBy(t *testing.T) {
	cases := []struct {
		name, text, typ, want string
	}{
		{"each side's person in a gapped list after the event",
			"LIMA, March 3, 2026 - Peru, Chile and Bolivia reached an accord on Tuesday on pooling water-level data from the high Andes. At the talks in Arica, Peru was represented by its water minister, Rosa Quispe, Chile by Deputy Minister Tomas Vidal and Bolivia by Ambassador Luis Mamani.",
			extract.Agreement, "Luis Mamani+Rosa Quispe+Tomas Vidal"},
		{"two companies, each represented by its chief",
			"OSLO, March 3, 2026 - Brightwater Shipping and Nordkyst Freight signed a charter deal in Bergen on Monday. Brightwater Shipping was represented by chief executive Marta Lindqvist and Nordkyst Freight by chairman Oskar Hallberg.",
			extract.Agreement, "Marta Lindqvist+Oskar Hallberg"},
		{"trap: represented at another occasion is no side of the event",
			"LIMA, March 3, 2026 - Peru and Chile reached an accord on Tuesday on pooling water-level data from the high Andes. Peru was represented at the funeral of the former president by Rosa Quispe, and Chile by Tomas Vidal.",
			extract.Agreement, "Chile+Peru"},
		{"trap: one side's lawyer names no person for the other side",
			"LIMA, March 3, 2026 - Andes Copper and the miners' union Sindicato Minero Norte signed a wage accord on Tuesday. Andes Copper was represented by lawyer Rosa Quispe.",
			extract.Agreement, "Andes Copper+Sindicato Minero Norte"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "wires", "2026-03-03", c.text)
			var got []string
			for _, e := range eventsOf(rec, c.typ) {
				var names []string
				for _, p := range e.Participants {
					names = append(names, p.Name)
				}
				sort.Strings(names)
				got = append(got, strings.Join(names, "+"))
			}
			if g := strings.Join(got, "|"); g != c.want {
				t.Fatalf("%s parties %q, want %q; events: %s", c.typ, g, c.want, eventList(rec))
			}
		})
	}
}
