package extract

import "time"

// Reading reported-plan: a plan told on a day ("The ministry said on
// Tuesday that the minister would fly to Accra on Friday", "officials
// announced on Monday that she planned to visit on Thursday", "is to
// sign the accord on Friday, his office said on Wednesday") is made for a
// day after the telling. Its bare weekday, in the saying's sentence and a
// clause that is not past, is the first such weekday after the saying's
// day: never the saying's day itself or one before it, as the published
// date's past reading gives when the plan is told in the past tense; and,
// when the plan is told in reported speech ("would", "planned to"; not
// "will"), not a week beyond it, as the published date's future reading
// gives when the saying is a few days old.

// saidDay is the day of a saying the resolver met: its day, its sentence
// and its date's span.
type saidDay struct {
	day  time.Time
	sent int
	span span
}

// planWeekday is a bare weekday: its date mention, its sentence and
// whether its clause reads as past.
type planWeekday struct {
	idx, sent int
	past      bool
}

// reportedPlans moves the bare weekdays of plans that a saying of their
// sentence dates.
func (d *document) reportedPlans(plans []planWeekday, sayings []saidDay) {
	for _, p := range plans {
		dm := &d.dates[p.idx]
		for _, sd := range sayings {
			if sd.sent != p.sent {
				continue
			}
			day, moved := d.reportedPlan(sd, dm.span, dm.day, p.past)
			if !moved {
				continue
			}
			d.tracef("weekday %q: a plan told on %s, the first such day after it (reading reported-plan)", d.textOf(dm.span), sd.day.Format("2006-01-02"))
			dm.day, dm.value = day, day.Format("2006-01-02")
			break
		}
	}
}

// reportedPlan: the day the bare weekday at ws, resolved to ta, falls on
// as a plan told on said's day, and whether the reading moves it. The
// words that make a plan stand between the saying's date and the weekday
// ("said on Monday that she would travel on Thursday"), or before the
// weekday in its sentence when the saying comes after ("will travel on
// Thursday, her office said on Monday"), in the weekday's own clause (no
// temporal word such as "after", no clause word between). A clause the
// tense reader takes for past is a plan only when the saying comes first,
// and only by a future word or a word of class ahead
// ("intended to fly on Monday"), not by a verb of class forward alone
// ("had agreed to buy the stake on Monday" is the agreeing's day).
func (d *document) reportedPlan(said saidDay, ws span, ta time.Time, past bool) (time.Time, bool) {
	if ta.IsZero() {
		return ta, false
	}
	from, to := said.span.t1, ws.t0
	if ws.t1 <= said.span.t0 {
		if past {
			return ta, false
		}
		from = d.sent[said.sent].t0
	}
	for k := to - 1; k > from; k-- {
		// the weekday's own clause: "will host the final after the two
		// sides agreed on Thursday" is no plan of Thursday
		if d.lx.is(d.toks[k].lower, wcTemporal) || d.clauseOpensAt(k, d.sent[said.sent]) {
			from = k + 1
			break
		}
	}
	plan, will, forward := d.planWordsBetween(from, to)
	if !plan || past && forward {
		return ta, false
	}
	delta := (int(ta.Weekday()) - int(said.day.Weekday()) + 7) % 7
	if delta == 0 {
		delta = 7
	}
	want := said.day.AddDate(0, 0, delta)
	switch {
	case !ta.After(said.day):
		return want, true
	case ta.After(want) && !will:
		return want, true
	}
	return ta, false
}

// planWordsBetween: tokens [from, to) hold a word that makes a plan of
// their clause (a future word of class future; a word of class ahead,
// "planned", "is due"; a verb of class forward before an infinitive,
// "intended to"), and whether one of them is a future word not shifted
// back by reported speech ("will", "'ll"), and whether a forward verb
// alone made it.
func (d *document) planWordsBetween(from, to int) (plan, will, forward bool) {
	strong := false
	for k := from; k < to; k++ {
		l := d.toks[k].lower
		switch {
		case d.lx.is(l, wcFuture):
			plan, strong = true, true
			will = will || l != "would"
		case d.lx.isWord(dwForward, l) && k+1 < to && d.toks[k+1].lower == "to":
			plan = true
		default:
			if _, ok := d.lx.dateWord(dwAhead, l); ok {
				plan, strong = true, true
			}
		}
	}
	return plan, will, plan && !strong
}
