package extract

import "testing"

// TestPublishedHour: the hour a published stamp gives, in its own zone; a
// bare day or a midnight stamp gives none.
func TestPublishedHour(t *testing.T) {
	for _, c := range []struct {
		stamp string
		hour  int
		ok    bool
	}{
		{"2026-04-09T07:40:00Z", 7, true},
		{"2026-04-09T16:05:00+02:00", 16, true},
		{"2026-04-09T11:59", 11, true},
		{"2026-04-09 12:00:00", 12, true},
		{"Thu, 09 Apr 2026 06:15:00 +0000", 6, true},
		{"2026-04-09", 0, false},
		{"2026-04-09T00:00:00Z", 0, false},
		{"9 April 2026", 0, false},
		{"", 0, false},
	} {
		h, ok := publishedHour(c.stamp)
		if h != c.hour || ok != c.ok {
			t.Errorf("publishedHour(%q) = %d, %v; want %d, %v", c.stamp, h, ok, c.hour, c.ok)
		}
	}
}

// TestForTripDaysTag: "for a three-day visit" after a travel verb gives the
// trip's length whether the tagger reads the trip noun as a noun or, as it
// sometimes does after a length, as a verb (reading arrival-for-trip).
func TestForTripDaysTag(t *testing.T) {
	for _, c := range []struct {
		text string
		noun string // the trip noun, whose tag is forced
		want int
	}{
		{"Mara Levin arrived in Lusaka on Wednesday for a three-day visit focused on the drought.", "visit", 3},
		{"Mara Levin landed in Quito on Friday on a four-day official visit.", "visit", 4},
		{"Mara Levin flew to Hanoi on Monday for a two-day state visit, her office said.", "visit", 2},
		// traps: no trip noun after the length, or no length
		{"Mara Levin arrived in Lusaka on Wednesday for a three-day conference on water.", "conference", 0},
		{"Mara Levin arrived in Lusaka on Wednesday for a visit to the dam.", "visit", 0},
	} {
		for _, tag := range []string{"NN", "VB"} {
			d := analysed(t, "2026-07-02", c.text)
			s := d.sent[0]
			var tr *trigMatch
			for _, m := range d.triggersIn(d.lx, s) {
				if m.typ == Visit && m.verb {
					tr = &m
					break
				}
			}
			if tr == nil {
				t.Fatalf("%q: no travel verb read", c.text)
			}
			for k := tr.t1; k < s.t1; k++ {
				if d.toks[k].lower == c.noun {
					d.toks[k].tag = tag
				}
			}
			if got := d.forTripDays(*tr, s); got != c.want {
				t.Errorf("%q (%s tagged %s): %d days, want %d", c.text, c.noun, tag, got, c.want)
			}
		}
	}
}
