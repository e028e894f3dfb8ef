package extract

// The coordination-types pass: names joined by "and" or "or" are of one
// kind. A one-word name no rule had a reason to type (the tagger's guess,
// or nothing) coordinated with an organization some rule typed ("a merger
// between Orvane and Kestrel", "Celtic and Rangers" after "Celtic FC") is an
// organization too, in every mention of it in the document: a company
// known by one word ("Verizon", "Qwest") is no person or place.
func (d *document) coordinatedTypes() {
	reasoned := map[string]bool{} // names some mention was typed an organization for a reason
	for _, m := range d.mentions {
		if reasonedOrg(m) {
			reasoned[m.text] = true
		}
	}
	isOrg := func(m mention) bool {
		return reasonedOrg(m) || reasoned[m.text] && m.typ != Person && m.typ != Location
	}
	orgWords := map[string]bool{}
	for _, s := range d.sent {
		ms := d.mentionsIn(span{s.t0, s.t1})
		for i := 0; i+1 < len(ms); i++ {
			a, b := ms[i], ms[i+1]
			if b.span.t0 != a.span.t1+1 {
				continue
			}
			if j := d.toks[a.span.t1].lower; j != "and" && j != "or" {
				continue
			}
			if d.withinName(a.span.t0, b.span.t1) || b.rule == "organization-cue" {
				continue // "Food and Drug Administration" is one name
			}
			// "EU and Chinese officials": a nationality word modifies
			// the noun after it; it names no organization
			if d.isDemonym(a) || d.isDemonym(b) {
				continue
			}
			switch {
			case isOrg(a) && guessedWord(b) && !reasoned[b.text]:
				orgWords[b.text] = true
			case isOrg(b) && guessedWord(a) && !reasoned[a.text]:
				orgWords[a.text] = true
			}
		}
	}
	if len(orgWords) == 0 {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if (orgWords[m.text] || reasoned[m.text]) && guessedWord(*m) && m.typ != Organization {
			if d.trace != nil {
				d.trace("coordination %q: ORGANIZATION (was %q, rule %s)", m.text, m.typ, m.rule)
			}
			m.typ, m.weak, m.strong, m.name = Organization, false, false, nil
		}
	}
}

// reasonedOrg: an organization a rule typed for a reason (a table, a cue
// word, its context), not the tagger's guess.
func reasonedOrg(m mention) bool {
	return m.typ == Organization && m.rule != "tagger" && m.rule != "single-word"
}

// guessedWord: a one-word mention that only the tagger typed, or nothing.
func guessedWord(m mention) bool {
	return m.span.t1-m.span.t0 == 1 && (m.rule == "tagger" || m.rule == "single-word" && !m.strong) && m.canon == ""
}

// withinName: a mention or an acronym's expansion covers [t0, t1) whole.
func (d *document) withinName(t0, t1 int) bool {
	for _, a := range d.acronyms {
		if !a.long.empty() && a.long.t0 <= t0 && a.long.t1 >= t1 {
			return true
		}
	}
	for _, m := range d.mentionsIn(span{max(0, t0-8), t1}) {
		if m.span.t0 <= t0 && m.span.t1 >= t1 {
			return true
		}
	}
	return false
}

// isDemonym: the mention is one nationality word ("Chinese", "Kenyan").
func (d *document) isDemonym(m mention) bool {
	if m.span.t1-m.span.t0 != 1 {
		return false
	}
	_, ok := d.lx.demonyms[d.toks[m.span.t0].lower]
	return ok
}
