package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The dates pass finds calendar expressions and normalises them in the
// style of TIMEX3: a day 2025-05-31, a month 2025-02, a year 2025, a
// quarter 2025-Q4, a range 2025-05-27/2025-05-29. Days without a year take
// it from the published date, else from the nearest year the article names.

// refDate is what relative and year-less dates resolve against.
type refDate struct {
	t       time.Time
	hasDay  bool // t is a real day (published, or a dated dateline)
	hasYear bool
}

// dateMention is one date expression in the text.
type dateMention struct {
	span  span
	text  string
	value string
	day   time.Time // first day, for events and ordering (zero when unknown)
	// a week, season, decade or century: an entity, not an event's date
	coarse bool
	// "tonight", "last night": an event's date, not an entity
	timeOnly bool
}

type dateGran int

const (
	granDay dateGran = iota + 1
	granMonth
	granYear
	granQuarter
	granHalf
	granWeek    // 2026-W19
	granWeekend // 2026-W19-WE
	granSeason  // 2026-SU
	granDecade  // 199
	granCentury // 19
)

// dpoint is a parsed date before its year is known.
type dpoint struct {
	y, m, d, q int
	gran       dateGran
	weekday    int // 1..7 Monday..Sunday for "on Tuesday"; 0 otherwise
	relDays    int // yesterday -1, today 0, tomorrow 1 (with rel)
	rel        bool
	next, last bool // "next Tuesday", "last Tuesday"
	// relative months and years: "last year" {calYear, -1}, "two months
	// ago" {calMonth, -2}, "last November" {calNamed, -1} with m
	cal   calShift
	shift int
	// "Jan. 20-21 next year": the year is the reference's moved by this
	yearShift int
	// "the Sept. 11 attacks": a day naming a past event (namesPastEvent)
	pastEvent bool
	// "Tuesday next week", "from Monday to Wednesday this week": the
	// weekday is in the week the reference's week moved by weekShift
	inWeek    bool
	weekShift int
	// "in the summer", "over the weekend": which one the tense says
	byTense bool
	// calAnchor: the unit counted from the date named before; "the end
	// of the month" takes the reference's month when none was named
	anchorUnit  int
	refFallback bool
	// "tonight", "last night": a TIMEX3 TIME, which dates events by its
	// day but is no DATE entity
	timeOfDay bool
}

// allDigits: strconv.Atoi allocates an error for every word that is not a
// number, and the dates pass asks of every word.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isDayNum: s is a day of the month in digits ("13", "13th").
func isDayNum(s string) bool { _, ok := dayNum(s); return ok }

func dayNum(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func yearNum(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1900 || n > 2100 {
		return 0, false
	}
	return n, true
}

// dayRange parses "27-29" (one token).
func dayRange(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	x, ok1 := dayNum(a)
	y, ok2 := dayNum(b)
	return x, y, ok1 && ok2 && x < y
}

// findDates runs the dates pass over the body.
func (d *document) findDates() {
	toks := d.toks
	var pending []pendingDate
	for i := d.bodyTok; i < len(toks); {
		pp := d.parsePoint(i)
		if pp.n == 0 {
			if k := d.firstOfDayPair(i); k > 0 {
				// "on 12 and 13 October": the first day takes the
				// second's month and year, a date of its own as in
				// "May 3 and 4"
				dd, _ := dayNum(toks[i].lower)
				bp := d.parsePoint(i + 2)
				d.dates = append(d.dates, dateMention{span: span{i, i + 1}, text: d.textOf(span{i, i + 1})})
				pending = append(pending, pendingDate{a: dpoint{y: bp.p.y, m: bp.p.m, d: dd, gran: granDay}, idx: len(d.dates) - 1})
				i = k
				continue
			}
			i++
			continue
		}
		a, end := pp.p, i+pp.n
		b, isRange := pp.end, pp.hasEnd // "June 10-12", "8-9 July", "2015-16"
		// ranges: A to B, A-B, between A and B
		if !isRange && end+1 < len(toks) && (d.lx.isWord(dwRange, toks[end].lower) || (toks[end].lower == "and" && i > 0 && d.lx.isWord(dwRangeStart, toks[i-1].lower)) || (toks[end].lower == "and" && a.weekday != 0 && d.lx.nextWeekday(toks[end+1].lower, a.weekday))) {
			if bp := d.parsePoint(end + 1); bp.n > 0 && bp.p.gran == a.gran {
				b, isRange = bp.p, true
				end = end + 1 + bp.n
			} else if m, ok := d.lx.monthOf(toks[end+1]); ok && a.gran == granMonth && a.cal == calNone && toks[end+1].sent == toks[end].sent {
				// "between March and May": the second month needs no
				// preposition of its own
				y, k := d.yearAfter(end + 2)
				b, isRange = dpoint{y: y, m: m, gran: granMonth}, true
				end += 2 + k
			} else if a.gran == granDay && !a.rel && a.weekday == 0 {
				// "May 27 to 29", "from May 20 to 24, 2026"
				if dd, ok := dayNum(toks[end+1].lower); ok && dd > a.d {
					b, isRange = dpoint{y: a.y, m: a.m, d: dd, gran: granDay}, true
					end += 2
					if y, k := d.yearAfter(end, ","); y != 0 && a.y == 0 {
						a.y, b.y = y, y
						end += k
					}
				}
			}
		}
		// "Jan. 20-21 next year", "in March last year": the relative year
		// is part of the date
		if a.y == 0 && a.cal == calNone && (a.m != 0 || a.gran == granQuarter || a.gran == granHalf) {
			if n, shift := d.relYearAt(end); n > 0 {
				end += n
				a.yearShift, b.yearShift = shift, shift
			}
		}
		// "In 2019, on 4 June, the two mayors signed": a year fronted in
		// the sentence is the year of a day or month written without one
		// (dates_fronted.go)
		if a.y == 0 && a.yearShift == 0 && a.cal == calNone && !a.rel && !a.pastEvent && a.weekday == 0 && a.m != 0 {
			if y := d.frontedYear(i); y != 0 {
				a.y = y
				if isRange && b.y == 0 {
					b.y = y
				}
			}
		}
		// "Tuesday next week", "Monday to Wednesday this week": the week
		// is part of the date
		if a.weekday != 0 && !a.next && !a.last && (!isRange || b.weekday != 0) {
			if n, shift := d.weekAt(end); n > 0 {
				end += n
				a.inWeek, a.weekShift = true, shift
				b.inWeek, b.weekShift = isRange, shift
			}
		}
		// "May 3 and 4": the second day is a date of its own
		if !isRange && a.gran == granDay && a.m != 0 && a.weekday == 0 && a.cal == calNone && end+1 < len(toks) && toks[end].tag == "CC" && toks[end+1].sent == toks[i].sent {
			if dd, ok := dayNum(toks[end+1].lower); ok && dd > a.d && (d.clauseEnds(end+2) || d.prepAfterDay(end+2)) {
				y, k := d.yearAfter(end+2, ",") // "May 3 and 4, 2026"
				if a.y == 0 {
					a.y = y
				}
				second := a
				second.d = dd
				d.dates = append(d.dates, dateMention{span: span{i, end}, text: d.textOf(span{i, end})})
				pending = append(pending, pendingDate{a: a, idx: len(d.dates) - 1})
				i, a = end+1, second
				end = i + 1 + k
			}
		}
		if isRange && b.m == 0 && a.m != 0 {
			b.m = a.m
		}
		if isRange && a.m == 0 && b.m != 0 {
			a.m = b.m
			if a.y == 0 {
				a.y = b.y
			}
		}
		if isRange && b.y == 0 && a.y != 0 {
			b.y = a.y
		}
		if isRange && a.y == 0 && b.y != 0 {
			a.y = b.y
		}
		if a.gran == granDay && a.m == 0 && a.weekday == 0 && !a.rel && a.cal == calNone {
			i++ // a bare day number
			continue
		}
		sp := span{i, end}
		dm := dateMention{span: sp, text: d.textOf(sp)}
		d.dates = append(d.dates, dm)
		pending = append(pending, pendingDate{a: a, b: b, isRange: isRange, idx: len(d.dates) - 1})
		i = end
	}
	d.resolveDates(pending)
}

type pendingDate struct {
	a, b    dpoint
	isRange bool
	idx     int
}

// prepAfterDay: a preposition other than "of" stands at token k, after
// the second day of a pair ("on June 8 and 9 at the invitation of", "on
// March 2 and 3 in Nairobi"): that day is a date, not a count of what
// follows ("on May 3 and 4 delegates", "4 of the 10").
func (d *document) prepAfterDay(k int) bool {
	if k >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent {
		return false
	}
	t := d.toks[k]
	return (t.tag == "IN" || t.tag == "TO") && t.lower != "of"
}

// firstOfDayPair: the token i is the first day of a pair written day first
// after a preposition ("on 12 and 13 October", "on 12 and 14 October 2025";
// not "between 12 and 13 October", a range): the token of the second day,
// else 0.
func (d *document) firstOfDayPair(i int) int {
	toks := d.toks
	if i <= d.bodyTok || i+2 >= len(toks) || toks[i-1].tag != "IN" || d.lx.isWord(dwRangeStart, toks[i-1].lower) || toks[i+1].lower != "and" || toks[i+2].sent != toks[i].sent {
		return 0
	}
	a, ok := dayNum(toks[i].lower)
	if !ok || !isDayNum(toks[i+2].lower) {
		return 0
	}
	bp := d.parsePoint(i + 2)
	if bp.n == 0 || bp.hasEnd || bp.p.gran != granDay || bp.p.m == 0 || bp.p.weekday != 0 || bp.p.rel || bp.p.cal != calNone || bp.p.d <= a {
		return 0
	}
	return i + 2
}

// parsed is one date expression read at a token: its point, the tokens it
// took (0: none), and the end of a range written inside it ("June 10-12",
// "8-9 July", "2015-16").
type parsed struct {
	p      dpoint
	n      int
	end    dpoint
	hasEnd bool
}

// parsePoint parses one date at token i.
func (d *document) parsePoint(i int) parsed {
	toks := d.toks
	t := toks[i]
	at := func(k int) (token, bool) {
		if k < len(toks) && toks[k].sent == t.sent {
			return toks[k], true
		}
		return token{}, false
	}
	one := func(p dpoint, n int) parsed { return parsed{p: p, n: n} }
	// dayMonth reads the month after the day dd at i, and a year after
	// that ("31 May", "31 May 2025", "8-9 July"): the date and how many
	// tokens it takes
	dayMonth := func(dd int) (dpoint, int, bool) {
		mt, ok := at(i + 1)
		if !ok {
			return dpoint{}, 0, false
		}
		m, ok := d.lx.monthOf(mt)
		if !ok {
			return dpoint{}, 0, false
		}
		p, n := dpoint{m: m, d: dd, gran: granDay}, 2
		if yt, ok := at(i + 2); ok {
			if y, ok := yearNum(yt.text); ok {
				p.y, n = y, 3
			}
		}
		return p, n, true
	}
	// ISO 2026-03-03
	if len(t.text) == 10 && t.text[4] == '-' && t.text[7] == '-' {
		if tm, err := time.Parse("2006-01-02", t.text); err == nil {
			return one(dpoint{y: tm.Year(), m: int(tm.Month()), d: tm.Day(), gran: granDay}, 1)
		}
	}
	if m, ok := d.lx.monthOf(t); ok {
		n1, ok1 := at(i + 1)
		if ok1 {
			if dd, ok := dayNum(n1.lower); ok {
				p := dpoint{m: m, d: dd, gran: granDay}
				y, k := d.yearAfter(i+2, ",") // "May 31, 2025"
				p.y = y
				p.pastEvent = y == 0 && d.namesPastEvent(i, i+2)
				return one(p, 2+k)
			}
			if a, b, ok := dayRange(n1.lower); ok {
				// "June 10-12"
				y, k := d.yearAfter(i+2, ",")
				return parsed{p: dpoint{y: y, m: m, d: a, gran: granDay}, n: 2 + k,
					end: dpoint{y: y, m: m, d: b, gran: granDay}, hasEnd: true}
			}
			if y, k := d.yearAfter(i+1, "of"); y != 0 {
				return one(dpoint{y: y, m: m, gran: granMonth}, 1+k) // "May 2024", "May of 2024"
			}
		}
		if d.monthAlone(i) {
			return one(dpoint{m: m, gran: granMonth}, 1)
		}
		return parsed{}
	}
	if dd, ok := dayNum(t.lower); ok && t.word {
		// 31 May (2025)
		if p, n, ok := dayMonth(dd); ok {
			p.pastEvent = p.y == 0 && d.namesPastEvent(i, i+2)
			return one(p, n)
		}
		// "the 31st of May (2025)"
		if of, ok := at(i + 1); ok && of.lower == "of" && !allDigits(t.lower) {
			if mt, ok := at(i + 2); ok {
				if m, ok := d.lx.monthOf(mt); ok {
					y, k := d.yearAfter(i+3, ",")
					return one(dpoint{y: y, m: m, d: dd, gran: granDay}, 3+k)
				}
			}
		}
		// a bare day, only as the start of "between 8 and 9 July"
		if i > 0 && d.lx.isWord(dwRangeStart, toks[i-1].lower) {
			return one(dpoint{d: dd, gran: granDay}, 1)
		}
		// "the 20th century", "on the 29th"
		if p, n := d.parseCoarse(i); n > 0 {
			return one(p, n)
		}
		return parsed{}
	}
	if a, b, ok := dayRange(t.lower); ok {
		// 8-9 July
		if p, n, ok := dayMonth(a); ok {
			return parsed{p: p, n: n, end: dpoint{y: p.y, m: p.m, d: b, gran: granDay}, hasEnd: true}
		}
	}
	if wd, ok := d.lx.dateWord(dwWeekday, t.lower); ok && t.cap {
		// "Tuesday, March 3": the calendar date wins
		if c, ok := at(i + 1); ok && c.text == "," {
			if pp := d.parsePointNoWeekday(i + 2); pp.n > 0 {
				return parsed{}
			}
		}
		p := dpoint{weekday: wd, gran: granDay}
		// "next Monday", "last Friday", "this past Sunday"
		if shift, ok := d.shiftBefore(i); ok {
			p.next, p.last = shift > 0, shift < 0
		}
		return one(p, 1)
	}
	// "Christmas", "New Year's Eve": a fixed day
	if v, n, ok := d.holidayAt(i); ok {
		y, k := d.yearAfter(i+n, ",")
		return one(dpoint{y: y, m: v / 100, d: v % 100, gran: granDay}, n+k)
	}
	if n, ok := d.lx.dateWord(dwRelDay, t.lower); ok {
		return one(dpoint{rel: true, relDays: n, gran: granDay}, 1)
	}
	if n, ok := d.lx.dateWord(dwTimeOfDay, t.lower); ok {
		return one(dpoint{rel: true, relDays: n, gran: granDay, timeOfDay: true}, 1)
	}
	// halves: "the second half of 2026", "H1 2027"
	if h, ok := d.lx.dateWord(dwOrdinal, t.lower); ok && h <= 2 && i+1 < len(toks) && d.unitIs(i+1, unitHalf) {
		p := dpoint{q: h, gran: granHalf}
		y, k := d.yearAfter(i+2, "of")
		p.y = y
		return one(p, 2+k)
	}
	// numeric dates: 10/04/2026 (day first unless that cannot be)
	if p, ok := d.numericDate(t.text); ok {
		return one(p, 1)
	}
	// quarters: "the fourth quarter (of 2025)", "Q4 2025"
	if q, ok := d.lx.dateWord(dwOrdinal, t.lower); ok && q <= 4 {
		if _, ok := at(i + 1); ok && d.unitIs(i+1, unitQuarter) {
			p := dpoint{q: q, gran: granQuarter}
			y, k := d.yearAfter(i+2, "of", ",") // "the fourth quarter of 2025"
			p.y = y
			return one(p, 2+k)
		}
	}
	// "second-quarter profit", "first-half results", "third-quarter 2025"
	if p, ok := d.lx.hyphenPart(t.lower); ok {
		y, k := d.yearAfter(i + 1)
		p.y = y
		return one(p, 1+k)
	}
	if len(t.text) == 2 && (t.text[0] == 'Q') && t.text[1] >= '1' && t.text[1] <= '4' {
		p := dpoint{q: int(t.text[1] - '0'), gran: granQuarter}
		n := 1
		if yt, ok := at(i + 1); ok {
			if y, ok := yearNum(yt.text); ok {
				p.y, n = y, 2
			}
		}
		return one(p, n)
	}
	// a year: "in 2025", "the 2028 Cup", "by 2030" — not an amount
	// ("$2025", "2025 tonnes" after a currency) nor a percentage; a range of
	// years "2015-2016", "1998-99", "2015–16"
	if y, y2, n, ok := d.yearOrRange(i); ok {
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1].text
		}
		if i+n < len(toks) {
			next = toks[i+n].lower
		}
		switch {
		case strings.ContainsAny(prev, "$€£¥#"), d.lx.isWord(dwAmount, next):
		case y2 != 0:
			return parsed{p: dpoint{y: y, gran: granYear}, n: n, end: dpoint{y: y2, gran: granYear}, hasEnd: true}
		default:
			return one(dpoint{y: y, gran: granYear}, 1)
		}
	}
	if strings.HasPrefix(t.lower, "mid-") {
		if y, ok := yearNum(t.lower[4:]); ok {
			return one(dpoint{y: y, gran: granYear}, 1)
		}
		// "mid-June", "mid-Sept.": the month
		if m, ok := d.lx.dateWord(dwMonth, t.lower[4:]); ok && len(t.text) > 4 && t.text[4] >= 'A' && t.text[4] <= 'Z' {
			return one(dpoint{m: m, gran: granMonth}, 1)
		}
	}
	if y, ok := d.fiscalYear(t.lower); ok {
		return one(dpoint{y: y, gran: granYear}, 1) // "FY2027"
	}
	// seasons, weekends, decades, centuries; dates anchored on the one
	// named before
	if p, n := d.parseCoarse(i); n > 0 {
		return one(p, n)
	}
	// relative months and years: "last year", "next month", "three
	// decades ago", "last November", "this financial year"
	if p, n := d.parseRelative(i); n > 0 {
		return one(p, n)
	}
	return parsed{}
}

func (d *document) parsePointNoWeekday(i int) parsed {
	if i >= len(d.toks) {
		return parsed{}
	}
	if d.lx.isWeekday(d.toks[i].lower) {
		return parsed{}
	}
	return d.parsePoint(i)
}

// yearCues lists the explicit years the body names, by token.
func (d *document) yearCues() []struct{ tok, year int } {
	var out []struct{ tok, year int }
	for i := d.bodyTok; i < len(d.toks); i++ {
		if y, ok := yearNum(d.toks[i].text); ok {
			out = append(out, struct{ tok, year int }{i, y})
		}
	}
	return out
}

// resolveDates gives every date parsed by findDates its value, and drops
// those that have none.
func (d *document) resolveDates(pending []pendingDate) {
	cues := d.yearCues()
	yearNear := func(tok int) int {
		best, bestDist := 0, 1<<30
		for _, c := range cues {
			dist := c.tok - tok
			if dist < 0 {
				dist = -dist
			}
			if d.toks[c.tok].sent != d.toks[tok].sent {
				dist += 1000 // prefer the same sentence
			}
			if dist < bestDist {
				best, bestDist = c.year, dist
			}
		}
		return best
	}
	// without a published date, a dated dateline is the reference day
	if !d.ref.hasDay {
		for _, p := range pending {
			dm := d.dates[p.idx]
			if d.inDateline(dm.span.t0) && p.a.gran == granDay && p.a.m != 0 && !p.isRange {
				if _, t, ok := d.valueOf(p.a, dm.span.t0, yearNear, 0); ok && t.Year() > 0 {
					d.ref = refDate{t: t, hasDay: true, hasYear: true}
				}
				break
			}
		}
	}
	// days written with their year, by token: the dates a quoted older
	// message can be anchored to
	anchors := map[int]time.Time{}
	for _, p := range pending {
		if p.a.gran == granDay && p.a.y != 0 && p.a.m != 0 && !p.isRange {
			dm := d.dates[p.idx]
			if _, t, ok := d.valueOf(p.a, dm.span.t0, yearNear, 0); ok {
				anchors[dm.span.t0] = t
			}
		}
	}
	// the last day resolved, for a schedule told in order ("visits Abu
	// Dhabi on Wednesday, July 22, and will hold talks ... on Thursday")
	var last struct {
		day   time.Time
		sent  int
		ok    bool
		named bool // written with its weekday: "on Wednesday, July 22"
		cal   bool // a calendar date, not a weekday or "tomorrow"
	}
	var prev anchor         // the date named last, for "the previous day"
	var bare []bareWeekday  // past bare weekdays, for reading past-weekday-order
	var plans []planWeekday // bare weekdays, for reading reported-plan
	var sayings []saidDay   // the days of sayings, for reading reported-plan
	for _, p := range pending {
		dm := &d.dates[p.idx]
		tense := d.tenseAt(dm.span.t0)
		ref := d.ref
		quoted := false
		if p.a.rel || p.a.weekday != 0 {
			if t, ok := d.quoteRef(dm.span.t0, anchors); ok {
				d.ref = refDate{t: t, hasDay: true, hasYear: true}
				quoted = true
			}
		}
		va, ta, vb, ok := d.pendingValue(p, dm.span.t0, yearNear, tense)
		sent := d.toks[dm.span.t0].sent
		anchored := false
		if ok && p.a.weekday != 0 && !p.a.next && !p.a.last && !p.a.inWeek && !quoted && last.ok {
			if rule := d.weekdayAnchor(dm.span.t0, sent, tense, last.day, last.sent, last.named, last.cal, ref.t, ta); rule != "" {
				// a weekday of a schedule the story dates: on or after
				// that schedule's day (dates_weekday.go)
				d.tracef("weekday %q: on or after %s by reading %s", d.textOf(dm.span), last.day.Format("2006-01-02"), rule)
				d.ref = refDate{t: last.day, hasDay: true, hasYear: true}
				pa, pta, pb, pok := d.pendingValue(p, dm.span.t0, yearNear, 1)
				if pok && tense < 0 && ref.hasDay && pta.After(ref.t) {
					// "arrived on March 7 ... On the Friday he met Y" in a
					// story of March 11: a past tense tells no day after
					// publication; the published date's reading stays
					d.tracef("weekday %q: %s is after publication in a past tense, refused", d.textOf(dm.span), pta.Format("2006-01-02"))
				} else {
					va, ta, vb, ok = pa, pta, pb, pok
					anchored = ok
				}
			}
		}
		d.ref = ref
		if p.a.cal == calAnchor {
			va, ta, ok = d.anchoredValue(p.a, prev, sent)
			vb = ""
		}
		if !ok {
			dm.value = ""
			continue
		}
		before := prev
		prev = anchor{start: ta, end: ta, gran: p.a.gran, sent: sent, ok: true}
		if tb, err := time.Parse("2006-01-02", vb); err == nil {
			prev.end = tb
		}
		if p.a.pastEvent {
			prev.ok = false // "the Sept. 11 attacks" are no day of the story
		}
		if before.ok && sent-before.sent <= 1 && d.objectRelative(dm.span.t0) {
			// "held talks with X, whose party quit on September 30, and
			// the next day ..." (dates_anchor.go)
			d.tracef("date %q: in a relative clause on an object, no anchor (reading relative-not-anchor)", d.textOf(dm.span))
			prev = before
		}
		if p.a.weekday != 0 && !p.a.next && !p.a.last && !p.a.inWeek && !quoted && !anchored && tense < 0 && vb == "" {
			bare = append(bare, bareWeekday{idx: p.idx, sent: sent})
		}
		dm.day = ta
		dm.coarse = p.a.gran.isCoarse()
		dm.timeOnly = p.a.timeOfDay
		dm.value = va
		if vb != "" {
			dm.value = va + "/" + vb
		}
		if p.a.gran == granDay && vb == "" && !ta.IsZero() && ref.hasDay && !ta.After(ref.t) && d.reportDate(dm.span) {
			sayings = append(sayings, saidDay{day: ta, sent: sent, span: dm.span})
		} else if p.a.weekday != 0 && !p.a.next && !p.a.last && !p.a.inWeek && !quoted && !anchored && vb == "" {
			plans = append(plans, planWeekday{idx: p.idx, sent: sent, past: tense < 0})
		}
		if p.a.gran == granDay && !ta.IsZero() {
			// a range's start: "from Wednesday to Friday ... on Thursday"
			last.day, last.sent, last.ok = ta, sent, true
			// a week the writer named goes on through the days anchored in it
			last.named = p.a.weekday == 0 && d.weekdayBefore(dm.span.t0) || anchored && last.named
			last.cal = p.a.weekday == 0 && !p.a.rel
		}
	}
	d.pastWeekdayOrder(bare)
	d.reportedPlans(plans, sayings)
	// drop the unresolved
	kept := d.dates[:0]
	for _, dm := range d.dates {
		if dm.value != "" {
			kept = append(kept, dm)
		}
	}
	d.dates = kept
	// weeks, seasons, decades are entities, not the dates of events
	kept = d.dates[:0]
	for _, dm := range d.dates {
		if dm.coarse {
			d.coarseDates = append(d.coarseDates, dm)
		} else {
			kept = append(kept, dm)
		}
	}
	d.dates = kept
}

// weekAt reads "next week", "last week", "this week" at token k, in the
// sentence before it: the tokens it took and the shift in weeks.
func (d *document) weekAt(k int) (int, int) {
	if k <= 0 || k+1 >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent || d.toks[k+1].sent != d.toks[k].sent {
		return 0, 0
	}
	shift, ok := d.lx.dateWord(dwShift, d.toks[k].lower)
	if !ok || !d.unitIs(k+1, unitWeek) {
		return 0, 0
	}
	return 2, shift
}

// pendingValue renders a pending date: its first point, and the second
// when it is a range of two different values (vb "" otherwise).
func (d *document) pendingValue(p pendingDate, tok int, yearNear func(int) int, tense int) (va string, ta time.Time, vb string, ok bool) {
	va, ta, ok = d.valueOf(p.a, tok, yearNear, tense)
	if !ok {
		return "", time.Time{}, "", false
	}
	if p.isRange {
		v, tb, ok := d.valueOf(p.b, tok, yearNear, tense)
		if ok && p.a.weekday != 0 && p.b.weekday != 0 && tb.Before(ta) {
			// "from Tuesday to Thursday": the end is the first such day
			// on or after the start
			tb = ta.AddDate(0, 0, (p.b.weekday-p.a.weekday+7)%7)
			v = tb.Format("2006-01-02")
		}
		if ok && v != va {
			vb = v
		}
	}
	return va, ta, vb, true
}

// valueOf renders one point.
func (d *document) valueOf(p dpoint, tok int, yearNear func(int) int, tense int) (string, time.Time, bool) {
	future := tense > 0
	ref := d.ref
	switch {
	case p.cal == calAnchor:
		return "", time.Time{}, false // resolveDates: anchoredValue
	case p.gran.isCoarse():
		return d.coarseValue(p, tense)
	case p.cal != calNone:
		return d.calValue(p)
	case p.pastEvent:
		return d.pastEventValue(p)
	case p.rel:
		if !ref.hasDay {
			return "", time.Time{}, false
		}
		t := ref.t.AddDate(0, 0, p.relDays)
		return t.Format("2006-01-02"), t, true
	case p.weekday != 0:
		if !ref.hasDay {
			return "", time.Time{}, false
		}
		cur := int(ref.t.Weekday())
		if cur == 0 {
			cur = 7
		}
		diff := p.weekday - cur
		switch {
		case p.inWeek:
			// Monday..Sunday weeks: the day in the named week
			diff += 7 * p.weekShift
		case p.next:
			if diff <= 0 {
				diff += 7
			}
		case p.last:
			if diff >= 0 {
				diff -= 7
			}
		case future:
			if diff < 0 {
				diff += 7
			}
		case tense < 0:
			if diff > 0 {
				diff -= 7
			}
		default: // the nearest such day, the past one on a tie
			if diff > 3 {
				diff -= 7
			} else if diff < -3 {
				diff += 7
			}
		}
		t := ref.t.AddDate(0, 0, diff)
		return t.Format("2006-01-02"), t, true
	}
	y := p.y
	if y == 0 {
		switch {
		case ref.hasYear && ref.hasDay && p.m != 0:
			y = nearestYear(ref.t, p.m, p.d)
			if p.gran == granDay && tense != 0 {
				// "opened the inquiry on March 3" (past) / "will meet on
				// March 3" (future): the year that puts it on that side,
				// a week's slack either way
				t := time.Date(ref.t.Year(), time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
				switch {
				case tense < 0 && t.After(ref.t.AddDate(0, 0, 7)):
					y = ref.t.Year() - 1
				case tense < 0:
					y = ref.t.Year()
				case tense > 0 && t.Before(ref.t.AddDate(0, 0, -7)):
					y = ref.t.Year() + 1
				case tense > 0:
					y = ref.t.Year()
				}
			}
			if p.gran == granMonth {
				switch {
				case tense > 0 && p.m < int(ref.t.Month()):
					y = ref.t.Year() + 1
				case tense > 0:
					y = ref.t.Year()
				case tense < 0 && p.m > int(ref.t.Month()):
					y = ref.t.Year() - 1
				case tense < 0:
					y = ref.t.Year()
				}
			}
		case ref.hasYear:
			y = ref.t.Year()
		default:
			y = yearNear(tok)
		}
		if (p.gran == granQuarter || p.gran == granHalf) && ref.hasDay && p.y == 0 {
			// the quarter of the published year, unless the tense puts it
			// on the other side of the published date
			months := 3
			if p.gran == granHalf {
				months = 6
			}
			start := time.Date(y, time.Month(months*(p.q-1)+1), 1, 0, 0, 0, 0, time.UTC)
			end := start.AddDate(0, months, 0)
			switch {
			case tense < 0 && start.After(ref.t):
				y--
			case tense > 0 && end.Before(ref.t):
				y++
			}
		}
		// "Jan. 20-21 next year", "in March last year"
		if p.yearShift != 0 && ref.hasYear {
			y = ref.t.Year() + p.yearShift
		}
	}
	ys := fmt.Sprintf("%04d", y)
	if y == 0 {
		ys = "XXXX"
	}
	switch p.gran {
	case granDay:
		if p.m == 0 || p.d == 0 {
			return "", time.Time{}, false
		}
		t := time.Date(y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		if y != 0 && t.Day() != p.d {
			return "", time.Time{}, false // 31 June
		}
		return fmt.Sprintf("%s-%02d-%02d", ys, p.m, p.d), t, true
	case granMonth:
		if p.m == 0 {
			return "", time.Time{}, false
		}
		return fmt.Sprintf("%s-%02d", ys, p.m), time.Date(y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC), true
	case granYear:
		return ys, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), y != 0
	case granQuarter:
		return fmt.Sprintf("%s-Q%d", ys, p.q), time.Date(y, time.Month(3*(p.q-1)+1), 1, 0, 0, 0, 0, time.UTC), true
	case granHalf:
		return fmt.Sprintf("%s-H%d", ys, p.q), time.Date(y, time.Month(6*(p.q-1)+1), 1, 0, 0, 0, 0, time.UTC), true
	}
	return "", time.Time{}, false
}

// nearestYear picks the year that puts month/day closest to ref.
func nearestYear(ref time.Time, m, day int) int {
	if day == 0 {
		day = 15
	}
	best, bestDist := ref.Year(), time.Duration(1<<62)
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// tenseAt tells whether the clause around token i speaks of the future
// (+1: "will meet on Thursday", "is due to", "travels to Jakarta on
// Thursday"), the past (-1: "met on Monday", "said Tuesday") or cannot say
// (0). The nearest verb before the token decides; failing one, the first
// after it.
func (d *document) tenseAt(i int) int {
	s := d.sent[d.toks[i].sent]
	// "postponed until November", "by March", "until early March": a time
	// still to come
	b := i - 1
	for b > s.t0 {
		_, mod := d.lx.dateWord(dwMonthMod, d.toks[b].lower)
		_, det := d.lx.dateWord(dwDet, d.toks[b].lower)
		if !mod && !det && d.toks[b].lower != "of" {
			break
		}
		b--
	}
	if b >= 0 && d.lx.isWord(dwDeadline, d.toks[b].lower) {
		if d.pastBound(b, s) || d.pastCompletion(b, i, s) {
			// "a visit that lasted until Saturday": a span that ended;
			// "had agreed a truce by Wednesday": done by a day behind
			return -1
		}
		return 1
	}
	if b > s.t0 && (d.toks[b].lower == "to" || d.toks[b].lower == "for") && d.cueEndsAt(b, s, cuePostpone) {
		return 1 // "pushed back to June 3", "rescheduled for March 20"
	}
	// a weekday keeps the verb's tense: "agreed to buy the stake on
	// Tuesday" is the agreeing's Tuesday
	_, weekday := d.lx.dateWord(dwWeekday, strings.TrimSuffix(strings.TrimSuffix(d.toks[i].lower, "'s"), "’s"))
	verdict := func(k int) (int, bool) {
		t := d.toks[k]
		if d.lx.is(t.lower, wcReport) {
			return 0, false // reporting verbs say nothing of the event's time
		}
		if d.lx.is(t.lower, wcFuture) {
			return 1, true
		}
		// "took up an invitation to speak in February": a noun of
		// plan before the infinitive puts its date ahead (class ahead,
		// value 3)
		if t.tag == "VB" && k-2 >= s.t0 && d.toks[k-1].lower == "to" {
			if v, ok := d.lx.dateWord(dwAhead, d.toks[k-2].lower); ok && v == 3 {
				return 1, true
			}
		}
		if ahead, ok := d.lx.dateWord(dwAhead, t.lower); ok && ahead != 3 {
			// "at a planned rally on Saturday": a modifier of a noun
			// says nothing of the clause's time
			if k > 0 && ahead == 1 {
				if _, det := d.lx.dateWord(dwDet, d.toks[k-1].lower); det {
					if k-1 == s.t0 {
						// "A planned visit by X to Muscat in June was
						// called off": the subject's plan names its own
						// time, which the tense of its clause does not
						// tell
						return 0, true
					}
					return 0, false
				}
			}
			// "first planned for February", "was scheduled for March": a
			// past participle without a present "be" names the planned
			// time, neither side of today
			if t.tag == "VBN" || t.tag == "VBD" {
				j := k - 1
				for j > s.t0 && d.toks[j].tag == "RB" {
					j--
				}
				if bj := d.toks[j]; !d.lx.is(bj.lower, wcBe, wcAux) || bj.tag == "VBD" || bj.lower == "had" || bj.lower == "did" {
					return 0, true
				}
			}
			return 1, true
		}
		// "agreed to meet again in September" (published in May): the
		// infinitive of a verb that looks forward tells no side of today,
		// nor does the verb's past, so the nearest reading wins ("agreed to
		// buy a stake from X in June", told in October, is June behind;
		// class forward); a present ("plans to open in November", "is
		// hoping to play on Sunday") still puts it ahead, by the verb's own
		// verdict
		if t.tag == "VB" && k-2 >= s.t0 && d.toks[k-1].lower == "to" && d.lx.isWord(dwForward, d.toks[k-2].lower) && !weekday {
			if g := d.toks[k-2].tag; g == "VBD" || g == "VBN" {
				return 0, true
			}
		}
		// "the two ministers are to sign the accord on Tuesday": a present
		// "be" before the infinitive is a plan (class be-present; "was to
		// sign" tells no side of today; a possessive date is no exception:
		// "are to attend Friday's vote" is ahead too)
		if t.tag == "VB" && k-2 >= s.t0 && d.toks[k-1].lower == "to" && d.lx.is(d.toks[k-2].lower, wcBePresent) {
			return 1, true
		}
		// "is meeting Li on Thursday": a present progressive with a date
		// is an arrangement still to come
		if strings.HasSuffix(t.lower, "ing") && d.progressive(k) && d.presentBe(k) {
			return 1, true
		}
		// "Reyes-Whitmore travels to Jakarta", "the Dutch king visits
		// Jakarta": prose tags a verb after a name or a singular noun as
		// a plural noun
		if t.tag == "NNS" && d.lx.isWord(dwSchedule, t.lower) && k > 0 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && k+1 < len(d.toks) {
			prev := d.toks[k-1]
			if (prev.tag == "NNP" || prev.cap) && !d.toks[k+1].cap || prev.tag == "NN" && !prev.cap {
				return 1, true
			}
			if prev.tag == "CC" && d.conjoinedPresent(k, s) {
				// "flew to Pretoria on Monday and heads to Durban on
				// Friday": a present schedule verb conjoined to an
				// earlier predicate, toward a named place
				return 1, true
			}
			if prev.text == "," && d.toks[k+1].tag == "TO" {
				// "Cordero, a career diplomat who served in Madrid,
				// flies to Brasilia on Friday": the verb after an
				// appositive
				return 1, true
			}
		}
		switch t.tag {
		case "VBD", "VBN":
			// "will be held", "is to be signed"
			if k >= 2 && (d.toks[k-1].lower == "be" || d.toks[k-1].lower == "been") {
				if d.lx.is(d.toks[k-2].lower, wcFuture, wcModal, wcInfinitive) {
					return 1, true
				}
			}
			if t.tag == "VBN" && k > s.t0 && d.lx.is(d.toks[k-1].lower, wcBePresent) {
				// "members are posted their voting papers before
				// April's count", "pupils are tested in June": a present
				// passive tells no past
				return 0, true
			}
			return -1, true
		case "VBZ", "VBP":
			// the present of a scheduling verb speaks of the future ("travels
			// to Jakarta on Thursday"); other presents say nothing
			if d.lx.isWord(dwSchedule, t.lower) {
				return 1, true
			}
			return 0, false
		case "MD":
			return 1, true
		}
		return 0, false
	}
	rb := d.reportBefore(i) // "informed the board on Friday that ..." (dates_reported.go)
	boundary := false       // passed a clause boundary the date opens its clause after
	for k := i - 1; k >= s.t0; k-- {
		if !boundary && d.clauseOpensAt(k, s) && d.onlyModifiers(k+1, i) {
			// "met the envoy on Monday; on Friday she flies to Oslo": a
			// date fronted in a clause of its own takes that clause's
			// verb, when the clause has one
			boundary = true
			for j := i + 1; j < s.t1 && !d.clauseOpensAt(j, s); j++ {
				if d.lx.is(d.toks[j].lower, wcReport) {
					// "..., but on Monday officials said the talks
					// would resume": the date is the saying's
					if d.toks[j].tag == "VBD" || d.toks[j].tag == "VBN" {
						return -1
					}
					return 0
				}
				if v, ok := verdict(j); ok {
					return v
				}
			}
		}
		// "officials said on Monday that...": the date is the saying's
		if k >= i-2 && d.lx.is(d.toks[k].lower, wcReport) || k == rb {
			if d.toks[k].tag == "VBD" || d.toks[k].tag == "VBN" {
				return -1
			}
			return 0
		}
		if v, ok := verdict(k); ok {
			return v
		}
	}
	fronted := true // only prepositions and modifiers before the date
	for k := s.t0; k < i && fronted; k++ {
		switch tg := d.toks[k].tag; {
		case tg == "IN", tg == "DT", tg == "RB", tg == "JJ", tg == ",":
		default:
			_, mod := d.lx.dateWord(dwMonthMod, d.toks[k].lower)
			fronted = mod
		}
	}
	if !fronted && d.frontedParticiple(i, s) {
		// "Speaking to reporters on Tuesday, X said she would ...": the
		// participle's day is the main clause's saying
		fronted = true
	}
	for k := i + 1; k < s.t1; k++ {
		// "In January, officials said the bridge, which will cost...":
		// the saying is the clause a fronted date opens
		if fronted && d.lx.is(d.toks[k].lower, wcReport) {
			if d.toks[k].tag == "VBD" || d.toks[k].tag == "VBN" {
				return -1
			}
			return 0
		}
		if t := d.toks[k]; (t.tag == "VBN" || t.tag == "VBD") && d.toks[k-1].text == "," && k+1 < s.t1 && d.toks[k+1].lower == "by" {
			// "Mercosur's summit on July 2, chaired by X, is expected to
			// approve": a participle set off by commas tells no time; the
			// clause's verb after it does
			continue
		}
		if v, ok := verdict(k); ok {
			return v
		}
	}
	return 0
}

// cueEndsAt: a cue of the effect (event_cues.tsv) ends right before token
// at, in sentence s ("pushed back" before "to June 3").
func (d *document) cueEndsAt(at int, s sentence, effect cueEffect) bool {
	for k := max(s.t0, at-3); k < at; k++ {
		if _, j, ok := d.cueIn(d.lx, k, k+1, s, effect); ok && j == at {
			return true
		}
	}
	return false
}

// numericDate reads 10/04/2026 or 4/10/2026: day first, as most of the
// world writes it, unless the first number cannot be a day-of-month pair
// (a second number over 12 means month first) or the reference date says
// otherwise (the reading that lands nearer the published date wins).
func (d *document) numericDate(s string) (dpoint, bool) {
	sep := "/"
	if strings.Count(s, ".") == 2 && !strings.Contains(s, "/") {
		sep = "." // 01.06.2026, as much of Europe writes it
	}
	if len(s) < 8 || strings.Count(s, sep) != 2 {
		return dpoint{}, false
	}
	parts := strings.Split(s, sep)
	if len(parts) != 3 || len(parts[2]) != 4 {
		return dpoint{}, false
	}
	a, err1 := strconv.Atoi(parts[0])
	b, err2 := strconv.Atoi(parts[1])
	y, ok := yearNum(parts[2])
	if err1 != nil || err2 != nil || !ok || a < 1 || b < 1 || a > 31 || b > 31 {
		return dpoint{}, false
	}
	dayFirst := dpoint{y: y, m: b, d: a, gran: granDay}
	monthFirst := dpoint{y: y, m: a, d: b, gran: granDay}
	switch {
	case b > 12 && a <= 12:
		return monthFirst, true
	case a > 12 && b <= 12:
		return dayFirst, true
	case a > 12 || b > 12:
		return dpoint{}, false
	}
	if d.ref.hasDay {
		df := time.Date(y, time.Month(b), a, 0, 0, 0, 0, time.UTC)
		mf := time.Date(y, time.Month(a), b, 0, 0, 0, 0, time.UTC)
		if absDur(mf.Sub(d.ref.t)) < absDur(df.Sub(d.ref.t)) {
			return monthFirst, true
		}
	}
	return dayFirst, true
}

func absDur(x time.Duration) time.Duration {
	if x < 0 {
		return -x
	}
	return x
}

// yearAfter reads a year at token k of the same sentence, directly or after
// one of the separators ("May 31, 2025", "the fourth quarter of 2025"): the
// year and the tokens it took, or 0, 0.
func (d *document) yearAfter(k int, seps ...string) (int, int) {
	if k <= 0 || k >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent {
		return 0, 0
	}
	if y, ok := yearNum(d.toks[k].text); ok {
		return y, 1
	}
	for _, sep := range seps {
		if d.toks[k].lower == sep && k+1 < len(d.toks) && d.toks[k+1].sent == d.toks[k].sent {
			if y, ok := yearNum(d.toks[k+1].text); ok {
				return y, 2
			}
		}
	}
	return 0, 0
}
