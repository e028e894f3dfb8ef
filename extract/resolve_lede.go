package extract

// The lede-party reading: news states an event's second side once, in the
// lede, and then tells the talks with only the partner ("Chile has
// offered to send engineers ... Talks have started with Malaysia on the
// timing"). A meeting or agreement whose clause names one partner in its
// with-phrase and no subject of its own has the lede's subject for its
// other side.

// ruleLedeParty: the lede's subject and the trigger's one with-partner.
func (r *eventRun) ruleLedeParty(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Meeting && tr.typ != Agreement || len(c.cl.subj) > 0 || len(c.cl.pp["with"]) > 1 || len(c.cl.pp["between"]) > 0 {
		return partySet{}
	}
	var partner party
	if ws := c.cl.pp["with"]; len(ws) == 1 {
		w := ws[0]
		if w.pron != "" || w.span.t0 < tr.t1 {
			return partySet{}
		}
		if ms := d.mentionsIn(w.span); len(ms) > 0 {
			partner = d.partyOf(ms[0])
		}
	} else if !tr.verb {
		partner = d.withAfterVerb(tr, c.s)
	}
	if partner.name == "" || d.bodyTok >= len(d.toks) {
		return partySet{}
	}
	// the trigger opens its sentence ("Discussions have begun", "Further
	// talks were held"): the subject is left out, not told by a noun of
	// its own ("The board also approved a deal with X" is the board's)
	for k := c.s.t0; k < tr.t0; k++ {
		switch d.toks[k].tag {
		case "DT", "JJ", "RB", "CD":
		default:
			return partySet{}
		}
	}
	lede := d.sent[d.toks[d.bodyTok].sent]
	if lede.t0 == c.s.t0 {
		return partySet{}
	}
	subj := d.subjectNamed(lede, lede.t1)
	if subj.name == "" || subj.name == partner.name {
		return partySet{}
	}
	subj.via = "the lede's subject"
	d.tracef("S%d %s %q: the lede's subject %q and %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), subj.name, partner.name)
	return partySet{parties: []party{subj, partner}, contextual: true, borrowed: true}
}

// withAfterVerb: the partner of a noun trigger that opens its clause and
// whose verb has no object ("Discussions have begun with X", "Talks will
// resume with X"): the named party after "with", only auxiliaries,
// participles, adverbs and a past verb between.
func (d *document) withAfterVerb(tr trigMatch, s sentence) party {
	for k := tr.t1; k+1 < s.t1 && k < tr.t1+6; k++ {
		t := d.toks[k]
		switch {
		case t.lower == "with":
			if ms := d.mentionsIn(span{k + 1, k + 2}); len(ms) > 0 {
				return d.partyOf(ms[0])
			}
			return party{}
		case t.tag == "MD" || t.tag == "RB" || t.tag == "VBN" || t.tag == "VBD" || t.tag == "VB" || d.lx.is(t.lower, wcAux, wcBe):
		default:
			return party{}
		}
	}
	return party{}
}
