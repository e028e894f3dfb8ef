package extract

import "strings"

// The talks-topic reading: a deal verb in the infinitive right after talks
// ("Marlow is in talks to merge with Brightline", "the bank held talks to
// buy a rival", "negotiations to take over X") is what the talks are about,
// not a deal made: the sentence tells a meeting of the talks' holder and
// the deal's other side, and no agreement. The draft is read as that
// meeting: the deal verb's subject and object (or with-phrase) are the
// parties, and the factuality rules judge the talks ("pulled out of talks
// to buy X" stays no event).

// talksTopic turns an agreement draft whose trigger is the infinitive of a
// meeting noun's purpose into the meeting of the talks.
func (d *document) talksTopic(c *eventDraft) {
	tr := c.tr
	if tr.typ != Agreement || !tr.verb || tr.t0-2 < c.s.t0 || !d.lx.is(d.toks[tr.t0-1].lower, wcInfinitive) {
		return
	}
	// the word before "to" is a meeting noun of frames.tsv ("talks",
	// "held talks"), not a verb of meeting with a purpose ("met to sign a
	// deal")
	k := tr.t0 - 2
	n, v := d.lx.triggers.longest(d.toks, k, k+1)
	if n != 1 {
		return
	}
	noun := false
	for _, r := range d.lx.formSets[v] {
		if f := d.lx.frames[r.frame]; !f.verb && f.typ == Meeting {
			noun = true
		}
	}
	if !noun || !nounTag(d.toks[k].tag) && !d.nounAfterIn(k) {
		return
	}
	d.tracef("S%d agreement %q: the topic of talks %q, read as their meeting", c.si, d.textOf(span{tr.t0, tr.t1}), d.toks[k].text)
	c.tr.typ = Meeting
	if len(c.cl.subj) == 0 {
		// the talks' holder: the phrase before the verb group of "is in
		// talks", "held talks" ("it was in talks to buy X": it)
		j := k
		if d.nounAfterIn(j) {
			j--
		}
		for j-1 > c.s.t0 && (d.lx.is(d.toks[j-1].lower, wcAux, wcBe, wcModal, wcNegation) || strings.HasPrefix(d.toks[j-1].tag, "VB")) {
			j--
		}
		if a, ok := d.phraseEndingAt(j, c.s); ok {
			c.cl.subj = []arg{a}
		}
	}
	c.vias = append(c.vias, "talks-topic: the deal is what the talks are about; the talks are the event")
}

func nounTag(tag string) bool { return len(tag) >= 2 && tag[:2] == "NN" }

// nounAfterIn: the word at k follows "in" ("in talks"), so it is a noun
// whatever its tag.
func (d *document) nounAfterIn(k int) bool {
	return k > 0 && d.toks[k-1].lower == "in"
}
