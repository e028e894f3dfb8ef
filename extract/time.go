package extract

import "sort"

// The time pass: an event's date comes from its own clause or sentence —
// the date nearest its trigger, never one after "since" ("his first visit
// since taking office in January") — else from the story's events (see
// findEvents); a plan is kept without a date only when its clause states
// it of two named people, or a vague future ("next week") is named.

// nearestDate returns the value of the date in s nearest the trigger.
func (d *document) nearestDate(s span, tr trigMatch) string {
	best, bestDist := "", 1<<30
	lo := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t0 >= s.t0 })
	for _, dm := range d.dates[lo:] {
		if dm.span.t0 >= s.t1 {
			break
		}
		if d.sinceAt(dm.span.t0) {
			continue // "his first visit since taking office in January"
		}
		dist := dm.span.t0 - tr.t1
		if dist < 0 {
			dist = tr.t0 - dm.span.t1
		}
		if dist < bestDist {
			best, bestDist = dm.value, dist
		}
	}
	return best
}

// sinceAt: "since" stands at most three words before token i.
func (d *document) sinceAt(i int) bool {
	for k := max(i-3, 0); k < i; k++ {
		if d.toks[k].lower == "since" {
			return true
		}
	}
	return false
}

// datelineDate returns the value of a date in the dateline.
func (d *document) datelineDate() string {
	for _, dm := range d.dates {
		if d.inDateline(dm.span.t0) {
			return dm.value
		}
	}
	return ""
}

// vagueFuture: the sentence names a vague future time ("next week",
// "later this month", "this year") for a plan.
func (d *document) vagueFuture(s sentence) bool {
	for k := s.t0; k+1 < s.t1; k++ {
		a, b := d.toks[k].lower, d.toks[k+1].lower
		if d.lx.is(a, wcDeictic) && d.lx.is(b, wcPeriod) {
			return true
		}
		if a == "later" && b == "this" {
			return true
		}
	}
	return false
}
