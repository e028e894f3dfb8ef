package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOwnBodyNoParty: a person and the body the article says they head or
// work for are one side of an event, not its two parties: "she and X, the
// director of the Grain Authority, signed" binds her and X. Another body
// near the trigger stays the person's counterpart. Every sentence is
// written for this test.
func TestOwnBodyNoParty(t *testing.T) {
	cases := []struct {
		name, text, typ string
		parties         []string // the parties of the one event of type typ, sorted
	}{
		{"his own body is no second party", "Port engineer Greta Voorts flew to Mombasa on Thursday. After a tour of the docks on Friday, she and Koffa Tovrek, the director of the Coastal Grain Authority, signed a deal on grain storage.",
			extract.Agreement, []string{"Greta Voorts", "Koffa Tovrek"}},
		{"another body stays his counterpart", "Port engineer Greta Voorts flew to Mombasa on Thursday. After a tour of the docks on Friday, Koffa Tovrek, the director of the Coastal Grain Authority, held talks at the Harbour Porters Union.",
			extract.Meeting, []string{"Harbour Porters Union", "Koffa Tovrek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "ownbody", "2026-05-06", c.text)
			evs := eventsOf(rec, c.typ)
			if len(evs) != 1 {
				t.Fatalf("%q: %d %s events, want 1: %s", c.text, len(evs), c.typ, eventList(rec))
			}
			var got []string
			for _, p := range evs[0].Participants {
				got = append(got, p.Name)
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(c.parties, "|") {
				t.Errorf("%q: %s parties %v, want %v", c.text, c.typ, got, c.parties)
			}
		})
	}
}
