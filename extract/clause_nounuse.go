package extract

// A verb trigger with no noun frame may stand where only a noun can:
// "won the 400 metres at the spring meet", "at several national meets", "the
// meet ended". Whatever the tagger said, a finite verb never follows an
// article, an adjective after a determiner, or "a" and a singular noun
// (whose verb would take -s); there the word is a noun with no frame of
// its own, and tells no event (rule verb-in-noun-phrase).

// verbInNounPhrase: the verb-form trigger at i of form kind stands inside
// a noun phrase.
func (d *document) verbInNounPhrase(i int, kind formKind) bool {
	if i < 1 || d.toks[i-1].sent != d.toks[i].sent || kind&(formBase|formThird) == 0 {
		return false
	}
	p, pp := d.toks[i-1], token{sent: -1}
	if i >= 2 {
		pp = d.toks[i-2]
	}
	if !p.word || p.cap && pp.sent == p.sent { // "The meet": capital only first in its sentence
		return false
	}
	det := func(t token) bool {
		return !t.cap && (d.lx.is(t.lower, wcArticle) || t.tag == "DT" || t.tag == "PRP$" || t.tag == "CD") || t.tag == "POS"
	}
	switch {
	case d.lx.is(p.lower, wcArticle):
		return true // "the meet"
	case p.tag == "JJ" && pp.sent == p.sent && (det(pp) || pp.tag == "JJ" && !pp.cap):
		return true // "a national meet", "several national meets"
	case p.tag == "NN" && kind&formBase != 0 && pp.sent == p.sent && d.lx.indefiniteArticle(pp.lower):
		return true // "a regional meet" ("a committee meets" takes -s)
	}
	return false
}
