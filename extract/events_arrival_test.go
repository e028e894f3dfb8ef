package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

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
		{name: "will spend a day on site at a place, dated by the span", text: "Education Minister Nia Owusu, who opened a school in Ho on Monday, will spend Friday opening classrooms at Keta.",
			visitor: "Nia Owusu", location: "Keta", date: "2026-03-13", planned: true},
		{name: "spent days surveying a venue near a place", text: "Water envoy Ines Karlsson spent three days surveying pumps at a flooded station outside Beira.",
			visitor: "Ines Karlsson", location: "Beira"},
		{name: "a span dated by its own day, not by the day of the saying", text: "On Monday, Farm Minister Eva Brink said she would spend Friday visiting orchards in Nelspruit.",
			visitor: "Eva Brink", location: "Nelspruit", date: "2026-03-13", planned: true},
		{name: "spent a weekday inspecting a venue in a place", text: "Ports chief Selim Arslan spent Tuesday inspecting cranes and berths in Mersin.",
			visitor: "Selim Arslan", location: "Mersin", date: "2026-03-10"},
		// traps
		{name: "on-site gerund, then another preposition", text: "Ports Minister Hugo Brandt will spend Friday opening bids for a terminal in Lobito."},
		{name: "a span spent sending goods to a place", text: "Relief chief Aiko Mori spent Saturday sending tents and blankets to Tete."},
		{name: "a span spent moving goods into a place", text: "Grain trader Luis Pardo spent Monday trucking wheat into Zambia."},
		{name: "a span spent calling people in a place", text: "Foreign Minister Elin Berg spent Thursday calling donors in Geneva."},
		{name: "a span spent attacking a thing in a place", text: "Senator Dana Whitlock spent Tuesday attacking the new port in Maine."},
		{name: "a span spent weighing offers from a place", text: "Budget Minister Kofi Ansah spent Friday weighing offers from builders in Tamale."},
		{name: "a denied span on site", text: "The ministry denied reports that Deputy Minister Rosa Lindqvist would spend Saturday inspecting ferries in Porto."},
		{name: "a span spent attending, perhaps from afar", text: "Governor Amaka Eze spent Thursday attending a donors' conference in Brussels by video link."},
		{name: "an on-site gerund whose place follows to", text: "Roads Minister Yaw Mensah will spend Friday opening a new highway to Kumasi."},
		{name: "an on-site gerund, then a comma before the place", text: "Trade envoy Lena Voss spent Monday inspecting factories, a spokesman in Paris said."},
		{name: "a body with no named party", text: "The city council spent Tuesday inspecting bridges in Leeds."},
		{name: "a pair spent a day bargaining in a place", text: "Union boss Ravi Menon and Carla Duarte, who heads Atlas Foods, spent Monday bargaining over wages in Pune."},
		{name: "a weekday discussing something in a place", text: "Finance chief Jonas Eklund spent Wednesday discussing tariffs at a hotel in Malmo."},
		{name: "a weekday spent on a task, no place", text: "Mayor Beatriz Sola spent Saturday trying to calm angry traders, her office said."},
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
	// two parties who spent a span on site together visited it together
	t.Run("a pair spent a weekday inspecting a place", func(t *testing.T) {
		rec := extractText(t, "arrival", "2026-03-11", "Transport Minister Karim Osei and Works Minister Lydia Banda spent Tuesday inspecting rail yards at Tema.")
		seen := map[string]bool{}
		for _, e := range eventsOf(rec, extract.Visit) {
			if fold(e.Location) != fold("Tema") {
				continue
			}
			for _, p := range e.Participants {
				seen[fold(p.Name)] = true
			}
		}
		if !seen[fold("Karim Osei")] || !seen[fold("Lydia Banda")] {
			t.Fatalf("want a visit of both to Tema, got %s", show(rec))
		}
	})
}
