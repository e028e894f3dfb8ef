package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// eventDateCase: an event of type typ with party who must be dated date
// (every sentence invented; traps are cases where the old reading was
// right and must stay).
type eventDateCase struct {
	name, published, text string
	typ, who              string
	date                  string
	where                 string // when set, only the event at this place
}

func checkEventDates(t *testing.T, cases []eventDateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "datereadings", c.published, c.text)
			found := false
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) || c.where != "" && ev.Location != c.where {
					continue
				}
				found = true
				if ev.Date != c.date {
					t.Errorf("%s of %s dated %q, want %q; events: %s", c.typ, c.who, ev.Date, c.date, eventList(rec))
				}
			}
			if !found {
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}

// TestWeekdayAnchor: a bare weekday resolves against the published date
// unless a reading of dates_weekday.go anchors it on a day the story named
// (published Wednesday 2026-05-27 unless said).
func TestWeekdayAnchor(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "a bare weekday after a bare date in another sentence is this week's",
			published: "2026-05-27",
			text:      "The lease is expected to be signed at a ceremony in Dodoma on June 3.\n\nEnergy Minister Neema Kisanga will visit Mtwara on Friday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-05-29"},
		{name: "trap schedule-same-sentence: a weekday after a later day of the same sentence",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga will arrive in Dodoma on June 3 and will visit Mtwara on Friday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-06-05", where: "Mtwara"},
		{name: "trap schedule-named-week: the day before was written with its weekday",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga will open the Dodoma fair on Wednesday, June 3. She will visit Mtwara on Friday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-06-05"},
		{name: "weekday-article: the Friday of the week the story tells",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga arrived in Dodoma on May 4. On the Friday she visited Mtwara.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-05-08", where: "Mtwara"},
		{name: "a past weekday after an older date in another sentence is last week's",
			published: "2026-05-27",
			text:      "The plant was shut on May 2 after a compressor failure. Energy Minister Neema Kisanga visited Mtwara on Monday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-05-25"},
	})
}
