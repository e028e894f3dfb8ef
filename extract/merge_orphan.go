package extract

// dropOrphanReferences: a bare reference ("to prepare the trip", "ahead
// of the visit", "people familiar with the talks": merge_refs.go
// bareReference) points back at an event told before. When an event of
// its type was told before it and it joined none (its parties, read from
// its sentence, are not that event's: "X met Y to prepare the trip" names
// the host, not the traveller), it is no event of its own: it is
// dropped, and the trace says which. A bare reference with no event of
// its type before it keeps its reading (it may be the only telling), and
// so does one a later mention joined, and one a possessive opens ("his
// first trip abroad, to Gaborone" names its own traveller: it may be
// another trip).
func (d *document) dropOrphanReferences(alive, grew []bool) {
	told := map[string]bool{}
	for i := range d.events {
		if !alive[i] {
			// a mention folded into an earlier event: that event was told
			told[d.events[i].Type] = true
			continue
		}
		e := &d.events[i]
		if told[e.Type] && !grew[i] && d.bareReference(e.facts) && !d.possessedReference(e.facts) {
			d.tracef("merge %s %q (S%d): a bare reference to an event told before that joins none: dropped", e.Type, e.Trigger, e.facts.sent)
			alive[i] = false
			continue
		}
		told[e.Type] = true
	}
}

// possessedReference: the bare reference opens with a possessive ("his
// trip", "Ito's visit", "Wednesday's talks").
func (d *document) possessedReference(f mentionFacts) bool {
	sp, ok := d.anaphorSpan(f)
	if !ok || sp.t0 >= sp.t1 {
		return false
	}
	t := d.toks[sp.t0]
	if t.tag == "PRP$" || isPossessive(t.lower) {
		return true
	}
	return sp.t0+1 < sp.t1 && d.toks[sp.t0+1].tag == "POS"
}
