package extract

// The meeting-counterpart reading: an agreement whose own clause names one
// party only ("At the end of the talks, Mahamat agreed to withdraw his
// fighters", "After the meeting, the minister signed the accord") is the
// outcome of the meeting its own sentence tells (an occasion phrase
// before it, "at the meeting", "after the talks", read as that meeting),
// when that party took part in it: its other side is the meeting's other
// parties. A meeting told only in an earlier sentence is not enough ("X
// met the club's directors on Friday. X signed a contract until 2029":
// the contract is the club's, not its directors'). The reading is structural (a one-sided
// agreement clause next to a meeting of its party), never a phrase: it
// holds for any agreement frame and any meeting trigger.

// meetingCounterpartReach is how many sentences back the meeting may be
// told: its own sentence only.
const meetingCounterpartReach = 0

// ruleMeetingCounterpart: the parties of the meeting told in the
// agreement's sentence, when the agreement's clause
// names exactly one party and that party is one of the meeting's.
func (r *eventRun) ruleMeetingCounterpart(c *eventDraft) partySet {
	if c.tr.typ != Agreement || len(c.clause) != 1 || c.title {
		return partySet{}
	}
	one := c.clause[0].name
	ev := r.d.meetingOfParty(c.si, one, meetingCounterpartReach)
	if ev == nil && r.d.occasionBefore(c) {
		// "During the meeting, he agreed": the noun points back at the
		// meeting told last, which made no mention of its own here
		if last := r.d.lastEventOf(Meeting); last != nil && hasParticipant(last, one) {
			ev = last
		}
	}
	if ev == nil {
		return partySet{}
	}
	return partySet{parties: partiesOf(ev, "the parties of the meeting told with it"), contextual: true, borrowed: true}
}

// meetingOfParty returns the latest meeting event told in sentences
// si-back..si that has party among at least two participants, or nil.
func (d *document) meetingOfParty(si int, party string, back int) *Event {
	lo := max(0, si-back)
	for i := len(d.events) - 1; i >= 0; i-- {
		ev := &d.events[i]
		if ev.Type != Meeting || len(ev.Participants) < 2 || !d.toldIn(ev, lo, si) {
			continue
		}
		if hasParticipant(ev, party) {
			return ev
		}
	}
	return nil
}

// hasParticipant reports whether name is one of ev's participants.
func hasParticipant(ev *Event, name string) bool {
	for _, p := range ev.Participants {
		if p.Name == name {
			return true
		}
	}
	return false
}

// occasionBefore: a meeting noun stands before the draft's trigger in its
// sentence ("At the end of the talks, ...", "During the meeting, ...").
func (d *document) occasionBefore(c *eventDraft) bool {
	for _, tr := range d.triggersIn(d.lx, c.s) {
		if tr.typ == Meeting && !tr.verb && tr.t1 <= c.tr.t0 {
			return true
		}
	}
	return false
}

// toldIn reports whether a mention of ev stands in sentences lo..hi.
func (d *document) toldIn(ev *Event, lo, hi int) bool {
	in := func(sp *Span) bool {
		if sp == nil {
			return false
		}
		for k := lo; k <= hi && k < len(d.sent); k++ {
			if d.sent[k].start == sp[0] {
				return true
			}
		}
		return false
	}
	if in(ev.SentenceSpan) {
		return true
	}
	for _, x := range ev.Evidence {
		if in(x.SentenceSpan) {
			return true
		}
	}
	return false
}

// clauseNamesSides: an agreement whose own clause names both its sides,
// each by name and none a person ("Brenmar Foods and the
// co-operative Tallow Farms set up a joint venture", "X signed a supply deal with Y"), is theirs: the
// salient-person rule, which looks past the clause for a person spoken of
// (a minister the sentence names later, "after meeting the minister, Z"),
// leaves it to the clause rules.
func (r *eventRun) clauseNamesSides(c *eventDraft) bool {
	if c.tr.typ != Agreement || len(c.clause) < 2 || len(c.cl.subj) == 0 {
		return false
	}
	for _, p := range c.clause {
		if p.via != "" || p.typ == Person {
			return false
		}
	}
	return true
}

// neuterSubject: the clause of the draft's trigger (a noun's: the clause
// of the verb that governs it) has "it" for its subject — a company or a
// body acts ("Y is the partner in a memorandum it signed, Corvel said"),
// so no person the story speaks of is its side.
func (d *document) neuterSubject(c *eventDraft) bool {
	subj := c.cl.subj
	if !c.tr.verb {
		if v := d.governingVerb(c.tr.t0, c.s); v >= 0 {
			subj = d.subjectPhrase(d.verbGroupStart(v, c.s), c.s)
		}
	}
	for _, a := range subj {
		if a.pron != "" && d.lx.is(a.pron, wcNeuter) {
			return true
		}
	}
	return false
}

// groupOfNamed: the group noun at k is followed by "of" and a named
// organization ("Farm ministers of the Danube Grain Council"): that
// body's people, no back-reference to the parties of the last event.
// Countries stay ("The foreign ministers of South Korea, China and Japan
// agreed to hold a summit": the summit is the countries' told just
// before, read through the last event).
func (d *document) groupOfNamed(k int) bool {
	s := d.sent[d.toks[k].sent]
	if k+2 >= s.t1 || d.toks[k+1].lower != "of" {
		return false
	}
	j := k + 2
	if d.lx.is(d.toks[j].lower, wcDefinite) {
		j++
	}
	for _, m := range d.mentionsIn(span{j, min(j+1, s.t1)}) {
		if m.span.t0 == j && m.typ == Organization {
			return true
		}
	}
	return false
}
