package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTourStop: once the story has sent a traveller on a trip, a dated
// clause that places that person somewhere away from home with no travel
// verb ("he will be in X on Friday", "she will start in X on May 2") is one
// more stop of the trip (tourStop, stopAway: events_visit.go; person
// subjects of a leg: events_tripleg.go). Traps: no trip told before, a
// stay at home (the dateline's city, or after a return), no named place
// ("in court", "in touch"), a career told in the past. Every sentence is
// our own.
func TestTourStop(t *testing.T) {
	cases := []struct {
		name, text string
		place      string // the stop
		want       string // the visit's parties there joined by "+", sorted; "" for no visit there
		date       string // its date when want is set
	}{
		{"pronoun will be in, date first", "Finance Minister Lars Holt leaves on Sunday for a three-nation tour of South America. On Wednesday he will be in Lima, and two days later he flies home.",
			"Lima", "Lars Holt", "2026-04-15"},
		{"name will be in, a relative clause after", "Senator Mia Okafor set off on a week-long Asian trip on Monday. Okafor will be in Hanoi on Thursday, where a new consulate opens.",
			"Hanoi", "Mia Okafor", "2026-04-16"},
		{"person subject of a leg verb", "Trade Commissioner Hugo Brandt is travelling to the Gulf next week. Brandt will start in Doha on April 14 before heading south.",
			"Doha", "Hugo Brandt", "2026-04-14"},
		// traps
		{"trap: no trip told before", "Novelist Ruth Abara will be in Lagos on Monday for the festival's closing night reading.",
			"Lagos", "", ""},
		{"trap: the dateline's city is home", "OSLO — Finance Minister Lars Holt flew to Brazil on Monday for a five-day visit. He will be in Oslo on Saturday.",
			"Oslo", "", ""},
		{"trap: after a return", "Finance Minister Lars Holt flew to Brazil on Monday for a five-day visit. He will be in Bergen on Saturday after returning from Brasilia.",
			"Bergen", "", ""},
		{"trap: in court, no place", "Finance Minister Lars Holt flew to Brazil on Monday for a five-day visit. His former aide will be in court on Tuesday in Bergen.",
			"Bergen", "", ""},
		{"trap: in touch", "Finance Minister Lars Holt flew to Brazil on Monday for a five-day visit. He will be in touch with Bergen officials on Friday.",
			"Bergen", "", ""},
		{"trap: a career told in the past", "Ambassador Nora Lind toured Ghana last week. Lind began in Accra in 1998 as a junior attaché.",
			"Accra", "", ""},
		{"trap: no date for the stop", "Senator Mia Okafor set off on a week-long Asian trip on Monday. Okafor will be in Hanoi at some point.",
			"Hanoi", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "tourstop", "2026-04-10", c.text)
			found := false
			for _, e := range eventsOf(rec, extract.Visit) {
				if e.Location != c.place {
					continue
				}
				var names []string
				for _, p := range e.Participants {
					names = append(names, p.Name)
				}
				sort.Strings(names)
				got := strings.Join(names, "+")
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
