package extract

// titlePlaceEnd: a gazetteer place of two or more words starts at token i
// with the title ts ("Prince Edward Island", "General Santos", "President
// Roxas", "Presidente Prudente") and the words after the title read as the
// rest of the place, not as a person's name. It returns the end of the
// place, or 0 when the title and a name stand (the title rule goes on).
//
// The place wins when its words go beyond the title and the title does not
// go beyond the place, the place is not an ambiguous name (amb) unless a
// place's context surrounds it, and one of these says it is no person:
//   - its last word is a word that ends a place's name (location_cues.tsv:
//     "Prince Edward Island");
//   - a place's context: a locative preposition before it, a place listed
//     beside it ("in General Santos", "General Santos, Philippines");
//   - another title follows it in the chunk: a name has no title inside it,
//     a place before a title is where the office is ("Prince Edward Island
//     Premier X", "General Santos Mayor X").
//
// "General Santos said", "President Roxas visited" stay a title and a name.
func (d *document) titlePlaceEnd(lx *lexicon, i, end int, ts span) int {
	n, v := lx.locs.longest(d.toks, i, end)
	if n < 2 || v < 0 || ts.t1 >= i+n {
		return 0
	}
	place := span{i, i + n}
	ctx := d.placeContext(place)
	if lx.places[v].amb && !ctx {
		return 0
	}
	if _, ok := lx.locEnd[d.toks[place.t1-1].lower]; ok || ctx {
		return place.t1
	}
	if place.t1 < end {
		if _, ok := d.parseTitle(lx, place.t1, end); ok {
			return place.t1
		}
	}
	return 0
}
