package extract

// domainRun reads a title's field that the domain rows of titles.tsv do not
// list: a run of up to six capitalized words (small connectors such as
// "of" and "and" inside it) after a complement word whose last word is of
// class domainend ("Special Envoy for Levant Affairs",
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

// orgOfTitle: a title whose complement is "of the" and a domain run with
// an organization's head before its first connector (org_cues.tsv:
// "Institute", "Council", "Centre") names an organization, not the title's
// field: "Director of the Institute for International Affairs" is the
// title "Director" and the organization "Institute for International
// Affairs". It returns the title without the complement and the
// organization's span; ok false when the title is no such one.
func (d *document) orgOfTitle(lx *lexicon, ts span) (title, org span, ok bool) {
	for k := ts.t0 + 1; k+2 < ts.t1; k++ {
		if !lx.is(d.toks[k].lower, wcComplement) || d.toks[k+1].lower != "the" {
			continue
		}
		if n := d.domainRun(lx, k+2, ts.t1); n == ts.t1-(k+2) && d.orgHeadInRun(lx, k+2, ts.t1) {
			return span{ts.t0, k}, span{k + 2, ts.t1}, true
		}
		return ts, span{}, false
	}
	return ts, span{}, false
}

// orgHeadInRun: a word of [from, to) before its first connector is an
// organization's head (org_cues.tsv).
func (d *document) orgHeadInRun(lx *lexicon, from, to int) bool {
	for k := from; k < to; k++ {
		l := d.toks[k].lower
		if lx.connector[l] {
			return false
		}
		if _, ok := lx.orgEnd[l]; ok {
			return true
		}
		if _, ok := lx.orgStart[l]; ok {
			return true
		}
	}
	return false
}
