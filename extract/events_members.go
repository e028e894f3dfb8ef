package extract

import "strings"

// The listed-members reading: a meeting's parties are often given as an
// unnamed group the sentence then names after a dash or a colon ("talks
// between the region's four landlocked states - Uganda, Rwanda, Burundi
// and South Sudan", "a summit of the bloc's founders: A, B and C"). The
// named list stands for the group, so its members are the parties.

// ruleListedMembers: the trigger's between-, among-, of- or with-phrase is
// an unnamed plural (a common noun, no name) followed by a dash or colon
// and a list of at least two named persons, organizations or countries.
func (r *eventRun) ruleListedMembers(c *eventDraft) partySet {
	d, tr, s := r.d, c.tr, c.s
	if tr.typ != Meeting && tr.typ != Agreement {
		return partySet{}
	}
	group := false
	k := tr.t1
	for ; k < s.t1 && k < tr.t1+16; k++ {
		t := d.toks[k]
		if t.text == "-" || t.text == "–" || t.text == "—" || t.text == ":" {
			break
		}
		if t.text == ";" || t.text == "," || d.lx.is(t.lower, wcClause) {
			return partySet{} // a clause ends
		}
		if ms := d.mentionsIn(span{k, k + 1}); t.cap && len(ms) > 0 && d.partyOf(ms[0]).name != "" {
			return partySet{} // a party is named in the phrase itself
		}
		switch t.lower {
		case "between", "among", "of", "with":
			group = true
		}
		if !group && strings.HasPrefix(t.tag, "VB") && !d.lx.is(t.lower, wcAux, wcBe) && !(t.tag == "VBN" && d.lx.is(d.toks[k-1].lower, wcAux, wcBe)) {
			// another verb before the group ("talks were held between" is
			// still the talks'); inside the group's noun phrase the tagger
			// may call a participle or plural a verb ("landlocked states")
			return partySet{}
		}
	}
	if !group || k >= s.t1 || d.toks[k-1].tag != "NNS" && !d.pluralBeforeList(k-1) || d.toks[k-1].cap {
		return partySet{}
	}
	var ps []party
	j := k + 1
	for j < s.t1 {
		ms := d.mentionsIn(span{j, j + 1})
		if len(ms) == 0 {
			break
		}
		p := d.partyOf(ms[0])
		if p.name == "" {
			return partySet{}
		}
		ps = append(ps, p)
		j = ms[0].span.t1
		if j < s.t1 && (d.toks[j].text == "," || d.toks[j].lower == "and") {
			j++
			if j < s.t1 && d.toks[j].lower == "and" {
				j++
			}
			continue
		}
		break
	}
	// the list ends the sentence or the dashes' aside
	if len(ps) < 2 || j < s.t1 && !(d.toks[j].text == "." || d.toks[j].text == d.toks[k].text) {
		return partySet{}
	}
	d.tracef("S%d %s %q: the group before %q is its members %v", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), d.toks[k].text, ps)
	return partySet{parties: ps}
}

// pluralBeforeList: token k is a plural noun the tagger read as a verb
// ("the four landlocked states - A, B and C"): it ends in -s, follows an
// adjective, a number or a determiner, and a dash or colon follows it.
func (d *document) pluralBeforeList(k int) bool {
	if k <= 0 || k+1 >= len(d.toks) || d.toks[k].tag != "VBZ" {
		return false
	}
	p, n := d.toks[k-1].tag, d.toks[k+1].text
	return (p == "JJ" || p == "CD" || p == "DT" || p == "NN") && (n == "-" || n == "–" || n == "—" || n == ":")
}
