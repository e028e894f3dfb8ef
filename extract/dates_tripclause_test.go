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
		{name: "a tour that kicked off on a day",
			published: "2026-05-14",
			text:      "Arno Kask, Estonia's defence minister, toured a frigate yard in Gdansk on Thursday, the fourth stop of a six-day tour of Poland and the Baltic states which kicked off on Monday.",
			typ:       extract.Visit, who: "Arno Kask", date: "2026-05-11/2026-05-16"},
		{name: "a tour that wrapped up on a day",
			published: "2026-05-17",
			text:      "Hana Novak, Slovenia's culture minister, opened a photo exhibition in Osaka on Friday, on a five-day tour of Japan and the Korean peninsula which wrapped up on Saturday.",
			typ:       extract.Visit, who: "Hana Novak", date: "2026-05-12/2026-05-16"},
		{name: "trap: a relative clause with no start or end",
			published: "2026-05-14",
			text:      "Arno Kask, Estonia's defence minister, toured a frigate yard in Gdansk on Thursday, the fourth stop of a six-day tour of Poland and the Baltic states which Warsaw had sought for years.",
			typ:       extract.Visit, who: "Arno Kask", date: "2026-05-14"},
	})
}
