package extract

// A heavy object may follow the verb's adjuncts instead of preceding them
// (heavy-NP shift), as protocol reports and long wire sentences do:
// "the premier will receive in Kigali next week Ghana's minister of
// trade, X", "met in Porto Alegre on Friday the state governor, A, and the
// mayor, B", "is due to meet in Rabat on Thursday the minister of industry
// and trade, Y". The clause reader finds no object right after the
// verb; shiftedObject looks past the adjuncts for it.

// shiftedObject returns the noun phrases after the adjuncts that follow a
// verb ending at at (places "in/at X", dates "on Sunday", "Sunday"), and
// where they start; none when nothing was skipped, when a comma, a clause
// word or an infinitive comes first ("met in Geneva on Monday, officials
// said", "met in Geneva on Monday to discuss"), or when the phrase names
// no party (a person, a body, or people described).
func (d *document) shiftedObject(at, end int) ([]arg, int) {
	k := d.pastAdjuncts(at, end)
	if k == at || k >= end {
		return nil, at
	}
	t := d.toks[k]
	if !t.word || d.lx.is(t.lower, wcClause, wcRelative, wcPrep, wcPronoun, wcCoordinator, wcInfinitive) || t.tag != "" && t.tag[0] == 'V' {
		return nil, at
	}
	var out []arg
	for _, a := range d.phraseAt(k, end) {
		switch {
		case a.typ == Person || a.typ == Organization:
			out = append(out, a)
		case a.pron != "" && !d.lx.is(a.pron, wcPronoun):
			out = append(out, a) // "the visiting envoy": a description to resolve
		}
	}
	if len(out) == 0 {
		return nil, at
	}
	// "met in Lima on Friday Peruvian officials said": the phrase is the
	// subject of a reporting verb, no object
	if e := out[len(out)-1].span.t1; e < end && d.lx.is(d.toks[e].lower, wcReport) {
		return nil, at
	}
	return out, k
}

// pastAdjuncts returns where the adjuncts of place and time after a verb
// ending at at end ("in Kigali next week", "to Lima on Monday"), or
// at when none follows it.
func (d *document) pastAdjuncts(at, end int) int {
	k := at
	for n := 0; k < end && n < 4; n++ {
		if e := d.dateAt(k); e > k {
			k = e // "Sunday", "last week"
			continue
		}
		if e := d.adjunctPhraseEnd(k, end); e > k {
			k = e
			continue
		}
		break
	}
	return k
}

// adjunctPhraseEnd returns the end of a prepositional phrase of place or
// time starting at k ("in Guangzhou", "at Rideau Hall", "on Tuesday", "at
// the foreign ministry in Doha"), or k when none starts there.
func (d *document) adjunctPhraseEnd(k, end int) int {
	if k+1 >= end || !d.lx.is(d.toks[k].lower, wcVenuePrep, wcPlacePrep, wcDayPrep) {
		return k
	}
	venue := d.lx.is(d.toks[k].lower, wcVenuePrep) // "to Lima" is a place's phrase; "to the" is no venue's
	j := k + 1
	if e := d.dateAt(j); e > j {
		return e // "on Tuesday", "in March"
	}
	if d.lx.is(d.toks[k].lower, wcDayPrep) {
		return k // "on" opens a day, no place
	}
	// "at the foreign ministry", "at the palace": a definite phrase of
	// lower-case nouns
	if venue && d.lx.is(d.toks[j].lower, wcDefinite) {
		j++
		for j < end && j < k+6 && d.toks[j].word && !d.toks[j].cap && d.commonNoun(j) {
			j++
		}
		if j == k+2 {
			return k // "the" and no noun
		}
		if !(j < end && d.toks[j].cap) {
			return j
		}
	}
	ms := d.mentionsIn(span{j, j + 1})
	if len(ms) == 0 || ms[0].typ != Location {
		return k
	}
	j = ms[0].span.t1
	// "in Warsaw, Poland": the country after the city
	if j+1 < end && d.toks[j].text == "," {
		if n := d.mentionsIn(span{j + 1, j + 2}); len(n) > 0 && n[0].typ == Location {
			j = n[0].span.t1
		}
	}
	return j
}
