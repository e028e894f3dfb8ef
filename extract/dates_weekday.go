package extract

import (
	"strings"
	"time"
)

// Bare weekdays (resolveDates asks weekdayAnchor): a weekday resolves
// against the published date, as the guidelines say ("on Friday" in a
// story of Wednesday 27 May is 29 May) — news names a day beyond the
// coming week by its date. It falls on or after a day the story named
// before only by one of these readings, in order, each named in the trace:
//
//   - weekday-article: a preposition and "the" before the weekday, no name
//     after it ("arrived on June 3 ... On the Friday she met X"), a
//     calendar date in its sentence or the two before: the Friday of the
//     week that date is in, in either tense ("the Sunday Times", "in the
//     Sunday Express" are no days);
//   - schedule-same-sentence: a plan's weekday after a later day of the
//     same sentence ("visits Abu Dhabi on July 22 and will hold talks on
//     Thursday"), that day at most two weeks ahead;
//   - schedule-named-week: a plan's weekday in the sentence after a day
//     written with its own weekday ("visits Abu Dhabi on Wednesday, July
//     22. The tour ends in Muscat on Friday"): the writer has named the
//     week of the schedule.
//
// A weekday in another sentence after a bare date ("The lease is to be
// signed on June 3. The minister will visit the town on Friday") keeps
// the published date's week.

// weekdayAnchor names the reading that anchors the bare weekday at token
// i (sentence sent, tense of its clause) on the day last (named in
// sentence lastSent, with its own weekday when named, a calendar date
// when cal), or "" when it resolves against the published date ref. ta is
// its value against ref.
func (d *document) weekdayAnchor(i, sent, tense int, last time.Time, lastSent int, named, cal bool, ref, ta time.Time) string {
	if cal && d.articleWeekday(i) && sent >= lastSent && sent-lastSent <= 2 {
		return "weekday-article"
	}
	if tense <= 0 || !last.After(ref) || !ta.Before(last) || last.Sub(ref) > 14*24*time.Hour {
		return ""
	}
	switch {
	case sent == lastSent:
		return "schedule-same-sentence"
	case named && sent-lastSent == 1:
		return "schedule-named-week"
	}
	return ""
}

// weekdayBefore: the date at token i is written after its weekday
// ("Wednesday, July 22", "Wednesday July 22").
func (d *document) weekdayBefore(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].text == "," {
		k--
	}
	return k >= 0 && d.toks[k].sent == d.toks[i].sent && d.toks[k].cap && d.lx.isWeekday(d.toks[k].lower)
}

// articleWeekday: the weekday at token i stands after a preposition and
// "the", with no capitalized word after it ("on the Friday", "for the
// Saturday night"; not "in the Sunday Express").
func (d *document) articleWeekday(i int) bool {
	if i < 2 || d.toks[i-1].lower != "the" || d.toks[i-2].tag != "IN" || d.toks[i-2].sent != d.toks[i].sent {
		return false
	}
	return i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent || !d.toks[i+1].cap
}

// bareWeekday is a bare weekday of a past clause, resolved against the
// published date: its date mention and sentence.
type bareWeekday struct{ idx, sent int }

// pastWeekdayOrder (reading past-weekday-order): past weekdays told in one
// sentence and joined by "and" come in the order they happened ("having
// met X in Kigali on Thursday and Y in Kinshasa on Saturday", told on a
// Thursday): a weekday that resolved to the published day itself, with a
// later weekday of the same sentence behind it, is the week before's. A
// temporal word between them tells the order ("struck on Thursday after
// talks on Wednesday night"), and nothing moves; both must be adverbs of
// time ("on Thursday"), not a noun's modifier ("postponed Friday evening's
// recital ... Tuesday's matinee"). The reading holds only in a
// background verb group ("having met", "had met"): a main finite past
// clause ("X met Y in Nairobi on Thursday and Z in Addis Ababa on
// Monday") puts today's news first, and its weekday stays the published
// day.
func (d *document) pastWeekdayOrder(bare []bareWeekday) {
	if !d.ref.hasDay {
		return
	}
	today := d.ref.t.Format("2006-01-02")
	for i, a := range bare {
		dm := &d.dates[a.idx]
		if dm.value != today || !d.onDay(dm.span) || !d.backgroundVerbBefore(dm.span.t0) {
			continue
		}
		for _, b := range bare[i+1:] {
			later := d.dates[b.idx]
			if b.sent != a.sent || later.day.IsZero() || !later.day.Before(dm.day) || !d.onDay(later.span) || !d.coordinatedDays(dm.span.t1, later.span.t0) {
				continue
			}
			d.tracef("weekday %q: before %q of its sentence, the week before (reading past-weekday-order)", d.textOf(dm.span), d.textOf(later.span))
			dm.day = dm.day.AddDate(0, 0, -7)
			dm.value = dm.day.Format("2006-01-02")
			break
		}
	}
}

// coordinatedDays: "and" joins what stands at tokens from and to, with no
// temporal word (after, before, since...) between.
func (d *document) coordinatedDays(from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		switch l := d.toks[k].lower; {
		case d.lx.is(l, wcTemporal):
			return false
		case l == "and":
			and = true
		}
	}
	return and
}

// onDay: "on" stands right before the date span ("on Thursday").
func (d *document) onDay(sp span) bool {
	return sp.t0 > 0 && d.toks[sp.t0-1].lower == "on" && d.toks[sp.t0-1].sent == d.toks[sp.t0].sent
}

// backgroundVerbBefore: the nearest verb before token i in its sentence is
// a participle of a background verb group: "had" or "having" stands before
// it, adverbs aside ("having met X on Thursday", "had already met").
func (d *document) backgroundVerbBefore(i int) bool {
	s := d.sent[d.toks[i].sent]
	for k := i - 1; k > s.t0; k-- {
		t := d.toks[k]
		if !strings.HasPrefix(t.tag, "VB") {
			continue
		}
		if t.tag != "VBN" && t.tag != "VBD" {
			return false
		}
		j := k - 1
		for j > s.t0 && d.toks[j].tag == "RB" {
			j--
		}
		return d.lx.is(d.toks[j].lower, wcBackground)
	}
	return false
}

// clauseOpensAt: a new clause opens at token k of sentence s: a semicolon,
// a clause word ("while", "but"; class clause) or a conjunction after a
// comma (", and"), as tenseAt reads the clause of a date fronted after
// it ("...; on Friday she flies to Oslo", ", and on Friday she flies").
func (d *document) clauseOpensAt(k int, s sentence) bool {
	t := d.toks[k]
	switch {
	case t.text == ";", d.lx.is(t.lower, wcClause):
		return true
	case t.tag == "CC" && k > s.t0 && d.toks[k-1].text == ",":
		return true
	}
	return false
}

// conjoinedPresent: the plural-tagged schedule word at token k, after a
// conjunction, is a present verb conjoined to an earlier predicate ("flew
// to Pretoria on Monday and returns to Durban on Friday"): a finite verb
// stands before the conjunction in sentence s, a preposition of a
// destination (class destprep) and a capitalized name follow the word
// ("returns to Durban", "leaves for Oslo"; not "sales and returns to
// investors", nor a noun before "of"), and no finite verb follows in its
// clause (then the word is that verb's subject).
func (d *document) conjoinedPresent(k int, s sentence) bool {
	if k+2 >= s.t1 || !d.lx.is(d.toks[k+1].lower, wcDestPrep) || !d.toks[k+2].cap {
		return false
	}
	for j := k + 2; j < s.t1 && d.toks[j].text != "," && !d.clauseOpensAt(j, s); j++ {
		switch d.toks[j].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	for j := k - 2; j >= s.t0; j-- {
		switch d.toks[j].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// onlyModifiers: tokens [from, to) are prepositions, determiners, adverbs,
// adjectives, commas or modifiers of a month ("on", "early on", "later
// that"): a date after them opens its clause.
func (d *document) onlyModifiers(from, to int) bool {
	for k := from; k < to; k++ {
		switch tg := d.toks[k].tag; {
		case tg == "IN", tg == "DT", tg == "RB", tg == "JJ", tg == ",":
		default:
			if _, mod := d.lx.dateWord(dwMonthMod, d.toks[k].lower); !mod {
				return false
			}
		}
	}
	return true
}
