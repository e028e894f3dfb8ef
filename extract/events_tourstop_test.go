package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTourStop: once the story has sent a traveller on a trip, a dated
// clause that places that same traveller somewhere away from home with no
// travel verb ("he will be in X on Friday", "she starts in X on May 2") is one more stop of the trip (events_tourstop.go; person subjects of
// a leg: events_tripleg.go). Traps: no trip told before; someone other
// than the trip's traveller; a date only in another clause of the
// sentence; a past stay before the trip; the traveller's own country, or
// the dateline's place when their country is unknown; a return word
// before the place; no named place ("in court", "in touch"). Every
// sentence is our own.
func TestTourStop(t *testing.T) {
	checkTourStops(t, "tourstop", []tourStopCase{
		{"definite title will be in, date first", "Economy Minister Dario Ferri departs on Sunday to visit three Andean governments. On Wednesday the minister will be in Quito, with Bolivia to follow.",
			"Quito", "Dario Ferri", "2026-04-15"},
		{"name will be in, a relative clause after", "Senator Mia Okafor set off on a week-long Asian trip on Monday. Okafor will be in Hanoi on Thursday, where a new consulate opens.",
			"Hanoi", "Mia Okafor", "2026-04-16"},
		{"person subject of a leg verb", "Next week Commissioner Lotte Visser travels to the Gulf on a trade mission. Visser begins in Muscat on April 13 before going on to Doha.",
			"Muscat", "Lotte Visser", "2026-04-13"},
		{"a return word after the place is a later move", "Climate envoy Nadia Ferraz opened a tour of Andean glaciers on Monday. She will be in Huaraz on April 15, flying home two days later.",
			"Huaraz", "Nadia Ferraz", "2026-04-15"},
		{"home known elsewhere: a stop in the dateline's country", "ACCRA — Sweden's trade minister, Eva Norberg, flew into Ghana on Tuesday. Norberg will be in Kumasi on Thursday with cocoa growers.",
			"Kumasi", "Eva Norberg", "2026-04-16"},
		{"a past stop inside the trip's days", "Trade envoy Tomas Ruiz left on Monday for a swing through Central America. He was in Managua on Wednesday, meeting coffee exporters.",
			"Managua", "Tomas Ruiz", "2026-04-08"},
		{"a definite title for the traveller", "Labour Minister Greta Solberg goes to Tanzania on Monday, with four days of talks ahead. The minister will be in Arusha on April 15, visiting two cooperatives.",
			"Arusha", "Greta Solberg", "2026-04-15"},
		{"dateline in the trip's own country, home unknown", "HANOI — Agriculture Secretary Joan Whitfield flew into Vietnam on Sunday for a week of talks on rice exports. Whitfield will be in Haiphong with port officials on Tuesday.",
			"Haiphong", "Joan Whitfield", "2026-04-14"},
		{"a past stop told after a later one", "Senator Kemi Adeyemi arrived in Morocco on Monday to discuss solar power. She will be in Tangier on Saturday, aides said. Earlier, on Wednesday, Adeyemi was in Fez, where she opened a solar plant.",
			"Fez", "Kemi Adeyemi", "2026-04-08"},
		{"a title with a return word before the name", "Peter Lund left for Canada on Monday on a week of port inspections. Home Affairs Secretary Peter Lund will be in Halifax on Thursday, his office said.",
			"Halifax", "Peter Lund", "2026-04-16"},
		{"back in an idiom, no return", "Peter Lund left for Canada on Monday on a week of port inspections. Jet-lagged after two flights back to back, Lund will be in Halifax on Thursday.",
			"Halifax", "Peter Lund", "2026-04-16"},
		{"home after a preposition, no return", "Peter Lund left for Canada on Monday on a week of port inspections. Facing a budget revolt at home, Lund will be in Halifax on Thursday.",
			"Halifax", "Peter Lund", "2026-04-16"},
		{"the stop's own date, not a subordinate clause's before it", "Port commissioner Ines Duarte began a tour of Italian harbours on Monday. Once the regatta wraps up on Tuesday Duarte will be in Genoa on Friday.",
			"Genoa", "Ines Duarte", "2026-04-17"},
		// traps
		{"trap: no trip told before", "Novelist Ruth Abara will be in Lagos on Monday for the festival's closing night reading.",
			"Lagos", "", ""},
		{"trap: someone not on the trip, named", "Foreign Minister Ana Costa landed in Tokyo on Monday to begin a week of talks. Economy Minister Rui Matos will be in Osaka on Thursday.",
			"Osaka", "", ""},
		{"trap: someone not on the trip, a pronoun for them", "Ana Costa landed in Tokyo on Monday. Her rival Rui Matos stayed behind and criticised the cost. He will be in Porto on April 16, campaigning.",
			"Porto", "", ""},
		{"trap: a leg verb whose subject is not the traveller", "Candidate Elin Berg departs on Monday for a tour of the Baltic states. On April 15 her rival Tomas Varga will begin in Riga, aides said.",
			"Riga", "", ""},
		{"trap: the only date is in the clause before", "Ana Costa landed in Tokyo on Monday to begin a week of talks. Costa opened a trade fair in Tokyo on Tuesday and she is in Kyoto after that.",
			"Kyoto", "", ""},
		{"trap: a past stay long before the trip", "Foreign Minister Ana Costa landed in Tokyo on Monday to begin a week of talks. Costa was in Sapporo for a semester in 2009 as a young diplomat.",
			"Sapporo", "", ""},
		{"trap: a past stay weeks before the trip began", "Foreign Minister Ana Costa landed in Tokyo on Monday to begin a week of talks. She was in Kobe on March 2, opening a shipyard.",
			"Kobe", "", ""},
		{"trap: the traveller's own country, dateline elsewhere", "GENEVA — Portuguese Foreign Minister Ana Costa left on Monday for a tour of the Gulf. She will be in Braga on Saturday, her aides said.",
			"Braga", "", ""},
		{"trap: a return word before the place", "Foreign Minister Ana Costa landed in Tokyo on Monday to begin a week of talks. Back from Asia, Costa will be in Braga on April 20.",
			"Braga", "", ""},
		{"trap: the dateline's city, home unknown", "OSLO — Finance Minister Lars Holt arrived in Brazil on Monday, the first of five days there. He will be in Oslo on Saturday.",
			"Oslo", "", ""},
		{"trap: a home city once the trip is over", "Norwegian Finance Minister Lars Holt arrived in Brazil on Monday, the first of five days there. Holt, who flies out of Brasilia on Friday, will be in Stavanger on Saturday.",
			"Stavanger", "", ""},
		{"trap: in court, no place", "Finance Minister Lars Holt arrived in Brazil on Monday, the first of five days there. On Tuesday his former driver will be in court, charged with fraud in Bergen.",
			"Bergen", "", ""},
		{"trap: in touch", "Finance Minister Lars Holt arrived in Brazil on Monday, the first of five days there. He will be in touch with Bergen officials on Friday.",
			"Bergen", "", ""},
		{"trap: in talks, no place", "Finance Minister Lars Holt arrived in Brazil on Monday, the first of five days there. He was in talks with Bergen shipowners on Tuesday.",
			"Bergen", "", ""},
		{"trap: a career told in the past", "Ambassador Nora Lind toured Ghana last week. Lind began in Accra in 1998 as a junior attaché.",
			"Accra", "", ""},
		{"trap: a stay told in the past perfect", "Trade Minister Ivo Petrov reached Chile on Saturday, opening a tour of its copper mines. Petrov had been in Antofagasta in 2019 while running a mining firm.",
			"Antofagasta", "", ""},
		{"trap: a count of stays in the present perfect", "Trade Minister Ivo Petrov reached Chile on Saturday, opening a tour of its copper mines. Since 2015 Petrov has been in Valparaiso three times.",
			"Valparaiso", "", ""},
		{"trap: the trip's host is no traveller", "Deputy Premier Sven Olsen held talks with Governor Rosa Vidal on Tuesday, midway through his visit to Argentina. The governor will be in Rosario on Friday, opening a harvest festival.",
			"Rosario", "", ""},
		{"trap: the only date is in a subordinate clause after the place", "Peter Lund left for Canada on Monday on a week of port inspections. Lund will be in Halifax until the inspections wrap up on Friday.",
			"Halifax", "", ""},
		{"trap: no date for the stop", "Senator Mia Okafor set off on a week-long Asian trip on Monday. Okafor will be in Hanoi at some point.",
			"Hanoi", "", ""},
	})
}

// tourStopCase: one short article and the visit it must (or must not)
// give to one stop.
type tourStopCase struct {
	name, text string
	place      string // the stop
	want       string // the visit's parties there joined by "+", sorted; "" for no visit there
	date       string // its date when want is set
}

// checkTourStops extracts each case (published 2026-04-10) and checks the
// visit at its place: its parties and date, or that there is none.
func checkTourStops(t *testing.T, id string, cases []tourStopCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, id, "2026-04-10", c.text)
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
