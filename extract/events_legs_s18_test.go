package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTourLegsTold: the stops of a tour told in ways the other leg tests
// leave out: a traveller whose verb group carries a periphrastic future
// and whose name a description sets off ("X, a former judge named in
// 2021, is expected to start in Y on May 4": the description's year is no
// stop's date); a stay of some days after a trailing "before"/"after" and
// a gerund, whose traveller is the main clause's subject, over a span
// of days joined by "and" ("spending May 4 and 5 in X"); a list of stops
// each dated after its place ("A on Monday, B on Tuesday and C on
// Wednesday"); "crossed to" as one more stop of a shuttle told before.
// Traps: a gerund after "without" (no stay); a place after a date and
// "and" that opens a clause of its own; "crossed into" with no trip told
// before; a date inside the subject's description with no date of the
// stop's own. Every sentence is our own.
func TestTourLegsTold(t *testing.T) {
	cases := []struct {
		name, text string
		place      string // the stop
		want       string // the visit's parties there joined by "+", sorted; "" for no visit there
		date       string // its date when want is set
	}{
		{"a described traveller who is expected to start", "Trade commissioner Ilse Brandt leaves on Sunday for a tour of Baltic ports. Brandt, a former shipping lawyer who took the post in 2023, is expected to start in Riga on April 14.",
			"Riga", "Ilse Brandt", "2026-04-14"},
		{"a day spent somewhere after a trailing after", "Paulo Mendes, the bloc's trade envoy, opens a farm forum in Lima on April 20 after spending April 16 and 17 in Quito.",
			"Quito", "Paulo Mendes", "2026-04-16/2026-04-17"},
		{"a trailing after: the pronoun subject of the main clause, not the person met", "Trade envoy Paulo Mendes left for South America on Sunday. He sees Peru's farm minister, Rosa Quispe, in Lima on April 20 after spending April 16 and 17 in Quito.",
			"Quito", "Paulo Mendes", "2026-04-16/2026-04-17"},
		{"a list of stops, each dated after its place", "Governor Hana Sato will visit Osaka on Monday, Kobe on Tuesday and Nagoya on Thursday to promote the regional rail pass.",
			"Kobe", "Hana Sato", "2026-04-14"},
		{"the last stop of a dated list", "Governor Hana Sato will visit Osaka on Monday, Kobe on Tuesday and Nagoya on Thursday to promote the regional rail pass.",
			"Nagoya", "Hana Sato", "2026-04-16"},
		{"crossed to, one more stop of a shuttle", "Norwegian mediator Jonas Eide flew into Vilnius on Monday to start shuttling between the Baltic governments. On Wednesday he crossed to Riga for a meeting with the prime minister.",
			"Riga", "Jonas Eide", "2026-04-08"},
		// traps
		{"trap: a gerund after without", "Paulo Mendes, the bloc's trade envoy, opens a farm forum in Lima on April 20 without spending April 16 and 17 in Quito.",
			"Quito", "", ""},
		{"trap: a place after a date and and opens its own clause", "Governor Hana Sato will visit Osaka on Monday, and Kobe is hosting a rail fair on Tuesday.",
			"Kobe", "", ""},
		{"trap: places after a date and and, the first of them the subject of its own clause", "Foreign Minister Ana Lutz arrived in Kigali on Tuesday, and Uganda, Kenya and Tanzania sent ministers to meet her.",
			"Kenya", "", ""},
		{"trap: a place after a date and and, modifying its clause's subject", "Foreign Minister Ana Lutz arrived in Kigali on Tuesday and Uganda police closed the border on Wednesday.",
			"Uganda", "", ""},
		{"trap: a place after a date and and, modifying a subject with a date later", "Governor Hana Sato visited Osaka on Monday and Kobe officials greeted her warmly on Tuesday.",
			"Kobe", "", ""},
		{"trap: crossed into with no trip told before", "Senator Rita Holm crossed into Estonia on Tuesday, her aides said.",
			"Estonia", "", ""},
		{"trap: the only date is in the subject's description", "Trade commissioner Ilse Brandt leaves on Sunday for a tour of Baltic ports. Brandt, a former shipping lawyer who took the post in 2023, is expected to start in Riga.",
			"Riga", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "tourlegs", "2026-04-10", c.text)
			found := false
			for _, e := range eventsOf(rec, extract.Visit) {
				if e.Location != c.place {
					continue
				}
				got := strings.Join(partyNames(e), "+")
				if c.want == "" {
					t.Fatalf("a visit to %s by %s on %q, want none", c.place, got, e.Date)
				}
				if got != c.want || e.Date != c.date {
					t.Fatalf("visit to %s: %s on %q, want %s on %q", c.place, got, e.Date, c.want, c.date)
				}
				found = true
			}
			if c.want != "" && !found {
				t.Fatalf("no visit to %s, want one by %s", c.place, c.want)
			}
		})
	}
}
