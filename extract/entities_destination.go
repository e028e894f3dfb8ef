package extract

import "strings"

// The destination-places pass: news sends its people to towns, islands and
// border villages no gazetteer lists, and names the place right after the
// travel verb ("visited Ksarvo", "flew on to Tamberi", "landed in Oruvai").
// That slot (destStart of a visit trigger, frames.tsv's dest roles) holds
// a place, so a name there that no rule and no tagger typed is a LOCATION,
// and so are its bare mentions elsewhere in the story (framedPlaceMentions).
// A meeting or a deal has no such slot, but the name right after the "in"
// that follows its trigger within a few words of its clause is its place
// ("held talks in Nadi", "signed the accord in Nadi": eventLocative).
// What may also stand there is left alone: a person's name (one the story
// or the tagger types a person, or one told where a person is kept:
// "visited X at home", "in hospital"); "flew to Soto's ranch" is the
// ranch, by the possessive; a name that modifies a lower-case noun after
// it ("meet in the Copa Norte final"); a name the tagger reads as an
// organization; a name after "the" (a ship, "the Varnex plant"); and
// words a table or a cue types otherwise (unknownNameWords: a club's
// suffix, a title, a nationality). Planned, denied and past trips alike
// name a place.

// destinationPlaceWords: the longest untyped run read as a destination,
// in words ("Vila Nova Sintra"); longer runs are more often an
// organization's name.
const destinationPlaceWords = 3

func (d *document) destinationPlaces(lx *lexicon) {
	at := map[int]int{} // mention index by its first token
	untyped := false
	for i, m := range d.mentions {
		if m.span.t0 >= d.bodyTok {
			at[m.span.t0] = i
			untyped = untyped || m.typ == ""
		}
	}
	if !untyped {
		return
	}
	for _, s := range d.sent {
		for k := s.t0; k < s.t1; k++ {
			n, v := lx.triggers.longest(d.toks, k, s.t1)
			if n == 0 || d.toks[k].cap && k != s.t0 {
				continue
			}
			tr, ok := d.reading(lx, k, k+n, lx.formSets[v])
			if !ok {
				continue
			}
			i, ok := at[d.destStart(tr, s)] // -1 for a meeting or a deal
			if !ok {
				// "held talks in Nadi", "met the envoy in Nadi": the
				// event's own locative
				if i, ok = d.eventLocative(tr, s, at); ok && d.destinationName(i) {
					d.typeDestination(i, tr)
				}
				continue
			}
			if d.destinationName(i) {
				d.typeDestination(i, tr)
			}
			// "toured Ksarvo and Mebra": the conjunct of a destination is
			// one too
			if m := d.mentions[i]; m.typ == Location && m.span.t1+1 < s.t1 && d.toks[m.span.t1].lower == "and" {
				if j, ok := at[m.span.t1+1]; ok && d.destinationName(j) {
					d.typeDestination(j, tr)
				}
			}
		}
	}
}

// destinationName: the untyped mention i could be a place: at most
// destinationPlaceWords name words no table types, no possessive after it,
// no lower-case noun it modifies, no sign of a person (personName) and no
// tagger's person or organization reading of it.
func (d *document) destinationName(i int) bool {
	m := d.mentions[i]
	if m.typ != "" || m.span.t1-m.span.t0 > destinationPlaceWords || !d.unknownNameWords(m.span) {
		return false
	}
	if e := m.span.t1; e < len(d.toks) && (strings.HasPrefix(d.toks[e].text, "'") || strings.HasPrefix(d.toks[e].text, "’")) {
		return false // "flew to Soto's ranch"
	}
	if d.nounAfterName(m.span.t1) {
		return false // "meet in Copa Norte final": the name modifies a noun
	}
	if d.personName(m.span) {
		return false
	}
	switch d.taggerSays[m.span] {
	case Person, Organization:
		return false
	}
	return true
}

// personName: the name s is told where a person is kept or found
// ("visited X at home", "saw X in hospital", "at her home": class
// whereabouts), so it is the person visited. (A name whose first word is
// a known given name is typed a person before this pass.)
func (d *document) personName(s span) bool {
	e := s.t1
	if e+1 >= len(d.toks) || d.toks[e].sent != d.toks[s.t0].sent {
		return false
	}
	switch d.toks[e].lower {
	case "at", "in":
	default:
		return false
	}
	e++
	if d.lx.is(d.toks[e].lower, wcPersonal) && e+1 < len(d.toks) && d.toks[e+1].sent == d.toks[s.t0].sent {
		e++ // "at her home"
	}
	return !d.toks[e].cap && d.lx.is(d.toks[e].lower, wcWhereabouts)
}

func (d *document) typeDestination(i int, tr trigMatch) {
	m := &d.mentions[i]
	if d.trace != nil {
		d.trace("destination %q: after %q", m.text, d.textOf(span{tr.t0, tr.t1}))
	}
	m.typ, m.rule = Location, "destination"
}

// eventLocativeReach: how many tokens may stand between an event's
// trigger and the "in" of its own place ("met the two envoys in").
const eventLocativeReach = 6

// eventLocative: the mention right after "in" that follows the trigger tr
// within eventLocativeReach tokens of its clause, with no comma or other
// verb between ("met Soto in Nadi", "held talks with Soto of Varnex in
// Nadi": the names between are the meeting's parties, the name after "in"
// its place).
func (d *document) eventLocative(tr trigMatch, s sentence, at map[int]int) (int, bool) {
	for k := tr.t1; k < s.t1-1 && k <= tr.t1+eventLocativeReach; k++ {
		t := d.toks[k]
		if !t.word || strings.HasPrefix(t.tag, "VB") {
			return -1, false
		}
		if t.lower == "in" {
			i, ok := at[k+1]
			return i, ok
		}
	}
	return -1, false
}

// nounAfterName: the lower-case word at e is a noun the name before it
// modifies ("in Copa Norte final on Sunday", "visited Tarvo hospital"), or
// an adjective before such a noun or ending the phrase ("the Copa Norte
// grand final"). A date word is no such noun: "visited Ksarvo yesterday",
// "toured Ksarvo last week" keep their place.
func (d *document) nounAfterName(e int) bool {
	if !d.lowerWordAt(e) {
		return false
	}
	switch d.toks[e].tag {
	case "NN", "NNS":
		return true
	case "JJ":
		if e+1 >= len(d.toks) || d.toks[e+1].sent != d.toks[e].sent || !d.toks[e+1].word {
			return true // "in Copa Norte final;"
		}
		return d.lowerWordAt(e+1) && (d.toks[e+1].tag == "NN" || d.toks[e+1].tag == "NNS")
	}
	return false
}

// lowerWordAt: token e is a lower-case word, and no date word.
func (d *document) lowerWordAt(e int) bool {
	if e >= len(d.toks) || !d.toks[e].word || d.toks[e].cap {
		return false
	}
	_, date := d.lx.dateWords[d.toks[e].lower]
	return !date
}
