package extract

import (
	"strconv"
	"strings"
)

// The build pass: a draft that passed every other pass becomes an event —
// its participants typed from their entities, its confidence from the
// weights of its features (confidence.go), its stable id, its explanation
// — or, when an event of the same id was told before, one more mention of
// it (merge.go). A meeting or agreement becomes the last event "they"
// means; a hosted guest's meeting is also the guest's visit.

// build turns the draft into an event or a mention of one.
func (r *eventRun) build(c *eventDraft) {
	d, lx, tr, s := r.d, r.lx, c.tr, c.s
	ev := Event{Type: tr.typ, Trigger: d.textOf(span{tr.t0, tr.t1}), Sentence: d.sentenceText(c.si),
		SentenceSpan: &Span{s.start, s.end}, TriggerSpan: &Span{d.toks[tr.t0].start, d.toks[tr.t1-1].end}} // bytes until build
	ev.Date, ev.Location = c.date, d.demonymPlace(c.place, -1) // never a demonym (capitals.go)
	ev.DateCandidates = c.dateCands                            // Options.DateCandidates (date_rank.go)
	ev.Planned = c.future
	for i, p := range c.parts {
		if f := d.fullOrgName(p); f != p && !contains(c.parts, f) { // events_deal_names.go: "SBC" is "SBC Communications"
			if c.unknown[p] {
				c.unknown[f] = true
			}
			p, c.parts[i] = f, f
		}
		pa := d.participant(p)
		if c.unknown[p] {
			pa.Type = Organization
		}
		if pa.Type == "" {
			pa.Type = c.partTypes[p] // a government no entity names (events_parties.go)
		}
		ev.Participants = append(ev.Participants, pa)
	}
	ev.conf = d.confMention(c, d.reported(lx, s)) // confidence_features.go; reported: factuality.go
	ev.Confidence = d.mentionConfidence(&ev)
	ev.ID = eventID(ev)
	ev.facts = c.mergeFacts() // for the merge pass
	ev.led = c.led            // events_ledsides.go
	if d.placeCands {
		ev.PlaceCandidates = placeCandidatesOf(c.placeCands) // place_rank.go
	}
	if d.explain {
		ev.Explain = d.explainEvent(tr, &c.cl, c.parts, c.ownDate, c.shownOwnPlace(), c.date, c.place, c.contextual, c.rule)
		ev.Explain = append(ev.Explain, "participants by rule "+c.rule)
		if c.partyWhy != "" {
			ev.Explain = append(ev.Explain, c.partyWhy) // party_rank.go
		}
		if c.ranked != "" {
			ev.Explain = append(ev.Explain, c.ranked) // date_rank.go
		} else if r := c.dateReading(); r != "" {
			ev.Explain = append(ev.Explain, "date by reading "+r) // events_time.go, dateReadings
		}
		if c.place != "" && c.placeRule != "" {
			ev.Explain = append(ev.Explain, "place by rule "+c.placeRule) // events_place.go
		}
		if c.placeWhy != "" {
			ev.Explain = append(ev.Explain, c.placeWhy) // place_rank.go
		}
		ev.Explain = append(ev.Explain, c.vias...)
		if c.title {
			ev.Explain = append(ev.Explain, "a headline or caption line: present tense told as past; undated, dated like the story's main event")
		}
	}
	if c.removedBy != "" {
		r.keepRemovedEvent(c, ev) // a candidate a rule removed, kept to be traced (rescue_trace.go)
		return
	}
	if k, ok := r.seen[ev.ID]; ok {
		d.otherTense(&d.events[k], &ev) // a plan and a past event: two ids
	}
	if k, ok := r.seen[ev.ID]; ok {
		d.otherOccasion(&d.events[k], &ev) // "met again", "a separate meeting": two ids
	}
	if k, ok := r.seen[ev.ID]; ok {
		if !d.elsewhere(&d.events[k], &ev) {
			d.foldMention(&d.events[k], ev)
			return
		}
		// "visited Lusaka ... also visited Harare": the same visitor on
		// the same (or no) date at another place of its own is another
		// trip, not a mention of the first; "met in Lima ... also met in
		// Arica", "the talks in Tallinn" after a meeting in Helsinki: the
		// same parties at another city or country of its own are another
		// meeting (or the one told before it: the merge pass decides)
		ev.ID = eventIDAt(ev)
		ev.facts.apart = true
		if k, ok := r.seen[ev.ID]; ok {
			d.events[k].mergeMention(ev)
			return
		}
	}
	r.seen[ev.ID] = len(d.events)
	d.events = append(d.events, ev)
	if tr.typ != Visit {
		r.ctx.last = &d.events[len(d.events)-1]
		r.ctx.lastSent = c.si
	}
	// "X hosted Y in Vienna": Y's visit to Vienna too
	if g, ok := d.visitLeft(tr, c, ev); ok { // "after flying from X, where he met Y" (events_visit.go)
		g.conf.derived = "left"
		if k, dup := r.seen[g.ID]; dup && d.elsewhere(&d.events[k], &g) {
			g.ID = eventIDAt(g) // the same visitor's trip elsewhere
		}
		if _, dup := r.seen[g.ID]; !dup {
			r.seen[g.ID] = len(d.events)
			d.events = append(d.events, g)
		}
	}
	for _, g := range d.legEvents(c, ev) { // "flew to X before moving on to Y" (events_trips.go)
		g.conf.derived = "leg"
		if k, dup := r.seen[g.ID]; dup && d.elsewhere(&d.events[k], &g) {
			g.ID = eventIDAt(g)
		}
		if _, dup := r.seen[g.ID]; !dup {
			r.seen[g.ID] = len(d.events)
			d.events = append(d.events, g)
		}
	}
	for _, g := range d.againEvents(c, ev) { // "talks at A in March and again at B in June" (events_again.go)
		g.conf.derived = "again"
		if _, dup := r.seen[g.ID]; !dup {
			r.seen[g.ID] = len(d.events)
			d.events = append(d.events, g)
		}
	}
	host := ev
	if p := d.hostCountry(c, ev); p != "" {
		host.Location = p // "Norway is hosting X": X visits Norway (events_visit.go)
		if len(host.Explain) > 0 {
			host.Explain = append(append([]string(nil), host.Explain...), "place "+p+" by rule host-country: the host's own country")
		}
	}
	if g, ok := d.hostedVisit(tr, &c.cl, host); ok {
		g.conf.derived = "hosted"
		if _, dup := r.seen[g.ID]; !dup {
			r.seen[g.ID] = len(d.events)
			d.events = append(d.events, g)
		}
	}
}

// distinctIDs runs last: two events the passes kept apart never share an
// id (a record's id is what consumers deduplicate on). The later one of a
// pair that still does — two trips of one visitor on one date whose dates
// or places a later pass changed — gets its place in its id, and failing
// that its order in the story.
func (d *document) distinctIDs() {
	seen := make(map[string]bool, len(d.events))
	for i := range d.events {
		e := &d.events[i]
		if seen[e.ID] {
			e.ID = eventIDAt(*e)
			for n := 2; seen[e.ID]; n++ {
				e.ID = eventIDOf(*e, "|"+strings.ToLower(e.Location)+"|"+strconv.Itoa(n))
			}
		}
		seen[e.ID] = true
	}
}

// elsewhere: two mentions of one type, parties and date happened at
// different places (two visits went to different places, two meetings
// were held in different cities) — both places their own, each a city or
// a country, neither in the other. A region or continent
// may hold a city the gazetteer cannot place in it ("a six-day tour of
// East Africa" and "toured a clinic in Kisumu" are one trip).
func (d *document) elsewhere(a, b *Event) bool {
	if same, _ := d.placesCompatible(a, b); same {
		return false
	}
	for _, e := range []*entity{d.byCanon[a.Location], d.byCanon[b.Location]} {
		if e == nil || e.kind != "city" && e.kind != "country" {
			return false
		}
	}
	return true
}
