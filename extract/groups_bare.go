package extract

// A bare plural opening a sentence is new people, not the parties told
// (rule bare-plural): "Health ministers from 12 African countries met on
// Friday", "Diplomats met in Geneva" name no one told before, while "The
// ministers met", "Both sides met", "Their envoys met" point back. A
// definite determiner, a possessive, a number or a group word before the
// noun makes it point back.

// bareGroupAt: the group noun at token k is a bare plural that opens its
// sentence: only capitalized words, adjectives and nouns before it, none
// of them a determiner, possessive, number or group word.
func (d *document) bareGroupAt(k int) bool {
	t := d.toks[k]
	if t.tag != "NNS" {
		return false
	}
	s := d.sent[t.sent]
	if k-s.t0 > 3 {
		return false
	}
	for j := s.t0; j < k; j++ {
		u := d.toks[j]
		switch {
		case d.lx.is(u.lower, wcDefinite, wcGroup, wcPossessive), isPossessive(u.text), d.isNumberWord(u.lower):
			return false
		case u.tag == "JJ", u.tag == "NN", u.tag == "NNP", u.tag == "NNS":
		default:
			return false
		}
	}
	return true
}
