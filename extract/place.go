package extract

// The place pass: where an event happened, from its own clause first — a
// visit's destination by its frame ("visited Lima", "travelled to Lima",
// "arrived in Lima", "left for Busan"), or the place a "where" clause
// hangs on ("flew to Banjul, where he met X") — before the nearest place
// after a locative in its sentence and what the story's main event gave.

// clausePlace returns the place the clause names for the event, or "".
func (d *document) clausePlace(cl *clause, tr trigMatch, s sentence) string {
	if tr.typ == Visit {
		if a, ok := cl.destination(tr.frame); ok {
			return a.name
		}
	}
	// ", where he is due to meet X": the place before "where"
	for k := cl.group.t0 - 1; k >= s.t0 && k >= cl.group.t0-4; k-- {
		if d.toks[k].lower != "where" {
			continue
		}
		if k-1 > s.t0 && d.toks[k-1].text == "," {
			ms := d.mentionsIn(span{max(s.t0, k-8), k - 1})
			for i := len(ms) - 1; i >= 0; i-- {
				if m := ms[i]; m.typ == Location && m.span.t1 == k-1 {
					if e := d.entityOf(m); e != nil {
						return e.canon
					}
				}
			}
		}
		break
	}
	return ""
}
