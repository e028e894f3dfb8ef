package extract

// salientParty: the organization or country an "it" or "its" at token at
// most likely means — the first one named earlier in its own sentence,
// else the first one named in the nearest of the three sentences before
// that names one (the subject, which "it" continues more often than the
// last name: "Mitsubishi Motors forecast a loss. Last month, it signed a
// deal with Nissan" is Mitsubishi). A possessive ("Portugal's largest
// bank") and a place after a preposition ("a plant in Japan") are not
// what "it" continues; nor is a name the clause already has.
func (d *document) salientParty(si, at int) (party, bool) {
	pick := func(from, to int) (party, bool) {
		for _, m := range d.mentionsIn(span{from, to}) {
			if m.typ != Organization && !(m.typ == Location && m.kind == "country") {
				continue
			}
			if m.span.t1 < len(d.toks) && isPossessive(d.toks[m.span.t1].text) {
				continue
			}
			if m.span.t0 > from && d.lx.is(d.toks[m.span.t0-1].lower, wcPrep) {
				continue
			}
			e := d.entityOf(m)
			if e == nil || d.exclude[e.canon] || e.kind == "media" {
				continue
			}
			return party{name: e.canon, typ: e.typ, via: "it -> " + e.canon + " (subject before)"}, true
		}
		return party{}, false
	}
	s := d.sent[si]
	if p, ok := d.describedSubject(si, at); ok { // "the operator said it" (events_deal_describe.go)
		return p, true
	}
	if p, ok := pick(s.t0, at); ok {
		return p, true
	}
	for k := si - 1; k >= d.briefFloor(si) && k >= si-3; k-- {
		t := d.sent[k]
		if p, ok := pick(t.t0, t.t1); ok {
			return p, true
		}
	}
	return party{}, false
}

// chainSubject reports whether a sentence's part [from, to) holds a
// subject that continues a person told of before: "he" or "she", or a
// description ("the Pakistani president", "the minister"). A name after
// it is an object, not whom a later pronoun means: in "He came on from
// Oslo, where he had seen Lund" and "The minister saw Keller during his
// trip", neither "he" nor "his" is the person named.
func (d *document) chainSubject(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if t.lower == "he" || t.lower == "she" {
			return true
		}
		if t.cap || !t.word || !(d.lx.personNoun[t.lower] || d.lx.titles.longestKind(d.toks, k, k+1, titleHead) > 0) {
			continue
		}
		for j := k - 1; j >= from && j >= k-3; j-- {
			if d.toks[j].lower == "the" {
				return true
			}
		}
	}
	return false
}

// coordinatedPair resolves "the two sides", "both sides" when no event
// was told before and no two parties of the kind the noun names were
// named: the first "X and Y" of two named parties in the nearest of its
// own sentence and the three before, the pair a story sets up as its
// sides ("Norway and the EU ended a row over fishing quotas for two
// trawler firms ... the two sides had agreed").
func (d *document) coordinatedPair(a arg, si int) []party {
	w := d.toks[a.span.t1-1].lower
	if (!d.lx.is(w, wcGroup) || d.lx.is(w, wcPeople)) && !d.bareCount(a.span.t1-1) {
		return nil
	}
	for k := si; k >= 0 && k >= si-3; k-- {
		t := d.sent[k]
		to := t.t1
		if k == si {
			to = a.span.t0
		}
		ms := d.mentionsIn(span{t.t0, to})
		for i := 0; i+1 < len(ms); i++ {
			x, y := ms[i], ms[i+1]
			gap := y.span.t0 - x.span.t1 // "X and Y", "X and the Y"
			if gap < 1 || gap > 2 || d.toks[x.span.t1].lower != "and" || gap == 2 && d.toks[x.span.t1+1].lower != "the" || !sideLike(x) || !sideLike(y) || (x.typ == Person) != (y.typ == Person) || d.modifies(y) {
				continue // "Iran and Iraq's oil": a possessive modifies
			}
			ex, ey := d.entityOf(x), d.entityOf(y)
			if ex == nil || ey == nil || ex == ey {
				continue
			}
			return []party{{name: ex.canon, typ: ex.typ, via: a.pron + " -> " + ex.canon}, {name: ey.canon, typ: ey.typ, via: a.pron + " -> " + ey.canon}}
		}
	}
	return nil
}

// sideLike: a person, an organization or a country can be a side.
func sideLike(m mention) bool {
	return m.typ == Person || m.typ == Organization || m.typ == Location && m.kind == "country"
}

// modifies: the name stands before a possessive ("Iran's oil"): it
// modifies what follows, it is no party of its own.
func (d *document) modifies(m mention) bool {
	return m.span.t1 < len(d.toks) && isPossessive(d.toks[m.span.t1].text)
}

// titledPerson resolves a description ("the general", "the Estonian
// general", "the chancellor") to the one person named before it whose
// title's head (titleHead) is its head word, or an abbreviation of it ("Gen" for
// general); nil when no person or more than one holds such a title.
func (d *document) titledPerson(a arg, si int) *entity {
	head := d.toks[a.span.t1-1].lower
	var hit *entity
	for _, e := range d.ents {
		if e.typ != Person || d.exclude[e.canon] || e.first >= d.sent[si].t0 && e.first >= a.span.t0 || d.otherBrief(e, a.span.t0) {
			continue
		}
		for _, t := range e.titles {
			if h := titleHeadWord(d.lx, t); h != "" && headFits(h, head) {
				if hit != nil && hit != e {
					return nil
				}
				hit = e
			}
		}
	}
	return hit
}
