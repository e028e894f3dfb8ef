package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripDay: a visit of M days whose day is told as its Nth day runs
// from N-1 days before that day to M-N days after it (reading trip-day);
// an ordinal past the trip's length, or a day of something else, keeps the
// day (every sentence invented).
func TestTripDay(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "the third day of a five-day visit",
			published: "2026-05-22",
			text:      "Samoa's prime minister, Tavita Leaupepe, opened a fisheries research station on Thursday, the third day of a five-day official visit to New Zealand.",
			typ:       extract.Visit, who: "Tavita Leaupepe", date: "2026-05-19/2026-05-23"},
		{name: "the first day of a trip told with a possessive",
			published: "2026-02-03",
			text:      "Marta Lindqvist, Sweden's trade minister, opened a battery research centre with Korean partners in Seoul on February 2, the first day of her three-day visit to South Korea.",
			typ:       extract.Visit, who: "Marta Lindqvist", date: "2026-02-02/2026-02-04"},
		{name: "trap: an ordinal past the trip's length",
			published: "2026-05-22",
			text:      "Samoa's prime minister, Tavita Leaupepe, opened a fisheries research station on Thursday, the seventh day of a five-day official visit to New Zealand.",
			typ:       extract.Visit, who: "Tavita Leaupepe", date: "2026-05-21"},
		{name: "trap: the day of a fair, not of the trip",
			published: "2026-05-22",
			text:      "Samoa's prime minister, Tavita Leaupepe, opened a fisheries research station on Thursday, the third day of a trade fair, during a five-day official visit to New Zealand.",
			typ:       extract.Visit, who: "Tavita Leaupepe", date: "2026-05-21"},
	})
}
