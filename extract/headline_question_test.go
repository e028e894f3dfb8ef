package extract

import (
	"strings"
	"testing"
)

// TestHeadlineQuestion: which first lines ending in "?" or "!" are headlines.
func TestHeadlineQuestion(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Will Arming Tarvania’s ‘Unity’ Cabinet Calm the Border?", true},
		{"Can Farmers Hold On in Dry Valleys?", true},
		{"Ports Reopen at Last!", true},
		{"What will the new tariff mean for grain farmers?", false}, // a sentence: verbs in lower case
		{"Is Lima Ready?", false},                                   // too few long words to tell
		{"Talks on the Border Resume Today", false},                 // no question or cry: other rules
		{"", false},
	}
	for _, c := range cases {
		if got := headlineQuestion(c.line); got != c.want {
			t.Errorf("headlineQuestion(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestFindHeaderQuestionHeadline: a title-case question on the first line
// is the header; the story starts below it.
func TestFindHeaderQuestionHeadline(t *testing.T) {
	text := "Will the Grain Corridor Survive Another Hard Winter?\nODESA — Ships kept moving on Monday.\n"
	body, dl0, _, _ := findHeader(text)
	if want := len("Will the Grain Corridor Survive Another Hard Winter?\n"); body != want || dl0 != want {
		t.Errorf("findHeader: body at %d, dateline at %d; want both at %d", body, dl0, want)
	}
	text = "Will the grain corridor survive the winter, traders asked on Monday?\nShips kept moving.\n"
	if body, _, _, _ := findHeader(text); body != 0 {
		t.Errorf("a question sentence: body at %d, want 0", body)
	}
}

// TestFindHeaderISODateline: a dateline written with an ISO date ("LONDON
// 1996-08-30") is the dateline, also below a headline or a byline (which
// stay in the story: body from the top); a capitals line with a story
// after its dash stays a dateline.
func TestFindHeaderISODateline(t *testing.T) {
	cases := []struct {
		name, text, dateline string
		body                 int
	}{
		{"iso alone", "HARARE 2026-02-25\n\nZambian ministers met on Monday.\n", "HARARE 2026-02-25", 0},
		{"under a headline and a byline", "Western Cup results .\nMara Quint\nOAKDALE 2026-05-30\nResults of matches played on Saturday :\n", "OAKDALE 2026-05-30", 0},
		{"place and region, spaced comma", "ASHFORD , Kent 2026-05-30\nAshford beat Kelbury on Saturday.\n", "ASHFORD , Kent 2026-05-30", 0},
		{"mixed case place", "Port Louis 2026-07-01\nMauritian officials met on Tuesday.\n", "Port Louis 2026-07-01", 0},
		{"caps dateline with story", "GENEVA — Swiss and Iranian diplomats met on Tuesday.\n", "GENEVA —", 0},
		{"a sentence with a date is no dateline", "The Oakdale 2026-05-30 figures were revised on Monday after complaints from farmers in the valley.\n", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body, dl0, dl1, _ := findHeader(c.text)
			if body != c.body {
				t.Errorf("findHeader(%q): body at %d, want %d", c.text, body, c.body)
			}
			got := ""
			if dl0 >= 0 {
				got = strings.TrimSpace(c.text[dl0:dl1])
			}
			if got != c.dateline {
				t.Errorf("findHeader(%q): dateline %q, want %q", c.text, got, c.dateline)
			}
		})
	}
}

// TestFindHeaderPlaceDatelines: the two datelines a capitalized word could
// fake are read only when their name is a known place: "KUWAIT CITY: ..."
// and a place alone on its line in capitals above the story; "BREAKING:"
// and "PRESS STATEMENT" are no datelines, and without a gazetteer neither
// form is read.
func TestFindHeaderPlaceDatelines(t *testing.T) {
	known := map[string]bool{"kuwait city": true, "new delhi": true, "chennai": true, "doha": true}
	isPlace := func(name string) bool { return known[strings.ToLower(name)] }
	cases := []struct {
		name, text, dateline string
		gazetteer            bool
	}{
		{"colon after a city", "KUWAIT CITY: The Crown Prince received the envoy on Sunday.\n", "KUWAIT CITY:", true},
		{"colon after a city and its country", "DOHA, Qatar: Ministers met on Sunday.\n", "DOHA, Qatar:", true},
		{"a place alone on its line under a headline", "Minister meets chief minister\nNEW DELHI\n\nThe chief minister met the minister here on Tuesday.\n", "NEW DELHI", true},
		{"trap: a capitalized label before a colon", "BREAKING: Talks collapse in the capital\n", "", true},
		{"trap: a capitalized label alone on its line", "PRESS STATEMENT\n\nThe Cabinet Secretary will lead a delegation.\n", "", true},
		{"trap: no gazetteer, no colon dateline", "CHENNAI: The State government signed an agreement.\n", "", false},
		{"the dash form needs no gazetteer", "CHENNAI — The State government signed an agreement.\n", "CHENNAI —", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f func(string) bool
			if c.gazetteer {
				f = isPlace
			}
			_, dl0, dl1, _ := findHeaderPlaces(c.text, f)
			got := ""
			if dl0 >= 0 {
				got = strings.TrimSpace(c.text[dl0:dl1])
			}
			if got != c.dateline {
				t.Errorf("findHeaderPlaces(%q): dateline %q, want %q", c.text, got, c.dateline)
			}
		})
	}
}
