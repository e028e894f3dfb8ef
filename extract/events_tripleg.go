package extract

import "strings"

// The trip-leg reading (frames that need "leg"): a trip noun pointing
// back at a trip the story told before is the subject of a verb that
// places one stop of it ("The tour opened in Seoul on Sunday", "Her trip
// ends in Rome", "The mission moved on to Osaka"). The stop is one more
// visit of that trip's travellers, with its own date and place.
//
// The trigger holds (tripLegHolds) when the subject right before its verb
// group is a trip noun (class itinerary: tour, trip, visit, leg, journey)
// or a travel group (class travelgroup: mission, delegation) after a
// definite determiner or a possessive ("the tour", "his trip"; not "a
// tour", "a mission statement"), a named place right after the trigger
// ("began in Tokyo", not "began in 2019" or "ended in acrimony"), and a
// visit trigger stands earlier in the story. Its parties (rule trip-leg)
// are those of the last visit built before it; with none, it borrows
// nothing and is read as any other draft. A leg whose subject is a person
// ("Okafor opens in Lima on May 2") is a tour stop
// (events_tourstop.go): its parties are its own subject's.
// A leg verb that carries its traveller ("the journey took him to Hue",
// frame "take to" read past its object by gappedTravel) takes as parties
// the persons that object stands for, or none when it stands for nobody,
// never the travellers of a visit told before (carriedTravellers).

// tripLegHolds is the need "leg" (see above).
func (d *document) tripLegHolds(m trigMatch, s sentence) bool {
	if m.t1 >= s.t1 {
		return false
	}
	place, ok := d.legPlace(m.t1)
	if !ok {
		return false
	}
	if d.tripLegSubject(m, s) {
		return d.tripToldBefore(m)
	}
	// a traveller for subject ("the envoy opens in Lima on May 2"):
	// a stop of the trip (tourStop, events_tourstop.go)
	return d.tourStop(m, s, place.span.t0)
}

// tripLegSubject: the subject right before the trigger's verb group is
// a definite or possessed trip noun or travel group ("The tour", "the
// trade mission", "her week-long trip").
func (d *document) tripLegSubject(m trigMatch, s sentence) bool {
	k := m.t0 - 1
	for k > s.t0 && (d.lx.is(d.toks[k].lower, wcAux, wcModal, wcFuture) || strings.HasPrefix(d.toks[k].tag, "RB")) {
		k-- // "will", "then", "has now"
	}
	if k <= s.t0 || d.toks[k].cap && k > s.t0 || !strings.HasPrefix(d.toks[k].tag, "NN") {
		return false
	}
	if !d.lx.is(d.toks[k].lower, wcItinerary, wcTravelGroup) {
		return false
	}
	j := k - 1
	for j >= s.t0 && j >= k-3 && !d.toks[j].cap && !d.lx.is(d.toks[j].lower, wcArticle, wcDefinite) && d.toks[j].tag != "PRP$" && (modifierTag(d.toks[j].tag) || d.toks[j].tag == "NN") {
		j-- // "the trade mission", "her five-day tour"
	}
	return j >= s.t0 && (d.lx.is(d.toks[j].lower, wcDefinite) || d.toks[j].tag == "PRP$")
}

// dropLegSubject: the trip noun that is the leg m's subject is no trigger
// of its own ("Her trip ends in Rome on Friday" tells the stop in Rome,
// not the whole trip once more): a visit trigger among out that ends in
// the few words before m is dropped.
func (d *document) dropLegSubject(out []trigMatch, m trigMatch) []trigMatch {
	if j := len(out) - 1; j >= 0 && out[j].typ == Visit && out[j].needs != "leg" && out[j].t1 <= m.t0 && m.t0-out[j].t1 <= 2 {
		return out[:j]
	}
	return out
}

// tripToldBefore: a visit trigger (other than a leg's) stands before m
// in the story.
func (d *document) tripToldBefore(m trigMatch) bool {
	return d.triggerToldBefore(m, Visit, "leg")
}

// ruleTripLeg is the party rule trip-leg: a leg's travellers are those of
// the last visit built before it; a leg that carries its traveller ("the
// journey took him to Y", gappedTravel) names them itself: the persons
// its object stands for, or nobody.
func (r *eventRun) ruleTripLeg(c *eventDraft) partySet {
	if c.tr.typ != Visit || c.tr.needs != "leg" || !r.d.tripLegSubject(c.tr, c.s) {
		return partySet{} // a person's own stop is theirs (events_tourstop.go)
	}
	if ps, carries := r.carriedTravellers(c); carries {
		// the leg names its traveller: the persons its object stands for,
		// or nobody ("takes her to Y" with no woman to resolve "her" to),
		// never the last visit's travellers in their stead
		if len(ps) == 0 {
			return partySet{}
		}
		return partySet{parties: ps, contextual: true}
	}
	if ev := r.d.lastEventOf(Visit); ev != nil {
		return partySet{parties: partiesOf(ev, "the trip told before, a stop of it"), contextual: true, borrowed: true}
	}
	return partySet{}
}

// carriedTravellers: the persons the object of a carrying leg stands for
// ("takes her to", "took the envoy to": a pronoun or a description
// resolved against the story; a name as it stands; a travel group the
// travellers of the trip told before, noteTrip); carries tells whether
// the leg carries an object at all (persons may be none when it does).
func (r *eventRun) carriedTravellers(c *eventDraft) (persons []party, carries bool) {
	d := r.d
	j := c.tr.t0 + 1
	if j >= c.tr.t1 {
		return nil, false
	}
	e := d.carriedObject(j, c.s)
	if e < 0 || e >= c.tr.t1 {
		return nil, false
	}
	if d.lx.is(d.toks[e-1].lower, wcTravelGroup) {
		// "took the delegation to Y": the travellers of the trip told
		// before, built or not (noteTrip), not the last event's parties
		// (a host is no member of the group)
		if r.trip == nil {
			return nil, true
		}
		var out []party
		for _, p := range r.trip.travellers {
			out = append(out, party{name: p, typ: Person, via: "the travellers of the trip told before, the group the leg carries"})
		}
		return out, true
	}
	a := arg{span: span{j, e}, pron: d.textOf(span{j, e})}
	for _, x := range d.mentionsIn(span{j, e}) {
		if x.typ == Person && x.span == a.span {
			if ent := d.entityOf(x); ent != nil {
				return []party{{name: ent.canon, typ: Person, via: "the traveller the leg carries"}}, true
			}
		}
	}
	var out []party
	for _, p := range d.resolveArg(a, c.si, r.focal, r.ctx.last) {
		if p.typ == Person {
			out = append(out, p)
		}
	}
	return out, true
}
