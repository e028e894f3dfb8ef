package extract

// The represented-by refinement: sides that "were represented by" named
// persons. News tells who spoke for each side of talks or a deal in one
// sentence, the first clause passive ("Ghana was represented by A") and
// the later ones gapped ("and Togo by B"): when the event's own sentence or
// the next names such a person for every party the event has, the
// persons are its parties (the guidelines: named persons first), one for
// each of the event's sides; a side the sentence adds that the event
// does not have (an observer body) is left out, unless the event's own
// sentence names it with the parties' kind (a third country the parties
// rules missed). The participle (word
// class represent) must be followed by "by" at once: "was represented
// at the ceremony in Accra by X" tells another occasion. The next
// sentence counts only when it names the event back by a noun of its
// type ("the pact") or is only the represented clauses (it opens with the
// first side), and has no event of another type or date of its own:
// a sentence opening "At Friday's summit, Ghana was represented by A"
// tells who went to another occasion.

// representedWindow is how many sentences after the event's own may
// name the sides' persons.
const representedWindow = 1

// representedBy is one side and the person who represented it.
type representedBy struct {
	side, person *entity
}

// refineRepresentedBy: the draft's parties are countries or
// organizations, each of them a side a represented-by sentence of the
// window names a person for.
func (r *eventRun) refineRepresentedBy(c *eventDraft) ([]party, bool) {
	d := r.d
	if c.tr.typ == Visit || len(c.parts) < 2 {
		return nil, false
	}
	for _, p := range c.parts {
		if e := d.byCanon[p]; e == nil || e.typ == Person {
			return nil, false
		}
	}
	for si := c.si; si < len(d.sent) && si <= c.si+representedWindow; si++ {
		if si > c.si && d.briefFloor(si) > c.si {
			break
		}
		if si > c.si && !d.tellsEventAgain(d.sent[si], c.tr.typ) {
			continue
		}
		reps := d.representedSides(d.sent[si])
		if len(reps) < 2 {
			continue
		}
		has := map[string]bool{}
		for _, x := range reps {
			has[x.side.canon] = true
		}
		all := true
		for _, p := range c.parts {
			all = all && has[p]
		}
		if !all {
			continue
		}
		ours := map[string]bool{}
		for _, p := range c.parts {
			ours[p] = true
		}
		// a side of the parties' kind that the event's own sentence names
		// is the event's, one the cascade left out ("advisers from A, B and
		// C agreed"); an observer named only here is not
		kind := d.byCanon[c.parts[0]]
		for _, m := range d.mentionsIn(span{d.sent[c.si].t0, d.sent[c.si].t1}) {
			if e := d.entityOf(m); e != nil && has[e.canon] && e.typ == kind.typ && e.kind == kind.kind {
				ours[e.canon] = true
			}
		}
		var out []party
		for _, x := range reps {
			if ours[x.side.canon] { // an observer the sentence adds is no side
				out = append(out, party{name: x.person.canon, typ: Person, via: "represented " + x.side.canon})
			}
		}
		return out, si > c.si
	}
	return nil, false
}

// tellsEventAgain: sentence s names an event of type typ back by a noun of
// that type ("the pact", "the talks"), tells no event of another type and
// gives no date of its own; else it may tell another occasion.
func (d *document) tellsEventAgain(s sentence, typ string) bool {
	told := d.opensRepresented(s) // "X was represented by A ...": the sentence is only who went
	for k := s.t0; k < s.t1 && !told; k++ {
		told = d.sameTypeNoun(k, typ)
	}
	if !told {
		return false
	}
	for _, t := range d.triggersIn(d.lx, s) {
		if t.typ != typ {
			return false
		}
	}
	for _, m := range d.dates {
		if !m.coarse && m.span.t0 >= s.t0 && m.span.t1 <= s.t1 {
			return false
		}
	}
	return true
}

// opensRepresented: sentence s opens with a side and its "was
// represented by", no phrase of an occasion before them.
func (d *document) opensRepresented(s sentence) bool {
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcRepresent) && d.toks[k+1].lower == "by" {
			j := k
			for j > s.t0 && d.lx.is(d.toks[j-1].lower, wcAux, wcBe) {
				j--
			}
			m, ok := d.mentionEndingAt(j, s)
			return ok && j < k && m.span.t0 == s.t0
		}
	}
	return false
}

// representedSides reads a passive clause ("X was represented by A") and
// the gapped ones after it (", Y by B", "and Z by C") in sentence s: each side (a country or an organization) with the first
// person named within a few words after its "by". Nil when the sentence
// has no such clause, a side has no person, or a person stands for two
// sides.
func (d *document) representedSides(s sentence) []representedBy {
	at := -1
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcRepresent) && d.toks[k+1].lower == "by" {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	j := at
	for j > s.t0 && (d.lx.is(d.toks[j-1].lower, wcAux) || d.lx.is(d.toks[j-1].lower, wcBe)) {
		j--
	}
	if j == at {
		return nil // "the firm, represented by X": no clause of sides
	}
	side := d.sideEndingAt(j, s)
	if side == nil {
		return nil
	}
	var out []representedBy
	seen := map[*entity]bool{}
	by := at + 1
	for {
		p, end := d.personAfterBy(by, s)
		if p == nil || seen[p] || seen[side] {
			return nil
		}
		seen[p], seen[side] = true, true
		out = append(out, representedBy{side: side, person: p})
		// the gapped clauses: ", Y by B", "and Y by B"
		next := -1
		for k := end; k+1 < s.t1; k++ {
			if d.toks[k].lower == "by" {
				next = k
				break
			}
			if d.toks[k].lower == ";" {
				break
			}
		}
		if next < 0 {
			return out
		}
		side = d.sideEndingAt(next, s)
		if side == nil {
			return out
		}
		by = next
	}
}

// sideEndingAt: the country or organization whose mention ends right
// before token end, or nil.
func (d *document) sideEndingAt(end int, s sentence) *entity {
	m, ok := d.mentionEndingAt(end, s)
	if !ok || m.typ != Organization && !(m.typ == Location && m.kind == "country") {
		return nil
	}
	return d.entityOf(m)
}

// personAfterBy: the first person named within seven words after the "by"
// at token by, and the token after its mention; nil when another side or
// a clause word comes first.
func (d *document) personAfterBy(by int, s sentence) (*entity, int) {
	for _, m := range d.mentionsIn(span{by + 1, min(s.t1, by+8)}) {
		if m.typ == Person {
			if e := d.entityOf(m); e != nil {
				return e, m.span.t1
			}
		}
		if m.typ == Organization || m.typ == Location && m.kind == "country" {
			if m.span.t1 < s.t1 && d.toks[m.span.t1].lower == "by" {
				return nil, 0 // the next side before any person
			}
		}
	}
	return nil, 0
}
