package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestRepresentedBy: sides of an event that "were represented by" named
// persons, the later clauses gapped ("and Togo by B"), have
// those persons for parties (refinement represented-by,
// events_represented.go). Each case gives the parties of every event of
// its type, joined by "+" and sorted, one event a "|". Every sentence is
// our own.
func TestRepresentedBy(t *testing.T) {
	const pact = "ACCRA, June 9, 2026 - On Thursday Ghana and Togo signed a pact that splits the cost of a radar chain along their coast. "
	cases := []struct {
		name, text, typ, want string
	}{
		{"the next sentence names the pact back and each side's person",
			pact + "Under the pact, whose text runs to nine pages, Ghana was represented by Grace Asante and Togo by Daniel Kodjo.",
			extract.Agreement, "Daniel Kodjo+Grace Asante"},
		{"a next sentence that is only the represented clauses",
			pact + "Togo was represented by Daniel Kodjo, and Ghana by Grace Asante.",
			extract.Agreement, "Daniel Kodjo+Grace Asante"},
		{"an observer the sentence adds is no side of the pact",
			pact + "For the pact Ghana was represented by Grace Asante, Togo by Daniel Kodjo and the African Union by Peter Diallo.",
			extract.Agreement, "Daniel Kodjo+Grace Asante"},
		{"trap: a later occasion with a date of its own keeps the countries",
			pact + "When a new port opened in Lome on Saturday, Ghana was represented by Grace Asante and Togo by Daniel Kodjo.",
			extract.Agreement, "Ghana+Togo"},
		{"trap: represented on another body is no side's signatory",
			pact + "Ghana was represented on the pact's monitoring panel by Grace Asante and Togo by Daniel Kodjo.",
			extract.Agreement, "Ghana+Togo"},
		{"trap: one side's lawyer names no person for the other side",
			"LIMA, March 3, 2026 - Andes Copper and the miners' union Sindicato Minero Norte signed a wage accord on Tuesday. Andes Copper was represented by lawyer Rosa Quispe.",
			extract.Agreement, "Andes Copper+Sindicato Minero Norte"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "wires", "2026-03-03", c.text)
			if g := eventParties(rec, c.typ); g != c.want {
				t.Fatalf("%s parties %q, want %q; events: %s", c.typ, g, c.want, eventList(rec))
			}
		})
	}
}
