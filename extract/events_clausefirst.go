package extract

import "strings"

// clauseFirst: a verb whose subject is a pronoun or a description ("he met
// Bush", "the Kenyan president met Okoye at State House", "the two
// sides had agreed"), or a noun whose possessor is a pronoun ("on his
// first visit to London"), has its parties in its clause when the
// sentence names fewer than two persons: the organizations, places and
// objects elsewhere in the sentence ("at 10 Downing Street", "flying from
// the United States", "met Blair") are not its subject.
func (d *document) clauseFirst(c *eventDraft, persons []string) bool {
	if len(persons) >= 2 || c.cl.passive {
		return false
	}
	as := c.cl.subj
	if !c.tr.verb {
		as = c.cl.pp["poss"]
	}
	if len(as) == 0 {
		return false
	}
	if !c.tr.verb && c.tr.typ == Meeting && d.ownBody(c) != "" {
		return true // "the G7 meeting": the body whose meeting it is
	}
	for _, a := range as {
		if a.pron == "" {
			return false
		}
	}
	return true
}

// ownBody: a meeting noun whose own phrase names the body or group that
// meets ("the recent G7 meeting", "July's G8 summit") returns its name: a
// meeting of that body alone when its clause names no one else.
func (d *document) ownBody(c *eventDraft) string {
	if c.tr.verb || c.tr.typ != Meeting {
		return ""
	}
	for _, a := range c.cl.pp["poss"] {
		if a.pron == "" && a.typ == Organization && d.isBloc(a.name) {
			return a.name
		}
	}
	return ""
}

// namedVisitor: a visit noun names its own visitor right after it ("the
// visit of Switzerland", "a visit by the Pope"); the visit is that one's,
// not the story's focal person's.
func (d *document) namedVisitor(c *eventDraft) (arg, bool) {
	if c.tr.typ != Visit || c.tr.verb || c.tr.t1+1 >= c.s.t1 {
		return arg{}, false
	}
	if p := d.toks[c.tr.t1].lower; p != "of" && p != "by" {
		return arg{}, false
	}
	as := d.phraseAt(c.tr.t1+1, c.s.t1)
	if len(as) == 0 || as[0].span.t0 > c.tr.t1+3 || as[0].pron != "" {
		return arg{}, false
	}
	return as[0], true
}

// adverbLike: a lower-case word in -ly the tagger called a noun, with a
// preposition, a comma or the sentence's end after it, is an adverb of
// the verb right before it ("met briefly at a forum", "talked privately on
// Monday"), not the verb's object.
func (d *document) adverbLike(k int, s sentence) bool {
	t := d.toks[k]
	if t.cap || !t.word || t.tag != "NN" || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ly") ||
		k == s.t0 || !strings.HasPrefix(d.toks[k-1].tag, "VB") {
		return false
	}
	if k+1 >= s.t1 {
		return true
	}
	n := d.toks[k+1]
	return !n.word || n.tag == "IN" || n.tag == "TO"
}

// agreedDecision: "agreed that" followed at k by a joint decision on a
// concrete act is an agreement, as "agreed to" is ("the two leaders
// agreed that their ministers would meet in May", "agreed that the talks
// would resume"): the that-clause's subject is the parties' own (a
// pronoun or a possessive, "the two sides", "both countries"), a named
// party or an event noun, and its verb group is "would", "will", "should"
// or "shall" and a bare verb. Agreeing with a view stays none: "analysts
// agreed that the market would fall", "agreed that the talks had been
// useful".
func (d *document) agreedDecision(k int, s sentence) bool {
	lx := d.lx
	own := false
	j := k
	for ; j < s.t1 && j < k+8; j++ {
		t := d.toks[j]
		if lx.is(t.lower, wcFuture, wcModal) {
			break
		}
		switch {
		case t.tag == "PRP" || t.tag == "PRP$" || lx.is(t.lower, wcGroup):
			own = true // "they", "their coast guards", "both sides"
		case len(d.mentionsIn(span{j, j + 1})) > 0 && t.cap:
			m := d.mentionsIn(span{j, j + 1})[0]
			if m.typ == Person || m.typ == Organization || m.typ == Location && m.kind == "country" {
				own = true // "that Kenya would host the next round"
			}
		case d.eventNoun(j, s):
			own = true // "that the talks would resume"
		case strings.HasPrefix(t.tag, "VB") || !t.word && !isPossessive(t.text):
			return false // "agreed that the market fell", "agreed that, ..."
		}
	}
	if !own || j+1 >= s.t1 {
		return false
	}
	if !d.lx.is(d.toks[j].lower, wcDecision) {
		return false // "could", "might": a possibility, no decision
	}
	n := j + 1
	if n < s.t1 && d.toks[n].tag == "RB" && n+1 < s.t1 {
		n++ // "would also meet", "will then sign"
	}
	return d.toks[n].tag == "VB"
}
