package extract

import "strings"

// ruleNextRound: "the next round of talks", "a second round of talks"
// with no party of its own is a later meeting of the parties of the talks
// the story told before — a meeting of its own, with its own date and
// place ("The next round of talks will be held in Santiago in May"), not a
// mention of the first one. The round and sequel words are word classes
// (word_classes.tsv: round, sequel). Its parties are roundParties': the last
// round, else the last face-to-face meeting, else the last agreement whose
// parties are all persons, or their employers, one each, when the story
// gave each of them one (personsEmployers); no other event lends parties.
//
// A bare round (the frame that needs "round": "A second round followed in
// Lusaka", "The next round will be held in Accra") is the same: with no
// party phrase of its own it is a sitting of the talks told before.
func (r *eventRun) ruleNextRound(c *eventDraft) partySet {
	d := r.d
	t0 := c.tr.t0
	if c.tr.typ != Meeting || c.tr.verb {
		return partySet{}
	}
	if c.tr.needs != "round" {
		if t0 < 3 || len(c.cl.subj) > 0 || len(c.cl.obj) > 0 {
			return partySet{}
		}
		if d.toks[t0-1].lower != "of" || !d.lx.is(d.toks[t0-2].lower, wcRound) || !d.lx.is(d.toks[t0-3].lower, wcSequel) {
			return partySet{}
		}
	}
	for _, role := range []string{"with", "between", "poss", "by"} {
		if len(c.cl.pp[role]) > 0 {
			return partySet{}
		}
	}
	if c.tr.needs == "round" {
		if len(c.trigs) == 1 && len(d.personNames(span{c.s.t0, c.s.t1})) >= 2 {
			// "A third round, which gathered X, Y and Z in Porto": the
			// sentence's only event names its own (clause-span-persons);
			// with another event in it ("once the Geneva round closed,
			// X and Y talked by video") the names are that event's
			return partySet{}
		}
		if ev, via := d.roundParties(); ev != nil {
			if via == roundOfDeal {
				// persons who signed for their employers (a union's
				// general secretary and a railway's managing director
				// set their names to a pay deal): the rounds that led
				// to it were their bodies' talks, not theirs
				if ps := d.personsEmployers(ev, "a round of the talks of "); ps != nil {
					return partySet{parties: ps, contextual: true, borrowed: true}
				}
			}
			return roundLent(ev, via)
		}
		return partySet{}
	}
	if ev := d.lastEventOf(Meeting); ev != nil { // events_toldbefore.go
		return roundLent(ev, "the talks told before, a later round")
	}
	return partySet{}
}

// roundParties: the event whose parties a bare round with no party of its
// own takes — the last round told before (a series goes on with the same
// negotiators: "The first round, led by X and Y, ... A second round
// followed in Z"), else the last meeting held face to face (a call is no
// sitting of a series: "the two ministers spoke by phone and welcomed the
// deal" tells of others than its negotiators), else the last agreement (the
// deal the rounds led to: "X and Y reached a deal on Friday ... A further
// round took place on August 12"). The trigger of a round is a word of class round,
// or of class sequel for a round told by ellipsis (roundEllipsis).
func (d *document) roundParties() (*Event, string) {
	for k := len(d.events) - 1; k >= 0; k-- {
		if ev := &d.events[k]; ev.Type == Meeting && d.lx.is(strings.ToLower(ev.Trigger), wcRound, wcSequel) {
			return ev, "the round told before, a later round"
		}
	}
	for k := len(d.events) - 1; k >= 0; k-- {
		if ev := &d.events[k]; ev.Type == Meeting && !d.heldRemotely(ev) {
			return ev, "the talks told before, a later round"
		}
	}
	if ev := d.lastEventOf(Agreement); ev != nil && allPersons(ev) {
		return ev, roundOfDeal
	}
	return nil, ""
}

// roundOfDeal names roundParties' last resort: the deal the rounds led to.
const roundOfDeal = "the deal's negotiators told before, a round of its talks"

// heldRemotely: the event's sentence says it was held by telephone or
// video (place.go remote).
func (d *document) heldRemotely(ev *Event) bool {
	f := ev.facts
	return f.set && f.sent >= 0 && f.sent < len(d.sent) && d.remote(d.sent[f.sent])
}

// allPersons: every party of ev is a person (the negotiators of a deal, not
// the companies or countries that made it).
func allPersons(ev *Event) bool {
	for _, p := range ev.Participants {
		if p.Type != Person {
			return false
		}
	}
	return len(ev.Participants) > 0
}

// leadIn: the draft is talks fronted before the clause they lead into
// ("After 19 hours of talks, the two countries agreed ...", "Following two
// days of talks in Doha, ..."): a meeting noun after a word of class
// leadin that opens the sentence (or follows its dateline), with no name,
// verb or comma between, a comma soon after it, and no party phrase of
// its own.
func (d *document) leadIn(c *eventDraft) bool {
	k, ok := d.leadWord(c, false)
	if !ok || k > c.s.t0 && d.toks[k-1].word {
		return false
	}
	for j := c.tr.t1; j < c.s.t1 && j-c.tr.t1 <= 6; j++ {
		t := d.toks[j]
		if t.text == "," {
			return j+1 < c.s.t1
		}
		if strings.HasPrefix(t.tag, "VB") || !t.word {
			return false
		}
	}
	return false
}

// leadWord finds the word of class leadin before the draft's talks, with
// only lower-case words that are no verb between ("after 19 hours of
// talks"), when the talks have no party phrase of their own (the subject
// of the clause they close is no party phrase of theirs).
func (d *document) leadWord(c *eventDraft, trailing bool) (int, bool) {
	tr := c.tr
	if tr.typ != Meeting || tr.verb || len(c.cl.subj) > 0 && !trailing || len(c.cl.obj) > 0 {
		return 0, false
	}
	for _, role := range []string{"with", "between", "poss", "by"} {
		if len(c.cl.pp[role]) > 0 {
			return 0, false
		}
	}
	for k := tr.t0 - 1; k >= c.s.t0 && tr.t0-k <= 6; k-- {
		t := d.toks[k]
		if d.lx.is(t.lower, wcLeadIn) {
			return k, true
		}
		if !t.word || t.cap || strings.HasPrefix(t.tag, "VB") {
			return 0, false
		}
	}
	return 0, false
}

// trailingTalks: the talks close the clause of an agreement told before
// them in the sentence ("X and Y reached a pay deal on Friday after 19
// hours of talks at a hotel in Leeds"): a word of class leadin inside the
// sentence before them, and an agreement trigger before that word.
func (d *document) trailingTalks(c *eventDraft) bool {
	k, ok := d.leadWord(c, true)
	if !ok || k == c.s.t0 || !d.toks[k-1].word {
		return false
	}
	for i := 0; i < c.ti && i < len(c.trigs); i++ {
		if c.trigs[i].typ == Agreement && c.trigs[i].t1 <= k {
			return true
		}
	}
	return false
}

// leadInLast puts the sentence's fronted talks (leadIn) after its other
// drafts, so that rule lead-in finds the parties of the clause they lead
// into.
func (r *eventRun) leadInLast(cs []*eventDraft) []*eventDraft {
	var rest, lead []*eventDraft
	for _, c := range cs {
		if r.d.leadIn(c) {
			lead = append(lead, c)
		} else {
			rest = append(rest, c)
		}
	}
	if len(lead) == 0 || len(rest) == 0 {
		return cs
	}
	return append(rest, lead...)
}

// ruleLeadIn: fronted talks (leadIn) with no party of their own are the
// talks of the parties of the meeting or agreement their sentence goes on
// to tell ("After two days of talks, the companies agreed on Friday to
// merge"): the event built last, from this sentence. Talks that close an
// agreement's clause (trailingTalks: "reached a deal after 19 hours of
// talks") are that agreement's parties' talks the same way. With none built from
// it (no clause event, or one merged into an earlier mention) they borrow
// nothing.
func (r *eventRun) ruleLeadIn(c *eventDraft) partySet {
	last := r.ctx.last
	if last == nil || r.ctx.lastSent != c.si {
		return partySet{}
	}
	if !r.d.leadIn(c) && (last.Type != Agreement || !r.d.trailingTalks(c)) {
		return partySet{}
	}
	return partySet{parties: partiesOf(last, "the parties of the clause the talks lead into"), contextual: true}
}

// eventToldBefore is the event of type typ the story told last before
// sentence si: the one built from the last sentence before si with a
// trigger of that type (talks for a meeting, a deal for an agreement), or
// nil when none does or that trigger made no event ("Separate talks
// between the union and X broke down": not the meeting told before them).
func (d *document) eventToldBefore(si int, typ string) *Event {
	for k := si - 1; k >= 0; k-- {
		told := false
		for _, tr := range d.triggersIn(d.lx, d.sent[k]) {
			if tr.typ == typ {
				told = true
				break
			}
		}
		if !told {
			continue
		}
		at := d.sent[k].start
		for i := len(d.events) - 1; i >= 0; i-- {
			ev := &d.events[i]
			if ev.Type != typ {
				continue
			}
			if ev.SentenceSpan != nil && ev.SentenceSpan[0] == at {
				return ev
			}
			for _, x := range ev.Evidence {
				if x.SentenceSpan != nil && x.SentenceSpan[0] == at {
					return ev
				}
			}
		}
		return nil
	}
	return nil
}

// ruleResumedTalks: a frame that needs "resumed" ("return to the
// table", "put pen to paper") whose subject is a group noun or a pronoun
// ("both sides", "they") is an event of the parties of the event of its
// type told before — not of the last event of another type ("signed a deal ... both sides will
// return to the table"). A named subject is read by the clause rules.
func (r *eventRun) ruleResumedTalks(c *eventDraft) partySet {
	if c.tr.frame == nil || c.tr.frame.needs != "resumed" || len(c.cl.subj) == 0 {
		return partySet{}
	}
	for _, a := range c.cl.subj {
		if a.pron == "" {
			return partySet{}
		}
	}
	m := r.d.eventToldBefore(c.si, c.tr.typ)
	if m == nil {
		return partySet{}
	}
	return partySet{parties: partiesOf(m, "the parties of the "+c.tr.typ+" told before"), contextual: true, borrowed: true}
}

// resumedAlone: an agreement frame that needs "resumed" ("put pen to
// paper") tells the signing of the deal told before, so it only joins
// that deal: with a date of its own other than the deal's it tells
// something else written later (a letter, a plea), no agreement of its
// own.
func (r *eventRun) resumedAlone(c *eventDraft) bool {
	if c.tr.typ != Agreement || c.tr.frame == nil || c.tr.frame.needs != "resumed" || c.ownDate == "" {
		return false
	}
	told := r.d.eventToldBefore(c.si, Agreement)
	if told != nil && told.Date == c.ownDate {
		return false
	}
	r.d.tracef("S%d agreement %q: its own date %q is not the deal's told before (rule resumed-alone)", c.si, r.d.textOf(span{c.tr.t0, c.tr.t1}), c.ownDate)
	return true
}

// roundHolds: the noun "round" (need "round") is one meeting of a series
// of talks when the story told talks before it and the round is told as a
// sitting of its own ("A second round followed in Lusaka on May 3", "The
// two-day round in Accra was led by X and Y", "the Geneva round"). It is
// none when:
//   - "of" follows: "a round of talks" is the talks' own event, "a round
//     of layoffs" or "of applause" no meeting;
//   - it is plural with no "between" or "with" right after it: "after
//     three rounds", "as in earlier rounds" count or sum up rounds ("two
//     further rounds between X and Y in Lima" tells their sittings);
//   - a common noun or a name that is no place or date modifies it: "a
//     funding round", "a Series C round", "the FA Cup first round";
//   - the story is a sports story (teams_clubs.go), or its sentence has a
//     word of a vote or a contest (classes ballot, sport): a round of a
//     contest or of voting;
//   - no talks were told before it: a meeting trigger in an earlier
//     sentence or earlier in its own.
func (d *document) roundHolds(m trigMatch, s sentence) bool {
	toks := d.toks
	if m.t1 < s.t1 && toks[m.t1].lower == "of" {
		return false
	}
	if plural := m.form&formPlural != 0 || toks[m.t1-1].tag == "NNS"; plural && !(m.t1 < s.t1 && (toks[m.t1].lower == "between" || toks[m.t1].lower == "with")) {
		return false // "after three rounds"; but "two further rounds between X and Y" tells their sittings
	}
	if !d.roundModifiersHold(m.t0, s) || d.sportsStory(d.lx) {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcBallot, wcSport) {
			return false // "won 41 percent of the vote in the first round", "reached the final after the third round"
		}
	}
	return d.talksToldBefore(m)
}

// roundModifiersHold walks left from the round over its modifiers
// (ordinals, sequel words, adjectives, numbers, "and" between them: "the
// fourth and final round", "the two-day round") to what opens its phrase:
// a determiner, a possessive, a place or a date ("the Doha round",
// "Thursday's round") or the sentence's start hold; a common noun or
// another name before it does not.
func (d *document) roundModifiersHold(t0 int, s sentence) bool {
	for k := t0 - 1; k >= s.t0; k-- {
		t := d.toks[k]
		switch {
		case !t.word:
			return true // "Round one:", ", a second round"
		case d.dateAt(k) != k || d.placeCovers(k):
			return true
		case isPossessive(t.text):
			return k-1 < s.t0 || d.toks[k-1].cap // "Thursday's round", "Lima's round"; not "the election's round"
		case t.tag == "DT" || t.tag == "PRP$" || t.tag == "IN" || t.tag == "TO" || strings.HasPrefix(t.tag, "VB"):
			return true // "a second round", "that round", "at the round", "opened a round"
		case t.cap && k > s.t0:
			return false // "a Series C round", "the FA Cup first round"
		case d.lx.is(t.lower, wcSequel) || t.lower == "and":
			continue
		case t.tag == "JJ" || t.tag == "JJS" || t.tag == "JJR" || t.tag == "CD" || t.tag == "RB":
			continue
		default:
			return false // "funding round", "bidding round"
		}
	}
	return true
}

// placeCovers: a place mention covers token k ("the Lake Bled
// round").
func (d *document) placeCovers(k int) bool {
	for _, m := range d.mentionsIn(span{d.sent[d.toks[k].sent].t0, k + 1}) {
		if m.typ == Location && m.span.t0 <= k && k < m.span.t1 {
			return true
		}
	}
	return false
}

// talksToldBefore: a meeting trigger word other than a round stands in an
// earlier sentence of the story or earlier in the round's own sentence.
// The words are read as the lexicon has them, their needs unchecked (a
// round's own check must not recurse into the sentence it stands in).
func (d *document) talksToldBefore(m trigMatch) bool {
	return d.triggerToldBefore(m, Meeting, "round")
}

// triggerToldBefore: a trigger word of a frame of type typ whose need is
// not except stands before m in the story. The words are read as the
// lexicon has them, their needs unchecked.
func (d *document) triggerToldBefore(m trigMatch, typ, except string) bool {
	lx := d.lx
	for k := d.sent[0].t0; k < m.t0; {
		n, v := lx.triggers.longest(d.toks, k, m.t0)
		if n == 0 {
			k++
			continue
		}
		for _, f := range lx.formSets[v] {
			if fr := &lx.frames[f.frame]; fr.typ == typ && fr.needs != except {
				return true
			}
		}
		k += n
	}
	return false
}

// roundEllipsis reads a round told by ellipsis after a round of its
// sentence: "A second round took place in Turku on April 2-3, and a third in
// Oulu on May 20" — a sequel word (word class sequel: "third", "next",
// "another") after an article (word class article) after "and" or a comma, with a
// preposition right after it ("in", "at", "on"), is one more round, with
// its own date and place. The round before it must be a bare round (the
// frame that needs "round") of the same sentence, or the talks a round
// noun heads ("a round of talks opened at Lima, and a third at Quito
// followed"): the ellipsis then stands for the round noun, not the talks
// noun, and is read as a bare round.
func (d *document) roundEllipsis(k int, s sentence, before []trigMatch) (trigMatch, bool) {
	toks := d.toks
	if k-2 < s.t0 || k+1 >= s.t1 || len(before) == 0 || !d.lx.is(toks[k].lower, wcSequel) {
		return trigMatch{}, false
	}
	prev := before[len(before)-1]
	if prev.t1 > k {
		return trigMatch{}, false
	}
	if prev.needs != "round" {
		r, ok := d.roundHeading(prev, s)
		if !ok {
			return trigMatch{}, false
		}
		prev = r
	}
	if !d.lx.is(toks[k-1].lower, wcArticle) {
		return trigMatch{}, false
	}
	if l := toks[k-2].lower; l != "and" && l != "," {
		return trigMatch{}, false
	}
	switch toks[k+1].lower {
	case "in", "at", "on":
	default:
		return trigMatch{}, false // "and a third round", "and the second day"
	}
	m := prev
	m.t0, m.t1 = k, k+1
	return m, true
}

// roundHeading: the bare round a meeting noun's round heads ("a first
// round of talks", "the second round of negotiations"): a word of class
// round right before "of" right before the noun, read as the lexicon has
// it (the frame that needs "round").
func (d *document) roundHeading(m trigMatch, s sentence) (trigMatch, bool) {
	if m.typ != Meeting || m.verb || m.t0-2 < s.t0 || d.toks[m.t0-1].lower != "of" || !d.lx.is(d.toks[m.t0-2].lower, wcRound) {
		return trigMatch{}, false
	}
	k := m.t0 - 2
	n, v := d.lx.triggers.longest(d.toks, k, k+1)
	if n == 0 {
		return trigMatch{}, false
	}
	for _, f := range d.lx.formSets[v] {
		if fr := &d.lx.frames[f.frame]; fr.typ == Meeting && fr.needs == "round" {
			return trigMatch{t0: k, t1: k + 1, typ: Meeting, needs: fr.needs, frame: fr, form: f.kind, sup: -1}, true
		}
	}
	return trigMatch{}, false
}

// sessionRound reads a body's noun of class sitting ("session") told as a
// later sitting of talks ("a second session on Tuesday settled the
// wording", "the next session will be held in Accra") as a bare round: a
// word of class sequel right before it, and the round's own checks
// (roundHolds: talks told before, no "of" after it, no common noun or
// other name before it), and no possessor before it: a session with a
// possessor is the possessor's. Otherwise it keeps its body reading ("the
// council's next session", "the second session of the commission").
func (d *document) sessionRound(m trigMatch, s sentence) trigMatch {
	if m.verb || m.t1-m.t0 != 1 || m.t0 <= s.t0 || !d.lx.is(d.toks[m.t0].lower, wcSitting) || !d.lx.is(d.toks[m.t0-1].lower, wcSequel) {
		return m
	}
	for k := m.t0 - 2; k >= s.t0 && k >= m.t0-4; k-- {
		if isPossessive(d.toks[k].text) || d.toks[k].text == "'s" || d.toks[k].text == "’s" {
			return m // "the parliament's next session", "the board's second session": the possessor's own
		}
	}
	r := m
	r.needs = "round"
	if !d.roundHolds(r, s) {
		return m
	}
	return r
}

// ellipticRound: tr is a round read by roundEllipsis ("..., and a third in
// Harare on June 9"): a date before it across "and" is the round's before
// it (time.go).
func (d *document) ellipticRound(tr trigMatch) bool {
	return tr.needs == "round" && tr.t1 == tr.t0+1 && d.lx.is(d.toks[tr.t0].lower, wcSequel)
}
