package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestReportBefore: a day after a reporting verb and its short object is
// the saying's (reading said-to-object): behind the published day, and no
// date of a plan the saying tells; an event noun between keeps the day
// its own (every sentence invented).
func TestReportBefore(t *testing.T) {
	checkDateCases(t, "reported", "2026-05-14", []dateCase{
		{name: "told an audience on a weekday", text: "Clara Nunes, Brazil's foreign minister, told journalists on Tuesday she will fly to Geneva.", want: "2026-05-12", notWant: []string{"2026-05-19"}},
		{name: "said in a statement on a weekday", text: "The port operator said in a filing on Monday it will hire 200 dockers.", want: "2026-05-11", notWant: []string{"2026-05-18"}},
		{name: "told a news conference on a weekday", text: "Kenya's finance minister, Otieno Waweru, told a news conference on Tuesday that the levy would rise in July.", want: "2026-05-12", notWant: []string{"2026-05-19"}},
		{name: "trap: an event noun between", text: "The mayor said the summit on Monday would decide the budget.", want: "2026-05-18"},
	})
	checkEventDates(t, []eventDateCase{
		{name: "trap: an undated plan takes no day of the telling",
			published: "2026-05-14",
			text:      "Clara Nunes, Brazil's foreign minister, told journalists on Tuesday she would sit down with Arjun Rao, India's external affairs minister, in Geneva.",
			typ:       extract.Meeting, who: "Arjun Rao", date: ""},
	})
}
