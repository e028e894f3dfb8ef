package extract

import "strings"

// The visit readings: forms of a visit that no single frame row states.
//
//   - a stay: a named party being in a place on a trip ("Soto is in Chile
//     this week for talks", "the mayor was in Lagos on Friday for a
//     summit"): a form of "be" and "in" before a place, with a cue of a
//     trip after it (a word of class `stay` in word_classes.tsv: talks, a
//     visit, a week...), read by the frame "be in" of frames.tsv (needs
//     `stay`);
//   - a visit to a person ("Senator Orr visited Mr Li"): the visitor
//     travels to the host, placed where the article last placed the host,
//     else nowhere (hostPlace);
//   - a delegation's visit: its visitor is the person who led it ("A
//     delegation of farmers visited the Commission. It was led by X", "a
//     delegation headed by X visited Lima"; class `leader`);
//   - a visit to a named organization that names no place went to the
//     organization ("visited the SEC in December");
//   - a visitor is never the place visited ("the trip to Achin" is no
//     trip of Achin's, whatever an entity rule took Achin for), nor anyone
//     named when the traveller is someone's unnamed relation ("the
//     player's agent travelled");
//   - a trip noun after "a" with no visitor of its own, in a sentence that
//     speaks only of the story's focal person, is theirs (focal-trip);
//   - the place a traveller came from, where a meeting is told ("after
//     flying from the US, where he met X"), is also a visit (visitLeft);
//   - a plan on a day nothing anchors is dated in its text (unanchoredDay),
//     and a cancel cue in a comma-set infinitive of purpose after a trip
//     noun cancels its own object (purposeAfter).

// stayLemma is the frame row the stay reading takes its roles from.
const stayLemma = "be in"

// stayWindow: how far after the place a trip cue may stand.
const stayWindow = 8

// stayReading reads a form of "be" followed by "in" at k as the stay
// frame, when frames.tsv has it and the morphology did not already make
// the form a trigger ("is in", "was in": the forms of "be" are not made
// by spelling rules). It reports false when no stay is stated there.
func (d *document) stayReading(lx *lexicon, k int, s sentence) (trigMatch, bool) {
	if k+1 >= s.t1 || d.toks[k+1].lower != "in" || !lx.is(d.toks[k].lower, wcBe) {
		return trigMatch{}, false
	}
	f := lx.frameOf(stayLemma, true)
	if f == nil {
		return trigMatch{}, false
	}
	form := beForm(d.toks[k].lower)
	m := trigMatch{t0: k, t1: k + 2, typ: f.typ, verb: true, needs: f.needs, frame: f, form: form, sup: -1}
	if !d.triggerHolds(m, s) {
		return trigMatch{}, false
	}
	return m, true
}

// frameOf finds the frame of a lemma and part of speech, or nil.
func (lx *lexicon) frameOf(lemma string, verb bool) *frame {
	for i := range lx.frames {
		if f := &lx.frames[i]; f.lemma == lemma && f.verb == verb {
			return f
		}
	}
	return nil
}

// stayHolds: a stay needs a place right after its "in" (a city, country,
// region or continent: "is in hospital", "was in talks" are no stays) and
// a trip cue after the place in the same clause ("for talks", "for a
// week", "this week", "on a three-day visit"), or it is a stop of a trip
// told before (tourStop).
func (d *document) stayHolds(m trigMatch, s sentence) bool {
	place, ok := d.stayPlace(m, s)
	if !ok {
		return false
	}
	return d.stayCue(s, place.span.t1) || d.tourStop(m, s, place.span.t0) // events_tourstop.go
}

// stayPlace: the place a stay trigger puts its party in (see stayHolds).
func (d *document) stayPlace(m trigMatch, s sentence) (mention, bool) {
	at := m.t1
	if at < s.t1 && d.toks[at].lower == "the" {
		at++
	}
	var out mention
	ok := false
	for _, x := range d.mentionsIn(span{at, at + 1}) {
		if x.typ != Location {
			continue
		}
		if e := d.entityOf(x); e != nil && (e.kind == "city" || e.kind == "country" || e.kind == "region" || e.kind == "continent") {
			out, ok = x, true
		}
	}
	return out, ok
}

// stayCue: a trip cue stands after the place that ends at end, in its
// clause ("for talks", "this week", "to sign the accord").
func (d *document) stayCue(s sentence, end int) bool {
	stop := d.clauseEnd(end, min(s.t1, end+stayWindow))
	for k := end; k < stop; k++ {
		switch d.toks[k].text {
		case ",", ";", ":", "(", "\"", "“":
			return false
		}
		if d.lx.is(d.toks[k].lower, wcStay) {
			return true
		}
		if d.toks[k].lower == "to" && k+1 < stop && d.lx.eventVerb(d.toks[k+1].lower) {
			return true // "will be in Lima on Tuesday to sign the accord"
		}
	}
	return false
}

// eventVerb: w is the base form that opens a verb frame of frames.tsv
// ("meet", "sign", "hold talks"): an infinitive of purpose after a stay
// names the trip's business.
func (lx *lexicon) eventVerb(w string) bool {
	for i := range lx.frames {
		if f := &lx.frames[i]; f.verb && f.needs != "stay" && (f.lemma == w || strings.HasPrefix(f.lemma, w+" ")) {
			return true
		}
	}
	return false
}

// visitsPerson: the visit's verb has a named person for its object ("X
// visited Mr Li"): the visitor went to the host, and the visit stands
// even when the article says nowhere where the host was.
func (d *document) visitsPerson(c *eventDraft) bool {
	tr := c.tr
	if tr.typ != Visit || !tr.verb || tr.frame == nil || !tr.frame.hasRole("dest:obj") || len(c.cl.obj) == 0 {
		return false
	}
	if tr.form&formGerund != 0 && (tr.t0 == 0 || !d.lx.is(d.toks[tr.t0-1].lower, wcBe)) {
		return false // "alongside visiting King X": X is the one visiting
	}
	o := c.cl.obj[0]
	return o.typ == Person && o.pron == "" && !contains(c.parts, o.name)
}

// ruleDelegationLeader: a visit whose subject is a delegation is the visit
// of the person who led it, named in the same sentence ("a delegation led
// by X visited Lima") or at the start of the next ("A delegation of
// farmers visited the Commission. It was led by X"). A visit noun whose
// by-phrase is a group led by someone is that leader's too ("a visit to
// Oslo by a trade team led by X": groupVisitBy).
func (r *eventRun) ruleDelegationLeader(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Visit {
		return partySet{}
	}
	if p := d.groupVisitBy(tr, c.s); p != "" {
		return partySet{parties: []party{{name: p, typ: Person, via: "the leader of the visiting group"}}}
	}
	group := false
	for k := c.s.t0; k < tr.t0; k++ {
		if d.lx.is(d.toks[k].lower, wcDelegation) {
			group = true
		}
	}
	if !group {
		return partySet{}
	}
	spans := []span{{c.s.t0, c.s.t1}}
	if c.si+1 < len(d.sent) {
		n := d.sent[c.si+1]
		spans = append(spans, span{n.t0, min(n.t1, n.t0+8)})
	}
	for _, sp := range spans {
		if p := d.ledBy(sp); p != "" {
			return partySet{parties: []party{{name: p, typ: Person, via: "the delegation's leader"}}, contextual: sp.t0 != c.s.t0, borrowed: sp.t0 != c.s.t0}
		}
	}
	return partySet{}
}

// groupByWindow: how far after a visit noun its agent "by" may stand ("a
// three-day tour of the delta region by ..."), and how far after the
// "by" the group's "led by" may stand ("by an eight-strong buyers'
// mission headed by").
const groupByWindow = 8

// groupVisitBy: a visit noun followed by an agent "by" (class agentby) and
// a noun phrase that is led by a named person ("the tour of Kiel by a
// dockers' union group headed by X", "a visit by the Arbo rowing squad
// led by X"): the visitor is the leader. The group noun itself is not
// looked up: the "led by" says it is a group with a leader. A verb, a
// comma or a clause word (class relative or clause) between the noun and
// its "by" ends the reading ("a visit, which was organized by ..."); so
// does a preposition or a coordinator between the "by" and the leader
// verb: the leader then heads another phrase ("by staff from a ministry
// headed by X", "by farmers and a union led by X"). "Of" (class groupof)
// is part of the group's own phrase ("by a party of surveyors headed by
// X") and passes.
func (d *document) groupVisitBy(tr trigMatch, s sentence) string {
	if tr.verb {
		return ""
	}
	by := -1
	for k := tr.t1; k < min(s.t1, tr.t1+groupByWindow); k++ {
		t := d.toks[k]
		if d.lx.is(t.lower, wcAgentBy) {
			by = k
			break
		}
		if strings.HasPrefix(t.tag, "VB") || t.text == "," || d.lx.is(t.lower, wcRelative, wcClause) {
			return ""
		}
	}
	if by < 0 {
		return ""
	}
	for k := by + 1; k+1 < min(s.t1, by+1+groupByWindow); k++ {
		t := d.toks[k]
		if d.lx.is(t.lower, wcLeader) && d.lx.is(d.toks[k+1].lower, wcAgentBy) {
			if k == by+1 {
				return "" // "a visit by led by" is no phrase
			}
			return d.ledBy(span{k, min(s.t1, k+7)})
		}
		if t.text == "," || d.lx.is(t.lower, wcPrep, wcCoordinator) && !d.lx.is(t.lower, wcGroupOf) || (strings.HasPrefix(t.tag, "VB") && t.tag != "VBN" && t.tag != "VBG") {
			return ""
		}
	}
	return ""
}

// ledBy finds "led by X", "headed by X" in s (class leader, then class
// agentby): the person X, titles before the name allowed.
func (d *document) ledBy(s span) string {
	for k := s.t0; k+1 < s.t1; k++ {
		if !d.lx.is(d.toks[k].lower, wcLeader) || !d.lx.is(d.toks[k+1].lower, wcAgentBy) {
			continue
		}
		for _, x := range d.mentionsIn(span{k + 2, min(s.t1, k+7)}) {
			if x.typ == Title {
				continue // "led by Trade Minister X"
			}
			if x.typ != Person {
				break
			}
			if e := d.entityOf(x); e != nil {
				return e.canon
			}
		}
	}
	return ""
}

// visitorIsPlace: a party the rule found is the place the visit goes to
// ("the trip to Achin"): no visitor.
func (d *document) visitorIsPlace(c *eventDraft, ps partySet) bool {
	if c.tr.typ != Visit || c.tr.frame == nil {
		return false
	}
	for _, a := range c.cl.destinations(c.tr.frame) {
		for _, p := range ps.parties {
			if p.name == a.name || strings.EqualFold(p.name, d.textOf(a.span)) {
				return true
			}
		}
	}
	return false
}

// destinations lists every phrase in the places a frame takes its
// destination from, whatever entity type a rule gave it.
func (cl *clause) destinations(f *frame) []arg {
	var out []arg
	for _, r := range f.roles {
		prep, ok := strings.CutPrefix(r, "dest:")
		if !ok {
			continue
		}
		if r == "dest:obj" || strings.HasSuffix(f.lemma, " "+prep) {
			out = append(out, cl.obj...)
		} else {
			out = append(out, cl.pp[prep]...)
		}
	}
	return out
}

// visitedBody: a visit whose verb's object is a named organization and
// that names no place went there ("A delegation visited the SEC",
// "visited the European Commission"): the organization is the place.
func (d *document) visitedBody(c *eventDraft) string {
	tr := c.tr
	if tr.typ != Visit || !tr.verb || tr.frame == nil || !tr.frame.hasRole("dest:obj") || len(c.cl.obj) == 0 {
		return ""
	}
	o := c.cl.obj[0]
	if o.pron != "" {
		return ""
	}
	name := ""
	switch o.typ {
	case Organization:
		name = o.name
	case "":
		// a name the clause read without its first word ("the Lithuanian
		// Energy Agency" read from "Energy Agency"): the organization
		// whose mention holds it
		for _, m := range d.mentionsIn(span{max(0, o.span.t0-3), o.span.t0 + 1}) {
			if e := d.entityOf(m); m.typ == Organization && e != nil && m.span.t0 <= o.span.t0 && m.span.t1 >= o.span.t1 {
				name = e.canon
			}
		}
	}
	if name == "" || contains(c.parts, name) || d.nearPlace(c.attrs, tr) != "" {
		return "" // "visited Hanjin Cell's headquarters in Ulsan": the place named
	}
	return name
}

// hostPlace places a visit to a person that names no place of its own
// where the article last placed the host ("Mwangi visited Mr Asante",
// after Asante's talks in Accra), else nowhere: the scene of someone
// else's events is not where the host was.
func (r *eventRun) hostPlace(c *eventDraft) (string, string) {
	host := c.cl.obj[0].name
	for i := len(r.d.events) - 1; i >= 0; i-- {
		e := &r.d.events[i]
		if e.Location != "" && eventHas(e, host) {
			return e.Location, "the host's"
		}
	}
	return "", ""
}

// possessedSubject: the visit's verb has for its subject a common noun
// owned by someone ("the striker's agent flew to Lisbon", "his wife flew
// to Paris"): the traveller is that unnamed person, not the owner nor
// anyone else the sentence names. A title ("Kenya's president") is a
// description of a named person and a delegation or group is its
// leader's: those are read as before.
func (d *document) possessedSubject(c *eventDraft) bool {
	tr := c.tr
	if tr.typ != Visit || !tr.verb {
		return false
	}
	k := tr.t0 - 1
	for k > c.s.t0 && d.lx.is(d.toks[k].lower, wcAux, wcModal, wcFuture, wcNegation) {
		k-- // "his wife will fly to"
	}
	for k > c.s.t0 && strings.HasPrefix(d.toks[k].tag, "RB") {
		k-- // "his wife also flew to"
	}
	if k <= c.s.t0 {
		return false
	}
	t := d.toks[k]
	if c.tr.needs == "leg" {
		return false // "her trip ends in Rome": a trip, no person (events_tripleg.go)
	}
	if t.cap || (t.tag != "NN" && t.tag != "NNS") || d.lx.is(t.lower, wcGroup, wcPeople, wcDelegation) ||
		d.lx.titles.longestKind(d.toks, k, k+1, titleHead) > 0 || d.lx.titles.longestKind(d.toks, k, k+1, titlePre) > 0 {
		return false
	}
	p := d.toks[k-1]
	return isPossessive(p.text) || p.tag == "PRP$"
}

// groupTrip: a trip noun owned by "its" ("the squad begins its
// warm-up tour of Canada", "the orchestra's board approved its tour of
// Asia"): the traveller is a team, company or body the pronoun stands for,
// never a person the sentence names around it (the team's manager, its
// new signing).
func (d *document) groupTrip(c *eventDraft) bool {
	tr := c.tr
	if tr.typ != Visit || tr.verb {
		return false
	}
	for k := tr.t0 - 1; k >= c.s.t0 && k >= tr.t0-4; k-- {
		t := d.toks[k]
		if t.lower == "its" {
			return true
		}
		if t.tag != "JJ" && t.tag != "NN" && t.tag != "VBN" && t.tag != "HYPH" && t.text != "-" {
			return false // "its" must own the trip noun: only modifiers between ("its pre-season tour")
		}
	}
	return false
}

// The return readings (frames with need `return`: "return to", "be
// expected back in", "be due back in"): going back to a place is a visit
// only away from home. The place is a named place right after the
// trigger; "returned home", "back in his office" and "returned to power"
// name none. Whose home it is the parties decide (returnHome).

// returnPlace: the named place right after a return trigger, or nil.
func (d *document) returnPlace(m trigMatch, s sentence) *entity {
	e := d.namedPlaceAt(m.t1, s)
	if e < 0 {
		return nil
	}
	if e < s.t1 && (d.toks[e].tag == "NN" || d.toks[e].tag == "NNS") && !d.toks[e].cap {
		return nil // the place modifies a noun: "return to a Delaware courtroom", "to a county police station"
	}
	for _, x := range d.mentionsIn(span{m.t1, e}) {
		if x.typ == Location && x.span.t1 == e {
			return d.entityOf(x)
		}
	}
	return nil
}

// possessiveCountryBefore: a mention of person e follows "C's" and at most
// a title ("Egypt's foreign minister, Karim Fahmy", "Egypt's Karim
// Fahmy"), C the country.
func (d *document) possessiveCountryBefore(e *entity, country string) bool {
	for _, m := range d.mentions {
		if m.typ != Person || d.entityOf(m) != e {
			continue
		}
		s := d.sent[d.toks[m.span.t0].sent]
		k := m.span.t0 - 1
		if k > s.t0 && d.toks[k].text == "," {
			k--
		}
		for n := 0; n < 4 && k > s.t0 && d.titleToken(k); n++ {
			k-- // its title: "foreign minister", "Prime Minister"
		}
		if k < s.t0 || !isPossessive(d.toks[k].text) {
			continue
		}
		for _, x := range d.mentionsIn(span{max(s.t0, k-4), k + 1}) {
			if x.typ == Location && x.span.t1 >= k && x.span.t1 <= k+1 {
				if le := d.entityOf(x); le != nil && strings.EqualFold(le.canon, country) {
					return true
				}
			}
		}
	}
	return false
}

// titleToken: token k is a word of a title by itself: a head, a word
// before a name or a domain ("minister", "Prime", "foreign").
func (d *document) titleToken(k int) bool {
	for _, kind := range []titleKind{titleHead, titlePre, titleDomain} {
		if d.lx.titles.longestKind(d.toks, k, k+1, kind) == 1 {
			return true
		}
	}
	return false
}

// namedSubjectBefore: the clause's subject stands before the trigger and
// is no person spoken of: a named organization, country or person ("X
// Council approved an agreement with Y") or a neuter pronoun ("it signed a
// memorandum with Y"). The person the story speaks of is then no party
// (ruleSalientPerson reads only sentences that name no one before it).
func (d *document) namedSubjectBefore(c *eventDraft) bool {
	for _, a := range c.cl.subj {
		if a.span.t1 > c.tr.t0 {
			continue
		}
		if a.pron == "" && a.name != "" && (a.typ == Organization || a.typ == Location || a.typ == Person) {
			return true
		}
		if a.pron != "" && d.lx.is(strings.ToLower(a.pron), wcNeuter) {
			return true
		}
	}
	return false
}

// placeCountry: the country a place is or lies in, or "".
func (d *document) placeCountry(e *entity) string {
	if e.kind == "country" {
		return e.canon
	}
	for _, i := range d.lx.placeNames[strings.ToLower(e.canon)] {
		if p := d.lx.places[i]; p.country != "" {
			return p.country
		}
	}
	return ""
}

// returnHome: a return whose traveller goes home, so no visit: a person of
// the place's country ("Indonesian President X returned to Jakarta",
// "Egypt's foreign minister ... is due back in Cairo"), or a return told
// in the past of a person whose country the story does not give ("X
// returned to Lagos on Sunday" is most often a homecoming). A planned
// return of such a person ("X is expected back in Accra on 3 June to
// brief the cabinet") is a trip to the place the story is about.
func (d *document) returnHome(c *eventDraft, ps partySet) bool {
	tr := c.tr
	if tr.typ != Visit || tr.frame == nil || tr.frame.needs != "return" {
		return false
	}
	place := d.returnPlace(tr, c.s)
	if place == nil {
		return true
	}
	country := d.placeCountry(place)
	person := false
	for _, p := range ps.parties {
		e := d.byCanon[p.name]
		if p.typ != Person || e == nil {
			continue
		}
		person = true
		if e.nation != "" {
			if strings.EqualFold(e.nation, country) || strings.EqualFold(e.nation, place.canon) {
				return true // "Indonesian President X returned to Jakarta"
			}
			continue
		}
		if !c.future {
			return true
		}
		// a planned return of a person the story gives no demonym: home
		// only when the story ties them to the place's country right
		// before their name ("Egypt's foreign minister, X"); a country
		// further off ("the mediator in Malawi's dispute, X") is not theirs
		if d.possessiveCountryBefore(e, country) {
			return true
		}
	}
	return !person // a company "will return to a court": no traveller
}

// ruleFocalTrip: "A trip to Asia last spring, to promote his
// scheme, also gave the chancellor a chance": a visit noun with no
// visitor of its own, in a sentence that speaks of the story's focal
// person (a personal pronoun or their name) and names no other person,
// is the focal person's.
func (r *eventRun) ruleFocalTrip(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Visit || tr.verb || r.focal == nil || d.definiteTrigger(tr) {
		return partySet{} // "the visit": focal-visitor's
	}
	if len(c.cl.pp["of"]) > 0 || len(c.cl.pp["by"]) > 0 || len(c.cl.pp["poss"]) > 0 || len(c.cl.subj) > 0 || !d.indefinite(tr, c.s) {
		return partySet{}
	}
	sp := span{c.s.t0, c.s.t1}
	names := d.personNames(sp)
	if len(names) > 1 || len(names) == 1 && names[0] != r.focal.canon {
		return partySet{}
	}
	spoken := len(names) == 1
	for k := sp.t0; k < sp.t1 && !spoken; k++ {
		spoken = d.lx.is(d.toks[k].lower, wcPersonal) || d.focalTitle(r.focal, k)
	}
	if !spoken {
		return partySet{}
	}
	return partySet{parties: []party{{name: r.focal.canon, typ: Person, via: "the person the sentence speaks of"}}, contextual: true, borrowed: true}
}

// unanchoredDay: a weekday or a relative day ("on Tuesday afternoon",
// "tomorrow") stands in s that no date could be computed for (the article
// gives no published date or dateline date): a plan so dated is dated in
// its text.
func (d *document) unanchoredDay(s span) bool {
	for k := s.t0; k < s.t1; k++ {
		t := d.toks[k]
		_, wd := d.lx.dateWord(dwWeekday, t.lower)
		_, rd := d.lx.dateWord(dwRelDay, t.lower)
		if !(wd && t.cap || rd) {
			continue
		}
		dated := false
		for _, m := range d.mentionsIn(span{max(s.t0, k-3), k + 1}) {
			if m.typ == Date && m.span.t1 > k {
				dated = true
			}
		}
		if !dated {
			return true
		}
	}
	return false
}

// focalTitle: the word at k is the last word of one of the focal person's
// titles ("the chancellor" for Chancellor X).
func (d *document) focalTitle(focal *entity, k int) bool {
	for _, t := range focal.titles {
		ws := strings.Fields(strings.ToLower(t))
		if len(ws) > 0 && ws[len(ws)-1] == d.toks[k].lower {
			return true
		}
	}
	return false
}

// purposeAfter: a negation cue at k after a noun trigger stands in an
// infinitive of purpose set off by a comma ("A tour of Asia, to promote
// her plan to cut tariffs on rice,"): it cancels its own
// object, not the trip.
func (d *document) purposeAfter(c *eventDraft, k int) bool {
	if c.tr.verb || k <= c.tr.t1 || d.toks[k-1].lower != "to" {
		return false
	}
	for j := c.tr.t1; j < k; j++ {
		if d.toks[j].text == "," {
			return true
		}
	}
	return false
}

// indefinite: an indefinite article stands before the noun trigger, with
// at most two lower-case modifiers between ("a trip", "on a visit", "a
// two-day tour", "a brief tour"): a noun phrase of its own, not a verb read
// as a noun ("Everton visit Plymouth").
func (d *document) indefinite(tr trigMatch, s sentence) bool {
	for k := tr.t0 - 1; k >= s.t0 && k >= tr.t0-3; k-- {
		switch l := d.toks[k].lower; {
		case d.lx.indefiniteArticle(l):
			return true
		case d.toks[k].cap || !d.toks[k].word && d.toks[k].text != "-":
			return false
		}
	}
	return false
}

// visitLeft: a meeting told in a "where" clause on a place the traveller
// came from ("She landed in Chile after flying in from Canada,
// where he met President Bush", "returned from Moscow on Thursday, where
// she held talks with X") is also the traveller's visit to that place: a word of
// class `travel` and "from" stand before the place, ", where" after it.
// The traveller is the meeting's first party, its subject.
func (d *document) visitLeft(tr trigMatch, c *eventDraft, ev Event) (Event, bool) {
	if ev.Type != Meeting || len(ev.Participants) < 2 || ev.Participants[0].Type != Person {
		return Event{}, false
	}
	s := c.s
	w := -1
	for k := tr.t0 - 1; k > s.t0 && k >= tr.t0-4; k-- {
		if d.toks[k].lower == "where" {
			w = k
			break
		}
	}
	if w < 0 || d.toks[w-1].text != "," {
		return Event{}, false
	}
	var place *entity
	at := -1
	for _, m := range d.mentionsIn(span{max(s.t0, w-10), w - 1}) {
		if m.typ != Location {
			continue
		}
		j := m.span.t1
		if j+1 < w-1 && d.toks[j].lower == "on" {
			j = d.dateAt(j + 1) // "returned from Moscow on Thursday, where"
		}
		if j == w-1 {
			place, at = d.entityOf(m), m.span.t0
		}
	}
	if place == nil {
		return Event{}, false
	}
	k := at - 1
	if k > s.t0 && d.toks[k].lower == "the" {
		k--
	}
	if k <= s.t0 || d.toks[k].lower != "from" || !d.lx.is(d.toks[k-1].lower, wcTravel) {
		return Event{}, false
	}
	g := ev
	g.Type = Visit
	g.Participants = []Participant{ev.Participants[0]}
	g.Location = place.canon
	g.Evidence = nil
	if len(ev.Explain) > 0 {
		g.Explain = append(append([]string(nil), ev.Explain...), "a visit to the place the traveller came from ("+d.textOf(span{k - 1, w})+")")
	}
	g.ID = eventID(g)
	return g, true
}

// hostCountry: the country a hosting verb's subject stands for when the
// meeting names no place ("Norway is hosting X", "Uruguayan President Y
// hosted X on Monday"): the guest visits the host's country. A host
// abroad names the place ("hosted X in Paris"), which the meeting has; a
// meeting noun or a gathering after the verb ("on the sidelines of the
// summit", "at a conference") may be anywhere: no country then.
func (d *document) hostCountry(c *eventDraft, ev Event) string {
	tr, cl := c.tr, &c.cl
	if ev.Location != "" || tr.frame == nil || !tr.frame.hasRole("guest:obj") || cl.passive || len(cl.subj) == 0 {
		return ""
	}
	for _, o := range c.trigs {
		if o.typ == Meeting && !o.verb && o.t0 > tr.t0 {
			return "" // "hosted X on the sidelines of the summit": the summit's place, wherever it was
		}
	}
	for k := tr.t1; k < c.s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcGathering) {
			return "" // "received X at a conference"
		}
	}
	s := cl.subj[0]
	e := d.byCanon[s.name]
	if s.pron != "" || e == nil {
		return ""
	}
	switch {
	case s.typ == Location && e.kind == "country":
		return e.canon
	case s.typ == Person && e.nation != "":
		if c := d.byCanon[e.nation]; c != nil {
			if c.kind == "country" {
				return c.canon
			}
			return ""
		}
		return e.nation // a demonym's country (demonyms.tsv), named nowhere else
	}
	return ""
}

// namedDestination: a travel verb's destination is a capitalized name no
// table or tagger typed ("went to Capitol Hill", "flew to Qaanaaq"): a
// place the gazetteer does not know is still where the traveller went.
// A person, an organization, a pronoun, a word the tagger reads as no
// proper noun ("African"), a lower-case or hyphenated word or a
// nationality ("going to the European Championships") is none.
func (d *document) namedDestination(c *eventDraft) string {
	tr := c.tr
	if tr.typ == Visit && tr.frame != nil {
		// a place the gazetteer knows that no entity took (a headline's
		// "Eze's visit to Montevideo", the body never naming the city)
		for _, a := range c.cl.destinations(tr.frame) {
			if a.typ != "" || a.pron != "" || !d.rightAfter(tr, a) {
				continue
			}
			if p := d.gazPlace(a.span); p != "" {
				return p
			}
		}
	}
	if tr.typ != Visit || !tr.verb || tr.frame == nil || tr.frame.hasRole("dest:obj") {
		return "" // "visited X": a person or organization visited (visitsPerson, visitedBody)
	}
	for _, a := range c.cl.destinations(tr.frame) {
		if a.typ != "" || a.pron != "" || !d.toks[a.span.t0].cap || contains(c.parts, a.name) || !d.rightAfter(tr, a) {
			return ""
		}
		for _, m := range d.mentionsIn(a.span) {
			if m.typ != "" && m.typ != Location {
				return "" // a part of it is a person or an organization
			}
		}
		for k := a.span.t0; k < a.span.t1; k++ {
			if t := d.toks[k]; !t.cap || t.hyphen || !strings.HasPrefix(t.tag, "NNP") {
				return "" // "Hell-like", "the African (JJ) leaders"
			}
			if _, ok := d.lx.demonyms[d.toks[k].lower]; ok {
				return "" // "the European Championships", "an Asian MP"
			}
		}
		if e := a.span.t1; e < len(d.toks) && !d.toks[e].cap && strings.HasPrefix(d.toks[e].tag, "NN") && d.dateAt(e) <= e {
			return "" // "going to African nations": a modifier of a noun ("went to Armagh yesterday": a date, no noun)
		}
		return a.name
	}
	return ""
}

// placeModifier: a place named right before a visit noun is where the
// visit went ("Eze's Montevideo visit", "his China trip", "the Ghana
// tour"), a place an entity took or the gazetteer knows; a nationality
// ("the Chilean visit") is none.
func (d *document) placeModifier(c *eventDraft) string {
	tr := c.tr
	if tr.typ != Visit || tr.verb || tr.t0 == c.s.t0 {
		return ""
	}
	for k := max(c.s.t0+1, tr.t0-4); k < tr.t0; k++ {
		if isPossessive(d.toks[k].lower) && !d.toks[k-1].cap {
			return "" // "the band's US tour": an unnamed traveller's
		}
	}
	for _, m := range d.mentionsIn(span{max(c.s.t0, tr.t0-4), tr.t0}) {
		if m.typ == Location && m.span.t1 == tr.t0 {
			if e := d.entityOf(m); e != nil {
				return e.canon
			}
		}
	}
	for k := max(c.s.t0, tr.t0-3); k < tr.t0; k++ {
		if !d.toks[k].cap {
			continue
		}
		if p := d.gazPlace(span{k, tr.t0}); p != "" {
			return p
		}
	}
	return ""
}

// gazPlace: the city, country or region of the gazetteer that the words
// of sp name whole, or "".
func (d *document) gazPlace(sp span) string {
	n, v := d.lx.locs.longest(d.toks, sp.t0, sp.t1)
	if n != sp.t1-sp.t0 || v < 0 {
		return ""
	}
	switch d.lx.places[v].kind {
	case "city", "country", "region":
		return d.lx.places[v].name
	}
	return ""
}

// rightAfter: the destination phrase follows the trigger at once, or
// after its preposition ("a visit to Lima") or "the" ("went to the
// Hague"): "we are going to ask voters to turn out" has an infinitive, not a
// place, after "going to".
func (d *document) rightAfter(tr trigMatch, a arg) bool {
	k := tr.t1
	if k < a.span.t0 && !tr.verb && d.lx.is(d.toks[k].lower, wcPrep) {
		k++
	}
	if k < a.span.t0 && d.toks[k].lower == "the" {
		k++
	}
	return a.span.t0 == k
}

// ledTrip: a delegation noun (frame need `led`) is a visit when a verb of
// class leader governs it, its subject the one who leads the delegation
// on its trip ("X will lead a delegation of forty exporters to Seoul", "is
// heading a trade mission to Lagos"): the verb stands right before the
// noun's phrase (a determiner and at most five modifiers, two of them
// joined by "and": "a dairy and poultry trade mission"). "sent a
// delegation to Geneva", "the delegation arrived" and "a delegation led by
// X" (the delegation-leader rule's) are not this reading.
func (d *document) ledTrip(m trigMatch, s sentence) bool {
	k := m.t0 - 1
	for n := 0; k > s.t0 && n < 6; n++ {
		t := d.toks[k]
		if d.capModifier(k) {
			k-- // "a State delegation", "a Chinese trade delegation" (entities_acronymorg.go)
			continue
		}
		if t.tag == "CC" && k+1 < m.t0 && k-1 > s.t0 && !d.toks[k-1].cap && (modifierTag(d.toks[k-1].tag) || d.toks[k-1].tag == "NN") {
			k-- // coordinated modifiers: "a fisheries and forestry trade mission"
			continue
		}
		if t.cap || d.lx.is(t.lower, wcLeader) || !(modifierTag(t.tag) || t.tag == "NN" || t.tag == "NNS" || t.text == "-") {
			break // "is leading a trade mission": the verb, whatever its tag
		}
		k--
	}
	if k < s.t0 || k == m.t0-1 || d.toks[k].cap {
		return false // "lead delegation" with no determiner is no noun phrase read here
	}
	return d.lx.is(d.toks[k].lower, wcLeader) && !strings.HasSuffix(d.toks[k].tag, "N") && !d.lx.is(d.toks[k+1].lower, wcAgentBy)
}

// inviter: the person mention m names who invited or hosted a visit, not
// who made it ("At the invitation of Mongolian President X, Y touched
// down ...", "invited by X"): "of" or "by" stands before the name, past
// its title and nationality, right after a cue of class hope in
// event_cues.tsv (invitation, invited).
func (d *document) inviter(m mention, s sentence) bool {
	k := m.span.t0 - 1
	for k > s.t0 && (d.toks[k].cap || d.inTitle(k)) {
		k-- // "of Mongolian President"
	}
	if k <= s.t0 || d.toks[k].lower != "of" && d.toks[k].lower != "by" {
		return false
	}
	_, j, ok := d.cueIn(d.lx, k-2, k, s, cueHope)
	return ok && j == k
}

// duringVisitPlace: a meeting or agreement told "during" a visit noun
// that points back ("During the five-hour visit, she met X", "During his
// stay, Y will also meet Z") took place where that visit went: the last
// visit told before of one of its parties that has a place, whatever its
// tense (a plan told during a visit that happened is still there). A
// visit noun with its own destination ("During his visit to Lima") is
// read by the clause and near rules first.
func (r *eventRun) duringVisitPlace(c *eventDraft) string {
	d, tr := r.d, c.tr
	if tr.typ == Visit {
		return ""
	}
	during := false
	for _, o := range c.trigs {
		if o.typ != Visit || o.verb || o.t1 > tr.t0 {
			continue
		}
		for k := o.t0 - 1; k >= c.s.t0 && k >= o.t0-4; k-- {
			if l := d.toks[k].lower; d.lx.is(l, wcArticle) && !d.lx.is(l, wcDefinite) {
				break // "during a visit": another trip, told here
			} else if d.lx.is(l, wcInside) {
				during = true
			}
		}
	}
	if !during {
		return ""
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := &d.events[i]
		if e.Type != Visit || e.Location == "" {
			continue
		}
		for _, p := range c.parts {
			if eventHas(e, p) {
				return e.Location
			}
		}
	}
	return ""
}

// onlyInviter: every mention of the person named name in sp names the
// visit's inviter or host (inviter): no traveller of it.
func (d *document) onlyInviter(name string, sp span, s sentence) bool {
	seen := false
	for _, m := range d.mentionsIn(sp) {
		if e := d.entityOf(m); e == nil || e.canon != name {
			continue
		}
		if !d.inviter(m, s) {
			return false
		}
		seen = true
	}
	return seen
}

// reportedGroup: a travel verb stands in what a reporting verb says, and
// the reported clause's subject is a common noun phrase that names no one
// ("Coach X said the squad of 33 would arrive in Johannesburg", "she said
// the players were flying home"): the travellers are that group, not the
// speaker. It returns the token after the reporting verb (the speaker's
// side is no party), or -1. A pronoun ("X said he would fly to Lima"), a
// person, a title or a delegation (its leader's: delegation-leader) in
// the reported subject keeps the sentence's persons.
func (d *document) reportedGroup(c *eventDraft) int {
	tr, s := c.tr, c.s
	if tr.typ != Visit || !tr.verb {
		return -1
	}
	for k := tr.t0 - 1; k > s.t0; k-- {
		t := d.toks[k]
		if !d.lx.is(t.lower, wcReport) || !strings.HasPrefix(t.tag, "VB") {
			continue
		}
		from := k + 1
		if from < tr.t0 && d.toks[from].lower == "that" {
			from++
		}
		noun := false
		for j := from; j < tr.t0; j++ {
			u := d.toks[j]
			switch {
			case u.cap, d.lx.is(u.lower, wcPronoun, wcPersonal, wcDelegation), d.lx.personNoun[u.lower],
				d.lx.titles.longestKind(d.toks, j, j+1, titleHead) > 0:
				return -1
			case u.tag == "NN" || u.tag == "NNS":
				noun = true
			}
		}
		if !noun {
			return -1
		}
		return k + 1
	}
	return -1
}

// openingPronoun: the draft's parties came by resolving a personal
// pronoun that opens its sentence as the subject ("He will then make a
// stop in Dresden to meet X"), or that follows only a fronted
// prepositional phrase with no verb of its own ("During the recess
// he goes north to meet X", frontedOblique): that person is the sentence's
// subject, and an infinitive of purpose later in it ("to meet X") shares
// them (party rule sentence-subject), as a named subject is shared.
func (d *document) openingPronoun(c *eventDraft) bool {
	if c.rule != "clause-described-subject" || len(c.cl.subj) != 1 {
		return false
	}
	a := c.cl.subj[0]
	return a.pron != "" && d.lx.is(d.toks[a.span.t0].lower, wcPersonal) && (a.span.t0 <= c.s.t0+1 || d.frontedOblique(c.s, a.span.t0))
}

// purposePlace: a meeting or agreement verb in an infinitive of purpose
// right after a visit's destination took place there ("will make a stop
// in Dresden to meet X, before driving to Freiberg", "flew to Lima on
// Monday to sign the accord"): "to" and the verb follow the destination,
// past a date, and the visit trigger stands right before the place. A
// meeting noun after a word of class hold ("for", word_classes.tsv), with
// or without an article, is a purpose too ("flew to Lima on Monday for
// talks with X", "for a meeting with X").
func (r *eventRun) purposePlace(c *eventDraft) string {
	d, tr, s := r.d, c.tr, c.s
	if tr.typ == Visit || tr.t0 < s.t0+2 {
		return ""
	}
	end := tr.t0 - 1
	switch {
	case tr.verb && d.toks[end].lower == "to":
	case !tr.verb && tr.typ == Meeting && d.lx.is(d.toks[end].lower, wcHold):
	case !tr.verb && tr.typ == Meeting && end > s.t0 && d.lx.is(d.toks[end].lower, wcArticle) && d.lx.is(d.toks[end-1].lower, wcHold):
		end-- // "for a meeting"
	default:
		return ""
	}
	for _, dm := range d.dates {
		if dm.span.t1 == end && dm.span.t0 > s.t0 {
			end = dm.span.t0 // "flew to Lima on Monday to sign"
			if d.toks[end-1].lower == "on" {
				end--
			}
			break
		}
	}
	for _, m := range d.mentionsIn(span{max(s.t0, end-6), end}) {
		if m.typ != Location || m.span.t1 != end {
			continue
		}
		for _, o := range c.trigs {
			if o.typ != Visit || o.t1 > m.span.t0 || m.span.t0-o.t1 > 1 {
				continue // the trip's destination right after its trigger ("to the Hague")
			}
			if e := d.entityOf(m); e != nil {
				return e.canon
			}
		}
	}
	return ""
}

// headingWord: the token at j tells which way a traveller goes and the
// token after it completes the travel verb's frame (node: the verb's
// frame prefix): a compass word the chunk tables list (chunk_words.tsv
// compass) read as an adverb or noun, not an adjective ("north", not
// "northern"), or "on"/"onward" (class onward) only when onward is set:
// after a leg verb's carried traveller ("takes her on to Y"), a stop of
// the trip told before. A bare "went on to Y" is no heading: it tells
// careers and seasons as often as journeys ("went on to Westminster as
// the MP", "went on to the final").
func (d *document) headingWord(j int, node *trie, onward bool) bool {
	t := d.toks[j]
	if t.cap || j+1 >= len(d.toks) || d.toks[j+1].sent != t.sent {
		return false
	}
	if c := node.next[d.toks[j+1].lower]; c == nil || c.val == 0 {
		return false
	}
	if d.lx.compass[t.lower] {
		return t.tag == "RB" || t.tag == "NN"
	}
	return onward && d.lx.is(t.lower, wcOnward)
}

// carriedObject: the end of the traveller a carrying verb's object names
// at j: a personal pronoun ("her", "him"), a person's name, or a definite
// common noun phrase of at most three words ending in a title or a travel
// group ("the envoy", "the trade delegation"); else -1.
func (d *document) carriedObject(j int, s sentence) int {
	t := d.toks[j]
	if t.tag == "PRP" && d.lx.is(t.lower, wcPersonal) {
		return j + 1
	}
	if t.tag == "PRP$" && d.lx.is(t.lower, wcPersonal) && j+1 < s.t1 && d.headingWord(j+1, d.lx.triggers.next[d.toks[j-1].lower], true) {
		return j + 1 // "takes her on to Y": "her" the tagger read as a possessive
	}
	for _, x := range d.mentionsIn(span{j, j + 1}) {
		if x.typ == Person && x.span.t0 == j {
			return x.span.t1
		}
	}
	if !d.lx.is(t.lower, wcDefinite) || t.tag == "PRP$" {
		return -1
	}
	for e := j + 1; e < s.t1 && e <= j+3 && !d.toks[e].cap && d.toks[e].word; e++ {
		w := d.toks[e].lower
		if d.lx.titles.longestKind(d.toks, e, e+1, titleHead) > 0 || d.lx.is(w, wcTravelGroup) && strings.HasPrefix(d.toks[e].tag, "NN") {
			return e + 1
		}
	}
	return -1
}

// gapWindow: how many tokens may stand between a travel verb and the
// preposition of its frame ("flew late on Thursday from Washington to").
const gapWindow = 9

// gappedTravel reads a travel verb whose frame's preposition stands past
// a date or a "from" phrase ("flew late Thursday afternoon from
// Lisbon to Porto", "arrived on Monday in Lima", "travelled from
// Kabul on Sunday to Herat"): the token at k opens a two-word verb frame
// of frames.tsv (V and its preposition), only dates, adverbs, adjectives
// ("late") and "from" with a named place stand between, and a named
// place follows the preposition. The trigger spans the gap. A word of
// the way right before the preposition is a gap too (headingWord: "drove
// north to Gdynia"; "on"/"onward" only after a leg's carried traveller,
// "the tour took the envoy on to Hue"): it tells the direction of the
// same journey, a stop of its own. A leg
// frame (need leg: "take to") is read past the traveller it carries,
// right after the verb (carriedObject: "the final stage took him to Osh",
// "the tour took the envoy on to Hue"); no other frame is yet: "flew them
// to Lagos" may well be their trip, a known limitation, left unread.
func (d *document) gappedTravel(lx *lexicon, k int, s sentence) (trigMatch, bool) {
	node := lx.triggers.next[d.toks[k].lower]
	if node == nil || d.toks[k].cap {
		return trigMatch{}, false
	}
	gap, carried := false, false
	for j := k + 1; j < s.t1 && j < k+gapWindow; {
		if c := node.next[d.toks[j].lower]; c != nil && c.val != 0 {
			if !gap {
				return trigMatch{}, false // "flew to": the phrase itself
			}
			m, ok := d.reading(lx, k, j+1, lx.formSets[c.val-1])
			if !ok || m.typ != Visit || !m.verb || carried && m.needs != "leg" || !strings.HasPrefix(d.toks[k].tag, "VB") || d.namedPlaceAt(j+1, s) < 0 || !d.triggerHolds(m, s) {
				return trigMatch{}, false
			}
			return m, true
		}
		if j == k+1 {
			if e := d.carriedObject(j, s); e > j {
				j, gap, carried = e, true, true
				continue
			}
		}
		if e := d.dateAt(j); e > j {
			j, gap = e, true // "on Thursday", "late Thursday afternoon"
			continue
		}
		t := d.toks[j]
		switch {
		case d.headingWord(j, node, carried):
			j, gap = j+1, true
		case t.lower == "from":
			e := d.namedPlaceAt(j+1, s)
			if e < 0 {
				return trigMatch{}, false
			}
			j, gap = e, true
		case d.lx.is(t.lower, wcDayPrep) || t.tag == "RB" || t.tag == "JJ" && !t.cap:
			j++ // "on" before a date (class dayprep), "late", "briefly"
		default:
			if u, unit := d.lx.dateWord(dwUnit, t.lower); unit && u == unitDaypart {
				j++ // "afternoon"
				continue
			}
			return trigMatch{}, false
		}
	}
	return trigMatch{}, false
}
