package extract

import "strings"

// A place told after an event's trigger may belong to a clause or a phrase
// of its own that hangs on one of the event's nouns rather than to the
// event (reading "embedded"):
//
//   - a relative clause: "signed an agreement on drones, under which
//     companies will make parts in Ukraine", "arrived on Sunday for talks,
//     the opening stop of a trip that goes on to Accra": the place is where
//     that clause's verb happens (or will);
//   - the matter of the event told as an action on a thing, a matter word
//     (class matter: on, for, over) and an of-phrase: "a memorandum for
//     the building of a mill in Kisumu", "a deal on the upgrade of
//     a road to Gulu": the place is the thing's.
//
// and, for a meeting or an agreement (a visit's infinitive of purpose
// goes where the visit went: "flew to Oslo to meet X at the Storting"),
// a place told after the trigger in a clause or phrase that says what the
// event was about or led to rather than where it was (complementAt):
//
//   - an infinitive after it, up to a comma ("agreed to open a customs
//     post in Tarija", "signed a pact to build a bridge at Ruzizi", "held
//     talks to prepare a summit in Baku"): the place is where the thing
//     agreed or prepared is to be;
//   - a theme word (class theme: about, regarding) up to a comma ("talks
//     about delays at the border post in Namanga"): the place is the
//     theme's;
//   - a participle after a comma (", ending a row that began in Tumbes"):
//     a clause of its own, but for a reporting one (", according to
//     officials in Bern");
//
// unless a temporal word between, or a venue preposition before a meeting
// noun or a gathering ("talks about a merger at a trade fair in Ghent"),
// tells the event's occasion again.
//
// A relative clause closed by a comma, a dash or a bracket before the
// place does not hold it ("the panel's last session - X chairs
// it - in London"). Two stay the event's: a gathering the of-phrase names ("talks on the
// sidelines of a summit in Brussels": the summit's place is the talks'),
// and a place a person of a "who" clause went to ("met X, who had flown
// to Lusaka": the person is there).

// embeddedPlace reports whether the place at token i, after the trigger,
// stands in a relative clause or a matter's of-phrase after it, or (a
// meeting's or an agreement's) in a complement (complementAt).
func (d *document) embeddedPlace(tr trigMatch, i int) bool {
	if i <= tr.t1 || i >= len(d.toks) {
		return false
	}
	s := d.sent[d.toks[i].sent]
	from := max(tr.t1, s.t0)
	for k := from; k < i; k++ {
		t := d.toks[k]
		if t.text == ";" {
			return false
		}
		if d.relativeOpens(k) {
			if d.stagedAt(tr, k, i) {
				return false // "a follow-up summit, which is to be held in Vaasa": the summit's place
			}
			if e := d.clauseClose(k, i); e > 0 {
				k = e // "the panel's last session - X chairs it - in London": closed before the place
				continue
			}
			if d.lx.is(t.lower, wcRelPerson) {
				l := d.toks[i-1].lower
				if d.toks[i-1].lower == "the" && i > 1 {
					l = d.toks[i-2].lower
				}
				return !d.lx.is(l, wcGoalPrep) // "who had flown to Lusaka": there
			}
			return true
		}
		if d.lx.is(t.lower, wcMatter) && d.matterOf(k, i, s) {
			return true
		}
		if tr.typ != Visit && d.complementAt(k, i) {
			return true
		}
	}
	return false
}

// occasionAt: token j is a venue preposition (class venueprep: at, in)
// before a meeting noun or a gathering (class gathering) within four
// words, ahead of the place at token i: the event's own occasion ("held
// talks about a merger at a trade fair in Ghent": the fair's place is the
// talks').
func (d *document) occasionAt(j, i int) bool {
	if !d.lx.is(d.toks[j].lower, wcVenuePrep) {
		return false
	}
	s := d.sent[d.toks[j].sent]
	for m := j + 1; m < i && m <= j+4; m++ {
		if d.eventNoun(m, s) || d.lx.is(d.toks[m].lower, wcGathering) {
			return true
		}
	}
	return false
}

// complementAt: token k, before the place at token i, opens an infinitive
// ("to" of class infinitive and a verb's base form) or a theme (class
// theme) whose phrase reaches the place with no comma between, or a
// participle clause after a comma, not one that reports (class report:
// ", according to minutes published in Tamale" tells where the news came
// out); and no temporal word (class temporal) stands
// between, nor a venue preposition before a meeting noun or a gathering
// (occasionAt), which tell the event's own occasion again ("agreeing to
// stand aside during a dinner at a hotel in Leith": the dinner's place is
// the agreement's).
func (d *document) complementAt(k, i int) bool {
	if k+1 >= i {
		return false
	}
	t, next := d.toks[k], d.toks[k+1]
	opens := false
	switch {
	case d.lx.is(t.lower, wcInfinitive) && next.tag == "VB", d.lx.is(t.lower, wcTheme):
		opens = d.clauseClose(k, i) == 0
	case t.text == "," && next.tag == "VBG" && !d.lx.is(next.lower, wcReport):
		opens = true
	}
	if !opens {
		return false
	}
	for j := k + 1; j < i; j++ {
		if d.lx.is(d.toks[j].lower, wcTemporal) || d.occasionAt(j, i) {
			return false // the event's own occasion told again
		}
	}
	return true
}

// clauseClose returns the comma, dash or bracket after token k and
// before token i that closes the clause k opens, or 0.
func (d *document) clauseClose(k, i int) int {
	for j := k + 1; j < i; j++ {
		switch d.toks[j].text {
		case ",", "-", "–", "—", "--", ")":
			return j
		}
	}
	return 0
}

// relativeOpens: token k opens a relative clause: a relative pronoun of
// class relative ("which", "whom", "who"; not the adverb "where") or
// "whose" (also after a preposition: "under which"), or "that" after a
// noun and before a verb within three words ("a tour that will take him"; not
// "said that", "that meeting").
func (d *document) relativeOpens(k int) bool {
	t := d.toks[k]
	switch {
	case t.lower != "that" && (d.lx.is(t.lower, wcRelative) && t.tag != "WRB" || t.tag == "WP$"):
		// a relative pronoun (class relative, "whose" by its tag WP$);
		// not the relative adverb "where", whose clause is the place's
		return true
	case t.lower == "that":
		if k == 0 || !isNounTag(d.toks[k-1].tag) {
			return false
		}
		for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
			switch d.toks[j].tag {
			case "MD", "VB", "VBD", "VBP", "VBZ":
				return true
			}
			if d.toks[j].text == "," {
				return false
			}
		}
	}
	return false
}

// matterOf: the matter word at token k opens a phrase that reaches the
// place at token i through an of-phrase ("for the establishment of a
// plant in"), with no comma between, and names no gathering after "of"
// ("on the sidelines of a summit in": the summit's place).
func (d *document) matterOf(k, i int, s sentence) bool {
	of := -1
	for j := k + 1; j < i; j++ {
		switch {
		case d.toks[j].text == ",":
			return false
		case d.toks[j].lower == "of" && of < 0:
			of = j
		}
	}
	if of < 0 || of+1 >= i {
		return false
	}
	for j := of + 1; j < i; j++ {
		if d.eventNoun(j, s) || d.lx.is(d.toks[j].lower, wcGathering) {
			return false
		}
	}
	return true
}

// isNounTag: a part-of-speech tag of a noun.
func isNounTag(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// stagedAt: the relative pronoun at token k opens a clause on the event's
// own noun, right after it and a comma ("the fourth round, which"), whose
// verb puts an occasion somewhere (class stage: host, hold) before the
// place at token i, and the clause ends the sentence: it tells where the
// event is ("agreed to a follow-up summit, which is to be held in Bergen").
// A clause that commas close before the main verb ("the talks, which were
// held in Bergen, resumed in Tromsø") tells an earlier occasion, and so
// does one in the past tense ("the talks, which Bergen staged") or dated
// before the event (clauseDatedBefore); one with a hope cue
// (event_cues.tsv: "which Bergen hopes to host") a wished-for one. Only a
// meeting's noun counts, as an agreement is signed, not hosted.
func (d *document) stagedAt(tr trigMatch, k, i int) bool {
	if tr.verb || tr.typ != Meeting || k != tr.t1+1 || d.toks[tr.t1].text != "," {
		return false
	}
	s := d.sent[d.toks[k].sent]
	staged := false
	for j := k + 1; j < s.t1; j++ {
		t := d.toks[j]
		if strings.Contains(",;:()-–—", t.text) {
			return false // a comma, a dash or a bracket closes the clause
		}
		if j < i && t.tag == "VBD" {
			return false // "which Bergen hosted", "which was held": a past occasion
		}
		if j < i && strings.HasPrefix(t.tag, "VB") && d.lx.is(t.lower, wcStage) {
			staged = true
		}
	}
	if !staged {
		return false
	}
	if _, _, hoped := d.cueIn(d.lx, k+1, i, s, cueHope); hoped {
		return false // "which Bergen hopes to host": only wished for
	}
	return !d.clauseDatedBefore(k+1, s.t1)
}
