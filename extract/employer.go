package extract

import (
	"slices"
	"strings"
)

// titleEmployers reads a person's employer from the title before the
// name when the words before that title name an organization of the story
// (run after resolve, when the story's organizations and their short names
// are known):
//
//	"Fenbrook chief executive Olu Bakare"     Fenbrook Labs, told before
//	"Fenbrook's chief executive, Olu Bakare"  the same, possessive
//	"the university's rector, Ana Prieto"     the story's one university
//
// An employer of one word that begins the name of exactly one other
// organization of the story stands for that one ("Molvane chief executive"
// of Molvane Ports).
//
// The title readers take an employer only when it looks like one on its
// own (two capitalized words, an organization word); a short name of an
// organization named earlier is an employer too. A guess that ran over
// into the words before ("Ana Prieto and Fenbrook") gives way to the
// organization it ends with.
func (d *document) titleEmployers() {
	var orgs []*entity
	for _, e := range d.ents {
		if e.typ == Organization {
			orgs = append(orgs, e)
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != Person || m.ent == nil || len(m.titles) == 0 {
			continue
		}
		if e := d.orgOfStory(orgs, m.ent.org); m.ent.org != "" && e != nil {
			if full := fullerOrg(orgs, e); full != e {
				d.tracef("employer: %q of %q is short for %q", e.canon, m.ent.canon, full.canon)
				m.ent.org = full.canon
			}
			continue
		}
		org := d.employerBeforeTitle(orgs, m)
		if org == nil {
			continue
		}
		if m.ent.org != "" && !endsWithName(m.ent.org, org) {
			continue // another reading named someone else
		}
		org = fullerOrg(orgs, org)
		d.tracef("employer: %q of %q from the title before the name", org.canon, m.ent.canon)
		m.ent.org = org.canon
	}
}

// fullerOrg: the one organization of the story whose longer name begins
// with the one-word name of org ("Molvane" told as an employer before a
// title, "Molvane Ports" the company of the story), else org.
func fullerOrg(orgs []*entity, org *entity) *entity {
	if strings.Contains(org.canon, " ") {
		return org
	}
	if full := soleOrgLedBy(orgs, org.canon); full != nil {
		return full
	}
	return org
}

// endsWithName: s ends with the organization's name or a short name of it.
func endsWithName(s string, org *entity) bool {
	l := strings.ToLower(s)
	for _, n := range append([]string{org.canon}, org.aliases...) {
		if strings.HasSuffix(l, " "+strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// orgOfStory: the organization of the story called name, or nil.
func (d *document) orgOfStory(orgs []*entity, name string) *entity {
	for _, e := range orgs {
		if strings.EqualFold(e.canon, name) || slices.ContainsFunc(e.aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
			return e
		}
	}
	return nil
}

// employerBeforeTitle: the organization named just before the title that
// stands before the mention ("X chief executive", "X's chief executive,",
// "the university's rector,"), or nil.
func (d *document) employerBeforeTitle(orgs []*entity, m *mention) *entity {
	toks := d.toks
	k := m.span.t0
	if k > 0 && toks[k-1].text == "," {
		k--
	}
	sent := toks[m.span.t0].sent
	for _, t := range m.titles {
		ws := strings.Fields(strings.ToLower(t))
		j := k - len(ws)
		if j < 1 || toks[j].sent != sent {
			continue
		}
		match := true
		for n, w := range ws {
			if toks[j+n].lower != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if isPossessive(toks[j-1].lower) {
			j--
			// "the university's": the story's one organization with
			// that word in its name
			if j >= 2 && toks[j-2].lower == "the" && toks[j-1].word && !toks[j-1].cap {
				return d.onlyOrgWith(orgs, toks[j-1].lower)
			}
		}
		// the longest name of a story's organization ending at j
		for n := min(4, j); n >= 1; n-- {
			s := span{j - n, j}
			if toks[s.t0].sent != sent || !toks[s.t0].cap {
				continue
			}
			if e := d.orgOfStory(orgs, d.textOf(s)); e != nil {
				return e
			}
		}
		// "Trust director X" opening the sentence: one capitalized word
		// right before the title, first in its sentence, that is a word
		// of the name of exactly one organization of the story (its
		// short form: "the Halden Opera Trust ... Trust director X").
		// Only first in the sentence: there a capital tells nothing, so a
		// common word of the name may stand for the name as a title's
		// modifier, the way a story opens a paragraph about one body's
		// official; inside a sentence a capitalized word before a title
		// is mostly the last word of a longer name (a body or a place the
		// story may not know as an organization), which the longest-name
		// match above reads. A wider reading (after "the" too, or a word
		// that is only the organization's kind) cost the held-out folds
		// a false event.
		if j >= 1 && j-1 == d.sent[sent].t0 && toks[j-1].cap && toks[j-1].word {
			if e := d.onlyOrgWith(orgs, toks[j-1].lower); e != nil && nameHasWord(e.canon, toks[j-1].text) {
				return e
			}
		}
		// "Molvane's chief executive": one capitalized word that begins
		// the name of exactly one organization of the story (fullerOrg)
		if j >= 1 && toks[j-1].sent == sent && toks[j-1].cap && toks[j-1].word && isPossessive(toks[j].lower) {
			if e := soleOrgLedBy(orgs, toks[j-1].text); e != nil {
				return e
			}
		}
	}
	return nil
}

// onlyOrgWith: the one organization of the story whose name holds the
// word ("university" of "Castlemoor University") or whose kind it is; nil
// when none or several.
func (d *document) onlyOrgWith(orgs []*entity, word string) *entity {
	var found *entity
	for _, e := range orgs {
		has := strings.EqualFold(e.kind, word)
		for _, w := range strings.Fields(e.canon) {
			if strings.EqualFold(w, word) {
				has = true
			}
		}
		if !has {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// nameHasWord: one of the words of name is w (case folded).
func nameHasWord(name, w string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(x string) bool { return strings.EqualFold(x, w) })
}
