package extract

// unnamedBodySubject: the clause before the trigger opens with a definite
// body noun and no name ("The board also approved a deal with X", "the
// council, which met on Tuesday"): its subject is a body the sentence does
// not name, so no person spoken of before stands in for it.
func (d *document) unnamedBodySubject(region span, tr trigMatch) bool {
	for k := region.t0; k+1 < tr.t0 && k < region.t0+3; k++ {
		t := d.toks[k]
		if t.tag != "DT" && t.tag != "PRP$" {
			continue
		}
		n := d.toks[k+1]
		return !n.cap && d.lx.is(n.lower, wcBody)
	}
	return false
}
