package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestEventDateClauses: a date that belongs to another clause than the
// event's is not its date (time.go, otherClauseBetween), and the ones that
// do stay. Each case names one event by type and party and the date every
// such event must have ("" where none may be given). Published 2026-05-20,
// a Wednesday, unless said.
func TestEventDateClauses(t *testing.T) {
	cases := []struct {
		name, published, text string
		typ, who              string
		date                  string
	}{
		{name: "a relative clause on the verb's object is another event's",
			text: "LIMA, May 20, 2026 (Andes Wire) - Peru's parliament approved the trade budget on Tuesday. Trade Representative Mark Olsen and Peruvian Trade Minister Rosa Salcedo signed the accord at the presidential palace, capping negotiations that opened in February 2025.",
			typ:  extract.Agreement, who: "Rosa Salcedo", date: "2026-05-19"},
		{name: "a since clause is the start of a span, not the event",
			text: "Chilean Foreign Minister Ana Soto visited Lima on Monday. It was her first visit to the city since she joined the cabinet in March.",
			typ:  extract.Visit, who: "Ana Soto", date: "2026-05-18"},
		{name: "a relative clause closed by a comma gives the date back",
			text: "Mayor Ana Soto met Rosa Salcedo, who leads the farmers' union, on Monday.",
			typ:  extract.Meeting, who: "Rosa Salcedo", date: "2026-05-18"},
		{name: "a noun trigger's own relative clause dates it",
			text: "The budget was the main topic. A meeting between Ana Soto and Rosa Salcedo that had been set for Friday was pushed back to June 3.",
			typ:  extract.Meeting, who: "Rosa Salcedo", date: "2026-06-03"},
		{name: "a relative on the trigger itself dates it",
			text: "Peru and Chile reached a fishing deal, which was signed in Lima on Monday.",
			typ:  extract.Agreement, who: "Chile", date: "2026-05-18"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := c.published
			if pub == "" {
				pub = "2026-05-20"
			}
			rec := extractText(t, "dateclauses", pub, c.text)
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

// TestDatesAhead: a year-less date whose clause puts it ahead of the verb
// that governs it takes the year that is ahead or nearest (dates.go,
// tenseAt): the new date of a postponement, what is invited or offered, a
// plan the subject names; a plain past clause keeps the past year.
func TestDatesAhead(t *testing.T) {
	cases := []struct {
		name, published, text, want string
	}{
		{name: "postponed to a day", published: "2026-05-20",
			text: "The budget was the main topic. A meeting between Ana Soto and Rosa Salcedo was pushed back to June 3.", want: "2026-06-03"},
		{name: "rescheduled for a month", published: "2026-05-20",
			text: "The budget was the main topic. The signing was rescheduled for July, officials in Lima said.", want: "2026-07"},
		{name: "invited to visit in a month", published: "2026-08-14",
			text: "The budget was the main topic. Mayor Tom Reyes invited Rosa Salcedo to visit the new port in October.", want: "2026-10"},
		{name: "offered to host in a month", published: "2026-05-06",
			text: "The budget was the main topic. Kenya offered to host the talks in June.", want: "2026-06"},
		{name: "a subject's plan in a month, called off", published: "2026-05-06",
			text: "The budget was the main topic. A planned visit by Ana Soto to Lima in June was called off.", want: "2026-06"},
		{name: "a bare weekday after another plan's day weeks ahead stays in the coming week", published: "2026-10-14",
			text: "The two ministers would meet again in Quito on 12 November, Soto said. Soto will hold talks with President Li Wei in Lima on Thursday.", want: "2026-10-15"},
		{name: "a participle set off by commas tells no time", published: "2026-06-02",
			text: "The budget was the main topic. The Andean summit in Quito on July 2, chaired by President Li Wei, is expected to approve the plan.", want: "2026-07-02"},
		{name: "a past clause keeps the past", published: "2026-05-06",
			text: "The budget was the main topic. Ana Soto visited Lima in June, her office said.", want: "2025-06"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "datesahead", c.published, c.text)
			if findDate(rec, c.want) == nil {
				t.Errorf("text %q (published %q): no DATE with value %q; DATEs: %v", c.text, c.published, c.want, dateValues(rec))
			}
		})
	}
}
