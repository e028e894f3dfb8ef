package extract

// A second predicate: a verb group right after "and" or "but" (", and")
// with no subject of its own shares the subject of the predicate before
// it in its sentence — "Soto met Costa in Lisbon on Monday and flew to
// Brussels on Tuesday", "Soto will fly to Lisbon to meet Costa, and is
// expected in Brussels next week". Without it the nearest name before the
// verb (Costa, the first predicate's object) was taken for its doer.

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
	if k > s.t0 && d.toks[k].text == "," {
		k--
	}
	for j := k; j >= s.t0 && j > k-conjunctWindow; j-- {
		t := d.toks[j]
		if t.cap && j > s.t0 {
			continue // a name's word, whatever its tag
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return d.subjectPhrase(d.verbGroupStart(j, s), s)
		}
		if d.lx.is(t.lower, wcRelative) {
			return nil // "Costa, who met Soto and ...": the relative's own clause
		}
	}
	return nil
}
