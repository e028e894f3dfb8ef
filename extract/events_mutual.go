package extract

// A verb of talking together ("discuss", "talk", "confer") needs its
// partner: "with" or "between" after it ("discussed the dam with X"), or,
// need "mutual" (frames.tsv), a subject that is itself both sides: two or
// more named parties conjoined ("Soto and Li discussed the dam"). One
// party alone ("Soto discussed the dam"), a pronoun ("they discussed") and
// the infinitive or gerund of a purpose or participle clause ("met X to
// discuss the dam", "discussing the dam") hold none: the purpose belongs
// to its own verb's event. A counted group for subject ("the two
// ministers discussed") was tried (session 16) and dropped: resolving
// the group to parties told before gained one matched event on the read
// sets but cost a false one there and another on the held-out sets.

// withAfter reports whether "with" or "between" follows the trigger within
// five tokens of its sentence.
func (d *document) withAfter(m trigMatch, s sentence) bool {
	for k := m.t1; k < s.t1 && k < m.t1+5; k++ {
		if l := d.toks[k].lower; l == "with" || l == "between" {
			return true
		}
	}
	return false
}

// pairSubject reports whether the finite verb trigger m has a subject that
// names two or more parties (persons, organizations or countries).
func (d *document) pairSubject(m trigMatch, s sentence) bool {
	if !m.verb || m.form&formGerund != 0 {
		return false
	}
	g := d.verbGroupStart(m.t0, s)
	if g > s.t0 && d.toks[g-1].lower == "to" {
		return false // "met X to discuss the dam": a purpose
	}
	subj := d.subjectPhrase(g, s)
	named := 0
	for _, a := range subj {
		switch {
		case a.typ == Person || a.typ == Organization:
			named++
		case a.typ == Location && d.byCanon[a.name] != nil && d.byCanon[a.name].kind == "country":
			named++
		}
	}
	return named >= 2
}
