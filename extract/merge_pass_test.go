package extract

import (
	"testing"
	"time"
)

// TestDatesCompatible: two own dates must overlap; an inherited date or
// none gives way.
func TestDatesCompatible(t *testing.T) {
	cases := []struct {
		a, b       string
		aOwn, bOwn bool
		want       bool
	}{
		{"2026-03-02", "2026-03-02", true, true, true},
		{"2026-03-02", "2026-03-03", true, true, false},
		{"2026-04-29/2026-05-01", "2026-04-30", true, true, true},
		{"2026-04-29/2026-05-01", "2026-05-02", true, true, false},
		{"2026-03", "2026-03-17", true, true, true},
		{"2026-Q2", "2026-07-01", true, true, false},
		{"2026", "2025-12-31", true, true, false},
		{"2026", "2026-05-04", true, true, false}, // "earlier this year" is no day
		{"1972", "1972-02-22", true, true, true},  // a past year is specific enough
		{"2026-Q2", "2026-04", true, true, false}, // nor a month
		{"2026-Q2", "2026-Q2", true, true, true},
		{"2026-03-02", "2026-04", true, false, true}, // inherited gives way
		{"", "2026-04", false, true, true},
		{"", "1978", false, true, false},              // background: "the treaty, signed in 1978"
		{"2026-03-02", "2023-05", false, true, false}, // an inherited date does not give way to it
		{"2025-11", "2025-11-20", true, true, true},   // both own: last year is fine
	}
	for _, c := range cases {
		a := &Event{Date: c.a, facts: mentionFacts{ownDate: c.aOwn}}
		b := &Event{Date: c.b, facts: mentionFacts{ownDate: c.bOwn}}
		if got, why := datesCompatible(a, b, time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)); got != c.want {
			t.Errorf("%q (own %v) and %q (own %v): compatible %v (%s), want %v", c.a, c.aOwn, c.b, c.bOwn, got, why, c.want)
		}
	}
}

// TestBetterDate: the merged event keeps an own date over an inherited
// one, days over a month, a month over a year.
func TestBetterDate(t *testing.T) {
	cases := []struct {
		x    string
		xOwn bool
		y    string
		yOwn bool
		want bool
	}{
		{"2026-03-02", true, "", false, true},
		{"2026-03-02", false, "2026-04", true, false},
		{"2026-03-02", true, "2026-03", true, true},
		{"2026-03", true, "2026-03-02/2026-03-04", true, false},
		{"2026", true, "2026-Q2", true, false},
		{"", true, "2026", false, false},
	}
	for _, c := range cases {
		if got := betterDate(c.x, c.xOwn, c.y, c.yOwn); got != c.want {
			t.Errorf("betterDate(%q %v, %q %v) = %v, want %v", c.x, c.xOwn, c.y, c.yOwn, got, c.want)
		}
	}
}

// TestSpanHolds: a span of days holds a day inside it; a month, another
// span or a day outside is none.
func TestSpanHolds(t *testing.T) {
	cases := []struct {
		x, y string
		want bool
	}{
		{"2026-04-15/2026-04-17", "2026-04-16", true},
		{"2026-04-15/2026-04-17", "2026-04-15", true},
		{"2026-04-15/2026-04-17", "2026-04-18", false},
		{"2026-04", "2026-04-16", false},
		{"2026-04-15/2026-04-17", "2026-04-16/2026-04-17", false},
		{"2026-04-15/2026-04-17", "", false},
	}
	for _, c := range cases {
		if got := spanHolds(c.x, c.y); got != c.want {
			t.Errorf("spanHolds(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestDateBounds: the days a value covers; what is not a date value is
// refused.
func TestDateBounds(t *testing.T) {
	cases := []struct{ v, lo, hi string }{
		{"2026-03-02", "2026-03-02", "2026-03-02"},
		{"2026-02", "2026-02-01", "2026-02-28"},
		{"2026-Q4", "2026-10-01", "2026-12-31"},
		{"2026-H2", "2026-07-01", "2026-12-31"},
		{"2026", "2026-01-01", "2026-12-31"},
		{"2009/2010", "2009-01-01", "2010-12-31"},
		{"2026-05-27/2026-05-29", "2026-05-27", "2026-05-29"},
		{"PAST_REF", "", ""},
		{"2026-Q5", "", ""},
		{"20", "", ""},
	}
	for _, c := range cases {
		lo, hi, ok := dateBounds(c.v)
		if !ok {
			if c.lo != "" {
				t.Errorf("%q: refused, want %s..%s", c.v, c.lo, c.hi)
			}
			continue
		}
		if c.lo == "" || lo.Format("2006-01-02") != c.lo || hi.Format("2006-01-02") != c.hi {
			t.Errorf("%q: %s..%s, want %s..%s", c.v, lo.Format("2006-01-02"), hi.Format("2006-01-02"), c.lo, c.hi)
		}
	}
}

// TestDistinctCue: a cue of another occasion governs a trigger two words
// before it (a support verb counted) or two after.
func TestDistinctCue(t *testing.T) {
	cases := []struct{ text, trigger, want string }{
		{"On Tuesday, Soto and Li met again in Cusco.", "met", "again"},
		{"Park held a separate meeting with Wang on the sidelines.", "meeting", "separate"},
		{"The two sides will hold another round of talks in May.", "talks", "another"},
		{"The two ministers last met in Santiago in November.", "met", "last"},
		{"Soto met Li in Lima on Monday.", "met", ""},
		{"Wang also attended the talks in Busan.", "talks", ""},
		{"The leaders spoke by phone earlier this year.", "spoke", ""}, // a time, not an earlier call
		{"Soto and Li held an earlier round of talks in May.", "talks", "earlier"},
	}
	for _, c := range cases {
		d, s, tr := firstTrigger(t, c.text, c.trigger)
		f := mentionFactsOf(d.toks[s.t0].sent, tr, &clause{head: tr.t0}, false, false, false, false, false)
		if got := d.distinctCue(f); got != c.want {
			t.Errorf("%q %q: distinct cue %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
