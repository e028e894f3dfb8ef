package extract

import "strings"

// travelVerbTags: a verb of leaving or going back (word classes depart,
// goback: "returns", "leaves"), or of motion before "home" or "back"
// ("heads back"), that opens the second half of a coordination ("... and
// returns to Y on Sunday", "and then leaves for Y": classes coordinator,
// itinerary) is a verb when a place after a goal preposition (classes
// goalprep, destprep) or "home"/"back" (class return) follows it. After a
// plural noun the tagger reads "and returns" as a second plural noun, and
// the trip's end is lost. A noun "returns" takes no capitalized place
// after "to" ("returns to investors" stays a noun); the verb shares the
// subject of the verb before "and", a person's ("Mayor X inspected two
// depots and returns to Y"), so the word is a noun when no finite verb
// stands before "and" ("Shipments and returns to Y slowed": a subject), when
// that verb's subject reads as no person (personSubjectAt: "officials at
// the port tallied departures and returns to Y", "an agency recorded
// arrivals and returns to Y": objects), and when a verb of its
// own follows before the clause ends ("bookings and returns to Y on Monday
// were up").
func (d *document) travelVerbTags(lx *lexicon) {
	for k := 1; k+1 < len(d.toks); k++ {
		t := d.toks[k]
		if t.cap || !t.word || (t.tag != "NNS" && t.tag != "NN") || !strings.HasSuffix(t.lower, "s") {
			continue
		}
		p := k - 1
		if p > 0 && lx.is(d.toks[p].lower, wcItinerary) && !nounTag(d.toks[p].tag) {
			p--
		}
		if !lx.is(d.toks[p].lower, wcCoordinator) || d.toks[p].sent != t.sent {
			continue
		}
		n := d.toks[k+1]
		if n.sent != t.sent {
			continue
		}
		goal := lx.is(n.lower, wcGoalPrep) || lx.is(n.lower, wcDestPrep) && !lx.is(n.lower, wcLocative)
		toPlace := goal && k+2 < len(d.toks) && d.toks[k+2].sent == t.sent && d.toks[k+2].cap && d.toks[k+2].word
		home := lx.is(n.lower, wcReturn)
		switch {
		case lx.is(t.lower, wcDepart, wcGoBack) && (toPlace || home),
			lx.is(t.lower, wcMotion) && home:
			if d.personVerbBefore(lx, p) && !d.verbOfItsOwn(lx, k+1) {
				d.toks[k].tag = "VBZ"
			}
		}
	}
}

// personVerbBefore: a finite verb (or a modal) stands in the sentence
// before token p, and the word before its verb group reads as a person
// (personSubjectAt): the subject a verb after
// "and" at p may share. A verb after a comma is one of a list of verbs
// ("landed in X, toured two mills and returns"): the first one's subject
// counts.
func (d *document) personVerbBefore(lx *lexicon, p int) bool {
	sent := d.toks[p].sent
	for j := p - 1; j > 0 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		if t.cap || !(t.tag == "MD" || strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN") {
			continue
		}
		// step left over the verb group: auxiliaries, modals, adverbs
		s := j - 1
		for s > 0 && d.toks[s].sent == sent && !d.toks[s].cap && (d.toks[s].tag == "MD" || d.toks[s].tag == "RB" || lx.is(d.toks[s].lower, wcAux)) {
			s--
		}
		if d.toks[s].sent != sent {
			return false
		}
		subj := d.toks[s]
		if subj.text == "," {
			j = s // a list of verbs shares the subject of its first
			continue
		}
		return d.personSubjectAt(lx, s)
	}
	return false
}

// personSubjectAt: the word at s, ending a verb's subject, reads as a
// person by the readings the tagger has before names are found: a
// personal pronoun (classes personal, plural), a person noun or title in
// lower case ("the mayor"), or a capitalized run ending at s that holds a
// given name, an honorific or a title ("Ambassador Clara Veidt", "Mr
// Veidt"), or a lone surname a given name or title stood before earlier
// in the document, or a run of two words that is no known organization or
// place (a given name and a surname the tables lack). The run stops at a
// preposition, a determiner or a date word. An agency, a company or a
// place ("The UNHCR", a run ending in an org_cues.tsv word such as
// "Talbrook Mining") is none: a noun after "and" stays one of that verb's
// objects.
func (d *document) personSubjectAt(lx *lexicon, s int) bool {
	subj := d.toks[s]
	if lx.is(subj.lower, wcPersonal, wcPlural) {
		return true
	}
	if !subj.cap || !subj.word {
		return lx.personNoun[subj.lower] || d.titleRunAt(s, s+1) > s
	}
	personal := func(k int) bool {
		t := d.toks[k]
		return lx.isGiven(t.text) || lx.honorific[strings.TrimSuffix(t.text, ".")] || d.titleRunAt(k, k+1) > k
	}
	if _, cue := lx.orgEnd[subj.lower]; cue {
		return false // "Grace Shipping": a company, whatever its first word
	}
	// the run of capitalized words ends at s and starts after a word that
	// opens no name: a preposition, a determiner or a date word ("In April
	// Talbrook Mining": the run is "Talbrook Mining")
	i := s
	for ; i >= 0 && d.toks[i].sent == subj.sent && d.toks[i].cap && d.toks[i].word; i-- {
		if d.lx.is(d.toks[i].lower, wcPrep, wcArticle) || d.toks[i].tag == "DT" || d.dateWordAt(i) {
			break
		}
		if personal(i) {
			return true
		}
	}
	if i == s-2 {
		// two words, neither a person's by the tables: a given name and
		// a surname by their shape, unless the pair or a word of it is a
		// known organization or place
		n, _ := lx.orgs.longest(d.toks, s-1, s+1)
		_, place0 := lx.placeNames[d.toks[s-1].lower]
		_, place1 := lx.placeNames[subj.lower]
		return n == 0 && !place0 && !place1
	}
	if i != s-1 {
		return false // a run of three or more words with no person's word
	}
	for k := 1; k < s; k++ {
		if d.toks[k].text == subj.text && personal(k-1) {
			return true
		}
	}
	return false
}

// verbOfItsOwn: a verb (or a form of "be", a modal) stands from k on
// before the clause ends at a comma or a word of class clause or
// coordinator, or the sentence's end: what comes before it is its subject.
func (d *document) verbOfItsOwn(lx *lexicon, k int) bool {
	sent := d.toks[k].sent
	for ; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.text == "," || lx.is(t.lower, wcClause, wcCoordinator) {
			return false
		}
		if !t.cap && (strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN" || t.tag == "MD" || lx.is(t.lower, wcBe)) {
			return true
		}
	}
	return false
}

// nameAfterToTags: a capitalized word right after a lower-case "to" (word
// class goalprep), inside a sentence, is a name ("flew to Gdansk",
// "returns to Riga"): English capitalizes no verb there, but the tagger
// reads an unknown word after "to" as an infinitive, and a pass that looks
// for a verb between two words then finds one. So any capitalized VB or
// VBP after a lower-case "to" is retagged NNP, except in a headline: a
// line that ends with no full stop, question or exclamation mark and has
// half its words or more capitalized ("Mayor to Visit Riga Schools").
func (d *document) nameAfterToTags(lx *lexicon) {
	for _, s := range d.sent {
		if d.headlineCase(s) {
			continue
		}
		for k := s.t0 + 1; k < s.t1; k++ {
			t := d.toks[k]
			if !t.cap || !t.word || !lx.is(d.toks[k-1].text, wcGoalPrep) || (t.tag != "VB" && t.tag != "VBP") {
				continue
			}
			d.toks[k].tag = "NNP"
		}
	}
}

// headlineCase: sentence s ends with no full stop, question or
// exclamation mark (closing quotes and brackets aside), and half or more
// of its words are capitalized. A lead sentence full of names and titles
// ends with a full stop.
func (d *document) headlineCase(s sentence) bool {
	last := s.t1 - 1
	for last > s.t0 && strings.ContainsAny(d.toks[last].text, "\"'”’)]") && !d.toks[last].word {
		last--
	}
	if last >= s.t0 && last < len(d.toks) {
		switch d.toks[last].text {
		case ".", "?", "!":
			return false
		}
	}
	words, caps := 0, 0
	for k := s.t0; k < s.t1; k++ {
		if t := d.toks[k]; t.word {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words > 0 && 2*caps >= words
}

// dateWordAt: the word at k is a word of date_words.tsv (a month, a
// weekday, a calendar unit...).
func (d *document) dateWordAt(k int) bool {
	_, ok := d.lx.dateWords[d.toks[k].lower]
	return ok
}
