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
