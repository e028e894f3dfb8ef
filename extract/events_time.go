package extract

import (
	"fmt"
	"time"
)

// The event time pass: a draft's own date is the date nearest its trigger
// in its reach, else in its sentence (time.go); its date is that one (a
// visit bounded by its verb becomes a range), else the story's main event
// for a title line, else what the story's events gave before. A plan with
// no date of its own is dropped unless its clause states it of two named
// people or names a vague future.

// dateReadings lists, in the order they are tried, the readings that give
// an event its date; the explanation names the one that decided ("date by
// reading own-clause"). Before them, readings refuse a sentence's dates
// that belong to another clause (refusedDate in time.go, named in the
// trace: since-phrase, the dateline's, another clause's, an aside's,
// appositive-participle, onset-of-other, where-closed, coordinated-subject,
// attributive, another verb's deadline); after them, readings shape the value
// (anchor-shift of dates_anchor.go: "a day after X met Y", "had met X
// the previous day" counted from the day the clause would give; trip-range,
// until-bound, departure, arrival-for-trip in time.go; day-pair and
// days-of in dates_pair.go; trip-day in dates_tripday.go;
// weekday readings of dates_weekday.go and relative-not-anchor of
// dates_anchor.go when the dates are resolved).
// tierOwnWeek and tierLiveEntry are the indexes of readings own-week and
// live-entry in dateReadings.
const (
	tierOwnWeek   = 4
	tierLiveEntry = 6
)

var dateReadings = []struct{ name, what string }{
	{"own-clause", "a date of the trigger's sentence with no other verb between (nearestDate tier 0)"},
	{"previous-conjunct", "the date of the conjunct before ('wrapped up a visit on Tuesday and left for X')"},
	{"reporting-verb", "the day of the saying that reports it ('met X, her ministry said on Monday')"},
	{"other-verb", "the date of another verb of the sentence ('will visit X on July 8 to chair the meeting')"},
	{"own-week", "a week or weekend its clause names ('held talks last week', 'will sign next week'): the week's value, a weekend's two days"},
	{"own-vague-time", "none: its clause names a season or the coming weeks, which date no event"},
	{"live-entry", "what happened, told in a live blog's or round-up's entry with no date of its own: the day heading above it, else under a time stamp the published day (dates_live.go)"},
	{"main-event", "a headline or caption: the story's main event's date"},
	{"back-reference", "a noun that points back ('the talks'): the date of that event"},
	{"event-anchor", "'before the signing', 'after the meeting': that event's day (scene.go)"},
	{"fronted-anchor", "'After the hearing, X met Y': the day an earlier sentence gave the hearing (dates_fronted.go)"},
	{"there-scene", "'There she met X': the one date of the sentence before, whose place 'there' points back at (scene.go)"},
	{"inherited", "the scene of its tense: the focal person's last event, else any event's"},
	{"main-event-lede", "what happened, with nothing else: the story's lede date"},
}

// dateReading names the reading of dateReadings that dated the draft, or
// "" when it has no date.
func (c *eventDraft) dateReading() string {
	switch {
	case c.vagueTime:
		return "own-vague-time"
	case c.date == "":
		return ""
	case c.ownDate != "":
		return dateReadings[c.ownTier].name
	case c.fromMain:
		return "main-event"
	case c.dateRule == "main-event":
		return "main-event-lede"
	}
	return c.dateRule
}

// ownTime reads the draft's own date.
func (r *eventRun) ownTime(c *eventDraft) {
	defer r.sceneBefore(c) // the date ranker's scene candidates (date_rank.go)
	if c.rule == "told-before" {
		// "confirmed the meeting on Tuesday": the date of the telling,
		// not of the event told before (events_toldbefore.go)
		return
	}
	var tier int
	c.ownDate, tier = r.d.nearestDateTier(c.attrs, c.tr)
	if c.ownDate == "" {
		end := c.s.t1
		if c.contentAt > 0 {
			end = c.contentAt // a that-clause's date is its content's, not the verb's
		}
		c.ownDate, tier = r.d.nearestDateTier(span{c.s.t0, end}, c.tr)
	}
	if v := r.d.spanDate(c.tr, c.s); v != "" && v != c.ownDate {
		// a span of days spent in a place dates the stay itself, not
		// the date of another verb of its sentence (events_arrival.go)
		r.d.tracef("S%d %s %q: span date %q (not %q)", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), v, c.ownDate)
		c.ownDate, tier = v, 0
	}
	if v := r.d.tourStopDate(c); v != "" && v != c.ownDate {
		// a tour stop is dated by its own clause, the date that let it
		// be read (events_tourstop.go), not one of another clause
		r.d.tracef("S%d %s %q: tour-stop date %q (not %q)", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), v, c.ownDate)
		c.ownDate, tier = v, 0
	}
	if c.accept && c.ownDate != "" {
		// "accepted an invitation to visit Norway last year", "On April
		// 2, X accepted an invitation to visit": a date before the
		// trigger or in the past is the acceptance's; the visit is still
		// to come (reading accepted-plan)
		c.ownDate, tier = r.d.nearestDateTier(span{c.tr.t1, c.s.t1}, c.tr)
		if r.d.beforePublished(c.ownDate) {
			r.d.tracef("S%d %s %q: accepted-plan, %q is past, no date", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), c.ownDate)
			c.ownDate, tier = "", 4
		}
	}
	if tier == 3 && !c.tr.verb && r.d.definiteTrigger(c.tr) && r.d.pastPredicate(c) {
		// "The trip comes as prices slid ... last year": a noun that
		// points back at an event told before has no date of a verb
		// beyond its own predicate; it takes its event's ("The tour
		// opens in Leeds on 4 May" keeps its own)
		c.ownDate = ""
	}
	// a saying's date ("today announced that it has agreed to acquire")
	// gives way, when mentions merge, to a date the event's own clause
	// gives ("The two companies signed a definitive agreement on Sunday")
	c.saidDate = tier == 2
	if tier < tierOwnWeek {
		c.ownTier = tier
	}
	// the clause's own week or vague time wins over a date it did not
	// give: none, another verb's (tier 3), the conjunct before's (tier 1:
	// "will visit Bern in December, and X will sign a deal next week") or
	// a saying's day that its time does not hold (tier 2)
	var vague *dateMention
	if c.ownDate == "" || tier == 1 || tier == 3 || tier == 2 && !r.d.coarseHolds(span{c.s.t0, c.s.t1}, c.ownDate) {
		vague = r.ownVagueTime(c)
	}
	if vague != nil && r.ownWeek(c, vague) {
		return
	}
	if vague != nil {
		// "He met X two weeks ago, and his government signed ... in
		// January": not January, and nothing the story gives either;
		// nor the saying's day when the clause's own time does not
		// hold it ("met X at the weekend, officials said on Monday":
		// not Monday; "is in Tallinn this week, her office said on
		// Wednesday" keeps Wednesday)
		r.d.tracef("S%d %s %q: own-vague-time, no date (not %q)", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), c.ownDate)
		c.ownDate, c.saidDate, c.vagueTime = "", false, true
		if r.d.explain {
			c.vias = append(c.vias, "date: none by reading own-vague-time (its clause names a season or the coming weeks, which date no event)")
		}
		return
	}
	if c.ownDate == "" && !c.future {
		if v := r.d.liveDay(c.si); v != "" {
			// "Tuesday 15 September ... 11:30 X and Y are now holding a
			// closed session": the entry's day (reading live-entry)
			r.d.tracef("S%d %s %q: live-entry %q", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), v)
			c.ownDate, c.ownTier = v, tierLiveEntry
		}
	}
}

// ownVagueTime: the draft's clause names a coarse time of its own, which
// it returns: a week, a weekend or a season ("two weeks ago", "at the
// weekend", "this spring": DATE entities, dates_coarse.go) or a span ahead
// ("in the coming weeks", no value), with no other verb between it and the
// trigger and not a saying's ("the companies said at the weekend"). A week
// or weekend dates the event (reading own-week); the others leave it no
// date (reading own-vague-time) rather than another clause's or one the
// story gave another event.
func (r *eventRun) ownVagueTime(c *eventDraft) *dateMention {
	d, tr := r.d, c.tr
	own := func(t0, t1 int) bool {
		if t0 >= tr.t1 {
			return t1 <= c.s.t1 && !d.verbBetween(tr.t1, t0) && !d.otherClauseBetween(tr, t0) && !d.sinceAt(t0) && !d.clauseWordBetween(tr.t1, t0)
		}
		// before the trigger, in its sentence, no verb or saying between:
		// "travelled to Parma last week to visit the mill"
		if t0 < c.s.t0 || t1 > tr.t0 || d.verbBetween(t1, tr.t0) {
			return false
		}
		for k := t1; k < tr.t0; k++ {
			if d.lx.is(d.toks[k].lower, wcTemporal, wcClause) {
				return false // "is in Quito this week, after a swing through Peru": the stay's week
			}
		}
		for k := t1; k < tr.t0; k++ {
			if d.lx.is(d.toks[k].lower, wcReport) {
				return false
			}
		}
		return true
	}
	for i, dm := range d.coarseDates {
		if own(dm.span.t0, dm.span.t1) && !d.reportDate(dm.span) {
			return &d.coarseDates[i]
		}
	}
	for k := c.attrs.t0; k+1 < c.attrs.t1; k++ {
		if n, ok := d.lx.dateWord(dwShift, d.toks[k].lower); ok && n > 0 && d.unitIs(k+1, unitWeek, unitMonth) && own(k, k+2) {
			return &dateMention{span: span{k, k + 2}} // "in the coming weeks": no value
		}
	}
	return nil
}

// ownWeek (reading own-week): the draft's own vague time dm is a week or a
// weekend ("held talks in Pemba last week", "will sign the accord next
// week", "spent the weekend negotiating"): the event is dated by it, as
// TIMEX3 values it ("2026-W43"; a weekend its Saturday and Sunday), not
// left undated. A season or "the coming weeks" stays none
// (own-vague-time).
func (r *eventRun) ownWeek(c *eventDraft, dm *dateMention) bool {
	v := weekDate(dm.value)
	if v == "" {
		return false
	}
	r.d.tracef("S%d %s %q: own-week %q (not %q)", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), v, c.ownDate)
	c.ownDate, c.saidDate, c.ownTier = v, false, tierOwnWeek
	return true
}

// when dates the draft, or reports false when a plan has no date yet.
func (r *eventRun) when(c *eventDraft) bool {
	d, tr := r.d, c.tr
	c.date = c.ownDate
	clauseTrip := ""
	if tr.typ == Visit {
		// "a four-day trip which wraps up on Friday" (reading
		// trip-relative, dates_tripclause.go): the relative clause's own
		// day bounds the trip before any end or start word near the
		// trigger does ("began a three-day visit on Monday that ended on
		// Wednesday": the end word is the relative clause's)
		if v := d.tripClauseRange(tr, c.s, c.date); v != c.date {
			clauseTrip = v
		}
	}
	if _, dest := c.cl.destination(tr.frame); tr.typ == Visit && clauseTrip == "" && c.ownDate != "" && (dest || c.departed) {
		// "wrapped up a three-day visit to Lima on Friday": the
		// visit's range, when the clause names where it went (a
		// tour of a region is told by its stops); what later
		// events inherit stays the day
		c.date = d.tripRange(tr, c.s, c.ownDate, c.departed)
	}
	if tr.typ == Visit && c.date == c.ownDate && c.ownDate != "" {
		c.date = d.untilBound(span{c.s.t0, c.s.t1}, tr, c.ownDate) // "... a visit that lasts until Thursday"
	}
	if clauseTrip != "" {
		d.tracef("S%d %s %q: trip clause %q -> %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.date, clauseTrip)
		c.date = clauseTrip
	}
	if c.date == c.ownDate && c.ownDate != "" {
		if v := d.dayPair(span{c.s.t0, c.s.t1}, tr, c.ownDate); v != c.date {
			// "held negotiations in Quito on June 17 and 18": both days
			// (reading day-pair, dates_pair.go); what later events
			// inherit stays the day
			d.tracef("S%d %s %q: day-pair %q -> %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.date, v)
			c.date = v
		}
	}
	if tr.typ == Meeting && c.date == c.ownDate && c.ownDate != "" {
		if v := d.daysOfRange(tr, c.ownDate); v != c.date {
			// "on June 9 for two days of talks" (reading days-of,
			// dates_pair.go)
			d.tracef("S%d %s %q: days-of %q -> %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.date, v)
			c.date = v
		}
	}
	if c.title && c.date == "" && r.mainDate != "" {
		// "Soto visits Lima" over a story of her visit on Tuesday
		c.date = r.mainDate
		c.fromMain = true
	}
	if c.ownDate == "" && c.date == "" && c.future && !d.vagueFuture(c.s) && !(c.cl.future && len(c.persons) >= 2 && !c.contextual) && !r.planGoesOn(c) && !d.unanchoredDay(c.attrs) {
		// a plan with no date is not an event yet, unless its own
		// clause states it of two named people ("X is due to meet Y"),
		// or it goes on with a dated plan ("X will visit Lima on Friday.
		// She is due to meet Y"), or names a day nothing anchors ("on
		// Tuesday" in a story with no date: events_visit.go)
		return false
	}
	if c.date == "" && !c.title && !c.vagueTime {
		// a headline tells the story's main event, not its last one
		c.date, c.dateRule = r.inheritDate(c)
	}
	if n, ok := d.anchorShift(c); ok && n != 0 && len(c.date) == len("2006-01-02") && !c.title {
		// "held a call on Wednesday, a day after Y met Z": Tuesday
		// (reading anchor-shift, dates_anchor.go)
		was := c.date
		c.date = shiftDay(was, n)
		if c.ownDate == was {
			c.ownDate = c.date
		}
		d.tracef("S%d %s %q: anchor-shift %+d days, %q -> %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), n, was, c.date)
		if d.explain {
			c.vias = append(c.vias, fmt.Sprintf("date %s by reading anchor-shift: %+d days from %s, the day its clause counts from", c.date, n, was))
		}
	}
	if tr.typ == Meeting {
		if v := d.daysEndRange(tr, c.s, c.date, c.ownDate != "" && c.ownTier == 3); v != c.date {
			// "initialled a pact on Friday after four days of negotiations"
			// (reading days-end, dates_pair.go)
			d.tracef("S%d %s %q: days-end %q -> %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.date, v)
			c.date = v
		}
	}
	r.rankDate(c) // date_rank.go: the learned choice among every reading's date
	return true
}

// setOffParticiple: the draft's verb trigger is a past participle set off
// by a comma after its subject ("The contract, signed on December 18 in
// Lagos, commits ..."): a reduced passive, read as "was signed" by the
// rule that dates an event from a mention that points back (scene.go,
// datesBack; reading "set-off-participle").
func (r *eventRun) setOffParticiple(c *eventDraft) bool {
	d := r.d
	if !c.tr.verb || c.tr.t0-1 <= c.s.t0 || d.toks[c.tr.t0-1].text != "," {
		return false
	}
	return isPastTag(d.toks[c.tr.t0].tag)
}

// pastPredicate: the draft's date stands after a noun trigger beyond the
// clause of the noun's own predicate (the first verb after it): another
// verb stands between that predicate and the date.
func (d *document) pastPredicate(c *eventDraft) bool {
	tr := c.tr
	for _, dm := range d.dates {
		if dm.span.t0 < tr.t1 || dm.span.t0 >= c.s.t1 || dm.value != c.ownDate {
			continue
		}
		v := d.firstVerb(tr.t1, dm.span.t0)
		return v < dm.span.t0 && d.verbBetween(v+1, dm.span.t0)
	}
	return false
}

// setOffDate: a definite noun trigger whose date stands right after it,
// set off by a comma ("Officials said that meeting, on February 13,
// focused on policing"): the date of the event the noun points back at
// (scene.go, datesBack; reading "set-off-date").
func (r *eventRun) setOffDate(c *eventDraft) bool {
	d := r.d
	if c.tr.verb || !d.definiteTrigger(c.tr) || c.tr.t1+1 >= c.s.t1 || d.toks[c.tr.t1].text != "," {
		return false
	}
	k := c.tr.t1 + 1
	if d.toks[k].lower == "on" || d.toks[k].lower == "in" {
		k++
	}
	return d.dateStartsAt(k)
}

// coarseHolds: a week, weekend or season named in sentence s holds the day
// v ("this week" holds its Wednesday; "the weekend" before a Monday does
// not).
func (d *document) coarseHolds(s span, v string) bool {
	day, err := time.Parse("2006-01-02", v)
	if err != nil {
		return false
	}
	for _, dm := range d.coarseDates {
		if dm.span.t0 >= s.t0 && dm.span.t1 <= s.t1 && coarseValueHolds(dm.value, day) {
			return true
		}
	}
	return false
}

// coarseValueHolds: the TIMEX3 value of a week ("2026-W11"), a weekend
// ("2026-W11-WE") or a season ("2026-SP") holds day.
func coarseValueHolds(value string, day time.Time) bool {
	y, w := day.ISOWeek()
	week := fmt.Sprintf("%04d-W%02d", y, w)
	switch {
	case value == week:
		return true
	case value == week+"-WE":
		return day.Weekday() == time.Saturday || day.Weekday() == time.Sunday
	}
	// a season starts in month 3×its number (dates_coarse.go): a
	// January or February day is in the winter of the year before
	q, sy := int(day.Month())/3, day.Year()
	if q == 0 {
		q, sy = 4, sy-1
	}
	return value == fmt.Sprintf("%04d-%s", sy, seasonCodes[q])
}

// beforePublished: the date value v ends before the published day (a
// value it cannot read, or no published day, is not).
func (d *document) beforePublished(v string) bool {
	if v == "" || !d.ref.hasDay {
		return false
	}
	_, hi, ok := dateBounds(v)
	return ok && hi.Before(d.ref.t)
}
