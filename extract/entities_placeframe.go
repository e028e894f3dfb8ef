package extract

// A town no gazetteer knows is still a place when the sentence says so:
// news introduces a small place by the noun for it ("the village of
// Quelhue", "the small port town of Marvik") or by an appositive that
// names what it is ("Tarrow, a market town in the north,"). The place
// nouns are the class placenoun of word_classes.tsv (city, town, village,
// port...). A works stands in a town too: a name right after "NOUN in",
// NOUN of class worksite (plant, mine, refinery), is that town ("visited
// the firm's bottling plant in Varnholm": the works-noun frame,
// worksiteBefore). No frame makes a person or an organization a place: a
// name some earlier rule of the cascade typed (a title, a gazetteer place,
// an organization's cue word) never reaches this rule, and "the city of"
// before a name ending in an organization's cue ("the city of Leeds
// Council") is that rule's.

// placeFrameMods is how many lower-case words may stand between the
// article and the place noun ("the remote fishing village of").
const placeFrameMods = 3

// rulePlaceFrame: an untyped name of at most three words after "the
// (modifiers) NOUN of" or before ", a (modifiers) NOUN" ending the
// appositive's head, NOUN of class placenoun, is a LOCATION; so is one
// right after a works noun and "in" (the works-noun frame,
// worksiteBefore).
func (d *document) rulePlaceFrame(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 > 3 || !d.allNameWords(lx, c) {
		return false
	}
	if !d.placeNounBefore(c.t0) && !d.placeNounAppositive(c.t1) && !d.worksiteBefore(lx, c) {
		return false
	}
	d.mentions = append(d.mentions, mention{typ: Location, span: c, text: d.textOf(c), name: d.words(c)})
	return true
}

// placeNounBefore: token i follows "the (modifiers) NOUN of" in its
// sentence ("the village of", "the small border town of"). A nationality
// is a modifier too, capitalised as it is ("the Estonian port of", "the
// remote Peruvian mining town of"): it says which country the place is
// in, not what its name is.
func (d *document) placeNounBefore(i int) bool {
	if i < 3 || d.toks[i-1].lower != "of" || d.toks[i-2].cap || !d.lx.is(d.toks[i-2].lower, wcPlaceNoun) {
		return false
	}
	s := d.toks[i].sent
	for k := i - 3; k >= 0 && k >= i-3-placeFrameMods && d.toks[k].sent == s; k-- {
		t := d.toks[k]
		if t.lower == "the" {
			return true
		}
		if !t.word || (t.cap && d.lx.demonyms[t.lower] == "") {
			return false
		}
	}
	return false
}

// placeNounAppositive: the tokens from i are ", a (modifiers) NOUN" with
// the noun ending the appositive's head: punctuation or a preposition
// follows it ("Tarrow, a market town in the north", "Marvik, a port
// city."), not another noun ("Marvik, a port operator").
func (d *document) placeNounAppositive(i int) bool {
	if i+2 >= len(d.toks) || d.toks[i].text != "," || !d.lx.indefiniteArticle(d.toks[i+1].lower) {
		return false
	}
	s := d.toks[i].sent
	for k := i + 2; k < len(d.toks) && k <= i+2+placeFrameMods && d.toks[k].sent == s; k++ {
		t := d.toks[k]
		if !t.word || t.cap {
			return false
		}
		if !d.lx.is(t.lower, wcPlaceNoun) {
			continue
		}
		if k+1 >= len(d.toks) || d.toks[k+1].sent != s {
			return true
		}
		next := d.toks[k+1]
		if !next.word {
			return true
		}
		if d.lx.is(next.lower, wcPrep) || d.lx.compass[next.lower] {
			return true
		}
	}
	return false
}

// framedPlaceMentions: once a frame has named a place ("the town of
// Varnes"), the story's later bare mentions of that name no rule typed
// ("signed at the port offices in Varnes") are that place, as a story
// introduces a small town once and then names it alone. A person's name
// the story gives is resolved before (resolve), so a surname that is
// also a town's stays the person's.
// A facility named before its lower-case noun ("the Tarno river",
// entities_feature.go) is framed so too, by its name without the noun.
func (d *document) framedPlaceMentions() {
	framed := map[string]*entity{}
	for _, m := range d.mentions {
		if m.typ == Location && (m.rule == "place-frame" || m.rule == "destination") && m.ent != nil {
			framed[m.text] = m.ent
		}
		if m.typ == Location && m.rule == "facility-name" && m.canon != "" && m.ent != nil {
			framed[m.canon] = m.ent // "the Tarno river", then "the Tarno" (entities_feature.go)
		}
	}
	if len(framed) == 0 {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != "" {
			continue
		}
		if e := framed[m.text]; e != nil {
			m.typ, m.ent = Location, e
			e.count++
		}
	}
}

// worksiteBefore: the name c follows "NOUN in", NOUN of class worksite
// ("the cement plant in Varnholm", "two mines in Oskarby"): a works
// stands in a town. A name of two words or more that starts with a given
// name is a person's, and so is a name with "'s" after it, unless a place
// noun (placenoun, townnoun) follows within three words: a works held in
// someone's hands or care.
func (d *document) worksiteBefore(lx *lexicon, c span) bool {
	i := c.t0
	if i < 2 || d.toks[i-1].lower != "in" || d.toks[i-2].cap || !lx.is(d.toks[i-2].lower, wcWorksite) {
		return false
	}
	if d.toks[i-2].sent != d.toks[i].sent || lx.isGiven(d.toks[i].text) && c.t1-c.t0 >= 2 {
		return false // a person's name, not a town
	}
	if j := c.t1; j < len(d.toks) && (d.toks[j].lower == "'s" || d.toks[j].lower == "’s") {
		// "the smelter in Okoro's care": a holder, not a town; but
		// "the plant in Sorn's old port" still names the town
		for k := j + 1; k < len(d.toks) && k <= j+3 && d.toks[k].word && !d.toks[k].cap; k++ {
			if lx.is(d.toks[k].lower, wcPlaceNoun, wcTownNoun) {
				return true
			}
		}
		return false
	}
	return true
}
