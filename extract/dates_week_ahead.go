package extract

import "time"

// Reading schedule-week-ahead: a trip planned for the coming week ("will
// travel to Mali next week": a verb of class travel or motion toward a
// place before the week in its sentence; not "members will vote next
// week") has its bare weekdays told in the future in
// that sentence or the two after it ("On Thursday she goes on to
// Lima") fall in that week, not in the published date's week: the
// writer has named the week of the itinerary. A temporal word before the
// weekday in its sentence ("Before that, she will meet X on Thursday")
// tells another order, and the weekday stays.

// aheadWeek is the week after the published date's that a plan named
// last: its Monday and sentence.
type aheadWeek struct {
	mon  time.Time
	sent int
	ok   bool
}

// set records the week of day t, named in sentence sent, when it is the
// week after the published day ref's.
func (w *aheadWeek) set(t time.Time, sent int, ref time.Time) {
	mon := monday(t)
	if !mon.Equal(monday(ref).AddDate(0, 0, 7)) {
		return
	}
	*w = aheadWeek{mon: mon, sent: sent, ok: true}
}

// weekday: the day of the week ahead a future weekday at token i,
// resolved to ta, falls on, and whether the reading moves it.
func (d *document) weekAheadDay(w aheadWeek, i int, ta time.Time) (time.Time, bool) {
	sent := d.toks[i].sent
	if !w.ok || sent < w.sent || sent > w.sent+2 || ta.IsZero() || !ta.Before(w.mon) {
		return ta, false
	}
	for k := d.sent[sent].t0; k < i; k++ {
		if d.lx.is(d.toks[k].lower, wcTemporal) {
			return ta, false
		}
	}
	return w.mon.AddDate(0, 0, (int(ta.Weekday())+6)%7), true
}

// monday is the Monday of t's week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// tripBefore: a verb of travel or motion (classes travel, motion) toward
// a place (a word of class destprep after it) stands before token i in
// its sentence ("will travel to Mali next week"; not "the vote would take
// place next week").
func (d *document) tripBefore(i int) bool {
	for k := d.sent[d.toks[i].sent].t0; k+1 < i; k++ {
		if d.lx.is(d.toks[k].lower, wcTravel, wcMotion) && d.lx.is(d.toks[k+1].lower, wcDestPrep) {
			return true
		}
	}
	return false
}
