package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCounterpartConjunct: "X and her Peruvian counterpart Y discussed": a
// description of X's opposite number, a possessive pronoun before it,
// stands between the conjuncts; both X and Y are the subject. A
// possessive name ("X and Z's adviser Y", "X and Z's counterpart Y") makes
// Z no party. Every sentence
// is our own.
func TestCounterpartConjunct(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // a meeting's parties joined by "+", sorted; "" for no meeting naming both
		notParty   string // a name that must be no party of any meeting
	}{
		{"her counterpart, a demonym", "Trade Minister Ilse Maartens and her Peruvian counterpart Dario Quispe discussed copper tariffs in Lima on Monday.",
			"Dario Quispe+Ilse Maartens", ""},
		{"his counterpart, no demonym", "Defence Secretary Owen Pryce and his counterpart Kenji Arakawa talked about radar sites in Tokyo on Friday.",
			"Kenji Arakawa+Owen Pryce", ""},
		// trap: the possessor is a third person, no party
		{"trap: a possessive name", "Senator Ruth Abara and Governor Felix Munro's adviser Paul Stenner discussed the levee budget in Baton Rouge on Monday.",
			"", "Felix Munro"},
		{"trap: a titled name's counterpart", "Economy Minister Carla Brandt and Chancellor Rolf Engel's Austrian counterpart Peter Lindl met Slovak envoy Jan Kovac about gas storage in Vienna on Tuesday.",
			"", "Rolf Engel"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "counterpart", "2026-05-14", c.text)
			if c.notParty != "" {
				for _, e := range eventsOf(rec, extract.Meeting) {
					for _, p := range partyNames(e) {
						if p == c.notParty {
							t.Fatalf("%s a party: %s", p, show(rec))
						}
					}
				}
			}
			if c.want != "" {
				wantMeetingOf(t, rec, c.want)
			}
		})
	}
}
