package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDayPair: an event dated by one of two consecutive days written as a
// pair took both days (reading day-pair); two days apart, or a pair that
// is not joined by "and", leave the day as it was (every sentence
// invented).
func TestDayPair(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "month first, future talks",
			published: "2026-02-20",
			text:      "Ghana's finance minister, Kofi Mensah, will hold talks with Brazil's trade minister, Marta Lins, in Brasilia on March 2 and 3, his ministry said.",
			typ:       extract.Meeting, who: "Marta Lins", date: "2026-03-02/2026-03-03"},
		{name: "day first, past meeting",
			published: "2026-10-20",
			text:      "Norway's fisheries minister, Ingrid Berg, met Chile's economy minister, Pablo Rojas, in Oslo on 12 and 13 October to discuss salmon quotas.",
			typ:       extract.Meeting, who: "Pablo Rojas", date: "2026-10-12/2026-10-13"},
		{name: "a visit on two days",
			published: "2026-05-25",
			text:      "Portugal's prime minister, Rui Falcão, will visit Angola on June 8 and 9 at the invitation of President Joana Neto.",
			typ:       extract.Visit, who: "Rui Falcão", date: "2026-06-08/2026-06-09"},
		{name: "trap: two days apart are two occasions",
			published: "2026-02-20",
			text:      "Ghana's finance minister, Kofi Mensah, will hold talks with Brazil's trade minister, Marta Lins, in Brasilia on March 2 and 9, his ministry said.",
			typ:       extract.Meeting, who: "Marta Lins", date: "2026-03-02"},
		{name: "trap: a day of its own beside another clause's pair",
			published: "2026-10-20",
			text:      "The accord was signed on 12 October in Oslo by Norway's fisheries minister, Ingrid Berg, and Chile's economy minister, Pablo Rojas, who led a trade mission to Norway on 12 and 13 October.",
			typ:       extract.Agreement, who: "Pablo Rojas", date: "2026-10-12"},
		{name: "trap: a single day stays a day",
			published: "2026-02-20",
			text:      "Ghana's finance minister, Kofi Mensah, will hold talks with Brazil's trade minister, Marta Lins, in Brasilia on March 3, his ministry said.",
			typ:       extract.Meeting, who: "Marta Lins", date: "2026-03-03"},
		{name: "trap: a number after the day starts another phrase",
			published: "2026-02-20",
			text:      "Ghana's finance minister, Kofi Mensah, met Brazil's trade minister, Marta Lins, in Brasilia on February 12 and 13 delegates from both sides joined them.",
			typ:       extract.Meeting, who: "Marta Lins", date: "2026-02-12"},
	})
}

// TestDayPairEntities: "on 12 and 13 October" names two DATE entities,
// as "on October 12 and 13" does, and "on 12 and 19 October" too; "between
// 12 and 13 October" stays a range, and a bare number before "and" with no
// preposition before it is no day.
func TestDayPairEntities(t *testing.T) {
	checkDateCases(t, "daypair", "2026-10-20", []dateCase{
		{name: "day first pair, the first", text: "Farmers in Punjab blocked roads on 12 and 13 October.", want: "2026-10-12", notWant: []string{"2026-10-12/2026-10-13"}},
		{name: "day first pair, the second", text: "Farmers in Punjab blocked roads on 12 and 13 October.", want: "2026-10-13"},
		{name: "day first pair with a year", text: "Farmers in Punjab blocked roads on 12 and 13 October 2025.", want: "2025-10-12"},
		{name: "two days apart, the first", text: "Farmers in Punjab blocked roads on 12 and 19 October.", want: "2026-10-12"},
		{name: "trap: between two days is a range", text: "Farmers in Punjab blocked roads between 12 and 13 October.", want: "2026-10-12/2026-10-13", notWant: []string{"2026-10-12"}},
		{name: "month first pair before a preposition", text: "Farmers in Punjab blocked roads on October 12 and 13 in protest.", want: "2026-10-13"},
		{name: "trap: a count after a pair's day is no day", text: "Farmers in Punjab blocked roads on October 12 and 13 of them were held.", want: "2026-10-12", notWant: []string{"2026-10-13"}},
		{name: "trap: a count before a day is no day", text: "Farmers in Punjab counted 12 and 13 October was the worst day.", want: "2026-10-13", notWant: []string{"2026-10-12"}},
	})
}

// TestDaysOf: a meeting noun after "for N days of" dated by a day runs N
// days from it, and a travel verb with that phrase is a trip of N days
// (reading days-of; arrival-for-trip); "after N days of talks" ends on
// its day (reading days-end, TestDaysEnd) (every sentence invented).
func TestDaysOf(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "meetings for two days from the travel day",
			published: "2026-04-01",
			text:      "Chile's chief trade negotiator, Tomás Rivas, will fly to Wellington on April 7 for two days of talks with New Zealand's trade minister, Grace Ngata.",
			typ:       extract.Meeting, who: "Grace Ngata", date: "2026-04-07/2026-04-08"},
		{name: "the trip of those days",
			published: "2026-04-09",
			text:      "Ecuador's mining minister, Lucía Paredes, arrived in Ottawa on Tuesday for three days of talks with Canadian officials.",
			typ:       extract.Visit, who: "Lucía Paredes", date: "2026-04-07/2026-04-09"},
		{name: "talks that ended on the day end there (reading days-end)",
			published: "2026-04-10",
			text:      "Ecuador's mining minister, Lucía Paredes, left Ottawa on April 8 after two days of talks with Canada's natural resources minister, Owen Tremblay.",
			typ:       extract.Meeting, who: "Owen Tremblay", date: "2026-04-07/2026-04-08"},
		{name: "trap: meetings with no length keep the day",
			published: "2026-04-01",
			text:      "Ecuador's mining minister, Lucía Paredes, travels to Ottawa on April 7 for meetings with Canada's natural resources minister, Owen Tremblay.",
			typ:       extract.Meeting, who: "Owen Tremblay", date: "2026-04-07"},
	})
}

// TestDaysEnd: a meeting noun after "N days of" that "after", "following"
// or an end cue governs ends on its day (reading days-end); with no word
// of ending, or "after" with another verb's date, the day stays (every
// sentence invented).
func TestDaysEnd(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "a deal after days of talks",
			published: "2026-11-03",
			text:      "Peruvian Foreign Minister Luis Soto and Chilean Foreign Minister Ana Ruiz signed a fisheries accord in Arica late on Saturday after four days of talks.",
			typ:       extract.Meeting, who: "Luis Soto", date: "2026-10-28/2026-10-31"},
		{name: "an end verb with its own day",
			published: "2026-11-03",
			text:      "A ceremony in Bergen on Monday concluded two days of talks on salmon tariffs between Swedish Trade Minister Eva Lind and Norwegian Trade Minister Ola Berg.",
			typ:       extract.Meeting, who: "Ola Berg", date: "2026-11-01/2026-11-02"},
		{name: "trap: no word of ending keeps the day",
			published: "2026-11-03",
			text:      "Peruvian Foreign Minister Luis Soto and Chilean Foreign Minister Ana Ruiz began three days of talks at the port authority in Arica on Sunday.",
			typ:       extract.Meeting, who: "Luis Soto", date: "2026-11-01"},
		{name: "trap: after, with another verb's day",
			published: "2026-11-03",
			text:      "The breakthrough followed two days of negotiations between Chile's Ana Ruiz and Peru's Luis Soto, who flew into Arica on Sunday.",
			typ:       extract.Meeting, who: "Luis Soto", date: "2026-11-01"},
	})
}
