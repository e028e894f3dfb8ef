package extract

// A host is a party of the talks it hosts (rule hosted-talks): "Four
// rounds of talks hosted by Prime Minister X had produced it" names the
// talks' host, while the sides are those of the agreement told just
// before (the signers): the meeting's parties are the signers and the
// host. A meeting told before is no such side: "She meets X on Monday and
// will attend a lunch hosted by Y" is another meeting, hers with Y. Only "hosted by" right after a meeting noun is read so: a chair or
// a mediator ("talks chaired by the conciliation service") is no party by
// this rule, and "X hosted talks between A and B" is read by the clause.

// ruleHostedTalks: the trigger is a verb whose frame has the role host:by
// (frames.tsv: "host") as a passive participle
// after a meeting noun ("talks hosted by X"), its clause names the one
// host, and the last event, an agreement of this sentence or the one
// before, has two parties or more, the host not among them.
func (r *eventRun) ruleHostedTalks(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Meeting || !tr.verb || tr.frame == nil || !tr.frame.hasRole("host:by") {
		return partySet{}
	}
	if tr.t1 >= c.s.t1 || d.toks[tr.t1].lower != "by" || d.toks[tr.t0].tag != "VBN" && d.toks[tr.t0].tag != "VBD" {
		return partySet{}
	}
	if tr.t0 == c.s.t0 || !d.eventNoun(tr.t0-1, c.s) {
		return partySet{} // "talks hosted by X": the noun right before the participle
	}
	if len(c.clause) != 1 {
		return partySet{}
	}
	host := c.clause[0]
	last := r.ctx.last
	if last == nil || last.Type != Agreement || c.si-r.ctx.lastSent > 1 || len(last.Participants) < 2 || eventHas(last, host.name) {
		return partySet{}
	}
	ps := partiesOf(last, "the sides of the event told before, with the host")
	host.via = "the host"
	return partySet{parties: append(ps, host), contextual: true}
}
