package extract

import (
	"testing"
	"time"
)

func TestCoarseValueHolds(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		value, day string
		want       bool
	}{
		{"2026-W11", "2026-03-11", true},     // Wednesday of that ISO week
		{"2026-W11", "2026-03-16", false},    // the Monday after
		{"2026-W20-WE", "2026-05-16", true},  // its Saturday
		{"2026-W20-WE", "2026-05-18", false}, // the Monday after the weekend
		{"2026-SP", "2026-05-20", true},
		{"2026-SU", "2026-05-20", false},
		{"2025-WI", "2026-01-15", true}, // January is in the winter that began the year before
		{"2026-WI", "2026-12-03", true},
		{"2026-03", "2026-03-11", false}, // a month is no coarse value
	}
	for _, c := range cases {
		if got := coarseValueHolds(c.value, day(c.day)); got != c.want {
			t.Errorf("coarseValueHolds(%q, %s) = %v, want %v", c.value, c.day, got, c.want)
		}
	}
}
