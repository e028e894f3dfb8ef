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
	if c.ownPlace == "" {
		c.ownPlace = d.visitedBody(c) // "visited the SEC" (events_visit.go)
	}
	if c.ownPlace == "" && tr.typ == Visit {
		// "left Lima on Tuesday after a three-day visit"
		c.ownPlace = d.departedFrom(s, tr)
		c.departed = c.ownPlace != ""
	}
	if c.ownPlace == "" {
		c.ownPlace = d.nearPlace(c.attrs, tr)
	}
	if c.ownPlace == "" && tr.typ == Meeting {
		// "The summit in Seoul ... after talks between X and Y": one
		// meeting named twice in its sentence; but not a past one
		// after "since"
		c.ownPlace = d.ownPlaceIn(s, tr, c.trigs)
	}
}

// where places the draft, or reports false for a visit with no place.
func (r *eventRun) where(c *eventDraft) bool {
	c.place = c.ownPlace
	if c.fromMain && c.place == "" {
		c.place = r.mainPlace
	}
	if c.title {
		r.titleScene(c) // the story's main event, never its last
	} else if c.place == "" {
		c.place, c.placeRule = r.inheritPlace(c)
	}
	r.noteAny(c)
	return c.tr.typ != Visit || c.place != "" || r.d.visitsPerson(c) // "X visited Mr Li" (events_visit.go)
}
