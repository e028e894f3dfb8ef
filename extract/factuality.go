package extract

// The factuality pass decides whether a trigger tells an event: the
// clause's verb group (negated, modal) is read by the clause pass; the cue
// table (event_cues.tsv) adds what stands around it: cancelled, denied,
// hoped for, offered, invited, proposed, conditional.

// hopeGoverns reports whether a hope cue (hope, offer, invite, propose,
// could...) at most ten words before the trigger governs it: no comma and
// no finite verb stand between them. "Cambodia has offered to host talks",
// "invited Dunmore's directors to talks"; not "The offer comes as Straw
// arrives in Jakarta".
func (d *document) hopeGoverns(lx *lexicon, tr trigMatch, s sentence) bool {
	from := max(s.t0, tr.t0-10)
	for k := from; k < tr.t0; k++ {
		node := lx.cues
		for j := k; j < tr.t0; j++ {
			c := node.next[d.toks[j].lower]
			if c == nil {
				break
			}
			node = c
			if c.val != 0 && cueEffect(c.val-1) == cueHope && d.governs(j+1, tr.t0) {
				return true
			}
		}
	}
	return false
}

// governs: nothing between tokens from and to breaks the link of a cue to
// the trigger: a comma, a finite verb.
func (d *document) governs(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP":
			return false
		}
	}
	return true
}
