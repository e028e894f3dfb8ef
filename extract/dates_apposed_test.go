package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFinerApposed: a coarse date set off by a comma from a finer one
// inside it names one time twice, and the finer dates the event (reading
// finer-apposed); two times that do not nest keep the nearer (every
// sentence invented).
func TestFinerApposed(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "a year, then its month",
			published: "2026-11-03",
			text:      "Ana Ruiz, Chile's foreign minister, and Karl Obst, Austria's foreign minister, held a video call in 2026, in June.",
			typ:       extract.Meeting, who: "Karl Obst", date: "2026-06"},
		{name: "a month, then a day of it",
			published: "2026-11-03",
			text:      "Kenyan Energy Minister Otieno Waweru toured Reykjavik last month, on October 14, to study geothermal wells.",
			typ:       extract.Visit, who: "Otieno Waweru", date: "2026-10-14"},
		{name: "trap: two times that do not nest keep the nearer",
			published: "2026-11-03",
			text:      "Kenyan Energy Minister Otieno Waweru first visited Reykjavik in 2024, in May 2023 according to some accounts.",
			typ:       extract.Visit, who: "Otieno Waweru", date: "2024"},
	})
}
