package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripRelative: a visit noun of N days whose relative clause starts or
// ends it on a day runs the N days from or up to that day, whatever day
// the clause around it gives (reading trip-relative); with no cue in the
// relative clause the day stays; the relative clause's day wins over a
// start or end word near the trigger (every sentence invented).
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
		{name: "a start word before the trip and an end word in its relative clause",
			published: "2026-02-12",
			text:      "Tomas Lind, Sweden's health minister, began a four-day visit to Ghana on Monday that ended on Thursday with a vaccine accord.",
			typ:       extract.Visit, who: "Tomas Lind", date: "2026-02-09/2026-02-12"},
		{name: "trap: a start word with no relative clause",
			published: "2026-02-12",
			text:      "Tomas Lind, Sweden's health minister, began a four-day visit to Ghana on Monday with talks on vaccines.",
			typ:       extract.Visit, who: "Tomas Lind", date: "2026-02-09/2026-02-12"},
		{name: "trap: a relative clause with no start or end",
			published: "2026-05-14",
			text:      "Arno Kask, Estonia's defence minister, toured a frigate yard in Gdansk on Thursday, the fourth stop of a six-day tour of Poland and the Baltic states which Warsaw had sought for years.",
			typ:       extract.Visit, who: "Arno Kask", date: "2026-05-14"},
	})
}
