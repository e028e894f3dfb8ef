package extract_test

import "testing"

// TestPastWeekdayOrder: past weekdays joined by "and" in one sentence come
// in the order they happened, so a weekday that names the published day
// before a later weekday behind it is last week's (reading
// past-weekday-order); a temporal word between them, a plan, or a
// weekday alone keeps the published date's reading. Every sentence is
// invented.
func TestPastWeekdayOrder(t *testing.T) {
	checkDayValues(t, "weekdayorder", []dayCase{
		{"met on Thursday and on Saturday, told on a Thursday", "2026-11-19",
			"The envoy wound up her tour, having met Foreign Minister Jean Habimana in Kigali on Thursday and Foreign Minister Therese Mbuyi in Kinshasa on Saturday.", "Thursday", "2026-11-12"},
		{"had met on Tuesday and on Thursday, told on a Tuesday", "2026-07-21",
			"By then Osei-Bonsu had met Peter Kiprono in Nairobi on Tuesday and Grace Namukasa in Kampala on Thursday, her ministry said.", "Tuesday", "2026-07-14"},
		// traps
		{"trap: a main finite past clause tells today's news first", "2026-07-21",
			"Osei-Bonsu met Peter Kiprono in Nairobi on Tuesday and Grace Namukasa in Kampala on Thursday, her ministry said.", "Tuesday", "2026-07-21"},
		{"trap: a lead with today's meeting before an earlier one", "2025-05-15",
			"The African Union mediator Lena Osei held talks with President Samuel Tembo in Lusaka on Thursday and Prime Minister Joao Sitoe in Maputo on Monday, her spokesman said.", "Thursday", "2025-05-15"},
		{"trap: after tells the order", "2026-09-24",
			"The deal was struck early on Thursday after the two ministers spent most of Wednesday night negotiating.", "Thursday", "2026-09-24"},
		{"trap: the later day is a plan", "2026-07-21",
			"Osei-Bonsu met Peter Kiprono in Nairobi on Tuesday, and will see Grace Namukasa in Kampala on Thursday.", "Tuesday", "2026-07-21"},
		{"trap: possessive weekdays modify a noun", "2026-01-12",
			"Organisers postponed Monday night's recital at the town hall, and Tuesday's matinee went ahead.", "Monday", "2026-01-12"},
		{"trap: the published day alone stays", "2026-07-21",
			"Osei-Bonsu met Peter Kiprono in Nairobi on Tuesday.", "Tuesday", "2026-07-21"},
	})
}
