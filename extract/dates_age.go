package extract

import (
	"strconv"
	"strings"
	"time"
)

// The age of a date against the story: readings that ask whether a date
// is the story's news or its background (an agreement "signed in 2019"
// is background; "signed on December 18" in a story of January 4 is
// news), compared by distance, never by calendar year alone, so that a
// story published just after New Year keeps last December's events.

// newsAge is how far back a day or month may lie and still be the
// story's news: the three months a year-less past event's day is read
// within ("the May 2 bombing").
const newsAge = 92 * 24 * time.Hour

// olderThanNews: the date value v (a day, month or year, or a range: its
// end) lies before the story's news (reading "older-than-news"): a year
// before the reference's year ("2019" published in 2026), or a day or
// month whose last day is more than newsAge before the reference date.
// A value it cannot read, or no reference, is not older.
func (d *document) olderThanNews(v string) bool {
	if !d.ref.hasYear || len(v) < 4 {
		return false
	}
	if i := indexByte(v, '/'); i >= 0 {
		v = v[i+1:] // a range ends at its second value
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return false
	}
	ref := d.ref.t
	if len(v) == 4 {
		return y < ref.Year()
	}
	last, ok := lastDayOf(v)
	if !ok {
		return y < ref.Year() // a quarter, a half: by its year
	}
	return ref.Sub(last) > newsAge
}

// lastDayOf is the last day of a year, month or day value ("2019",
// "2019-03", "2019-03-14"); ok false for any other (a week, a range).
func lastDayOf(v string) (time.Time, bool) {
	for _, f := range []struct {
		layout string
		y, m   int
	}{{"2006", 1, 0}, {"2006-01", 0, 1}, {"2006-01-02", 0, 0}} {
		if len(v) != len(f.layout) {
			continue
		}
		t, err := time.Parse(f.layout, v)
		if err != nil {
			return time.Time{}, false
		}
		if f.y == 0 && f.m == 0 {
			return t, true
		}
		return t.AddDate(f.y, f.m, -1), true
	}
	return time.Time{}, false
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// pastBound: the bound word at token b ("until", "through", "by") closes a
// span its clause tells in the past, so the date after it is behind the
// story, not ahead (reading "past-bound"): a simple past with no object
// right before it, perhaps past an adverb or one prepositional phrase
// ("a visit that lasted until Saturday", "stayed in Addis Ababa until
// Friday", "had remained there until March"). A verb with an object
// ("extended the curfew until Friday"), a postponement ("was postponed
// until November"), a passive or a future keep the date ahead.
func (d *document) pastBound(b int, s sentence) bool {
	k := b - 1
	for k > s.t0 && d.toks[k].tag == "RB" {
		k--
	}
	if k > s.t0 && !isPastTag(d.toks[k].tag) {
		// one prepositional phrase: "in Addis Ababa", "at the palace"
		j := k
		for j > s.t0 && j > k-5 {
			switch d.toks[j].tag {
			case "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "POS", "PRP$":
				j--
				continue
			}
			break
		}
		if j == k || d.toks[j].tag != "IN" {
			return false
		}
		k = j - 1
		for k > s.t0 && d.toks[k].tag == "RB" {
			k--
		}
	}
	if k <= s.t0 || !isPastTag(d.toks[k].tag) {
		return false
	}
	t := d.toks[k]
	if d.lx.is(t.lower, wcBe, wcAux, wcReport) || d.cueEndsAt(k+1, s, cuePostpone) {
		return false
	}
	if _, ahead := d.lx.dateWord(dwAhead, t.lower); ahead {
		return false // "was scheduled until"
	}
	p := d.toks[k-1]
	perfect := d.lx.is(p.lower, wcBackground) // "had remained", "having stayed"
	if t.tag == "VBN" && !perfect {
		return false // "was extended until Friday": a passive says nothing
	}
	if d.lx.is(p.lower, wcBe) || (strings.HasPrefix(p.tag, "VB") || p.tag == "MD" || p.tag == "TO") && !perfect {
		return false // "will stay closed until early March": no finite past
	}
	return true
}

func isPastTag(tag string) bool { return tag == "VBD" || tag == "VBN" }

// pastCompletion: the bound word at token b is a completion bound (class
// deadline, value 2: "by") of a clause told in a finite past, so the date
// at token i after it is behind the story (reading "past-completion"):
// the verb before the bound, past an object and prepositional phrases
// ("had agreed to a truce by Wednesday", "signed the accord by Monday"),
// or, when the bound opens the sentence, the first verb after the date
// ("By Wednesday evening, the two sides had agreed ..."). A modal, a
// future, an infinitive ("agreed to sign it by Friday"), a passive and a
// reporting verb keep the date ahead.
func (d *document) pastCompletion(b, i int, s sentence) bool {
	if v, _ := d.lx.dateWord(dwDeadline, d.toks[b].lower); v != 2 {
		return false
	}
	if b == s.t0 {
		for k := i + 1; k < s.t1; k++ {
			if t := d.toks[k]; strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
				return d.finitePast(k, s)
			}
		}
		return false
	}
	for k := b - 1; k >= s.t0 && k >= b-8; k-- {
		switch t := d.toks[k]; {
		case strings.HasPrefix(t.tag, "VB") || t.tag == "MD":
			return d.finitePast(k, s)
		case t.text == ";" || t.text == ":":
			return false
		}
	}
	return false
}

// finitePast: the verb at token k is a finite past ("agreed", "had
// agreed", "had both agreed"; "having agreed" too: the perfect auxiliaries
// are class background of word_classes.tsv), not a form of "be", an
// auxiliary, a reporting verb or a passive participle.
func (d *document) finitePast(k int, s sentence) bool {
	t := d.toks[k]
	if d.lx.is(t.lower, wcBackground) {
		for j := k + 1; j < s.t1 && j <= k+3; j++ {
			if d.toks[j].tag == "VBN" || d.toks[j].tag == "VBD" {
				return !d.lx.is(d.toks[j].lower, wcBe, wcReport)
			}
			if d.toks[j].tag != "RB" && d.toks[j].tag != "DT" {
				return false
			}
		}
		return false
	}
	if d.lx.is(t.lower, wcBe, wcAux, wcReport) {
		return false
	}
	switch t.tag {
	case "VBD":
		return true
	case "VBN":
		for j := k - 1; j >= s.t0 && j >= k-3; j-- {
			if d.lx.is(d.toks[j].lower, wcBackground) {
				return true
			}
			if d.toks[j].tag != "RB" && d.toks[j].tag != "DT" {
				return false
			}
		}
	}
	return false
}

// dateStartsAt: a date expression (an event's date or a coarse one: a
// week, weekend, season) begins at token k ("last week", "last March"),
// so a cue word there ("last", as in "last met") is the date's.
func (d *document) dateStartsAt(k int) bool {
	for _, list := range [][]dateMention{d.dates, d.coarseDates} {
		for _, dm := range list {
			if dm.span.t0 == k {
				return true
			}
		}
	}
	return false
}
