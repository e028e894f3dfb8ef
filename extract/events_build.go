package extract

// The build pass: a draft that passed every other pass becomes an event —
// its participants typed from their entities, its confidence from the
// weights of its features (confidence.go), its stable id, its explanation
// — or, when an event of the same id was told before, one more mention of
// it (merge.go). A meeting or agreement becomes the last event "they"
// means; a hosted guest's meeting is also the guest's visit.

// build turns the draft into an event or a mention of one.
func (r *eventRun) build(c *eventDraft) {
	d, lx, tr, s := r.d, r.lx, c.tr, c.s
	if c.contextual {
		c.feats = append(c.feats, "contextual")
	}
	if len(c.persons) >= 2 {
		c.feats = append(c.feats, "two_persons")
	}
	if d.reported(lx, s) { // factuality.go
		c.feats = append(c.feats, "reported")
	}
	if d.speaker != nil {
		c.feats = append(c.feats, "quoted")
	}
	ev := Event{Type: tr.typ, Trigger: d.textOf(span{tr.t0, tr.t1}), Sentence: d.sentenceText(c.si),
		SentenceSpan: &Span{s.start, s.end}, TriggerSpan: &Span{d.toks[tr.t0].start, d.toks[tr.t1-1].end}} // bytes until build
	ev.Date, ev.Location = c.date, c.place
	ev.Planned = c.future
	for _, p := range c.parts {
		pa := d.participant(p)
		if c.unknown[p] {
			pa.Type = Organization
		}
		ev.Participants = append(ev.Participants, pa)
	}
	var why string
	ev.Confidence, why = lx.confidence(c.feats)
	ev.ID = eventID(ev)
	ev.facts = c.mergeFacts() // for the merge pass
	if d.explain {
		ev.Explain = d.explainEvent(tr, &c.cl, c.parts, c.ownDate, c.ownPlace, c.date, c.place, c.contextual)
		ev.Explain = append(ev.Explain, "participants by rule "+c.rule)
		ev.Explain = append(ev.Explain, c.vias...)
		if c.title {
			ev.Explain = append(ev.Explain, "a headline or caption line: present tense told as past; undated, dated like the story's main event")
		}
		ev.Explain = append(ev.Explain, why)
	}
	if k, ok := r.seen[ev.ID]; ok {
		d.events[k].mergeMention(ev)
		return
	}
	r.seen[ev.ID] = len(d.events)
	d.events = append(d.events, ev)
	if tr.typ != Visit {
		r.ctx.last = &d.events[len(d.events)-1]
		r.ctx.lastSent = c.si
	}
	// "X hosted Y in Vienna": Y's visit to Vienna too
	if g, ok := d.hostedVisit(tr, &c.cl, ev); ok {
		if _, dup := r.seen[g.ID]; !dup {
			r.seen[g.ID] = len(d.events)
			d.events = append(d.events, g)
		}
	}
}
