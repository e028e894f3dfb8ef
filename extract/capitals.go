package extract

import (
	"fmt"
	"strings"
)

// The capital reading: news names a country's capital by the country's
// demonym ("travelled to the Kenyan capital", "talks in the Dutch
// capital"). "the DEMONYM capital" — "the", a demonym of demonyms.tsv
// (capitalized, up to three words: "the Sri Lankan capital"), a word of
// class capitalnoun — is a place: the city a name right after it gives
// ("the Kenyan capital, Nairobi", "the Kenyan capital Nairobi": the story's
// own word wins), else the country's capital of capitals.tsv. "the capital
// of Kenya" and "the Kenyan capital city of Nairobi" are the place-noun
// reading's (placeNounOf); "the Kenyan capital's" names no place by
// itself; "the Kenyan capital city" is the capital; a demonym with no row
// in capitals.tsv reads nothing.
//
// Plain "the capital" stays with the kind reading (kindDestination: the
// dateline country's capital, the one case where the country is certain);
// a sentence naming one country is not read, since "the capital" often
// means another country's (the visitor's own).
//
// It is read where the place rules look: a visit's destination (place
// rule capital-destination: "arrived in the French capital", "a visit to
// the Kenyan capital") and the nearest place after a locative (nearPlace:
// "held talks in the Dutch capital").
//
// The demonym guard (demonymPlace): no event is given a demonym as its
// place ("Sri Lankan", which the learned tagger may read as a place before
// "capital"): a place reading that lands on a demonym is the capital when
// a capital noun follows it, else the demonym's country.

// loadCapital reads a row of capitals.tsv: country, city; the country a
// country line of locations.tsv and the city a city line in it.
func (lx *lexicon) loadCapital(r row) error {
	country, city := r.col(0), r.col(1)
	if !lx.placeIs(country, "country", "") {
		return fmt.Errorf("country %q: no country line of locations.tsv", country)
	}
	if !lx.placeIs(city, "city", country) {
		return fmt.Errorf("city %q: no city of %s in locations.tsv", city, country)
	}
	lx.capitals[country] = city
	return nil
}

// placeIs: locations.tsv has a line named name of that kind (in that
// country, when country is not "").
func (lx *lexicon) placeIs(name, kind, country string) bool {
	for _, i := range lx.placeNames[strings.ToLower(name)] {
		if p := lx.places[i]; p.name == name && p.kind == kind && (country == "" || p.country == country) {
			return true
		}
	}
	return false
}

// capitalPhrase reads "the DEMONYM capital" with its "the" at token k,
// ending by end: the place it names (a city named right after it, or the
// country's capital of capitals.tsv) and the phrase's end (past the named
// city when there is one); "" and -1 when no such phrase starts at k.
func (d *document) capitalPhrase(k, end int) (string, int) {
	if k < 0 || k+2 >= end || d.toks[k].lower != "the" || !d.toks[k+1].cap {
		return "", -1
	}
	n, country := d.demonymAt(d.lx, k+1, end)
	j := k + 1 + n // the capital noun
	if n == 0 || j >= end || !d.lx.is(d.toks[j].lower, wcCapitalNoun) {
		return "", -1
	}
	after := j + 1
	if after < end && !d.toks[after].cap && d.lx.is(d.toks[after].lower, wcPlaceNoun) {
		after++ // "the Kenyan capital city"
	}
	if after < end && (d.toks[after].lower == "of" || d.lx.is(d.toks[after].lower, wcGenitive)) {
		return "", -1 // "the Kenyan capital's", "the Kenyan capital city of Nairobi": a part of it, or the place-noun reading's
	}
	if name, e := d.namedCityAt(after, end); name != "" {
		return name, e // "the Kenyan capital, Nairobi": the story's word
	}
	if after < end && d.toks[after].cap && d.toks[after].word {
		return "", -1 // "the Kenyan capital Mombasa Road": a name the tables do not know; no guess
	}
	city := d.lx.capitals[country]
	if city == "" {
		return "", -1
	}
	return city, after
}

// namedCityAt: a LOCATION mention at token i, or after a comma there ("the
// Kenyan capital, Nairobi"): its name and end.
func (d *document) namedCityAt(i, end int) (string, int) {
	if i < end && d.toks[i].text == "," {
		i++
	}
	if i >= end {
		return "", -1
	}
	for _, m := range d.mentionsIn(span{i, min(end, i+4)}) {
		if m.typ == Location && m.span.t0 == i {
			if e := d.entityOf(m); e != nil && d.lx.demonyms[strings.ToLower(e.canon)] == "" {
				return e.canon, m.span.t1
			}
		}
	}
	return "", -1
}

// capitalAt: the place capitalPhrase reads at k, or "".
func (d *document) capitalAt(k, end int) string {
	p, _ := d.capitalPhrase(k, end)
	return p
}

// capitalDestination is the place rule capital-destination: a visit's
// destination phrase is "the DEMONYM capital" ("travelled to the Kenyan
// capital", "a visit to the Dutch capital").
func (d *document) capitalDestination(c *eventDraft) string {
	k := d.destStart(c.tr, c.s)
	if k < 0 {
		return ""
	}
	place, _ := d.capitalPhrase(k, c.s.t1)
	return place
}

// demonymPlace is the demonym guard: a place reading name, read from the
// mention ending at token t1 (-1 when unknown), that is a demonym is the
// capital a capital noun right after it names ("the Sri Lankan capital"),
// else the demonym's country; any other name is itself.
func (d *document) demonymPlace(name string, t1 int) string {
	c, ok := d.lx.demonyms[strings.ToLower(name)]
	if !ok {
		return name
	}
	if t1 >= 0 && t1 < len(d.toks) && d.lx.is(d.toks[t1].lower, wcCapitalNoun) {
		if city := d.lx.capitals[c]; city != "" {
			return city
		}
	}
	return c
}
