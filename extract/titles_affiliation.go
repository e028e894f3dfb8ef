package extract

// A role and the body it serves, set before a name by a comma: "the chair
// of the Federation of Swedish Farmers (FSF), Britt Halvarsdotter," and
// "the regional envoy for Moldova, Greta Vulpescu,". News names a role
// holder this way when the reader is not expected to know the name, so
// the name is a person's even when no table knows its words; and the
// organization or place of the description is where the person works,
// not a party of what the sentence tells (events_affiliation.go).

// affiliatedTitleBefore reads, right before the name at token at,
// "[the|X's|ORG] title of|for|to|at [the] Capitalized Run [(ACR)] ,":
// desc is the whole description (up to the comma), title its title and
// aff the organization or place named after it.
func (d *document) affiliatedTitleBefore(lx *lexicon, at int) (desc, title, aff span, ok bool) {
	toks := d.toks
	if at < 4 || at > len(toks) || toks[at-1].text != "," {
		return
	}
	sent := toks[at-1].sent
	comma := at - 1
	e := comma
	// an acronym in brackets after the body's name: "(FSF)"
	if e-3 >= 0 && toks[e-1].text == ")" && toks[e-3].text == "(" && toks[e-2].upper {
		e -= 3
	}
	// the body or place: capitalized words, connectors between them
	// ("Federation of Swedish Farmers")
	b := e
	for b > 0 && e-b < 7 && toks[b-1].sent == sent {
		if d.isCapWord(b - 1) {
			b--
			continue
		}
		if b-2 >= 0 && b < e && d.lx.connector[toks[b-1].lower] && d.isCapWord(b-2) {
			b--
			continue
		}
		break
	}
	if b == e || !d.isCapWord(b) {
		return
	}
	p := b
	if p > 0 && d.lx.is(toks[p-1].lower, wcArticle) {
		p--
	}
	if p < 2 || toks[p-1].sent != sent {
		return
	}
	prep := p - 1
	if !d.lx.is(toks[prep].lower, wcComplement, wcEmployer) {
		return
	}
	// the longest title that ends right at the preposition
	for s := prep - 4; s < prep; s++ {
		if s < 0 || toks[s].sent != sent {
			continue
		}
		ts, found := d.titleAt(lx, s, prep, false)
		if !found || ts.t1 != prep {
			continue
		}
		// what stands before the title belongs to the description: an
		// article, a possessor, an employer ("the UN envoy", "Oslo's")
		start := ts.t0
		for start > 0 && ts.t0-start < 4 && toks[start-1].sent == sent &&
			(d.isCapWord(start-1) || isPossessive(toks[start-1].text) || d.lx.is(toks[start-1].lower, wcArticle, wcPossessive)) {
			start--
		}
		return span{start, comma}, ts, span{b, e}, true
	}
	return
}
