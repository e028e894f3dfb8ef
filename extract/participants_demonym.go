package extract

// A description with a nationality names the person the story tied to
// that country (rule demonym-person): "The Vietnamese prime minister will
// travel to Mumbai" after "held talks with his Vietnamese counterpart Pham
// Van Duc" is Pham, even when another person holds a "Prime Minister"
// title; a nationality stands in the person's title ("Vietnamese Prime
// Minister X"), before a mention ("his Vietnamese counterpart X") or in
// an appositive after it ("X, Vietnam's prime minister"; personOfCountry).

// describedNational: the one person named before the description a whose
// country is the nationality written in it (up to two words before its
// head's phrase), or nil when it has none, or two persons fit.
func (d *document) describedNational(a arg, si int) *entity {
	s := d.sent[si]
	for k := max(a.span.t0-2, s.t0); k < a.span.t1; k++ {
		c, ok := d.lx.demonyms[d.toks[k].lower]
		if !ok || !d.toks[k].cap {
			continue
		}
		var hit *entity
		for _, e := range d.ents {
			if e.typ != Person || d.exclude[e.canon] || e.first >= a.span.t0 || d.otherBrief(e, a.span.t0) {
				continue
			}
			if e.nation == c || d.personOfCountry(e, c) {
				if hit != nil && hit != e {
					return nil
				}
				hit = e
			}
		}
		return hit
	}
	return nil
}

// nationalDescription: the nationality at token k opens a definite
// description of a person ("the Pakistani president", "The Vietnamese
// prime minister"): "the" before it, a lower-case title or noun for a
// person after it. Not "Argentine wild card X" nor "the Scottish
// Executive".
func (d *document) nationalDescription(k int) bool {
	s := d.sent[d.toks[k].sent]
	if k <= s.t0 || d.toks[k-1].lower != "the" || k+1 >= s.t1 || d.toks[k+1].cap {
		return false
	}
	return d.lx.personNoun[d.toks[k+1].lower] || d.lx.titles.longestKind(d.toks, k+1, min(k+4, s.t1), titleHead) > 0
}

// leadersNations (rule leaders-nations): "the two governments", "both
// countries" after an event of persons whose nationalities the story gave
// ("Ecuadorian President X and his Colombian counterpart, Y") are those
// persons' countries, when each has one and they differ; else nil.
func (d *document) leadersNations(a arg, last *Event) []party {
	if d.groupKind(d.toks[a.span.t1-1].lower) != Location || len(last.Participants) < 2 {
		return nil
	}
	var ps []party
	seen := map[string]bool{}
	for _, p := range last.Participants {
		c := ""
		if e := d.byCanon[p.Name]; e != nil && p.Type == Person {
			c = d.personNation(e)
		}
		if c == "" || seen[c] {
			return nil
		}
		seen[c] = true
		x := d.countryParty(c, c)
		x.via = a.pron + " -> " + x.name + " (the leaders' countries)"
		ps = append(ps, x)
	}
	return ps
}

// personNation: the country whose nationality the story wrote nearest
// before a mention of person e, in its title or description ("Ecuadorian
// President X", "his Colombian counterpart, X"), or "".
func (d *document) personNation(e *entity) string {
	if e.nation != "" {
		return e.nation
	}
	for _, m := range d.mentions {
		if m.typ != Person || d.entityOf(m) != e {
			continue
		}
		s := d.sent[d.toks[m.span.t0].sent]
		for k := m.span.t0 - 1; k >= s.t0 && k >= m.span.t0-5; k-- {
			t := d.toks[k]
			if c, ok := d.lx.demonyms[t.lower]; ok && t.cap {
				return c
			}
			if t.lower == "and" || t.tag == "VBD" || t.tag == "VBZ" || isPossessive(t.text) {
				break // another person's words
			}
		}
	}
	return ""
}
