package extract

import "slices"

// dropTripSummaries: a trip noun naming the countries or the region of a
// whole trip ("a week-long tour of Peru and Bolivia", "a swing through the
// Balkans") tells no stop of its own when the story goes on to tell the
// same travellers' stops in two or more cities around its day: the stops
// are the visits, and the summary, kept, would stand as one more visit
// with the trip's first day and no city. It is dropped before the merge
// pass, so that it neither lends a stop its span nor counts as a stop.
// Kept: a trip verb ("toured Peru"); a city trip ("a visit to Lima"); a
// one-country trip ("a visit to Peru", its stops in Peru's cities folded
// into it by the merge pass; a visit to a state or province of one
// country likewise); and a summary whose stops lie in countries it does
// not name, are told at another time (a past tour beside this week's
// stops) or in a tense that cannot be its (tenseCompatible).
func (d *document) dropTripSummaries() {
	if len(d.events) < 3 {
		return
	}
	out := d.events[:0]
	for i := range d.events {
		if why := d.tripSummary(i); why != "" {
			d.tracef("visit %q (S%d) to %s: %s: dropped", d.events[i].Trigger, d.events[i].facts.sent, d.events[i].Location, why)
			if d.keepRemoved {
				d.removed = append(d.removed, removedEvent{ev: d.events[i], rule: "trip-summary", draft: removedDraft{sent: d.events[i].facts.sent}})
			}
			continue
		}
		out = append(out, d.events[i])
	}
	d.events = out
}

// summaryReach is how many days past the summary's first day a stop may
// begin and still be one of its trip's.
const summaryReach = 21

// tripSummary says why event i is the summary of a trip whose stops the
// story tells (see dropTripSummaries), or "".
func (d *document) tripSummary(i int) string {
	s := &d.events[i]
	if s.Type != Visit || !s.facts.set || s.facts.verb || !s.facts.ownPlace || s.Location == "" || len(s.Participants) == 0 {
		return ""
	}
	e := d.byCanon[s.Location]
	if e == nil || e.kind == "city" || d.lx.subnational(s.Location) {
		return "" // a city trip, or a state's or province's: one country's
	}
	var listed []string // the countries the summary names, for a country
	if e.kind == "country" {
		if listed = d.placesListed(s); len(listed) < 2 {
			return "" // one country's ("a five-day visit to Japan": the merge pass folds its stops into it)
		}
	}
	slo, shi, dated := dateBounds(s.Date)
	stops := map[string]bool{}
	for j := range d.events {
		l := &d.events[j]
		if j == i || l.Type != Visit || !l.facts.set || !l.facts.ownPlace || l.Location == s.Location || !sameParties(s, l) {
			continue
		}
		if e := d.byCanon[l.Location]; e == nil || e.kind != "city" {
			continue
		}
		if listed != nil && !slices.ContainsFunc(listed, func(c string) bool { return d.within(l.Location, c) }) {
			continue // a stop in a country the summary does not name: another trip's
		}
		if ok, _ := d.tenseCompatible(s, l); !ok {
			continue
		}
		if lo, _, ok := dateBounds(l.Date); dated && ok && (lo.Before(slo.AddDate(0, 0, -1)) || lo.After(shi.AddDate(0, 0, summaryReach))) {
			continue // another trip's stop
		}
		stops[l.Location] = true
	}
	if len(stops) < 2 {
		return ""
	}
	return "the whole trip, its stops told on their own"
}

// placesListed: the places of the list the visit's place stands in, in
// its sentence ("a tour of Peru, Bolivia and Paraguay"): places joined by
// a comma or "and", the visit's own among them; nil when no other place
// is joined to it.
func (d *document) placesListed(v *Event) []string {
	ms := d.mentionsIn(span{v.facts.t0, d.sent[v.facts.sent].t1})
	for i, m := range ms {
		if e := d.entityOf(m); e == nil || m.typ != Location || e.canon != v.Location {
			continue
		}
		lo, hi := i, i
		for lo > 0 && ms[lo-1].typ == Location && d.placesJoined(ms[lo-1].span.t1, ms[lo].span.t0) {
			lo--
		}
		for hi+1 < len(ms) && ms[hi+1].typ == Location && d.placesJoined(ms[hi].span.t1, ms[hi+1].span.t0) {
			hi++
		}
		if lo == hi {
			return nil
		}
		var out []string
		for _, m := range ms[lo : hi+1] {
			if e := d.entityOf(m); e != nil {
				out = append(out, e.canon)
			}
		}
		return out
	}
	return nil
}
