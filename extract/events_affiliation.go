package extract

import "strings"

// The affiliation refinement: a body or country that the sentence names
// only inside the description of a person set beside it by commas is
// where that person works, not a party of its own.
//
// A general reading of news English: "She called on the director of the
// Farmers' Federation, B" and "A, the head of the Farmers' Federation,
// signed" tell what B and A did; the federation is who they are. When the
// party cascade read the body (or the country) from the description, the
// person it describes takes its place; when the person is a party
// already, the body drops out. Guards: every mention of the body in the
// sentence lies inside such a description, the person is a known PERSON
// entity, and no body left beside the persons employs a person of the
// sentence.

// personDescriptions lists, for each person of the sentence, the spans
// of the descriptions set beside the name by commas.
func (d *document) personDescriptions(lx *lexicon, s sentence) map[*entity][]span {
	out := map[*entity][]span{}
	for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
		if m.typ != Person {
			continue
		}
		e := d.entityOf(m)
		if e == nil {
			continue
		}
		// "the chair of the Farmers' Federation, B"
		if desc, _, _, ok := d.affiliatedTitleBefore(lx, m.span.t0); ok {
			out[e] = append(out[e], desc)
		}
		// "Chile's trade minister, B"
		if desc, ok := d.possessorTitleBefore(lx, m.span.t0); ok {
			out[e] = append(out[e], desc)
		}
		// "A, the head of the Farmers' Federation,"
		if ts, org, ok := d.appositive(lx, m.span.t1); ok {
			end := ts.t1
			if org.t1 > end {
				end = org.t1
			}
			out[e] = append(out[e], span{m.span.t1, end})
		}
	}
	return out
}

// possessorTitleBefore reads "X's title ," right before the name at
// token at: the span from the possessor to the comma.
func (d *document) possessorTitleBefore(lx *lexicon, at int) (span, bool) {
	toks := d.toks
	if at < 4 || at > len(toks) || toks[at-1].text != "," {
		return span{}, false
	}
	comma := at - 1
	sent := toks[comma].sent
	for s := comma - 4; s < comma; s++ {
		if s < 2 || toks[s].sent != sent {
			continue
		}
		ts, ok := d.titleAt(lx, s, comma, false)
		if !ok || ts.t1 != comma || !isPossessive(toks[ts.t0-1].text) {
			continue
		}
		start := ts.t0 - 1
		for start > 0 && ts.t0-1-start < 5 && toks[start-1].sent == sent && d.isCapWord(start-1) {
			start--
		}
		if start == ts.t0-1 {
			continue
		}
		return span{start, comma}, true
	}
	return span{}, false
}

// refineAffiliation: the draft's bodies and places named only in a
// person's description give way to that person.
func (r *eventRun) refineAffiliation(c *eventDraft) ([]party, bool) {
	d := r.d
	s := d.sent[c.si]
	descs := d.personDescriptions(r.lx, s)
	if len(descs) == 0 {
		return nil, false
	}
	within := func(sp span) *entity {
		for e, ds := range descs {
			for _, ds := range ds {
				if sp.t0 >= ds.t0 && sp.t1 <= ds.t1 {
					return e
				}
			}
		}
		return nil
	}
	// holderOf: the person whose description holds every mention of the
	// party in the sentence, or nil
	holderOf := func(name string) *entity {
		pe := d.byCanon[name]
		if pe == nil || pe.typ == Person {
			return nil
		}
		var holder *entity
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			if m.typ != pe.typ || d.entityOf(m) != pe {
				continue
			}
			h := within(m.span)
			if h == nil || holder != nil && h != holder {
				return nil
			}
			holder = h
		}
		return holder
	}
	changed := false
	var out []party
	has := func(name string) bool {
		for _, p := range out {
			if p.name == name {
				return true
			}
		}
		return false
	}
	for _, name := range c.parts {
		if h := holderOf(name); h != nil {
			changed = true
			if !contains(c.parts, h.canon) && !has(h.canon) {
				out = append(out, party{name: h.canon, typ: Person, via: "the " + name + " of " + h.canon})
			}
			continue
		}
		typ := ""
		if e := d.byCanon[name]; e != nil {
			typ = e.typ
		} else if t, ok := c.partTypes[name]; ok {
			typ = t
		}
		if !has(name) {
			out = append(out, party{name: name, typ: typ})
		}
	}
	if !changed || len(out) == 0 || c.tr.typ != Visit && len(out) < 2 {
		return nil, false // a meeting of one is no reading (validParties)
	}
	// a body left beside the persons must not be the employer of a person
	// of the sentence ("Harlow Mining chief executive A met B, the head of Calvera"):
	// half a reading is no better than the cascade's
	for _, p := range out {
		if p.typ == Person {
			continue
		}
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			if e := d.entityOf(m); m.typ == Person && e != nil && e.org != "" &&
				(strings.EqualFold(e.org, p.name) || strings.EqualFold(d.fullOrgName(e.org), p.name)) {
				return nil, false
			}
		}
	}
	return out, false
}
