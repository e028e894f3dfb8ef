package extract

import "strings"

// Two readings the merge pass makes of a mention's words (merge.go):
//
//   - a bare reference ("the visit", "their talks", "Ito's trip" with no
//     phrase of its own after it) only points back at an event told
//     before: the date and place of its sentence belong to the telling or
//     to another event the sentence names ("Back in Hyderabad, the
//     opposition dismissed the visit"; "The trip follows a meeting on
//     Monday in Rome"), so they give way to those of the event it refers
//     to and it adds neither when it joins one;
//   - a mention that describes the event just told ("This was Lepp's
//     second visit to the capital", "..., their fourth meeting since January") is that
//     event: its ordinal says which of their meetings this one is, not
//     that it is another (describesTold);
//   - two triggers of one phrase ("signed a memorandum of understanding",
//     "a breakfast meeting") are one mention read twice: they are one
//     event whatever parties, date or place each reading found, and its
//     parties are those of the reading the guidelines rank first
//     (persons, else organizations, else countries; both when equal).

// bareReference: the mention is a noun trigger after a definite,
// demonstrative or possessive word (anaphoricTrigger), the object of a
// verb or a preposition, with no argument
// phrase of its own after it: no preposition that opens one (word class
// prep: "the visit to Lima", "the talks with Ito", "the meeting on
// Monday") and no date ("the visit last week"). A headline's trigger is
// never one (a headline tells its story's event).
func (d *document) bareReference(f mentionFacts) bool {
	if !f.set || f.verb || f.title {
		return false
	}
	sp, ok := d.anaphorSpan(f)
	s := d.sent[f.sent]
	if !ok || sp.t0 <= s.t0 {
		return false
	}
	// an object or a preposition's object ("dismissed the visit", "on
	// the talks", "at the end of the trip"), never the subject: a clause
	// about the event tells its own date and place ("The trip began in
	// Tokyo", "Their next meeting is set for May")
	if t := d.toks[sp.t0-1].tag; t != "IN" && t != "TO" && !strings.HasPrefix(t, "VB") {
		return false
	}
	if k := f.t1; k < s.t1 && (d.lx.is(d.toks[k].lower, wcPrep) || d.dateStartsAt(k)) {
		return false
	}
	return true
}

// ownTime says whether a mention's date and place are its own beside an
// earlier mention: a later bare reference's are not when the earlier one
// is no bare reference (anaphora points back: a bare reference before the
// event is told keeps its sentence's date and place).
func (d *document) ownTime(e, earlier *Event) (date, place bool) {
	if earlier != nil && d.laterBare(e, earlier) {
		return false, false
	}
	return e.facts.ownDate, e.facts.ownPlace
}

// laterBare: mention b, told after a, points back (a bare reference, or
// a phrase that describes the event told: its "this year" counts the
// occasions, it does not date this one) and a does not.
func (d *document) laterBare(b, a *Event) bool {
	later := b.facts.sent > a.facts.sent || b.facts.sent == a.facts.sent && b.facts.t0 >= a.facts.t1
	back := func(f mentionFacts) bool { return d.bareReference(f) || d.describesTold(f) }
	return later && back(b.facts) && !back(a.facts)
}

// onePhrase: the two mentions' triggers stand in one phrase of one
// sentence, their triggers apart (one trigger the events pass made
// several events of, a trip's legs, stays several): a noun trigger
// follows the other trigger directly ("a breakfast meeting"); or a noun trigger is the object of a
// verb trigger, at most three modifiers between (a determiner, a
// possessive, adjectives, numbers, nouns: "signed a memorandum", "reached
// a tentative deal"). It returns the phrase, or "".
func (d *document) onePhrase(a, b mentionFacts) string {
	if !a.set || !b.set || a.sent != b.sent {
		return ""
	}
	x, y := a, b
	if b.t0 < a.t0 {
		x, y = b, a
	}
	switch {
	case y.t0 < x.t1 || y.verb:
		// one trigger read as several events (a trip's legs, parties
		// distributed) stays several
		return ""
	case y.t0 == x.t1:
		return d.textOf(span{x.t0, y.t1})
	case !x.verb || y.t0-x.t1 > 3:
		return ""
	}
	for k := x.t1; k < y.t0; k++ {
		switch d.toks[k].tag {
		case "DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "VBN", "POS":
		default:
			return ""
		}
	}
	return d.textOf(span{x.t0, y.t1})
}

// describesTold: the mention is a noun phrase that describes the event
// the clause or story has just told, not a new occasion: the complement
// of "it", "this" or "that" and a form of "be" ("It was their second
// meeting", "This is Ito's third visit"), or a phrase set off by a comma
// that opens with a possessive ("..., their fourth meeting since
// January"). Between the trigger and that start stand only a possessive
// or determiner, ordinals, adjectives, names (the possessor) and "such".
func (d *document) describesTold(f mentionFacts) bool {
	if !f.set || f.verb {
		return false
	}
	s := d.sent[f.sent]
	poss := false
	for k, n := f.n0-1, 0; k >= s.t0 && n < 6; k, n = k-1, n+1 {
		t := d.toks[k]
		switch {
		case t.text == ",":
			return poss
		case d.lx.is(t.lower, wcBe):
			return k > s.t0 && d.lx.is(d.toks[k-1].lower, wcNeuter, wcDefinite)
		case isPossessive(t.lower) || t.tag == "POS" || t.tag == "PRP$":
			poss = true
		case t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.tag == "NNP" || t.tag == "PDT" || t.tag == "RB" || t.hyphen:
			// determiner, ordinal, adjective, possessor's name, "such"
		default:
			return false
		}
	}
	return false
}

// partyRank ranks a reading's parties as the guidelines name them: 0 when
// it names a person, 1 an organization, 2 neither (countries, places).
func partyRank(ps []Participant) int {
	r := 2
	for _, p := range ps {
		switch p.Type {
		case Person:
			return 0
		case Organization:
			r = 1
		}
	}
	return r
}
