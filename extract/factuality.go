package extract

import (
	"fmt"
	"strings"
)

// The factuality pass decides whether a trigger tells an event. The
// clause's verb group (negated, modal) is read by the clause pass; the cue
// table (event_cues.tsv) adds what stands around it. factualityRules is the
// ordered list of named rules; the first that finds a reason stops the
// trigger, and the trace says which:
//
//   - negated: not, never, cancelled, called off, denied, rejected,
//     refused, collapsed, suspended near the trigger (a noun trigger
//     anywhere after it in its clause: "Talks between X and Y collapsed");
//   - postponed without a date: "postponed her visit"; postponed to a date
//     is a planned event at the new date ("postponed to March 20", "pushed
//     back to next Tuesday"): its date is read after the cue;
//   - denied: a denial that covers its sentence ("denied a report that"),
//     up to a contrast word that opens a clause of its own ("denied that
//     X toured the mine, but X held talks with Y there": contrastAfterDenial);
//   - hoped for, offered, invited, proposed: a hope cue that governs the
//     trigger (no comma or finite verb between);
//   - hypothetical: a modal after a noun trigger, as its clause's verb ("A
//     meeting between X and Y could take place");
//   - conditional: "if", "unless" before the trigger in its sentence, or a
//     condition after a planned trigger ("will visit Lima on Friday if the
//     ceasefire holds");
//   - an existing agreement: a participle that describes an agreement
//     named before it, dated in an earlier year than the article ("the
//     Lisbon Accord, signed in 2019", "a loan agreement signed with the
//     bank in 2021"): the story mentions it, it tells no new event;
//   - the aim of a meeting: an agreement verb of class aim in the
//     infinitive of a meeting's purpose ("met Y on Monday to settle the
//     last terms", "will meet again to agree a timetable"): what the
//     meeting was for, not an agreement (factuality_aim.go);
//   - the clause reads negated or modal ("did not meet", "could sign").
//
// Reported and alleged events are kept, with the feature "reported"
// (confidence.tsv) when a report cue stands anywhere in the sentence
// ("reportedly met", "met ..., according to two diplomats").

// factualityRule is one named reason a draft tells no event.
type factualityRule struct {
	name string
	not  func(r *eventRun, c *eventDraft, hi int) (bool, string)
}

var factualityRules = []factualityRule{
	{"negated", (*eventRun).negated},
	{"a dropped plan's participle", (*eventRun).droppedParticiple},
	{"postponed without a date", (*eventRun).postponedUndated},
	{"denied", func(r *eventRun, c *eventDraft, hi int) (bool, string) {
		if _, j, ok := r.d.cueIn(r.lx, c.s.t0, c.tr.t0, c.s, cueDeny); ok && r.d.denialCovers(j, c.tr) && !r.d.contrastAfterDenial(j, c.tr) {
			return true, ""
		}
		if k, j, ok := r.d.modifiedCueIn(r.lx, c.s.t0, c.tr.t0, c.s, cueDeny); ok && r.d.denialCovers(j, c.tr) && !r.d.contrastAfterDenial(j, c.tr) {
			return true, fmt.Sprintf("%q", r.d.textOf(span{k, j}))
		}
		return false, ""
	}},
	{"asked, not stated", (*eventRun).yesNoQuestion},
	{"hoped for, offered, invited or proposed", func(r *eventRun, c *eventDraft, hi int) (bool, string) {
		hoped, accepted := r.d.hopeReading(r.lx, c.tr, c.s)
		if !hoped && accepted >= 0 {
			// "has accepted an invitation to visit Quito in the spring": an
			// offer taken up is a plan, and whoever took it up the
			// infinitive's subject ("he had accepted an invitation to
			// visit")
			c.future, c.accept = true, true
			if len(c.cl.subj) == 0 {
				g := r.d.auxStart(accepted, c.s)
				c.cl.subj = r.d.subjectPhrase(g, c.s)
				if len(c.cl.subj) == 0 {
					// "X spoke with Y on Monday and accepted an
					// invitation to visit": the accepting verb continues
					// X's predicate; Y is not the one who will travel
					// (clause_conjunct.go)
					c.cl.subj = r.d.conjunctSubject(g, c.s)
				}
			}
		}
		return hoped, ""
	}},
	{"hypothetical", (*eventRun).modalAfterNoun},
	{"conditional", (*eventRun).conditional},
	{"an existing agreement", (*eventRun).existingAgreement},
	{"the aim of a meeting", (*eventRun).aimOfMeeting},
	{"clause negated or modal", func(r *eventRun, c *eventDraft, hi int) (bool, string) {
		return c.cl.negated || c.cl.modal, fmt.Sprint(c.cl.reading)
	}},
}

// notFactual returns the name of the rule by which draft c tells no event,
// or "". It may mark c planned at a new date (a postponement to a date).
// hi is where the trigger's reach ends.
func (r *eventRun) notFactual(c *eventDraft, hi int) string {
	for _, rule := range factualityRules {
		if not, why := rule.not(r, c, hi); not {
			if why != "" {
				return rule.name + " (" + why + ")"
			}
			return rule.name
		}
	}
	return ""
}

// clauseAfter is where a cue after the trigger may stand: four words after
// a verb, the rest of its clause after a noun ("A meeting with X,
// originally set for today, was cancelled").
func (r *eventRun) clauseAfter(c *eventDraft, hi int) int {
	if c.tr.verb {
		return c.tr.t1 + 4
	}
	return r.d.clauseEnd(c.tr.t1, hi)
}

func (r *eventRun) negated(c *eventDraft, hi int) (bool, string) {
	k, j, ok := r.d.cueIn(r.lx, c.tr.t0-6, r.clauseAfter(c, hi), c.s, cueNegate)
	if !ok {
		k, j, ok = r.d.cueIn(r.lx, c.tr.t0-6, r.clauseAfter(c, hi), c.s, cueDropped)
		ok = ok && r.d.droppedGoverns(k, j, c.tr)
	}
	if !ok {
		return false, ""
	}
	if other, ok := r.d.negatedOther(c, k, j); ok {
		r.d.tracef("S%d %s %q: %q negates %q, not it", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), r.d.textOf(span{k, j}), other)
		return false, ""
	}
	if r.d.purposeAfter(c, k) {
		return false, "" // "A tour of Asia, to promote her plan to cut tariffs," (events_visit.go)
	}
	if r.d.verbCueElsewhere(c, k, j) {
		r.d.tracef("S%d %s %q: the verb %q has its own object or clause", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), r.d.textOf(span{k, j}))
		return false, ""
	}
	return true, fmt.Sprintf("%q", r.d.textOf(span{k, j}))
}

// verbCueElsewhere: a negation cue that is one verb ("shelved", "abandoned")
// negates the trigger only when the trigger is its object or subject. Before
// the trigger, when the verb takes an object (a noun phrase opens after it;
// not "denied that she had met"), any of these between the two makes the
// trigger another clause's or the cue's object another thing: a comma, a
// conjunction, a modal or a verb with a tense, a noun heading a phrase of
// its own (not a word of plan: "shelved plans to visit"): "shelved the bill
// as X met Y", "abandoned the levy and then met Y". After the trigger, a
// verb that goes on to an object of its own tells of that object ("met Y,
// then abandoned the bill"); a passive ("the trip has been shelved", "was
// shelved last week") or a date after the verb is none, and negates the
// trigger. A date or a possessive noun before the trigger modifies the
// object the trigger heads ("shelved next month's talks", "shelved the
// envoy's visit").
func (d *document) verbCueElsewhere(c *eventDraft, k, j int) bool {
	if j != k+1 || !strings.HasPrefix(d.toks[k].tag, "VB") {
		// a cue of several words ends on its own complement ("denied
		// that", "pulled out of"): what follows is its clause
		return false
	}
	if j > c.tr.t0 {
		if j >= c.s.t1 {
			return false
		}
		switch d.toks[j].tag {
		case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
			// a passive, or a date, is no object ("the trip was shelved
			// last week"; the cue stands in the trigger's clause: clauseAfter)
			return !d.inDate(j) && !d.passiveCue(k, c.s.t0)
		}
		return false
	}
	switch d.toks[j].tag {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
	default:
		return false // no object: the verb takes a clause ("denied that she had met")
	}
	for g := j; g < c.tr.t0; g++ {
		if d.inDate(g) {
			g = d.dateAt(g) - 1 // "shelved next week's summit": a date modifies the object
			continue
		}
		t := d.toks[g]
		switch t.tag {
		case ",", ":", "CC", "VBD", "VBZ", "VBP", "MD":
			return true
		case "NN", "NNS":
			if next := d.toks[g+1].tag; next != "NN" && next != "NNS" && next != "NNP" && next != "POS" && !d.planWord(t.lower) {
				return true
			}
		}
		if t.text == "," || t.text == ";" {
			return true
		}
	}
	return false
}

// passiveCue: the verb cue at k is a passive participle, a form of "be"
// (class be) before it past adverbs ("was shelved", "were quietly
// abandoned", "has been shelved"): it takes no object.
func (d *document) passiveCue(k, from int) bool {
	for g := k - 1; g >= from && g >= k-3; g-- {
		t := d.toks[g]
		if d.lx.is(t.lower, wcBe) {
			return true
		}
		if t.tag != "RB" {
			return false
		}
	}
	return false
}

// planWord: a single word that is a future cue of event_cues.tsv ("plan",
// "plans"): the noun of a plan whose event a verb cue may govern through it.
func (d *document) planWord(w string) bool {
	c := d.lx.cues.next[w]
	return c != nil && c.val != 0 && cueEffect(c.val-1) == cueFuture
}

// yesNoQuestion: a sentence that asks whether an event happens ("Did Soto
// visit Quito?", "Haven't they agreed before?", "Will the two leaders
// meet?") states none: it opens with an auxiliary or modal verb (word
// classes aux, modal, future) and ends with a question mark. A question
// that asks about a stated event ("Why did Soto visit Quito?") opens with
// a question word and is left to the other rules.
func (r *eventRun) yesNoQuestion(c *eventDraft, hi int) (bool, string) {
	d, s := r.d, c.s
	last := s.t1 - 1
	for last > s.t0 && quoteMark(d.toks[last].text) {
		last--
	}
	if last <= s.t0 || d.toks[last].text != "?" {
		return false, ""
	}
	first := s.t0
	for first < last && quoteMark(d.toks[first].text) {
		first++
	}
	t := d.toks[first]
	// the tagger may take a capitalized "Did" before a name for a name:
	// the class decides, the tag only keeps out the adverbs of class aux
	if strings.HasPrefix(t.tag, "RB") || !d.lx.is(t.lower, wcAux, wcModal, wcFuture) && !d.lx.is(auxOfContraction(t.lower), wcAux, wcModal, wcFuture) {
		return false, ""
	}
	return true, fmt.Sprintf("%q ... ?", t.text)
}

// auxOfContraction is the verb of a negative contraction, one token for
// the tokenizer ("haven't" -> "have", "can't" -> "can"), else w.
func auxOfContraction(w string) string {
	for _, n := range []string{"n't", "n’t"} {
		if v, ok := strings.CutSuffix(w, n); ok && v != "" {
			if v == "ca" || v == "sha" {
				return v + "n" // can't, shan't
			}
			return v
		}
	}
	return w
}

// quoteMark: a token that is a quotation mark.
func quoteMark(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’", "``", "''":
		return true
	}
	return false
}

// negatedOther: a negation cue after the trigger that opens a noun phrase
// headed by an event noun negates that event, not this one: "talks ended
// without a deal", "the meeting closed with no agreement" tell talks that
// were held and a deal that was not. The cue is no verb ("collapsed
// without a settlement" negates the negotiations), and only a determiner, number or
// adjective stands between it and the event noun.
func (d *document) negatedOther(c *eventDraft, k, j int) (string, bool) {
	if k < c.tr.t1 || strings.HasPrefix(d.toks[k].tag, "VB") {
		return "", false
	}
	for g := j; g < c.s.t1 && g <= j+3; g++ {
		n, v := d.lx.triggers.longest(d.toks, g, c.s.t1)
		if n > 0 {
			if m, ok := d.reading(d.lx, g, g+n, d.lx.formSets[v]); (ok || m.needs == "support") && !m.verb {
				return d.textOf(span{g, g + n}), true
			}
			return "", false
		}
		switch d.toks[g].tag {
		case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS":
		default:
			return "", false
		}
	}
	return "", false
}

// droppedParticiple: a participle that describes the noun before it ("a
// forum chaired by X") in the clause of a dropped plan ("X and Y had been
// due to hold talks on 9 June at a forum chaired by Z"): what the plan's
// noun phrase tells was dropped with it. No finite verb nor ";" between
// the cue and the participle.
func (r *eventRun) droppedParticiple(c *eventDraft, hi int) (bool, string) {
	d, tr := r.d, c.tr
	if !tr.verb || tr.t0 <= c.s.t0 || d.toks[tr.t0].tag != "VBN" {
		return false, ""
	}
	if p := d.toks[tr.t0-1].tag; p != "NN" && p != "NNS" {
		return false, ""
	}
	k, j, ok := d.cueIn(r.lx, c.s.t0, tr.t0, c.s, cueDropped)
	if !ok || d.cueAside(k, tr) {
		return false, ""
	}
	for g := j; g < tr.t0; g++ {
		switch t := d.toks[g]; {
		case t.text == ";", t.tag == "VBD", t.tag == "VBZ", t.tag == "VBP":
			return false, ""
		}
	}
	return true, fmt.Sprintf("%q describes a noun of %q", d.textOf(span{tr.t0, tr.t1}), d.textOf(span{k, j}))
}

// droppedGoverns: the dropped-plan cue at k..j governs trigger tr. Before
// the trigger, the cue's infinitive leads to it with no comma, clause word
// or finite verb between ("had been expected to meet", "had been due to
// hold talks"); after it, the trigger's noun phrase is the cue's subject
// ("A summit between X and Y had been due to open on May 28, but"). A cue
// in a relative clause set off by commas that does not hold the trigger
// tells of something else ("X, who had been expected to resign, met Y";
// "The meeting, which had been planned for months, took place").
func (d *document) droppedGoverns(k, j int, tr trigMatch) bool {
	if d.cueAside(k, tr) {
		return false
	}
	if j <= tr.t0 {
		return d.governs(j, tr.t0)
	}
	return k >= tr.t1 && d.governs(tr.t1, k)
}

// cueAside: the cue at k stands in a comma-set relative clause
// (place.go asideOf) that does not hold the trigger: it tells of the
// clause's own subject ("X, who had been expected to resign, met Y").
func (d *document) cueAside(k int, tr trigMatch) bool {
	open, end, ok := d.asideOf(k)
	return ok && !(tr.t0 > open && tr.t0 < end)
}

// futureCueBefore: a cue of plan in the four words before the trigger,
// not in a comma-set relative clause that does not hold it ("X, who is
// expected to resign, met Y" tells a meeting that happened).
func (d *document) futureCueBefore(tr trigMatch, s sentence) bool {
	k, _, ok := d.cueIn(d.lx, tr.t0-4, tr.t0, s, cueFuture)
	return ok && !d.cueAside(k, tr)
}

// postponedUndated: a postponement cue near the trigger with no date after
// it in its clause tells no event; with one ("postponed to March 20",
// "pushed back until after the vote" has none) the event is planned and
// its date is read from the cue on. A date in a relative clause or after a
// word of plan is the old one ("postponed a summit that was due to open on
// April 16").
func (r *eventRun) postponedUndated(c *eventDraft, hi int) (bool, string) {
	d := r.d
	k, j, ok := d.cueIn(r.lx, c.tr.t0-6, r.clauseAfter(c, hi), c.s, cuePostpone)
	if !ok {
		return false, ""
	}
	from := max(j, c.tr.t1)
	if from < c.s.t1 && d.toks[from].lower == "from" {
		return true, fmt.Sprintf("%q from a date, to none", d.textOf(span{k, j}))
	}
	end := d.clauseEnd(from, c.s.t1)
	// the old date stands in a relative clause or after a word of plan:
	// "a summit that was due to open on April 16", "originally set for
	// Friday"; a date after a reporting verb is the report's ("postponed
	// her visit, her office said on Tuesday")
	for k := from; k < end; k++ {
		l := d.toks[k].lower
		if v, plan := r.lx.dateWord(dwAhead, l); r.lx.is(l, wcRelative, wcReport) || plan && v == 1 || l == "originally" {
			end = k
			break
		}
	}
	// the new date is read from the cue on: a clause between the trigger
	// and the cue ("A meeting with X that had been set for Friday was
	// postponed until May") does not make it another verb's
	if d.nearestDate(span{from, end}, trigMatch{t0: k, t1: j}) == "" {
		return true, fmt.Sprintf("%q and no new date", d.textOf(span{k, j}))
	}
	c.future = true
	c.attrs.t0 = max(c.attrs.t0, from)
	c.attrs.t1 = max(c.attrs.t1, end)
	d.tracef("S%d %s %q: %q to a new date: planned", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), d.textOf(span{k, j}))
	return false, ""
}

// modalAfterNoun: a noun trigger whose clause's verb is a modal: "A
// meeting between X and Y could take place in April", "talks may resume".
func (r *eventRun) modalAfterNoun(c *eventDraft, hi int) (bool, string) {
	d := r.d
	if c.tr.verb {
		return false, ""
	}
	end := d.clauseEnd(c.tr.t1, hi)
	for k := c.tr.t1; k < end; k++ {
		t := d.toks[k]
		if t.tag == "MD" {
			if r.lx.is(t.lower, wcModal) {
				return true, fmt.Sprintf("%q after %q", t.text, d.textOf(span{c.tr.t0, c.tr.t1}))
			}
			return false, "" // will, would: a plan
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP":
			return false, ""
		}
	}
	return false, ""
}

// conditional: a condition before the trigger in its sentence, or after a
// planned one.
func (r *eventRun) conditional(c *eventDraft, hi int) (bool, string) {
	d := r.d
	if k, j, ok := d.cueIn(r.lx, c.s.t0, c.tr.t0, c.s, cueCondition); ok {
		return true, fmt.Sprintf("%q before", d.textOf(span{k, j}))
	}
	if !c.future {
		return false, ""
	}
	if k, j, ok := d.cueIn(r.lx, c.tr.t1, c.s.t1, c.s, cueCondition); ok {
		return true, fmt.Sprintf("%q after a planned event", d.textOf(span{k, j}))
	}
	return false, ""
}

// reported: a report cue anywhere in the sentence ("reportedly",
// "according to two diplomats").
func (d *document) reported(lx *lexicon, s sentence) bool {
	_, _, ok := d.cueIn(lx, s.t0, s.t1, s, cueReport)
	return ok
}

// cueIn finds the first cue of the effect starting in [from, to) of
// sentence s; it returns its tokens [k, j).
func (d *document) cueIn(lx *lexicon, from, to int, s sentence, effect cueEffect) (k, j int, ok bool) {
	from = max(from, s.t0)
	to = min(to, s.t1)
	for k := from; k < to; k++ {
		if d.numberAbbrev(k, s) {
			continue // "No 10 said": Number 10, no negation (numberabbrev.go)
		}
		node := lx.cues
		for j := k; j < s.t1; j++ {
			c := node.next[d.toks[j].lower]
			if c == nil {
				break
			}
			node = c
			if c.val != 0 && cueEffect(c.val-1) == effect {
				return k, j + 1, true
			}
		}
	}
	return 0, 0, false
}

// hopeGoverns reports whether a hope cue (hope, offer, invite, propose,
// could...) at most ten words before the trigger governs it: no comma and
// no finite verb stand between them. "Cambodia has offered to host talks",
// "invited Dunmore's directors to talks"; not "The offer comes as Straw
// arrives in Jakarta".
func (d *document) hopeGoverns(lx *lexicon, tr trigMatch, s sentence) bool {
	hoped, _ := d.hopeReading(lx, tr, s)
	return hoped
}

// hopeReading is hopeGoverns that also says whether a hope cue governing
// the trigger was accepted: a verb of class approve right before the cue,
// past an article or possessive ("accepted an invitation to visit",
// "has accepted their offer to host talks"): the offer taken up makes a
// plan, not a wish. "declined an invitation" is negated by its own cue.
func (d *document) hopeReading(lx *lexicon, tr trigMatch, s sentence) (hoped bool, accepted int) {
	accepted = -1
	if tr.verb && d.toks[tr.t0].tag == "VBD" {
		// "accepted an invitation to visit Norway and arrived in Oslo":
		// a finite past verb is a clause of its own, never the offer's
		// infinitive
		return false, -1
	}
	from := max(s.t0, tr.t0-10)
	for k := from; k < tr.t0; k++ {
		node := lx.cues
		for j := k; j < tr.t0; j++ {
			c := node.next[d.toks[j].lower]
			if c == nil {
				break
			}
			node = c
			if c.val != 0 && cueEffect(c.val-1) == cueHope && d.governs(j+1, tr.t0) && d.toPhraseHeads(j, tr) {
				if v := d.acceptedCue(k, s); v >= 0 {
					accepted = v
					continue
				}
				return true, -1
			}
		}
	}
	return false, accepted
}

// acceptedCue: the verb of class approve that stands right before token
// k, past an article or possessive ("accepted an invitation"), or -1.
func (d *document) acceptedCue(k int, s sentence) int {
	j := k - 1
	if j > s.t0 && (d.toks[j].tag == "DT" || d.toks[j].tag == "PRP$") {
		j--
	}
	if j >= s.t0 && strings.HasPrefix(d.toks[j].tag, "VB") && d.lx.is(d.toks[j].lower, wcApprove) {
		return j
	}
	return -1
}

// phraseBefore: the tokens [from, to) are only determiners, adjectives,
// numbers or names: a trigger at to heads the phrase they open.
func (d *document) phraseBefore(from, to int) bool {
	for g := from; g < to; g++ {
		switch d.toks[g].tag {
		case "DT", "PRP$", "JJ", "JJR", "CD", "NNP", "POS":
		default:
			return false
		}
	}
	return true
}

// toPhraseHeads: a hope cue ending in a preposition "to" ("open to")
// governs a noun trigger only as the head of the noun phrase right after
// it ("open to talks", "open to fresh talks"), not an event of a clause
// about that phrase ("open to delegates attending the summit"). A cue
// whose "to" opens an infinitive ("ready to hold talks") is left alone.
func (d *document) toPhraseHeads(j int, tr trigMatch) bool {
	if d.toks[j].tag != "TO" || tr.verb || j+1 >= tr.t0 || d.toks[j+1].tag == "VB" {
		return true
	}
	for g := j + 1; g < tr.t0; g++ {
		switch d.toks[g].tag {
		case "DT", "PRP$", "JJ", "JJR", "CD", "NN", "NNP", "POS":
		default:
			return false
		}
	}
	return true
}

// auxStart: where the verb group that ends with the verb at j begins, past
// its auxiliaries and adverbs ("had accepted", "has already accepted").
func (d *document) auxStart(j int, s sentence) int {
	for j > s.t0 {
		p := d.toks[j-1]
		if !d.lx.is(p.lower, wcAux, wcModal, wcFuture) && !strings.HasPrefix(p.tag, "RB") {
			break
		}
		j--
	}
	return j
}

// governs: nothing between tokens from and to breaks the link of a cue to
// the trigger: a comma, a finite verb.
func (d *document) governs(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if d.lx.is(t.lower, wcTemporal, wcClause) {
			return false // "want to keep X after his agent travelled to Y": the trip is no wish
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP":
			return false
		}
	}
	return true
}

// existingAgreement: an agreement trigger read as a participle right after
// an agreement noun or a named document (a comma between at most: "the
// Lisbon Accord, signed in 2019", "a loan agreement signed with the bank in
// 2021"), whose own date lies in a year before the article's, describes
// an agreement the story only mentions. Undated, or dated this year, it may
// be the news ("the accord, signed on Tuesday, ...") and stays.
func (r *eventRun) existingAgreement(c *eventDraft, hi int) (bool, string) {
	d := r.d
	if c.tr.typ != Agreement || !c.tr.verb || !d.ref.hasYear || c.tr.t0 <= c.s.t0 {
		return false, ""
	}
	if t := d.toks[c.tr.t0]; t.tag != "VBN" && t.tag != "VBD" {
		return false, ""
	}
	k := c.tr.t0 - 1
	if d.toks[k].text == "," && k > c.s.t0 {
		k--
	}
	if !d.agreementNounAt(k, c.s) {
		return false, ""
	}
	v := d.nearestDate(span{c.tr.t1, d.clauseEnd(c.tr.t1, c.s.t1)}, c.tr)
	if len(v) < 4 {
		return false, ""
	}
	if !d.olderThanNews(v) {
		return false, "" // "The contract, signed on December 18" in a January story is news
	}
	return true, fmt.Sprintf("%q after %q, dated %s", d.textOf(span{c.tr.t0, c.tr.t1}), d.toks[k].text, v)
}

// modifiedCueIn finds a cue of several words whose last word follows up to
// three modifiers the cue does not list — adjectives, nouns, names — within
// [from, to) of sentence s: "denied a report" in "denied a newspaper
// report", "denied a recent Reuters report", "denied an unsourced
// weekly report"; it returns the tokens [k, j) from the cue's first word to its
// last.
func (d *document) modifiedCueIn(lx *lexicon, from, to int, s sentence, effect cueEffect) (k, j int, ok bool) {
	from = max(from, s.t0)
	to = min(to, s.t1)
	for k := from; k < to; k++ {
		node := lx.cues
		for j := k; j < to; j++ {
			if node = cueStep(lx, node, d.toks[j].lower); node == nil {
				break
			}
			// the words k..j begin a cue: its last word after one to three
			// modifiers
			for g := 1; g <= 3 && j+g+1 < to && cueModifier(d.toks[j+g].tag); g++ {
				last := j + g + 1
				if c := node.next[d.toks[last].lower]; c != nil && c.val != 0 && cueEffect(c.val-1) == effect {
					return k, last + 1, true
				}
			}
		}
	}
	return 0, 0, false
}

// cueStep follows the word w from node of the cue trie; an indefinite
// article (class article less definite) matches any other one, since
// before a modifier the article takes the modifier's sound ("denied an
// unsourced report" is the cue "denied a report").
func cueStep(lx *lexicon, node *trie, w string) *trie {
	if c := node.next[w]; c != nil || !lx.indefiniteArticle(w) {
		return c
	}
	for a, c := range node.next {
		if lx.indefiniteArticle(a) {
			return c
		}
	}
	return nil
}

// denialCovers: a denial cue ending at j covers the trigger. A cue that
// ends in a noun of class hearsay ("denied the report", "rejected
// reports") denies what the report says, so it covers the trigger only
// when "that" (classes relative and definite) opens the report's content
// while the report's phrase goes on: no comma, coordinator or finite
// verb stands between ("denied the report that X met Y"); without it the
// trigger tells an event of its own ("rejected the report on Monday after
// X met Y", "rejected the report but told reporters that X met Y"). A
// topic preposition (class reporttopic) right after the cue whose phrase
// the trigger heads gives the report's topic: "denied reports of a secret
// meeting" covers it too, "denied the report at a summit with Y" not.
func (d *document) denialCovers(j int, tr trigMatch) bool {
	if !d.lx.is(d.toks[j-1].lower, wcHearsay) {
		return true
	}
	if j < tr.t0 && d.lx.is(d.toks[j].lower, wcReportTopic) && d.phraseBefore(j+1, tr.t0) {
		return true // "denied reports of a secret meeting": the trigger heads the report's topic
	}
	for g := j; g < tr.t0; g++ {
		t := d.toks[g]
		if d.lx.is(t.lower, wcRelative) && d.lx.is(t.lower, wcDefinite) {
			return true
		}
		switch t.tag {
		case ",", ":", "CC", "VBD", "VBZ", "VBP", "MD":
			return false // the report's phrase has ended: another clause
		}
		if t.text == ";" || d.lx.is(t.lower, wcClause) {
			return false
		}
	}
	return false
}

// contrastAfterDenial: a contrast word (class contrast, "but") between the
// denial's cue, ending at j, and the trigger, with a verb of its own after
// it, opens a clause the denial does not reach ("the ministry denies that
// X flew to Kigali in March but confirms X held talks with Y in Nairobi"):
// what that clause states stands.
func (d *document) contrastAfterDenial(j int, tr trigMatch) bool {
	for g := j; g < tr.t0-1; g++ {
		if !d.lx.is(d.toks[g].lower, wcContrast) {
			continue
		}
		for k := g + 1; k <= tr.t0 && k < g+4; k++ {
			if strings.HasPrefix(d.toks[k].tag, "VB") || d.toks[k].tag == "MD" {
				return true
			}
		}
	}
	return false
}

// cueModifier: the tag of a word that may stand inside a cue before its
// noun: an adjective, a noun, a name.
func cueModifier(tag string) bool {
	switch tag {
	case "JJ", "NN", "NNP", "NNS":
		return true
	}
	return false
}
