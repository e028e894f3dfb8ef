package extract

// Repeated occasions told in one clause: "talks were held at A in March
// and again at B in June", "visited A last year and once more in May". One
// trigger tells two events of the same parties: the one its clause dates
// and places first, and another whose date and place stand after a
// coordinated repeat cue (effect repeat of event_cues.tsv: "again", "once
// more"). The second is the first's copy with the date and place of its
// own stretch (at least one of them; the one it does not give stays
// unknown, but a visit's destination: "visited A in May and again in
// July" went to A twice). "met again in B" (no coordinator before the cue)
// is the merge pass's: a later occasion told by a verb of its own.

// againOccasion is the date and place told after a coordinated repeat cue
// of a trigger's clause.
type againOccasion struct {
	date, place string
	cue         string
}

// againAfter reads the stretch after a coordinated repeat cue that follows
// the trigger in its clause; ok false when there is none, or when it gives
// neither a date nor a place other than the event's.
func (d *document) againAfter(c *eventDraft, ev Event) (againOccasion, bool) {
	tr, s := c.tr, c.s
	end := min(s.t1, tr.t1+16)
	for k := tr.t1 + 1; k < end; k++ {
		t := d.toks[k]
		if t.text == ";" || t.text == ":" || d.lx.is(t.lower, wcRelative) {
			return againOccasion{}, false
		}
		prev := d.toks[k-1].lower
		if !d.lx.is(prev, wcCoordinator) && prev != "," {
			continue
		}
		n := d.repeatCueAt(k, s.t1)
		if n == 0 {
			continue
		}
		return d.againStretch(k+n, s.t1, ev, d.textOf(span{k, k + n}))
	}
	return againOccasion{}, false
}

// repeatCueAt: the number of tokens of a repeat cue starting at token k (0
// for none).
func (d *document) repeatCueAt(k, limit int) int {
	node := d.lx.cues
	for j := k; j < limit; j++ {
		c := node.next[d.toks[j].lower]
		if c == nil {
			return 0
		}
		node = c
		if c.val != 0 && cueEffect(c.val-1) == cueRepeat {
			return j + 1 - k
		}
	}
	return 0
}

// againStretch takes the first place and the first date from token k to
// the stretch's end: a clause word, a punctuation mark (a comma inside a
// date stays in it: "June 3, 2025") or the sentence's end. A verb in the
// stretch makes it no occasion: the cue then belongs to that verb's own
// predicate ("... and once more that week pressed for lower fees": the
// pressing, not a second meeting).
func (d *document) againStretch(k, limit int, ev Event, cue string) (againOccasion, bool) {
	end := k
	for end < limit {
		t := d.toks[end]
		if len(t.tag) >= 2 && t.tag[:2] == "VB" {
			return againOccasion{}, false
		}
		if d.lx.is(t.lower, wcClause) || !t.word && !(t.text == "," && d.inDate(end)) {
			break
		}
		end++
	}
	o := againOccasion{cue: cue}
	for _, m := range d.mentionsIn(span{k, end}) {
		if e := d.entityOf(m); e != nil && m.typ == Location && o.place == "" {
			o.place = e.canon
		}
	}
	for _, dm := range d.dates {
		if dm.span.t0 >= k && dm.span.t1 <= end && dm.value != "" && !dm.coarse {
			o.date = dm.value
			break
		}
	}
	if o.date == "" && o.place == "" || o.date == ev.Date && o.place == ev.Location {
		return againOccasion{}, false
	}
	if o.date == ev.Date && o.place == "" || o.place == ev.Location && o.date == "" {
		return againOccasion{}, false
	}
	return o, true
}

// againEvents makes the event of a repeated occasion told in the trigger's
// own clause (againAfter), with the parties and tense of ev.
func (d *document) againEvents(c *eventDraft, ev Event) []Event {
	o, ok := d.againAfter(c, ev)
	if !ok || len(ev.Participants) == 0 {
		return nil
	}
	g := ev
	g.Date, g.Location, g.Lat, g.Lon, g.Evidence, g.PlaceCandidates = o.date, o.place, nil, nil, nil, nil // coordinates: build.go
	if g.Location == "" && ev.Type == Visit {
		g.Location = ev.Location // the destination the trigger's clause gave once
	}
	g.Planned = ev.Planned || d.planned(o.date)
	if len(ev.Explain) > 0 {
		g.Explain = append(append([]string(nil), ev.Explain...), "another occasion of the same parties told after \""+o.cue+"\" in the same clause (reading again, events_again.go): date "+noneIfEmpty(g.Date)+", place "+noneIfEmpty(g.Location))
	}
	g.ID = eventID(g)
	return []Event{g}
}

func noneIfEmpty(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
