package extract

// labelPlace: a meeting told as an item of a list, its label first and
// a colon after it ("Round one: Bergen, April 8-9", "Second round:
// Tallinn, June 2024"), is held at the place named right after the colon —
// the list gives each item's place and its date, in either order
// ("Round four: today, Tallinn"). The label is the
// trigger opening its sentence with at most two words around it (an
// ordinal or number, "Round 3", "Third round"); the place must open
// what follows the colon, or the date's comma after it, and be ended by a comma, a period or the
// sentence's end ("Round two: Tallinn."), not open a clause of its own
// ("Round two: Tallinn hosted ...").
func (d *document) labelPlace(c *eventDraft) string {
	tr, s := c.tr, c.s
	if tr.typ != Meeting || tr.verb || tr.t0-s.t0 > 1 || d.inDateline(tr.t0) {
		return ""
	}
	colon := -1
	for k := s.t0; k < s.t1 && k <= tr.t1+1; k++ {
		if d.toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon < tr.t1 || colon+1 >= s.t1 || colon-s.t0 > 3 {
		return ""
	}
	for k := s.t0; k < colon; k++ {
		if !d.toks[k].word {
			return ""
		}
	}
	at := colon + 1
	for at < s.t1 { // "Round four: today, Tallinn": a date may come first
		if e := d.dateAt(at); e != at {
			at = e
		} else if d.toks[at].text == "," {
			at++
		} else {
			break
		}
	}
	for _, m := range d.mentionsIn(span{at, s.t1}) {
		if m.span.t0 != at {
			break
		}
		if m.typ != Location {
			return ""
		}
		if end := m.span.t1; end < s.t1 && d.toks[end].text != "," && d.toks[end].text != "." {
			return ""
		}
		if e := d.entityOf(m); e != nil {
			return d.demonymPlace(e.canon, m.span.t1)
		}
	}
	return ""
}
