package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripRelative: a visit noun of N days whose relative clause starts or
// ends it on a day runs the N days from or up to that day, whatever day
// the clause around it gives (reading trip-relative); with no cue in the
// relative clause the day stays (every sentence invented).
func TestTripRelative(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "a trip that began on a day",
			published: "2026-05-14",
			text:      "The accord was signed on Wednesday in Rabat by Morocco's energy minister, Leila Bennani, and Chile's mining minister, Jorge Vidal, who is on a four-day visit to the North African kingdom that began on Monday.",
			typ:       extract.Visit, who: "Jorge Vidal", date: "2026-05-11/2026-05-14"},
		{name: "a trip that ended on a day",
			published: "2026-05-14",
			text:      "Officials in Hanoi said the rice deal had been settled with Peru's farm minister, Rosa Quispe, during a three-day visit to the Southeast Asian country that ended on Tuesday.",
			typ:       extract.Visit, who: "Rosa Quispe", date: "2026-05-10/2026-05-12"},
		{name: "trap: a relative clause with no start or end",
			published: "2026-05-14",
			text:      "The accord was signed on Wednesday in Rabat by Morocco's energy minister, Leila Bennani, and Chile's mining minister, Jorge Vidal, who is on a four-day visit to the North African kingdom that officials called overdue.",
			typ:       extract.Visit, who: "Jorge Vidal", date: "2026-05-13"},
	})
}
