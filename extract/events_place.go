package extract

// The event place pass: a draft's own place comes from its clause (a
// visit's destination, the place a "where" clause hangs on: place.go),
// else the place a visit's traveller left, else the nearest place after a
// locative in its reach, else (a meeting) in its sentence before any
// "since"; its place is that one, else the story's main event's for a
// title line dated by it, else what the story's events gave before. A
// visit needs a place.

// ownPlaceOf reads the draft's own place.
func (r *eventRun) ownPlaceOf(c *eventDraft) {
	d, tr, s := r.d, c.tr, c.s
	c.ownPlace = d.clausePlace(&c.cl, tr, s)
	if c.ownPlace == "" && tr.typ == Visit {
		// "left Lima on Tuesday after a three-day visit"
		c.ownPlace = d.departedFrom(s, tr)
		c.departed = c.ownPlace != ""
	}
	if c.ownPlace == "" {
		c.ownPlace = d.nearestPlace(c.attrs, tr)
	}
	if c.ownPlace == "" && tr.typ == Meeting {
		// "The summit in Seoul ... after talks between X and Y": one
		// meeting named twice in its sentence; but not a past one
		// after "since"
		whole := span{s.t0, s.t1}
		for k := tr.t1; k < s.t1; k++ {
			if d.toks[k].lower == "since" {
				whole.t1 = k
				break
			}
		}
		c.ownPlace = d.nearestPlace(whole, tr)
	}
}

// where places the draft, or reports false for a visit with no place.
func (r *eventRun) where(c *eventDraft) bool {
	ctx := &r.ctx
	c.place = c.ownPlace
	if c.fromMain && c.place == "" {
		c.place = r.mainPlace
	}
	if c.place == "" {
		if c.involvesFocal || r.focal == nil || ctx.anyPlace == "" {
			c.place = ctx.place
		} else {
			c.place = ctx.anyPlace
		}
	}
	if c.ownPlace != "" {
		ctx.anyPlace = c.ownPlace
	}
	return c.tr.typ != Visit || c.place != ""
}
