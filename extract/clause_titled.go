package extract

// A name that modifies a title is no party of its own (rule
// titled-after-modifier): in "hopes to meet Federal Health Minister X", "met
// Bavaria state premier X" and "U.S. Trade Representative X" the place
// or body before the title says whose officer X is; the party is X. The
// words between the modifier and the name are the title with its field
// ("Finance Minister", "party secretary"), no comma, preposition or "and".

// titledAfterModifier returns the person named after a title that starts
// within a few words of token at, when only title and field words stand
// between.
func (d *document) titledAfterModifier(at, end int) (mention, bool) {
	title := false
	for h := at; h < end && h < at+5; h++ {
		t := d.toks[h]
		if ms := d.mentionsIn(span{h, h + 1}); len(ms) > 0 && ms[0].span.t0 == h {
			if ms[0].typ == Person && title && h > at {
				return ms[0], true
			}
			return mention{}, false
		}
		if !t.word || d.lx.is(t.lower, wcPrep, wcClause, wcRelative) || t.lower == "and" || isPossessive(t.text) {
			return mention{}, false
		}
		if te := d.titleRunAt(h, end); te > h {
			title = true
			h = te - 1
		}
	}
	return mention{}, false
}
