package extract

import "strings"

// A verb of talking together ("discuss", "talk", "confer") needs its
// partner: "with" or "between" after it ("discussed the dam with X"), or
// later in its own clause past its adjuncts and topic (withInClause: up to
// twelve tokens, no comma, verb, clause word or noun of class withnoun,
// "the dispute with X", between), or, need "mutual" (frames.tsv), a
// subject that is itself both sides: two or more named parties
// conjoined ("Soto and Li discussed the dam"). "Separately with A and B"
// is a meeting with each (events_distribute.go). A bare "sit down" has a
// need of its own, withnamed (withNamedAfter): "with" right after it and
// a named party right after "with", or a subject of two and the
// infinitive of a verb of talking together right after it (pairToTalk:
// "A and B sat down to confer");
// a subject of two alone is no meeting ("A and B sat down on the grass").
// One
// party alone ("Soto discussed the dam"), a pronoun ("they discussed") and
// the infinitive or gerund of a purpose or participle clause ("met X to
// discuss the dam", "discussing the dam") hold none: the purpose belongs
// to its own verb's event. Nor does a passive or a bare participle: its
// subject names the topics ("A and B were discussed"). A counted group
// for subject ("the two ministers discussed") was tried (session 16) and
// dropped: resolving the group to parties told before gained one matched
// event on the read sets but cost a false one there and another on the
// held-out sets.

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

// withAfterTopic is withAfter for a verb of talking together, whose topic
// may name a tie of its own: the window stops at a noun of class withnoun
// that a preposition or a possessive stands before ("talked about her
// friendship with X", "spoke of budgets during an interview with X": the noun
// takes that "with", not the verb). A withnoun that is the verb's own
// object ("discussed the row with X") stops nothing: both sides talked.
func (d *document) withAfterTopic(m trigMatch, s sentence) bool {
	owned := false // a preposition or possessive since the trigger
	for k := m.t1; k < s.t1 && k < m.t1+5; k++ {
		t := d.toks[k]
		if t.lower == "with" || t.lower == "between" {
			return true
		}
		if d.lx.is(t.lower, wcPrep, wcPossessive) || t.tag == "PRP$" {
			owned = true
		}
		if owned && d.lx.is(t.lower, wcWithNoun) {
			return false
		}
	}
	return false
}

// withInClause reports whether a verb trigger's own clause goes on to
// "with" past its object and adjuncts ("talked about the levy at length
// on Friday with X"): up to twelve tokens after it, with no comma, verb,
// modal, clause word or noun of class withnoun between (not "discussed
// plans to merge with X", "discussed the port, which ties with X",
// "discussed the pay row with X at a rally", "talked about his long
// rivalry with X": the noun takes that "with").
func (d *document) withInClause(m trigMatch, s sentence) bool {
	if !m.verb {
		return false
	}
	for k := m.t1; k < s.t1 && k < m.t1+12; k++ {
		t := d.toks[k]
		if t.lower == "with" {
			return true
		}
		if t.text == "," || t.text == ";" || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || d.lx.is(t.lower, wcClause, wcRelative, wcWithNoun) {
			return false
		}
	}
	return false
}

// passiveGroup reports whether the verb group from g to the verb at v is
// a passive ("were discussed", "are being discussed") or a bare
// participle with no finite verb of its own ("A and B debated in full,
// the forum closed"): its subject is what was talked about.
func (d *document) passiveGroup(g, v int, s sentence) bool {
	for k := g; k < v; k++ {
		if d.lx.is(d.toks[k].lower, wcBe) {
			return true
		}
	}
	if g != v {
		return false
	}
	if d.toks[v].tag == "VBN" {
		return true
	}
	// a past form the tagger read as finite, but a clause of its own
	// follows the comma: "A and B debated in full, the forum closed"
	// (a reporting clause, "..., aides said", is none)
	for k := v + 1; k < s.t1 && k < v+8; k++ {
		if d.toks[k].text != "," {
			continue
		}
		f := d.finiteAfter(k+1, s)
		return f >= 0 && !d.lx.is(d.toks[f].lower, wcReport)
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
	if d.passiveGroup(g, m.t0, s) {
		return false // "A and B were discussed": topics, not the talkers
	}
	if m.t1 < s.t1 && d.lx.is(d.toks[m.t1].lower, wcTalkPitch) {
		return false // "talked up the merger": commentary
	}
	subj := d.subjectPhrase(g, s)
	if d.exemplified(subj, s) {
		return false // "Economists including A and B discussed": a group
	}
	named := 0
	for _, a := range subj {
		switch {
		case a.typ == Person || a.typ == Organization:
			named++
		case a.typ == Location && d.byCanon[a.name] != nil && d.byCanon[a.name].kind == "country":
			named++
		}
	}
	return named >= 2 && !d.talkedApart(s)
}

// exemplified reports whether the subject's first name comes right after
// a word of class exemplify: "including A and B", "such as A and B".
func (d *document) exemplified(subj []arg, s sentence) bool {
	if len(subj) == 0 {
		return false
	}
	first := subj[0].span.t0
	for _, a := range subj {
		first = min(first, a.span.t0)
	}
	k := d.titlePrefixStart(d.honorificStart(first, s), s) - 1
	if k < s.t0 {
		return false
	}
	if d.toks[k].lower == "as" && k > s.t0 {
		k--
	}
	return d.lx.is(d.toks[k].lower, wcExemplify)
}

// talkedApart reports whether the sentence tells the sides spoke apart:
// a word of class separately ("discussed the plan separately", "in
// separate sessions"), or a medium one side speaks in alone (class
// solomedium) after a preposition ("in editorials", "on a podcast"; not
// "discussed the report of X").
func (d *document) talkedApart(s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		t := d.toks[k]
		switch {
		case d.lx.is(t.lower, wcSeparately):
			return true
		case d.lx.is(t.lower, wcSoloMedium):
			j := k - 1
			for j > s.t0 && nounModifierTag(d.toks[j].tag) {
				j--
			}
			if j >= s.t0 && d.toks[j].tag == "IN" && d.toks[j].lower != "of" && !d.lx.is(d.toks[j].lower, wcTheme) {
				return true
			}
		}
	}
	return false
}

// nounModifierTag: a tag of a word that may stand inside a noun phrase
// before its head noun: a determiner, adjective, noun, possessive pronoun
// or number ("their weekly", "a state", "two").
func nounModifierTag(tag string) bool {
	return tag == "DT" || tag == "JJ" || tag == "NN" || tag == "PRP$" || tag == "CD"
}

// withNamedAfter (need withnamed) reports whether "with" stands right
// after the trigger, past words of class facing only ("will sit down
// one-on-one with X", "sat down together with X"; "to" only between two of
// them), and a named person, organization or country starts within three
// tokens after "with", no comma or verb between ("with union leader X").
// Not "sat down beside the stage with X", "sat down for a podcast with X".
func (d *document) withNamedAfter(m trigMatch, s sentence) bool {
	k := m.t1
	for k < s.t1 {
		l := d.toks[k].lower
		if d.lx.is(l, wcFacing) {
			k++
			continue
		}
		if l == "to" && k > m.t1 && k+1 < s.t1 && d.lx.is(d.toks[k-1].lower, wcFacing) && d.lx.is(d.toks[k+1].lower, wcFacing) {
			k++
			continue
		}
		break
	}
	if k >= s.t1 || d.toks[k].lower != "with" {
		return false
	}
	for _, x := range d.mentionsIn(span{k + 1, k + 4}) {
		if x.span.t1 > s.t1 {
			break
		}
		if x.typ != Person && x.typ != Organization && !(x.typ == Location && x.kind == "country") {
			continue
		}
		for j := k + 1; j < x.span.t0; j++ {
			if t := d.toks[j]; t.text == "," || strings.HasPrefix(t.tag, "VB") {
				return false
			}
		}
		return true
	}
	return false
}

// pairToTalk reports whether a bare "sit down" whose subject names two
// parties (pairSubject) is followed right away by the infinitive of a
// verb of talking together, one with need mutual ("the two rivals sat
// down to confer", "A and B will sit down to talk"): the purpose says
// the two sat down to talk with each other, as news reports talks. Not
// an infinitive of another verb ("sat down to eat") nor one that talks
// with or to a third side that is no named party (talkedToOthers).
func (d *document) pairToTalk(m trigMatch, s sentence) bool {
	k := m.t1
	if k+1 >= s.t1 || d.toks[k].lower != "to" {
		return false
	}
	f := d.lx.frameOf(d.toks[k+1].lower, true)
	return f != nil && f.needs == "mutual" && !d.talkedToOthers(k+2, s) && d.pairSubject(m, s)
}

// talkedToOthers: in the clause from j on, the talking verb's "with" or
// "to" takes a side that is neither a named party nor the pair itself: the
// press or an unnamed group ("to talk with reporters", "to discuss the
// offer with their lawyers"). A reciprocal ("to each other", class
// reciprocal) is the pair; a capitalized name is a party of its own.
func (d *document) talkedToOthers(j int, s sentence) bool {
	for ; j+1 < s.t1; j++ {
		t := d.toks[j]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause, wcRelative) {
			return false
		}
		if t.lower != "with" && t.lower != "to" {
			continue
		}
		n := d.toks[j+1]
		if t.lower == "to" && n.tag == "VB" {
			continue // an infinitive's "to" ("to discuss how to proceed")
		}
		if j+2 < s.t1 && !d.lx.is(n.lower, wcArticle, wcPossessive) && n.tag != "PRP$" && d.lx.is(d.toks[j+2].lower, wcReciprocal) {
			return false
		}
		return !n.cap
	}
	return false
}
