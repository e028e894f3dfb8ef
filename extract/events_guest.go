package extract

// A meal given for someone is a meeting of the one who gives it and the
// guest: "the president hosted a state dinner for Minister X" (need
// "guest", frames.tsv). Only a named person after "for" is a guest: "a
// lunch for the volunteers", "a lunch for the harvest festival" name a
// crowd or an occasion, no side of a meeting.

// guestAfter reports whether the meal is governed by a hosting verb
// (class hostmeal, a few words before it: "hosted a state dinner"), "for"
// follows it within five tokens of its sentence and a named person comes
// right after "for", a title or honorific allowed before the name ("for
// Foreign Minister X"), and no possessive after it ("for X's birthday").
func (d *document) guestAfter(m trigMatch, s sentence) bool {
	if !d.hostedMeal(m, s) {
		return false
	}
	for k := m.t1; k < s.t1-1 && k < m.t1+5; k++ {
		if d.toks[k].lower != "for" {
			continue
		}
		for _, x := range d.mentionsIn(span{k + 1, min(s.t1, k+8)}) {
			if x.typ != Person {
				continue
			}
			if x.span.t1 < s.t1 && d.lx.is(d.toks[x.span.t1].lower, wcGenitive) {
				return false // "for X's birthday": an occasion
			}
			h := d.honorificStart(x.span.t0, s)
			return x.span.t0 == k+1 || h == k+1 || d.titlePrefixStart(h, s) == k+1
		}
		return false
	}
	return false
}

// hostedMeal reports whether a verb of class hostmeal stands at most four
// tokens before the meal noun, with only determiners, adjectives and
// nouns between ("gave a working lunch", "hosted a state dinner").
func (d *document) hostedMeal(m trigMatch, s sentence) bool {
	for k := m.t0 - 1; k >= s.t0 && k >= m.t0-5; k-- {
		t := d.toks[k]
		if d.lx.is(t.lower, wcHostMeal) {
			return true
		}
		if !nounModifierTag(t.tag) {
			return false
		}
	}
	return false
}
