package extract

import "strings"

// The other side told next (rule told-next). News often states a
// two-sided event with one side in its own clause and names the other in
// the sentence that follows, by a definite subject that points back at the
// event: a role of its other side with the name set off after it ("X
// agreed to sell its drinks unit. The buyer, Orion Beverages, will ..."),
// or the matter itself with the verb that brought that side in ("X agreed
// to pay $42m to resolve the claims. The lawsuit was filed in 2024 by the
// attorney general, Y, ..."; "... under a plea agreement. The agreement
// was negotiated with prosecutor Z"; "X backed the takeover offer. The
// offer, from rival Y, values ..."). The reading is bounded: the next
// sentence only, in the same story; its subject must open it; the name
// must stand in that subject's appositive, its copula's predicate, or the
// by-, with- or from-phrase of a verb of word class sideverb ("approved
// by a judge", "welcomed by analysts" name no side); the name is never the
// one side itself nor one of its own people.

// ruleToldNext: the clause's one side and the side the next sentence names.
func (r *eventRun) ruleToldNext(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ == Visit || c.title || len(c.clause) != 1 || c.clause[0].name == "" {
		return partySet{}
	}
	one := c.clause[0]
	n := c.si + 1
	if n >= len(d.sent) || d.briefFloor(n) > c.si {
		return partySet{} // the story ends, or the next brief starts
	}
	other, cue := d.sideToldNext(tr, d.sent[n], one)
	if other.name == "" {
		return partySet{}
	}
	other.via = "told in the next sentence (" + cue + ")"
	d.tracef("S%d %s %q: %q and %q %s", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), one.name, other.name, other.via)
	return partySet{parties: []party{one, other}, contextual: true, borrowed: true}
}

// sideToldNext reads sentence s for the other side of an event of trigger
// tr whose one side is one: its opening subject ("The buyer", "The
// lawsuit", "The agreement"), then the name that subject's cue takes. The
// cue is "the same act" (sameActNext), "role" (a side's role noun),
// "matter" (the event's matter) or "".
func (d *document) sideToldNext(tr trigMatch, s sentence, one party) (party, string) {
	if p := d.sameActNext(tr, s, one); p.name != "" {
		return p, "the same act"
	}
	k := s.t0
	if k >= s.t1 || !d.lx.is(d.toks[k].lower, wcDefinite) {
		return party{}, ""
	}
	// the subject's head: the last of up to three lower-case words after
	// the determiner ("The buyer", "The class action lawsuit")
	h := -1
	for j := k + 1; j < s.t1 && j <= k+4; j++ {
		t := d.toks[j]
		if !t.word || t.cap || t.tag == "IN" || t.tag == "MD" || strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" || d.lx.is(t.lower, wcBe, wcAux) {
			break
		}
		h = j
	}
	if h < 0 || h+1 >= s.t1 {
		return party{}, ""
	}
	head := d.toks[h].lower
	next := d.toks[h+1]
	switch {
	case d.lx.is(head, wcSide):
		// "The buyer, Dutch bottler Orion Beverages, will ..."; "The
		// buyer is Orion Beverages"
		if next.text == "," || d.lx.is(next.lower, wcBe) {
			if p := d.sideNamed(h+2, s, one); p.name != "" {
				return p, "role"
			}
		}
		return party{}, ""
	case d.lx.is(head, wcSideNoun) || tr.typ == Agreement && d.sameTypeNoun(h, tr.typ):
	default:
		return party{}, ""
	}
	// "The offer, from Canadian rival X, values ..."
	from := h + 1
	if next.text == "," {
		from++
	}
	if from < s.t1 && d.toks[from].lower == "from" {
		if p := d.sideNamed(from+1, s, one); p.name != "" {
			return p, "matter"
		}
		return party{}, ""
	}
	// "The lawsuit was filed in 2024 by X", "The agreement was negotiated
	// with X": a passive of a verb that brings a side in, within its clause
	j := h + 1
	for j < s.t1 && j <= h+3 && (d.lx.is(d.toks[j].lower, wcBe, wcAux) || d.toks[j].tag == "RB") {
		j++
	}
	if j == h+1 || j >= s.t1 || !d.lx.is(d.toks[j].lower, wcSideVerb) {
		return party{}, ""
	}
	for k := j + 1; k < s.t1 && k <= j+5; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause) || strings.HasPrefix(t.tag, "VB") {
			break
		}
		if t.lower == "by" || t.lower == "with" {
			if p := d.sideNamed(k+1, s, one); p.name != "" {
				return p, "matter"
			}
			break
		}
	}
	return party{}, ""
}

// sameTypeNoun: token k alone is a noun trigger of a frame of type typ
// ("agreement", "deal", "settlement").
func (d *document) sameTypeNoun(k int, typ string) bool {
	n, v := d.lx.triggers.longest(d.toks, k, k+1)
	if n != 1 {
		return false
	}
	for _, r := range d.lx.formSets[v] {
		if f := d.lx.frames[r.frame]; !f.verb && f.typ == typ {
			return true
		}
	}
	return false
}

// sideNamed: the party named in the noun phrase that starts at token k
// ("Dutch bottler Orion Beverages", "the state's attorney general, Jane
// Roe", "California Attorney General Rosalind Achebe"): its person if it
// names one, else its last organization or country. The phrase ends at a
// preposition, a verb, a clause word, or a comma not followed by a name;
// seven words at most. None when it is one or one's own people.
func (d *document) sideNamed(k int, s sentence, one party) party {
	q := d.quotedSpans(s)
	end := k
	for end < s.t1 && end < k+8 {
		t := d.toks[end]
		if t.text == "," {
			if ms := d.mentionsIn(span{end + 1, end + 2}); len(ms) == 0 {
				break
			}
		} else if t.tag == "IN" || t.tag == "TO" || d.lx.is(t.lower, wcPrep, wcLocative) || t.tag == "MD" || strings.HasPrefix(t.tag, "VB") && !t.cap || d.lx.is(t.lower, wcClause, wcRelative) || t.text == ";" {
			break
		}
		end++
	}
	var best party
	for _, m := range d.mentionsIn(span{k, end}) {
		if m.span.t1 > end || inSpans(q, m.span.t0) {
			continue
		}
		p := d.partyOf(m)
		if p.name == "" || p.name == one.name || d.ownSide(p, one) {
			continue
		}
		if e := d.entityOf(m); e != nil && d.exclude[e.canon] {
			continue
		}
		if best.typ != Person {
			best = p // a person named wins; else the last named
		}
	}
	return best
}

// ownSide: p is one's own people or one's employer (a spokesman of the
// same company, the company of the same chief executive).
func (d *document) ownSide(p, one party) bool {
	pe, oe := d.byCanon[p.name], d.byCanon[one.name]
	if pe == nil || oe == nil {
		return false
	}
	return pe.typ == Person && pe.org != "" && pe.org == oe.canon || oe.typ == Person && oe.org != "" && oe.org == pe.canon
}

// sameActNext: the next sentence tells the same act, by the verb of the
// same lemma, of a subject named there alone, with no object of its own but
// "it" and no with- or between-phrase ("X signed the accord at a ceremony.
// The rebels' negotiator, Y, signed for the movement"; "Y also signed
// it"): that subject is the other side. Not when negated or modal ("Y
// may sign later").
func (d *document) sameActNext(tr trigMatch, s sentence, one party) party {
	if !tr.verb || tr.frame == nil {
		return party{}
	}
	lemma, _, _ := strings.Cut(tr.frame.lemma, " ")
	for _, t := range d.triggersIn(d.lx, s) {
		if !t.verb || t.frame == nil || t.typ != tr.typ {
			continue
		}
		if l, _, _ := strings.Cut(t.frame.lemma, " "); l != lemma {
			continue
		}
		cl := d.readClause(t, s)
		if cl.negated || cl.modal || cl.future || cl.passive || len(cl.subj) != 1 || cl.subj[0].pron != "" ||
			len(cl.pp["with"]) > 0 || len(cl.pp["between"]) > 0 {
			return party{}
		}
		// no object but "it" or the event noun of the trigger's own phrase
		// ("signed the accord"): "signed a book of condolence" is another act
		k := t.t1
		for k < s.t1 && d.toks[k].tag == "RB" {
			k++
		}
		if k < s.t1 {
			if n := d.toks[k]; n.word && n.lower != "it" && n.tag != "IN" && n.tag != "TO" {
				return party{}
			}
		}
		if d.ownTimeOrPlace(tr, t, s) {
			return party{}
		}
		for _, m := range d.mentionsIn(cl.subj[0].span) {
			p := d.partyOf(m)
			if p.name == "" || p.name == one.name || d.ownSide(p, one) || inSpans(d.quotedSpans(s), m.span.t0) {
				return party{}
			}
			return p
		}
		return party{}
	}
	return party{}
}

// ownTimeOrPlace: the clause of trigger t in sentence s names a date or a
// place of its own, other than the one trigger tr's sentence names for its
// event ("Kenya signed the accord in Nairobi on Monday. Uganda signed on
// Friday in Kampala": two signings, not one act of two sides).
func (d *document) ownTimeOrPlace(tr, t trigMatch, s sentence) bool {
	first := d.sent[d.toks[tr.t0].sent]
	fs, ns := span{first.t0, first.t1}, span{s.t0, s.t1}
	if v := d.nearestDate(ns, t); v != "" && v != d.nearestDate(fs, tr) {
		d.tracef("S%d %q: a date of its own (%s), another act", d.toks[t.t0].sent, d.textOf(span{t.t0, t.t1}), v)
		return true
	}
	if p := d.nearPlace(ns, t); p != "" && p != d.nearPlace(fs, tr) {
		d.tracef("S%d %q: a place of its own (%s), another act", d.toks[t.t0].sent, d.textOf(span{t.t0, t.t1}), p)
		return true
	}
	return false
}

// refineCountryRepresentatives is representativesNext as a party
// refinement (events_officials.go), after country-officials.
func (r *eventRun) refineCountryRepresentatives(c *eventDraft) ([]party, bool) {
	ps := r.representativesNext(c, c.parts)
	return ps, ps != nil
}

// representativesNext: an event whose parties are two countries, told
// again in the next sentence by two persons of those countries as its
// subject ("Norway and Iceland agreed to split the quota ... Norwegian
// Fisheries Minister X and her Icelandic counterpart, Y, had opened the
// negotiations"), is those persons' (the guidelines: named persons where
// the article names them). The next sentence must tell a meeting or an
// agreement itself (a trigger, or a frame's noun: "the negotiations",
// "the accord"), and its subject — the words
// before its first verb — must name exactly two persons, one of each
// country (personOfCountry), each holding a government office
// (govOfficeAt). Nil otherwise.
func (r *eventRun) representativesNext(c *eventDraft, ps []string) []party {
	d := r.d
	if c.title || len(ps) != 2 || c.tr.typ == Visit {
		return nil
	}
	for _, p := range ps {
		if e := d.byCanon[p]; e == nil || e.typ != Location || e.kind != "country" {
			return nil
		}
	}
	n := c.si + 1
	if n >= len(d.sent) || d.briefFloor(n) > c.si {
		return nil
	}
	s := d.sent[n]
	told := false
	for k := s.t0; k < s.t1 && !told; k++ {
		told = d.sameTypeNoun(k, Meeting) || d.sameTypeNoun(k, Agreement) // "the negotiations", "the accord"
	}
	for _, t := range d.triggersIn(d.lx, s) {
		told = told || t.typ == Meeting || t.typ == Agreement
	}
	if !told {
		return nil
	}
	verb := s.t1
	for k := s.t0; k < s.t1; k++ {
		if t := d.toks[k]; (strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN" || t.tag == "MD") && !t.cap {
			verb = k
			break
		}
	}
	var persons []*entity
	q := d.quotedSpans(s)
	for _, m := range d.mentionsIn(span{s.t0, verb}) {
		if e := d.entityOf(m); m.typ == Person && e != nil && !inSpans(q, m.span.t0) && !containsEnt(persons, e) {
			if !d.govOfficeAt(s, m) {
				return nil // "Norwegian skier X": no one who speaks for a government
			}
			persons = append(persons, e)
		}
	}
	if len(persons) != 2 {
		return nil
	}
	a, b := persons[0], persons[1]
	switch {
	case d.personOfCountry(a, ps[0]) && d.personOfCountry(b, ps[1]):
	case d.personOfCountry(a, ps[1]) && d.personOfCountry(b, ps[0]):
	default:
		return nil
	}
	via := "representatives told in the next sentence"
	d.tracef("S%d %s %q: %v are %s and %s (%s)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), ps, a.canon, b.canon, via)
	return []party{{name: a.canon, typ: Person, via: via}, {name: b.canon, typ: Person, via: via}}
}
