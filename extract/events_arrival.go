package extract

import "strings"

// The arrival readings: two forms of a visit that a wire, a live blog or a
// field report states without a travel verb.
//
//   - due or expected in a place: a form of "be", at most one adverb
//     ("now", "also"), a word W and "in", when frames.tsv has the row
//     "be W in" ("be due in", "be expected in"): "She is due in Doha on
//     Monday", "He is now expected in Tallinn after lunch". The forms of
//     "be" are not made by the morphology, so this reading finds them, as
//     the stay reading does for "is in" (events_visit.go).
//   - a span of days spent in a place: a verb frame that needs `span`
//     ("spend") holds when a span of time follows it — a day or a date
//     ("spent Tuesday at the settlement"), or a word of class `stay`
//     ("spent two days in Lusaka", "spends the weekend in Rome"), or a
//     day or a part of one ("spent the afternoon at the camp") — and then
//     "in" or "at" (frames.tsv roles dest:in, dest:at) before a place.
//     "spent $2m in Leeds", "spent his childhood in Leeds" and "spent
//     years in prison" name no span of a trip, or no place. The place may
//     also close the phrase of a gerund of being on site (class onsite)
//     that the span was spent doing ("will spend Saturday surveying
//     levees at Kribi": activityPlaceAt).
//
// A row "be W back in" ("be expected back in", "be due back in") reads a
// return (need `return`, events_visit.go): a visit only away from the
// traveller's own country.
//
// An arrival needs a party for its subject, right before its "be": a name
// of a person or organization, a pronoun, a title or a word for people
// ("the minister", "the delegation"); "a ruling is expected in London" and
// "results are due in Lagos" tell of things, not travellers.
//
// Both need a named place right after their preposition, past "the" and
// lower-case modifiers ("at the Mtendere refugee settlement"): a city,
// country, region, site or a place a rule knew by its cue, not a sea ("is
// due in court" is no visit).

// arrivalAdverbs: how many adverbs may stand between "be" and the word of
// an arrival row ("is now expected in").
const arrivalAdverbs = 1

// spanWindow: how many tokens the span of days after "spend" may take
// ("spent the next two days").
const spanWindow = 5

// arrivalReading reads "be (adverb) W in" at k as the frame "be W in".
func (d *document) arrivalReading(lx *lexicon, k int, s sentence) (trigMatch, bool) {
	if !lx.is(d.toks[k].lower, wcBe) {
		return trigMatch{}, false
	}
	w := k + 1
	for n := 0; n < arrivalAdverbs && w < s.t1 && d.toks[w].tag == "RB" && d.toks[w].lower != "not"; n++ {
		w++
	}
	lemma, in := "be "+d.toks[w].lower+" in", w+1
	if in+1 < s.t1 && d.toks[in].lower == "back" && d.toks[in+1].lower == "in" {
		lemma, in = "be "+d.toks[w].lower+" back in", in+1 // "is expected back in Accra" (need return)
	}
	if in >= s.t1 || d.toks[in].lower != "in" {
		return trigMatch{}, false
	}
	f := lx.frameOf(lemma, true)
	if f == nil || f.typ != Visit {
		return trigMatch{}, false
	}
	form := beForm(d.toks[k].lower)
	m := trigMatch{t0: k, t1: in + 1, typ: f.typ, verb: true, needs: f.needs, frame: f, form: form, sup: -1}
	if !d.partyBefore(k, s) || d.namedPlaceAt(m.t1, s) < 0 || !d.triggerHolds(m, s) {
		return trigMatch{}, false
	}
	return m, true
}

// spanHolds: a frame that needs `span` ("spend") has a span of days for
// its object and then one of its frame's destination prepositions
// (dest:in, dest:at) before a place, or a gerund whose phrase names the
// place.
func (d *document) spanHolds(m trigMatch, s sentence) bool {
	k := m.t1
	seen := false
	for ; k < s.t1 && k < m.t1+spanWindow; k++ {
		if e := d.dateAt(k); e > k {
			seen = true
			k = e - 1
			continue
		}
		t := d.toks[k]
		if m.frame.hasRole("dest:"+t.lower) || seen && (t.tag == "VBG" || d.lx.is(t.lower, wcOnSite)) { // the frame's destination prepositions ("in", "at"); the gerund of what the span was spent doing (an onsite gerund may be tagged a noun: "opening")
			break
		}
		switch u, unit := d.lx.dateWord(dwUnit, t.lower); {
		case d.lx.is(t.lower, wcStay), unit && (u == unitDaypart || u == unitDay):
			seen = true // "spent two days", "spent the afternoon", "spent a day"
		case t.tag == "CD", t.tag == "DT", t.tag == "JJ", t.tag == "PRP$",
			t.lower == "on" && k+1 < s.t1 && d.dateAt(k+1) > k+1,                                                          // "spent the afternoon on Tuesday at"
			seen && (t.lower == "and" || t.tag == "TO") && k+1 < s.t1 && (d.toks[k+1].tag == "CD" || d.dateAt(k+1) > k+1): // "spent May 4 and 5 in"
		default:
			return false // "spent $2m", "spent his childhood"
		}
	}
	if !seen || k >= s.t1 {
		return false
	}
	if !m.frame.hasRole("dest:" + d.toks[k].lower) {
		// the gerund of what the span was spent doing ("surveying
		// levees at X"); its subject may be two parties who went
		// together, and a gerund of talks is kept out by its class
		return d.activityPlaceAt(k, s)
	}
	return d.namedPlaceAt(k+1, s) >= 0
}

// spanDate: the date that opens the span of days after a frame that needs
// `span` ("will spend Saturday in X", "spent June 2 to 4 in X"), the
// stay's own date whatever date another verb of its sentence names; ""
// when the span is no date ("spent two days").
func (d *document) spanDate(m trigMatch, s sentence) string {
	if m.needs != "span" || !m.verb {
		return ""
	}
	for k := m.t1; k < s.t1 && k < m.t1+spanWindow; k++ {
		for _, dm := range d.dates {
			if dm.span.t0 <= k && k < dm.span.t1 {
				return dm.value
			}
		}
		if t := d.toks[k]; m.frame.hasRole("dest:"+t.lower) || t.tag == "VBG" || t.text == "," {
			return ""
		}
	}
	return ""
}

// stayVenueWindow: how many words a common-noun venue before its named
// place may take ("the old pumping station near").
const stayVenueWindow = 4

// venuePlaceAt: at k a common-noun venue (lower-case words, no verb) and
// then its named place: after a word of class placenoun, "of" ("the port
// of X"); after any venue, a word of class stayprep ("a sluice gate near
// X", "three wells outside X").
func (d *document) venuePlaceAt(k int, s sentence) bool {
	for j := k; j < s.t1 && j < k+stayVenueWindow; j++ {
		t := d.toks[j]
		switch {
		case j > k && d.lx.is(t.lower, wcStayPrep):
			return d.namedPlaceAt(j+1, s) >= 0
		case j > k && t.lower == "of" && d.lx.is(d.toks[j-1].lower, wcPlaceNoun):
			return d.namedPlaceAt(j+1, s) >= 0
		case t.cap || !t.word || strings.HasPrefix(t.tag, "VB") || !(t.tag == "DT" || t.tag == "JJ" || t.tag == "NN" || t.tag == "NNS" || t.tag == "CD" || t.tag == "PRP$"):
			return false
		}
	}
	return false
}

// stayActivityWindow: how many words after the gerund of a span's
// activity its "in" or "at" may stand ("opening three new wells at").
const stayActivityWindow = 7

// activityPlaceAt: at k a gerund of class onsite (being at a place:
// inspecting, touring, surveying...) that the span was spent doing, and in
// its own phrase a word of classes stayprep and locative ("in", "at")
// before a named place, or before a common-noun venue in a named place
// ("will spend Saturday surveying levees at X", "spent June 2 opening
// wells at a camp outside X"). Any other preposition ("to", "into", "from", "of",
// "for") ends the phrase, as do a comma and a clause word: "spent June 2
// shipping seed to X" and "spent June 2 phoning donors in X" name no stay
// there. A gerund of talks or a deal is no onsite word; its own frame
// reads it.
func (d *document) activityPlaceAt(k int, s sentence) bool {
	if k >= s.t1 || !d.lx.is(d.toks[k].lower, wcOnSite) { // the class holds gerunds only; the tagger may read "opening" as a noun
		return false
	}
	for j := k + 1; j < s.t1 && j <= k+stayActivityWindow; j++ {
		t := d.toks[j]
		if t.text == "," || d.lx.is(t.lower, wcClause, wcRelative) {
			return false
		}
		if d.lx.is(t.lower, wcStayPrep) && d.lx.is(t.lower, wcLocative) { // "in", "at"; "near", "outside" only after a venue (venuePlaceAt)
			return d.namedPlaceAt(j+1, s) >= 0 || d.venuePlaceAt(j+1, s)
		}
		if t.tag == "IN" || t.tag == "TO" || d.lx.is(t.lower, wcLocative) {
			return false // "to X", "into X", "from firms in X": no place of the stay
		}
	}
	return false
}

// namedPlaceAt returns the end of the named place that the phrase at k
// opens (past "the" and lower-case modifiers), or -1.
func (d *document) namedPlaceAt(k int, s sentence) int {
	for n := 0; k < s.t1 && n < 3 && !d.toks[k].cap && (d.toks[k].tag == "DT" || d.toks[k].tag == "JJ"); n++ {
		k++ // "the", "northern"
	}
	if k >= s.t1 {
		return -1
	}
	for _, x := range d.mentionsIn(span{k, k + 1}) {
		if x.typ != Location || x.span.t0 != k {
			continue
		}
		if e := d.entityOf(x); e != nil && e.kind != "water" {
			return x.span.t1
		}
	}
	return -1
}

// prospectiveArrival: an arrival reading whose word is prospective ("is
// due in", "is expected in") states a plan, as "is due to" does; "was
// expected in" tells a plan of the past, not one ahead.
func (d *document) prospectiveArrival(tr trigMatch) bool {
	if tr.frame == nil || !strings.HasPrefix(tr.frame.lemma, "be ") || tr.t1-tr.t0 < 3 || tr.form&formPast != 0 {
		return false
	}
	w := tr.t1 - 2
	if d.toks[w].lower == "back" {
		w-- // "is expected back in"
	}
	return d.lx.is(d.toks[w].lower, wcProspective)
}

// partyBefore: the word before "be" at k ends a phrase that can travel:
// a person's or organization's name, a pronoun, a title, a person noun or
// a word for people.
func (d *document) partyBefore(k int, s sentence) bool {
	if k-1 < s.t0 {
		return false
	}
	if len(d.conjunctSubject(k, s)) > 0 {
		return true // "signed an accord, and is due in Tunis" (clause_conjunct.go)
	}
	p, end := k-1, k
	if p > s.t0 && d.toks[p].text == "," {
		end = p // an appositive's name: "The UN envoy for Sudan, Amira Haddad, is due in"
	}
	for _, x := range d.mentionsIn(span{max(s.t0, p-8), k}) {
		if x.span.t1 == end && (x.typ == Person || x.typ == Organization) {
			// "a ruling by Judge X is expected in": a name in a phrase of
			// its own is not the subject
			j := x.span.t0
			for j > s.t0 && (d.toks[j-1].cap || d.inTitle(j-1)) {
				j-- // its title run: "by Judge Ana Ortiz"
			}
			return j == s.t0 || !d.lx.is(d.toks[j-1].lower, wcPrep)
		}
	}
	l := d.toks[p].lower
	lx := d.lx
	return lx.is(l, wcPronoun, wcPersonal, wcPeople, wcGroup) && !lx.is(l, wcNeuter) || lx.personNoun[l] ||
		lx.titles.longestKind(d.toks, p, k, titleHead) > 0
}

// inTitle: token k lies in a title mention.
func (d *document) inTitle(k int) bool {
	for _, x := range d.mentionsIn(span{max(0, k-6), k + 1}) {
		if x.typ == Title && x.span.t0 <= k && k < x.span.t1 {
			return true
		}
	}
	return false
}
