package extract

// A participle clause set off after a comma tells a second action of the
// clause it follows, and a date it names is that action's own ("toured the
// plant in May, signing the lease on May 20": the signing is May 20). A
// date of the main clause, before the comma, is the participle's only as a
// previous conjunct's is (nearestDate tier 1): its own date, when it has
// one, wins; else it shares the main clause's ("toured the plant in May,
// signing the lease": May). The main clause's own date after the
// participle is refused already (otherClauseBetween, "another clause's").

// trailingParticiple: the trigger tr is the "-ing" verb of a participle
// clause that follows a finite clause after a comma, and the date ending
// at token end stands before that comma.
func (d *document) trailingParticiple(tr trigMatch, end int) bool {
	g := tr.t0
	if tr.sup >= 0 && tr.sup < g {
		g = tr.sup // "holding talks": the support verb opens the clause
	}
	comma := g - 1
	s := d.sent[d.toks[g].sent]
	if comma <= s.t0 || d.toks[comma].text != "," || end > comma || d.toks[g].tag != "VBG" || d.lx.is(d.toks[g].lower, wcReport) {
		return false
	}
	for k := s.t0; k < comma; k++ {
		if d.finiteAt(k) {
			return true
		}
	}
	return false
}
