package extract

import "sort"

// The headline-deal reading: a headline or caption often drops its verb
// and joins the parties to the event noun with a preposition ("Kenya and
// Uganda in trade deal", "Harbor, Norbank in merger accord"). Such a line
// tells the event as "struck" would: the preposition (word class
// headline-in) stands for the support verb a noun like "deal" needs. Only
// title lines are read this way; in a body sentence "in the deal" names an
// agreement told elsewhere.

// headlineSupport returns the headline-in word that joins the noun trigger
// at t0 to the words before it ("in" of "X and Y in rail freight deal"), or
// -1: at most four words before the noun, no comma or other verb between,
// and a capitalized word right before it (the parties' last name).
func (d *document) headlineSupport(lx *lexicon, s sentence, t0 int) int {
	for k := t0 - 1; k > s.t0 && k >= t0-5; k-- {
		t := d.toks[k]
		if !t.word || t.cap {
			return -1
		}
		if lx.is(t.lower, wcHeadlineIn) {
			if p := d.toks[k-1]; p.cap && p.word {
				return k
			}
			return -1
		}
	}
	return -1
}

// headlineDeals adds to a title line's triggers the support-needing event
// nouns a headline-in word joins to its parties, when the line has no
// trigger of that type already.
func (d *document) headlineDeals(lx *lexicon, s sentence, trigs []trigMatch) []trigMatch {
	for k := s.t0 + 1; k < s.t1; k++ {
		n, v := lx.triggers.longest(d.toks, k, s.t1)
		if n == 0 || !lx.onlySupported(v) || d.toks[k].cap {
			continue
		}
		sup := d.headlineSupport(lx, s, k)
		if sup < 0 {
			continue
		}
		m, ok := d.reading(lx, k, k+n, lx.formSets[v])
		if !ok || hasType(trigs, m.typ) {
			continue
		}
		m.sup, m.verb = sup, true
		d.tracef("S%d %s %q: headline-in %q stands for its support verb", d.toks[k].sent, m.typ, d.textOf(span{k, k + n}), d.toks[sup].text)
		trigs = append(trigs, m)
		sort.SliceStable(trigs, func(i, j int) bool { return trigs[i].t0 < trigs[j].t0 })
		k += n - 1
	}
	return trigs
}

func hasType(trigs []trigMatch, typ string) bool {
	for _, t := range trigs {
		if t.typ == typ {
			return true
		}
	}
	return false
}
