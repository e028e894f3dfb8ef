package extract

import "strings"

// The subject of a relative clause is its antecedent (rule
// described-antecedent). When the antecedent is people described by a
// plural common noun ("Greeting the bankers, who had flown in overnight,
// the mayor said"), the relative's subject is that description, not a name
// read from elsewhere in the sentence: the bankers travelled, not the
// mayor.

// describedAntecedent returns the description ending at token k (a plural
// common noun with its determiners and modifiers) when no entity or
// phrase reading takes it, and whether there is one.
func (d *document) describedAntecedent(k int, s sentence) (arg, bool) {
	if k <= s.t0 || k >= s.t1 {
		return arg{}, false
	}
	t := d.toks[k]
	if t.cap || t.tag != "NNS" || !t.word {
		return arg{}, false
	}
	if _, ok := d.phraseEndingAt(k+1, s); ok {
		return arg{}, false // a phrase the clause reader knows ("the two sides", "his counterparts")
	}
	j := k
	for j > s.t0 && j > k-4 && d.toks[j-1].word && !d.toks[j-1].cap && !d.lx.is(d.toks[j-1].lower, wcPrep, wcClause, wcRelative) && !strings.HasPrefix(d.toks[j-1].tag, "VB") {
		j--
	}
	return arg{span: span{j, k + 1}, pron: d.textOf(span{j, k + 1})}, true
}

// pluralDescribedSubject: the clause's subject is people described by a
// plural common noun and nothing else ("the bankers, who had flown in"): a
// visit told of them is theirs, not the sentence's named subject's.
func (d *document) pluralDescribedSubject(cl *clause) bool {
	if len(cl.subj) != 1 || cl.subj[0].pron == "" || d.lx.is(cl.subj[0].pron, wcPronoun) {
		return false
	}
	sp := cl.subj[0].span
	return sp.t1 > sp.t0 && d.toks[sp.t1-1].tag == "NNS" && !d.toks[sp.t1-1].cap
}

// relativeRestatement (rule described-restates): the draft's subject is
// people described by a plural common noun and the antecedent of a
// relative clause ("The three unions which met Ms Soto want ..."), and an
// event of its type told before already holds every party the draft
// names: the relative clause restates that event to say more of its
// parties, and tells no new one. It returns that event's trigger.
func (r *eventRun) relativeRestatement(c *eventDraft) (string, bool) {
	d := r.d
	if len(c.parts) == 0 || len(c.cl.subj) != 1 || !r.d.pluralDescribedSubject(&c.cl) {
		return "", false
	}
	k := c.cl.subj[0].span.t1
	if k < c.s.t1 && d.toks[k].text == "," {
		k++
	}
	if k >= c.s.t1 || k >= c.tr.t0 || !d.lx.is(d.toks[k].lower, wcRelative) {
		return "", false
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := &d.events[i]
		if e.Type != c.tr.typ {
			continue
		}
		all := true
		for _, p := range c.parts {
			held := false
			for _, q := range e.Participants {
				if q.Name == p {
					held = true
					break
				}
			}
			if !held {
				all = false
				break
			}
		}
		if all {
			return e.Trigger, true
		}
	}
	return "", false
}
