package extract

import (
	"fmt"
	"strings"
	"time"
)

// The published-day pass (reading published-day, published-morning): an
// event the story tells as news that happened, with no date its sentence,
// its neighbours or the story give, happened on the day the story was
// published ("Redfern Credit has agreed to pay £40 million to settle ...";
// "The council has approved a lease ..."), or, when the story was
// published in the morning (before noon by the published stamp's own
// clock), on the day before: a morning story tells the news of the day
// before. A planned event, an event whose clause names a vague time (a
// season, "the coming weeks"), an event its sentence tells as recurring
// (class often of date_words.tsv: "has met her four times"), a leg or
// stop made from another event (events_trips.go) and a story with no
// published day stay undated. It runs once the events are merged and scored, so that it never
// splits or joins events nor changes what the confidence weighs; the id
// follows the new date.

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

// publishedDays dates the undated events told as news by publishedDay.
func (d *document) publishedDays() {
	day, rule := d.publishedDay()
	if day == "" {
		return
	}
	for i := range d.events {
		e := &d.events[i]
		if e.Date != "" || e.Planned || e.conf.dateReading == "own-vague-time" || e.conf.future || e.conf.derived != "" || d.toldRecurring(e) {
			continue
		}
		e.Date = day
		e.ID = eventID(*e)
		d.tracef("%s %q: undated news, %s (reading %s)", e.Type, e.Trigger, day, rule)
		if d.explain {
			e.Explain = append(e.Explain, fmt.Sprintf("date %s by reading %s: undated news, told by a story published %s", day, rule, d.ref.t.Format("2006-01-02")))
		}
	}
}

// toldRecurring: the event's sentence tells it as recurring, by a word of
// class often after the trigger or at most three words before it ("has
// met her four times since", "twice met", "agreed to meet monthly").
func (d *document) toldRecurring(e *Event) bool {
	f := e.facts
	if !f.set || f.sent < 0 || f.sent >= len(d.sent) {
		return false
	}
	s := d.sent[f.sent]
	for k := max(s.t0, f.t0-3); k < s.t1; k++ {
		if _, ok := d.lx.dateWord(dwOften, d.toks[k].lower); ok {
			return true
		}
	}
	return false
}
