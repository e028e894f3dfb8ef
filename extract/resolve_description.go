package extract

import "strings"

// Descriptions in the chain of reference. News often opens with a
// description as the subject and names the person only in the next
// sentence ("The health secretary has opened talks with the nurses ...
// Mirela Dunstan met X"); later sentences go on with the description
// ("The secretary had not faced the nurses' leaders before") and
// then a pronoun ("Last month she met Y"). The pronoun means the person
// the description means, not the last person named further back in a
// quote's attribution. salientPerson stops at a sentence whose subject is
// such a description and takes its person (descriptionSubject).

// descriptionAt reads a definite or indefinite description of a person at
// token k ("the minister", "the health secretary", "a regional envoy"):
// its words after the article up to the head (a title head or a person
// noun), lower case and with no name in it; "" when none starts at k.
func (d *document) descriptionAt(k, end int) string {
	if k >= end {
		return ""
	}
	if !d.lx.is(d.toks[k].lower, wcArticle) {
		return ""
	}
	var words []string
	for j := k + 1; j < end && j <= k+4; j++ {
		t := d.toks[j]
		if !t.word || t.cap && j > k+1 {
			return "" // a name: "the minister, X" is read by the title rules
		}
		if _, ok := d.lx.demonyms[t.lower]; ok {
			return "" // "the Brazilian minister": participants_demonym.go
		}
		words = append(words, t.lower)
		if d.lx.titles.longestKind(d.toks, j, j+1, titleHead) > 0 || d.lx.personNoun[t.lower] {
			if j+1 < end && (d.toks[j+1].cap || d.toks[j+1].lower == "of") {
				return "" // "the minister of X", "the minister X": titles and complements
			}
			return strings.Join(words, " ")
		}
	}
	return ""
}

// ledeDescription: the story's first sentence has a description as its
// subject and names no person, and the next sentence opens with a named
// person: that person is the description ("The health secretary has agreed
// ... Graham Okonedo met X"). Returns the description's words and the
// person, or "" and nil.
func (d *document) ledeDescription() (string, *entity) {
	if d.bodyTok >= len(d.toks) {
		return "", nil
	}
	si := d.toks[d.bodyTok].sent
	if si+1 >= len(d.sent) {
		return "", nil
	}
	s := d.sent[si]
	from := max(s.t0, d.bodyTok)
	if d.dateline.t1 > from && d.dateline.t1 < s.t1 {
		from = d.dateline.t1
	}
	for k := from; k < s.t1 && k < from+8; k++ {
		if l := d.toks[k].text; l == "—" || l == "–" || l == "-" || l == "--" {
			from = k + 1 // a dateline the header pass kept no span for ("LONDON —")
			break
		}
	}
	for from < s.t1 && !d.toks[from].word {
		from++
	}
	if from >= s.t1 && si+2 < len(d.sent) {
		si++ // the dateline was a line of its own
		s = d.sent[si]
		from = s.t0
	}
	desc := d.descriptionAt(from, min(s.t1, from+6))
	if desc == "" {
		return "", nil
	}
	for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
		if m.typ == Person {
			return "", nil
		}
	}
	next := d.sent[si+1]
	ms := d.mentionsIn(span{next.t0, next.t1})
	if len(ms) == 0 || ms[0].typ != Person || ms[0].span.t0 > next.t0+1 {
		return "", nil
	}
	e := d.entityOf(ms[0])
	if e == nil {
		return "", nil
	}
	return desc, e
}

// descriptionSubject: the person a sentence's description subject means
// when the sentence names no person outside its quotations: the lede's
// described person when the words agree (the same words, or only the same
// head: "the secretary" after "The health secretary"), else the one
// person whose title ends in the head (titledPerson); nil when none, and
// found reports whether the sentence has such a subject at all.
func (d *document) descriptionSubject(si, at int) (e *entity, found bool) {
	t := d.sent[si]
	quoted := d.quotedSpans(t)
	for _, m := range d.mentionsIn(span{t.t0, t.t1}) {
		if m.typ == Person && !inSpans(quoted, m.span.t0) {
			return nil, false
		}
	}
	for k := t.t0; k < t.t1 && k < t.t0+12; k++ {
		if inSpans(quoted, k) {
			continue
		}
		desc := d.descriptionAt(k, t.t1)
		if desc == "" || d.toks[k].lower != "the" {
			continue
		}
		head := desc[strings.LastIndexByte(desc, ' ')+1:]
		ld, le := d.ledeDescription()
		d.tracef("description %q in S%d: lede %q %v", desc, si, ld, le != nil) // counted on the BBC corpus
		if le != nil && (ld == desc || desc == head && strings.HasSuffix(ld, " "+head) || ld == head) {
			if at < len(d.toks) && d.genderClash(le, at) {
				return nil, true
			}
			return le, true
		}
		k2 := k + len(strings.Fields(desc))
		if p := d.titledPerson(arg{span: span{k, k2 + 1}}, si); p != nil && !(at < len(d.toks) && d.genderClash(p, at)) {
			return p, true
		}
		return nil, true
	}
	return nil, false
}

// groupSubjectOpens: the sentence part [from, to) opens with a group
// subject that continues parties told before ("The two met X", "Both
// leaders met X", "They met X"): a name after it is an object, not whom a
// later pronoun or description means.
func (d *document) groupSubjectOpens(from, to int) bool {
	k := from
	if k < to && d.toks[k].lower == "the" {
		k++
	}
	if k >= to {
		return false
	}
	l := d.toks[k].lower
	return d.lx.is(l, wcGroupOpen) || d.bareCount(k) || k > from && d.lx.is(l, wcGroup) && !d.lx.is(l, wcPeople)
}

// ledeDescribed resolves a description argument ("the secretary", "the
// health secretary") to the person the lede described and the next
// sentence named (ledeDescription), when the words agree; nil otherwise.
func (d *document) ledeDescribed(a arg) *entity {
	ld, le := d.ledeDescription()
	if le == nil {
		return nil
	}
	for k := a.span.t0; k < a.span.t1; k++ {
		if d.toks[k].lower != "the" {
			continue
		}
		desc := d.descriptionAt(k, a.span.t1)
		if desc == "" || k+len(strings.Fields(desc)) != a.span.t1-1 {
			continue
		}
		head := desc[strings.LastIndexByte(desc, ' ')+1:]
		if ld == desc || desc == head && strings.HasSuffix(ld, " "+head) || ld == head {
			return le
		}
	}
	return nil
}
