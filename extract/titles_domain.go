package extract

// domainRun reads a title's field that the domain rows of titles.tsv do not
// list: a run of up to six capitalized words (small connectors such as
// "of" and "and" inside it) after a complement word whose last word is of
// class domainend ("Special Envoy for Middle East Affairs",
// "Deputy Minister for Consular Affairs", "Under-Secretary for Pacific
// Islands Affairs"). Any region or adjective may stand before "Affairs", so
// the run is read by its last word, not listed. It returns the run's length
// from c, or 0.
func (d *document) domainRun(lx *lexicon, c, limit int) int {
	toks := d.toks
	for k := c; k < limit && k < c+6; k++ {
		t := toks[k]
		if k > c && lx.connector[t.lower] && k+1 < limit && toks[k+1].cap {
			continue // "Horn of Africa Affairs", "Transport and Logistics Affairs"
		}
		if !t.word || !t.cap || t.sent != toks[c].sent {
			return 0
		}
		if lx.is(t.lower, wcDomainEnd) {
			return k + 1 - c
		}
	}
	return 0
}
