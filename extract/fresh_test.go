package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFreshReadings: the readings of the fresh helper (session 7): a
// table place as the article spells it, a city-state dateline, and a
// previous occasion told in passing that moves no scene. Every sentence
// is our own. want lists "type|party+party|place|date" with the place
// compared exactly (accents and case; "-" wants none; date "" is not
// checked); ents lists "TYPE|text" that must be an entity's text.
func TestFreshReadings(t *testing.T) {
	cases := []struct {
		name, text string
		want, ents []string
		none       []string // event types that must not appear
	}{
		{name: "the article's accents on a gazetteer city",
			text: "ASUNCIÓN, March 10 — Foreign Minister Elisa Brun met her Bolivian counterpart, Mateo Quispe, in Asunción on Tuesday.",
			want: []string{"meeting|Elisa Brun+Mateo Quispe|Asunción|2026-03-10"},
			ents: []string{"LOCATION|Asunción"}},
		{name: "a capitals dateline gives its accents in the name's case",
			text: "BOGOTÁ, March 10 — Foreign Minister Elisa Brun held talks with Mateo Quispe on Tuesday.",
			want: []string{"meeting|Elisa Brun+Mateo Quispe|Bogotá|2026-03-10"},
			ents: []string{"LOCATION|Bogotá"}},
		{name: "trap: an article without accents keeps the table's name",
			text: "Foreign Minister Elisa Brun met Mateo Quispe in Asuncion on Tuesday.",
			want: []string{"meeting|Elisa Brun+Mateo Quispe|Asuncion|2026-03-10"},
			ents: []string{"LOCATION|Asuncion"}},
		{name: "trap: another name is no respelling",
			text: "Trade Minister Elisa Brun visited Côte d'Ivoire on Tuesday.",
			ents: []string{"LOCATION|Ivory Coast"}},
		{name: "trap: a house style's case is no respelling",
			text: "Uefa officials met club chairmen in Nyon on Tuesday, and Uefa said talks would go on.",
			ents: []string{"ORGANIZATION|UEFA"}},
		{name: "a city-state dateline and here",
			text: "LUXEMBOURG (Continental Wire) — Finance Minister Elisa Brun met her Dutch counterpart, Pieter Smit, on the sidelines of a ministers' meeting here on Tuesday.",
			want: []string{"meeting|Elisa Brun+Pieter Smit|Luxembourg|2026-03-10"}},
		{name: "a previous occasion moves no scene",
			text: "LISBON — Finance Minister Elisa Brun met Pieter Smit in Lisbon on Tuesday. Brun and Smit last met in Madrid in January. Also on Tuesday, Lars Berg held a meeting with Smit on bank rules.",
			want: []string{"meeting|Elisa Brun+Pieter Smit|Lisbon|2026-03-10", "meeting|Elisa Brun+Pieter Smit|Madrid|2026-01",
				"meeting|Lars Berg+Pieter Smit|Lisbon|2026-03-10"}},
		{name: "an event of the occasion's own date is in its place",
			text: "President Aibek Saliev arrived in Ulaanbaatar on Monday for a three-day state visit. Mongolian President Batu Ganbold paid a state visit to Bishkek in May 2025, when he and Saliev agreed to open a direct air link.",
			want: []string{"visit|Batu Ganbold|Bishkek|2025-05", "agreement|Batu Ganbold+Aibek Saliev|Bishkek|2025-05"}},
		{name: "a common noun's possessor before a title and the name",
			text: "Trade envoy Lena Holm met the company's new chief executive, Arvid Dahl, in Oslo on Tuesday.",
			want: []string{"meeting|Lena Holm+Arvid Dahl|Oslo|2026-03-10"}},
		{name: "a surname's possessor before a role and the name",
			text: "In February, Omar Hamdan met al-Qasimi's predecessor as lead mediator, Tariq Nasser, in Muscat.",
			want: []string{"meeting|Omar Hamdan+Tariq Nasser|Muscat|2026-02"}},
		{name: "trap: a possessor before a thing",
			text: "Norvik Motors will build a plant in Pune to meet the region's rising appetite for scooters, its chief executive, Arvid Dahl, said on Tuesday.",
			none: []string{extract.Meeting}},
		{name: "No 10 is Number 10, no negation",
			text: "Prime Minister Helen Ward will host the heads of the Scottish and Welsh governments, Iain Ross and Megan Lloyd, next Tuesday at Downing Street for talks on flood defences, No 10 said.",
			want: []string{"meeting|Helen Ward+Iain Ross+Megan Lloyd|Downing Street|2026-03-17"}},
		{name: "trap: a sentence's first No is a negation",
			text: "No agreement was reached between Orla Byrne and Pieter Smit on Tuesday, officials said.",
			none: []string{extract.Agreement}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := cascadeText(t, "fresh", "2026-03-11", c.text)
			for _, typ := range c.none {
				if evs := eventsOf(rec, typ); len(evs) > 0 {
					t.Errorf("want no %s: %s", typ, show(rec))
				}
			}
			for _, w := range c.want {
				f := strings.Split(w, "|")
				if !hasEventAt(rec, f[0], strings.Split(f[1], "+"), f[2], f[3]) {
					t.Errorf("want %s: %s", w, show(rec))
				}
			}
			for _, w := range c.ents {
				typ, text, _ := strings.Cut(w, "|")
				found := false
				for _, e := range ofType(rec, typ) {
					found = found || e.Text == text
				}
				if !found {
					t.Errorf("want entity %s: %s", w, show(rec))
				}
			}
		})
	}
}

// hasEventAt is hasTripEvent with the place compared as written.
func hasEventAt(rec *extract.Record, typ string, parties []string, place, date string) bool {
	for _, e := range eventsOf(rec, typ) {
		if !hasTripEvent(&extract.Record{Events: []extract.Event{e}}, typ, parties, e.Location, date) {
			continue
		}
		if place == "-" && e.Location == "" || e.Location == place {
			return true
		}
	}
	return false
}
