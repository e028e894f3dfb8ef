package extract

import (
	"fmt"
	"strings"
	"time"
)

// The published-day pass (readings neighbour-sentence, published-day,
// published-morning): an event the story tells as news that happened, with
// no date its sentence or the story's events before it give, takes the date
// a neighbouring sentence gives the same event (neighbourDate); with none,
// it happened on the day the story was published ("The council has
// approved a lease ..."), or, when the story was published in the morning
// (before noon by the published stamp's own clock), on the day before: a
// morning story tells the news of the day before. A planned event, an
// event whose clause names a vague time (a season, "the coming weeks"), an
// event its sentence tells as recurring (class often of date_words.tsv:
// "has met her four times") and a leg or stop made from another event
// (events_trips.go) stay undated, as does, without a neighbour's date, a
// story with no published day. It runs once the events are merged and
// scored, so that it never splits or joins events nor changes what the
// confidence weighs; the id follows the new date.

// morningEnds is the hour from which a published stamp is no longer the
// morning.
const morningEnds = 12

// publishedHour reads the hour of the day of a published stamp, in the
// stamp's own zone; false when the stamp names no time (a bare day, or a
// midnight that stands for one).
func publishedHour(s string) (int, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", time.RFC1123Z, time.RFC1123} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return 0, false
		}
		return t.Hour(), true
	}
	return 0, false
}

// publishedDay is the day an undated piece of news happened by its story's
// published stamp, and the reading that says so; "" when the story has no
// published day.
func (d *document) publishedDay() (string, string) {
	if !d.ref.hasDay {
		return "", ""
	}
	if d.refClock && d.refHour < morningEnds {
		return d.ref.t.AddDate(0, 0, -1).Format("2006-01-02"), "published-morning"
	}
	return d.ref.t.Format("2006-01-02"), "published-day"
}

// publishedDays dates the undated events told as news: by a neighbouring
// sentence that dates the same event (neighbourDate), else by publishedDay.
func (d *document) publishedDays() {
	day, rule := d.publishedDay()
	for i := range d.events {
		e := &d.events[i]
		if e.Date != "" || e.Planned || e.conf.dateReading == "own-vague-time" || e.conf.future || e.conf.derived != "" || d.toldRecurring(e) {
			continue
		}
		if v, what := d.neighbourDate(e); v != "" {
			e.Date = v
			e.ID = eventID(*e)
			d.tracef("%s %q: undated news, %s by %s (reading neighbour-sentence)", e.Type, e.Trigger, v, what)
			if d.explain {
				e.Explain = append(e.Explain, fmt.Sprintf("date %s from a neighbouring sentence: %s", v, what), "date by reading neighbour-sentence")
			}
			continue
		}
		if day == "" {
			continue
		}
		e.Date = day
		e.ID = eventID(*e)
		d.tracef("%s %q: undated news, %s (reading %s)", e.Type, e.Trigger, day, rule)
		if d.explain {
			e.Explain = append(e.Explain, fmt.Sprintf("date %s: undated news, told by a story published %s", day, d.ref.t.Format("2006-01-02")), "date by reading "+rule)
		}
	}
}

// toldRecurring: the event's sentence tells it as recurring, by a word of
// class often after the trigger or at most three words before it ("has
// met her four times since", "twice met", "agreed to meet monthly"); a
// capitalized word is none ("..., the Harbour Times reported").
func (d *document) toldRecurring(e *Event) bool {
	f := e.facts
	if !f.set || f.sent < 0 || f.sent >= len(d.sent) {
		return false
	}
	s := d.sent[f.sent]
	for k := max(s.t0, f.t0-3); k < s.t1; k++ {
		// a capitalized word is a name ("the New York Times reported")
		if t := d.toks[k]; t.text != t.lower {
			continue
		}
		if _, ok := d.lx.dateWord(dwOften, d.toks[k].lower); ok {
			return true
		}
	}
	return false
}

// neighbourDate (reading neighbour-sentence) is the date a neighbouring
// sentence gives e, told as undated news, and what in it gave it ("" when
// none). The cascade reads the story in order and an event inherits only
// from events told before it, so an event told before the sentence that
// dates it (a lede whose date comes next) or after a sentence that sets the
// day with no event of its own reaches this pass undated:
//
//   - the sentence after opens on a noun of e's kind that points back ("The
//     agreement was signed on Friday", "The visit, which ran from Monday to
//     Wednesday": a visit holds the meetings told of it): its date;
//   - else the sentence before names one past day and dates no event
//     ("The hall was full on Tuesday evening. After four hours of debate,
//     the council approved ..."): that day.
//
// A date the sentence after gives another event ("The mayor met the union
// on Tuesday"), a saying's day, a since-phrase's and a coarse time lend
// none.
func (d *document) neighbourDate(e *Event) (string, string) {
	f := e.facts
	if !f.set || f.title || f.sent < 0 || f.sent >= len(d.sent) {
		return "", ""
	}
	if si := f.sent + 1; si < len(d.sent) {
		if v, what := d.pointBackDate(d.sent[si], e.Type); v != "" {
			return v, what
		}
	}
	if si := f.sent - 1; si >= 0 && d.sent[si].t0 >= d.bodyTok {
		return d.sceneDay(si)
	}
	return "", ""
}

// pointBackDate: sentence s opens on a noun phrase that points back at
// an event of type typ (or a visit, for a meeting): a definite word, then
// within two words a noun that a frame of that type reads ("The agreement
// was signed ...", "The two-day visit ..."); the date nearest that noun in
// s, when it is not ahead of the published day.
func (d *document) pointBackDate(s sentence, typ string) (string, string) {
	if s.t1-s.t0 < 2 || !d.lx.is(d.toks[s.t0].lower, wcDefinite) {
		return "", ""
	}
	for j := s.t0 + 1; j < s.t1 && j <= s.t0+3; j++ {
		if t := d.toks[j]; !t.word || strings.HasPrefix(t.tag, "VB") && t.tag != "VBN" {
			return "", "" // the phrase ends
		}
		l, v := d.lx.triggers.longest(d.toks, j, s.t1)
		if l == 0 {
			continue
		}
		fr := d.nounFrame(v, typ)
		if fr == nil && typ == Meeting {
			fr = d.nounFrame(v, Visit)
		}
		if fr == nil {
			continue
		}
		tr := trigMatch{t0: j, t1: j + l, typ: fr.typ, frame: fr, sup: -1}
		val := d.nearestDate(span{s.t0, s.t1}, tr)
		if val == "" || !d.beforeOrOnPublished(val) {
			return "", ""
		}
		return val, fmt.Sprintf("%q of the sentence after", d.textOf(span{s.t0, j + l}))
	}
	return "", ""
}

// sceneDay: sentence si names one past day (or range of days), not a
// saying's, the dateline's or a since-phrase's, and no event of the story
// stands in it: that day.
func (d *document) sceneDay(si int) (string, string) {
	for i := range d.events {
		if d.events[i].facts.set && d.events[i].facts.sent == si {
			return "", ""
		}
	}
	s := d.sent[si]
	v, text := "", ""
	for _, dm := range d.dates {
		if dm.span.t0 < s.t0 || dm.span.t0 >= s.t1 || dm.value == "" || dm.coarse || d.inDateline(dm.span.t0) || d.sinceAt(dm.span.t0) || d.reportDate(dm.span) {
			continue
		}
		if g := DateGrain(dm.value); g != "day" && g != "range" || v != "" && dm.value != v || !d.beforeOrOnPublished(dm.value) {
			return "", ""
		}
		v, text = dm.value, dm.text
	}
	if v == "" {
		return "", ""
	}
	return v, fmt.Sprintf("%q of the sentence before", text)
}

// beforeOrOnPublished: the value v ends on or before the published day (a
// story with no published day: any value).
func (d *document) beforeOrOnPublished(v string) bool {
	if !d.ref.hasDay {
		return true
	}
	_, hi, ok := dateBounds(v)
	return ok && !hi.After(d.ref.t)
}

// nounFrame is the first noun frame of type typ among the trigger forms v,
// or nil.
func (d *document) nounFrame(v int, typ string) *frame {
	for _, r := range d.lx.formSets[v] {
		if f := &d.lx.frames[r.frame]; !f.verb && f.typ == typ {
			return f
		}
	}
	return nil
}
