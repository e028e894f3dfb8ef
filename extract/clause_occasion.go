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
	k := d.nounPrep(tr.t0, s.t0+1, 5, wcVenuePrep)
	if k < 0 {
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

// nounPrep: the preposition of one of classes that opens the phrase of
// the noun at t0 ("at a meeting", "in the video call"): back over fewer
// than reach lower-case words, none a preposition, to it, an article
// right after it; -1 if there is none at floor or after.
func (d *document) nounPrep(t0, floor, reach int, classes ...wordClass) int {
	k := t0 - 1
	for k > floor && k > t0-reach {
		t := d.toks[k]
		if t.cap || !t.word || d.lx.is(t.lower, wcPrep) {
			break
		}
		k--
	}
	if k < floor || k == t0-1 || !d.lx.is(d.toks[k].lower, classes...) || !d.lx.is(d.toks[k+1].lower, wcArticle) {
		return -1
	}
	return k
}
