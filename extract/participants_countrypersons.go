package extract

// countriesPersons: "the two presidents", "both ministers" whose last
// event's parties are countries are the persons of those countries the
// story named before the description ("Peruvian President X", "Bolivia's
// president, Y"), one each, fitting the noun's office; nil when a
// country has none or two, or the noun names no persons (the countries
// then stay the parties: no person of theirs is named).
func (d *document) countriesPersons(a arg, last *Event) []party {
	w := d.toks[a.span.t1-1].lower
	if d.groupKind(w) != Person || len(last.Participants) < 2 {
		return nil
	}
	var ps []party
	seen := map[*entity]bool{}
	for _, p := range last.Participants {
		c := d.byCanon[p.Name]
		if c == nil || p.Type != Location || c.kind != "country" {
			return nil
		}
		var hit *entity
		for _, e := range d.ents {
			if e.typ != Person || d.exclude[e.canon] || e.first >= a.span.t0 || !d.fitsOfficeNoun(e, w) || !d.personOfCountry(e, c.canon) {
				continue
			}
			if hit != nil && hit != e {
				return nil // two persons of one country: which is not told
			}
			hit = e
		}
		if hit == nil || seen[hit] {
			return nil
		}
		seen[hit] = true
		ps = append(ps, party{name: hit.canon, typ: Person, via: a.pron + " -> " + hit.canon + " (the person of " + c.canon + ")"})
	}
	return ps
}

// eventOfPersons: every party of the event is a person.
func eventOfPersons(ev *Event) bool {
	for _, p := range ev.Participants {
		if p.Type != Person {
			return false
		}
	}
	return true
}
