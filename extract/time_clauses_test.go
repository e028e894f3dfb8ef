package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDatesOfOtherClauses: a date set off from the trigger by a clause
// boundary dates another event (time_clauses.go): since-phrase,
// deadline-before, clause-before, agreed-infinitive, and a relative
// clause's date (aside, place.go); and the traps where
// the date is the event's. Every sentence is our own. Published
// 2026-05-20, a Wednesday.
func TestDatesOfOtherClauses(t *testing.T) {
	cases := []struct {
		name, text string
		typ, who   string
		date       string
	}{
		{name: "since-phrase: a since phrase's date is not the event's",
			text: "President Ana Soto and President Li Wei shook hands on Monday for the first time since a public row over tariffs last year, meeting for an hour in Quito.",
			typ:  extract.Meeting, who: "Li Wei", date: "2026-05-18"},
		{name: "deadline-before: a deadline of another verb before a clause word",
			text: "Energy ministers meeting in Oslo on Tuesday backed a plan to cut emissions by 2030, while Sweden and Norway signed an agreement to share a grid.",
			typ:  extract.Agreement, who: "Norway", date: "2026-05-19"},
		{name: "a relative clause's year before the trigger (aside, place.go)",
			text: "Health chief Amara Okafor, an epidemiologist who took office in 2025, last visited Congo in March, when she toured clinics.",
			typ:  extract.Visit, who: "Amara Okafor", date: "2026-03"},
		{name: "clause-before: a date before while is the other clause's",
			text: "The parliament passed the budget on Monday, while Trade Minister Ana Soto met President Li Wei in Lima on Tuesday.",
			typ:  extract.Meeting, who: "Li Wei", date: "2026-05-19"},
		{name: "agreed-infinitive: the infinitive's date is what was agreed",
			text: "President Ana Soto met President Li Wei in Lima on Monday. Diplomats said the two leaders agreed to instruct their ministers to meet in Quito in August.",
			typ:  extract.Agreement, who: "Li Wei", date: "2026-05-18"},
		// traps: the event's own date stays
		{name: "trap: a date before the infinitive is the agreeing's",
			text: "Ana Soto and Li Wei agreed on Tuesday to open a joint port in Quito next year.",
			typ:  extract.Agreement, who: "Li Wei", date: "2026-05-19"},
		{name: "trap: a date after since's clause, on the trigger's own verb",
			text: "Ana Soto, who has led the ministry since 2024, met Li Wei in Lima on Monday.",
			typ:  extract.Meeting, who: "Li Wei", date: "2026-05-18"},
		{name: "trap: a date right before the trigger is its own",
			text: "On Monday Ana Soto met Li Wei in Lima.",
			typ:  extract.Meeting, who: "Li Wei", date: "2026-05-18"},
		{name: "trap: a relative clause's date is kept when nothing else dates the event",
			text: "Ana Soto, who arrived in Lima on Monday, met Li Wei at the palace.",
			typ:  extract.Meeting, who: "Li Wei", date: "2026-05-18"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "otherclauses", "2026-05-20", c.text)
			found := 0
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) {
					continue
				}
				found++
				if ev.Date != c.date {
					t.Errorf("%s of %s dated %q, want %q; events: %s", c.typ, c.who, ev.Date, c.date, eventList(rec))
				}
			}
			if found == 0 {
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}
