package extract

import "strings"

// The unknown-persons pass: a person whose given name the name tables lack
// ("Ana Soto and Ravelu Manatoa ended talks", "met Nurlan Abdrakhmanov")
// leaves an untyped capitalized run of two words that no rule took. News
// names a person in full once and then by the surname alone, and the
// surname alone comes with a person's cue: "Manatoa said", "Mr Manatoa",
// "Manatoa, the tourism minister". Companies are repeated by their first
// word ("Brackwater said" after "Brackwater Consumer Finance") and places
// whole, so a run whose last word stands alone later with such a cue is a
// person, whatever the tagger guessed. A run joined by "and" to a person
// some rule found, with a cue of its own (", the tourism minister" after
// it, or "said" after the pair), is one too ("Ravelu Manatoa and Ana Soto
// said"). Runs a table or a cue word places elsewhere (allNameWords, the
// gazetteer, the organization tables, titles, nationality words, a club's
// suffix) stay as they were.

// unknownPersonWords: the longest run read as a person this way, in words:
// a given name and a surname (three words lowered event F1 on a set of
// international news: longer runs are more often something else).
const unknownPersonWords = 2

func (d *document) unknownPersons() {
	var cued *surnameCues
	for i := range d.mentions {
		m := &d.mentions[i]
		n := m.span.t1 - m.span.t0
		guessed := m.rule == "tagger" && m.typ != Person // the tagger's guess, no rule's
		if m.typ != "" && !guessed || n < 2 || n > unknownPersonWords || !d.unknownNameWords(m.span) {
			continue
		}
		if cued == nil {
			cued = d.surnameCues()
		}
		why := ""
		switch {
		case cued.said(d.toks[m.span.t1-1].text, m.span.t1):
			why = "surname alone with a person's cue"
		case !guessed && d.coordinatedPersonWithCue(m.span):
			why = "joined to a person, with a cue"
		default:
			continue
		}
		if d.trace != nil {
			d.trace("unknown person %q: %s", m.text, why)
		}
		*m = d.personMention(d.lx, m.span, true)
		m.rule = "unknown-person"
	}
}

// unknownNameWords: every word of s could be a person's name and none is a
// place, organization, title or honorific of the tables, nor a club's
// suffix last (word_classes.tsv, clubsuffix).
func (d *document) unknownNameWords(s span) bool {
	lx := d.lx
	if !d.allNameWords(lx, s) {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		if n, _ := lx.locs.longest(d.toks, k, s.t1); n > 0 {
			return false
		}
		if n, _ := lx.orgs.longest(d.toks, k, s.t1); n > 0 {
			return false
		}
		if !isTitleCase(d.toks[k].text) && !lx.nameParticle[d.toks[k].lower] {
			return false
		}
		// "Syrian Kurds": a nationality word is no name
		if _, ok := lx.demonyms[d.toks[k].lower]; ok {
			return false
		}
		// "Prime Minister": a title or an honorific is no name
		if lx.titles.longestKind(d.toks, k, s.t1, titleHead) > 0 || lx.titles.longestKind(d.toks, k, s.t1, titlePre) > 0 ||
			lx.honorific[strings.TrimSuffix(d.toks[k].text, ".")] {
			return false
		}
	}
	// "Kelso Rovers ... Rovers confirmed": a club's suffix names the club
	return !lx.is(d.toks[s.t1-1].lower, wcClubSuffix)
}

// surnameCues is what the story says of its one-word names, read once
// per document: alone, the words that stand alone in the body with a
// person's cue (an honorific before, "said" or ", <title>" after; not
// after "the": "the Kurds said" is a group); lastPerson, for the one-word
// names of persons a rule found ("Minister Manatoa", "Mr. Manatoa"), where
// the last of them starts.
type surnameCues struct {
	alone      map[string]bool
	lastPerson map[string]int
}

// said: the story gives the surname alone with a person's cue, or a
// rule's person named by it alone at or after token from.
func (c *surnameCues) said(surname string, from int) bool {
	at, ok := c.lastPerson[surname]
	return c.alone[surname] || ok && at >= from
}

func (d *document) surnameCues() *surnameCues {
	c := &surnameCues{alone: map[string]bool{}, lastPerson: map[string]int{}}
	toks := d.toks
	for k := d.bodyTok; k < len(toks); k++ {
		if !d.isCapWord(k) || c.alone[toks[k].text] {
			continue
		}
		prev := k > 0 && toks[k-1].sent == toks[k].sent
		honorific := prev && d.lx.honorific[strings.TrimSuffix(toks[k-1].text, ".")]
		if !honorific && prev && (d.isCapWord(k-1) || d.lx.is(toks[k-1].lower, wcArticle)) {
			continue // part of a longer run, or a group's name
		}
		if d.capRunEnd(k) != k+1 { // read at a run's start only: linear
			continue
		}
		if honorific || d.saidAfter(k+1) || d.appositiveTitle(d.lx, k+1) {
			c.alone[toks[k].text] = true
		}
	}
	for _, o := range d.mentions {
		if o.typ == Person && len(o.name) == 1 && o.rule != "tagger" && o.rule != "unknown-person" {
			if at, ok := c.lastPerson[o.name[0]]; !ok || o.span.t0 > at {
				c.lastPerson[o.name[0]] = o.span.t0
			}
		}
	}
	return c
}

// coordinatedPersonWithCue: s is joined by "and" to a person a rule found
// (not the tagger's guess), and has a cue: ", <title>" right after it, or
// a reporting verb right after the pair.
func (d *document) coordinatedPersonWithCue(s span) bool {
	toks := d.toks
	ruled := func(t0, t1 int) bool {
		for _, o := range d.mentionsIn(span{t0, t1}) {
			if o.span.t0 == t0 && o.typ == Person && o.rule != "tagger" && o.rule != "unknown-person" {
				return true
			}
		}
		return false
	}
	end := -1 // the end of the pair
	if s.t1+1 < len(toks) && toks[s.t1].lower == "and" && ruled(s.t1+1, s.t1+2) {
		for _, o := range d.mentionsIn(span{s.t1 + 1, s.t1 + 2}) {
			if o.typ == Person {
				end = o.span.t1
			}
		}
	}
	if end < 0 && s.t0 >= 2 && toks[s.t0-1].lower == "and" {
		for _, o := range d.mentionsIn(span{max(0, s.t0-6), s.t0 - 1}) {
			if o.span.t1 == s.t0-1 && o.typ == Person && o.rule != "tagger" && o.rule != "unknown-person" {
				end = s.t1
			}
		}
	}
	if end < 0 {
		return false
	}
	return d.appositiveTitle(d.lx, s.t1) || d.saidAfter(end)
}
