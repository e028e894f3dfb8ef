package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripDay: a visit of M days whose day is told as its Nth day runs
// from N-1 days before that day to M-N days after it (reading trip-day);
// an ordinal past the trip's length, or a day of something else told
// before the trip, keeps the day (every sentence invented).
func TestTripDay(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "the ordinal phrase fronted",
			published: "2026-03-14",
			text:      "On Tuesday, the second day of his four-day visit to Vietnam, Chile's mining minister Andres Roa toured a copper smelter near Hanoi.",
			typ:       extract.Visit, who: "Andres Roa", where: "Vietnam", date: "2026-03-09/2026-03-12"},
		{name: "the day after the main clause, a tour",
			published: "2026-05-12",
			text:      "Canada's trade minister Louise Gagnon opened a trade office in Bangkok on May 8, the fifth day of a six-day tour of Southeast Asia.",
			typ:       extract.Visit, who: "Louise Gagnon", date: "2026-05-04/2026-05-09"},
		{name: "trap: an ordinal past the trip's length",
			published: "2026-03-14",
			text:      "On Tuesday, the sixth day of his four-day visit to Vietnam, Chile's mining minister Andres Roa toured a copper smelter near Hanoi.",
			typ:       extract.Visit, who: "Andres Roa", where: "Vietnam", date: "2026-03-10"},
		{name: "trap: the day of a congress, the trip after it without a comma",
			published: "2026-03-14",
			text:      "On Tuesday, the second day of a mining congress during his four-day visit to Vietnam, Chile's mining minister Andres Roa toured a copper smelter near Hanoi.",
			typ:       extract.Visit, who: "Andres Roa", where: "Vietnam", date: "2026-03-10"},
		{name: "trap: the day of the negotiations on her tour",
			published: "2026-05-12",
			text:      "Canada's trade minister Louise Gagnon opened a trade office in Bangkok on May 8, the third day of negotiations on her six-day tour of Southeast Asia.",
			typ:       extract.Visit, who: "Louise Gagnon", date: "2026-05-08"},
	})
}
