package extract

// dropTripSummaries: a trip noun naming the countries or the region of a
// whole trip ("a week-long tour of Peru and Bolivia", "a swing through the
// Balkans") tells no stop of its own when the story goes on to tell the
// same travellers' stops in two or more cities around its day: the stops
// are the visits, and the summary, kept, would stand as one more visit
// with the trip's first day and no city. It is dropped before the merge
// pass, so that it neither lends a stop its span nor counts as a stop.
// A trip verb ("toured Peru"), a city trip ("a visit to Lima") and a
// one-country trip ("a visit to Peru", which the merge pass folds into
// its first stop, lending it its span) are kept, and so is a summary whose stops are told at another time (a past
// trip beside this week's stops).
func (d *document) dropTripSummaries() {
	if len(d.events) < 3 {
		return
	}
	out := d.events[:0]
	for i := range d.events {
		if why := d.tripSummary(i); why != "" {
			d.tracef("visit %q (S%d) to %s: %s: dropped", d.events[i].Trigger, d.events[i].facts.sent, d.events[i].Location, why)
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
	if e == nil || e.kind == "city" || e.kind == "country" && !d.placeListed(s) {
		return "" // a city trip, or one country's ("a visit to China from May 7 to 10": its span is its first stop's)
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

// placeListed: the visit's place is one of a list of places in its
// sentence ("a tour of Peru, Bolivia and Paraguay"): joined by a comma or
// "and" to another place named right before or after it.
func (d *document) placeListed(v *Event) bool {
	ms := d.mentionsIn(span{v.facts.t0, d.sent[v.facts.sent].t1})
	for i, m := range ms {
		if e := d.entityOf(m); e == nil || m.typ != Location || e.canon != v.Location {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || ms[j].typ != Location {
				continue
			}
			a, b := ms[j], m
			if j > i {
				a, b = m, ms[j]
			}
			if d.placesJoined(a.span.t1, b.span.t0) {
				return true
			}
		}
		return false
	}
	return false
}
