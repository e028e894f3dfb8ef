package extract

// The triggers pass: a surface form from the frames' morphology, read as
// the verb or the noun it is in this sentence. "visits" is a verb in
// "Soto visits Lima" and a noun in "two visits"; "meeting" a verb in "after
// meeting Soto" and a noun in "the meeting". prose's tag decides; with no
// tag, the word before it does (a modal or "to" asks for a verb, a
// determiner for a noun).

import "strings"

// reading picks the frame a surface form [t0, t1) stands for here.
func (d *document) reading(lx *lexicon, t0, t1 int, refs []formRef) (trigMatch, bool) {
	var verb, noun *formRef
	for i := range refs {
		r := &refs[i]
		if lx.frames[r.frame].verb {
			if verb == nil {
				verb = r
			}
		} else if noun == nil {
			noun = r
		}
	}
	pick := verb
	if verb == nil {
		pick = noun
	} else if noun != nil && !d.verbal(t0) && !(verb.kind&formGerund != 0 && d.progressive(t0)) {
		pick = noun
	}
	if pick == nil {
		return trigMatch{}, false
	}
	// a verb form prose reads as a noun inside a noun phrase ("an expected
	// vote", "the first signs of recovery", "its host") is no verb
	if pick == verb && noun == nil && (d.nounInPhrase(t0) || t1 == t0+1 && d.verbInNounPhrase(t0, pick.kind)) { // clause_nounuse.go
		return trigMatch{}, false
	}
	// a council's vote or approval counts when it happened or is set, not
	// as an infinitive ("has until Friday to approve")
	if f := &lx.frames[pick.frame]; f.needs == "body" && pick.kind&formBase != 0 {
		return trigMatch{}, false
	}
	// a bare base form with no subject, auxiliary or "to" before it opens
	// no clause of news: after a comma or at the start it is a noun's
	// modifier ("In the US, sign language services are free"), or an
	// imperative, which states no event
	// an -s form right after "be" or a determiner is a plural noun:
	// "there are signs that", "the signs of recovery", "two visits"
	if pick == verb && pick.kind == formThird && t0 > 0 && d.toks[t0-1].sent == d.toks[t0].sent && (d.lx.is(d.toks[t0-1].lower, wcBe, wcDefinite) || d.toks[t0-1].tag == "CD") {
		if noun == nil {
			return trigMatch{}, false
		}
		pick = noun
	}
	if pick == verb && pick.kind&^formBase == 0 && d.bareBase(t0) {
		if noun == nil {
			return trigMatch{}, false
		}
		pick = noun
	}
	f := &lx.frames[pick.frame]
	m := trigMatch{t0: t0, t1: t1, typ: f.typ, verb: f.verb, needs: f.needs, frame: f, form: pick.kind, sup: -1}
	return m, true
}

// verbal reports whether the word at i is used as a verb: its tag, or
// with no tag the word before it.
func (d *document) verbal(i int) bool {
	tag := d.toks[i].tag
	if tag != "" {
		return len(tag) >= 2 && tag[:2] == "VB"
	}
	if i == 0 {
		return false
	}
	return d.lx.is(d.toks[i-1].lower, wcInfinitive, wcModal, wcFuture, wcAux)
}

// The payloads of the support-verb trie (support_verbs.tsv's third
// column): supportObject verbs support the noun only as their direct
// object.
const (
	supportAny = iota
	supportObject
)

// supportVerb finds a support verb ("struck", "sealed", "reached") at most
// five words before a noun trigger in its phrase: "struck a $40bn deal",
// "sealed the takeover". A verb flagged object (supportObject) counts only
// with no preposition and no new phrase between it and the noun: the
// noun is its direct object ("renewed the lease", not "renewed its pledge
// to the accord" or "renewed fears the deal would fail").
// It returns the verb's first token, or -1.
func (d *document) supportVerb(lx *lexicon, s sentence, at int) int {
	limit := at - 6
	for k := at - 1; k >= s.t0 && k >= limit; k-- {
		t := d.toks[k]
		if d.modifierComma(k) {
			limit -= 2 // "awarded a five-year, $212 million contract" (orgforms.go)
			continue
		}
		if t.text == "," || t.text == ";" || t.lower == "and" && k < at-1 {
			break
		}
		if n, v := lx.support.longest(d.toks, k, at); n > 0 {
			if v == supportObject && (d.prepBetween(k+n, at) || d.newPhraseBetween(k+n, at)) {
				continue
			}
			return k
		}
	}
	return -1
}

// newPhraseBetween: a determiner or possessive stands in tokens (from,
// to) after a word that is not one: a noun ended the verb's own object
// and a new phrase opens ("renewed doubts the deal would last"), so the
// later noun is not its direct object. "Renewed all the" and "its five-year"
// stay one phrase. A time phrase before the object is an adjunct, no
// object: a determiner after a calendar unit or a bare weekday
// (date_words.tsv classes unit, weekday; "on Monday" has a preposition:
// prepBetween) opens the object itself ("renewed this week its lease"),
// but only when that time phrase stands first, right after the verb:
// after a noun ("renewed doubts last month the deal would hold") the
// verb's object came before it.
func (d *document) newPhraseBetween(from, to int) bool {
	det := func(t token) bool {
		return t.tag == "DT" || t.tag == "PDT" || t.tag == "PRP$" || d.lx.is(t.lower, wcArticle, wcPossessive)
	}
	timeWord := func(t token) bool {
		_, unit := d.lx.dateWord(dwUnit, t.lower)
		_, day := d.lx.dateWord(dwWeekday, t.lower)
		return unit || day
	}
	// timeFirst: the time word at k-1 ends a time phrase that opens the
	// tokens from `from` on: no noun stands before it, so no object of
	// the verb came first ("renewed doubts last month the deal ...")
	timeFirst := func(k int) bool {
		if !timeWord(d.toks[k-1]) {
			return false
		}
		for i := from; i < k-1; i++ {
			if strings.HasPrefix(d.toks[i].tag, "NN") || d.toks[i].cap {
				return false
			}
		}
		return true
	}
	for k := from + 1; k < to; k++ {
		if det(d.toks[k]) && !det(d.toks[k-1]) && !timeFirst(k) {
			return true
		}
	}
	return false
}

// prepBetween: a preposition (class prep) stands in tokens [from, to).
func (d *document) prepBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if d.lx.is(d.toks[k].lower, wcPrep) {
			return true
		}
	}
	return false
}

// nounInPhrase: the word at i is tagged a noun after a determiner, an
// adjective, a possessive or a number.
func (d *document) nounInPhrase(i int) bool {
	tag := d.toks[i].tag
	if (tag != "NN" && tag != "NNS") || i == 0 {
		return false
	}
	p := d.toks[i-1]
	return !p.cap && (p.tag == "DT" || p.tag == "JJ" || p.tag == "PRP$" || p.tag == "CD") || p.tag == "POS"
}

// onlySupported reports whether every reading of a surface form is an
// event noun that needs a support verb ("deal", "agreement"): without one
// before it, the sentence needs no tags for it.
func (lx *lexicon) onlySupported(set int) bool {
	for _, r := range lx.formSets[set] {
		if n := lx.frames[r.frame].needs; n != "support" && n != "accept" {
			return false
		}
	}
	return true
}

// bareBase: the word at i stands first in its sentence or right after a
// comma, colon or semicolon, where a base-form verb has no subject.
func (d *document) bareBase(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return true
	}
	switch d.toks[i-1].text {
	case ",", ";", ":":
		return true
	}
	return false
}
