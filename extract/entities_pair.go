package extract

import "strings"

// A person and a titled person in one capitalized run: "Warren Tolliver and
// Assistant U.S. Attorney Priya Venkataraman", "Ana Soto and U.S.
// Ambassador Li Wei", "Ms Lind and First Minister Karl Lund". The title
// rule found the second person's title; what stands before it is no
// employer of that title ("Tolliver and Assistant U.S." is no
// organization) when it is a person's name, a given name or an honorific
// first, joined by "and" to the title's own prefix words.

// pairNameWords: the longest name the first person may have, in words.
const pairNameWords = 4

// personBeforeAnd returns the "and" that ends a first person's name in
// the run [c.t0, i) before a title at i, and whether there is one.
func (d *document) personBeforeAnd(lx *lexicon, c span, i int) (int, bool) {
	toks := d.toks
	for j := i - 1; j > c.t0; j-- {
		if toks[j].lower != "and" {
			if !toks[j].cap {
				return 0, false // the title's prefix words are capitalized
			}
			continue
		}
		if j-c.t0 > pairNameWords || j-c.t0 < 1 {
			return 0, false
		}
		first := toks[c.t0].text
		honorific := lx.honorific[strings.TrimSuffix(first, ".")]
		if !honorific && (!lx.isGiven(first) && !d.namedPersonBefore(lx, c.t0, j) || j-c.t0 < 2) {
			return 0, false // "Food and Drug Administration Commissioner X"
		}
		for k := c.t0; k < j; k++ {
			if !toks[k].cap || toks[k].upper && len(toks[k].text) > 1 && !honorific && k > c.t0 {
				return 0, false
			}
		}
		return j, true
	}
	return 0, false
}

// possessedPlaceAfterAnd: the run c ends in "and" and a place that owns
// what follows it ("the Calloway Institute of Marine Science and Chile's
// Andes Mining Group"): the place is no part of the complement before
// "and"; the run is two names.
func (d *document) possessedPlaceAfterAnd(lx *lexicon, k int, c span) bool {
	if d.toks[k].lower != "and" || c.t1 >= len(d.toks) || !isPossessive(d.toks[c.t1].text) {
		return false
	}
	n, v := lx.locs.longest(d.toks, k+1, c.t1)
	return n > 0 && v >= 0 && k+1+n == c.t1
}

// secondName: the run after the "and" at k names an organization of its
// own, so the run c is two names ("the Royal College of Nursing and
// Unite", "the Bank of England and the European Central Bank") and not
// one whose complement goes on ("Ministry of Trade and Industry",
// "Department of Health and Human Services"): a known organization, a
// name with its own organization cue after "the", or words the story
// also writes as a name standing alone ("after Unite reached an
// agreement").
func (d *document) secondName(lx *lexicon, k int, c span) bool {
	if d.toks[k].lower != "and" {
		return false
	}
	tail := d.trimChunk(lx, span{k + 1, c.t1})
	if tail.empty() {
		return false
	}
	if n, _ := lx.orgs.longest(d.toks, tail.t0, tail.t1); n == tail.t1-tail.t0 {
		return true
	}
	// "and the Federal Reserve Board": a determiner opens a new name;
	// without one the words may go on the complement ("Department of
	// Health and Human Services")
	if tail.t1-tail.t0 >= 2 && d.toks[k+1].lower == "the" && d.isOrgByCue(lx, tail) {
		return true
	}
	// "the Ministry of Defence and the Spanish manufacturer X": after a
	// determiner, a nationality word that ends the run before a lower-case
	// word modifies that word, a noun phrase of its own; no field of the
	// first name's complement
	if d.toks[k+1].lower == "the" && tail.t1 == c.t1 && c.t1 < len(d.toks) && d.toks[c.t1].word && !d.toks[c.t1].cap {
		if n, _ := d.demonymAt(lx, tail.t0, tail.t1); n > 0 && tail.t0+n == tail.t1 {
			return true
		}
	}
	return d.standsAlone(tail, k)
}

// standsAlone: the words of s also stand elsewhere in the story as a
// capitalized run of their own, not first in a sentence and not joined to
// other capitalized words or connectors on either side.
func (d *document) standsAlone(s span, except int) bool {
	toks := d.toks
	n := s.t1 - s.t0
	for i := d.bodyTok; i+n <= len(toks); i++ {
		if i >= s.t0-2 && i <= s.t1 || toks[i].lower != toks[s.t0].lower || !toks[i].cap {
			continue
		}
		same := true
		for j := 1; j < n; j++ {
			if toks[i+j].text != toks[s.t0+j].text {
				same = false
				break
			}
		}
		if !same || d.sentenceInitial(i) || d.capRunEnd(i) != i+n {
			continue
		}
		if p := toks[i-1]; p.sent == toks[i].sent && (d.isCapWord(i-1) || d.lx.connector[p.lower] || d.lx.nameParticle[p.lower] || p.text == "&") {
			continue
		}
		return true
	}
	return false
}

// namedPersonBefore: the words [t0, j) before "and" name a person by the
// story's own evidence where no table knows the given name: a lower-case
// title stands right before them ("fisheries minister Anaru Kereama and
// Trade Minister X"), or their last word stands alone elsewhere in the
// story with a person's cue, as a surname does ("Kereama said": surnameCues).
// A bare capitalized word is no such evidence: a company or a place is
// also named by one of its words alone ("Shares in Holt rose").
func (d *document) namedPersonBefore(lx *lexicon, t0, j int) bool {
	if j-t0 < 2 {
		return false
	}
	for s := max(0, t0-4); s < t0; s++ {
		if d.toks[s].sent != d.toks[t0].sent {
			continue
		}
		if ts, ok := d.parseLowerTitle(lx, s, t0); ok && !d.toks[ts.t1-1].cap {
			return true
		}
	}
	return d.aloneWords()[d.toks[j-1].text]
}

// aloneWords: the surnames the story gives standing alone with a person's
// cue (surnameCues: "Kereama said", "Mr Kereama"), read once per story so
// that the pair rule stays linear on pathological input.
func (d *document) aloneWords() map[string]bool {
	if d.aloneWordSet == nil {
		d.aloneWordSet = d.surnameCues().alone
	}
	return d.aloneWordSet
}
