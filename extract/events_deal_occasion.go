package extract

// The signing-occasion reading: a deal told in the passive with no agent,
// and after it in its own clause an occasion ("at"/"during" and a meeting
// noun) with "between" and two or more named persons, was signed by those
// persons. News names who signed by the meeting they signed at when it
// gives no "by" phrase; the clause alone names nobody. An occasion that
// names fewer than two persons (a ceremony and a place, talks between two
// firms) says nothing of who signed, nor does one "with" persons: they may
// all be of one side, the other side unnamed.

// ruleSigningOccasion: an agreement verb, passive, with no by-agent and
// no party of its own clause, followed in its clause by "at" or "during"
// (word class heldat) and a meeting noun with "between" right after it:
// the persons named from there to the clause's end, two or more.
func (r *eventRun) ruleSigningOccasion(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Agreement || !tr.verb || !c.cl.passive || len(c.cl.pp["by"]) > 0 || len(c.clause) > 0 {
		return partySet{}
	}
	for j := c.ti + 1; j < len(c.trigs); j++ {
		m := c.trigs[j]
		if m.verb || m.typ != Meeting {
			continue
		}
		if !d.occasionPhrase(tr.t1, m.t0) || m.t1 >= c.s.t1 {
			return partySet{}
		}
		if d.toks[m.t1].lower != "between" {
			return partySet{}
		}
		persons := d.personsNamedIn(span{m.t1, d.clauseEnd(m.t1, c.s.t1)})
		if len(persons) < 2 {
			return partySet{}
		}
		return partySet{parties: personParties(persons), contextual: true}
	}
	return partySet{}
}

// occasionPhrase: the words from `from` to the meeting noun at `to` hold an
// "at"/"during" (class heldat) whose phrase runs into the noun — only
// lower-case modifiers and a determiner between — and no clause boundary.
func (d *document) occasionPhrase(from, to int) bool {
	prep := -1
	for k := from; k < to; k++ {
		t := d.toks[k]
		if t.text == ";" || t.text == "," || d.lx.is(t.lower, wcClause, wcRelative) || d.finiteAt(k) {
			return false
		}
		if d.lx.is(t.lower, wcHeldAt) {
			prep = k
		}
	}
	if prep < 0 || to-prep > 4 {
		return false
	}
	for k := prep + 1; k < to; k++ {
		if t := d.toks[k]; t.cap || !t.word || d.lx.is(t.lower, wcPrep) {
			return false
		}
	}
	return true
}

// personsNamedIn lists the persons with a mention in sp, in order, once
// each.
func (d *document) personsNamedIn(sp span) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range d.mentionsIn(sp) {
		if e := d.entityOf(m); e != nil && e.typ == Person && !seen[e.canon] {
			seen[e.canon] = true
			out = append(out, e.canon)
		}
	}
	return out
}
