package extract

import "slices"

// The occasion-sides reading: a passive agreement clause that names no
// party of its own, followed by an occasion phrase (a venue or "held at"
// preposition, an article and a meeting noun) whose "between" phrase
// names two persons, is the outcome of that meeting: its sides are those
// persons. The same holds for a deal noun that heads the sentence with its
// support verb after it in the passive (passiveOccasionSupport). The
// reading is structural — an agreement verb in the passive, with no
// subject, no by-phrase and no parties in its clause, then a preposition
// of occasion (word classes venueprep and heldat) and a meeting noun with
// its determiner — so it holds for any agreement frame and any meeting
// noun. A meeting told in another clause (the deal, a comma and "and",
// then talks between two persons set for later) is not an occasion
// phrase: a comma, a clause word or a finite verb before the noun stops
// the reading.

// occasionSidesReach is how many tokens after the agreement verb the
// occasion phrase may open (a date and a place may stand between the
// verb and the occasion's preposition).
const occasionSidesReach = 10

// ruleOccasionSides: the named persons of the "between" phrase of the
// meeting noun the passive agreement clause was held at.
func (r *eventRun) ruleOccasionSides(c *eventDraft) partySet {
	d := r.d
	passive := c.cl.passive || c.tr.sup > c.tr.t0 // "was signed", "the accord was reached"
	from := max(c.tr.t1, c.tr.sup+1)
	if c.tr.typ != Agreement || !c.tr.verb || !passive || c.title {
		return partySet{}
	}
	if len(c.cl.pp["by"]) > 0 && d.agentByAfter(from, c.s) {
		return partySet{}
	}
	for _, p := range c.clause { // a "by" of a later participle names no signer
		if !slices.ContainsFunc(c.cl.pp["by"], func(a arg) bool { return a.name == p.name }) {
			return partySet{}
		}
	}
	for j := c.ti + 1; j < len(c.trigs); j++ {
		m := c.trigs[j]
		if m.t0 > from+occasionSidesReach {
			return partySet{}
		}
		if m.typ != Meeting || m.verb {
			continue
		}
		if !d.occasionPhraseAt(from, m) {
			return partySet{}
		}
		ps := d.betweenPersons(m, c.s, r.focal)
		if len(ps) < 2 {
			return partySet{}
		}
		return partySet{parties: ps}
	}
	return partySet{}
}

// occasionPhraseAt: meeting noun m opens a phrase of occasion ("at a
// meeting", "during the call", "in a video call") in the clause that
// runs on from token from: no comma, clause word or finite verb between.
func (d *document) occasionPhraseAt(from int, m trigMatch) bool {
	k := d.nounPrep(m.t0, from, 4, wcVenuePrep, wcHeldAt)
	if k < 0 {
		return false
	}
	for h := from; h < k; h++ {
		if t := d.toks[h]; t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause, wcRelative) || d.finiteAt(h) {
			return false
		}
	}
	return true
}

// betweenPersonsReach is how far after the meeting noun its "between"
// may stand (a short venue phrase may come first).
const betweenPersonsReach = 5

// betweenPersons: the named persons of the "between" phrase after meeting
// noun m: the coordination of its two sides, each side with its
// appositions ("chief of" an employer) and the place it spoke from ("in"
// and a capitalised name). The phrase ends at a semicolon, a clause word,
// a finite verb, a wh-pronoun ("whose aide X"), a reporting word
// ("according to"), a participle that opens
// a phrase of its own ("attended by", "led by") or any other preposition
// ("in the presence of", "after"): what follows tells of other people. An
// employer named with a person (its possessive) is no side of its own.
//
// A side may be a personal pronoun standing alone ("between him and X"):
// it is the person antecedent reads for the sentence.
func (d *document) betweenPersons(m trigMatch, s sentence, focal *entity) []party {
	k := m.t1
	for k < s.t1 && k < m.t1+betweenPersonsReach && d.toks[k].lower != "between" {
		if t := d.toks[k]; t.text == "," || t.text == ";" || d.finiteAt(k) {
			return nil
		}
		k++
	}
	if k >= s.t1 || d.toks[k].lower != "between" {
		return nil
	}
	end := k + 1
	for end < s.t1 {
		t := d.toks[end]
		if t.text == ";" || d.lx.is(t.lower, wcClause, wcRelative, wcReport) || t.tag == "WP" || t.tag == "WP$" || d.finiteAt(end) || t.tag == "VBN" || t.tag == "VBG" {
			break
		}
		if d.lx.is(t.lower, wcPrep) && t.lower != "of" && !(d.lx.is(t.lower, wcVenuePrep) && end+1 < s.t1 && d.toks[end+1].cap) {
			break
		}
		end++
	}
	var ps []party
	seen := map[string]bool{}
	for h := k + 1; h < end; h++ {
		t := d.toks[h]
		alone := (h == k+1 || d.lx.is(d.toks[h-1].lower, wcCoordinator)) && (h+1 == end || d.lx.is(d.toks[h+1].lower, wcCoordinator) || d.toks[h+1].text == ",")
		if !alone || t.tag != "PRP" || !d.lx.is(t.lower, wcPersonal) {
			continue
		}
		if e := d.antecedent(t.sent, focal); e != nil && e.typ == Person && !seen[e.canon] {
			seen[e.canon] = true
			ps = append(ps, party{name: e.canon, typ: Person})
		}
	}
	for _, mn := range d.mentionsIn(span{k + 1, end}) {
		e := d.entityOf(mn)
		if e == nil {
			continue
		}
		if e.typ == Person && !seen[e.canon] {
			seen[e.canon] = true
			ps = append(ps, party{name: e.canon, typ: Person})
		}
	}
	return ps
}

// agentByAfter: a "by" after the agreement verb (from on) that names its
// signers ("was signed by X at a meeting ..."), not one that a participle of
// its own takes ("..., attended by X", "a plan drawn up by X").
func (d *document) agentByAfter(from int, s sentence) bool {
	for k := from; k < s.t1; k++ {
		if d.toks[k].lower != "by" {
			continue
		}
		v := k - 1
		if v > from && d.toks[v].tag == "RP" { // "drawn up by"
			v--
		}
		if v < from || d.toks[v].tag != "VBN" && d.toks[v].tag != "VBD" {
			return true
		}
	}
	return false
}

// passiveOccasionSupport returns the support verb that follows the deal
// noun of m in the passive ("the accord was reached", "a deal had been
// struck"), when an occasion phrase with two named persons between
// follows it (a venue preposition, a meeting noun, "between" and two
// names), or -1. Without such
// an occasion a passive support verb tells no new event: a deal noun
// "reached" after days of haggling names back the one told before.
func (d *document) passiveOccasionSupport(lx *lexicon, s sentence, m trigMatch) int {
	if m.typ != Agreement {
		return -1
	}
	for k := s.t0; k < m.t0; k++ { // the noun heads the sentence's subject
		if t := d.toks[k]; t.text == "," || t.text == ";" || d.finiteAt(k) {
			return -1
		}
	}
	j, be := m.t1, false
	for j < s.t1 && j < m.t1+3 && lx.is(d.toks[j].lower, wcBe, wcAux) {
		be = be || lx.is(d.toks[j].lower, wcBe)
		j++
	}
	if !be || j >= s.t1 {
		return -1
	}
	if t := d.toks[j].tag; t == "VBN" || t == "VBD" || t == "JJ" {
		// a participle the tagger may read as a past or an adjective
	} else {
		return -1
	}
	n, _ := lx.support.longest(d.toks, j, s.t1)
	if n == 0 {
		return -1
	}
	for k := j + n; k < s.t1 && k <= j+n+occasionSidesReach; k++ {
		w, v := lx.triggers.longest(d.toks, k, s.t1)
		if w == 0 || d.toks[k].cap {
			continue
		}
		o, ok := d.reading(lx, k, k+w, lx.formSets[v])
		if !ok || o.typ != Meeting || o.verb {
			continue
		}
		if d.occasionPhraseAt(j+n, o) && len(d.betweenPersons(o, s, nil)) >= 2 {
			return j
		}
		return -1
	}
	return -1
}

// ruleOccasionOfDeal: a meeting noun in the occasion phrase of an
// agreement verb (two persons, as subjects or as subject and "with"
// object, sign or settle something, then "in" or "during" a call or
// meeting) was held by the agreement's sides: the named persons of the agreement's own clause, two
// at least. The mirror of ruleOccasionSides.
func (r *eventRun) ruleOccasionOfDeal(c *eventDraft) partySet {
	d := r.d
	if c.tr.typ != Meeting || c.tr.verb || len(c.clause) > 0 || c.title {
		return partySet{}
	}
	for j := c.ti - 1; j >= 0; j-- {
		v := c.trigs[j]
		if v.typ == Meeting {
			return partySet{}
		}
		if v.typ != Agreement || !v.verb {
			continue
		}
		from := max(v.t1, v.sup+1)
		if c.tr.t0 > from+occasionSidesReach || !d.occasionPhraseAt(from, c.tr) {
			return partySet{}
		}
		cl := d.readClause(v, c.s)
		if cl.modal { // a deal not made leaves its call held; one that may come, not
			return partySet{}
		}
		var ps []party
		for _, p := range d.clauseParties(&cl, v, c.si, r.focal, r.ctx.last) {
			if p.typ != Person || p.via != "" {
				return partySet{}
			}
			ps = append(ps, p)
		}
		if len(ps) < 2 {
			return partySet{}
		}
		return partySet{parties: ps}
	}
	return partySet{}
}
