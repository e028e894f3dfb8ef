package extract

import (
	"strings"
	"time"
)

// Anchored days ("the next day", "the previous day", "two days later")
// resolve against the date named last (resolveDates, anchoredValue). A
// date inside a relative clause on an object after the main verb is said
// in passing of that object ("held talks with X, whose party quit the
// government on September 30, and the next day she met Y"): it is no
// anchor for what follows when the sentence or the one before named a
// date of its own (reading relative-not-anchor). A relative clause on the
// subject ("X, who arrived on Monday, met Y the next day") still anchors:
// it tells the subject's own story.

// objectRelative: the date at token i stands in a relative clause set off
// by a comma after a verb of its sentence: the comma before it opens with
// a relative pronoun (class relative, or "whose" by its tag WP$), no comma
// between.
func (d *document) objectRelative(i int) bool {
	s := d.sent[d.toks[i].sent]
	for k := i - 1; k > s.t0; k-- {
		if d.toks[k].text != "," {
			continue
		}
		if k+1 >= i || !(d.lx.is(d.toks[k+1].lower, wcRelative) || d.toks[k+1].tag == "WP$") || d.toks[k+1].lower == "that" {
			return false
		}
		return d.verbBetween(s.t0, k) || d.participleBetween(s.t0, k)
	}
	return false
}

// participleBetween: a past participle of a verb of its own stands in
// [from, to) (the tagger reads "She met X" as VBN as often as VBD).
func (d *document) participleBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.toks[k]; t.tag == "VBN" && !d.lx.is(t.lower, wcAux, wcBe, wcReport) {
			return true
		}
	}
	return false
}

// anchorShift (reading anchor-shift) reads an offset that anchors the
// draft's event on another day of its sentence or story, so that the date
// the draft would have is that other day's and the event lies the offset
// away from it:
//
//   - a clause opened by a count, a day or week unit and "after" or
//     "before" ("held a call with X on Wednesday, a day after Y met Z in
//     Mtwara"; "The call came a day after X hosted Y for talks"): the
//     date is the main clause's, the event a day before it; a date of the
//     subordinate clause itself ("a day after Y met Z on Monday") is its
//     own and nothing moves;
//   - such a phrase set off by a comma before the trigger ("A day after
//     the vote, X met Y"): it governs the trigger's clause, and the event
//     lies the offset after (or before) the anchor event's day, the day
//     the draft inherits; with no such day nothing is dated;
//   - an anchored adverb with no date to anchor on in the text ("had met X
//     the previous day", "signed it two days later", "the day before"),
//     which the dates pass leaves no DATE: the date the event inherits is
//     the day it counts from.
//
// It returns the days to add and whether such an offset stands in the
// draft's clause.
func (d *document) anchorShift(c *eventDraft) (int, bool) {
	s, tr := c.s, c.tr
	// a clause opened by "a day after": the trigger follows it, no verb
	// of its own between
	for k := tr.t0 - 1; k >= s.t0+2 && k >= tr.t0-24; k-- {
		dir, ok := d.anchorWordAt(k)
		if !ok || !d.lx.is(d.toks[k].lower, wcTemporal) {
			continue
		}
		days, ok := d.countedDays(k-2, k-1)
		if !ok || d.verbBetween(k+1, tr.t0) {
			return 0, false
		}
		if d.setOffPhrase(k+1, tr.t0) {
			// "A day after the vote, X met Y": the phrase governs the
			// trigger's own clause, whose event lies the offset from the
			// anchor event's day, the day the draft inherits; a date of
			// its own is its own
			if c.ownDate != "" {
				return 0, false
			}
			return dir * days, true
		}
		if c.ownDate != "" && d.dateAfter(k, s, c.ownDate) {
			return 0, false // "a day after Y met Z on Monday": its own date
		}
		return -dir * days, true
	}
	if c.ownDate != "" {
		return 0, false
	}
	// an anchored adverb of the clause that the dates pass could not
	// anchor (no DATE stands on it)
	from, to := s.t0, s.t1
	for k := from; k+2 < to; k++ {
		days, dir, w := d.anchoredAdverb(k)
		if w == 0 || d.dateCovering(k, s) != nil {
			continue
		}
		if k+w <= tr.t0 && d.verbBetween(k+w, tr.t0) || k >= tr.t1 && d.verbBetween(tr.t1, k) {
			continue // another verb's
		}
		return dir * days, true
	}
	return 0, false
}

// setOffPhrase: the phrase from token from to the trigger at to is closed
// by a comma before the trigger ("A day after the vote, X met Y"; "X, a
// day after the vote, met Y"): an odd number of commas stands between, as
// commas inside the phrase come in pairs around an apposition ("a day
// after the secretary, Rehema Mushi, met Z" holds the trigger in the
// phrase's own clause).
func (d *document) setOffPhrase(from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		if d.toks[k].text == "," {
			n++
		}
	}
	return n%2 == 1
}

// anchorWordAt: token k is a word of class anchor (date_words.tsv), with
// its direction (-1 before, 1 after).
func (d *document) anchorWordAt(k int) (int, bool) {
	return d.lx.dateWord(dwAnchor, d.toks[k].lower)
}

// countedDays: tokens n and u are a count and a day or week unit ("a
// day", "two days", "a week"): the days they count.
func (d *document) countedDays(n, u int) (int, bool) {
	if n < 0 || u >= len(d.toks) {
		return 0, false
	}
	count, ok := d.lx.dateWord(dwNumber, d.toks[n].lower)
	if !ok {
		if !allDigits(d.toks[n].text) || len(d.toks[n].text) > 2 {
			return 0, false
		}
		count = atoi2(d.toks[n].text)
	}
	switch {
	case d.unitIs(u, unitDay):
		return count, true
	case d.unitIs(u, unitWeek):
		return 7 * count, true
	}
	return 0, false
}

// anchoredAdverb reads an anchored adverb at token k: "the previous day",
// "the following week", "the day before", "a day earlier", "two days
// later". It returns the days, the direction and the tokens it took (0:
// none). "the day before the vote" is anchored on an event, not read here.
func (d *document) anchoredAdverb(k int) (days, dir, w int) {
	t := d.toks
	if t[k].lower == "the" && k+2 < len(t) {
		if a, ok := d.anchorWordAt(k + 1); ok && d.unitIs(k+2, unitDay, unitWeek) {
			return d.unitDays(k + 2), a, 3 // "the previous day", "the following week"
		}
		if a, ok := d.anchorWordAt(k + 2); ok && d.unitIs(k+1, unitDay, unitWeek) && d.endsPhrase(k+3) {
			return d.unitDays(k + 1), a, 3 // "the day before"
		}
		return 0, 0, 0
	}
	if n, ok := d.countedDays(k, k+1); ok && k+2 < len(t) {
		if a, ok := d.anchorWordAt(k + 2); ok && !d.lx.is(t[k+2].lower, wcTemporal) || ok && d.endsPhrase(k+3) {
			return n, a, 3 // "a day earlier", "two days later", "a week before"
		}
	}
	return 0, 0, 0
}

// unitDays: the days of the day or week unit at token k.
func (d *document) unitDays(k int) int {
	if d.unitIs(k, unitWeek) {
		return 7
	}
	return 1
}

// endsPhrase: token k closes the phrase before it (punctuation, the end,
// a conjunction or a verb), so "before" or "after" before it takes no
// object of its own.
func (d *document) endsPhrase(k int) bool {
	if k >= len(d.toks) || !d.toks[k].word {
		return true
	}
	t := d.toks[k]
	return t.lower == "and" || t.lower == "but" || strings.HasPrefix(t.tag, "VB") || t.tag == "MD"
}

// dateAfter: a date of value v stands in sentence s after token k.
func (d *document) dateAfter(k int, s sentence, v string) bool {
	for _, dm := range d.dates {
		if dm.span.t0 > k && dm.span.t0 < s.t1 && dm.value == v {
			return true
		}
	}
	return false
}

// shiftDay moves a day value by n days; any other value stays.
func shiftDay(v string, n int) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}
