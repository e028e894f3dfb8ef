package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDepartureDay: a visit dated by its arrival runs to the day a later
// clause has the traveller leave or go home (reading departure-day); a
// day of another flight, someone else leaving or a stop between keeps the
// arrival's day (every sentence invented).
func TestDepartureDay(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "leaves for the next city",
			published: "2026-05-14",
			text:      "Kofi Mensah, Ghana's trade minister, landed in Lisbon on Monday with twelve cocoa exporters.\n\nOn Tuesday he discussed tariffs with Rita Alves, Portugal's economy minister.\n\nMensah leaves for Madrid on Thursday.",
			typ:       extract.Visit, who: "Kofi Mensah", where: "Lisbon", date: "2026-05-11/2026-05-14"},
		{name: "a day opening the clause of leaving",
			published: "2026-05-14",
			text:      "Kofi Mensah, Ghana's trade minister, landed in Lisbon on Monday.\n\nOn Wednesday, before leaving Portugal, he toured the port of Sines with Rita Alves, Portugal's economy minister.",
			typ:       extract.Visit, who: "Kofi Mensah", where: "Lisbon", date: "2026-05-11/2026-05-13"},
		{name: "trap: the day of another flight",
			published: "2026-05-14",
			text:      "Kofi Mensah, Ghana's trade minister, landed in Lisbon on Monday.\n\nMensah catches a plane to Rabat on Thursday and will go back to Accra from there.",
			typ:       extract.Visit, who: "Kofi Mensah", where: "Lisbon", date: "2026-05-11"},
		{name: "trap: a host who leaves",
			published: "2026-05-14",
			text:      "Kofi Mensah, Ghana's trade minister, landed in Lisbon on Monday to see Rita Alves, Portugal's economy minister.\n\nAlves leaves for Brussels on Wednesday.",
			typ:       extract.Visit, who: "Kofi Mensah", where: "Lisbon", date: "2026-05-11"},
		{name: "leaving pronoun of the traveller's gender past another person",
			published: "2026-05-16",
			text:      "Anders Holm, Norway's fisheries minister, arrived in Santiago on Monday.\n\nOn Tuesday he toured a salmon farm with Carmen Rojas, Argentina's mining minister, who had flown in on Sunday.\n\nHe departs for Lima on Friday.",
			typ:       extract.Visit, who: "Anders Holm", where: "Santiago", date: "2026-05-11/2026-05-15"},
		{name: "trap: a pronoun of another person named between",
			published: "2026-05-16",
			text:      "Anders Holm, Norway's fisheries minister, arrived in Santiago on Monday.\n\nOn Tuesday he toured a salmon farm with Carmen Rojas, Argentina's mining minister, who had flown in on Sunday.\n\nShe departs for Lima on Friday.",
			typ:       extract.Visit, who: "Anders Holm", where: "Santiago", date: "2026-05-11"},
		{name: "trap: a named party leaving a coalition",
			published: "2026-05-16",
			text:      "Anders Holm, Norway's fisheries minister, arrived in Santiago on Monday.\n\nThe Centre party left the coalition on Friday over fishing quotas.",
			typ:       extract.Visit, who: "Anders Holm", where: "Santiago", date: "2026-05-11"},
		// the tagger reads "and returns" after a plural noun as a noun, and
		// an unknown town after "to" as an infinitive (tag_travel.go)
		{name: "going back told after a plural noun",
			published: "2026-05-13",
			text:      "Senator Imke Brandvold landed in Tromso on Tuesday, inspected salmon hatcheries and returns to Haugesund on Friday.",
			typ:       extract.Visit, who: "Imke Brandvold", where: "Tromso", date: "2026-05-12/2026-05-15"},
	})
}
