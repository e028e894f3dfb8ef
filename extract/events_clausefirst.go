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
