package extract

import "time"

// Reading reported-plan: a plan told on a day ("The ministry said on
// Tuesday that the minister would fly to Accra on Friday", "officials
// announced on Monday that she planned to visit on Thursday", "is to
// sign the accord on Friday, his office said on Wednesday") is made for a
// day after the telling. Its bare weekday, in the saying's sentence and
// clause, is the first such weekday after the saying's day: never the
// saying's day itself or one before it, as the published date's past
// reading gives; and, when the plan is told in reported speech ("would",
// "planned to", "is to"; not "will"), not a week beyond it, as the
// published date's future reading gives when the saying is a few days
// old. A clause the tense reader takes for past is a plan only when the
// saying comes first and "would" (class backshift) or a word of class
// ahead before "to" ("was due to", "intended to") makes it: "was set on
// Monday", "postponed the draw on Monday" tell the past day. A word of
// class ahead after a determiner ("its next flight") makes no plan, and a
// plan whose weekday "but" follows (class contrast: "was due to reopen on
// Monday, but ...") did not hold: the weekday keeps its reading.

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
	for k := ws.t1; k < d.sent[said.sent].t1; k++ {
		if d.lx.is(d.toks[k].lower, wcContrast) {
			return ta, false // "was due to reopen on Monday, but ..."
		}
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
	plan, will, forward := d.planWordsBetween(from, to, past)
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
// their clause, and whether one of them is a future word not shifted back
// by reported speech ("will", "'ll"; not "would", class backshift), and
// whether a forward verb alone made it. Plan words: a future word of
// class future; a word of class ahead not after a determiner ("is due",
// "planned"; not "its next flight"); a present form of "be" before "to"
// ("is to sign"); a verb of class forward before "to" ("intended to").
// In a clause told as past only "would" and a word of class ahead before
// "to" count ("was due to", "planned to"; not "was set on Monday").
func (d *document) planWordsBetween(from, to int, past bool) (plan, will, forward bool) {
	strong := false
	for k := from; k < to; k++ {
		l := d.toks[k].lower
		toNext := k+1 < to && d.toks[k+1].lower == "to"
		switch {
		case d.lx.is(l, wcFuture):
			if past && !d.lx.is(l, wcBackshift) {
				continue
			}
			plan, strong = true, true
			will = will || !d.lx.is(l, wcBackshift)
		case !past && toNext && d.lx.is(l, wcBePresent):
			plan, strong = true, true // "is to sign the accord on Friday"
		case d.aheadAt(k) && (toNext || !past && !d.pastFormAt(k)):
			plan, strong = true, true // "planned to fly", "is due"
		case d.lx.isWord(dwForward, l) && toNext:
			plan = true
		}
	}
	return plan, will, plan && !strong
}

// pastFormAt: token k is a verb told as past: a past tense ("postponed
// the draw") or a participle after one ("was set", "had deferred"); the
// tense reader may take its clause for a plan by the word of class ahead
// itself.
func (d *document) pastFormAt(k int) bool {
	switch d.toks[k].tag {
	case "VBD":
		return true
	case "VBN":
		return k > 0 && d.toks[k-1].tag == "VBD"
	}
	return false
}

// aheadAt: token k is a word of class ahead (date_words.tsv) not after a
// determiner ("its next flight", "the planned convoy" make no plan).
func (d *document) aheadAt(k int) bool {
	if _, ok := d.lx.dateWord(dwAhead, d.toks[k].lower); !ok {
		return false
	}
	if k > 0 {
		if _, det := d.lx.dateWord(dwDet, d.toks[k-1].lower); det {
			return false
		}
	}
	return true
}
