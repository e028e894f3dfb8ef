package extract

import (
	"slices"
	"strings"
)

// unnamedBodySubject: the clause before the trigger opens with a definite
// body noun and no name ("The board also approved a deal with X", "the
// council, which met on Tuesday"): its subject is a body the sentence does
// not name, so no person spoken of before stands in for it.
func (d *document) unnamedBodySubject(region span, tr trigMatch) bool {
	for k := region.t0; k+1 < tr.t0 && k < region.t0+3; k++ {
		t := d.toks[k]
		if t.tag != "DT" && t.tag != "PRP$" {
			continue
		}
		n := d.toks[k+1]
		return !n.cap && d.lx.is(n.lower, wcBody)
	}
	return false
}

// The described-body reading: a deliberative body is often named only in
// lower case, by its head noun and the organization it belongs to ("the
// executive board of the Olympic committee", "CAF's medical committee"),
// and afterwards by its head noun alone ("the committee met on Monday",
// "a meeting of the commission"). Such a phrase names that body: its
// organization's short name and the phrase ("CAF executive committee").
// A bare "the committee" is the body last described with that head noun,
// else the one named organization whose name holds the phrase's words
// ("the commission" of a story about the Commission on Coastal Erosion). With
// neither, the phrase names nothing ("a city council meeting" in a story
// that names no council), and the senses pass keeps the session from being
// an event.

// bodyDescription is one lower-case body phrase anchored to an
// organization.
type bodyDescription struct {
	name  string // "CAF executive committee"
	head  string // "committee"
	words []string
	at    int // the head noun's token
}

// bodyPhrase reads the body phrase whose head noun is token h: its
// modifiers and the organization it belongs to (after "of", or a
// possessor). org is "" for a bare definite phrase ("the committee");
// ok is false when h heads no such phrase.
func (d *document) bodyPhrase(h int) (mods []string, org string, t0, t1 int, ok bool) {
	if h <= 0 || h >= len(d.toks) {
		return nil, "", 0, 0, false
	}
	t := d.toks[h]
	if t.cap || t.tag != "NN" || !d.lx.is(t.lower, wcBody) {
		return nil, "", 0, 0, false
	}
	s := d.sent[t.sent]
	if h+1 < s.t1 {
		// "the board meeting", "committee members": the noun modifies another
		if n := d.toks[h+1]; !n.cap && (n.tag == "NN" || n.tag == "NNS") {
			return nil, "", 0, 0, false
		}
	}
	k := h - 1
	for ; k >= s.t0 && h-k <= 3; k-- {
		m := d.toks[k]
		if m.cap || !m.word || m.tag != "JJ" && m.tag != "NN" && m.tag != "NNS" && m.tag != "VBG" && m.tag != "VBN" {
			break
		}
		mods = append([]string{m.lower}, mods...)
	}
	if k < s.t0 {
		return nil, "", 0, 0, false
	}
	t0, t1 = k, h+1
	det := d.toks[k]
	switch {
	case det.tag == "POS" && k > s.t0:
		// "CAF's medical committee"
		for _, m := range d.mentionsIn(span{max(s.t0, k-8), k}) {
			if m.typ == Organization && m.span.t1 == k {
				if e := d.entityOf(m); e != nil {
					return append(mods, t.lower), e.canon, m.span.t0, h + 1, true
				}
			}
		}
		return nil, "", 0, 0, false
	case d.lx.is(det.lower, wcBodyDet):
	default:
		return nil, "", 0, 0, false
	}
	// "of directors", then "of (the) X": the organization it belongs to
	j := h + 1
	if j+1 < s.t1 && d.toks[j].lower == "of" && !d.toks[j+1].cap && d.lx.is(d.toks[j+1].lower, wcBody) && d.toks[j+1].tag == "NNS" {
		mods = append(mods, t.lower, "of")
		t, j = d.toks[j+1], j+2
		t1 = j
	}
	if j+1 < s.t1 && d.toks[j].lower == "of" {
		at := j + 1
		if d.toks[at].lower == "the" {
			at++
		}
		if org, end := d.organizationAt(at); org != "" {
			return append(mods, t.lower), org, t0, end, true
		}
	}
	return append(mods, t.lower), "", t0, t1, true
}

// shortName is an organization's acronym when it has one ("CAF"), else
// its canonical name.
func (d *document) shortName(canon string) string {
	if e := d.byCanon[canon]; e != nil {
		for _, a := range e.aliases {
			if n := len(a); n >= 2 && n <= 6 && strings.ToUpper(a) == a && !strings.ContainsAny(a, " .") {
				return a
			}
		}
	}
	return canon
}

// bodyDescriptions lists the story's body phrases anchored to an
// organization, in order (computed once).
func (d *document) bodyDescriptions() []bodyDescription {
	if d.bodyDescs != nil {
		return *d.bodyDescs
	}
	var out []bodyDescription
	for h := range d.toks {
		if !d.lx.is(d.toks[h].lower, wcBody) {
			continue
		}
		mods, org, _, _, ok := d.bodyPhrase(h)
		if !ok || org == "" {
			continue
		}
		out = append(out, bodyDescription{name: d.shortName(org) + " " + strings.Join(mods, " "), head: d.toks[h].lower, words: mods, at: h})
	}
	d.bodyDescs = &out
	return out
}

// describedBody names the body whose phrase has its head noun at token h,
// or "".
func (d *document) describedBody(h int) string {
	mods, org, _, _, ok := d.bodyPhrase(h)
	if !ok {
		return ""
	}
	if org != "" {
		return d.shortName(org) + " " + strings.Join(mods, " ")
	}
	// the body last described with this head noun, its words included
	head := d.toks[h].lower
	descs := d.bodyDescriptions()
	for i := len(descs) - 1; i >= 0; i-- {
		b := descs[i]
		if b.at < h && b.head == head && subset(mods, b.words) {
			return b.name
		}
	}
	// else the one named organization whose name holds its words
	found := ""
	for _, e := range d.ents {
		if e.typ != Organization {
			continue
		}
		if subset(mods, strings.Fields(strings.ToLower(e.canon))) {
			if found != "" && found != e.canon {
				return ""
			}
			found = e.canon
		}
	}
	return found
}

// subset: every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// bodyOfTrigger names the described body an event trigger is told of: a
// verb's subject ("The committee met", "the board, which met on
// Wednesday", "The executive committee will next meet") or a noun's
// of-phrase ("the last session of the commission"); "" when there is
// none or it names nothing.
func (d *document) bodyOfTrigger(tr trigMatch, cl *clause) string {
	s := d.sent[d.toks[tr.t0].sent]
	if !tr.verb && !d.afterModal(tr.t0, s) {
		if tr.t1+1 < s.t1 && d.toks[tr.t1].lower == "of" {
			for h := tr.t1 + 2; h < s.t1 && h <= tr.t1+5; h++ {
				if _, _, t0, _, ok := d.bodyPhrase(h); ok && t0 == tr.t1+1 {
					return d.describedBody(h)
				}
			}
		}
		return ""
	}
	g := tr.t0
	if cl.group.t1 > cl.group.t0 && cl.group.t0 < g {
		g = cl.group.t0
	}
	if tr.sup >= 0 && tr.sup < g {
		g = tr.sup
	}
	k := g - 1
	for k >= s.t0 {
		t := d.toks[k]
		if dm, ok := d.dateEndingAt(k + 1); ok && dm.span.t0 <= k {
			k = dm.span.t0 - 1
			if k >= s.t0 && d.lx.is(d.toks[k].lower, wcPrep) {
				k--
			}
			continue
		}
		if t.tag == "RB" || t.tag == "MD" || t.text == "," || d.lx.is(t.lower, wcRelative) || d.lx.is(t.lower, wcAux) {
			k--
			continue
		}
		if n := d.toks[k+1]; t.tag == "JJ" && (n.tag == "MD" || strings.HasPrefix(n.tag, "VB")) ||
			k == g-1 && k > s.t0 && d.toks[k-1].tag == "MD" {
			k-- // "will next meet": an adverb the tagger calls an adjective or a verb
			continue
		}
		if t.lower == "and" && k > s.t0 {
			// "met in Hamburg on Monday and approved": the subject of the
			// verb before the conjunction
			prev := -1
			for j := k - 1; j >= s.t0 && j > k-12; j-- {
				if tj := d.toks[j]; tj.text == "," || tj.text == ";" {
					break
				}
				if tj := d.toks[j]; tj.tag == "VBD" || tj.tag == "VBZ" || tj.tag == "VBP" {
					prev = j
					break
				}
			}
			if prev < 0 {
				break
			}
			k = prev - 1
			continue
		}
		if t.text == ")" {
			// "(IOC)" after the organization's name
			for k > s.t0 && d.toks[k].text != "(" {
				k--
			}
			k--
			continue
		}
		break
	}
	if k < s.t0 {
		return ""
	}
	for h := k; h >= s.t0 && h >= k-12; h-- {
		if _, _, t0, t1, ok := d.bodyPhrase(h); ok && t1 == k+1 {
			if t0 > s.t0 && d.lx.is(d.toks[t0-1].lower, wcPrep) {
				return "" // "members of the board met"
			}
			return d.describedBody(h)
		}
	}
	return ""
}

// ruleDescribedBody: a body named in lower case is the event's party
// ("The committee met in Rabat", "the board, which met on Wednesday", "the
// executive board of the X agreed on Thursday to ..."), with the named
// parties its clause gives it as partners ("approved an agreement with
// Y", "met Prime Minister Z").
func (r *eventRun) ruleDescribedBody(c *eventDraft) partySet {
	d := r.d
	if c.tr.typ != Meeting && c.tr.typ != Agreement {
		return partySet{}
	}
	b := d.bodyOfTrigger(c.tr, &c.cl)
	if b == "" {
		return partySet{}
	}
	if d.describedNames == nil {
		d.describedNames = map[string]bool{}
	}
	d.describedNames[b] = true
	ps := partySet{parties: []party{{name: b}}}
	for _, role := range []string{"obj", "with", "between"} {
		args := c.cl.pp[role]
		if role == "obj" {
			args = c.cl.obj
		}
		for _, a := range args {
			if a.pron != "" || a.span.t0 < c.tr.t1 || d.verbBetween(c.tr.t1, a.span.t0) {
				continue // "agreed to open a dialogue with X": X is the dialogue's
			}
			switch {
			case a.typ == Person || a.typ == Organization:
			case a.typ == Location && d.byCanon[a.name] != nil && d.byCanon[a.name].kind == "country":
			default:
				continue
			}
			ps.parties = append(ps.parties, party{name: a.name, typ: a.typ})
		}
	}
	if len(ps.parties) == 1 && (c.tr.needs == "with" || c.tr.needs == "withnamed" || c.tr.needs == "mutual") {
		return partySet{} // "had discussed the clash with X's cup": the frame needs a partner
	}
	return ps
}

// organizationAt names the organization whose name starts at token at,
// and where it ends: a mention, else an entity whose name the text spells
// there (an acronym's expansion: "the Confederation of African Football
// (CAF)").
func (d *document) organizationAt(at int) (string, int) {
	for _, m := range d.mentionsIn(span{at, at + 1}) {
		if m.typ == Organization {
			if e := d.entityOf(m); e != nil {
				return e.canon, m.span.t1
			}
		}
	}
	if at >= len(d.toks) || !d.toks[at].cap {
		return "", 0
	}
	for _, am := range d.acronyms {
		if am.long.t0 == at && am.long.t1 > at {
			// a defined acronym's expansion: the organization by its
			// entity when it has one
			if e := d.byCanon[am.short]; e != nil && e.typ == Organization {
				return e.canon, am.long.t1
			}
			for _, e := range d.ents {
				if e.typ == Organization && slices.Contains(e.aliases, am.short) {
					return e.canon, am.long.t1
				}
			}
			return am.short, am.long.t1 // no entity took it: the acronym names it
		}
	}
	rest := d.text[d.toks[at].start:]
	for _, e := range d.ents {
		if e.typ != Organization || !strings.HasPrefix(rest, e.canon) {
			continue
		}
		end := d.toks[at].start + len(e.canon)
		k := at
		for k < len(d.toks) && d.toks[k].end <= end {
			k++
		}
		if d.toks[k-1].end == end {
			return e.canon, k
		}
	}
	return "", 0
}

// afterModal: a modal stands right before token k, or one word before it
// ("will next meet": the tagger may read "next meet" as a noun phrase).
func (d *document) afterModal(k int, s sentence) bool {
	for j := k - 1; j >= s.t0 && j >= k-2; j-- {
		if d.toks[j].tag == "MD" {
			return true
		}
	}
	return false
}
