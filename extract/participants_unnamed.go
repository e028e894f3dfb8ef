package extract

// An unnamed group as a meeting's other side. "to meet Japanese component
// makers", "met suppliers in Stuttgart", "held talks with state
// lawmakers": the object or with-phrase is a plural common noun with no
// name in its phrase. Such a phrase is a side of its own, not a
// back-reference, so the context rules (last-event, salient-person,
// sentence-subject) add no one for it; the event keeps only its named side
// (unnamed-group) — a group noun that refers back ("the two", "both
// sides", "they": class group) is read by resolveArg instead.

// unnamedGroupSide reports whether the meeting trigger's object or
// with-phrase is an unnamed group, no person being named after the trigger
// in its sentence ("talk to Minister X and scientists", "meet the head of
// the council, Gen. X" are no unnamed group): a plural common noun (tag
// NNS, lower case) reached
// past determiners, adjectives, demonyms and modifying nouns, with no
// name, pronoun or group word in the phrase and no name after "of".
func (d *document) unnamedGroupSide(tr trigMatch) bool {
	if tr.typ != Meeting {
		return false
	}
	s := d.sent[d.toks[tr.t0].sent]
	for _, m := range d.mentionsIn(span{tr.t1, s.t1}) {
		if m.typ == Person {
			return false // "to meet the head of the council, Gen. X": a person named after it
		}
	}
	if tr.frame == nil || !tr.frame.verb {
		return false
	}
	k := tr.t1
	role := "obj"
	if k < s.t1 && d.toks[k].lower == "with" {
		k, role = k+1, "with"
	}
	if !tr.frame.hasRole(role) && role == "obj" && tr.frame.hasRole("with") {
		// "discussed the plans with officials": the with-phrase after
		// the topic
		for j := tr.t1; j < s.t1 && j < tr.t1+8; j++ {
			if l := d.toks[j].lower; l == "," || finiteTag(d.toks[j].tag) {
				break
			} else if l == "with" {
				k, role = j+1, "with"
				break
			}
		}
	}
	if !tr.frame.hasRole(role) {
		return false // "to discuss developing relations": a topic, no side
	}
	for j := k; j < s.t1 && j < k+5; j++ {
		t := d.toks[j]
		if !t.word || d.lx.is(t.lower, wcGroup, wcPronoun, wcPossessive) {
			return false // "the two", "both sides", "them", "their counterparts"
		}
		if len(d.mentionsIn(span{j, j + 1})) > 0 {
			if _, ok := d.lx.demonyms[t.lower]; !ok {
				return false // a name in the phrase: "Japanese firm Hanwa", "the EU's negotiators"
			}
		}
		if t.tag == "NNS" && !t.cap {
			next := j + 1
			if next < s.t1 && (d.toks[next].lower == "of" || d.toks[next].cap && d.toks[next].word || d.toks[next].tag == "NNS" || d.toks[next].tag == "NN") {
				return false // "leaders of the two parties", "makers Hanwa and Toray"
			}
			return true
		}
		switch t.tag {
		case "DT", "JJ", "JJR", "JJS", "NN", "CD", "VBN", "VBG", "NNP", "NNPS":
			if (t.tag == "NNP" || t.tag == "NNPS") && t.cap {
				if _, ok := d.lx.demonyms[t.lower]; !ok {
					return false
				}
			}
			if t.tag == "CD" || t.tag == "DT" && d.lx.is(t.lower, wcSetDet) {
				return false // "the two", "both", "those officials"
			}
		default:
			return false
		}
	}
	return false
}
