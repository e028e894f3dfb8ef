package extract

import "fmt"

// aimOfMeeting: an agreement verb of word class aim (settle, agree,
// finalise: word_classes.tsv) in the infinitive that gives a meeting's
// purpose tells what the meeting was for, not that the parties agreed:
// "X met Y at the depot on Monday to settle the last terms", "the two
// sides will meet again in May to agree a timetable", "talks to settle
// the dispute". The meeting's trigger stands before the infinitive's
// "to" in the sentence, and nothing between them opens another
// predicate: no finite verb, no other trigger, no ";" ("X met Y and
// agreed to settle the dispute by arbitration" keeps "agreed"). An
// infinitive of signing is no aim ("met on Monday to sign the accord"
// tells a signing): "sign" is not of the class. The verb may be a noun
// trigger's support verb ("talks to finalise the contract").
func (r *eventRun) aimOfMeeting(c *eventDraft, hi int) (bool, string) {
	d, tr := r.d, c.tr
	v := tr.t0 // the verb: the trigger's own, or its support verb ("to finalise the contract")
	if tr.sup >= 0 && tr.sup < v {
		v = tr.sup
	} else if !tr.verb {
		return false, ""
	}
	if tr.typ != Agreement || v-1 <= c.s.t0 {
		return false, ""
	}
	to := v - 1
	if d.toks[to].lower != "to" || !r.lx.is(d.toks[v].lower, wcAim) {
		return false, ""
	}
	// the nearest trigger before the infinitive's "to"
	m := -1
	for i, o := range c.trigs {
		if i != c.ti && o.t1 <= to && (m < 0 || o.t1 > c.trigs[m].t1) {
			m = i
		}
	}
	if m < 0 || c.trigs[m].typ != Meeting {
		return false, ""
	}
	mt := c.trigs[m]
	for k := mt.t1; k < to; k++ {
		switch t := d.toks[k]; {
		case t.text == ";":
			return false, ""
		case t.tag == "VBD", t.tag == "VBZ", t.tag == "VBP":
			return false, ""
		}
	}
	return true, fmt.Sprintf("%q after %q", d.textOf(span{to, tr.t1}), d.textOf(span{mt.t0, mt.t1}))
}
