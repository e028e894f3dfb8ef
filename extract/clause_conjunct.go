package extract

// A second predicate: a verb group right after "and" or "but" (", and")
// with no subject of its own shares the subject of the predicate before
// it in its sentence — "Soto met Costa in Lisbon on Monday and flew to
// Brussels on Tuesday", "Soto will fly to Lisbon to meet Costa, and is
// expected in Brussels next week". Without it the nearest name before the
// verb (Costa, the first predicate's object) was taken for its doer.
//
// A subordinate clause between the two is skipped (rule
// subordinate-skipped): in "He visited Tallinn in 1991, weeks after
// Estonia restored its independence, and met X there" the second
// predicate continues "visited", not "restored". Only a clause set off by
// a comma before "and" is skipped: in "X quit when Y went ahead and voted
// against it" the second predicate is inside the when-clause, Y's.

// conjunctWindow: how far back the predicate before may stand.
const conjunctWindow = 30

// conjunctSubject returns the subject of the predicate that a verb group
// starting at g continues, or nil when g does not open a second
// predicate or the first one has no subject the clause reader can read.
func (d *document) conjunctSubject(g int, s sentence) []arg {
	k := g - 1
	if k <= s.t0 || d.toks[k].lower != "and" && d.toks[k].lower != "but" {
		return nil
	}
	k--
	setOff := false // a comma before "and": a subordinate clause before it is set off
	if k > s.t0 && d.toks[k].text == "," {
		setOff = true
		k--
	}
	for j := k; j >= s.t0 && j > k-conjunctWindow; j-- {
		t := d.toks[j]
		if t.cap && j > s.t0 {
			continue // a name's word, whatever its tag
		}
		tag := t.tag
		if (tag == "NN" || tag == "NNS") && d.lx.irregularPast(t.lower, true) {
			tag = "VBD" // "X spoke by phone with Y and ...": a past the tagger read as a noun
		}
		switch tag {
		case "VBD", "VBZ", "VBP", "MD":
			g := d.verbGroupStart(j, s)
			if sub := d.subordinateOpening(g, s); sub >= 0 && setOff {
				j = sub // the subordinate clause's verb: look on before it
				continue
			}
			return d.subjectPhrase(g, s)
		}
		if d.lx.is(t.lower, wcRelative) {
			return nil // "Costa, who met Soto and ...": the relative's own clause
		}
	}
	return nil
}

// subordinateOpening: the finite verb group starting at g stands in a
// subordinate clause ("after Estonia restored", "when the talks ended",
// "because it had"): the subordinator's token, found between g and the
// comma or sentence start before it with at most a short subject between;
// else -1.
func (d *document) subordinateOpening(g int, s sentence) int {
	for k := g - 1; k >= s.t0 && k >= g-8; k-- {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcRelative) {
			return -1
		}
		if d.lx.is(t.lower, wcSubordinate) {
			return k
		}
	}
	return -1
}
