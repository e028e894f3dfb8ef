package extract_test

import "testing"

// TestArrivalReadings: the arrival readings of events_arrival.go and the
// travel rows they go with — a party due or expected in a place (a plan),
// days spent in a place, travelling on to a place — and the forms that
// state no visit. Every sentence is our own.
func TestArrivalReadings(t *testing.T) {
	cases := []struct {
		name, text string
		visitor    string // "" when the text states no visit
		location   string
		date       string
		planned    bool
	}{
		{name: "due in, a weekday", text: "Foreign Minister Nadia Ferro is due in Lusaka on Friday for talks on copper.",
			visitor: "Nadia Ferro", location: "Lusaka", date: "2026-03-13", planned: true},
		{name: "expected in, with an adverb", text: "Trade Minister Pavel Hruby flew to Vienna on Monday. Hruby is also expected in Bratislava on Thursday.",
			visitor: "Pavel Hruby", location: "Bratislava", date: "2026-03-12", planned: true},
		{name: "was expected in", text: "President Tomas Berger was expected in Riga on Tuesday, his office said.",
			visitor: "Tomas Berger", location: "Riga", date: "2026-03-10"},
		{name: "spent days in", text: "Senator Lucy Amadi spent two days in Nairobi last week meeting aid groups.",
			visitor: "Lucy Amadi", location: "Nairobi"},
		{name: "spent a weekday in", text: "Envoy Mira Castell spent Tuesday in Mombasa, where she met port workers.",
			visitor: "Mira Castell", location: "Mombasa", date: "2026-03-10"},
		{name: "travelled on to", text: "Foreign Minister Nadia Ferro met President Joao Lemos in Luanda on Monday. Ferro travelled on to Windhoek on Tuesday.",
			visitor: "Nadia Ferro", location: "Windhoek", date: "2026-03-10"},
		{name: "spent days doing something at a venue near a place", text: "Lina Sorbe, the envoy, spent two days inspecting gins at a cotton depot outside Jinja and then flew home.",
			visitor: "Lina Sorbe", location: "Jinja"},
		{name: "spent a weekday doing something in a place", text: "Agriculture Minister Pedro Alves spent Monday inspecting two dairies in Mbarara.",
			visitor: "Pedro Alves", location: "Mbarara", date: "2026-03-09"},
		{name: "arrived on one day, spent the next in a place", text: "Health Minister Dora Lukwago reached Arua by road on Saturday with her aides and then spent Sunday touring clinics in Koboko.",
			visitor: "Dora Lukwago", location: "Koboko", date: "2026-03-08"},
		// traps
		{name: "spent a weekday doing something, no place", text: "Mayor Ruth Kiiza spent Thursday trying to rescue the budget, aides said."},
		{name: "spent a weekday at a contest", text: "Coach Abel Nsubuga spent Sunday at a match against Gulu United."},
		{name: "a pair spent a day haggling in a place", text: "Ferra chief Omar Diallo and Nura Kessy, who runs Bolt Mills, spent Sunday haggling over the price in Dakar."},
		{name: "spent a day discussing something in a place", text: "Planning chief Omar Diallo spent Sunday discussing the budget at a hotel in Dakar."},
		{name: "spent years working in a place", text: "Banker Irene Oduya spent three years working at a lender in Nairobi."},
		{name: "due in court", text: "Former mayor Glen Porter is due in court on Friday."},
		{name: "due in a month", text: "Governor Ruth Sands said the report was due in March."},
		{name: "spent money in a place", text: "Investor Carla Voss spent $40 million in Leeds last year on office buildings."},
		{name: "spent a childhood in a place", text: "Novelist Aryan Mehta spent his childhood in Lagos."},
		{name: "a thing expected in a place", text: "A ruling by Judge Ana Ortiz is expected in London on Friday."},
		{name: "results due in a place", text: "Results of the vote are due in Lagos on Friday, President Musa Bello said."},
		{name: "a pronoun due in a place", text: "Envoy Carl Brandt met Prime Minister Ida Lunde in Oslo on Monday. He is due in Bergen on Wednesday.",
			visitor: "Carl Brandt", location: "Bergen", date: "2026-03-11", planned: true},
		{name: "expected in, negated", text: "Defence Minister Omar Haddad is not expected in Tunis this week."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkVisit(t, extractText(t, "arrival", "2026-03-11", c.text), c.visitor, c.location, c.date, c.planned)
		})
	}
}
