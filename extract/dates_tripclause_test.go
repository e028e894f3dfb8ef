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
			text:      "Leila Bennani, Morocco's energy minister, and Jorge Vidal, Chile's mining minister, initialled the accord in Rabat on Wednesday, midway through Vidal's four-day visit to the North African kingdom that began on Monday.",
			typ:       extract.Visit, who: "Jorge Vidal", date: "2026-05-11/2026-05-14"},
		{name: "a trip that ended on a day",
			published: "2026-05-14",
			text:      "Rosa Quispe, Peru's farm minister, settled the rice deal in the course of a three-day trip to the Southeast Asian country that ended on Tuesday, officials in Hanoi said.",
			typ:       extract.Visit, who: "Rosa Quispe", date: "2026-05-10/2026-05-12"},
		{name: "trap: a relative clause with no start or end",
			published: "2026-05-14",
			text:      "Leila Bennani, Morocco's energy minister, and Jorge Vidal, Chile's mining minister, initialled the accord in Rabat on Wednesday, midway through Vidal's four-day visit to the North African kingdom that officials called overdue.",
			typ:       extract.Visit, who: "Jorge Vidal", date: "2026-05-13"},
	})
}
