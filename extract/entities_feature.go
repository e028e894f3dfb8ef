package extract

import "strings"

// News names airports, stadiums, bridges, hospitals and lakes after people
// and places, and often writes the facility's noun in lower case ("landed
// at the Ruiz Soto airport", "the Kamau stadium"): the name before such a
// noun names the facility, not a person, and so gives no person a surname
// to steal ("Soto said" is no longer that airport's). A natural feature's
// word before a name does the same ("Lake Maruvi", "Mount Oreb"). The
// nouns are the word class facility (word_classes.tsv, and the place cues
// flagged lower in location_cues.tsv: river, airport), the leading
// words the class featurehead; a capitalised cue at the end ("the Kamau
// Stadium") is already the place-cue or organization-cue rule's.

// ruleFacilityName: a chunk of name words, no nationality ("a Belgian
// hospital", "Cape Verdean"), directly followed in its sentence by a lower-case noun of
// class facility names that facility. When the noun is an organization's
// cue the chunk alone is an organization ("the Otieno university":
// "Otieno"); else the chunk and the noun are a LOCATION of the noun's
// place kind (location_cues.tsv; a site when it has none), named by the
// chunk ("Ruiz Soto", alias "Ruiz Soto airport") so that a later bare
// "Ruiz Soto" or "the Tarno" is the same place. News annotation writes
// them so. A single name word names only
// a natural feature so (naturalFeature), or a site through an adjective
// of class facilitymod between it and the noun (facilityMod: "the Otieno
// international airport", a LOCATION of all three words). A chunk of name words after a
// capitalised word of class featurehead ("Lake Maruvi") is a LOCATION,
// unless a lower-case title or a person's noun comes right before it.
func (d *document) ruleFacilityName(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 > 4 || !d.allNameWords(lx, c) {
		return false
	}
	if k, _ := d.demonymAt(lx, c.t0, c.t1); k > 0 {
		return false // "an Austrian university", "Cape Verdean": a nationality, no name
	}
	n, modified := c.t1, d.facilityMod(lx, c)
	if modified {
		n++ // "the Ruiz Soto international airport"
	}
	// "owner Rashid Salem port operations", "Minister Ana Soto airport
	// remarks": a person's role right before the name keeps it a person's,
	// the facility noun then modifying what follows
	personRole := func() bool {
		return d.hasLowerTitleBefore(lx, c.t0) || d.personNounBefore(lx, c.t0) || d.titleEndsAt(lx, max(0, c.t0-3), c.t0)
	}
	// "the Ruiz Soto airport on Sunday": the facility noun ends its noun
	// phrase; before a lower-case noun ("Ana Soto port talks", "the Ruiz
	// Soto airport deal") it modifies that noun and the name is anyone's
	modifiesNext := n+1 < len(d.toks) && d.toks[n+1].word && !d.toks[n+1].cap && strings.HasPrefix(d.toks[n+1].tag, "NN")
	if n < len(d.toks) && d.toks[n].sent == d.toks[c.t0].sent && d.toks[n].word && !d.toks[n].cap && d.toks[n].tag != "VBG" && lx.is(d.toks[n].lower, wcFacility) && !modifiesNext && (c.t1-c.t0 >= 2 || modified || d.naturalFeature(lx, n)) && !personRole() {
		if cls, ok := lx.orgEnd[d.toks[n].lower]; ok {
			d.addOrg(lx, c, "", cls)
			return true
		}
		f := span{c.t0, n + 1}
		kind := lx.locEnd[d.toks[n].lower]
		if kind == "" {
			kind = "site"
		}
		d.mentions = append(d.mentions, mention{typ: Location, span: f, text: d.textOf(f), kind: kind, canon: d.textOf(c)})
		return true
	}
	if c.t1-c.t0 >= 2 && lx.is(d.toks[c.t0].lower, wcFeatureHead) && !d.hasLowerTitleBefore(lx, c.t0) && !d.personNounBefore(lx, c.t0) {
		// "the envoy Lake Tamsin", "his counterpart, River Osei": a
		// person's role before it makes the word a given name
		kind := lx.locEnd[d.toks[c.t0].lower]
		if kind == "" {
			kind = "region"
		}
		d.mentions = append(d.mentions, mention{typ: Location, span: c, text: d.textOf(c), kind: kind})
		return true
	}
	return false
}

// facilityMod: a lower-case word of class facilitymod follows chunk
// c in its sentence ("international", "national", "border") and a noun of class
// facility follows it: a modifier a site's name takes before its noun,
// which makes even one name word the site's name ("the Otieno
// international airport").
func (d *document) facilityMod(lx *lexicon, c span) bool {
	n := c.t1
	if n+1 >= len(d.toks) || d.toks[n].sent != d.toks[c.t0].sent || d.toks[n+1].sent != d.toks[c.t0].sent {
		return false
	}
	t, u := d.toks[n], d.toks[n+1]
	return t.word && !t.cap && lx.is(t.lower, wcFacilityMod) && u.word && !u.cap && lx.is(u.lower, wcFacility)
}

// naturalFeature: token k is a noun of a natural feature or a body of
// water (location_cues.tsv kinds water and region: "river", "lake",
// "reservoir"). One name word before it names the feature ("the Tarno
// river"); one word before a built site's noun is as often a brand, an
// owner or a town used as a modifier ("a Lumen hotel", "the Okafor
// stadium plan"), so a facility needs two name words for a name.
func (d *document) naturalFeature(lx *lexicon, k int) bool {
	kind := lx.locEnd[d.toks[k].lower]
	return kind == "water" || kind == "region"
}
