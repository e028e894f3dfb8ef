package extract

import (
	"fmt"
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

// dateClasses are the classes of date_words.tsv, as bits of dateWordInfo.
var dateClasses = map[string]uint16{"shift": 1 << 0, "unit": 1 << 1, "number": 1 << 2, "ago": 1 << 3, "fiscal": 1 << 4,
	"monthprep": 1 << 5, "monthmod": 1 << 6, "det": 1 << 7, "vague": 1 << 8, "weakmonth": 1 << 9}

// dateWordInfo is a word of date_words.tsv: its classes and its value.
type dateWordInfo struct {
	classes uint16
	value   int
}

// loadDateWord reads a row of date_words.tsv: word, classes (separated by
// "|"), value (an integer, or for a unit its name).
func (lx *lexicon) loadDateWord(r row) error {
	var bits uint16
	classes := strings.Split(r.col(1), "|")
	for _, class := range classes {
		b, ok := dateClasses[class]
		if !ok {
			return fmt.Errorf("class %q: want one of shift, unit, number, ago, fiscal, monthprep, monthmod, det, vague, weakmonth", class)
		}
		bits |= b
	}
	v := 0
	if classes[0] == "unit" {
		if v = unitNames[r.col(2)]; v == 0 {
			return fmt.Errorf("unit %q: want year, month, decade, day or quarter", r.col(2))
		}
	} else {
		n, err := strconv.Atoi(r.col(2))
		if err != nil {
			return fmt.Errorf("value %q: want an integer", r.col(2))
		}
		v = n
	}
	lx.dateWords[strings.ToLower(r.col(0))] = dateWordInfo{classes: bits, value: v}
	return nil
}

// dateWord reports the value a word has in a class of date_words.tsv.
func (lx *lexicon) dateWord(class, word string) (int, bool) {
	w, ok := lx.dateWords[word]
	if !ok || w.classes&dateClasses[class] == 0 {
		return 0, false
	}
	return w.value, true
}

// calShift is a date relative to the reference in calendar units.
type calShift int

const (
	calNone    calShift = iota
	calYear             // "last year", "four years ago", "this fiscal year"
	calMonth            // "next month", "two months ago"
	calNamed            // "last November": a named month before or after the reference's
	calQuarter          // "last quarter", "this quarter"
)

// Units of date_words.tsv, stored as their value.
const (
	unitYear = iota + 1
	unitMonth
	unitDecade
	unitDay
	unitQuarter
)

var unitNames = map[string]int{"year": unitYear, "month": unitMonth, "decade": unitDecade, "day": unitDay, "quarter": unitQuarter}

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
	return d.lx.dateWord("unit", w)
}

// parseRelative reads a relative month or year at token i: a shift and a
// unit or a month name ("last year", "this month", "next March", "this
// financial year") or a number, a unit and "ago" ("three decades ago"). It
// returns the point and the tokens it took, or 0.
func (d *document) parseRelative(i int) (dpoint, int) {
	toks, lx := d.toks, d.lx
	same := func(k int) bool { return k < len(toks) && toks[k].sent == toks[i].sent }
	t := toks[i]
	if shift, ok := lx.dateWord("shift", t.lower); ok && same(i+1) {
		vague := i > 0 && toks[i-1].sent == t.sent && shift != 0 // "the current quarter" is one
		if vague {
			_, vague = lx.dateWord("vague", toks[i-1].lower)
		}
		k := i + 1
		fiscal := false
		if _, ok := lx.dateWord("fiscal", toks[k].lower); ok && same(k+1) {
			fiscal, k = true, k+1
		}
		if u, ok := d.unitWord(k); ok && (!vague || fiscal) {
			switch {
			case u == unitYear:
				return dpoint{cal: calYear, shift: shift, gran: granYear}, k + 1 - i
			case u == unitMonth && !fiscal:
				return dpoint{cal: calMonth, shift: shift, gran: granMonth}, k + 1 - i
			case u == unitQuarter && !fiscal:
				return dpoint{cal: calQuarter, shift: shift, gran: granQuarter}, k + 1 - i
			}
		}
		if m, ok := monthAt(toks[i+1]); ok && !fiscal {
			// "last November", "next March", "this October"
			if !same(i+2) || !strings.HasPrefix(toks[i+2].lower, "year") {
				return dpoint{cal: calNamed, shift: shift, m: m, gran: granMonth}, 2
			}
		}
		return dpoint{}, 0
	}
	// "three decades ago", "four years ago", "a year ago", "20 years ago"
	n, ok := lx.dateWord("number", t.lower)
	if !ok && allDigits(t.lower) && len(t.lower) <= 3 {
		n, _ = strconv.Atoi(t.lower)
		ok = n > 0
	}
	if ok && same(i+2) {
		if _, ago := lx.dateWord("ago", toks[i+2].lower); ago {
			switch u, _ := d.unitWord(i + 1); u {
			case unitYear:
				return dpoint{cal: calYear, shift: -n, gran: granYear}, 3
			case unitDecade:
				return dpoint{cal: calYear, shift: -10 * n, gran: granYear}, 3
			case unitMonth:
				return dpoint{cal: calMonth, shift: -n, gran: granMonth}, 3
			case unitDay:
				return dpoint{rel: true, relDays: -n, gran: granDay}, 3
			}
		}
	}
	return dpoint{}, 0
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
	if s, ok := d.lx.dateWord("shift", toks[k+n].lower); ok && s != 0 {
		if u, ok := d.unitWord(k + n + 1); ok && u == unitYear {
			return n + 2, s
		}
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
	if _, ok := lx.dateWord("monthmod", toks[k].lower); ok {
		return true
	}
	prev := toks[k]
	_, weak := lx.dateWord("weakmonth", toks[i].lower)
	if v, ok := lx.dateWord("monthprep", prev.lower); ok && (v == 1 || !weak) || prev.tag == "IN" {
		return true
	}
	if weak {
		return false
	}
	_, det := lx.dateWord("det", prev.lower)
	det = det || strings.HasSuffix(prev.lower, "'s") || strings.HasSuffix(prev.lower, "’s") // "the bank's April figures"
	if det && i+1 < len(toks) && toks[i+1].sent == toks[i].sent {
		next := toks[i+1]
		return !next.cap && next.word && (next.tag == "" || strings.HasPrefix(next.tag, "NN"))
	}
	return false
}

// hyphenPart reads a hyphenated quarter or half: "second-quarter",
// "fourth-quarter", "first-half".
func hyphenPart(s string) (dpoint, bool) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return dpoint{}, false
	}
	q, ok := ordinals[a]
	if !ok {
		return dpoint{}, false
	}
	switch b {
	case "quarter":
		return dpoint{q: q, gran: granQuarter}, true
	case "half":
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
	for _, dash := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(t, dash); ok {
			if y, ok := yearNum(a); ok {
				if y2, ok := yearEnd(y, b); ok {
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
