package extract

// A person named through a common noun's possessor. "met the company's
// new chief executive, X", "met the country's then fisheries minister, X",
// "will meet the club's owner": the noun after "the" is the possessor,
// not what was met; the meeting is with the person the possessed title or
// word for a person names. (Without the possessive, "to meet the
// region's rising appetite", the head is a thing and no one is met.)

// possessedPerson: the common noun at w (or a compound of up to three,
// "the rail operator's") is followed by a possessive and,
// past up to three modifiers ("new", "then", "shipping"), a title or a word
// for a person.
func (d *document) possessedPerson(w int, s sentence) bool {
	for n := 0; n < 2 && w+1 < s.t1 && d.commonNounOrPerson(w+1) && !d.toks[w+1].cap; n++ {
		w++ // a compound possessor: "the rail operator's"
	}
	if w+2 >= s.t1 || !isPossessive(d.toks[w+1].text) {
		return false
	}
	for k, n := w+2, 0; k < s.t1 && n < 4; k, n = k+1, n+1 {
		t := d.toks[k]
		l := t.lower
		if d.lx.titles.longestKind(d.toks, k, min(k+3, s.t1), titleHead) > 0 || d.lx.titles.longestKind(d.toks, k, min(k+3, s.t1), titlePre) > 0 ||
			d.lx.personNoun[l] || d.lx.is(l, wcPeople) {
			return true
		}
		if t.cap || !(t.tag == "JJ" || t.tag == "RB" || t.tag == "VBN" || t.tag == "NN") {
			return false
		}
	}
	return false
}
