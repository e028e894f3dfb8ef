package extract

import "strings"

// The tour-stop reading: once the story has sent a traveller on a trip, a
// clause that places that same traveller somewhere on a date of its own,
// with no travel verb, is one more stop of the trip ("The senator leaves
// for a Gulf tour on Monday. ... He will then be in Doha on Thursday";
// "Okafor starts in Lima on May 2"). It is read from two triggers: a stay
// ("be in", events_visit.go) with no trip cue of its own, and a leg verb
// ("begin in", events_tripleg.go) whose subject is a person.
//
// When the trigger is read (tourStop) the sentence must show:
//   - a visit trigger earlier in the story (tripToldBefore);
//   - a person for subject right before the verb group (verbGroupStart:
//     auxiliaries, modals, negation, adverbs and a periphrastic future,
//     "will then be", "is due to start"): a personal pronoun, a person's
//     name, or a definite title ("the minister"), either one also before
//     a description set off by commas ("X, whose party lost the seat in
//     2019, will be in");
//   - a date in the stop's own clause: from its subject (or a date
//     fronted right before the subject, "On May 4, she ...") to the first
//     comma, subordinator or relative word after the place, outside the
//     subject's description; a date in another clause of the sentence
//     ("X opened a fair on Tuesday and he is in Y now", "in Y after the
//     fair ends on Tuesday") is not the stop's;
//   - no return word before the place (a return verb, or "back"/"home"
//     at the head of a phrase or just after a verb of motion): "Back from
//     Asia, he is to be in Y" tells a homecoming, while "in Y on May 4
//     before flying back" tells a later move, and a title ("Home Affairs
//     Minister X") or an idiom ("back to back") no return at all.
//
// When its parties are known (strayStop, a visit's party check):
//   - each person party is a traveller of the last visit the story told
//     with parties (noteTrip; built or not: "a tour of the Andes" names
//     no place the gazetteer has): one of that visit's own person
//     parties, not a host its sentence names (the official who
//     received the traveller has made no trip, and a stay of theirs on
//     May 4 is no stop); the pronoun or
//     description the participant pass resolved, or the name, must be
//     that trip's (not "Her rival will be in Y on May 4"). A stop of the
//     same travellers adds its place to the trip and keeps the trip's
//     earliest date;
//   - the place is not the traveller's own country: the story ties them
//     to its country (personOfCountry: a demonym, a possessive, a title's
//     place). When their country is unknown, a story filed from a place
//     is read as filed from the traveller's home (trip previews are
//     written where the trip starts): the dateline's city or country is
//     home, unless the trip told before went to that country ("W — X
//     arrived in Y", W in Y: the story is filed on the trip). When their
//     country is known and is another, the dateline says nothing (a
//     correspondent travels with the tour);
//   - a stay told in the perfect ("has been in Y twice", "had been in Y
//     in 2011") sums up the past, no stop;
//   - a stop, whatever its tense, lies within the trip's time: not
//     before the first day of the trip's earliest date, or, with an
//     undated trip, not older than the story's news (olderThanNews: "was
//     in Y in 2011" is background, not a stop).

// tourStop: the stay or leg m, whose place starts at at, is a stop of a
// trip told before as far as its sentence shows (see above).
func (d *document) tourStop(m trigMatch, s sentence, at int) bool {
	if !d.tripToldBefore(m) || d.travellerSubject(m.t0, s) < 0 {
		return false
	}
	if _, ok := d.stopDate(m, s, at); !ok {
		return false
	}
	return !d.returnBefore(s, at)
}

// tourStopDate: the value of the date of draft c's own clause when c is
// read as a tour stop (stopDate), else "".
func (d *document) tourStopDate(c *eventDraft) string {
	if c.tr.typ != Visit {
		return ""
	}
	p, ok := d.tourStopPlace(c.tr, c.s)
	if !ok || !d.tourStop(c.tr, c.s, p.span.t0) {
		return ""
	}
	x, _ := d.stopDate(c.tr, c.s, p.span.t0)
	return x.value
}

// travellerSubject: where the subject right before the verb group at k
// starts (verbGroupStart: "she will then be", "Ruiz is due to start"),
// when it is a personal pronoun (classes personal, plural: "she",
// "they"), a person's name or a definite title ("the minister", "the
// envoy"), either one also past a description set off by commas
// (subjectApposition); else -1.
func (d *document) travellerSubject(k int, s sentence) int {
	j := d.verbGroupStart(k, s) - 1
	if j < s.t0 {
		return -1
	}
	if o, ok := d.subjectApposition(j, s); ok {
		j = o - 1 // "X, the party's whip, will be in": X is the subject
		for _, x := range d.mentionsIn(span{max(s.t0, j-6), j + 1}) {
			if x.typ == Person && x.span.t1 == j+1 {
				return x.span.t0
			}
		}
		return d.theTitleAt(j, s) // "the minister, who ..., will be in"
	}
	if d.toks[j].tag == "PRP" && d.lx.is(d.toks[j].lower, wcPersonal, wcPlural) {
		return j
	}
	for _, x := range d.mentionsIn(span{max(s.t0, j-6), j + 1}) {
		if x.typ == Person && x.span.t1 == j+1 {
			return x.span.t0 // "Okafor", "Senator Mia Okafor"
		}
	}
	return d.theTitleAt(j, s) // "the minister"
}

// theTitleAt: token j is a title's head in lower case right after
// "the" ("the minister", "the envoy"): where "the" stands; else -1.
func (d *document) theTitleAt(j int, s sentence) int {
	if j > s.t0 && !d.toks[j].cap && d.toks[j-1].lower == "the" && d.lx.titles.longestKind(d.toks, j, j+1, titleHead) > 0 {
		return j - 1
	}
	return -1
}

// subjectApposition: token j, right before a stop's verb group, closes a
// description set off by commas after a person's name or a definite
// title ("X, whose party lost the seat in 2019, will be in", "the
// minister, a onetime trade lawyer, is to be in"): the opening comma.
// The description opens with a lower-case word and holds no other comma
// or semicolon; the name ends right before the opening comma.
func (d *document) subjectApposition(j int, s sentence) (int, bool) {
	if d.toks[j].text != "," {
		return 0, false
	}
	for o := j - 1; o > s.t0 && o >= j-16; o-- {
		switch d.toks[o].text {
		case ";", "(", ")":
			return 0, false
		case ",":
			if o+1 == j || d.toks[o+1].cap || !d.endsPerson(o, s) && d.theTitleAt(o-1, s) < 0 {
				return 0, false
			}
			return o, true
		}
	}
	return 0, false
}

// stopClause: the tokens of the stop's own clause (see above): from its
// subject, or a date fronted right before it and its determiners and
// modifiers ("On May 4 her rival X will be in"), to the first comma or
// semicolon after the place that starts at at.
func (d *document) stopClause(m trigMatch, s sentence, at int) span {
	c0 := d.travellerSubject(m.t0, s)
	if c0 < 0 {
		c0 = m.t0
	}
	k := c0 - 1
	for k >= s.t0 && !d.inDate(k) && subjectWord(d.toks[k].tag) {
		k-- // the subject's own words: "her rival X", "Economy Minister X"
	}
	if k >= s.t0 && d.toks[k].text == "," {
		k--
	}
	dated := false
	for k >= s.t0 && d.inDate(k) {
		dated, k = true, k-1
	}
	if dated && k >= s.t0 && d.toks[k].tag == "IN" {
		k-- // "On Thursday, she"
	}
	if dated && (k < s.t0 || d.toks[k].text == "," || d.toks[k].text == ";" || d.toks[k].tag == "CC") {
		c0 = k + 1
	}
	c1 := d.clauseEnd(at, s.t1)
	for j := at; j < c1; j++ {
		if t := d.toks[j].text; t == "," || t == ";" || d.opensClause(j) {
			c1 = j // "..., and then he flies home", "after the fair closes": another clause's business
			break
		}
	}
	return span{c0, c1}
}

// opensClause: token j opens a subordinate or relative clause: a
// subordinator (class subordinate: "after", "until", "when") or a
// wh-word of class relative ("where", "which"; not "that", which is as
// often a determiner).
func (d *document) opensClause(j int) bool {
	w := d.toks[j].lower
	return d.lx.is(w, wcSubordinate) || d.lx.is(w, wcRelative) && strings.HasPrefix(d.toks[j].tag, "W")
}

// subjectWord: a tag of a word in a subject before its head: a
// determiner, a possessive, an adjective or a noun ("her new rival",
// "Economy Minister").
func subjectWord(tag string) bool {
	switch tag {
	case "DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// stopDate: the first date of the stop's own clause (stopClause).
func (d *document) stopDate(m trigMatch, s sentence, at int) (dateMention, bool) {
	cl := d.stopClause(m, s, at)
	desc := span{}
	if j := d.verbGroupStart(m.t0, s) - 1; j >= s.t0 {
		if o, ok := d.subjectApposition(j, s); ok {
			desc = span{o, j} // the subject's description tells no date of the stop
		}
	}
	for _, x := range d.dates {
		if x.span.t0 > desc.t0 && x.span.t1 <= desc.t1 {
			continue
		}
		if x.span.t0 >= cl.t0 && x.span.t1 <= cl.t1 {
			return x, true
		}
	}
	return dateMention{}, false
}

// returnBefore: a return word stands before the place at at in its
// sentence (from the last semicolon): a return verb (class goback), or
// "back"/"home" (class return) at the head of a phrase ("Back from Asia,
// ...") or just after a verb of class motion ("flying home"). Words of a
// name or a title ("Home Affairs Minister") and idioms ("back to back",
// "at home") tell no return.
func (d *document) returnBefore(s sentence, at int) bool {
	in := d.namedOrTitled(s.t0, at)
	for k := at - 1; k >= s.t0 && d.toks[k].text != ";"; k-- {
		w := d.toks[k].lower
		switch {
		case in[k]:
		case d.lx.is(w, wcGoBack):
			return true
		case d.lx.is(w, wcReturn):
			if k == s.t0 || d.toks[k-1].text == "," || d.lx.is(d.toks[k-1].lower, wcMotion, wcGoBack) {
				return true
			}
		}
	}
	return false
}

// namedOrTitled: the tokens in [t0, t1) inside a mention or a title.
func (d *document) namedOrTitled(t0, t1 int) map[int]bool {
	in := map[int]bool{}
	for _, x := range d.mentionsIn(span{t0, t1}) {
		for k := x.span.t0; k < x.span.t1; k++ {
			in[k] = true
		}
	}
	for k := t0; k < t1; k++ {
		if sp, ok := d.titleAt(d.lx, k, t1, false); ok {
			for j := sp.t0; j < sp.t1; j++ {
				in[j] = true
			}
		}
	}
	return in
}

// tourStopPlace: the place of trigger tr when it is read as a tour stop
// (a stay with no trip cue, a leg whose subject is no trip noun).
func (d *document) tourStopPlace(tr trigMatch, s sentence) (mention, bool) {
	switch tr.needs {
	case "stay":
		if p, ok := d.stayPlace(tr, s); ok && !d.stayCue(s, p.span.t1) {
			return p, true
		}
	case "leg":
		if p, ok := d.legPlace(tr.t1); ok && !d.tripLegSubject(tr, s) {
			return p, true
		}
	}
	return mention{}, false
}

// tripTold is the last visit the story told with parties, whether or not
// it became an event (a trip to a region the gazetteer lacks has no
// place): its travellers, its earliest date and the places it went to.
type tripTold struct {
	travellers []string
	date       string
	places     []string
}

// noteTrip remembers draft c as the trip told last when it is a visit a
// party rule gave persons: its travellers are the visit's own person
// parties (a host the sentence names is none). A later visit of the same
// travellers (a stop of theirs) adds its place and keeps the earliest
// date, so a past stop told after a later one is still inside the trip.
func (r *eventRun) noteTrip(c *eventDraft) {
	if c.tr.typ != Visit || c.rule == "" {
		return
	}
	var travellers []string
	for _, p := range c.parts {
		if contains(c.persons, p) {
			travellers = appendUniq(travellers, p)
		}
	}
	if len(travellers) == 0 {
		return
	}
	t := &tripTold{travellers: travellers, date: c.ownDate}
	if old := r.trip; old != nil && sameNames(old.travellers, travellers) {
		t.places = append(t.places, old.places...)
		if earlierDate(old.date, t.date) {
			t.date = old.date
		}
	}
	if c.ownPlace != "" {
		t.places = appendUniq(t.places, c.ownPlace)
	}
	r.trip = t
}

// earlierDate: date a starts before date b, or b has none.
func earlierDate(a, b string) bool {
	if a == "" {
		return false
	}
	if b == "" {
		return true
	}
	la, _, ok1 := dateBounds(a)
	lb, _, ok2 := dateBounds(b)
	return ok1 && ok2 && la.Before(lb)
}

// strayStop: the tour stop c, with parties ps, is no stop of the trip told
// before: a person of it is not that trip's traveller, the place is the
// traveller's home, or a past stop lies before the trip (see above).
func (r *eventRun) strayStop(c *eventDraft, ps partySet) bool {
	d := r.d
	place, ok := d.tourStopPlace(c.tr, c.s)
	if !ok {
		return false
	}
	why := ""
	trip := r.trip
	var travellers []*entity
	for _, p := range ps.parties {
		if p.typ != Person {
			continue
		}
		if trip == nil || !contains(trip.travellers, p.name) {
			why = p.name + " is no traveller of the trip told before"
			break
		}
		if e := d.byCanon[p.name]; e != nil {
			travellers = append(travellers, e)
		}
	}
	switch {
	case why != "":
	case len(travellers) == 0:
		why = "no person of the trip told before"
	case d.stopAtHome(travellers, place, trip):
		why = "the traveller's home"
	case d.perfectStop(c.tr):
		why = "a stay told in the perfect"
	case d.stopBeforeTrip(c, trip, place):
		why = "a stay before the trip"
	}
	if why == "" {
		return false
	}
	d.tracef("S%d %s %q: no tour stop: %s (rule tour-stop)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), why)
	return true
}

// stopAtHome: the place is in a traveller's own country, or, when no
// traveller's country is known and the trip told before does not go to the
// dateline's country, it is the dateline's city or in its country (see
// above).
func (d *document) stopAtHome(travellers []*entity, place mention, trip *tripTold) bool {
	pe := d.entityOf(place)
	if pe == nil {
		return false
	}
	country := d.placeCountry(pe)
	known := false
	for _, e := range travellers {
		if country != "" && d.personOfCountry(e, country) {
			return true
		}
		known = known || d.homeKnown(e)
	}
	if known {
		return false
	}
	c := d.datelineCountry()
	if c != "" && d.tripGoesTo(trip, c) {
		return false // "LIMA — X arrived in Peru": the dateline is the trip's
	}
	if pe.canon == d.datelinePlace() {
		return true
	}
	return c != "" && (strings.EqualFold(c, pe.canon) || strings.EqualFold(c, country))
}

// tripGoesTo: a place of the trip is country or lies in it.
func (d *document) tripGoesTo(trip *tripTold, country string) bool {
	for _, p := range trip.places {
		if strings.EqualFold(p, country) {
			return true
		}
		if e := d.byCanon[p]; e != nil && strings.EqualFold(d.placeCountry(e), country) {
			return true
		}
	}
	return false
}

// perfectStop: the stop's verb group is a perfect ("has been in", "had
// been in", "has begun in": a have-auxiliary, class perfect): a stay the
// story sums up (a past visit, a count of them), no stop of its own date.
func (d *document) perfectStop(m trigMatch) bool {
	for k := m.t0 - 1; k >= 0 && k >= m.t0-4; k-- {
		w := d.toks[k].lower
		if d.lx.is(w, wcPerfect) && !d.lx.is(w, wcBe) {
			return true
		}
		if !d.lx.is(w, wcAux, wcModal, wcFuture) && !strings.HasPrefix(d.toks[k].tag, "RB") {
			return false
		}
	}
	return false
}

// homeKnown: the story gives person e a country: a demonym before the
// name or its title ("Dutch Trade Minister X"), or a title of a place
// ("mayor of Lorient").
func (d *document) homeKnown(e *entity) bool {
	if e.nation != "" || d.personCountry(e.canon) != "" {
		return true
	}
	for _, t := range e.titles {
		if _, place, ok := strings.Cut(t, " of "); ok && d.countryOfCity(place) != "" {
			return true
		}
	}
	return false
}

// stopBeforeTrip: the date of the past stop c lies before the trip told
// before: its last day before the trip's first, or, the trip undated,
// older than the story's news.
func (d *document) stopBeforeTrip(c *eventDraft, trip *tripTold, place mention) bool {
	x, ok := d.stopDate(c.tr, c.s, place.span.t0)
	if !ok || x.value == "" {
		return false
	}
	if trip.date == "" {
		return d.olderThanNews(x.value)
	}
	_, hi, ok1 := dateBounds(x.value)
	lo, _, ok2 := dateBounds(trip.date)
	return ok1 && ok2 && hi.Before(lo)
}
