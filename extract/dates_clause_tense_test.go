package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestWeekdayOwnClauseTense: a bare weekday takes the tense of its own
// clause: a date fronted after a semicolon or ", and" reads the verb after
// it, a present "be" before an infinitive is a plan, and a present
// schedule verb conjoined to a past predicate looks ahead; a past clause
// still takes the last such day. Every sentence is invented; published
// Wednesday 2026-05-13 unless a case says otherwise.
func TestWeekdayOwnClauseTense(t *testing.T) {
	cases := []struct{ name, text, day, want string }{
		{"a conjoined present travel verb after a past one",
			"The trade envoy landed in Accra on Monday and flies to Lomé on Tuesday.", "Tuesday", "2026-05-19"},
		{"a conjoined present of head",
			"Coach Dara Whelan watched the juniors train in Cork on Monday and heads to Galway on Thursday.", "Thursday", "2026-05-14"},
		{"a weekday fronted after a semicolon",
			"The choir rehearsed in Leeds on Monday; on Tuesday it travels to York.", "Tuesday", "2026-05-19"},
		{"a weekday fronted after a comma and a conjunction",
			"The inspector toured the dam on Monday, and on Tuesday she visits the water board in Kisumu.", "Tuesday", "2026-05-19"},
		{"is to plus a verb is a plan, a possessive weekday too",
			"Both coalition whips are to attend Monday's budget vote in the chamber.", "Monday", "2026-05-18"},
		{"is to plus a verb is a plan",
			"On Tuesday the two rectors are to sign an exchange charter in Padua.", "Tuesday", "2026-05-19"},
		{"a past clause after a semicolon",
			"The choir travels to York on Friday; on Tuesday it rehearsed in Leeds.", "Tuesday", "2026-05-12"},
		// traps
		{"trap: a published-day weekday in a plan stays today",
			"The two rectors are to sign an exchange charter in Padua on Wednesday.", "Wednesday", "2026-05-13"},
		{"trap: the past clause before the conjunction keeps its day",
			"The trade envoy landed in Accra on Monday and flies to Lomé on Tuesday.", "Monday", "2026-05-11"},
		{"trap: the day a plan was told, in reported speech",
			"Her aide told reporters on Monday that the envoy intended to fly to Lomé on Saturday.", "Monday", "2026-05-11"},
		{"trap: the plan told on a past day stays ahead",
			"Her aide told reporters on Monday that the envoy would fly to Lomé on Saturday.", "Saturday", "2026-05-16"},
		{"trap: a plural noun before of is no present verb",
			"Police questioned the driver and heads of Soweto's bus company on Monday about the crash.", "Monday", "2026-05-11"},
		{"trap: a plural noun with a verb of its own is no present verb",
			"The ferry operator said bookings and returns to Porto on Monday were the highest this spring.", "Monday", "2026-05-11"},
		{"trap: a plural noun after and is no present verb",
			"The retailer posted weaker sales and returns to shareholders on Tuesday.", "Tuesday", "2026-05-12"},
		{"trap: was to tells no plan",
			"The choir was to perform in York on Thursday, a day after its Leeds concert.", "Thursday", "2026-05-07"},
		{"trap: a saying's day fronted after a conjunction",
			"The inspector toured the dam on Monday, but on Tuesday her office said the tour would be cut short.", "Tuesday", "2026-05-12"},
		{"trap: a fronted weekday with no verb of its own",
			"The inspectors toured the dam on Monday, and again on Tuesday.", "Tuesday", "2026-05-12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "clausetense", "2026-05-13", c.text)
			got := dateValueOf(rec, c.day)
			if got != c.want {
				t.Errorf("%q in %q = %q, want %q; DATEs: %v", c.day, c.text, got, c.want, dateValues(rec))
			}
		})
	}
}

// TestHeadlineWeekdayPresent: a headline tells a past event in the present
// ("meets ... on Monday"); its weekday is no date of the body, and the
// body's past clause dates the event to the last such day. Invented.
func TestHeadlineWeekdayPresent(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := x.Extract(context.Background(), extract.Article{ID: "headline-weekday", Published: "2026-05-13", Form: "text",
		Headline: "Harbour chief meets Dutch envoy on Monday",
		Body:     "Harbour Board chair Ruth Okafor met the Dutch ambassador, Pieter Vos, in Lagos on Monday over stalled dredging contracts."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rec.Entities {
		if e.Type == "DATE" && e.Text == "Monday" && e.Value != "2026-05-11" {
			t.Errorf("Monday = %q, want 2026-05-11", e.Value)
		}
	}
	found := false
	for _, e := range rec.Events {
		if e.Type == extract.Meeting {
			found = true
			if e.Date != "2026-05-11" {
				t.Errorf("meeting dated %q, want 2026-05-11", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no meeting; events: %+v", rec.Events)
	}
}

// TestFrontedYear: a year fronted in a sentence ("In 2019, on 4 June")
// dates a day or month written there without a year (reading
// fronted-year); a year elsewhere in the sentence, a relative year, a
// saying's date and a date past a semicolon keep the published year's
// reading. Every sentence is invented; published 2026-05-13.
func TestFrontedYear(t *testing.T) {
	cases := []struct{ name, text, day, want string }{
		{"a fronted year set off by a comma", "In 2019, on 4 June, the port authorities of Mombasa and Dar es Salaam signed a pilotage accord.", "4 June", "2019-06-04"},
		{"a fronted year before the date's preposition", "In 2022 on October 9 the two leagues agreed a transfer window.", "October 9", "2022-10-09"},
		{"a fronted year before the subject", "In 2021 the two leagues met in Turin on June 3 and 4.", "June 3", "2021-06-03"},
		{"a modifier before the fronted year, a month", "In late 2023, in November, the ferry operators renewed their pact.", "November", "2023-11"},
		{"a fronted year and a range", "During 2020, from March 3 to 5, the inspectors visited the smelter.", "March 3 to 5", "2020-03-03/2020-03-05"},
		{"a year set off right before the date", "The two leagues first met in Turin in 2017, on 8 April, to draft the charter.", "8 April", "2017-04-08"},
		// traps
		{"trap: a year after the date", "The two leagues met in Turin on June 3, as they had in 2019.", "June 3", "2025-06-03"},
		{"trap: the saying's date", "In 2030 the levy will double, the treasurer said on May 4.", "May 4", "2026-05-04"},
		{"trap: past a semicolon", "In 2021, the leagues met in Turin; on May 2 they signed a new charter.", "May 2", "2026-05-02"},
		{"trap: a relative year wins", "In 2021, the leagues met in Turin, and on May 2 last year they signed a charter.", "May 2 last year", "2025-05-02"},
		{"trap: since bounds a stretch, holds no day", "Since 2018, tram ridership has tripled, and on August 3 the city opens a second line.", "August 3", "2026-08-03"},
		{"trap: by bounds a stretch, holds no day", "By 2031 the brewery intends to halve its water use, beginning on September 14 with a new filter.", "September 14", "2026-09-14"},
		{"trap: a coordinated future clause has its own time", "In 2024 the ferry line carried two million passengers, and it will add a night crossing on October 2.", "October 2", "2026-10-02"},
		{"trap: a future day in no year gone by", "In 2023, the mill said, its owners will reopen the kiln on 9 July.", "9 July", "2026-07-09"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "frontedyear", "2026-05-13", c.text)
			got := dateValueOf(rec, c.day)
			if got != c.want {
				t.Errorf("%q in %q = %q, want %q; DATEs: %v", c.day, c.text, got, c.want, dateValues(rec))
			}
		})
	}
}
