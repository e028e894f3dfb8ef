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
//   - two triggers of one phrase ("signed a memorandum of understanding",
//     "a breakfast meeting") are one mention read twice: they are one
//     event whatever parties, date or place each reading found.

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

// laterBare: mention b, told after a, is a bare reference and a is not.
func (d *document) laterBare(b, a *Event) bool {
	return b.facts.sent > a.facts.sent && d.bareReference(b.facts) && !d.bareReference(a.facts)
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
