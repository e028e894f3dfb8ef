package extract

import "testing"

// TestOlderThanNews: a date is the story's background when it lies before
// the story's news by distance, not by calendar year alone.
func TestOlderThanNews(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		published, value string
		want             bool
	}{
		{"2027-01-04", "2026-12-18", false}, // last December, just after New Year
		{"2027-01-04", "2026-12", false},
		{"2027-01-04", "2026-08", true}, // five months back
		{"2027-01-04", "2026", true},    // a year value before the story's
		{"2026-05-20", "2019", true},
		{"2026-05-20", "2026-05-18", false},
		{"2026-05-20", "2026-02-01", true},
		{"2026-05-20", "2025-12-10/2026-03-01", false}, // a range ends near the story
		{"2026-05-20", "2026-Q1", false},
		{"2026-05-20", "2025-Q4", true},
		{"", "2019", false}, // no reference: nothing is older
	}
	for _, c := range cases {
		d := x.newDocument("Text.", c.published)
		if got := d.olderThanNews(c.value); got != c.want {
			t.Errorf("published %q, %q: older = %v, want %v", c.published, c.value, got, c.want)
		}
	}
}
