package extract

// Anchored days ("the next day", "the previous day", "two days later")
// resolve against the date named last (resolveDates, anchoredValue). A
// date inside a relative clause on an object after the main verb is said
// in passing of that object ("held talks with X, whose party quit the
// government on September 30, and the next day she met Y"): it is no
// anchor for what follows when the sentence or the one before named a
// date of its own (reading relative-not-anchor). A relative clause on the
// subject ("X, who arrived on Monday, met Y the next day") still anchors:
// it tells the subject's own story.

// objectRelative: the date at token i stands in a relative clause set off
// by a comma after a verb of its sentence: the comma before it opens with
// a relative pronoun (class relative, or "whose" by its tag WP$), no comma
// between.
func (d *document) objectRelative(i int) bool {
	s := d.sent[d.toks[i].sent]
	for k := i - 1; k > s.t0; k-- {
		if d.toks[k].text != "," {
			continue
		}
		if k+1 >= i || !(d.lx.is(d.toks[k+1].lower, wcRelative) || d.toks[k+1].tag == "WP$") || d.toks[k+1].lower == "that" {
			return false
		}
		return d.verbBetween(s.t0, k) || d.participleBetween(s.t0, k)
	}
	return false
}

// participleBetween: a past participle of a verb of its own stands in
// [from, to) (the tagger reads "She met X" as VBN as often as VBD).
func (d *document) participleBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.toks[k]; t.tag == "VBN" && !d.lx.is(t.lower, wcAux, wcBe, wcReport) {
			return true
		}
	}
	return false
}
