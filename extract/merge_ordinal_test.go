package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOrdinalRounds: an ordinal past "third" before a round ("the sixth
// round") tells which round it is, as "second" and "third" do: a later
// round announced so is another meeting, not the round just told, and
// not a bare reference to drop. Trap: the same round retold with its own
// ordinal stays one. Every sentence is written for this test.
func TestOrdinalRounds(t *testing.T) {
	cases := []struct {
		name, published, text string
		want                  []string // each meeting as "date@place", sorted
	}{
		{name: "a later round named by its ordinal", published: "2026-03-12",
			text: "Chilean negotiator Ramiro Fuentes and Peruvian negotiator Carla Quispe held a round of border talks in Arica on Tuesday.\n\nFuentes said the sixth round would take place in April, once both teams had consulted their fishing fleets.",
			want: []string{"2026-03-10@Arica", "2026-04@"}},
		{name: "the same round retold with its ordinal", published: "2026-03-12",
			text: "Chilean negotiator Ramiro Fuentes and Peruvian negotiator Carla Quispe ended a sixth round of border talks in Arica on Tuesday.\n\nThe sixth round had been delayed twice by storms off the coast, Quispe said.",
			want: []string{"2026-03-10@Arica"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "ordinal", c.published, c.text)
			var got []string
			for _, e := range eventsOf(rec, extract.Meeting) {
				got = append(got, e.Date+"@"+e.Location)
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("meetings %q, want %q: %s", got, c.want, eventList(rec))
			}
		})
	}
}
