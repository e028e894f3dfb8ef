package extract

import "testing"

// TestWeekBounds: a TIMEX3 week or weekend value and the days it covers
// (ISO 8601 weeks: week 1 holds the 4th of January).
func TestWeekBounds(t *testing.T) {
	cases := []struct {
		value, lo, hi, date string
		ok                  bool
	}{
		{"2026-W44", "2026-10-26", "2026-11-01", "2026-W44", true},
		{"2026-W44-WE", "2026-10-31", "2026-11-01", "2026-10-31/2026-11-01", true},
		{"2026-W01", "2025-12-29", "2026-01-04", "2026-W01", true}, // week 1 begins in December
		{"2026-W53", "2026-12-28", "2027-01-03", "2026-W53", true}, // 2026 has 53 weeks
		{"2025-W53", "", "", "", false},                            // 2025 has 52
		{"2026-W00", "", "", "", false},
		{"2026-SU", "", "", "", false}, // a season is no week
		{"2026-10", "", "", "", false},
		{"2026-W4", "", "", "", false},
	}
	for _, c := range cases {
		lo, hi, ok := weekBounds(c.value)
		if ok != c.ok || ok && (lo.Format("2006-01-02") != c.lo || hi.Format("2006-01-02") != c.hi) {
			t.Errorf("weekBounds(%q) = %v %v %v, want %s %s %v", c.value, lo, hi, ok, c.lo, c.hi, c.ok)
		}
		if got := weekDate(c.value); got != c.date {
			t.Errorf("weekDate(%q) = %q, want %q", c.value, got, c.date)
		}
		if c.ok {
			// merge.go reads the same value
			if dlo, dhi, dok := dateBounds(c.value); !dok || dlo != lo || dhi != hi {
				t.Errorf("dateBounds(%q) = %v %v %v, want the week's bounds", c.value, dlo, dhi, dok)
			}
		}
	}
}

// TestOwnWeek: reading own-week dates an event by a week or weekend its
// own clause names, as TIMEX3 values it; a season, "the coming weeks", a
// saying's week and a week across a clause boundary give the event no
// such date. Every sentence is invented; published Thursday 2026-10-22
// (ISO week 43).
func TestOwnWeek(t *testing.T) {
	cases := []struct {
		name, text, typ, who, date string
	}{
		{"a plan next week", "Tanzanian Trade Minister Amani Mrisho will sign a port agreement with Kenyan Transport Minister Joseph Otieno next week.",
			Agreement, "Joseph Otieno", "2026-W44"},
		{"talks last week", "Amani Mrisho held talks with Joseph Otieno in Mombasa last week on cargo fees.",
			Meeting, "Joseph Otieno", "2026-W42"},
		{"a week after the place and before the venue", "Amani Mrisho will meet Joseph Otieno, the Kenyan transport minister, in Nairobi next week at a regional forum.",
			Meeting, "Joseph Otieno", "2026-W44"},
		{"a week before the trigger", "Last week Amani Mrisho flew to Kampala for talks on the railway.",
			Visit, "Amani Mrisho", "2026-W42"},
		{"this week for a stay", "Amani Mrisho is in Kigali this week for talks on transit fees.",
			Visit, "Amani Mrisho", "2026-W43"},
		{"a past weekend is its two days", "Amani Mrisho met Joseph Otieno at the weekend to discuss cargo fees, officials said on Monday.",
			Meeting, "Joseph Otieno", "2026-10-17/2026-10-18"},
		// traps
		{"trap: a season dates no event", "Amani Mrisho met Joseph Otieno in Mombasa this summer.",
			Meeting, "Joseph Otieno", ""},
		{"trap: the coming weeks have no value", "Amani Mrisho and Joseph Otieno are expected to sign a port agreement in the coming weeks.",
			Agreement, "Joseph Otieno", ""},
		{"trap: the saying's week is not the meeting's", "Amani Mrisho met Joseph Otieno in Mombasa on Tuesday, officials said this week.",
			Meeting, "Joseph Otieno", "2026-10-20"},
		{"trap: a week across a clause word belongs to the other clause", "Amani Mrisho met Joseph Otieno in Mombasa on Monday, while Kenyan officials will visit Dodoma next week.",
			Meeting, "Joseph Otieno", "2026-10-19"},
		{"trap: a day of its own beats a week in the sentence", "Amani Mrisho, who was in Kampala last week, met Joseph Otieno in Mombasa on Tuesday.",
			Meeting, "Joseph Otieno", "2026-10-20"},
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(t.Context(), Article{ID: "ownweek", Published: "2026-10-22T10:00:00Z", Body: c.text})
			if err != nil {
				t.Fatal(err)
			}
			wantEventDate(t, rec, c.typ, c.who, c.date, c.text)
		})
	}
}

// wantEventDate: rec has an event of type typ with a participant named
// who, and every such event is dated date (text names the case).
func wantEventDate(t *testing.T, rec *Record, typ, who, date, text string) {
	t.Helper()
	found := false
	for _, ev := range rec.Events {
		if ev.Type != typ || !namedIn(ev, who) {
			continue
		}
		found = true
		if ev.Date != date {
			t.Errorf("%s of %s dated %q, want %q (%q)", typ, who, ev.Date, date, text)
		}
	}
	if !found {
		t.Errorf("no %s of %s in %q: %+v", typ, who, text, rec.Events)
	}
}

// namedIn: a participant of ev is named who.
func namedIn(ev Event, who string) bool {
	for _, p := range ev.Participants {
		if p.Name == who {
			return true
		}
	}
	return false
}
