package extract

// preverb: token k is an adverb of time (word class preverb: "last",
// "once", "previously") standing between a subject and its verb, which
// the tagger may read as an adjective: "He last visited Riga in May", "The
// two leaders once met in Oslo". After a determiner it modifies a noun
// ("the last visited port", "a once great club") and is no part of a verb
// group.
func (d *document) preverb(k int, s sentence) bool {
	t := d.toks[k]
	if t.cap || !d.lx.is(t.lower, wcPreverb) || k <= s.t0 {
		return false
	}
	prev := d.toks[k-1].lower
	return !d.lx.is(prev, wcDefinite, wcArticle) && prev != "a" && prev != "an"
}
