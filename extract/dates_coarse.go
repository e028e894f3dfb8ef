package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Coarse and anchored dates (README, Dates): weeks ("last week" 2026-W19,
// "this weekend" 2026-W20-WE), seasons ("last summer" 2025-SU, "in the
// autumn"), decades ("the 1990s", "the '90s": 199) and centuries ("the
// 20th century": 19), as TIMEX3 writes them; and dates anchored on the
// date the text named last ("the previous day", "a day later", "the
// following year", "by the end of the month", "on the 29th"). Coarse
// dates are DATE entities but date no event (document.coarseDates); the
// words are the classes unit, season, anchor and ago of date_words.tsv.

// isCoarse: the granularity is coarser than or beside the calendar the
// events are dated by.
func (g dateGran) isCoarse() bool {
	return g == granWeek || g == granWeekend || g == granSeason || g == granDecade || g == granCentury
}

// trimPoss drops a possessive ending ("summer's" → "summer").
func trimPoss(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, suf)
	}
	return w
}

// afterPrep: token k is a preposition a season or "the weekend" may follow
// ("in", "by", "over"; tagged IN or of class monthprep value 1: "to" is
// no such preposition, "expected to fall").
func (d *document) afterPrep(k int, i int) bool {
	if k < 0 || d.toks[k].sent != d.toks[i].sent {
		return false
	}
	if v, ok := d.lx.dateWord(dwMonthPrep, d.toks[k].lower); ok {
		return v == 1
	}
	return d.toks[k].tag == "IN"
}

// parseCoarse reads at token i a season or weekend told by a preposition
// ("in the summer", "summer 2021", "the summer of 2021", "over the
// weekend"), a decade or a century, or a date anchored on the one named
// before ("the previous day", "the day before", "a day later", "the
// following year", "the end of the month", "on the 29th"): the point and
// the tokens it took, or 0.
func (d *document) parseCoarse(i int) (dpoint, int) {
	toks, lx := d.toks, d.lx
	t := toks[i]
	same := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].sent == t.sent }
	// seasons and weekends after a preposition, or with a year
	if u, ok := d.unitWord(i); ok && (u == unitSeason || u == unitWeekend) && !t.cap && !strings.HasSuffix(trimPoss(t.lower), "s") {
		season, _ := lx.dateWord(dwSeason, trimPoss(t.lower))
		if u == unitSeason {
			if y, k := d.yearAfter(i+1, "of"); y != 0 {
				return dpoint{cal: calSeason, q: season, y: y, gran: granSeason}, 1 + k
			}
		}
		// "over the weekend": the one the tense points to; "in the
		// summer" may be any summer ("tourism peaks in the summer"), so a
		// season needs a shift ("last summer") or a year
		if u == unitWeekend && same(i-1) && toks[i-1].lower == "the" && d.afterPrep(i-2, i) && !(same(i+1) && toks[i+1].tag == "IN") {
			return dpoint{cal: calWeek, byTense: true, gran: granWeekend}, 1
		}
		return dpoint{}, 0
	}
	// decades: "1990s", "mid-1980s", "'90s"
	if y, ok := d.decadeAt(i); ok {
		return dpoint{y: y, gran: granDecade}, 1
	}
	// centuries: "the 20th century"
	if n, ok := dayNum(t.lower); ok && !allDigits(t.lower) && same(i+1) {
		if u, _ := d.unitWord(i + 1); u == unitCentury {
			return dpoint{y: (n - 1) * 100, gran: granCentury}, 2
		}
	}
	// anchored: "the previous day", "the following week"
	if _, det := lx.dateWord(dwDet, t.lower); det && same(i+2) {
		if dir, ok := lx.dateWord(dwAnchor, toks[i+1].lower); ok {
			// "the following May", "the previous March": the first such
			// month after (or the last before) the date named before; "the
			// following May 5" is a day of its own
			if m, ok := lx.monthOf(toks[i+2]); ok && dir != 0 && !(same(i+3) && isDayNum(toks[i+3].lower)) {
				return dpoint{cal: calAnchor, anchorUnit: unitMonth, m: m, shift: dir, gran: granMonth}, 3
			}
			// "the next day" is anchored, "in the next year (or so)" a span
			shift, _ := lx.dateWord(dwShift, toks[i+1].lower)
			if u, ok := d.unitWord(i + 2); ok && !strings.HasSuffix(toks[i+2].lower, "s") && (shift <= 0 || u == unitDay) {
				if p, ok := anchored(u, dir); ok {
					return p, 3
				}
			}
		}
		// "the day before", "the year after" ending their clause
		if u, ok := d.unitWord(i + 1); ok && !strings.HasSuffix(toks[i+1].lower, "s") {
			if dir, ok := lx.dateWord(dwAnchor, toks[i+2].lower); ok && dir != 0 && d.clauseEnds(i+3) {
				if p, ok := anchored(u, dir); ok {
					return p, 3
				}
			}
			// "by the end of the month", "at the start of the year"
			if i >= 2 && toks[i-1].lower == "of" && same(i-2) && (u == unitMonth || u == unitYear) {
				if _, mod := lx.dateWord(dwMonthMod, toks[i-2].lower); mod {
					p, _ := anchored(u, 0)
					p.refFallback = true
					return p, 2
				}
			}
		}
	}
	// "later that month", "earlier that year", "later that day": the
	// unit of the date named before
	if dir, ok := lx.dateWord(dwAnchor, t.lower); ok && dir != 0 && same(i+2) && toks[i+1].lower == "that" {
		if u, ok := d.unitWord(i + 2); ok && !strings.HasSuffix(toks[i+2].lower, "s") {
			if p, ok := anchored(u, 0); ok {
				return p, 3
			}
		}
	}
	// "a day later", "two years earlier", "three days after"; fronted,
	// the phrase needs no comma ("Three months later she held talks")
	if n, ok := lx.dateWord(dwNumber, t.lower); ok && same(i+2) {
		if u, ok := d.unitWord(i + 1); ok {
			if dir, ok := lx.dateWord(dwAnchor, toks[i+2].lower); ok && dir != 0 && (d.clauseEnds(i+3) || d.opensSentence(i) && toks[i+3].lower != "than") {
				if p, ok := anchored(u, dir*n); ok {
					return p, 3
				}
			}
		}
	}
	// "on the 29th" after a date of that month
	if n, ok := dayNum(t.lower); ok && !allDigits(t.lower) && i >= 2 && same(i-2) && toks[i-1].lower == "the" && d.afterPrep(i-2, i) && d.clauseEnds(i+1) {
		return dpoint{d: n, gran: granDay, cal: calAnchor, anchorUnit: unitMonth}, 1
	}
	return dpoint{}, 0
}

// opensSentence: token i is its sentence's first.
func (d *document) opensSentence(i int) bool {
	return i == 0 || d.toks[i-1].sent != d.toks[i].sent
}

// anchored is a date unit units from the date named before (dir: the
// count with its sign).
func anchored(unit, dir int) (dpoint, bool) {
	p := dpoint{cal: calAnchor, anchorUnit: unit, shift: dir}
	switch unit {
	case unitDay:
		p.gran = granDay
	case unitWeek:
		p.gran = granWeek
	case unitMonth:
		p.gran = granMonth
	case unitYear:
		p.gran = granYear
	default:
		return dpoint{}, false
	}
	return p, true
}

// clauseEnds: token k ends the clause (the sentence's end, punctuation, a
// conjunction): "the day before." but not "the day before the vote".
func (d *document) clauseEnds(k int) bool {
	if k >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent {
		return true
	}
	t := d.toks[k]
	return !t.word || t.tag == "CC"
}

// decadeAt reads a decade at token i: "1990s", "mid-1980s", "'90s" (a
// two-digit decade is the last one of the 1900s or 2000s wholly before
// the reference year, else of the 1900s: "the '20s" of a story in 2026
// is the 1920s). It returns the decade's first year.
func (d *document) decadeAt(i int) (int, bool) {
	w := d.toks[i].lower
	if k := strings.LastIndex(w, "-"); k >= 0 {
		w = w[k+1:] // "mid-1980s"
	}
	short := false
	for _, q := range []string{"'", "’"} {
		if strings.HasPrefix(w, q) {
			w, short = w[len(q):], true
		}
	}
	if !short && i > 0 && d.toks[i-1].sent == d.toks[i].sent && (d.toks[i-1].text == "'" || d.toks[i-1].text == "’") && d.toks[i-1].end == d.toks[i].start {
		short = true
	}
	if !strings.HasSuffix(w, "0s") || !allDigits(w[:len(w)-1]) {
		return 0, false
	}
	n, _ := strconv.Atoi(w[:len(w)-1])
	switch {
	case len(w) == 5 && n >= 1000 && n <= 2100:
		return n, true
	case len(w) == 3 && short:
		ref := 2000
		if d.ref.hasYear {
			ref = d.ref.t.Year()
		}
		if 2000+n+9 < ref {
			return 2000 + n, true
		}
		return 1900 + n, true
	}
	return 0, false
}

// fiscalYear reads a year glued to a fiscal word ("FY2027", "FY27").
func (d *document) fiscalYear(s string) (int, bool) {
	k := 0
	for k < len(s) && (s[k] < '0' || s[k] > '9') {
		k++
	}
	if k == 0 || k == len(s) || !allDigits(s[k:]) || !d.lx.isWord(dwFiscal, s[:k]) {
		return 0, false
	}
	if y, ok := yearNum(s[k:]); ok {
		return y, true
	}
	if len(s) == k+2 {
		n, _ := strconv.Atoi(s[k:])
		return 2000 + n, true
	}
	return 0, false
}

// seasonOf is the season a day falls in, as a year and a season (1
// spring .. 4 winter; January and February are the winter that began in
// December before).
func seasonOf(t time.Time) (int, int) {
	y, m := t.Year(), int(t.Month())
	switch {
	case m <= 2:
		return y - 1, 4
	case m == 12:
		return y, 4
	}
	return y, (m-3)/3 + 1
}

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// coarseValue renders a week, weekend, season, decade or century.
func (d *document) coarseValue(p dpoint, tense int) (string, time.Time, bool) {
	ref := d.ref
	switch p.gran {
	case granDecade:
		return fmt.Sprintf("%03d", p.y/10), time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC), true
	case granCentury:
		return fmt.Sprintf("%02d", p.y/100), time.Date(max(p.y, 1), 1, 1, 0, 0, 0, 0, time.UTC), true
	case granWeek, granWeekend:
		if !ref.hasDay {
			return "", time.Time{}, false
		}
		shift := p.shift
		if p.byTense && tense < 0 && ref.t.Weekday() >= time.Monday && ref.t.Weekday() <= time.Friday {
			shift = -7 // "protesters marched over the weekend", told on a weekday
		}
		t := ref.t.AddDate(0, 0, shift)
		y, w := t.ISOWeek()
		v := fmt.Sprintf("%04d-W%02d", y, w)
		if p.gran == granWeekend {
			v += "-WE"
		}
		return v, t, true
	case granSeason:
		if p.y != 0 {
			return fmt.Sprintf("%04d-%s", p.y, seasonCodes[p.q]), time.Date(p.y, time.Month(3*p.q), 1, 0, 0, 0, 0, time.UTC), true
		}
		if !ref.hasDay {
			return "", time.Time{}, false
		}
		cy, cs := seasonOf(ref.t)
		cur := 4*cy + cs - 1
		last := 4*cy + p.q - 1 // the season of that name at or before the current one
		if last > cur {
			last -= 4
		}
		next := last
		if next < cur {
			next += 4
		}
		pos := next
		switch {
		case !p.byTense && p.shift < 0:
			pos = last
			if last == cur {
				pos = last - 4
			}
		case !p.byTense && p.shift > 0:
			if next == cur {
				pos = next + 4
			}
		case last == cur:
			pos = cur
		case tense < 0:
			pos = last
		case tense > 0:
		case cur-last < next-cur:
			pos = last
		}
		y, s := pos/4, pos%4+1
		return fmt.Sprintf("%04d-%s", y, seasonCodes[s]), time.Date(y, time.Month(3*s), 1, 0, 0, 0, 0, time.UTC), true
	}
	return "", time.Time{}, false
}

// anchor is the date an anchored one counts from: the last resolved
// before it, in its sentence or the one before.
type anchor struct {
	start, end time.Time // a range's first and last day
	gran       dateGran
	sent       int
	ok         bool
}

// anchoredValue renders an anchored point against the date named before,
// or, for "the end of the month" with none, against the reference.
func (d *document) anchoredValue(p dpoint, a anchor, sent int) (string, time.Time, bool) {
	if p.refFallback {
		// "before the end of the year": the reference's (an older year
		// the sentence before named is rarely meant)
		if !d.ref.hasDay {
			return "", time.Time{}, false
		}
		a = anchor{start: d.ref.t, end: d.ref.t, gran: granDay, ok: true, sent: sent}
	}
	if !a.ok || sent-a.sent > 1 || a.gran.isCoarse() || a.start.IsZero() {
		if !p.refFallback || !d.ref.hasDay {
			return "", time.Time{}, false
		}
		a = anchor{start: d.ref.t, end: d.ref.t, gran: granDay, ok: true}
	}
	from := a.start
	if p.shift > 0 {
		from = a.end
	}
	switch {
	case p.anchorUnit == unitMonth && p.m != 0:
		// "the following May": after a day or a month, the first May
		// after it; after a year, the May of the year after
		y := from.Year()
		switch a.gran {
		case granYear:
			y += p.shift
		case granDay, granMonth:
			if p.shift > 0 && p.m <= int(from.Month()) {
				y++
			}
			if p.shift < 0 && p.m >= int(from.Month()) {
				y--
			}
		default:
			return "", time.Time{}, false
		}
		t := time.Date(y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC)
		return t.Format("2006-01"), t, true
	case p.anchorUnit == unitMonth && p.d != 0:
		// "on the 29th": the day of the month named before
		if a.gran == granYear || a.gran == granQuarter || a.gran == granHalf {
			return "", time.Time{}, false
		}
		t := time.Date(from.Year(), from.Month(), p.d, 0, 0, 0, 0, time.UTC)
		if t.Day() != p.d {
			return "", time.Time{}, false
		}
		return t.Format("2006-01-02"), t, true
	case p.anchorUnit == unitDay:
		if a.gran != granDay {
			return "", time.Time{}, false
		}
		t := from.AddDate(0, 0, p.shift)
		return t.Format("2006-01-02"), t, true
	case p.anchorUnit == unitWeek:
		if a.gran != granDay {
			return "", time.Time{}, false
		}
		t := from.AddDate(0, 0, 7*p.shift)
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), t, true
	case p.anchorUnit == unitMonth:
		if a.gran != granDay && a.gran != granMonth {
			return "", time.Time{}, false
		}
		t := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, p.shift, 0)
		return t.Format("2006-01"), t, true
	case p.anchorUnit == unitYear:
		t := from.AddDate(p.shift, 0, 0)
		switch {
		case p.shift == 0:
		case a.gran == granQuarter:
			// "profit rose from $4 million a year earlier": that quarter
			return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1), t, true
		case a.gran == granHalf:
			return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1), t, true
		}
		return fmt.Sprintf("%04d", t.Year()), time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	return "", time.Time{}, false
}

// dateEntities are the date mentions the record lists as DATE entities:
// the dates of events but times of day, then the coarse ones.
func (d *document) dateEntities() []dateMention {
	out := make([]dateMention, 0, len(d.dates)+len(d.coarseDates))
	for _, dm := range d.dates {
		if !dm.timeOnly {
			out = append(out, dm)
		}
	}
	return append(out, d.coarseDates...)
}

// datePhraseAt reads the longest phrase of class c (up to four tokens of the
// sentence, as written, in lower case: "new year's day") at token i: its
// value and the tokens it takes.
func (d *document) datePhraseAt(c dateClass, i int) (int, int, bool) {
	toks := d.toks
	first := 1
	if d.lx.startsPhrase(toks[i].lower) {
		first = 4
	}
	for n := first; n >= 1; n-- {
		j := i + n - 1
		if j >= len(toks) || toks[j].sent != toks[i].sent {
			continue
		}
		w := toks[i].lower
		if n > 1 {
			w = strings.Join(strings.Fields(strings.ToLower(d.text[toks[i].start:toks[j].end])), " ")
		}
		if v, ok := d.lx.dateWord(c, w); ok {
			return v, n, true
		}
	}
	return 0, 0, false
}

// shiftAt reads a shift at token i ("last", "this past"): its value and
// the tokens it takes.
func (d *document) shiftAt(i int) (int, int, bool) {
	first := 1
	if d.lx.startsPhrase(d.toks[i].lower) {
		first = 2
	}
	for n := first; n >= 1; n-- {
		j := i + n - 1
		if j >= len(d.toks) || d.toks[j].sent != d.toks[i].sent {
			continue
		}
		w := d.toks[i].lower
		if n == 2 {
			w += " " + d.toks[j].lower
		}
		if v, ok := d.lx.dateWord(dwShift, w); ok {
			return v, n, true
		}
	}
	return 0, 0, false
}

// shiftBefore reads a shift that ends right before token i ("last
// Friday", "this past Sunday").
func (d *document) shiftBefore(i int) (int, bool) {
	for n := 2; n >= 1; n-- {
		if i-n < 0 || d.toks[i-n].sent != d.toks[i].sent {
			continue
		}
		if v, w, ok := d.shiftAt(i - n); ok && w == n {
			return v, true
		}
	}
	return 0, false
}

// holidayAt reads a holiday on a fixed day at token i ("Christmas", "New
// Year's Eve"), capitalized and not a modifier of a lower-case noun
// ("Christmas trees"): its MMDD value and the tokens it takes.
func (d *document) holidayAt(i int) (int, int, bool) {
	if !d.toks[i].cap {
		return 0, 0, false
	}
	v, n, ok := d.datePhraseAt(dwHoliday, i)
	if !ok {
		return 0, 0, false
	}
	if k := i + n; k < len(d.toks) && d.toks[k].sent == d.toks[i].sent {
		next := d.toks[k]
		_, prep := d.lx.dateWord(dwMonthPrep, next.lower)
		if next.word && !next.cap && !prep && next.tag != "CC" && !d.lx.is(next.lower, wcAux, wcBe) && !strings.HasPrefix(next.tag, "VB") {
			return 0, 0, false
		}
	}
	return v, n, true
}

// startsPhrase: a row of several words of date_words.tsv starts with w.
func (lx *lexicon) startsPhrase(w string) bool {
	return lx.dateWords[w].classes&(1<<dwPhraseStart) != 0
}

// weekBounds is the first and last day of a week value ("2026-W44": its
// Monday to its Sunday) or of a weekend ("2026-W44-WE": its Saturday and
// Sunday), by ISO 8601's week numbering.
func weekBounds(v string) (lo, hi time.Time, ok bool) {
	week, we := strings.CutSuffix(v, "-WE")
	if len(week) != len("2026-W44") || week[4:6] != "-W" {
		return lo, hi, false
	}
	y, err1 := strconv.Atoi(week[:4])
	w, err2 := strconv.Atoi(week[6:])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return lo, hi, false
	}
	// the 4th of January is always in week 1
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
	if wy, ww := monday.ISOWeek(); wy != y || ww != w {
		return lo, hi, false // week 53 of a year that has 52
	}
	if we {
		return monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6), true
	}
	return monday, monday.AddDate(0, 0, 6), true
}

// weekDate is the event date a week or weekend value gives (reading
// own-week): a week stays its TIMEX3 week ("2026-W44"), a weekend becomes
// its two days ("2026-10-31/2026-11-01"); any other value gives none.
func weekDate(v string) string {
	lo, hi, ok := weekBounds(v)
	switch {
	case !ok:
		return ""
	case strings.HasSuffix(v, "-WE"):
		return lo.Format("2006-01-02") + "/" + hi.Format("2006-01-02")
	}
	return v
}
