package extract

// The deal-object reading: an agreement noun completed by an infinitive of
// acquiring ("signed a definitive agreement to acquire Calloway
// Analytics", "struck a deal to take over X", "reached an agreement to
// merge with X") names the company acquired as the agreement's other
// side, as a with-phrase would. The verb is an agreement frame of
// frames.tsv whose roles take an object (acquire, buy, take over, merge
// with); its object is the organization right after it.

// dealObject adds to the clause of the agreement noun trigger of c the
// organization the acquisition infinitive at token v names as its object.
func (d *document) dealObject(c *eventDraft, v int) {
	s := c.s
	n, ref := d.lx.triggers.longest(d.toks, v, s.t1)
	if n == 0 {
		return
	}
	takes := false
	for _, r := range d.lx.formSets[ref] {
		if f := d.lx.frames[r.frame]; f.verb && f.typ == Agreement && contains(f.roles, "obj") {
			takes = true
		}
	}
	if !takes {
		return
	}
	k := v + n
	if k < s.t1 && d.lx.is(d.toks[k].lower, wcDefinite) {
		k++
	}
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if m.typ == Organization && m.span.t0 == k {
			a := d.mentionArg(m)
			d.tracef("S%d %s %q: the company its infinitive %q acquires, %q", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), d.textOf(span{v, v + n}), a.name)
			c.cl.pp["with"] = append(c.cl.pp["with"], a)
			return
		}
	}
}
