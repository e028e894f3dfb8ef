package extract

import (
	"sort"
	"time"
)

// tripClauseRange (reading trip-relative) dates a visit noun of N days ("a
// five-day visit", tripDays) by a relative clause on the trip whose start
// or end cue carries a day ("a six-day tour which kicked off on Monday",
// "a four-day trip that wraps up on Friday"; start and end of
// event_cues.tsv): the N days from or up to that day, whatever day the
// clause around the noun gives ("X opened a plant on Tuesday, on a
// six-day tour which kicked off on Monday"). date is the draft's date; the
// range, or date as it is. (The day named as the trip's Nth, "on
// Friday, the third day of a five-day tour", was tried: the
// span then swallowed a leg told on its last day, read folds F1 -0.001.)
func (d *document) tripClauseRange(tr trigMatch, s sentence, date string) string {
	if tr.verb || tr.typ != Visit {
		return date
	}
	n := d.tripDays(tr, s)
	if n == 0 {
		return date
	}
	if v := d.tripRelative(tr, s, n); v != "" {
		return v
	}
	return date
}

// tripRelative: a relative word after the trigger, a start or end cue at
// most two words after it, and a day right after the cue (past "on").
func (d *document) tripRelative(tr trigMatch, s sentence, n int) string {
	for k := tr.t1; k < s.t1 && k <= tr.t1+12; k++ {
		if d.toks[k].text == "," {
			return ""
		}
		if !d.lx.is(d.toks[k].lower, wcRelative) {
			continue
		}
		for _, effect := range []cueEffect{cueTripStart, cueTripEnd} {
			_, j, ok := d.cueIn(d.lx, k+1, k+3, s, effect)
			if !ok {
				continue
			}
			day, ok := d.dayAfter(j, s)
			if !ok {
				return ""
			}
			if effect == cueTripStart {
				return day.Format("2006-01-02") + "/" + day.AddDate(0, 0, n-1).Format("2006-01-02")
			}
			return day.AddDate(0, 0, 1-n).Format("2006-01-02") + "/" + day.Format("2006-01-02")
		}
		return ""
	}
	return ""
}

// dayAfter: the day value of a date mention starting at j or j+1 (past a
// preposition) in sentence s.
func (d *document) dayAfter(j int, s sentence) (time.Time, bool) {
	i := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t0 >= j })
	if i >= len(d.dates) {
		return time.Time{}, false
	}
	dm := d.dates[i]
	if dm.span.t0 >= s.t1 || dm.span.t0 > j+1 || dm.span.t0 == j+1 && d.toks[j].tag != "IN" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", dm.value)
	return t, err == nil && len(dm.value) == len("2006-01-02")
}
