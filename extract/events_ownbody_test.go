package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOwnBodyNoParty: a person and the body the article says they head or
// work for are one side of an event, not its two parties: "she and X, the
// chairman of the Shipping Board, signed" binds her and X. Another body
// near the trigger stays the person's counterpart. Every sentence is
// written for this test.
func TestOwnBodyNoParty(t *testing.T) {
	cases := []struct {
		name, text, typ string
		parties         []string // the parties of the one event of type typ, sorted
	}{
		{"her own body is no second party", "Aid coordinator Lena Varga arrived in Aswan on Monday. There she and Tarek Mansour, the chairman of the Nile Shipping Board, signed a memorandum on river freight.",
			extract.Agreement, []string{"Lena Varga", "Tarek Mansour"}},
		{"another body stays his counterpart", "Aid coordinator Lena Varga arrived in Aswan on Monday. There Tarek Mansour, the chairman of the Nile Shipping Board, held talks at the Delta Freight Union.",
			extract.Meeting, []string{"Delta Freight Union", "Tarek Mansour"}},
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
