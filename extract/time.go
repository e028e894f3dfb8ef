package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The time pass: an event's date comes from its own clause or sentence —
// the date nearest its trigger, never one after "since" ("his first visit
// since taking office in January") — else from the story's events (see
// findEvents); a plan is kept without a date only when its clause states
// it of two named people, or a vague future ("next week") is named.

// nearestDate returns the value of the date in s nearest the trigger,
// taking the dates in tiers (dateTiers), the nearest of the first tier
// that has one:
//
//  0. the trigger's own: no other verb stands between them;
//  1. a previous conjunct's ("wrapped up a visit to Georgetown on Tuesday
//     and left for Paramaribo": Tuesday); "visits Abu Dhabi on Wednesday,
//     July 22, and will hold talks with X on Thursday" has its own;
//  2. a reporting verb's ("X met Y in Lima, her ministry said on Monday");
//     "prosecutors alleged on Wednesday that X met Y on March 3, 2024"
//     has its own;
//  3. another verb's ("will visit Stuttgart on July 8 to chair the first
//     meeting"), but never after a deadline word ("signed a declaration
//     committing both governments to finish studies by 2027").
func (d *document) nearestDate(s span, tr trigMatch) string {
	v, _ := d.nearestDateTier(s, tr)
	return v
}

// nearestDateTier is nearestDate with the tier the date came by (4: none).
func (d *document) nearestDateTier(s span, tr trigMatch) (string, int) {
	best := d.nearestDateTiers(s, tr)
	for tier, k := range best {
		if k >= 0 && d.dates[k].value != "" {
			v := d.dates[k].value
			if tier > 0 {
				d.tracef("date %q: %s", v, dateTiers[tier])
			}
			return v, tier
		}
	}
	return "", 4
}

// nearestDateTiers is the nearest date of each tier of nearestDate, as an
// index into d.dates (-1: the tier has none; a mention with no value
// counts as none): every tier's proposal, which
// the date ranker weighs (date_rank.go); nearestDateTier takes the first.
func (d *document) nearestDateTiers(s span, tr trigMatch) [4]int {
	best := [4]int{-1, -1, -1, -1}
	var dist [4]int
	for i := range dist {
		dist[i] = 1 << 30
	}
	lo := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t0 >= s.t0 })
	for i, dm := range d.dates[lo:] {
		if dm.span.t0 >= s.t1 {
			break
		}
		if why := d.refusedDate(dm, tr); why != "" {
			d.tracef("date %q refused for %q: %s", dm.value, d.textOf(span{tr.t0, tr.t1}), why)
			continue
		}
		var verb, across bool
		n := dm.span.t0 - tr.t1
		if n < 0 {
			n = tr.t0 - dm.span.t1
			verb = d.verbBetween(dm.span.t1, tr.t0)
			across = (tr.verb || d.ellipticRound(tr)) && d.conjunctBetween(dm.span.t1, tr.t0)
			// another clause's date before the trigger (time_clauses.go):
			// a deadline is dropped, a clause word's date is another
			// verb's
			other := d.clauseWordBetween(dm.span.t1, tr.t0)
			if (verb || other) && d.deadlineAt(dm.span.t0) {
				continue
			}
			verb = verb || other
			// "toured the plant in May, signing the lease on May 20": the
			// main clause's month, a previous conjunct's (dates_participle.go)
			across = across || d.trailingParticiple(tr, dm)
		} else {
			verb = d.verbBetween(tr.t1, dm.span.t0)
			if verb && d.agreedInfinitive(tr, dm.span.t0) {
				continue // "agreed to instruct their ministers to meet in August" (time_clauses.go)
			}
		}
		tier := 0
		switch {
		case verb && d.deadlineAt(dm.span.t0):
			continue
		case verb:
			tier = 3
		case d.reportDate(dm.span):
			tier = 2
		case across:
			tier = 1
		}
		if n < dist[tier] {
			best[tier], dist[tier] = lo+i, n
		}
	}
	for tier, k := range best {
		best[tier] = d.finerApposed(k) // "in 2019, on May 4": May 4 (dates_apposed.go)
	}
	return best
}

// refusedDate: why the date dm is no date of the event of trigger tr
// wherever it stands in the sentence ("" when it may be): the time
// readings nearestDate applies before it weighs distances, and the
// story-date fallback (ledeDate) applies too, so a date refused here never
// comes back as the story's.
func (d *document) refusedDate(dm dateMention, tr trigMatch) string {
	switch {
	case (d.sinceAt(dm.span.t0) || d.sincePhraseAt(dm.span.t0, tr)) && !d.sinceWhen(dm.span, tr):
		return "a since-phrase's" // "his first visit since taking office in January" (time_clauses.go)
	case d.dateline.t1 > d.dateline.t0 && dm.span.t0 >= d.dateline.t0 && dm.span.t0 <= d.dateline.t1:
		return "the dateline's" // in it or right after it ("AUSTIN--(BUSINESS WIRE)--Sept. 9, 2026--"): the story's, no event's own
	case dm.span.t0 >= tr.t1 && d.otherClauseBetween(tr, dm.span.t0):
		return "another clause's" // "capping negotiations that opened in February 2026"
	case dm.span.t1 <= tr.t0 && d.aside(dm.span.t0, tr):
		return "an aside's" // "X, who took up the post in January, spent the afternoon at ...": said in passing
	case dm.span.t1 <= tr.t0 && d.participleAside(dm.span.t0, tr):
		return "an appositive's participle (reading appositive-participle)" // "X, a retired judge named by the assembly in March, landed ..." (time_clauses.go)
	case dm.span.t0 >= tr.t1 && !strings.Contains(dm.value, "/") && d.onsetOfOther(dm.span.t0, tr):
		return "another verb's onset (reading onset-of-other)" // "the accord, sealed at the treasury ..., under which X will ship coal from 2031" (time_clauses.go)
	case dm.span.t0 >= tr.t1 && d.whereClauseClosed(tr, dm.span.t0):
		return "the main clause's, past a where-clause (reading where-closed)" // "stops in X on Friday, where she meets Y, and in Z on Monday" (dates_where.go)
	case dm.span.t0 >= tr.t1 && d.subjectClauseBetween(tr, dm.span.t0):
		return "a coordinated clause's with its own subject (reading coordinated-subject)" // "A agreed a fee with B, and the player flew in on Wednesday" (time_clauses.go)
	case tr.verb && d.reportDate(dm.span) && d.tenseAt(tr.t0) > 0 && d.tenseAt(dm.span.t0) < 0:
		return "a saying's, behind a plan (reading plan-not-said)" // "A spokeswoman said on Tuesday that X will travel to Valletta"
	case d.attributiveDate(dm.span, tr):
		return "attributive" // "talks on the two countries' 2007 trade pact": the pact's year
	case d.deadlineAt(dm.span.t0) && (dm.span.t0 >= tr.t1 && d.verbBetween(tr.t1, dm.span.t0) ||
		dm.span.t1 <= tr.t0 && (d.verbBetween(dm.span.t1, tr.t0) || d.clauseWordBetween(dm.span.t1, tr.t0))):
		return "another verb's deadline" // "committing both governments to finish studies by 2027"
	}
	return ""
}

// dateTiers names the tiers of nearestDate for a trace.
var dateTiers = []string{"own", "a previous conjunct's", "a reporting verb's", "another verb's"}

// verbBetween: a verb of its own stands in [from, to) (not an auxiliary,
// a reporting verb or a participle), so a date beyond it is that verb's.
func (d *document) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch t.tag {
		case "VB", "VBD", "VBG", "VBP", "VBZ":
			if !d.lx.is(t.lower, wcAux, wcBe, wcReport) {
				return true
			}
		}
	}
	return false
}

// conjunctBetween: "and" or "but" stands in [from, to): a date before it
// is the previous conjunct's ("visits Abu Dhabi on Wednesday, July 22, and
// will hold talks with X on Thursday").
func (d *document) conjunctBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if l := d.toks[k].lower; l == "and" || l == "but" || d.lx.is(l, wcTemporal) {
			return true // "left the talks on Tuesday after visiting Quito on Monday"
		}
	}
	return false
}

// untilBound ends a visit dated by a day at a later day its sentence
// gives after "until" or "through" ("arrived in Quito on Monday for a
// visit that lasts until Thursday"; word class bound): the range, or the
// date as it is.
func (d *document) untilBound(s span, tr trigMatch, date string) string {
	first, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	lo := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t0 >= tr.t1 })
	for _, dm := range d.dates[lo:] {
		if dm.span.t0 >= s.t1 {
			break
		}
		k := dm.span.t0 - 1
		if k < tr.t1 || !d.lx.is(d.toks[k].lower, wcBound) {
			continue
		}
		last, err := time.Parse("2006-01-02", dm.value)
		if err == nil && last.After(first) && last.Sub(first) <= 31*24*time.Hour {
			return date + "/" + dm.value
		}
	}
	return date
}

// deadlineAt: a deadline word stands before the date at token i, perhaps
// past small words ("by the end of 2027", "until March").
func (d *document) deadlineAt(i int) bool {
	s := d.sent[d.toks[i].sent]
	for k := i - 1; k >= s.t0 && k >= i-4; k-- {
		t := d.toks[k]
		if d.lx.isWord(dwDeadline, t.lower) {
			return true
		}
		if !t.word || t.cap || strings.HasPrefix(t.tag, "VB") {
			return false // "by the end of 2027": only small words between
		}
	}
	return false
}

// reportDate: a reporting verb carries the date ("said on Monday",
// "alleged on Wednesday", "said Tuesday", "today announced").
func (d *document) reportDate(ds span) bool {
	k := ds.t0 - 1
	if k >= 0 && d.toks[k].lower == "on" {
		k--
	}
	if k >= 0 && d.lx.is(d.toks[k].lower, wcReport) || d.reportBefore(ds.t0) >= 0 {
		return true
	}
	return ds.t1 < len(d.toks) && d.toks[ds.t1].sent == d.toks[ds.t0].sent && d.lx.is(d.toks[ds.t1].lower, wcReport)
}

// otherClauseBetween: a clause of another event opens between trigger tr
// and token i after it, so a date at i is that clause's: "since" ("her
// first visit since she joined the cabinet in May"), a relative pronoun
// and its verb after a verb trigger's object ("signed the deal at the
// guesthouse, capping negotiations that opened in February 2026", "met X,
// who leads Y" until the comma that closes it; a noun trigger's relative
// may date it: "a meeting that had been set for Friday"), or a participle
// after a comma ("signed the deal, capping talks that began in 2024").
func (d *document) otherClauseBetween(tr trigMatch, i int) bool {
	other := false
	for k := tr.t1; k < i; k++ {
		t := d.toks[k]
		switch {
		case t.lower == "since":
			return true
		case tr.verb && d.lx.is(t.lower, wcRelative) && k > tr.t1 && !(k == tr.t1+1 && d.toks[tr.t1].text == ","):
			for j := k + 1; j < i && j <= k+3; j++ {
				if strings.HasPrefix(d.toks[j].tag, "VB") && !d.lx.is(d.toks[j].lower, wcAux, wcBe) {
					other = true
				}
			}
		case t.text == "," && k+1 < i && d.toks[k+1].tag == "VBG" && !d.lx.is(d.toks[k+1].lower, wcReport):
			return true
		case t.text == "," && other:
			// the relative clause closes: "met X, who leads Y, on
			// Wednesday"
			other = false
		}
	}
	return other
}

// sinceAt: "since" stands at most three words before token i, in its
// sentence: a "since" that closes the sentence before ("... and they have
// spoken often since. Earlier this month, X spoke with Y") opens no span
// of this one (reading "since-same-sentence").
func (d *document) sinceAt(i int) bool {
	for k := max(i-3, 0); k < i; k++ {
		if d.toks[k].lower == "since" && d.toks[k].sent == d.toks[i].sent {
			return true
		}
	}
	return false
}

// vagueFuture: the sentence names a vague future time ("next week",
// "later this month", "this year") for a plan.
func (d *document) vagueFuture(s sentence) bool {
	for k := s.t0; k+1 < s.t1; k++ {
		a, b := d.toks[k].lower, d.toks[k+1].lower
		if shift, ok := d.lx.dateWord(dwShift, a); ok && shift >= 0 && d.unitIs(k+1, unitYear, unitMonth, unitWeek, unitSeason) {
			return true
		}
		if a == "later" && b == "this" {
			return true
		}
	}
	return false
}

// tripDays reads a trip's length before a visit trigger ("a three-day
// visit", "a 5-day state visit", "a two-day tour of"): the number of days,
// or 0.
func (d *document) tripDays(tr trigMatch, s sentence) int {
	for k := tr.t0 - 1; k >= s.t0 && k >= tr.t0-3; k-- {
		w := d.toks[k].lower
		num, unit, ok := strings.Cut(w, "-")
		if !ok {
			if k+2 < tr.t0 && d.toks[k+1].text == "-" {
				num, unit = w, d.toks[k+2].lower // "three - day" split
			} else {
				continue
			}
		}
		if unit != "day" {
			continue
		}
		n, ok := d.lx.dateWord(dwNumber, num)
		if !ok {
			n, _ = strconv.Atoi(num)
		}
		if n >= 2 && n <= 60 {
			return n
		}
	}
	return 0
}

// tripRange bounds a visit of N days by the verb that dates one end of it:
// "began a three-day visit on Monday" runs from Monday, "wrapped up a
// three-day visit on Wednesday" ends on Wednesday, "a five-day tour
// beginning Monday" starts then, as does leaving the place ("left Lima on
// Tuesday after a three-day visit": departed). date is the clause's date;
// a day value becomes a range start/end, anything else is returned as it
// is.
func (d *document) tripRange(tr trigMatch, s sentence, date string, departed bool) string {
	day, n := d.tripDaysOn(tr, s, date)
	if n == 0 {
		return date
	}
	lx := d.lx
	from := tr.t0 - 6
	switch {
	case departed || d.cueNear(lx, tr.t0, from, tr.t0, cueTripEnd) || d.cueNear(lx, tr.t0, tr.t1, tr.t1+6, cueTripEnd) || d.afterTrip(tr, s):
		return day.AddDate(0, 0, -(n-1)).Format("2006-01-02") + "/" + date
	case d.cueNear(lx, tr.t0, from, tr.t0, cueTripStart) || d.cueNear(lx, tr.t0, tr.t1, tr.t1+6, cueTripStart):
		return date + "/" + day.AddDate(0, 0, n-1).Format("2006-01-02")
	}
	return date
}

// tripSpans (reading arrival-for-trip), once the events are merged: a
// visit dated by its travel verb's own day and told with the trip's length
// in a "for" phrase ("landed in Quito on Friday for a four-day
// visit") runs that many days from that day. It runs after the merge so
// that the mentions of the trip (", his first trip to West Africa") are
// one event by their day first; the id follows the new date.
func (d *document) tripSpans() {
	for i := range d.events {
		e := &d.events[i]
		f := e.facts
		if e.Type != Visit || !f.set || !f.verb || !f.ownDate || len(e.Date) != len("2006-01-02") || f.sent < 0 || f.sent >= len(d.sent) {
			continue
		}
		s := d.sent[f.sent]
		tr := trigMatch{t0: f.n0, t1: f.t1, verb: true, typ: Visit}
		n := d.forTripDays(tr, s)
		day, err := time.Parse("2006-01-02", e.Date)
		if n == 0 || err != nil || d.nearestDate(span{s.t0, s.t1}, tr) != e.Date {
			continue
		}
		if d.lateInDay(e.Date, s, tr) {
			// "arrived on Wednesday night for a two-day visit": the
			// two days are Thursday and Friday
			day = day.AddDate(0, 0, 1)
			e.Date = day.Format("2006-01-02")
		}
		e.Date += "/" + day.AddDate(0, 0, n-1).Format("2006-01-02")
		e.ID = eventID(*e)
		d.tracef("visit %q: %d days from its day, %s (reading arrival-for-trip)", e.Trigger, n, e.Date)
		if d.explain {
			e.Explain = append(e.Explain, fmt.Sprintf("date %s by reading arrival-for-trip: a trip of %d days from its travel verb's day", e.Date, n))
		}
	}
}

// lateInDay: the day value of the travel verb's clause is told late in
// that day, by a word of class lateday right after it or before it
// ("on Wednesday night", "on Wednesday evening", "late on Wednesday",
// "late Wednesday"), so a trip of N days starts the next day.
func (d *document) lateInDay(value string, s sentence, tr trigMatch) bool {
	for _, dm := range d.dates {
		if dm.value != value || dm.span.t0 < s.t0 || dm.span.t1 > s.t1 || dm.span.t0 > tr.t1+8 || dm.span.t1 < tr.t0-8 {
			continue
		}
		for k := dm.span.t0; k <= dm.span.t1 && k < s.t1; k++ {
			if k > dm.span.t0 && d.lx.is(d.toks[k].lower, wcLateDay) {
				return true // "Wednesday night", in the span or right after it
			}
		}
		for k := dm.span.t0 - 1; k >= s.t0 && k >= dm.span.t0-2; k-- {
			if d.lx.is(d.toks[k].lower, wcLateDay) {
				return true // "late on Wednesday", "late Wednesday"
			}
			if d.toks[k].lower != "on" {
				break
			}
		}
	}
	return false
}

// forTripDays reads a trip's length after a travel verb trigger, in a
// "for" or "on" phrase with no other verb between ("arrived in Madrid on
// Tuesday for a three-day visit", "flies to Lima on Monday for a two-day
// state visit", "landed on Sunday on a five-day working visit", "landed on
// Friday for a four-day stay"): the number of
// days, or 0. The verb's own day is the trip's
// first (reading arrival-for-trip).
func (d *document) forTripDays(tr trigMatch, s sentence) int {
	if !tr.verb || tr.typ != Visit {
		return 0
	}
	for k := tr.t1; k+2 < s.t1 && k <= tr.t1+8; k++ {
		if d.toks[k].text == "," || d.verbBetween(k, k+1) && !d.lx.is(d.toks[k].lower, wcLateDay) { // "evening" of "on Wednesday evening" is tagged a verb
			return 0
		}
		if d.toks[k].lower == "for" {
			if n, _ := d.daysOf(k + 1); n > 0 {
				return n // "flew to Lima on Monday for two days of talks"
			}
		}
		if d.toks[k].lower != "for" && d.toks[k].lower != "on" || !d.lx.is(d.toks[k+1].lower, wcArticle) {
			continue
		}
		n, next := d.dayCount(k + 2)
		if n == 0 {
			return 0
		}
		// the trip noun right after, perhaps past an adjective ("state
		// visit", "official trip"): after an article and a length it is
		// a noun whatever its tag (the tagger sometimes reads "visit"
		// there as a verb)
		for j := next; j < s.t1 && j <= next+2; j++ {
			if l, v := d.lx.triggers.longest(d.toks, j, s.t1); l > 0 && d.nounFrameOf(v, Visit) || d.lx.is(d.toks[j].lower, wcTripStay) {
				return n // "for a three-day stay" (word class tripstay)
			}
		}
		return 0
	}
	return 0
}

// daysOf reads "two days of" at token k ("for two days of talks"): the
// number of days, 2 to 60, and the token after "of"; 0 when none.
func (d *document) daysOf(k int) (int, int) {
	if k+2 >= len(d.toks) || d.toks[k+1].lower != "days" || d.toks[k+2].lower != "of" || d.toks[k+2].sent != d.toks[k].sent {
		return 0, k
	}
	n, ok := d.lx.dateWord(dwNumber, d.toks[k].lower)
	if !ok {
		n, _ = strconv.Atoi(d.toks[k].lower)
	}
	if n < 2 || n > 60 {
		return 0, k
	}
	return n, k + 3
}

// nounFrameOf: the trigger forms v include a noun frame of type typ.
func (d *document) nounFrameOf(v int, typ string) bool {
	return d.nounFrame(v, typ) != nil
}

// dayCount reads "three-day" (or "three - day", "3-day") at token k: the
// number of days, 2 to 60, and the token after it; 0 when none.
func (d *document) dayCount(k int) (int, int) {
	if k >= len(d.toks) {
		return 0, k
	}
	w := d.toks[k].lower
	num, unit, ok := strings.Cut(w, "-")
	next := k + 1
	if !ok && k+2 < len(d.toks) && d.toks[k+1].text == "-" {
		num, unit, ok = w, d.toks[k+2].lower, true
		next = k + 3
	}
	if !ok || unit != "day" {
		return 0, k
	}
	n, found := d.lx.dateWord(dwNumber, num)
	if !found {
		n, _ = strconv.Atoi(num)
	}
	if n < 2 || n > 60 {
		return 0, k
	}
	return n, next
}

// afterTrip: "after" opens the trip's phrase ("flew home on Thursday
// after a four-day visit to Quito"): the clause's date is its last day.
func (d *document) afterTrip(tr trigMatch, s sentence) bool {
	for k := tr.t0 - 1; k >= s.t0 && k >= tr.t0-5; k-- {
		switch l := d.toks[k].lower; {
		case l == "after" || l == "following":
			return true
		case l == "," || d.toks[k].tag == "VBD" || d.toks[k].tag == "VBZ":
			return false
		}
	}
	return false
}

// bareDeparture: the verb of leaving before token i has no object ("and
// leaves on Thursday", "left early on Friday", "departs Sunday"): it
// leaves the place of the visit told.
func (d *document) bareDeparture(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	if !t.word {
		return true // "left." "left,"
	}
	if d.dateAt(i) > i {
		return true // "leaves Thursday"
	}
	return d.lx.is(t.lower, wcBare)
}

// sentOfByte: the sentence the byte offset stands in.
func (d *document) sentOfByte(b int) int {
	return sort.Search(len(d.sent), func(i int) bool { return d.sent[i].end > b })
}

// departure reads "she left Lima on Thursday": the end of the visit to Lima
// told before, a day, becomes the visit's range from that day to this one
// (at most a month on). seen indexes the events by id; a visit's id
// changes with its date.
func (d *document) departure(si int, seen map[string]int) {
	s := d.sent[si]
	for k := s.t0; k+1 < s.t1; k++ {
		if !d.lx.is(d.toks[k].lower, wcDepart) || !d.verbal(k) {
			continue
		}
		place := ""
		for _, m := range d.mentionsIn(span{k + 1, k + 2}) {
			if e := d.entityOf(m); e != nil && m.typ == Location {
				place = e.canon
			}
		}
		if place == "" && d.bareDeparture(k+1) {
			// "She met X on Tuesday and leaves on Thursday": the visit told
			// last, in this sentence or the two before
			for i := len(d.events) - 1; i >= 0; i-- {
				e := &d.events[i]
				if e.TriggerSpan != nil && e.TriggerSpan[0] > d.toks[k].start {
					continue // "leaves on Friday after visiting Villeta": a visit told after the leaving is not the one it ends
				}
				if e.Type == Visit && e.SentenceSpan != nil && d.sentOfByte(e.SentenceSpan[0]) >= si-2 {
					place = e.Location
					break
				}
			}
		}
		if place == "" {
			continue // "left for Quito" is a trip there; "left the talks" none
		}
		end := d.nearestDate(span{k, d.clauseEnd(k, s.t1)}, trigMatch{t0: k, t1: k + 1, verb: true})
		last, err := time.Parse("2006-01-02", end)
		if err != nil {
			continue
		}
		for i := len(d.events) - 1; i >= 0; i-- {
			e := &d.events[i]
			if e.Type != Visit || e.Location != place {
				continue
			}
			first, err := time.Parse("2006-01-02", e.Date)
			if err == nil && first.Before(last) && last.Sub(first) <= 31*24*time.Hour {
				d.tracef("S%d departure from %s on %s: visit %s ends", si, place, end, e.Date)
				delete(seen, e.ID)
				e.Date += "/" + end
				e.ID = eventID(*e)
				seen[e.ID] = i
				if d.explain {
					e.Explain = append(e.Explain, "date "+e.Date+": the visit ends where its traveller leaves: "+d.sentenceText(si))
				}
			}
			break
		}
	}
}

// departedFrom: the place a verb of leaving before a visit trigger names
// ("left Lima on Tuesday after a three-day visit"), or "".
func (d *document) departedFrom(s sentence, tr trigMatch) string {
	for k := tr.t0 - 1; k >= s.t0 && k >= tr.t0-10; k-- {
		if !d.lx.is(d.toks[k].lower, wcDepart) || !d.verbal(k) {
			continue
		}
		for _, m := range d.mentionsIn(span{k + 1, k + 2}) {
			if e := d.entityOf(m); e != nil && m.typ == Location {
				return e.canon
			}
		}
		return ""
	}
	return ""
}

// tripVerbs drops a verb trigger that ends or begins a trip named right
// after it: "concluded a two-day state visit" is the visit's end, no
// agreement concluded.
func (d *document) tripVerbs(trigs []trigMatch) []trigMatch {
	out := trigs[:0]
	for i, tr := range trigs {
		if tr.verb && tr.typ != Visit && i+1 < len(trigs) {
			next := trigs[i+1]
			if next.typ == Visit && !next.verb && next.t0-tr.t1 <= 4 &&
				(d.cueNear(d.lx, tr.t0, tr.t0, tr.t0+1, cueTripEnd) || d.cueNear(d.lx, tr.t0, tr.t0, tr.t0+1, cueTripStart)) {
				d.tracef("%s %q: the end or start of a trip", tr.typ, d.textOf(span{tr.t0, tr.t1}))
				continue
			}
		}
		out = append(out, tr)
	}
	return out
}

// attributiveDate: the date at ds modifies the noun after it, inside a
// noun phrase that a determiner or a possessor opens ("the two
// countries' 2007 trade pact", "its 2025 budget", "the May 2 bombing",
// a bare year before a name: "the 2029 Baltic Regatta"; not after a word
// of class heldat: "met in Bodo during the 2009-10 quota round"):
// it dates that thing, not an event around it — unless the noun it
// modifies is the trigger itself ("the 2019 summit", "a June 5 trade
// meeting").
func (d *document) attributiveDate(ds span, tr trigMatch) bool {
	i, j := ds.t0, ds.t1
	if i == 0 || j >= len(d.toks) {
		return false
	}
	p := d.toks[i-1]
	if p.tag != "DT" && p.tag != "PRP$" && !isPossessive(p.text) && p.text != "'" {
		return false
	}
	if i >= 2 && d.lx.is(d.toks[i-2].lower, wcHeldAt) {
		// an event held at or during the dated occasion takes its date:
		// "signed at the 2024 Forestry Congress", "met during the 2009-10
		// quota round" (class heldat)
		return false
	}
	n := d.toks[j]
	// a bare year before a capitalized word names a thing: "the 2029
	// Baltic Regatta", "the 2030 Games"
	named := n.cap && n.word && j == i+1 && len(d.toks[i].text) == 4 && allDigits(d.toks[i].text)
	if !named && (n.cap || !n.word || n.tag != "NN" && n.tag != "NNS" && n.tag != "JJ") {
		return false
	}
	if _, ok := d.lx.dateWords[n.lower]; ok {
		return false // "the Monday afternoon", "this year alone"
	}
	return tr.t0 < j || tr.t0 > j+2
}

// tripDaysOn reads date as a day and the trigger's trip length in days
// ("a three-day visit"); n is 0 when date is no day or the trip states no
// length. tripRange and tripDayRange both start from it.
func (d *document) tripDaysOn(tr trigMatch, s sentence, date string) (day time.Time, n int) {
	day, err := time.Parse("2006-01-02", date)
	if err != nil {
		return day, 0
	}
	return day, d.tripDays(tr, s)
}
