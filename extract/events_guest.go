package extract

// A meal given for someone is a meeting of the one who gives it and the
// guest: "the president hosted a state dinner for Minister X" (need
// "guest", frames.tsv). Only a named person after "for" is a guest: "a
// dinner for 300 farmers", "a lunch for the harvest festival" name a
// crowd or an occasion, no side of a meeting.

// guestAfter reports whether "for" follows the trigger within five tokens
// of its sentence and a named person comes right after it, a title or
// honorific allowed before the name ("for Foreign Minister X").
func (d *document) guestAfter(m trigMatch, s sentence) bool {
	for k := m.t1; k < s.t1-1 && k < m.t1+5; k++ {
		if d.toks[k].lower != "for" {
			continue
		}
		for _, x := range d.mentionsIn(span{k + 1, min(s.t1, k+8)}) {
			if x.typ != Person {
				continue
			}
			h := d.honorificStart(x.span.t0, s)
			return x.span.t0 == k+1 || h == k+1 || d.titlePrefixStart(h, s) == k+1
		}
		return false
	}
	return false
}
