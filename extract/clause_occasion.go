package extract

// A meeting noun in the place phrase of a meeting verb is that meeting's
// occasion, not a second meeting (rule occasion-of-verb): "X will meet Y
// in Vienna on Friday at a session of the Danube Commission",
// "met her counterpart in a meeting at the ministry". The verb's event has
// the parties; the noun, read alone, would make a second event of the
// body or of whoever else the sentence names. A summit whose sidelines a
// meeting was held on ("on the sidelines of the summit") is another,
// larger occasion and stays an event.

// occasionOfVerb: noun trigger ti stands in an "at"/"in" phrase (venue
// prepositions) after a meeting verb trigger of its own clause.
func (d *document) occasionOfVerb(trigs []trigMatch, ti int, s sentence) bool {
	tr := trigs[ti]
	if tr.verb || tr.typ != Meeting {
		return false
	}
	// back over the noun's modifiers and determiner to its preposition
	k := tr.t0 - 1
	for k > s.t0 && k > tr.t0-5 {
		t := d.toks[k]
		if t.cap || !t.word || d.lx.is(t.lower, wcPrep) {
			break
		}
		k--
	}
	if k <= s.t0 || k == tr.t0-1 || !d.lx.is(d.toks[k].lower, wcVenuePrep) || !d.lx.is(d.toks[k+1].lower, wcArticle) {
		return false
	}
	for j := ti - 1; j >= 0; j-- {
		v := trigs[j]
		if !v.verb || v.typ != Meeting || v.t1 > k {
			continue
		}
		for h := v.t1; h < k; h++ {
			if t := d.toks[h]; t.text == ";" || d.lx.is(t.lower, wcClause, wcRelative) || d.finiteAt(h) {
				return false
			}
		}
		return true
	}
	return false
}
