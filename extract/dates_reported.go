package extract

// reportBefore (reading said-to-object): the reporting verb whose day the
// date at token i is when a short object stands between them ("told
// journalists on Tuesday she ...", "said in a filing on Monday", "told
// the assembly on Friday"): the verb's index, or -1. At most four
// words of a noun phrase or a preposition may stand between (determiners,
// pronouns, adjectives, nouns, a possessive), with no comma, verb or
// clause word, nor an event noun whose date is the subject of a verb after
// it ("said the talks on Monday would be decisive" dates the talks; "told
// a news conference on Monday that" is the saying's); "on" before the
// date is skipped. A plan told in the
// clause after it ("that she would meet X") is not dated by that day.
func (d *document) reportBefore(i int) int {
	s := d.sent[d.toks[i].sent]
	k := i - 1
	if k >= s.t0 && d.lx.is(d.toks[k].lower, wcDayPrep) {
		k--
	}
	for n := 0; k >= s.t0 && n <= 4; k, n = k-1, n+1 {
		t := d.toks[k]
		if d.lx.is(t.lower, wcReport) && (t.tag == "VBD" || t.tag == "VBN" || t.tag == "VBZ" || t.tag == "VBP") {
			if n == 0 {
				return -1 // right before the date: the readings of tenseAt and reportDate already
			}
			return k
		}
		switch t.tag {
		case "DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "IN", "POS":
			if d.lx.is(t.lower, wcRelative, wcClause) {
				return -1
			}
			if l, _ := d.lx.triggers.longest(d.toks, k, s.t1); l > 0 && d.verbAfterDate(i) {
				return -1 // "said the talks on Monday would ...": the talks' day
			}
		default:
			return -1
		}
	}
	return -1
}

// verbAfterDate: a verb or modal follows the date mention that starts at
// token i ("the talks on Monday would ...").
func (d *document) verbAfterDate(i int) bool {
	j := d.dateAt(i)
	if j >= len(d.toks) || d.toks[j].sent != d.toks[i].sent {
		return false
	}
	tag := d.toks[j].tag
	return tag == "MD" || len(tag) >= 2 && tag[:2] == "VB"
}
