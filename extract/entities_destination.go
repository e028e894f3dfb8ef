package extract

import "strings"

// The destination-places pass: news sends its people to towns, islands and
// border villages no gazetteer lists, and names the place right after the
// travel verb ("visited Ksarvo", "flew on to Tamberi", "landed in Oruvai").
// That slot (destStart of a visit trigger, frames.tsv's dest roles) holds
// a place, so a name there that no rule and no tagger typed is a LOCATION,
// and so are its bare mentions elsewhere in the story (framedPlaceMentions).
// What may also stand there is left alone: a person's name the story gives
// (resolve keeps it the person's; "flew to Soto's ranch" is the ranch, by
// the possessive), a name that modifies a noun after it ("meet in the Copa
// Norte final"), a name the tagger reads as a person or an organization,
// a name after "the" (a ship, "the Varnex plant"), and words a table or
// a cue types otherwise (unknownNameWords: a club's suffix, a title, a
// nationality). Planned, denied and past trips alike name a place.

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
// and no tagger's person or organization reading of it.
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
	switch d.taggerSays[m.span] {
	case Person, Organization:
		return false
	}
	return true
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
// within eventLocativeReach tokens of its clause, with no comma, other
// verb or other name between (a name between is the trigger's object:
// "met Soto in Nadi" passes, "met Soto of Varnex in" does not reach).
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

// nounAfterName: the lower-case word at e is a noun or adjective that ends
// its phrase (punctuation or the sentence's end after it): the name before
// it modifies it ("in Copa Norte final;", "visited Tarvo hospital.").
func (d *document) nounAfterName(e int) bool {
	if e >= len(d.toks) || !d.toks[e].word || d.toks[e].cap {
		return false
	}
	switch d.toks[e].tag {
	case "NN", "NNS", "JJ":
	default:
		return false
	}
	return e+1 >= len(d.toks) || d.toks[e+1].sent != d.toks[e].sent || !d.toks[e+1].word
}
