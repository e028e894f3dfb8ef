package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// departureEnds (reading departure-day), once the events are merged: a
// visit dated by its travel verb's own day ("arrived in Quito on Monday")
// runs to the day a later clause has the traveller leave or go back
// ("She leaves for Lima on Thursday", "and returns to Oslo on Sunday",
// "before flying home on Friday": word classes depart, goback, and a
// travel verb before "home" or "back"), when that day comes after the
// arrival and at most maxRangeDays on. The traveller must be the subject
// the clause names before its verb, or after a gerund's (a participant's
// name, a pronoun, the delegation), and no other visit of a participant may fall between the
// two days (a tour's next stop ends the stay first). The day of leaving is
// the last of the stay. The id follows the new date.
func (d *document) departureEnds() {
	for i := range d.events {
		e := &d.events[i]
		f := e.facts
		if e.Type != Visit || !f.set || !f.verb || !f.ownDate || len(e.Date) != len("2006-01-02") || f.sent < 0 || f.sent >= len(d.sent) {
			continue
		}
		if l := d.toks[f.n0].lower; !d.lx.is(l, wcTravel, wcMotion) || d.lx.is(l, wcDepart, wcGoBack) {
			continue // an arrival: "landed", "flew to", "arrived"
		}
		start, err := time.Parse("2006-01-02", e.Date)
		if err != nil {
			continue
		}
		end, at := d.departureDay(e, start)
		if at < 0 || d.visitBetween(i, start, end) {
			continue
		}
		e.Date += "/" + end.Format("2006-01-02")
		e.ID = eventID(*e)
		d.tracef("visit %q: to the day of leaving in S%d, %s (reading departure-day)", e.Trigger, d.toks[at].sent, e.Date)
		if d.explain {
			e.Explain = append(e.Explain, fmt.Sprintf("date %s by reading departure-day: from its travel verb's day to the day %q says the traveller leaves", e.Date, d.toks[at].text))
		}
	}
}

// departureDay finds the first clause after visit e's trigger, in its
// sentence or the next ten, where its traveller leaves or goes back on a
// day after start: that day and the verb's token, or -1.
func (d *document) departureDay(e *Event, start time.Time) (time.Time, int) {
	f := e.facts
	last := min(len(d.sent), f.sent+11)
	for si := f.sent; si < last; si++ {
		s := d.sent[si]
		k0 := s.t0
		if si == f.sent {
			k0 = f.t1
		}
		for k := k0; k < s.t1; k++ {
			if !d.leaving(k, s) {
				continue
			}
			// a gerund has its subject in the main clause, after it
			// ("before leaving Portugal, he toured ...")
			if !d.travellerIn(e, s.t0, k) && !(d.toks[k].tag == "VBG" && d.travellerIn(e, k+1, s.t1)) {
				return time.Time{}, -1 // someone else leaves first: no end told
			}
			if t, ok := d.leavingDay(k, s, start); ok {
				return t, k
			}
		}
	}
	return time.Time{}, -1
}

// leaving: the verb at k leaves a place or goes back ("leaves", "departs",
// "returns", "flying home", "headed back").
func (d *document) leaving(k int, s sentence) bool {
	if !d.verbal(k) {
		return false
	}
	l := d.toks[k].lower
	if d.lx.is(l, wcDepart, wcGoBack) {
		return true
	}
	return d.lx.is(l, wcTravel, wcMotion) && k+1 < s.t1 && d.lx.is(d.toks[k+1].lower, wcReturn)
}

// travellerIn: tokens [from, to) name visit e's traveller: a
// participant's name, a pronoun that can be theirs (pronounTraveller) or a
// travelling group not named as a body of its own (in "the Green party
// leaves the coalition" the party is no delegation).
func (d *document) travellerIn(e *Event, from, to int) bool {
	for j := to - 1; j >= from; j-- {
		t := d.toks[j]
		if d.lx.is(t.lower, wcPronoun) && d.pronounTraveller(e, j) {
			return true
		}
		if d.lx.is(t.lower, wcTravelGroup) && t.text == t.lower && (j == 0 || !strings.HasPrefix(d.toks[j-1].tag, "NNP")) {
			return true
		}
		if t.text == "" || t.text[0] < 'A' || t.text[0] > 'Z' {
			continue
		}
		for _, p := range e.Participants {
			for _, w := range strings.Fields(p.Name) {
				if len(w) > 2 && w == t.text {
					return true
				}
			}
		}
	}
	return false
}

// leavingDay: the day a date of the verb at k names (after it, or before
// it opening the clause with no verb between), when it falls after start
// and at most maxRangeDays on.
func (d *document) leavingDay(k int, s sentence, start time.Time) (time.Time, bool) {
	for _, dm := range d.dates {
		if dm.span.t0 < s.t0 || dm.span.t0 >= s.t1 || len(dm.value) != len("2006-01-02") {
			continue
		}
		after := dm.span.t0 > k && dm.span.t0 <= k+8 && !d.verbBetween(k+1, dm.span.t0)
		// before it, only a day that opens the clause ("On Tuesday, before
		// leaving for Kuwait, ..."): in "flies to Nairobi on Saturday before
		// returning home" the day is the flight's
		before := dm.span.t1 <= k && dm.span.t1 >= k-6 && !d.verbBetween(dm.span.t1, k) && !d.verbBetween(s.t0, dm.span.t0)
		if !after && !before {
			continue
		}
		t, err := time.Parse("2006-01-02", dm.value)
		if err == nil && t.After(start) && t.Sub(start) <= maxRangeDays*24*time.Hour {
			return t, true
		}
	}
	return time.Time{}, false
}

// visitBetween: another visit of a participant of event i, at another
// place, starts after start and before end.
func (d *document) visitBetween(i int, start, end time.Time) bool {
	e := d.events[i]
	for j, o := range d.events {
		if j == i || o.Type != Visit || o.Location == e.Location || !shareParticipant(e, o) || len(o.Date) < len("2006-01-02") {
			continue
		}
		t, err := time.Parse("2006-01-02", o.Date[:10])
		if err == nil && t.After(start) && t.Before(end) {
			return true
		}
	}
	return false
}

// shareParticipant: events a and b name a participant in common.
func shareParticipant(a, b Event) bool {
	for _, p := range a.Participants {
		for _, q := range b.Participants {
			if p.Name == q.Name {
				return true
			}
		}
	}
	return false
}

// pronounTraveller: the pronoun at k can be visit e's traveller: its
// gender is that of a participant, or no person other than a participant
// is named between the visit and it and it does not clash with every
// participant's known gender. ("X landed on Monday. He met Y, who flew in
// on Sunday. She leaves on Thursday": "she" is Y.)
func (d *document) pronounTraveller(e *Event, k int) bool {
	g := d.pronounGender(k)
	var who []*entity
	for _, p := range d.ents {
		if p.typ != Person {
			continue
		}
		for _, q := range e.Participants {
			if q.Name == p.canon {
				who = append(who, p)
			}
		}
	}
	clash := g != "" && len(who) > 0
	for _, p := range who {
		h := d.genderOf(p)
		if g != "" && h == g {
			return true
		}
		if h == "" || h == g {
			clash = false
		}
	}
	if clash {
		return false
	}
	for _, m := range d.mentionsIn(span{e.facts.t1, k}) {
		if m.typ == Person && m.ent != nil && !slices.Contains(who, m.ent) {
			return false
		}
	}
	return true
}
