package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The forms of the dates pass a TIMEX3 tagger also normalises (GUIDELINES,
// DATE): relative months and years as calendar values ("last year" → 2025,
// "next month" → 2025-06, "three decades ago" → 1995, "last November" →
// 2024-11, "this financial year" → 2025), year ranges ("2015-2016",
// "1998-99"), a month alone after a preposition or as a modifier ("through
// late July", "an October deal"), hyphenated quarters and halves
// ("second-quarter profit"), and relative days inside a quoted older
// message, which resolve against the message's own date. The words they
// read are in tables/date_words.tsv.

// dateClass is a class of date_words.tsv.
type dateClass int

const (
	dwShift dateClass = iota
	dwUnit
	dwNumber
	dwAgo
	dwFiscal
	dwMonthPrep
	dwMonthMod
	dwDet
	dwVague
	dwWeakMonth
	dwPastEvent
	dwMonth
	dwWeekday
	dwOrdinal
	dwRelDay
	dwRange
	dwRangeStart
	dwDeadline
	dwAhead
	dwSchedule
	dwAmount
	dwSeason
	dwAnchor
	dwTimeOfDay
	dwHoliday
	dwOnset
	dwForward
	dwOften
	dwCount // the number of classes
)

// dwPhraseStart marks the first word of a row of several words (not a
// class of the file).
const dwPhraseStart dateClass = 31

// dateClasses names the classes of date_words.tsv.
var dateClasses = map[string]dateClass{"shift": dwShift, "unit": dwUnit, "number": dwNumber, "ago": dwAgo,
	"fiscal": dwFiscal, "monthprep": dwMonthPrep, "monthmod": dwMonthMod, "det": dwDet, "vague": dwVague,
	"weakmonth": dwWeakMonth, "pastevent": dwPastEvent, "month": dwMonth, "weekday": dwWeekday,
	"ordinal": dwOrdinal, "relday": dwRelDay, "range": dwRange, "rangestart": dwRangeStart,
	"deadline": dwDeadline, "ahead": dwAhead, "schedule": dwSchedule, "amount": dwAmount,
	"season": dwSeason, "anchor": dwAnchor, "timeofday": dwTimeOfDay, "holiday": dwHoliday, "onset": dwOnset,
	"forward": dwForward, "often": dwOften}

// dateClassNames lists the classes of date_words.tsv, for error messages.
func dateClassNames() []string {
	out := make([]string, 0, len(dateClasses))
	for c := range dateClasses {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// dateWordInfo is a word of date_words.tsv: its classes and its value in
// each (a word may stand on several rows: "next" shifts by 1 and puts a
// clause ahead).
type dateWordInfo struct {
	classes uint32
	values  [dwCount]int32
}

// loadDateWord reads a row of date_words.tsv: word, classes (separated by
// "|"), value (an integer, or for a unit its name). A schedule row is a
// verb lemma: its present forms are added (travel, travels).
func (lx *lexicon) loadDateWord(r row) error {
	var cs []dateClass
	for _, class := range strings.Split(r.col(1), "|") {
		c, ok := dateClasses[class]
		if !ok {
			return fmt.Errorf("class %q: want one of %s", class, strings.Join(dateClassNames(), ", "))
		}
		cs = append(cs, c)
	}
	v := 0
	if cs[0] == dwUnit {
		if v = unitNames[r.col(2)]; v == 0 {
			return fmt.Errorf("unit %q: want year, month, decade, century, day, quarter, half, week, weekend, season or daypart", r.col(2))
		}
	} else {
		n, err := strconv.Atoi(r.col(2))
		if err != nil {
			return fmt.Errorf("value %q: want an integer", r.col(2))
		}
		v = n
	}
	words := []string{strings.ToLower(r.col(0))}
	if forms, lemma, err := lemmaForms(r.col(0), lx.irregular); err != nil {
		return err
	} else if lemma { // "noun:year": year, years (morph.go)
		words = forms
	} else if len(cs) == 1 && cs[0] == dwSchedule {
		words = words[:0]
		for f, k := range inflectVerb(strings.ToLower(r.col(0)), lx.irregular) {
			if k&(formBase|formThird) != 0 {
				words = append(words, f)
			}
		}
	}
	for _, w := range words {
		if first, _, multi := strings.Cut(w, " "); multi {
			// "this past", "new year's day": their first word tells the
			// phrase readers a phrase may start there
			info := lx.dateWords[first]
			info.classes |= 1 << dwPhraseStart
			lx.dateWords[first] = info
		}
		info := lx.dateWords[w]
		for _, c := range cs {
			info.classes |= 1 << c
			info.values[c] = int32(v)
		}
		lx.dateWords[w] = info
	}
	return nil
}

// dateWord reports the value a word has in a class of date_words.tsv.
func (lx *lexicon) dateWord(c dateClass, word string) (int, bool) {
	w, ok := lx.dateWords[word]
	if !ok || w.classes&(1<<c) == 0 {
		return 0, false
	}
	return int(w.values[c]), true
}

// monthOf reports the month a token names; it must be capitalized ("may"
// is a modal, "march" a walk). "March" and "May" alone need a preposition
// (monthAlone, weakmonth).
func (lx *lexicon) monthOf(t token) (int, bool) {
	if !t.cap {
		return 0, false
	}
	return lx.dateWord(dwMonth, t.lower)
}

// isMonth, isWeekday: the word (lower case) names a month or a day of the
// week, whatever its case.
func (lx *lexicon) isMonth(w string) bool   { _, ok := lx.dateWord(dwMonth, w); return ok }
func (lx *lexicon) isWeekday(w string) bool { _, ok := lx.dateWord(dwWeekday, w); return ok }

// calShift is a date relative to the reference in calendar units.
type calShift int

const (
	calNone    calShift = iota
	calYear             // "last year", "four years ago", "this fiscal year"
	calMonth            // "next month", "two months ago"
	calNamed            // "last November": a named month before or after the reference's
	calQuarter          // "last quarter", "this quarter"
	calWeek             // "last week", "two weeks ago", "this weekend": shift in days
	calSeason           // "last summer", "this spring": the season in q
	calAnchor           // "the previous day", "a year later": from the date named last
)

// Units of date_words.tsv, stored as their value.
const (
	unitYear = iota + 1
	unitMonth
	unitDecade
	unitDay
	unitQuarter
	unitHalf
	unitWeek
	unitSeason
	unitWeekend
	unitDaypart
	unitCentury
)

var unitNames = map[string]int{"year": unitYear, "month": unitMonth, "decade": unitDecade, "day": unitDay, "quarter": unitQuarter, "half": unitHalf,
	"week": unitWeek, "season": unitSeason, "weekend": unitWeekend, "daypart": unitDaypart, "century": unitCentury}

// unitWord reads a unit of date_words.tsv at token k, also with a
// possessive ("next year's budget").
func (d *document) unitWord(k int) (int, bool) {
	if k >= len(d.toks) {
		return 0, false
	}
	w := d.toks[k].lower
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, suf)
	}
	return d.lx.dateWord(dwUnit, w)
}

// parseRelative reads a relative date at token i: a shift and a unit or a
// month name ("last year", "this month", "next March", "this financial
// year", "last week", "this summer", "last night") or a number, a unit and
// "ago" or "from now" ("three decades ago", "two weeks from now"). It
// returns the point and the tokens it took, or 0.
func (d *document) parseRelative(i int) (dpoint, int) {
	toks, lx := d.toks, d.lx
	same := func(k int) bool { return k < len(toks) && toks[k].sent == toks[i].sent }
	t := toks[i]
	if shift, w, ok := d.shiftAt(i); ok && same(i+w) {
		vague := i > 0 && toks[i-1].sent == t.sent && shift != 0 // "the current quarter" is one
		if vague {
			_, vague = lx.dateWord(dwVague, toks[i-1].lower)
		}
		k := i + w
		fiscal := false
		if _, ok := lx.dateWord(dwFiscal, toks[k].lower); ok && same(k+1) {
			fiscal, k = true, k+1
		}
		// "in coming months", "last weeks": a plural unit is a span
		plural := k < len(toks) && strings.HasSuffix(toks[k].lower, "s")
		if u, ok := d.unitWord(k); ok && (!vague || fiscal) && !plural {
			n := k + 1 - i
			switch {
			case u == unitYear:
				return dpoint{cal: calYear, shift: shift, gran: granYear}, n
			case fiscal:
			case u == unitMonth:
				return dpoint{cal: calMonth, shift: shift, gran: granMonth}, n
			case u == unitQuarter:
				return dpoint{cal: calQuarter, shift: shift, gran: granQuarter}, n
			case u == unitWeek:
				return dpoint{cal: calWeek, shift: 7 * shift, gran: granWeek}, n
			case u == unitWeekend:
				return dpoint{cal: calWeek, shift: 7 * shift, gran: granWeekend}, n
			case u == unitSeason:
				if season, ok := lx.dateWord(dwSeason, toks[k].lower); ok && !toks[k].cap {
					return dpoint{cal: calSeason, shift: shift, q: season, gran: granSeason}, n
				}
			case u == unitDaypart && shift <= 0:
				// "last night", "this morning": the day
				return dpoint{rel: true, relDays: min(shift, 0), gran: granDay, timeOfDay: true}, n
			}
		}
		if m, ok := lx.monthOf(toks[i+w]); ok && !fiscal {
			// "last November", "next March", "this October"
			if !same(i+w+1) || !strings.HasPrefix(toks[i+w+1].lower, "year") {
				return dpoint{cal: calNamed, shift: shift, m: m, gran: granMonth}, w + 1
			}
		}
		return dpoint{}, 0
	}
	// "three decades ago", "four years ago", "a year ago", "20 years ago",
	// "two weeks from now"
	n, ok := lx.dateWord(dwNumber, t.lower)
	if !ok && allDigits(t.lower) && len(t.lower) <= 3 {
		n, _ = strconv.Atoi(t.lower)
		ok = n > 0
	}
	if ok && same(i+2) {
		if k, dir := d.agoAt(i + 2); k > 0 {
			n *= dir
			switch u, _ := d.unitWord(i + 1); u {
			case unitYear:
				return dpoint{cal: calYear, shift: n, gran: granYear}, 2 + k
			case unitDecade:
				return dpoint{cal: calYear, shift: 10 * n, gran: granYear}, 2 + k
			case unitMonth:
				return dpoint{cal: calMonth, shift: n, gran: granMonth}, 2 + k
			case unitWeek:
				return dpoint{cal: calWeek, shift: 7 * n, gran: granWeek}, 2 + k
			case unitDay:
				return dpoint{rel: true, relDays: n, gran: granDay}, 2 + k
			}
		}
	}
	return dpoint{}, 0
}

// agoAt reads "ago" or "from now" (class ago) at token k of the sentence:
// the tokens it takes and its direction (-1 before the reference, 1 after).
func (d *document) agoAt(k int) (int, int) {
	toks := d.toks
	if k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
		if dir, ok := d.lx.dateWord(dwAgo, toks[k].lower+" "+toks[k+1].lower); ok {
			return 2, dir
		}
	}
	if dir, ok := d.lx.dateWord(dwAgo, toks[k].lower); ok {
		return 1, dir
	}
	return 0, 0
}

// calValue renders a relative calendar point against the reference.
func (d *document) calValue(p dpoint) (string, time.Time, bool) {
	ref := d.ref
	switch p.cal {
	case calYear:
		if !ref.hasYear {
			return "", time.Time{}, false
		}
		y := ref.t.Year() + p.shift
		return fmt.Sprintf("%04d", y), time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), y > 0
	case calQuarter:
		if !ref.hasDay {
			return "", time.Time{}, false
		}
		q := (int(ref.t.Month())-1)/3 + p.shift
		y := ref.t.Year() + q/4
		if q %= 4; q < 0 {
			q += 4
			y--
		}
		return fmt.Sprintf("%04d-Q%d", y, q+1), time.Date(y, time.Month(3*q+1), 1, 0, 0, 0, 0, time.UTC), true
	case calMonth, calNamed:
		if !ref.hasDay {
			return "", time.Time{}, false
		}
		first := time.Date(ref.t.Year(), ref.t.Month(), 1, 0, 0, 0, 0, time.UTC)
		t := first.AddDate(0, p.shift, 0)
		if p.cal == calNamed {
			y, cur := ref.t.Year(), int(ref.t.Month())
			switch {
			case p.shift < 0 && p.m >= cur:
				y--
			case p.shift > 0 && p.m <= cur:
				y++
			}
			t = time.Date(y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC)
		}
		return t.Format("2006-01"), t, true
	}
	return "", time.Time{}, false
}

// relYearAt reads "next year", "last year" or "of last year" at token k,
// written after a date without its year ("Jan. 20-21 next year", "in
// March last year"): the tokens they take, folded into that date, and the
// years they move from the reference's.
func (d *document) relYearAt(k int) (int, int) {
	toks := d.toks
	if k <= 0 || k+1 >= len(toks) || toks[k].sent != toks[k-1].sent {
		return 0, 0
	}
	n := 0
	if toks[k].lower == "of" {
		n = 1
	}
	if k+n+1 >= len(toks) || toks[k+n+1].sent != toks[k].sent {
		return 0, 0
	}
	if s, ok := d.lx.dateWord(dwShift, toks[k+n].lower); ok && s != 0 {
		if u, ok := d.unitWord(k + n + 1); ok && u == unitYear {
			return n + 2, s
		}
	}
	// "the first quarter of the year": the reference's
	if _, det := d.lx.dateWord(dwDet, toks[k+n].lower); det && n == 1 && !strings.HasSuffix(toks[k+n+1].lower, "s") && d.unitIs(k+n+1, unitYear) {
		return n + 2, 0
	}
	return 0, 0
}

// monthAlone: a month named without a day or year at token i is a date
// when a preposition or a month modifier stands before it ("in July",
// "through late July", "at the end of August"), or when it stands between
// a determiner or a possessive and a noun ("an October deal", "the
// January elections", "the bank's April figures"). A month that is also a
// word ("May", "March") needs a preposition, and not one of value 2 ("to
// March" is a verb).
func (d *document) monthAlone(i int) bool {
	toks, lx := d.toks, d.lx
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	k := i - 1
	if _, ok := lx.dateWord(dwMonthMod, toks[k].lower); ok {
		return true
	}
	prev := toks[k]
	_, weak := lx.dateWord(dwWeakMonth, toks[i].lower)
	if v, ok := lx.dateWord(dwMonthPrep, prev.lower); ok && (v == 1 || !weak) || prev.tag == "IN" {
		return true
	}
	if weak {
		return false
	}
	_, det := lx.dateWord(dwDet, prev.lower)
	det = det || strings.HasSuffix(prev.lower, "'s") || strings.HasSuffix(prev.lower, "’s") // "the bank's April figures"
	if det && i+1 < len(toks) && toks[i+1].sent == toks[i].sent {
		next := toks[i+1]
		return !next.cap && next.word && (next.tag == "" || strings.HasPrefix(next.tag, "NN"))
	}
	return false
}

// hyphenPart reads a hyphenated quarter or half: "second-quarter",
// "fourth-quarter", "first-half".
func (lx *lexicon) hyphenPart(s string) (dpoint, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return dpoint{}, false
	}
	q, ok := lx.dateWord(dwOrdinal, a)
	if !ok || q > 4 {
		return dpoint{}, false
	}
	switch u, _ := lx.dateWord(dwUnit, b); u {
	case unitQuarter:
		return dpoint{q: q, gran: granQuarter}, true
	case unitHalf:
		if q <= 2 {
			return dpoint{q: q, gran: granHalf}, true
		}
	}
	return dpoint{}, false
}

// yearOrRange reads a year at token i, or a range of years written as one
// token ("2015-2016", "1998-99") or with a dash between ("2015 – 16"): the
// first year, the last (0 for one year) and the tokens taken.
func (d *document) yearOrRange(i int) (int, int, int, bool) {
	toks := d.toks
	t := toks[i].text
	if y, ok := yearNum(t); ok {
		if i+2 < len(toks) && toks[i+2].sent == toks[i].sent && (toks[i+1].text == "-" || toks[i+1].text == "–") {
			if y2, ok := yearEnd(y, toks[i+2].text); ok {
				return y, y2, 3, true
			}
		}
		return y, 0, 1, true
	}
	for _, dash := range []string{"-", "–", "/"} {
		if a, b, ok := strings.Cut(t, dash); ok {
			if y, ok := yearNum(a); ok {
				// "2025/26": a season or fiscal year, the next year only
				if y2, ok := yearEnd(y, b); ok && (dash != "/" || y2 == y+1) {
					return y, y2, 1, true
				}
			}
		}
	}
	return 0, 0, 0, false
}

// yearEnd reads the end of a year range after y: four digits, or two that
// continue its century ("1998-99" → 1999, "1999-00" → 2000).
func yearEnd(y int, s string) (int, bool) {
	if y2, ok := yearNum(s); ok && y2 > y {
		return y2, true
	}
	if len(s) == 2 && allDigits(s) {
		n, _ := strconv.Atoi(s)
		y2 := y/100*100 + n
		if y2 <= y {
			y2 += 100
		}
		return y2, y2 > y && y2-y < 100
	}
	return 0, false
}

// quoteRef finds the date of the older message a relative date at token i
// is quoted from: inside quotation marks (opened in its sentence or in one
// of the three before it, in its paragraph), with a day and year written
// before the quote opens, in the quote's sentence or the one before ("In an
// email dated March 3, 2024, the director wrote: "... on Friday.""). ok is
// false when the date is not quoted or no such date is given.
func (d *document) quoteRef(i int, resolved map[int]time.Time) (time.Time, bool) {
	si := d.toks[i].sent
	first := si
	for first > 0 && si-first < 3 && !d.toks[d.sent[first].t0].para {
		first--
	}
	open := -1
	for k := d.sent[first].t0; k < i; k++ {
		switch d.toks[k].text {
		case "“":
			open = k
		case "”":
			open = -1
		case "\"":
			if open >= 0 {
				open = -1
			} else {
				open = k
			}
		}
	}
	if open < 0 {
		return time.Time{}, false
	}
	from := d.sent[d.toks[open].sent].t0
	if os := d.toks[open].sent; os > 0 {
		from = d.sent[os-1].t0
	}
	var best time.Time
	found := false
	for k := from; k < open; k++ {
		if t, ok := resolved[k]; ok {
			best, found = t, true
		}
	}
	return best, found
}

// namesPastEvent: a day written without its year between a determiner and
// a noun of a past event ("the Sept. 11 attacks", "after the 7 July
// bombings", "the Oct. 7 Hamas attack") is the name of that event, not a
// day of the article's calendar. first is the date's first token, end the
// token after it; at most two modifiers may stand before the noun.
func (d *document) namesPastEvent(first, end int) bool {
	toks, lx := d.toks, d.lx
	if first == 0 || toks[first-1].sent != toks[first].sent {
		return false
	}
	prev := toks[first-1].lower
	if _, det := lx.dateWord(dwDet, prev); !det && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
		return false
	}
	for k := end; k < len(toks) && k < end+3 && toks[k].sent == toks[first].sent; k++ {
		t := toks[k]
		if _, ok := lx.dateWord(dwPastEvent, t.lower); ok {
			return true
		}
		if !t.word || strings.HasPrefix(t.tag, "VB") || t.tag == "IN" || t.tag == "CC" {
			return false
		}
	}
	return false
}

// recentEventDays: a past event named by its day alone is the latest such
// day when that lies this many days before the reference at most ("the
// March 2 attack" in a report of March 20); older, its year is one the
// text does not give (XXXX).
const recentEventDays = 92

// pastEventValue renders a day that names a past event (namesPastEvent).
func (d *document) pastEventValue(p dpoint) (string, time.Time, bool) {
	if p.m == 0 || p.d == 0 {
		return "", time.Time{}, false
	}
	if ref := d.ref; ref.hasDay && ref.hasYear {
		t := time.Date(ref.t.Year(), time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		if t.After(ref.t) {
			t = t.AddDate(-1, 0, 0)
		}
		if t.Day() == p.d && ref.t.Sub(t) <= recentEventDays*24*time.Hour {
			return t.Format("2006-01-02"), t, true
		}
	}
	if t := time.Date(2000, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC); t.Day() != p.d {
		return "", time.Time{}, false // 31 June
	}
	return fmt.Sprintf("XXXX-%02d-%02d", p.m, p.d), time.Time{}, true
}

// isWord: the word (lower case) is in a class of date_words.tsv.
func (lx *lexicon) isWord(c dateClass, w string) bool { _, ok := lx.dateWord(c, w); return ok }

// nextWeekday: s names the day after weekday wd ("Wednesday and Thursday").
func (lx *lexicon) nextWeekday(s string, wd int) bool {
	n, ok := lx.dateWord(dwWeekday, s)
	return ok && n == wd%7+1
}

// unitIs: token k is a unit of date_words.tsv of one of the kinds
// ("quarter", "quarters", "half").
func (d *document) unitIs(k int, kinds ...int) bool {
	got, ok := d.unitWord(k)
	if !ok {
		return false
	}
	for _, u := range kinds {
		if got == u {
			return true
		}
	}
	return false
}
