package extract

// ruleToldBefore: "the meeting", "the talks", "the deal" with no party of
// its own (no subject, object, with-, between-, of- or possessor phrase) is
// the event of that type the story has already told, with its parties —
// not a new event of whoever its sentence names ("Banda's spokesman, Peter
// Zulu, confirmed the meeting": the spokesman is no party of it). "The
// visit" is the focal person's (focal-visitor), not the last one told.
func (r *eventRun) ruleToldBefore(c *eventDraft) partySet {
	d := r.d
	if c.tr.typ == Visit || c.tr.verb || c.tr.t0 == 0 || d.toks[c.tr.t0-1].lower != "the" || len(c.cl.subj) > 0 || len(c.cl.obj) > 0 {
		return partySet{}
	}
	for _, role := range []string{"with", "between", "of", "poss", "by"} {
		if len(c.cl.pp[role]) > 0 {
			return partySet{}
		}
	}
	if ev := d.lastEventOf(c.tr.typ); ev != nil {
		return partySet{parties: partiesOf(ev, "the "+c.tr.typ+" told before"), contextual: true, borrowed: true}
	}
	// none told yet: the two persons the sentence before tells together
	// ("X and Y were in Arica on Monday. The talks focused on ...":
	// events_discourse.go)
	if ps := d.toldTogether(c.si, c.tr.t0); ps != nil {
		d.tracef("S%d %s %q: the persons told together before: %v", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), ps)
		return partySet{parties: ps, contextual: true, borrowed: true}
	}
	return partySet{}
}

// lastEventOf: the event of type typ the story told last, or nil.
func (d *document) lastEventOf(typ string) *Event {
	for k := len(d.events) - 1; k >= 0; k-- {
		if d.events[k].Type == typ {
			return &d.events[k]
		}
	}
	return nil
}

// partiesOf: the parties of an event told before, for a draft that
// borrows them, each saying how it was found (via).
func partiesOf(ev *Event, via string) []party {
	var ps []party
	for _, p := range ev.Participants {
		ps = append(ps, party{name: p.Name, typ: p.Type, via: via})
	}
	return ps
}
