package extract

import (
	"slices"
	"strings"
	"time"
)

// The place pass: where an event happened, from its own clause first — a
// visit's destination by its frame ("visited Lima", "travelled to Lima",
// "arrived in Lima", "left for Busan"), or the place a "where" clause
// hangs on ("flew to Banjul, where he met X") — before the nearest place
// after a locative in its sentence and what the story's main event gave.

// clausePlace returns the place the clause names for the event, or "".
func (d *document) clausePlace(cl *clause, tr trigMatch, s sentence) string {
	if tr.typ == Visit && tr.frame != nil {
		for _, a := range cl.destinations(tr.frame) {
			if a.typ == Location && d.ownDestination(tr, a, s) && !d.embeddedPlace(tr, a.span.t0) {
				return d.demonymPlace(a.name, a.span.t1) // not "a trip that goes on to Accra" (place_embedded.go); no demonym (capitals.go)
			}
		}
	}
	// ", where she will sit down with X": the place before "where", or before
	// the date that follows it ("flew to Oslo on May 4, where he met X")
	for k := cl.group.t0 - 1; k >= s.t0 && k >= cl.group.t0-4; k-- {
		if d.toks[k].lower != "where" {
			continue
		}
		if k-1 > s.t0 && d.toks[k-1].text == "," {
			ms := d.mentionsIn(span{max(s.t0, k-12), k - 1})
			for i := len(ms) - 1; i >= 0; i-- {
				if m := ms[i]; m.typ == Location && d.datedTo(m.span.t1, k-1) {
					if m.kind == "water" && !d.townOnWater(m) {
						break // "a row over shipping in the Baltic, where he met X": people meet on land, as nearPlace reads it
					}
					if e := d.entityOf(m); e != nil {
						return e.canon
					}
				}
			}
		}
		break
	}
	return ""
}

// The place of an event, in order (events_place.go; --explain names the
// source): the clause's own place (a visit's destination, a "where"
// clause), the place a visit's traveller left, the nearest place after a
// locative in the event's reach — "in the river port city of
// Rosario" is Rosario, "the Togolese capital" the city of Togo the story
// names, "here" the dateline's place, and a place that only seats an
// organization ("asked the Secretariat in Seoul") none, unless a meeting
// met that organization ("met officials of the Secretariat in Seoul") —
// then what the story's events gave (the same tense first), then, for an event that
// happened and was not held by telephone or video, the dateline's place.

// nearPlace returns the place in s nearest the trigger that a locative
// makes the event's, or "".
func (d *document) nearPlace(s span, tr trigMatch) string {
	best, bestDist := "", 1<<30
	consider := func(at int, name string) {
		dist := at - tr.t1
		if dist < 0 {
			dist = tr.t0 - at
		}
		if name != "" && dist < bestDist {
			best, bestDist = name, dist
		}
	}
	for _, m := range d.mentionsIn(s) {
		if m.typ != Location || d.inDateline(m.span.t0) || d.toks[m.span.t0].hyphen && !d.hyphenatedName(m) {
			continue // "the Japan-South Korea talks" are no place; "in Stoke-on-Trent" is one
		}
		if m.kind != "city" && m.kind != "country" && m.kind != "region" && m.kind != "" && !d.townOnWater(m) {
			continue
		}
		if !d.locative(m.span.t0) && !d.placeNounOf(m.span.t0) {
			continue
		}
		if d.seatOf(m.span.t0) && !d.metAtSeat(m.span.t0, tr) {
			continue // "asked the Trilateral Cooperation Secretariat in Seoul"
		}
		if d.aside(m.span.t0, tr) {
			continue // "X, who grew up in Valparaiso, met Y"
		}
		if d.outsideAside(m.span.t0, tr) {
			continue // "the panel, which met at Riverside Hall, sends its findings to the council in Ghent"
		}
		if d.titleComplement(m.span.t0) {
			continue // "Qatar's ambassador to Ireland"
		}
		if tr.typ != Visit && d.routeEnd(m.span.t0) {
			continue // "talks covered a planned highway from Moyale to Hawassa"
		}
		if d.gerundClauseBetween(tr.t1, m.span.t0) {
			continue // "will meet X before traveling to a naval base in Rota": the next leg's
		}
		if d.embeddedPlace(tr, m.span.t0) {
			continue // "a deal on the upgrade of a road to Gulu" (place_embedded.go)
		}
		if e := d.entityOf(m); e != nil {
			consider(m.span.t0, d.demonymPlace(e.canon, m.span.t1)) // no demonym (capitals.go)
		}
	}
	for k := max(s.t0, 1); k+1 < s.t1; k++ {
		switch {
		case d.toks[k-1].lower == "in":
			// "the summit in Glenbrae in Perthshire": a name no
			// gazetteer knows, placed in a larger place, is the more
			// specific place
			if x, ok := d.nestedPlace(k, s.t1); ok {
				consider(k, x)
			}
		case d.lx.is(d.toks[k].lower, wcHere):
			consider(k, d.datelinePlace()) // "talks here on Tuesday"
		case d.deicticPlace(k, s.t1):
			consider(k, d.datelinePlace()) // "traveled to this border town"
		case d.townPossessive(k, s.t1):
			consider(k, d.townBefore(k, tr)) // "signed it in the city's guildhall"
		case d.toks[k-1].lower == "the" && d.toks[k].cap && d.locative(k-1) && d.capitalAt(k-1, s.t1) != "":
			// "in the Dutch capital": the capital of capitals.tsv, or the city named after it (capitals.go)
			consider(k, d.capitalAt(k-1, s.t1))
		case d.lx.is(d.toks[k+1].lower, wcPlaceNoun) && d.toks[k-1].lower == "the" && d.toks[k].cap && d.locative(k-1) &&
			(k+2 >= s.t1 || d.toks[k+2].lower != "of"):
			// "in the Togolese town": the city of Togo the story names
			if c, ok := d.lx.demonyms[d.toks[k].lower]; ok {
				consider(k, d.cityOf(c))
			}
		}
	}
	return best
}

// hyphenatedName: a hyphenated mention that is itself a place the
// gazetteer knows ("Stoke-on-Trent", "Aix-en-Provence"), not places
// joined by a hyphen.
func (d *document) hyphenatedName(m mention) bool {
	e := d.entityOf(m)
	return e != nil && e.geo != nil && m.span.t1-m.span.t0 == 1 && strings.EqualFold(e.canon, d.toks[m.span.t0].text)
}

// placeNounOf: the place at token i follows "the (port) city of", "the
// capital of" after a locative ("in the river port city of Rosario"), or a
// part of it (class placepart: "on the eastern edge of Leeds").
func (d *document) placeNounOf(i int) bool {
	if i < 3 || d.toks[i-1].lower != "of" || !d.lx.is(d.toks[i-2].lower, wcPlaceNoun, wcPlacePart) {
		return false
	}
	part := d.lx.is(d.toks[i-2].lower, wcPlacePart)
	s := d.sent[d.toks[i].sent]
	for k := i - 3; k >= s.t0 && k >= i-7; k-- {
		if d.toks[k].lower == "the" {
			if part {
				return k > s.t0 && d.lx.is(d.toks[k-1].lower, wcPartPrep) // "on the outskirts of Leeds"
			}
			return d.locative(k + 1)
		}
	}
	return false
}

// seatOf: the place at token i only says where an organization sits ("the
// Secretariat (TCS) in Seoul"), unless a locative makes the organization
// itself where the event was ("talks at the European Commission in
// Brussels").
func (d *document) seatOf(i int) bool {
	k := i - 1 // the locative
	if k < 1 || d.toks[k].lower != "in" {
		return false
	}
	end := k
	if d.toks[end-1].text == ")" {
		for j := end - 2; j >= 0 && j > end-6; j-- {
			if d.toks[j].text == "(" {
				end = j
				break
			}
		}
	}
	s := d.sent[d.toks[i].sent]
	for _, m := range d.mentionsIn(span{max(s.t0, end-8), end}) {
		if m.typ == Organization && m.span.t1 == end {
			// "met Li Wei at the World Bank in Washington"; "on the
			// sidelines of a meeting of the regional bloc IGAD in Addis
			// Ababa": the gathering's place
			return !d.locative(m.span.t0) && !d.gatheringOf(m.span.t0, s)
		}
	}
	return false
}

// metAtSeat: the organization whose seat the place at token i names is
// what the meeting trigger met ("met executives of the carmaker Velor in
// Turin", "met in May with officials of the Health Ministry in Accra"):
// people meet the ones they call on where those sit, so the seat is the
// meeting's place. Only a meeting, only a place after its trigger with no
// comma, semicolon or other verb between ("met X and criticised the
// Secretariat in Seoul" keeps Seoul a seat).
func (d *document) metAtSeat(i int, tr trigMatch) bool {
	if tr.typ != Meeting || i <= tr.t1 || i-tr.t1 > 14 {
		return false
	}
	for k := tr.t1; k < i; k++ {
		if l := d.toks[k].text; l == "," || l == ";" || l == ":" {
			return false
		}
	}
	return !d.verbBetween(tr.t1, i)
}

// gatheringOf: the organization named at token i is the complement of a
// meeting noun or a gathering ("a meeting of the regional bloc IGAD", "a
// summit of the African Union", "the annual conference of the X"): past
// lower-case words ("the regional bloc") to "of" and the noun before it.
func (d *document) gatheringOf(i int, s sentence) bool {
	k := i - 1
	for n := 0; k > s.t0 && n < 4 && !d.toks[k].cap && d.toks[k].lower != "of" && d.toks[k].word; n++ {
		k--
	}
	if k <= s.t0 || d.toks[k].lower != "of" {
		return false
	}
	return d.eventNoun(k-1, s) || d.lx.is(d.toks[k-1].lower, wcGathering)
}

// titleComplement: the place at token i completes a title ("ambassador to
// Ireland", "envoy to the region"): it says nothing of where.
func (d *document) titleComplement(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].lower == "the" {
		k--
	}
	if k < 1 || d.toks[k].lower != "to" {
		return false
	}
	return d.lx.titles.longestKind(d.toks, k-1, k, titleHead) == 1
}

// routeEnd: the place at token i ends a route ("a highway from Moyale to
// Hawassa"): where a road or a flight goes, not where a meeting was.
func (d *document) routeEnd(i int) bool {
	k := i - 1
	if k < 1 || d.toks[k].lower != "to" {
		return false
	}
	s := d.sent[d.toks[i].sent]
	for j := k - 1; j >= s.t0 && j >= k-5; j-- {
		if d.toks[j].lower == "from" {
			return true
		}
	}
	return false
}

// ownPlaceIn: the nearest place of the sentence (before any "since"), not
// one nearer a later noun trigger of another type ("a separate meeting with
// Wang, during which the two discussed a possible visit to Seoul": Seoul
// is the visit's, told by another verb; but "met X at her residence, on
// her first state visit to Oslo" and "will fly to Mombasa to meet X": the
// meeting is where the trip went).
func (d *document) ownPlaceIn(s sentence, tr trigMatch, trigs []trigMatch) string {
	whole := span{s.t0, s.t1}
	for k := tr.t1; k < s.t1; k++ {
		if d.toks[k].lower == "since" {
			whole.t1 = k
			break
		}
	}
	for _, o := range trigs {
		if o.typ == tr.typ || o.verb && !d.determined(o.t0) && !d.ownSubjectVerb(o) {
			continue // "held talks with X, who had travelled to Lausanne": there
		}
		if o.t0 >= tr.t1 && o.t0 < whole.t1 && o.verb && d.ownSubjectVerb(o) {
			whole.t1 = o.t0 // "about a pact both governments signed in Quito": the signing's
		} else if o.t0 >= tr.t1 && o.t0 < whole.t1 && d.verbBetween(tr.t1, o.t0) {
			// the other trigger's clause starts at its verb ("met X in
			// Dublin last Thursday to prepare the trip")
			whole.t1 = min(whole.t1, d.firstVerb(tr.t1, o.t0))
		}
	}
	return d.nearPlace(whole, tr)
}

// ownSubjectVerb: the verb trigger o (not of travel) has a subject of its
// own right before its verb group, a clause of its own told in passing
// ("discussed a pact both governments signed in Quito two
// years ago": Quito is the signing's); not a verb that shares the
// trigger's subject ("met X and signed a pact in Y", "met X to sign").
func (d *document) ownSubjectVerb(o trigMatch) bool {
	if o.typ == Visit {
		return false
	}
	k := o.t0 - 1
	for k > 0 && (d.toks[k].tag == "RB" || d.toks[k].tag == "MD" || d.lx.is(d.toks[k].lower, wcAux, wcBe)) {
		k--
	}
	if k < 0 {
		return false
	}
	switch d.toks[k].tag {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

// determined: a determiner stands before token i, perhaps past an
// adjective ("a possible visit", tagged a verb or not): a noun.
func (d *document) determined(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch d.toks[k].tag {
		case "DT", "PRP$":
			return true
		case "JJ":
			continue
		}
		return false
	}
	return false
}

// cityOf returns the city of country c the story names (the dateline's
// first), or "".
func (d *document) cityOf(c string) string {
	for _, m := range d.mentions {
		if m.typ != Location || m.kind != "city" {
			continue
		}
		if e := d.entityOf(m); e != nil && d.countryOfCity(e.canon) == c {
			return e.canon
		}
	}
	return ""
}

// countryOfCity: the country of the most populous city of that name.
func (d *document) countryOfCity(name string) string {
	for _, i := range d.lx.placeNames[strings.ToLower(name)] {
		if p := d.lx.places[i]; p.kind == "city" {
			return p.country
		}
	}
	return ""
}

// datelinePlace: the one city the dateline names ("LOMÉ, Togo —",
// "WARSAW —"), or "" ("TOKYO/STUTTGART --" names two).
func (d *document) datelinePlace() string {
	if d.dateline.empty() {
		return ""
	}
	city, n := "", 0
	for _, m := range d.mentionsIn(d.dateline) {
		if m.typ != Location || (m.kind != "city" && m.kind != "" && !d.lx.cityState(d.entityOf(m))) {
			continue
		}
		if e := d.entityOf(m); e != nil && e.canon != city {
			city, n = e.canon, n+1
		}
	}
	if n != 1 {
		return ""
	}
	return city
}

// remote: the event's sentence says it was held by telephone or video
// ("discussed supplies by telephone with", "a video call"): it has no
// place but one its clause names.
func (d *document) remote(s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcRemote) {
			return true
		}
	}
	return false
}

// remoteEvent: the event's own clause says it was held by telephone or
// video. A cue of class remote in its sentence counts unless it belongs
// to another event told in a conjunct of its own ("hosted X in her
// office on Friday but had to talk by video with Y": the hosting was in
// person; "talked by telephone with Y on Monday and received X on
// Wednesday" likewise); a party list's "and" tells no event ("met X and
// Y by video" stays remote), a cue fronted before both verbs holds for
// both ("Over a video link, X greeted Y and held talks with Z"), and a
// clause that took a party from that conjunct is read as one with it.
func (d *document) remoteEvent(cl *clause, tr trigMatch, trigs []trigMatch, s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcRemote) && !d.otherConjunct(cl, tr, trigs, k) {
			return true
		}
	}
	return false
}

// otherConjunct: token k lies with another verb trigger of the sentence,
// past a word of class coordinator or clause ("and", "but") from tr's
// verb: that trigger stands between tr and k, or k lies between it and
// tr ("talked by telephone to Y in the morning and met X at noon"), and
// none of tr's objects or prepositional parties was read on its side.
// Only a meeting is freed from a call told before it: an agreement told
// after a call was reached on it ("phoned Y ..., and the two then agreed
// to ..."); any event told before the call keeps its place ("sealed an
// accord with X at dawn, and later phoned Y").
func (d *document) otherConjunct(cl *clause, tr trigMatch, trigs []trigMatch, k int) bool {
	if !tr.verb {
		return false // "talks with X and a video call with Y": one phrase of nouns
	}
	for _, o := range trigs {
		if o.t0 == tr.t0 || !o.verb {
			continue // "a phone call between X and Y, who discussed ...": the call's own parties
		}
		switch {
		case k >= tr.t1 && o.t0 >= tr.t1 && o.t0 <= k:
			if d.andBetween(tr.t1, o.t0) && !cl.partyIn(span{o.t0, d.sent[d.toks[k].sent].t1}) {
				return true
			}
		case tr.typ == Meeting && k >= o.t0 && k < tr.t0 && o.t1 <= tr.t0:
			if d.andBetween(max(o.t1, k+1), tr.t0) && !cl.partyIn(span{o.t0, tr.t0}) {
				return true
			}
		}
	}
	return false
}

// partyIn: an object or prepositional party of the clause starts in sp.
func (cl *clause) partyIn(sp span) bool {
	in := func(args []arg) bool {
		for _, a := range args {
			if a.span.t0 >= sp.t0 && a.span.t0 < sp.t1 {
				return true
			}
		}
		return false
	}
	if in(cl.obj) {
		return true
	}
	for _, args := range cl.pp {
		if in(args) {
			return true
		}
	}
	return false
}

// andBetween: a word of class coordinator or clause ("and", "but")
// stands in [from, to): what follows it is a conjunct of its own.
func (d *document) andBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if d.lx.is(d.toks[j].lower, wcCoordinator, wcClause) {
			return true
		}
	}
	return false
}

// A venue is the named building or site an event was held in ("met X at
// 10 Downing Street", "talks at Number 10", "met Y at the Storting",
// "received her at the Oval Office"): a LOCATION whose cue word is a site
// (location_cues.tsv), a name ending in a venue word of venues.tsv (Office,
// Hotel, Centre), "Number" and a number, or an organization known by its
// building (White House, Kremlin). It is the most specific place stated,
// and wins over a city or country elsewhere in the sentence ("held talks
// at 10 Downing Street while on a state visit to Britain"), but not over a
// larger place its own phrase names ("at Lancaster House in London" is
// London, like "at the Palace of Nations in Geneva"), nor in a
// story with a dateline city, which stands for the venues of its story.

// venueNear returns the venue nearest the trigger in span s that a
// locative of class venueprep (at, in) opens, or "".
func (d *document) venueNear(s span, tr trigMatch) string {
	if d.datelinePlace() != "" {
		return ""
	}
	best, bestDist := "", 1<<30
	for k := max(s.t0, 0); k < s.t1 && k+1 < len(d.toks); k++ {
		if !d.lx.is(d.toks[k].lower, wcVenuePrep) || k >= tr.t0 && k < tr.t1 {
			continue
		}
		lim := d.sent[d.toks[k].sent].t1
		name, end := d.venueAt(k+1, lim)
		if name == "" || d.placeAfter(end, lim) || d.embeddedPlace(tr, k+1) {
			continue
		}
		dist := k - tr.t1
		if dist < 0 {
			dist = tr.t0 - end
		}
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	return best
}

// venueAt reads a venue's name starting at token i (past "the"), before
// token lim; it returns the name and the token after it, or "".
func (d *document) venueAt(i, lim int) (string, int) {
	if i < lim && d.toks[i].lower == "the" {
		i++
	}
	if i >= lim {
		return "", i
	}
	start := i
	if allDigits(d.toks[i].text) && len(d.toks[i].text) <= 4 && i+1 < lim && d.toks[i+1].cap {
		i++ // a house number: "10 Downing Street"
	}
	for _, m := range d.mentionsIn(span{i, i + 1}) {
		switch {
		case m.typ == Location && m.kind == "site", m.typ == Organization && d.lx.venue[strings.ToLower(m.text)] == "name",
			m.typ == Organization && m.span.t1-m.span.t0 >= 2 && d.lx.venue[d.toks[m.span.t1-1].lower] == "head":
			// "the Oval Office", "the Foreign Office": a building by its name
			if m.span.t1 > lim {
				return "", i
			}
			return d.textOf(span{start, m.span.t1}), m.span.t1
		case m.typ == Organization || m.typ == Person || m.typ == Location:
			return "", i // a place of its own, a body, a person: not a venue
		}
	}
	// a capitalized run: "Number 10", "the Oval Office", "the Storting"
	end := i
	for end < lim && end < i+6 && (d.toks[end].cap || end > i && allDigits(d.toks[end].text)) {
		end++
	}
	if end == i {
		return "", i
	}
	switch {
	case d.lx.venue[d.toks[i].lower] == "number" && end == i+2 && allDigits(d.toks[i+1].text):
		return d.textOf(span{start, end}), end
	case d.lx.venue[d.toks[end-1].lower] == "head" && end-i >= 2,
		d.lx.venue[strings.ToLower(d.textOf(span{i, end}))] == "name":
		return d.textOf(span{start, end}), end
	}
	return "", i
}

// placeAfter: a larger place follows the venue ending at token i in its
// phrase ("at Lancaster House in London", "at the Oval Office of the White
// House in Washington", "at the State Guest House, Hangzhou"): that place
// is the event's.
func (d *document) placeAfter(i, lim int) bool {
	for k := i; k < lim && k < i+8; k++ {
		t := d.toks[k]
		if t.lower != "in" && t.lower != "of" && t.lower != "the" && t.lower != "," && !t.cap {
			return false
		}
		if t.lower != "in" && t.text != "," || k+1 >= lim {
			continue
		}
		for _, m := range d.mentionsIn(span{k + 1, k + 2}) {
			if m.typ == Location && m.kind != "site" {
				return true
			}
		}
	}
	return false
}

// nestedPlace: tokens from i are a capitalized name that no entity rule
// knew, followed by "in" and a place ("in Glenbrae in Perthshire", "in
// Kibera in Nairobi"): the name is a place inside that one. It returns the
// name.
func (d *document) nestedPlace(i, lim int) (string, bool) {
	end := i
	for end < lim && end < i+3 && d.toks[end].cap && (d.toks[end].tag == "NNP" || d.toks[end].tag == "NNPS") {
		if _, date := d.lx.dateWords[d.toks[end].lower]; date || d.lx.stop[d.toks[end].text] {
			return "", false
		}
		end++
	}
	if end == i || end+1 >= lim || d.toks[end].lower != "in" {
		return "", false
	}
	for _, m := range d.mentionsIn(span{max(0, i-6), end}) {
		if m.typ != "" && m.span.t1 > i {
			return "", false // a name some rule knew
		}
	}
	if _, ok := d.lx.venue[d.toks[end-1].lower]; ok {
		return "", false // "in Lancaster House in London": the city
	}
	if _, ok := d.lx.locEnd[d.toks[end-1].lower]; ok {
		return "", false
	}
	for _, m := range d.mentionsIn(span{end + 1, end + 2}) {
		if m.typ == Location && (m.kind == "region" || m.kind == "country" || m.kind == "city" || m.kind == "") {
			return d.textOf(span{i, end}), true
		}
	}
	return "", false
}

// aside: the place at token i stands in a relative clause set off by
// commas that does not hold the trigger ("Ana Soto, who grew up in
// Valparaiso, met Li Wei", "Kofi Mensah, who signed a loan in Accra last
// year, met ..."): a hometown or a past event's place, said in passing, not
// where this event was. A place the person travelled to stays ("Rahmat
// Hidayat, who had travelled to Lausanne"): the person is there.
func (d *document) aside(i int, tr trigMatch) bool {
	open, end, ok := d.asideOf(i)
	if !ok || open+1 >= i {
		return false
	}
	if tr.t0 > open && tr.t0 < end {
		return false // the trigger's own clause
	}
	if d.stagedAt(tr, open+1, i) {
		return false // "a follow-up summit, which Oslo will stage": the summit's place (place_embedded.go)
	}
	if k := i - 1; k >= 0 && (d.toks[k].lower == "to" || d.toks[k].lower == "into") {
		return false
	}
	if d.arrivedAt(open+1, end, i) {
		return false // "X, who had just flown into Hobart, sat down with Y": X is there
	}
	return true
}

// arrivedAt: a visit's travel verb in the clause [from, end) has the
// place at token i for its destination ("who arrived in Lusaka", "who had
// landed in Hanoi"): like a place after "to", the person is there. Not a
// life story's arrival: one told in a capacity (class capacity before an
// indefinite article: "who came to Leeds as a student") or dated before
// the event (clauseDatedBefore: "who moved to Leeds in 1990").
func (d *document) arrivedAt(from, end, i int) bool {
	s := d.sent[d.toks[i].sent]
	from, end = max(from, s.t0), min(end, s.t1)
	for k := from; k+1 < end; k++ {
		if d.lx.is(d.toks[k].lower, wcCapacity) && d.lx.indefiniteArticle(d.toks[k+1].lower) {
			return false
		}
	}
	if d.clauseDatedBefore(from, end) {
		return false
	}
	for k := from; k < i; k++ {
		n, v := d.lx.triggers.longest(d.toks, k, s.t1)
		if n == 0 || d.toks[k].cap {
			continue
		}
		if tr, ok := d.reading(d.lx, k, k+n, d.lx.formSets[v]); ok && tr.typ == Visit && tr.verb && d.destStart(tr, s) == i {
			return true
		}
	}
	return false
}

// clauseDatedBefore: a date told in the tokens [from, end) ends more than
// a week before the event's day (the first dated day of the sentence
// outside them, else the published day): what the clause tells ("who
// settled in Hull in 1998", "which Bergen staged last year") is another,
// earlier occasion, said in passing. A few days before is the same trip
// ("who landed in Hull on Sunday, met X on Tuesday").
func (d *document) clauseDatedBefore(from, end int) bool {
	if from >= end {
		return false
	}
	s := d.sent[d.toks[from].sent]
	var anchor time.Time
	for _, m := range d.dates {
		if m.span.t0 >= s.t0 && m.span.t1 <= s.t1 && (m.span.t1 <= from || m.span.t0 >= end) && !m.day.IsZero() {
			anchor = m.day
			break
		}
	}
	if anchor.IsZero() {
		if !d.ref.hasDay {
			return false
		}
		anchor = d.ref.t
	}
	for _, m := range d.dates {
		if m.span.t0 < from || m.span.t1 > end {
			continue
		}
		if last, ok := lastDayOf(m.value); ok && last.AddDate(0, 0, 7).Before(anchor) {
			return true
		}
	}
	return false
}

// asideOf returns the commas around token i that set off a relative
// clause (", who ...,", ", which ...,"; the sentence's end may close it),
// or ok false.
func (d *document) asideOf(i int) (open, end int, ok bool) {
	s := d.sent[d.toks[i].sent]
	open = -1
	for k := i - 1; k >= s.t0; k-- {
		if d.toks[k].text == "," {
			open = k
			break
		}
	}
	if open < 0 || open+1 > i {
		return 0, 0, false
	}
	w := d.toks[open+1].lower
	if d.lx.is(w, wcArticle) {
		// an appositive that a relative clause completes: "X, a former
		// health minister who took up the post in January, spent ..."
		for k := open + 2; k < i && k < open+7; k++ {
			if l := d.toks[k].lower; d.lx.is(l, wcRelative) && l != "where" && l != "that" {
				w = l
				break
			}
			if d.toks[k].text == "," {
				break
			}
		}
	}
	if !d.lx.is(w, wcRelative) || w == "where" || w == "that" {
		return 0, 0, false
	}
	end = s.t1
	for k := i + 1; k < s.t1; k++ {
		if d.toks[k].text == "," {
			end = k
			break
		}
	}
	return open, end, true
}

// outsideAside: the trigger stands in a relative clause set off by commas
// ("the council, which met on Monday at the town hall, will vote ...")
// and the place at token i lies outside it: that place is the main
// clause's.
func (d *document) outsideAside(i int, tr trigMatch) bool {
	open, end, ok := d.asideOf(tr.t0)
	return ok && (i < open || i > end)
}

// firstVerb returns the first verb in [from, to) that verbBetween counts
// (not an auxiliary, a form of "be" or a reporting verb), or to.
func (d *document) firstVerb(from, to int) int {
	for k := from; k < to; k++ {
		if d.verbBetween(k, k+1) {
			return k
		}
	}
	return to
}

// gerundClauseBetween: a temporal word and a gerund ("before traveling",
// "after flying", word class temporal) stand in [from, to): a place
// beyond them is where that other verb went, not the event's.
func (d *document) gerundClauseBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if d.lx.is(d.toks[k].lower, wcTemporal) && d.toks[k+1].tag == "VBG" {
			return true
		}
	}
	return false
}

// deicticPlace: token k opens "this [word] [word] town" after a locative
// ("traveled to this border town", "talks in this capital"): a
// demonstrative (class deictic) before a place noun (class placenoun),
// with at most two words between, and nothing capitalized, which would
// name another place ("this Kenyan town"). A story filed from a place
// calls it "this town" as it calls it "here" (class here), so the place
// is the dateline's (datelinePlace; none without one).
func (d *document) deicticPlace(k, end int) bool {
	if !d.lx.is(d.toks[k].lower, wcDeictic) || !d.locative(k) {
		return false
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		t := d.toks[j]
		if !t.word || t.cap {
			return false
		}
		if d.lx.is(t.lower, wcPlaceNoun) {
			return j+1 >= end || d.toks[j+1].lower != "of" // "this city of 40,000" is still the city; "this part of" has no place noun
		}
	}
	return false
}

// townPossessive: token k opens "the city's" after a locative ("met in
// the city's guildhall", "at the port's customs house"): a noun of class
// townnoun in lower case after "the", then a possessive. The phrase names
// no town; it points back at one (townBefore).
func (d *document) townPossessive(k, end int) bool {
	if k < 1 || k+1 >= end || d.toks[k-1].lower != "the" || d.toks[k].cap || !d.locative(k) {
		return false
	}
	if !d.lx.is(d.toks[k].lower, wcTownNoun) {
		return false
	}
	p := d.toks[k+1].text
	return p == "'s" || p == "’s"
}

// townBefore: the last town named before token k in its sentence or the
// two before it, the town "the city's" points back at ("They met twice in
// Ghent. The deal was signed in the city's guildhall"); "" with none. A
// place name of no kind counts as a town no gazetteer knows; a region, or
// a country in apposition ("in Ghent, Belgium"), named in between does not
// stop the search ("the city's" cannot mean one). A country after a
// locative does: the story went on there ("flew on to Chile"), and "the
// city's" is one of that country's, not a town left behind ("" then). A
// town only named in passing is skipped as nearPlace skips
// it: one not after a locative or "the city of" ("Mayor X of Linz"), in
// an aside ("X, who grew up near Graz, added ..."), or completing a title
// ("envoy to Vienna").
func (d *document) townBefore(k int, tr trigMatch) string {
	first := d.sent[max(d.toks[k].sent-2, 0)].t0
	for _, m := range slices.Backward(d.mentionsIn(span{first, k})) {
		if m.typ == Location && m.kind == "country" && d.locative(m.span.t0) {
			return "" // "flew on to Chile": the story left the town before
		}
		if m.typ != Location || m.kind != "city" && m.kind != "" {
			continue
		}
		if !d.locative(m.span.t0) && !d.placeNounOf(m.span.t0) || d.aside(m.span.t0, tr) || d.titleComplement(m.span.t0) {
			continue
		}
		if e := d.entityOf(m); e != nil {
			return e.canon
		}
	}
	return ""
}

// townOnWater: a name of kind water right after "in" with no article is a
// town named for its water ("met X in Tarrant Bay", "in Thunder Bay", "in
// Lake Placid"): a body of water takes the article or "on" ("in the Bay
// of Biscay", "in the Red Sea", "on Lake Victoria").
func (d *document) townOnWater(m mention) bool {
	return m.kind == "water" && m.span.t0 > 0 && d.toks[m.span.t0-1].lower == "in"
}

// datedTo: the tokens from i up to the comma at c are nothing or one
// date mention with its preposition ("on May 4", "on Tuesday"): a place
// ending at i is the last thing told before the comma.
func (d *document) datedTo(i, c int) bool {
	if i == c {
		return true
	}
	if d.inDate(i) {
		return d.dateAt(i) == c // the date mention holds its preposition
	}
	if i+1 >= c || !d.lx.is(d.toks[i].lower, wcLocative, wcDayPrep) {
		return false
	}
	return d.inDate(i+1) && d.dateAt(i+1) == c
}
