package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The itinerary readings: how a trip's movement is read past the one place
// its trigger names.
//
//   - a destination told by its kind ("landed in the country late on
//     Friday", "flew to the capital", "drove into the provincial capital"):
//     "the", at most two lower-case modifiers and a noun of class
//     placenoun (city, capital, town...) or nationnoun (country, nation),
//     not completed by "of" or a name, is the dateline's place of that
//     kind: its city, or the country it lies in (kindDestination);
//   - the later legs of a trip (tripLegs): after the place a visit went
//     to, in the same clause, a place joined to it by "and" or a comma
//     ("travelled to Quito and Bogota"), or, after a travel verb, joined
//     so past the date that ends the place before when its own date
//     follows it ("toured A on June 1 and B on June 3", datedJoin), or
//     one that a destination preposition opens after a word of class
//     itinerary ("landed in Nairobi before moving on to Kampala",
//     "followed by a
//     day in Dubai on 15 May", "a swing that then carries her on to Hanoi
//     and Vientiane"), is one more visit of the same travellers: each
//     leg dated by the date its own stretch of the clause gives, a
//     coordinate with none sharing the first place's, a later leg with
//     none undated. Not a leg: a country joined to the country a trip
//     noun names ("a tour of Kenya and Uganda" tells the whole trip, whose
//     stops the story tells on their own), a place "from" which they came, a place
//     that holds the one before ("Dubai, United Arab Emirates", "arrived in Accra, his first trip to West Africa"), a place
//     another visit trigger names as its own ("then returned to Quito":
//     that trigger's), a place after "home" or "back", and anything past
//     a new subject (a person named, a pronoun before a verb), a relative
//     clause on a place ("where ...") or the clause's end.

// legWindow: how far past a trip's destination its later legs may stand.
const legWindow = 30

// destStart: where a visit trigger's destination phrase starts: right
// after a trigger whose lemma ends in its preposition ("arrived in", "flew
// to") or whose object is the destination ("visited"), else after one of
// its frame's destination prepositions right after it ("a visit to"); -1
// when none follows.
func (d *document) destStart(tr trigMatch, s sentence) int {
	f := tr.frame
	if f == nil || tr.typ != Visit || tr.t1 >= s.t1 {
		return -1
	}
	if sp := strings.LastIndexByte(f.lemma, ' '); sp > 0 && f.hasRole("dest:"+f.lemma[sp+1:]) {
		return tr.t1
	}
	if tr.verb && f.hasRole("dest:obj") {
		return tr.t1
	}
	if f.hasRole("dest:" + d.toks[tr.t1].lower) {
		return tr.t1 + 1
	}
	return -1
}

// kindPhrase reads "the (modifiers) NOUN" at k, NOUN of class placenoun or
// nationnoun, not completed by "of" or a name after it ("the capital of
// Peru", "the capital Lima" name their place): the noun's index and the
// phrase's end, or -1.
func (d *document) kindPhrase(k int, s sentence) (int, int) {
	if k < 0 || k >= s.t1 || d.toks[k].lower != "the" {
		return -1, -1
	}
	for j := k + 1; j < s.t1 && j <= k+3; j++ {
		t := d.toks[j]
		if !t.word || t.cap {
			return -1, -1
		}
		if d.lx.is(t.lower, wcRelational) {
			return -1, -1 // "the neighbouring country", "her home country": not the dateline's
		}
		if d.lx.is(t.lower, wcPlaceNoun, wcNationNoun) {
			if e := j + 1; e < s.t1 && (d.toks[e].lower == "of" || d.toks[e].cap || d.lx.is(d.toks[e].lower, wcGenitive)) {
				return -1, -1 // "the country's capital": a place of it, not it
			}
			return j, j + 1
		}
		if !modifierTag(t.tag) && t.tag != "NN" {
			return -1, -1 // "the new capital": a modifier; "the talks" no place
		}
	}
	return -1, -1
}

// kindDestination: a visit's destination is a place told by its kind
// ("landed in the country", "flew to the provincial capital"): the dateline's
// country or city, or "" (no dateline, or one naming no single city).
// "The capital" alone is the national capital of the dateline's country
// (locations.tsv flag capital), which the dateline's city need not be
// ("ZURICH — ... flew to the capital" is Bern), or "" when the tables know
// none.
func (d *document) kindDestination(c *eventDraft) string {
	k := d.destStart(c.tr, c.s)
	n, _ := d.kindPhrase(k, c.s)
	if n < 0 {
		return ""
	}
	if d.lx.is(d.toks[n].lower, wcNationNoun) {
		return d.datelineCountry()
	}
	if n == k+1 && d.lx.is(d.toks[n].lower, wcCapitalNoun) {
		return d.capitalOf(d.datelineCountry())
	}
	return d.datelinePlace()
}

// capitalOf: the national capital of country c that the tables know
// (capitals.tsv, the capital reading's table: capitals.go; else the
// locations.tsv flag capital, the most populous when a country has
// several), or "".
func (d *document) capitalOf(c string) string {
	if c == "" {
		return ""
	}
	if city := d.lx.capitals[c]; city != "" {
		return city
	}
	for _, p := range d.lx.places {
		if p.capital && p.kind == "city" && p.country == c {
			return p.name
		}
	}
	return ""
}

// datelineCountry: the country the dateline names, or the one its city
// lies in ("KUWAIT CITY:" is in Kuwait), or "".
func (d *document) datelineCountry() string {
	if d.dateline.empty() {
		return ""
	}
	for _, m := range d.mentionsIn(d.dateline) {
		if e := d.entityOf(m); e != nil && m.typ == Location && e.kind == "country" {
			return e.canon
		}
	}
	if city := d.datelinePlace(); city != "" {
		return d.countryOfCity(city)
	}
	return ""
}

// leg is one later stop of a trip: its place, where its mention stands and
// the date its stretch of the clause gives ("" for none).
type leg struct {
	place      string
	start, end int
	date       string
}

// tripLegs reads the later legs of the visit ev that the draft c built
// (see the comment at the top of the file).
func (d *document) tripLegs(c *eventDraft, ev Event) []leg {
	tr, s := c.tr, c.s
	if ev.Type != Visit || ev.Location == "" || len(ev.Participants) == 0 {
		return nil
	}
	at := -1 // the end of the destination's phrase
	if st := d.destStart(tr, s); st >= 0 {
		if _, e := d.kindPhrase(st, s); e > 0 {
			at = e
		}
	}
	if at < 0 {
		for _, m := range d.mentionsIn(span{tr.t0, min(s.t1, tr.t1+8)}) {
			if e := d.entityOf(m); e != nil && m.typ == Location && e.canon == ev.Location {
				at = m.span.t1
				break
			}
		}
	}
	if at < 0 {
		return nil
	}
	last := d.byCanon[ev.Location]
	end := d.clauseEnd(at, min(s.t1, at+legWindow))
	var legs []leg
	prev := at      // the end of the last place taken
	linked := false // a word of class itinerary since the last place taken
	for k := at; k < end; k++ {
		t := d.toks[k]
		if t.text == ";" || t.text == ":" {
			break
		}
		if d.lx.is(t.lower, wcRelative) && !(k > at && d.tripNoun(k-1)) {
			break // a relative clause on a place or a person: someone else's event ("a tour that takes her on to Y" is the trip's own)
		}
		if d.newSubject(k, end) {
			break
		}
		if d.lx.is(t.lower, wcItinerary) {
			linked = d.itineraryLinks(k, end)
			continue
		}
		if linked && d.otherVerb(k) {
			linked = false // "then spoke by phone to leaders in Y": the place is another verb's
		}
		m, ok := d.legPlace(k)
		if !ok {
			continue
		}
		e := d.entityOf(m)
		k = m.span.t1 - 1
		if e == nil || e.canon == ev.Location || last != nil && d.placeIn(last.canon, e.canon) {
			continue // "Dubai, United Arab Emirates", "Accra ..., his first trip to West Africa": the stop before lies in it
		}
		coord := d.placesJoined(prev, m.span.t0) || tr.verb && d.datedJoin(prev, m)
		if coord && !tr.verb && len(legs) == 0 && d.byCanon[ev.Location] != nil && d.byCanon[ev.Location].kind != "city" {
			continue // "a week-long swing through Kenya and Uganda": the trip told whole, its stops told on their own
		}
		if !coord && !(linked && d.destPrep(m.span.t0)) || d.ownTriggerPlace(c, m.span.t0) {
			continue
		}
		l := leg{place: e.canon, start: m.span.t0, end: m.span.t1}
		if coord && len(legs) == 0 {
			l.date = ev.Date // "to Quito and Bogota on Tuesday": the first place's day
		} else if coord {
			l.date = legs[len(legs)-1].date
		}
		legs = append(legs, l)
		prev, last, linked = m.span.t1, e, false
	}
	// each leg's own date: the first date between its place and the next
	// leg's place (or the clause's end); coordinates share the date after
	// the last of them ("to Quito and Bogota on Tuesday")
	for i := range legs {
		stop := end
		if i+1 < len(legs) {
			stop = legs[i+1].start
		}
		best := -1
		for j, dm := range d.dates {
			if dm.span.t0 >= legs[i].end && dm.span.t1 <= stop && !dm.coarse && dm.value != "" && (best < 0 || dm.span.t0 < d.dates[best].span.t0) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		legs[i].date = d.forward(d.dates[best], prevDay(ev.Date, legs[:i]))
		for j := i - 1; j >= 0 && d.placesJoined(legs[j].end, legs[j+1].start); j-- {
			legs[j].date = legs[i].date
		}
	}
	return legs
}

// modifierPlace: the place m ends in a hyphen and a lower-case word
// ("Lima-based", "Quito-born"), one token or three: it modifies a noun and
// names no place anyone went to.
func (d *document) modifierPlace(m mention) bool {
	last := d.toks[m.span.t1-1]
	if i := strings.LastIndexByte(last.text, '-'); last.hyphen && i > 0 && i+1 < len(last.text) {
		r, _ := utf8.DecodeRuneInString(last.text[i+1:])
		return unicode.IsLower(r)
	}
	e := m.span.t1
	return e+1 < len(d.toks) && d.toks[e].text == "-" && d.toks[e].start == last.end && d.toks[e+1].start == d.toks[e].end && !d.toks[e+1].cap && d.toks[e+1].word
}

// tripNoun: the word at k is a trip noun of class itinerary ("tour",
// "leg", "visit").
func (d *document) tripNoun(k int) bool {
	return strings.HasPrefix(d.toks[k].tag, "NN") && d.lx.is(d.toks[k].lower, wcItinerary)
}

// itineraryLinks: the itinerary word at k carries the trip on to a place
// after it. A trip noun does so only through a destination phrase or a
// relative clause of its own right after it ("a tour to Y", "a tour that
// takes her on to Y"; not "on a tour focused on the war in Y"); a
// preposition only through a verb ("before moving on to Y"; not "two days
// before an election in Y"); any other word ("then", "followed by")
// as it stands.
func (d *document) itineraryLinks(k, end int) bool {
	if k+1 >= end {
		return false
	}
	n := d.toks[k+1]
	switch {
	case d.tripNoun(k):
		return d.lx.is(n.lower, wcDestPrep, wcRelative)
	case d.toks[k].tag == "IN":
		return strings.HasPrefix(n.tag, "VB")
	}
	return true
}

// otherVerb: the word at k is a verb that does not carry a traveller
// (class motion: "moving", "head", "take") nor helps one (auxiliaries,
// modals, "be", a verb before an infinitive: "is expected to take her
// on to Y"): a place past it is that verb's ("then spoke to leaders in
// Y", "a tour focused on Y").
func (d *document) otherVerb(k int) bool {
	t := d.toks[k]
	if !strings.HasPrefix(t.tag, "VB") || d.lx.is(t.lower, wcMotion, wcAux, wcModal, wcBe) {
		return false
	}
	return !(k+2 < len(d.toks) && d.lx.is(d.toks[k+1].lower, wcInfinitive) && d.toks[k+2].tag == "VB")
}

// legPlace: a city, country or region mention starts at k (not a sea, not
// in the dateline, not one "from" which a traveller came).
func (d *document) legPlace(k int) (mention, bool) {
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if m.typ != Location || m.span.t0 != k || d.inDateline(k) {
			continue
		}
		e := d.entityOf(m)
		if e == nil || e.kind != "city" && e.kind != "country" && e.kind != "region" && e.kind != "" {
			continue
		}
		p := k - 1
		if p >= 0 && d.toks[p].lower == "the" {
			p--
		}
		if p >= 0 && d.lx.is(d.toks[p].lower, wcNotDest) {
			return mention{}, false // where they came from; "the capital of Peru"; "talks with Peru"
		}
		if d.modifierPlace(m) {
			return mention{}, false // "Lima-based exporters": a modifier, no destination
		}
		for j := max(0, p-1); j <= p && j >= 0; j++ {
			if d.lx.is(d.toks[j].lower, wcReturn) {
				return mention{}, false // "back to Quito": a return, read by its own frame
			}
		}
		return m, true
	}
	return mention{}, false
}

// destPrep: a destination preposition (class destprep: "to", "in",
// "for") stands right before the place at k, past "the".
func (d *document) destPrep(k int) bool {
	p := k - 1
	if p >= 0 && d.toks[p].lower == "the" {
		p--
	}
	if p < 0 {
		return false
	}
	return d.lx.is(d.toks[p].lower, wcDestPrep)
}

// placesJoined: only "and", commas and "the" stand from a to b ("Quito,
// Lima and the Hague"): b is a coordinate of the place that ends at a.
func (d *document) placesJoined(a, b int) bool {
	if b <= a {
		return false
	}
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.text != "," && !d.lx.is(t.lower, wcCoordinator, wcArticle) {
			return false
		}
	}
	return true
}

// datedJoin: the place before a ends in a date of its own, and the place
// m is joined to it past that date by "and" or a comma, and m's own date
// follows it ("visited Lima on May 2 and Quito on May 4", "will tour A
// on Monday, B on Tuesday"), directly or past more places joined to it
// ("A on Monday, B and C on Tuesday"): a list of stops, each dated after
// its place. A place with no date of its own after it opens a clause of
// its own ("A on Monday, and B officials met her", "A on Monday, and B,
// C and D sent envoys").
func (d *document) datedJoin(a int, m mention) bool {
	b := m.span.t0
	e := d.ownDateEnd(a, b)
	if e == a || e >= b || !d.placesJoined(e, b) {
		return false
	}
	return d.listDated(m, 3)
}

// ownDateEnd: a date starts at a, or past one preposition ("on", "in")
// right at a, and ends before b: the token past it; else a.
func (d *document) ownDateEnd(a, b int) int {
	k := a
	if k < b && d.toks[k].tag == "IN" {
		k++ // "on", "in"
	}
	if e := d.dateAt(k); e > k && e <= b {
		return e
	}
	return a
}

// listDated: the place m is followed by its own date, or by "and" or
// commas and another place that is (up to depth places on). A finite verb
// or a modal right after that date ends the reading: the place then opens
// a clause of its own.
func (d *document) listDated(m mention, depth int) bool {
	n := m.span.t1
	if n >= len(d.toks) {
		return false
	}
	if e := d.ownDateEnd(n, len(d.toks)); e > n {
		// "and Kobe on Tuesday announced": a finite verb or a modal
		// after the place's date makes the place a new clause's subject
		return e >= len(d.toks) || !d.finiteAt(e) && !d.lx.is(d.toks[e].lower, wcModal, wcFuture)
	}
	if depth == 0 {
		return false
	}
	k := n
	for k < len(d.toks) && (d.toks[k].text == "," || d.lx.is(d.toks[k].lower, wcCoordinator)) {
		k++
	}
	if k == n || k >= len(d.toks) {
		return false
	}
	next, ok := d.legPlace(k)
	return ok && d.listDated(next, depth-1)
}

// newSubject: a new clause's subject stands at k: a person's name or a
// pronoun with a verb right after it ("and Li will fly to", "he said").
func (d *document) newSubject(k, end int) bool {
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if m.typ == Person && m.span.t0 == k {
			return true
		}
	}
	t := d.toks[k]
	if !d.lx.is(t.lower, wcPronoun) || k+1 >= end {
		return false
	}
	n := d.toks[k+1].tag
	return strings.HasPrefix(n, "VB") || n == "MD"
}

// ownTriggerPlace: another visit trigger of the sentence names the place
// at k as its own destination: a verb ("then returned to Quito": that
// verb's event, with its own subject), or a noun set off as an appositive
// of the trip ("arrived in Accra, his first trip to West Africa": the
// same trip told again). A visit noun in the clause's run ("followed by a
// visit to Biella") has no traveller of its own: its place is a leg.
func (d *document) ownTriggerPlace(c *eventDraft, k int) bool {
	for _, o := range c.trigs {
		if o.typ != Visit || o.t0 == c.tr.t0 {
			continue
		}
		st := d.destStart(o, c.s)
		if st != k && !(st >= 0 && st+1 == k && d.toks[st].lower == "the") {
			continue
		}
		if o.verb || d.appositiveNoun(o, c.s) {
			return true
		}
	}
	return false
}

// appositiveNoun: a comma stands right before the noun trigger's phrase,
// only a determiner, a possessive and modifiers between ("Accra, his first
// trip to", ", a rare visit to").
func (d *document) appositiveNoun(o trigMatch, s sentence) bool {
	for k := o.t0 - 1; k >= s.t0 && k >= o.t0-5; k-- {
		t := d.toks[k]
		switch {
		case t.text == ",":
			return true
		case t.cap, !t.word:
			return false
		case d.lx.is(t.lower, wcArticle), t.tag == "PRP$", modifierTag(t.tag), t.tag == "CD":
		default:
			return false
		}
	}
	return false
}

// legEvents makes the visits of the trip's later legs (tripLegs): the
// visit ev's travellers and tense, each leg's place and date; a leg dated
// after the story's day is planned whatever the trip's first verb told
// ("travelled to X on Tuesday and will tour Y on Wednesday").
func (d *document) legEvents(c *eventDraft, ev Event) []Event {
	var out []Event
	for _, l := range d.tripLegs(c, ev) {
		g := ev
		g.Location, g.Date, g.Evidence = l.place, l.date, nil
		g.Planned = ev.Planned || d.planned(l.date)
		if len(ev.Explain) > 0 {
			date := "date: none"
			if l.date != "" {
				date = "date " + l.date
			}
			g.Explain = append(append([]string(nil), ev.Explain...), "a later leg of the same trip (reading trip-leg, events_trips.go): place "+l.place+", "+date+" from its own stretch of the clause")
		}
		g.ID = eventID(g)
		out = append(out, g)
	}
	return out
}

// ownDestination: the destination the clause gave a visit noun stands in
// the noun's own stretch of the clause, no comma or relative word between
// ("a visit to Lima", "her trip closes in Hanoi on Friday"); a "to" phrase
// past one belongs to another verb ("a two-day stay, part of a swing that
// then carries her on to Hanoi"). A verb's destination is the clause
// reader's.
func (d *document) ownDestination(tr trigMatch, a arg, s sentence) bool {
	if tr.verb || tr.frame == nil {
		return true
	}
	for k := tr.t1; k < a.span.t0 && k < s.t1; k++ {
		if t := d.toks[k]; t.text == "," || d.lx.is(t.lower, wcRelative) {
			return false
		}
	}
	return true
}

// The group-mover reading (party rule group-mover): a visit whose subject
// is a definite word of class travelgroup ("The delegation will tour a
// refinery", "The group went on by coach to Leipzig", "The party flies
// to Milan") is the trip of the delegation told in its sentence or the three
// before: the person who leads it — the last person named before a verb
// of class leader that governs a delegation word ("X heads a trade
// delegation of nine", "X will lead a six-member party"), or the person
// after "led by"/"headed by" — and the persons its members are said to
// include (a word of class includes after a delegation word: "a
// delegation that includes X", "The party includes X and Y"), in those
// sentences or the one after. With no
// delegation told, the rule yields nothing and the subject is read as any
// description.

// groupWindow: how many sentences back a delegation may have been told.
const groupWindow = 3

// ruleGroupMover is the party rule group-mover.
func (r *eventRun) ruleGroupMover(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Visit || !tr.verb || !d.definiteGroupSubject(tr, c.s) {
		return partySet{}
	}
	leader := ""
	var members []string
	for si := c.si; si >= 0 && si >= c.si-groupWindow && leader == ""; si-- {
		s := d.sent[si]
		end := s.t1
		if si == c.si {
			end = tr.t0
		}
		leader = d.delegationLeader(span{s.t0, end})
	}
	if leader == "" {
		return partySet{}
	}
	for si := max(0, c.si-groupWindow); si <= c.si+1 && si < len(d.sent); si++ {
		s := d.sent[si]
		members = append(members, d.delegationMembers(span{s.t0, s.t1})...)
	}
	ps := partySet{parties: []party{{name: leader, typ: Person, via: "the leader of the delegation told before"}}, contextual: true, borrowed: true}
	for _, m := range members {
		if m != leader && !containsParty(ps.parties, m) {
			ps.parties = append(ps.parties, party{name: m, typ: Person, via: "a member of the delegation told before"})
		}
	}
	return ps
}

// containsParty: a party of that name is in ps.
func containsParty(ps []party, name string) bool {
	for _, p := range ps {
		if p.name == name {
			return true
		}
	}
	return false
}

// definiteGroupSubject: the subject right before the visit's verb group is
// a definite determiner ("the", "this", "that": class definite) and a word
// of class travelgroup ("The delegation will", "On Monday the group
// travelled").
func (d *document) definiteGroupSubject(tr trigMatch, s sentence) bool {
	k := tr.t0 - 1
	for k > s.t0 && (d.lx.is(d.toks[k].lower, wcAux, wcModal, wcFuture, wcNegation) || strings.HasPrefix(d.toks[k].tag, "RB")) {
		k-- // "will", "also", "then"
	}
	if k <= s.t0-1 || !d.lx.is(d.toks[k].lower, wcTravelGroup) || d.toks[k].cap && k > s.t0 {
		return false
	}
	j := k - 1
	for j >= s.t0 && j >= k-3 && !d.toks[j].cap && !d.lx.is(d.toks[j].lower, wcArticle, wcDefinite) && (modifierTag(d.toks[j].tag) || d.toks[j].tag == "NN") {
		j-- // "the trade delegation", "the nine-member group"
	}
	// "the", "this", "that" (class definite, not a possessive: "her
	// delegation" is read as any description)
	return j >= s.t0 && d.lx.is(d.toks[j].lower, wcDefinite) && d.toks[j].tag != "PRP$"
}

// delegationLeader: the person who leads a delegation told in sp: after
// "led by"/"headed by" (ledBy), else the last person named before a verb
// of class leader whose object phrase is a word of class travelgroup.
func (d *document) delegationLeader(sp span) string {
	if p := d.ledBy(sp); p != "" {
		return p
	}
	for k := sp.t1 - 1; k > sp.t0; k-- {
		if !d.lx.is(d.toks[k].lower, wcTravelGroup) || d.toks[k].cap {
			continue
		}
		v := -1
		for j := k - 1; j > sp.t0 && j >= k-6; j-- {
			if d.lx.is(d.toks[j].lower, wcLeader) && strings.HasPrefix(d.toks[j].tag, "VB") {
				v = j
				break
			}
		}
		if v < 0 {
			continue
		}
		name := ""
		for _, m := range d.mentionsIn(span{sp.t0, v}) {
			if e := d.entityOf(m); e != nil && m.typ == Person {
				name = e.canon
			}
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// delegationMembers: the persons a delegation told in sp is said to
// include: named after a word of class includes that follows a word of
// class travelgroup in sp.
func (d *document) delegationMembers(sp span) []string {
	var out []string
	seen := false
	for k := sp.t0; k < sp.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcTravelGroup) && !d.toks[k].cap {
			seen = true
			continue
		}
		if !seen || !d.lx.is(d.toks[k].lower, wcIncludes) {
			continue
		}
		for _, m := range d.mentionsIn(span{k + 1, sp.t1}) {
			if e := d.entityOf(m); e != nil && m.typ == Person && !contains(out, e.canon) {
				out = append(out, e.canon)
			}
		}
		break
	}
	return out
}

// prevDay: the first day of the stop before leg i: the last dated leg
// before it, else the visit's own date ("" when none is a day).
func prevDay(visit string, before []leg) string {
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].date != "" {
			visit = before[i].date
			break
		}
	}
	first, _, _ := strings.Cut(visit, "/")
	if len(first) != len("2006-01-02") {
		return ""
	}
	return first
}

// forward: a leg's day comes after the stop before it — an itinerary runs
// forward. A day the dates pass put before that stop, from words that
// name no year ("on March 12" read as last March, "on Wednesday" read as
// last Wednesday), moves on by a year or a week when that brings it to or
// after the stop before; anything else stays as read.
func (d *document) forward(dm dateMention, prev string) string {
	v := dm.value
	day, err := time.Parse("2006-01-02", v)
	from, err2 := time.Parse("2006-01-02", prev)
	if err != nil || err2 != nil || !day.Before(from) {
		return v
	}
	for k := dm.span.t0; k < dm.span.t1; k++ {
		t := d.toks[k].lower
		if len(t) == 4 && t[0] >= '1' && t[0] <= '2' {
			if _, err := strconv.Atoi(t); err == nil {
				return v // "on March 12, 2025": the year is the text's
			}
		}
		if _, wd := d.lx.dateWord(dwWeekday, t); wd {
			if n := day.AddDate(0, 0, 7); !n.Before(from) && n.Sub(from) < 7*24*time.Hour {
				return n.Format("2006-01-02")
			}
			return v
		}
	}
	if n := day.AddDate(1, 0, 0); !n.Before(from) && n.Sub(from) < 183*24*time.Hour {
		return n.Format("2006-01-02")
	}
	return v
}
