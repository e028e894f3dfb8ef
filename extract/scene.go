package extract

import (
	"strings"
	"time"
)

// The scene an event inherits its date and place from, when its own clause
// and sentence give none: a noun that points back ("Kamau's visit", "the
// talks") is the last event of its type, whatever its tense; else what the
// story's events of the same tense gave
// before — a plan never dates or places what happened, nor the reverse
// ("agreed on Monday to hold a summit in Tokyo on Jan. 20-21. Park hosted
// Wang in Busan for talks": the talks are Monday's, not January's) — the
// focal person's last event first, else any event's; then, for what
// happened, the story's main event (the lede's date); and, for a meeting
// or agreement that happened near the dateline's day, or is planned for a
// day of the coming week, and was not held by telephone or video, the
// dateline's city. The dateline's date is never
// taken by default. A headline or caption tells the story's main event:
// it takes that event's date and place, never what the story's last
// sentences left behind.

// scene is what later events of one tense inherit.
type scene struct {
	date, place       string // the focal person's (or, with no focal person, the first) event
	dateOwn           bool   // date came from an event
	dateSent          int    // the sentence the date came from
	anyDate, anyPlace string // the last date and place any event gave itself
	// the own dates of the events place and anyPlace came from (a past
	// occasion's place never places the news: inheritPlace, places helper)
	placeDate, anyPlaceDate string
	// the last background occasion's own date and place (occasion.go)
	pastDate, pastPlace string
	// the last mention of each type with no parties that gave itself a
	// place ("the calendar was drawn up at a meeting in Cork")
	bare map[string]bareMention
}

// bareMention is the place a mention with no parties gave itself, and its
// sentence.
type bareMention struct {
	place string
	si    int
}

// sceneOf returns the scene of the draft's tense.
func (r *eventRun) sceneOf(c *eventDraft) *scene {
	if c.future || r.d.ahead(c.ownDate) {
		return &r.ctx.plan
	}
	return &r.ctx.scene
}

// ahead: the date starts after the story's day ("before the board meets
// in Vienna between 8 and 12 June"): what it dates is still to come.
func (d *document) ahead(date string) bool {
	if date == "" || !d.ref.hasDay {
		return false
	}
	first, _, _ := strings.Cut(date, "/")
	if len(first) < 7 {
		return first > d.ref.t.Format("2006") // a year
	}
	if len(first) == 7 {
		return first > d.ref.t.Format("2006-01") // a month
	}
	t, err := time.Parse("2006-01-02", first)
	return err == nil && t.After(d.ref.t.Add(24*time.Hour))
}

// noteScene records the draft's own date and place in the scene of its
// tense: the focal person's events move it; with no focal person the
// first event's stay.
func (r *eventRun) noteScene(c *eventDraft) {
	sc := r.sceneOf(c)
	aside := c.ownPlace != "" && r.d.aside(c.tr.t0, trigMatch{t0: -1})
	if c.ownPlace != "" && !c.title && !r.d.remoteEvent(&c.cl, c.tr, c.trigs, c.s) {
		if c.rule == "" {
			if sc.bare == nil {
				sc.bare = map[string]bareMention{}
			}
			sc.bare[c.tr.typ] = bareMention{c.ownPlace, c.si}
		}
		if sc == &r.ctx.scene && r.nearStoryDay(c.ownDate) && !aside && !contains(r.storyPlaces, c.ownPlace) {
			r.storyPlaces = append(r.storyPlaces, c.ownPlace)
		}
	}
	if r.background(sc, c) {
		r.d.tracef("scene: %s %q is background older than the news; the scene stays %s %s (rule background-scene)", c.tr.typ, c.ownDate, sc.date, sc.place)
		return
	}
	if c.involvesFocal || r.focal == nil {
		if c.ownPlace != "" && (sc.place == "" || c.involvesFocal) && !aside {
			sc.place, sc.placeDate = c.ownPlace, c.ownDate
		}
		if c.ownDate != "" && (!sc.dateOwn || c.involvesFocal) {
			sc.date, sc.dateOwn, sc.dateSent = c.ownDate, true, c.si
		}
	}
}

// background (reading "background-scene"): an event of what happened dated
// before the story's news ("Recalling his state visit to Hanoi in 2019")
// is background told in passing while the scene holds the news: it does not
// move the date and place later events inherit ("After the talks, the two
// sides signed ..." are the news's). A story told in the past throughout
// (an obituary, a memoir) keeps moving its scene: the scene's own date is
// older too.
func (r *eventRun) background(sc *scene, c *eventDraft) bool {
	return sc == &r.ctx.scene && sc.dateOwn && c.ownDate != "" &&
		(r.d.olderThanNews(c.ownDate) && !r.d.olderThanNews(sc.date) || r.previousOccasion(sc, c))
}

// noteAny records what a kept event gave itself, for events that do not
// involve the focal person.
func (r *eventRun) noteAny(c *eventDraft) {
	sc := r.sceneOf(c)
	if r.background(sc, c) {
		// background told in passing places only the events of its own
		// date ("paid a state visit to Bishkek in May 2025, when he and
		// X agreed"), not those told after it (occasion.go)
		sc.pastDate, sc.pastPlace = c.ownDate, c.ownPlace
		return
	}
	if c.ownDate != "" {
		sc.anyDate = c.ownDate
	}
	if c.ownPlace != "" {
		sc.anyPlace, sc.anyPlaceDate = c.ownPlace, c.ownDate
	}
}

// backReference returns the last event of the draft's type with one of its
// parties (the last of its type when it names none) when the draft is a
// noun that points back at it ("Kamau's visit follows a dispute", "the
// talks", "his trip"), whatever its tense, or nil.
func (r *eventRun) backReference(c *eventDraft) *Event {
	d, tr := r.d, c.tr
	if tr.verb || tr.t0 == 0 || !(d.definiteTrigger(tr) || isPossessive(d.toks[tr.t0-1].text)) {
		return nil
	}
	var last *Event
	for i := len(d.events) - 1; i >= 0; i-- {
		e := &d.events[i]
		if e.Type != tr.typ {
			continue
		}
		if last == nil {
			last = e
		}
		for _, p := range e.Participants {
			if contains(c.parts, p.Name) {
				return e // the last one of the same party: "Modi's February trip ... The visit also included"
			}
		}
	}
	if len(c.parts) > 0 {
		return nil
	}
	return last
}

// planGoesOn: an undated plan of the focal person (or told of by a
// pronoun) follows their dated plan of the sentence before or this one:
// "X will visit Lima on Friday. She is due to meet Y" is Friday's.
func (r *eventRun) planGoesOn(c *eventDraft) bool {
	sc := &r.ctx.plan
	return c.future && (c.involvesFocal || r.focal == nil) && sc.date != "" && c.si-sc.dateSent <= 1 && c.si >= sc.dateSent
}

// inheritDate dates a draft with no date of its own from its scene.
func (r *eventRun) inheritDate(c *eventDraft) (string, string) {
	if e := r.backReference(c); e != nil && e.Date != "" {
		return e.Date, "back-reference"
	} else if e != nil && e.SentenceSpan != nil && r.d.sentOfByte(e.SentenceSpan[0]) == c.si {
		// "met X twice last week, according to people familiar with the
		// talks": the talks of its own sentence have no date, nor has it
		return "", ""
	}
	if v := r.eventAnchor(c); v != "" {
		return v, "event-anchor"
	}
	if v := r.frontedAnchor(c); v != "" {
		return v, "fronted-anchor" // "After the hearing, X met Y" (dates_fronted.go)
	}
	if v := r.thereScene(c); v != "" {
		return v, "there-scene"
	}
	if e := r.partiesEvent(c); e != nil && e.Date != "" && c.tr.typ == Agreement {
		// "X met Y in Geneva on Monday. 'We agreed that ...,' X said": the
		// agreement of the parties of the meeting just told is that
		// meeting's outcome, on its day (deals)
		return e.Date, "parties-event"
	}
	sc := r.sceneOf(c)
	first, second := sc.date, sc.anyDate
	if !(c.involvesFocal || r.focal == nil) {
		first, second = second, first
	}
	switch {
	case first != "":
		return first, "inherited"
	case second != "":
		return second, "inherited"
	case !c.future && !r.d.ahead(c.ownDate) && r.storyDate != "" && !r.d.ahead(r.storyDate):
		// what happened is never dated by a lede date still to come
		// ("approved an agreement under which X will run the buses from
		// January 2027")
		return r.storyDate, "main-event"
	}
	return "", ""
}

// partiesEvent: the last meeting or agreement, told in this sentence or
// the one before, when the draft's parties all came from context and are
// all its parties ("the two sides", "they"), of the same tense; else nil.
func (r *eventRun) partiesEvent(c *eventDraft) *Event {
	e := r.ctx.last
	if e == nil || !c.contextual || len(c.parts) == 0 || c.si-r.ctx.lastSent > 1 || c.si < r.ctx.lastSent || e.Planned != c.future {
		return nil
	}
	for _, p := range c.parts {
		if !hasParty(e, p) {
			return nil
		}
	}
	return e
}

// inheritPlace places a draft with no place of its own from its scene,
// else (what happened near the dateline's day, or is planned for the
// coming week) the dateline's city: the
// first of inheritProps. The scene's rules are all named inherited in
// --explain.
func (r *eventRun) inheritPlace(c *eventDraft) (string, string) {
	for _, p := range r.inheritProps(c, false) {
		switch p.rule {
		case "occasion", "scene", "scene-other":
			return p.place, "inherited"
		}
		return p.place, p.rule
	}
	return "", ""
}

// inheritProps lists what the scene proposes, in order: the first only,
// or (all, for the place ranker: place_rank.go) every rule's.
func (r *eventRun) inheritProps(c *eventDraft, all bool) []placeProp {
	var out []placeProp
	add := func(place, rule string) bool {
		if place != "" {
			out = append(out, placeProp{place, rule})
		}
		return place != "" && !all
	}
	if e := r.backReference(c); e != nil && add(e.Location, "back-reference") {
		return out
	}
	remote := r.d.remoteEvent(&c.cl, c.tr, c.trigs, c.s)
	if e := r.partiesEvent(c); e != nil && !remote && add(e.Location, "parties-event") {
		// "X met Y at the Storting. The two sides agreed to ...": where
		// the event its parties point back at was
		return out
	}
	if remote {
		return out // "discussed supplies by telephone"
	}
	sc := r.sceneOf(c)
	first, second := r.newsPlace(c, sc.place, sc.placeDate), r.newsPlace(c, sc.anyPlace, sc.anyPlaceDate)
	// a venue stays with its own event: what follows inherits its town
	// (place_venue_town.go)
	first, second = r.venueTown(first), r.venueTown(second)
	firstRule, secondRule := "scene", "scene-other"
	if !(c.involvesFocal || r.focal == nil) {
		first, second = second, first
		firstRule, secondRule = secondRule, firstRule
	}
	if b := sc.bare[c.tr.typ]; c.si-b.si <= 2 && c.si >= b.si && add(b.place, "told-before") {
		// "The calendar was drawn up at a meeting in Cork on Tuesday.
		// The coach and federation officials met ...": the meeting told
		// just before
		return out
	}
	if add(r.itinerary(c), "itinerary") || add(r.occasionPlace(sc, c), "occasion") ||
		add(first, firstRule) || add(second, secondRule) {
		return out
	}
	add(r.datelineFallback(c), "dateline")
	return out
}

// nearStoryDay: an event's own date is none, or a day near the story's
// (a week before it to the day after): not a past occasion ("signed a loan
// accord in Accra last year").
func (r *eventRun) nearStoryDay(date string) bool {
	if date == "" {
		return true
	}
	first, _, _ := strings.Cut(date, "/")
	t, err := time.Parse("2006-01-02", first)
	if err != nil {
		return false // a month or a year: another occasion, or too vague
	}
	if !r.d.ref.hasDay {
		return true
	}
	gap := r.d.ref.t.Sub(t)
	return gap >= -24*time.Hour && gap <= 8*24*time.Hour
}

// datelineFallback: the dateline's city for a meeting or agreement (not a
// visit: a visit names where it went) that happened on a day near the
// dateline's or published day, or undated; or that is planned for a day
// from that day to a week after it ("QUITO — X is due to meet Y on
// Thursday": the reporter is where the plan will happen). An undated plan,
// or one further ahead, may be anywhere.
func (r *eventRun) datelineFallback(c *eventDraft) string {
	if c.tr.typ == Visit || c.future && (c.date == "" || !r.d.ref.hasDay) {
		return ""
	}
	p := r.d.datelinePlace()
	if p == "" {
		return ""
	}
	if c.date != "" && r.d.ref.hasDay {
		first, _, _ := strings.Cut(c.date, "/")
		t, err := time.Parse("2006-01-02", first)
		if err != nil {
			return "" // a month or a year: too vague to be the dateline's day
		}
		gap := r.d.ref.t.Sub(t)
		if c.future && (gap > 24*time.Hour || gap < -8*24*time.Hour) {
			return ""
		}
		if !c.future && (gap < -24*time.Hour || gap > 8*24*time.Hour) {
			return ""
		}
	}
	return p
}

// titleScene dates and places a headline or caption's event like the
// story's main event.
func (r *eventRun) titleScene(c *eventDraft) {
	if c.date == "" {
		c.date = r.mainDate
		c.fromMain = c.date != ""
	}
	if c.place == "" {
		c.place = r.mainPlace
	}
	if c.place == "" && c.date != "" {
		c.place = r.datelineFallback(c)
	}
}

// datesBack: a mention that points back with no parties of its own ("The
// agreement was signed on Friday, February 6": a passive whose subject is
// a definite noun of the event's type) dates the event it points back at,
// when that event's date is no date of its own trigger (a saying's, as in
// "today announced an exclusive license agreement", another verb's, or
// inherited).
func (r *eventRun) datesBack(c *eventDraft) {
	d := r.d
	group := r.groupSubject(c)
	if c.ownDate == "" || !group && (!(c.cl.passive || r.setOffParticiple(c)) && !r.setOffDate(c) || !r.setOffDate(c) && !r.definiteSubject(c)) || len(d.events) == 0 {
		return
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := &d.events[i]
		if e.Type != c.tr.typ {
			continue
		}
		if e.Date == c.ownDate || e.facts.set && e.facts.ownDate && d.dateTier(e) == 0 {
			return // its date is its own
		}
		d.tracef("S%d %s %q points back: %s's date %q becomes %q (group subject: %v)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), e.Trigger, e.Date, c.ownDate, group)
		delete(r.seen, e.ID)
		e.Date = c.ownDate
		e.ID = eventID(*e)
		r.seen[e.ID] = i
		if d.explain {
			rule := "dates-back"
			if group {
				rule = "group-dates-back"
			}
			e.Explain = append(e.Explain, "date "+e.Date+" by reading "+rule+", from a mention that points back: "+d.sentenceText(c.si))
		}
		return
	}
}

// groupSubject (reading group-dates-back): the draft's sentence opens with
// a definite plural noun that names no one ("The two carriers struck an
// accord on Friday night", "The two companies signed the deal on
// Friday") right before its verb trigger: a mention of the event told
// before, whose parties it stands for, dating it when that event's date
// was not its own (the lede "X have agreed a fee with Y" dated by the
// story's day).
func (r *eventRun) groupSubject(c *eventDraft) bool {
	d := r.d
	if !c.tr.verb || c.tr.t0 < c.s.t0+2 || c.tr.t0 > c.s.t0+4 || !r.lx.is(d.toks[c.s.t0].lower, wcDefinite) {
		return false
	}
	n := d.toks[c.tr.t0-1]
	if n.tag == "RB" && c.tr.t0-2 > c.s.t0 { // "The clubs finally agreed"
		n = d.toks[c.tr.t0-2]
	}
	return n.tag == "NNS" && !n.cap && len(d.mentionsIn(span{c.s.t0, c.tr.t0})) == 0
}

// definiteSubject: the draft's clause opens with a definite noun of its
// type ("The agreement was signed", "The talks were held").
func (r *eventRun) definiteSubject(c *eventDraft) bool {
	d, lx := r.d, r.lx
	for k := c.s.t0; k+1 < c.tr.t0 && k < c.s.t0+3; k++ {
		if !lx.is(d.toks[k].lower, wcDefinite) {
			continue
		}
		for j := k + 1; j < c.tr.t0 && j <= k+3; j++ {
			n, v := lx.triggers.longest(d.toks, j, c.tr.t0)
			if n == 0 {
				continue
			}
			if m, ok := d.reading(lx, j, j+n, lx.formSets[v]); ok && m.typ == c.tr.typ {
				return true
			}
		}
	}
	return false
}

// dateTier: the tier (nearestDate) the event's date came by from its own
// sentence; 4 when its sentence gives it no date.
func (d *document) dateTier(e *Event) int {
	f := e.facts
	if f.sent < 0 || f.sent >= len(d.sent) {
		return 4
	}
	s := d.sent[f.sent]
	_, tier := d.nearestDateTier(span{s.t0, s.t1}, trigMatch{t0: f.n0, t1: f.t1, verb: f.verb})
	return tier
}

// storyPlace places, once every event is found, each meeting or agreement
// that happened and has no place (not by telephone or video) at the one
// place the story's mentions of what happened gave themselves ("Kenya
// signed a power deal with Ethiopia ... The accord, signed in Addis
// Ababa, runs for 25 years"): a story that names two places for what happened says
// nothing of the others. A country that holds the other place counts as
// that place ("talks in Lima ... in Peru"), and a venue lies in it.
func (r *eventRun) storyPlace() {
	d := r.d
	r.visitMeetingPlace()
	r.dealTalksPlace() // place_dealtalks.go
	var place string
	for _, p := range r.storyPlaces {
		if r.venues[p] {
			continue // a building lies in the story's place: "at the Sheraton Hotel"
		}
		switch {
		case place == "":
			place = p
		case p == place || d.placeIn(place, p):
			// the country of the place told before
		case d.placeIn(p, place):
			place = p // a city of the country told before
		default:
			return
		}
	}
	if place == "" {
		return
	}
	for i := range d.events {
		e := &d.events[i]
		if e.Location != "" || e.Planned || e.Type == Visit || e.facts.title || e.facts.sent < d.briefFloor(len(d.sent)-1) {
			continue // a round-up's earlier briefs are stories of their own (roundup.go)
		}
		if f := e.facts; f.sent >= 0 && f.sent < len(d.sent) && d.remote(d.sent[f.sent]) {
			continue
		}
		e.Location = place
		d.tracef("%s %q: place %q by rule story-place", e.Type, e.Trigger, place)
		if d.explain {
			e.Explain = append(e.Explain, "place "+place+" by rule story-place: the one place the story's mentions give what happened")
		}
	}
}

// visitMeetingPlace: a visit with no place (a visit to a person, "X
// visited the prime minister") was where the visitor met someone: the
// place a meeting with the visitor as a party gave itself, when the story's
// meetings of the visitor give one place, not by telephone or video.
func (r *eventRun) visitMeetingPlace() {
	d := r.d
	for i := range d.events {
		v := &d.events[i]
		if v.Type != Visit || v.Location != "" || len(v.Participants) == 0 {
			continue
		}
		place := ""
		for j := range d.events {
			m := &d.events[j]
			if m.Type != Meeting || m.Location == "" || !m.facts.ownPlace || m.Planned != v.Planned || !hasParty(m, v.Participants[0].Name) {
				continue
			}
			if place != "" && place != m.Location {
				place = ""
				break
			}
			place = m.Location
		}
		if place == "" {
			continue
		}
		v.Location = place
		d.tracef("visit %q: place %q by rule visit-meeting", v.Trigger, place)
		if d.explain {
			v.Explain = append(v.Explain, "place "+place+" by rule visit-meeting: where the visitor met")
		}
	}
}

// itinerary: where one of the draft's persons was on its day, by the
// story's visits of that person: the latest that had begun by that day
// and not ended before it ("landed in Vilnius on Tuesday ... met X on
// Wednesday" is Vilnius, though a stop in Riga on Monday was told after
// it). The draft needs a day; a plan reads only plans, and a stay under
// way (stayUnderWay): a visit told as begun whose own range of days
// covers the plan's day ("began a three-day visit to Peru on Monday
// ... will hold talks with X on Tuesday" is in Peru).
func (r *eventRun) itinerary(c *eventDraft) string {
	day, _, ok := dateBounds(c.date)
	if !ok || c.date == "" || len(c.date) < 10 {
		return ""
	}
	best, bestT := "", time.Time{}
	for i := range r.d.events {
		e := &r.d.events[i]
		if e.Type != Visit || e.Location == "" || len(e.Participants) == 0 || !contains(c.persons, e.Participants[0].Name) {
			continue
		}
		lo, hi, ok := dateBounds(e.Date)
		if !ok || len(e.Date) < 10 || lo.After(day) || hi.Before(day) && !hi.Equal(lo) {
			continue
		}
		if e.Planned != c.future && !(c.future && stayUnderWay(lo, hi, day)) {
			continue
		}
		if best == "" || lo.After(bestT) {
			best, bestT = e.Location, lo
		}
	}
	return best
}

// stayUnderWay: a visit that has begun, dated by a range of days that
// covers day (a plan's day inside a stay told as begun).
func stayUnderWay(lo, hi, day time.Time) bool {
	return hi.After(lo) && !day.Before(lo) && !day.After(hi)
}

// eventAnchor (reading event-anchor): a draft with no date of its own whose
// clause ties it to an event told before by a temporal word and a definite
// event noun after its trigger ("held talks with X before the signing",
// "spoke to reporters after the meeting") happened that event's day: the
// last event of the noun's type with a day of its own. "since the
// signing" opens a span (class pastref) and "during the visit" names a
// trip of several days (class inside): neither dates it; nor does "a day after the meeting" (a unit
// before the temporal word), and no comma may stand between.
func (r *eventRun) eventAnchor(c *eventDraft) string {
	d := r.d
	for k := c.tr.t1; k+2 < c.s.t1 && k <= c.tr.t1+12; k++ {
		t := d.toks[k]
		if t.text == "," || d.lx.is(t.lower, wcClause) {
			return ""
		}
		if !d.lx.is(t.lower, wcTemporal) || d.lx.is(t.lower, wcPastRef, wcInside) || d.toks[k+1].lower != "the" {
			continue
		}
		if _, unit := d.unitWord(k - 1); unit {
			return "" // "a day after the meeting"
		}
		j := k + 2
		n, v := d.lx.triggers.longest(d.toks, j, c.s.t1)
		if n == 0 || len(d.lx.formSets[v]) == 0 {
			return ""
		}
		// the event noun's type (a gerund after "the" is a noun too:
		// "before the signing")
		typ := d.lx.frames[d.lx.formSets[v][0].frame].typ
		for i := len(d.events) - 1; i >= 0; i-- {
			if e := &d.events[i]; e.Type == typ && len(e.Date) == len("2006-01-02") && e.facts.ownDate {
				d.tracef("S%d %s %q: the day of %s %q (reading event-anchor)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), e.Type, e.Trigger)
				return e.Date
			}
		}
		return ""
	}
	return ""
}

// newsPlace (reading past-place, places helper): the place an event of
// another occasion gave itself — dated by a month, a year or a day more
// than a week from the story's, and not holding the draft's date — does not
// place an event of the news's days ("held talks on Monday on an accord
// the two signed in Georgetown in April. Also on Monday, X and Y signed a
// memorandum": the memorandum is not Georgetown's); it returns place, or
// "" for such a place. A draft dated away from the story's days (a story
// told in the past throughout) keeps its scene's places.
func (r *eventRun) newsPlace(c *eventDraft, place, from string) string {
	if place == "" || from == "" || c.date == "" || !r.nearStoryDay(c.date) || r.nearStoryDay(from) || sameOccasionDate(c.date, from) {
		return place
	}
	r.d.tracef("S%d %s: %q came from an event of %s, another occasion (reading past-place)", c.si, c.tr.typ, place, from)
	return ""
}

// thereScene (reading there-scene): a draft with no date of its own whose
// sentence says "there" (thereAt: an adverb, not the "there" of "there
// is") points back at the place the sentence before told, and happened in
// that sentence's time ("In October she flew to Hanoi. There she met X"): the
// one date that sentence names. A sentence before with no date, or with
// more than one, tells no one time.
func (r *eventRun) thereScene(c *eventDraft) string {
	d := r.d
	if c.si == 0 {
		return ""
	}
	if d.thereAt(c) < 0 {
		return ""
	}
	prev := d.sent[c.si-1]
	value := ""
	for _, dm := range d.dates {
		if dm.span.t0 < prev.t0 || dm.span.t0 >= prev.t1 || dm.value == "" || dm.coarse {
			continue
		}
		if value != "" && dm.value != value {
			return ""
		}
		value = dm.value
	}
	if value != "" {
		d.tracef("S%d %s %q: there, in the time of the sentence before: %s (reading there-scene)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), value)
	}
	return value
}
