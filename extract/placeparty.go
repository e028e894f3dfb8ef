package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A country named in an event's sentence is a party only when it acts: not
// when it says where something happened ("in Vienna, Austria", "at the
// summit in Poland"), what is talked of ("talks on Syria", class topic in
// word_classes.tsv) or whose a named person is ("U.S. President Barack
// Obama", "Taiwan's President Tsai Ing-wen": the person is the party).

// placeNotParty reports whether the place mention m only locates or
// qualifies: after a locative, after a city and a comma, or before a
// title.
func (d *document) placeNotParty(m mention) bool {
	if m.typ != Location {
		return false
	}
	if d.locative(m.span.t0) {
		return true // "in Poland"
	}
	if k := m.span.t0 - 1; k >= 0 && (d.lx.is(d.toks[k].lower, wcTopic) || k > 0 && d.toks[k].lower == "the" && d.lx.is(d.toks[k-1].lower, wcTopic)) {
		return true // what is talked of: "a session of the Security Council on Haiti"
	}
	// "Vienna, Austria": the country of a city before it (but not the
	// next of a list of countries, "Switzerland, France")
	if k := m.span.t0 - 1; k > 0 && d.toks[k].text == "," {
		for _, p := range d.mentionsIn(span{max(0, k-4), k}) {
			if p.typ == Location && p.span.t1 == k && p.kind != "country" {
				return true
			}
		}
	}
	// "U.S. President Barack Obama", "Taiwan's President Tsai"
	k := m.span.t1
	if k < len(d.toks) && isPossessive(d.toks[k].text) {
		k++
	}
	if k < len(d.toks) && d.toks[k].cap && d.titleStarts(k) {
		for _, p := range d.mentionsIn(span{k, min(k+6, len(d.toks))}) {
			if p.typ == Person {
				return true
			}
		}
	}
	return false
}

// titleStarts: a title stands at token k before a name ("President",
// "Foreign Minister", "Deputy Prime Minister").
func (d *document) titleStarts(k int) bool {
	_, ok := d.titleAt(d.lx, k, min(k+6, len(d.toks)), true)
	return ok
}

// venueNotParty reports whether the organization mention m is the building
// or site an event is held in, not one of its sides: opened by a locative
// of class venueprep ("at", "in", with "the" between) and read as a venue
// by venueAt, its last word a venue head of venues.tsv that is no
// organization's cue word too (org_cues.tsv): "talks at the Serena Hotel"
// name the hotel as the talks' place, while "at the Foreign Office", "at
// the Carter Center" or "at the Kremlin" may name a side, and "the hotel's
// owner signed" does not stand after a locative and keeps it a party, nor
// does a hotel bought into ("a stake in the Corvo Hotel": investedIn).
func (d *document) venueNotParty(m mention) bool {
	if m.typ != Organization || m.span.t1-m.span.t0 < 2 {
		return false
	}
	last := d.toks[m.span.t1-1].lower
	if d.lx.venue[last] != "head" || d.lx.orgEnd[last] != "" {
		return false
	}
	k := m.span.t0 - 1
	if k >= 0 && d.toks[k].lower == "the" {
		k--
	}
	if k < 0 || !d.lx.is(d.toks[k].lower, wcVenuePrep) || d.toks[k].lower == "in" && d.investedIn(k) {
		return false
	}
	name, end := d.venueAt(k+1, d.sent[d.toks[k].sent].t1)
	return name != "" && end == m.span.t1
}

// investedIn reports whether the "in" at k completes a verb or noun of
// investing or owning a share (class investin) told just before it in its
// clause, a sum or a share between them: "will invest $5 million in",
// "bought a 20 percent stake in". What follows is bought into, not the
// place of the event.
func (d *document) investedIn(k int) bool {
	s := d.sent[d.toks[k].sent]
	for j := k - 1; j >= s.t0 && j >= k-10; j-- {
		t := d.toks[j]
		if d.lx.is(t.lower, wcInvestIn) {
			return true
		}
		if !d.sumToken(t) {
			return false // a comma, a clause's end, another place phrase, another noun
		}
	}
	return false
}

// sumToken: a token that may stand inside a sum or share between an
// investin word and its "in": a number, a currency sign, a determiner or
// possessive, a coordinator, a bracket, or a word of class sumword
// ("£40 million (or €40m)", "a 20 percent", "its"). Another noun ends the
// reading: "interest rates in" is no share in what follows.
func (d *document) sumToken(t token) bool {
	if t.text == "" {
		return false
	}
	if !t.word {
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.Is(unicode.Sc, r) || strings.ContainsAny(t.text, "%-()")
	}
	if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsDigit(r) {
		return true // "40", "40m", "2.5bn"
	}
	if d.lx.is(t.lower, wcVenuePrep) {
		return false
	}
	return t.tag == "DT" || t.tag == "PRP$" || d.lx.is(t.lower, wcArticle, wcCoordinator, wcPossessive, wcSumWord)
}
