package extract

import "testing"

// TestClockTime: the clock times that stamp a live blog's entry.
func TestClockTime(t *testing.T) {
	for s, want := range map[string]bool{
		"09:40": true, "7:05": true, "18.10": true, "23:59": true, "0:00": true,
		"24:00": false, "12:60": false, "9:5": false, "123:45": false, "1.5": false,
		"10": false, "ab:cd": false, "2026": false, "09.40": true,
		"3.45": false, "1.10": false, // a point after one digit numbers a paragraph ("1.10 The parties ...")
	} {
		if got := clockTime(s); got != want {
			t.Errorf("clockTime(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLiveEntry: reading live-entry dates what an entry of a live blog or
// a day-by-day round-up tells with no date of its own by the day heading
// above it, else under a time stamp by the published day; a single date
// line, a plan and an entry's own date are left to the other readings.
// Every sentence is invented.
func TestLiveEntry(t *testing.T) {
	cases := []struct {
		name, published, text, typ, who, date string
	}{
		{"two headings, latest first: the lower entry is the earlier day", "2026-12-04T20:00:00Z",
			"The main stories since Monday, newest at the top.\n\nFriday, Dec 4\n18:10 - Kenyan President Ruth Wanjiru has arrived in Kampala for talks.\n\nWednesday, Dec 2\n09:20 - Ghana and Togo have signed an agreement on border trade in Lome.",
			Agreement, "Togo", "2026-12-02"},
		{"the upper entry is the heading's day too", "2026-12-04T20:00:00Z",
			"The main stories since Monday, newest at the top.\n\nFriday, Dec 4\n18:10 - Kenyan President Ruth Wanjiru has arrived in Kampala for talks.\n\nWednesday, Dec 2\n09:20 - Ghana and Togo have signed an agreement on border trade in Lome.",
			Visit, "Ruth Wanjiru", "2026-12-04"},
		{"headings without time stamps", "2026-09-15T17:00:00Z",
			"Live coverage of the river talks.\n\nMonday 14 September\n\nCroatian Transport Minister Ana Kovač has welcomed Serbian Transport Minister Luka Ilić in Vukovar.\n\nTuesday 15 September\n\nKovač and Ilić have signed a protocol on dredging.",
			Agreement, "Luka Ilić", "2026-09-15"},
		{"time stamps alone: the published day", "2026-06-04T17:30:00+03:00",
			"09:12 Updates from the energy summit follow below.\n\n09:40 Finnish Prime Minister Eero Laine has arrived in Tallinn. He was greeted at the airport by officials.\n\n13:02 Laine and Estonian Prime Minister Liis Tamm have signed a memorandum on the cable at Stenbock House.",
			Agreement, "Liis Tamm", "2026-06-04"},
		{"an entry's second sentence is the entry's", "2026-06-04T17:30:00+03:00",
			"09:40 Finnish Prime Minister Eero Laine has arrived in Tallinn.\n\n10:05 Laine is now meeting Estonian Prime Minister Liis Tamm at Stenbock House. The two leaders have agreed to share the cost of the cable.",
			Agreement, "Liis Tamm", "2026-06-04"},
		{"headings of weekday and day, published days later", "2026-10-21T09:00:00Z",
			"Day-by-day log of the ceasefire talks.\n\nTuesday 13 October\n\nThe Sudanese delegation has landed in Geneva.\n\nWednesday 14 October\n\nEnvoy Amina Bello has met Sudanese army chief Osman Idris behind closed doors.",
			Meeting, "Osman Idris", "2026-10-14"},
		// traps
		{"trap: a stamped entry dates its own paragraph only", "2026-06-04T17:30:00+03:00",
			"09:40 Finnish Prime Minister Eero Laine has arrived in Tallinn.\n\nBackground: Laine has met Estonian Prime Minister Liis Tamm four times since taking office.",
			Meeting, "Liis Tamm", ""},
		{"trap: a numbered paragraph is no time stamp (published in the morning: the day before, reading published-morning, not the stamp's published day)", "2026-06-04T09:30:00+03:00",
			"1.10 The parties have agreed to meet monthly.\n\n1.11 Finnish Prime Minister Eero Laine has met Estonian Prime Minister Liis Tamm to review the cable project.",
			Meeting, "Liis Tamm", "2026-06-03"},
		{"trap: an entry's own date wins", "2026-12-04T20:00:00Z",
			"Round-up, latest first.\n\nFriday, Dec 4\n18:10 - Kenyan President Ruth Wanjiru has arrived in Kampala. She is due to hold talks with Ugandan President Moses Okello on Saturday.\n\nThursday, Dec 3\n16:45 - Nothing of note.",
			Meeting, "Moses Okello", "2026-12-05"},
		{"trap: one date line is the page's, not a heading", "2026-11-20T08:00:00Z",
			"WORLD IN BRIEF\nFriday, November 20, 2026\n\nNAIROBI - Kenya's interior minister, Daniel Kamau, met his Ugandan counterpart, Ruth Nabirye, at the Busia border post on Thursday. The two sides agreed to set up a joint patrol.",
			Agreement, "Ruth Nabirye", "2026-11-19"},
		{"trap: a number that looks like a time opens no entry", "2026-06-04T17:30:00+03:00",
			"Finnish Prime Minister Eero Laine met Estonian Prime Minister Liis Tamm in Tallinn on Tuesday.\n\n3.45 million households lost power in the storm.\n\nThe two leaders agreed to share the cost of the cable.",
			Agreement, "Liis Tamm", "2026-06-02"},
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(t.Context(), Article{ID: "live", Published: c.published, Body: c.text})
			if err != nil {
				t.Fatal(err)
			}
			wantEventDate(t, rec, c.typ, c.who, c.date, c.text)
		})
	}
}
