package extract

// The parties pass: who took part in a draft's event. It reads the
// persons, organizations and countries of the trigger's reach, borrows
// from context (the sentence's first event, the last event for "they",
// the person spoken of for "he", the focal person for "the visit"), and
// takes the clause's own reading (roles.go, participants.go) when those
// find too few.

// participants fills in the draft's parties.
func (r *eventRun) participants(c *eventDraft) {
	d, lx, tr, s, si := r.d, r.lx, c.tr, c.s, c.si
	ctx := &r.ctx
	region := c.region
	persons := d.personNames(region)
	if tr.typ != Visit {
		persons = d.sameTypeParts(c.trigs, c.ti, region)
	} else if c.cl.gerund && tr.t0 > s.t0 && lx.is(d.toks[tr.t0-1].lower, wcPrep) && len(r.sentParts) > 0 {
		// "X will meet Y before travelling to Rota": the traveller is
		// the sentence's subject
		persons = r.sentParts[:1]
	}
	others := d.partyNames(span{max(region.t0, tr.t0-20), min(region.t1, tr.t1+12)})
	// "Soto met X yesterday, where the two signed...", "Soto will
	// fly to Lisbon and is expected in Brussels for talks": a later
	// trigger with no one of its own shares the earlier one's subject
	if len(r.sentParts) > 0 && (tr.verb || d.holdBefore(tr)) {
		switch {
		case tr.typ == Visit && len(persons) == 0:
			persons = append(persons, r.sentParts[0])
		case tr.typ != Visit && len(persons) < 2:
			// "Soto will fly to Lisbon to meet X": the subject too;
			// "X will hold talks with Y and sign a memorandum": both
			persons = uniq(append(append([]string(nil), r.sentParts...), persons...))
		}
	}
	contextual := false
	borrowed := false // parties from context, not named in the clause
	anaphor := d.anaphoricSubject(s, tr)
	// "They agreed", "The two ministers will meet again": the
	// parties of the last meeting or agreement
	if len(persons) < 2 && anaphor && ctx.last != nil && si-ctx.lastSent <= 10 && len(others) < 2 {
		for _, p := range ctx.last.Participants {
			if p.Type == Person {
				persons = appendUniq(persons, p.Name)
			} else {
				others = appendUniq(others, p.Name)
			}
		}
		contextual = true
		borrowed = true
	}
	// "talks with X" with no one before "with", "He met X", "The
	// Brazilian minister also met X": the person spoken of
	if tr.typ != Visit && !contextual && len(others) < 2 && d.implicitSubject(lx, region, tr) {
		who := d.antecedent(si, r.focal)
		if g := d.gerundSubject(&c.cl, tr, s, si); g != nil {
			who = g // "he changed his mind after meeting X": he
		}
		if who != nil {
			persons = appendUniq(persons, who.canon)
			if d.delegation(s) {
				for _, x := range r.companions {
					persons = appendUniq(persons, x.canon)
				}
			}
			contextual = true
			borrowed = true
		}
	}
	if tr.typ == Visit && len(persons) == 0 && r.focal != nil && d.definiteTrigger(tr) {
		persons = append(persons, r.focal.canon)
		for _, x := range r.companions {
			persons = appendUniq(persons, x.canon)
		}
		contextual = true
		borrowed = true
	}
	var parts []string
	switch {
	case tr.needs == "body":
		// "The Piedra Falls City Council voted 5-2 on Tuesday"
		if b := d.bodyIn(lx, span{max(region.t0, tr.t0-20), tr.t0}); b != "" {
			parts = []string{b}
		}
	case len(persons) >= 2 || (tr.typ == Visit && len(persons) >= 1):
		parts = persons
	case len(others) >= 2:
		parts = others
	case len(persons) == 1 && len(others) >= 1 && d.partyFor(persons[0], others) != "":
		// a person and an organization ("Soto ... talks at the
		// European Commission"); never a person and their own country
		parts = append(persons, d.partyFor(persons[0], others))
	case tr.typ == Agreement && len(persons) == 0 && len(others) == 1 && d.isBloc(others[0]) && d.subjectBefore(others[0], tr):
		// "ECOWAS leaders agreed to set up a standby force"
		parts = others
	case tr.typ == Meeting:
		// "The Monetary Policy Council met": a body meeting alone
		if b := d.bodyIn(lx, span{max(region.t0, tr.t0-20), tr.t1 + 6}); b != "" {
			parts = []string{b}
		}
	}
	// the clause's own reading when the sentence-wide one found too
	// few parties: its subject, object and phrases by the frame's
	// roles, pronouns resolved, names no entity rule knew
	unknown := map[string]bool{}
	var vias []string
	if (tr.typ != Visit && len(parts) < 2 && !(len(parts) == 1 && (d.isBody(lx, parts[0]) || d.isBloc(parts[0])))) || len(parts) == 0 || d.clauseFirst(c, persons) {
		cps := d.clauseParties(&c.cl, tr, si, r.focal, ctx.last)
		own := len(cps) == 1 && len(parts) >= 2 && cps[0].name == d.ownBody(c)
		if own {
			// "tabled by France and Germany after the G7 meeting": the
			// body's own meeting, not one of every name in the sentence
			parts = parts[:0]
		}
		if len(cps) >= 2 || tr.typ == Visit && len(cps) == 1 && cps[0].typ == Person || own {
			parts = parts[:0]
			vias = vias[:0]
			for _, p := range cps {
				if p.via != "" {
					vias = append(vias, "resolved "+p.via)
				}
				parts = append(parts, p.name)
				if p.typ == "" {
					unknown[p.name] = true
				}
				if p.via != "" {
					contextual = true
					borrowed = borrowed || p.via != "country"
				}
			}
			d.tracef("S%d %s %q: clause parties %v", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), cps)
		}
	}
	c.persons, c.others, c.parts = persons, others, parts
	c.contextual, c.borrowed = contextual, borrowed
	c.unknown, c.vias = unknown, vias
}

// remember updates the story's context with what the draft's own sentence
// gave it — its date and place when it involves the focal person, its
// persons as the sentence's subject — whether or not it becomes an event.
func (r *eventRun) remember(c *eventDraft) {
	d, tr, ctx := r.d, c.tr, &r.ctx
	c.involvesFocal = r.focal != nil && (contains(c.persons, r.focal.canon) || c.contextual)
	r.noteScene(c)
	if len(r.sentParts) == 0 && len(c.persons) > 0 && !c.contextual {
		r.sentParts = c.persons
	}
	d.tracef("S%d %s %q: persons %v others %v parts %v date %q place %q ctx %q/%q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.persons, c.others, c.parts, c.ownDate, c.ownPlace, ctx.scene.date, ctx.scene.place)
}

// enoughParties: a meeting or agreement needs two parties (or a body or a
// bloc alone, or one named person with an unnamed group), a visit one; a
// title line names its own.
func (r *eventRun) enoughParties(c *eventDraft) bool {
	d, lx, tr := r.d, r.lx, c.tr
	if tr.typ == Meeting && len(c.parts) < 2 {
		// "Obama met with leaders of the region": one named person
		// and an unnamed group is a meeting of that person
		if p := d.meetsUnnamed(&c.cl, tr, c.si, r.focal, r.ctx.last); p != "" {
			c.parts = []string{p}
			c.unnamed = true
		}
	}
	parts := c.parts
	if (tr.typ != Visit && len(parts) < 2 && !c.unnamed && !(len(parts) == 1 && (d.isBody(lx, parts[0]) || d.isBloc(parts[0])))) || len(parts) == 0 {
		return false
	}
	if c.title && (c.borrowed || len(c.unknown) > 0 || tr.typ != Visit && len(parts) < 2) {
		// a headline comes before any context: it names its own
		// parties, two of them unless a visit, or tells no event
		d.tracef("S%d %s %q: a title line's parties are not its own (%v)", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.vias)
		return false
	}
	return true
}
