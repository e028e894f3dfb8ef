package extract

// ruleNextRound: "the next round of talks", "a second round of talks"
// with no party of its own is a later meeting of the parties of the talks
// the story told before — a meeting of its own, with its own date and
// place ("The next round of talks will be held in Santiago in May"), not a
// mention of the first one. The round and sequel words are word classes
// (word_classes.tsv: round, sequel). With no meeting told before it finds
// nothing: the last event of another type lends no parties.
func (r *eventRun) ruleNextRound(c *eventDraft) partySet {
	d := r.d
	t0 := c.tr.t0
	if c.tr.typ != Meeting || c.tr.verb || t0 < 3 || len(c.cl.subj) > 0 || len(c.cl.obj) > 0 {
		return partySet{}
	}
	if d.toks[t0-1].lower != "of" || !d.lx.is(d.toks[t0-2].lower, wcRound) || !d.lx.is(d.toks[t0-3].lower, wcSequel) {
		return partySet{}
	}
	for _, role := range []string{"with", "between", "poss", "by"} {
		if len(c.cl.pp[role]) > 0 {
			return partySet{}
		}
	}
	for k := len(d.events) - 1; k >= 0; k-- {
		ev := &d.events[k]
		if ev.Type != Meeting {
			continue
		}
		var ps []party
		for _, p := range ev.Participants {
			ps = append(ps, party{name: p.Name, typ: p.Type, via: "the talks told before, a later round"})
		}
		return partySet{parties: ps, contextual: true, borrowed: true}
	}
	return partySet{}
}
