package extract

import "strings"

// A meeting noun that is a participle (rule people-meeting): "NATO defence
// ministers meeting in Brussels on Thursday backed a plan", "Foreign
// ministers meeting in Lima agreed": an "-ing" form right after a plural
// noun for people that opens its sentence, followed by a place or time
// phrase and then the sentence's own verb, is a reduced relative clause:
// those people meet. Its subject is the noun phrase before it. A
// compound noun ("at the shareholders meeting in London, the board
// voted") does not open its sentence's subject and stays a noun.

// participleSubject returns the subject of a meeting noun read as a
// participle at tr, or nil.
func (d *document) participleSubject(tr trigMatch, s sentence) []arg {
	if tr.frame.verb || tr.typ != Meeting || tr.t1 != tr.t0+1 || !strings.HasSuffix(d.toks[tr.t0].lower, "ing") || tr.t0 <= s.t0 || tr.t1 >= s.t1 {
		return nil
	}
	prev := d.toks[tr.t0-1]
	if prev.tag != "NNS" || prev.cap && tr.t0-1 > s.t0 {
		return nil
	}
	if next := d.toks[tr.t1].lower; next != "in" && next != "at" && next != "on" && next != "this" && !d.inDate(tr.t1) {
		return nil
	}
	// the plural noun's phrase opens the sentence: only names,
	// determiners, adjectives and nouns before it
	for k := s.t0; k < tr.t0-1; k++ {
		t := d.toks[k]
		if !t.word || strings.HasPrefix(t.tag, "VB") || t.tag == "IN" && !t.cap || t.text == "," {
			return nil
		}
	}
	// the sentence's own finite verb after the participle's phrase
	finite := false
	for k := tr.t1; k < s.t1; k++ {
		t := d.toks[k]
		if t.text == "," || d.lx.is(t.lower, wcClause, wcRelative) {
			break
		}
		if (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && !t.cap {
			finite = true
			break
		}
	}
	if !finite {
		return nil
	}
	return d.subjectPhrase(tr.t0, s)
}

// A meeting verb in a participle clause has the subject of the clause it
// modifies (rule participle-clause-subject): fronted, "Receiving the
// envoy at the palace, the governor said", "After meeting X in Lima, Y
// flew to Quito", the subject after the participle clause's comma; set
// off after the subject, "The governor, receiving the envoy on Monday,
// said", the subject before the comma; trailing, after a temporal
// preposition, "Y signed the accord in Lima after meeting X", the subject
// of the last finite verb before it.

// participleClauseSubject returns the subject of the participle clause
// whose verb group starts at g, or nil.
func (d *document) participleClauseSubject(tr trigMatch, g int, s sentence) []arg {
	if !tr.frame.verb || tr.form&formGerund == 0 || tr.t0 != g {
		return nil
	}
	// fronted: only a temporal word, an adverb or another participle
	// ("Speaking after meeting X") before it
	front := true
	for k := s.t0; k < g; k++ {
		t := d.toks[k]
		if !(d.lx.is(t.lower, wcTemporal) || t.tag == "RB" || t.tag == "VBG") {
			front = false
			break
		}
	}
	if front {
		for k := tr.t1; k < s.t1-1 && k < tr.t1+30; k++ {
			t := d.toks[k]
			if d.lx.is(t.lower, wcClause) {
				return nil
			}
			if t.text != "," {
				continue
			}
			v := d.finiteAfter(k+1, s)
			if v < 0 {
				continue // a comma inside the participle clause
			}
			if d.lx.is(d.toks[tr.t0].lower, wcSpeech) && d.lx.is(d.toks[v].lower, wcReport) {
				return nil // "Speaking to the BBC on Sunday, X said": a statement's scene
			}
			var out []arg
			for _, a := range d.subjectPhrase(d.verbGroupStart(v, s), s) {
				if a.span.t0 > k {
					out = append(out, a)
				}
			}
			return out
		}
		return nil
	}
	// trailing, after a temporal preposition: "The premier opened a bridge
	// in Perth after touring two towns": the subject of the last finite
	// verb before it
	if g-1 > s.t0 && d.lx.is(d.toks[g-1].lower, wcTemporal) {
		return d.trailingParticipleSubject(g-1, s)
	}
	// set off: "The governor, receiving the envoy on Monday, said"
	if g-1 <= s.t0 || d.toks[g-1].text != "," {
		return nil
	}
	for k := tr.t1; k < s.t1-1 && k < tr.t1+30; k++ {
		t := d.toks[k]
		if d.lx.is(t.lower, wcClause, wcRelative) {
			return nil
		}
		if t.text == "," {
			if v := k + 1; v < s.t1 && d.finiteAt(v) {
				if d.lx.is(d.toks[tr.t0].lower, wcSpeech) && d.lx.is(d.toks[v].lower, wcReport) {
					return nil // "X, speaking to the BBC, said": a statement's scene
				}
				return d.subjectPhrase(g-1, s)
			}
			return nil
		}
	}
	return nil
}

// trailingParticipleSubject: the subject of the last finite verb before
// the temporal preposition at p (from the last semicolon), or nil.
func (d *document) trailingParticipleSubject(p int, s sentence) []arg {
	for v := p - 1; v >= s.t0 && d.toks[v].text != ";"; v-- {
		if d.finiteAt(v) {
			return d.subjectPhrase(d.verbGroupStart(v, s), s)
		}
	}
	return nil
}

// finiteAt: token k is a finite verb or a modal in lower case.
func (d *document) finiteAt(k int) bool {
	t := d.toks[k]
	return (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && !t.cap
}

// finiteAfter returns the first finite verb from token at to the end of
// the clause, with a noun phrase (no comma) before it, or -1.
func (d *document) finiteAfter(at int, s sentence) int {
	for k := at; k < s.t1 && k < at+15; k++ {
		t := d.toks[k]
		if t.text == "," || d.lx.is(t.lower, wcClause, wcRelative) {
			return -1
		}
		if d.finiteAt(k) {
			if k == at {
				return -1
			}
			return k
		}
	}
	return -1
}
