package extract

import (
	"fmt"
	"strings"
)

// A day told as the Nth day of a trip of M days (reading trip-day): "toured
// a dam on Friday, the fourth day of her six-day tour" places the trip
// around that day, from N-1 days before it to M-N days after it. The
// ordinal is a word of date_words.tsv's class ordinal; the trip's length
// is read as tripDays reads it ("a four-day state visit"); only an article,
// a possessive, adjectives, numbers, "-" and the "N-day" word stand
// between "of" and the trip (tripModifier): "the second day of talks
// during her visit" is a day of the talks.

// tripDayRange returns the visit's range when the trigger tr is such a
// trip and date is a day, else date as it is.
func (d *document) tripDayRange(tr trigMatch, s sentence, date string) string {
	day, n := d.tripDaysOn(tr, s, date)
	if n == 0 {
		return date
	}
	for k := tr.t0 - 1; k >= s.t0+2 && k >= tr.t0-7; k-- {
		t := d.toks[k]
		if t.lower == "of" {
			if d.toks[k-1].lower != "day" {
				return date
			}
			j, ok := d.lx.dateWord(dwOrdinal, d.toks[k-2].lower)
			if !ok || j < 1 || j > n {
				return date
			}
			start := day.AddDate(0, 0, -(j - 1))
			return start.Format("2006-01-02") + "/" + start.AddDate(0, 0, n-1).Format("2006-01-02")
		}
		if isPossessive(t.text) {
			for k > s.t0+3 && d.toks[k-1].cap && d.toks[k-1].tag == "NNP" {
				k-- // the possessor's name: "Mr Ruto's"
			}
			continue
		}
		if !d.tripModifier(k) {
			return date // "the third day of a fair during her visit"
		}
	}
	return date
}

// tripModifier: the token at k may stand in the trip's noun phrase before
// its noun: an article, a possessive pronoun, an adjective, a number, "-"
// or the "N-day" word ("day" of a split "five - day").
func (d *document) tripModifier(k int) bool {
	t := d.toks[k]
	switch t.tag {
	case "DT", "PRP$", "JJ", "JJR", "JJS", "CD":
		return true
	}
	if t.text == "-" || t.lower == "day" && d.toks[k-1].text == "-" {
		return true
	}
	_, unit, ok := strings.Cut(t.lower, "-")
	return ok && unit == "day"
}

// tripDaySpans (reading trip-day) runs after the merge, as arrival-for-trip
// does (tripSpans), so that the trip's stops told on other days stay events
// of their own: each visit dated by its own day whose trigger is such a
// trip takes the trip's range; the id follows the new date.
func (d *document) tripDaySpans() {
	for i := range d.events {
		e := &d.events[i]
		f := e.facts
		if e.Type != Visit || !f.set || !f.ownDate || len(e.Date) != len("2006-01-02") || f.sent < 0 || f.sent >= len(d.sent) {
			continue
		}
		tr := trigMatch{t0: f.n0, t1: f.t1, verb: f.verb, typ: Visit, sup: -1}
		v := d.tripDayRange(tr, d.sent[f.sent], e.Date)
		if v == e.Date {
			continue
		}
		d.tracef("visit %q: %s -> %s (reading trip-day)", e.Trigger, e.Date, v)
		e.Date = v
		e.ID = eventID(*e)
		if d.explain {
			e.Explain = append(e.Explain, fmt.Sprintf("date %s by reading trip-day: its day is the trip's day an ordinal names", v))
		}
	}
}
