package extract

// dropOrphanReferences: a bare reference ("to prepare the trip", "ahead
// of the visit", "people familiar with the talks": merge_refs.go
// bareReference) points back at an event told before. When an event of
// its type was told before it and it joined none (its parties, read from
// its sentence, are not that event's: "X met Y to prepare the trip" names
// the host, not the traveller), it is no event of its own: it is
// dropped, and the trace says which. A bare reference with no event of
// its type before it keeps its reading (it may be the only telling), and
// so does one another mention joined (here, or with the same id as the
// events pass went: its evidence), one a possessive opens ("his
// first trip abroad, to Gaborone" names its own traveller: it may be
// another trip) and one a name stands in ("at the Andean trade summit"
// names its occasion), and one a distinct cue marks as another occasion
// ("the fifth round", "the second meeting": which one it is, not the
// one just told).
//
// So is a meeting or agreement that names no party and no date of its own
// (its parties and date came from the event told before: "meetings with
// municipal officials", "the talks") but a place of its own where that
// event was not (build kept it apart: Event.facts.apart), when it joins no
// event told at its place either and nothing marks it as another occasion
// ("the next round of talks" is one): whose event it is the story does
// not say.
func (d *document) dropOrphanReferences(alive, grew []bool) {
	told := map[string]bool{}
	for i := range d.events {
		if !alive[i] {
			// a mention folded into an earlier event: that event was told
			told[d.events[i].Type] = true
			continue
		}
		e := &d.events[i]
		if told[e.Type] && !grew[i] && len(e.Evidence) == 0 && d.bareReference(e.facts) && !d.namedReference(e.facts) && d.distinctCue(e.facts) == "" {
			d.tracef("merge %s %q (S%d): a bare reference to an event told before that joins none: dropped", e.Type, e.Trigger, e.facts.sent)
			alive[i] = false
			continue
		}
		if told[e.Type] && !grew[i] && len(e.Evidence) == 0 && d.guessedElsewhere(e) {
			d.tracef("merge %s %q (S%d): parties from the event told before, at another place, joins none: dropped", e.Type, e.Trigger, e.facts.sent)
			alive[i] = false
			continue
		}
		told[e.Type] = true
	}
}

// namedReference: the bare reference opens with a possessive ("his
// trip", "Ito's visit", "Wednesday's talks") or a capitalized word
// stands between its determiner and its trigger ("the Andean summit", "the
// Lima talks"): it names whose or which occasion it is.
func (d *document) namedReference(f mentionFacts) bool {
	sp, ok := d.anaphorSpan(f)
	if !ok || sp.t0 >= sp.t1 {
		return false
	}
	t := d.toks[sp.t0]
	if t.tag == "PRP$" || isPossessive(t.lower) {
		return true
	}
	if sp.t0+1 < sp.t1 && d.toks[sp.t0+1].tag == "POS" {
		return true
	}
	for k := sp.t0 + 1; k < f.n0; k++ {
		if w := d.toks[k].text; w != "" && w != d.toks[k].lower {
			return true
		}
	}
	return false
}

// guessedElsewhere: a meeting or agreement whose parties came from
// context, its date not its own, kept apart from the event of its id for
// a place of its own, and no distinct cue makes it another occasion of
// those parties. (A visit's traveller from context is the person the
// story follows: "The trip began in Tokyo" is a leg of that person's.)
func (d *document) guessedElsewhere(e *Event) bool {
	f := e.facts
	return e.Type != Visit && f.apart && f.borrowed && !f.ownDate && d.distinctCue(f) == ""
}
