package extract

// "The city of New Rochelle and the yacht club reached an agreement": a
// town, city or port as a party to a deal is named by a place noun (class
// placenoun of word_classes.tsv) and "of" before its name; the party is
// the place, read as the body that governs it: the clause gives its
// argument the type ORGANIZATION so the party rules (persons first, else
// organizations, else countries) keep it; the entity stays a LOCATION.

// placeOfNoun: a definite place noun, "of" and a place mention start at
// token k ("the city of New Rochelle", "the town of Bramford"): the
// place's mention.
func (d *document) placeOfNoun(k, end int) (mention, bool) {
	if k+3 >= end || d.toks[k].lower != "the" || d.toks[k+1].cap || !d.lx.is(d.toks[k+1].lower, wcPlaceNoun) || d.toks[k+2].lower != "of" {
		return mention{}, false
	}
	for _, m := range d.mentionsIn(span{k + 3, k + 4}) {
		if m.typ == Location && m.span.t0 == k+3 && m.span.t1 <= end {
			return m, true
		}
	}
	return mention{}, false
}

// placeOfNounArg: the place a is named after "the city of" ("the city of New
// Rochelle"), in sentence s.
func (d *document) placeOfNounArg(a arg, s sentence) bool {
	if a.typ != Location || a.span.t0-3 < s.t0 {
		return false
	}
	m, ok := d.placeOfNoun(a.span.t0-3, s.t1)
	return ok && m.span == a.span
}
