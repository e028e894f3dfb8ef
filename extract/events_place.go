package extract

// The event place pass. A draft's own place comes from the first rule of
// ownPlaceRules that gives one, in order:
//
//  1. clause: its clause names it (a visit's destination by its frame, the
//     place a "where" clause hangs on: place.go);
//     label: a meeting told as a list item, "Round one: Bergen, April
//     8-9": the place right after its label's colon (place_label.go);
//     purpose: a meeting in an infinitive of purpose right after a
//     visit's destination is there ("made a stop in Dresden to meet X,
//     before driving to Freiberg": events_visit.go);
//  2. visited-body: the organization a visit went to ("visited the SEC":
//     events_visit.go);
//  3. named-destination: a travel verb's destination that is a name no
//     table typed ("went to Capitol Hill") or a gazetteer place no entity
//     took (a headline's "visit to Montevideo"): events_visit.go;
//     place-modifier: a place right before a visit noun ("Eze's
//     Montevideo visit", "his China trip": events_visit.go);
//     capital-destination: "the DEMONYM capital" ("arrived in the French
//     capital"): capitals.tsv's city, or the one named after it
//     (capitals.go);
//     kind-destination: a destination told by its kind ("arrived in the
//     country", "flew to the capital"): the dateline's country or city
//     (events_trips.go);
//  4. departed: the place a visit's traveller left ("left Lima on Tuesday
//     after a three-day visit");
//  5. venue: the building or site after "at"/"in" in its reach, the most
//     specific place stated ("held talks with X at 10 Downing Street
//     while on a state visit to Britain"), unless its phrase names a larger place or the
//     story has a dateline city (place.go, venues.tsv);
//  6. near: the nearest place after a locative in its reach ("in the port
//     city of Busan", "the Togolese capital", "here", "in Glenbrae in
//     Perthshire"; "in the city's guildhall": the last town named in its
//     sentence or the two before);
//  7. sentence: a meeting's place elsewhere in its sentence, before any
//     "since" ("The summit in Seoul ... after talks between X and Y");
//     there: "There she met X" (events_discourse.go);
//  8. during-visit: a meeting told during a visit noun that points back
//     ("During the two-day visit, X met Y") is where that visit went, the
//     last visit of one of its parties with a place, whatever its tense
//     (events_visit.go).
//
// With none, where() places it by the first of: main-event (a title line
// dated by the story's main event), back-reference ("the talks" point at
// the last talks), inherited (the scene of its tense: scene.go),
// told-before (the place of a mention of its type with no parties in its
// sentence or the one before: "a short meeting in Tallinn fixed the
// agenda. X and Y met ..."), dateline (the dateline's city, for what happened near its
// day or is planned for the week after it); and, once every event is
// found, deal-talks (an agreement with no place of its own is where the
// talks its sentence tells before it, or after "after", were held:
// place_dealtalks.go) and story-place (the one place the story's past
// mentions give, for a meeting or agreement that happened with none). Last, city-in-country: a meeting or agreement placed in a
// country is at the dateline's city, or the city one of its persons was
// visiting that day, when that city lies in the country (and so is a
// visit whose trip noun is counted as a first: "his first trip to Mexico
// since taking office"). --explain names
// the rule. A visit needs a place.
//
// The place ranker (place_rank.go, place_rank.tsv), when turned on,
// reads every rule above rather than the first that gives a place, and
// chooses among their proposals by learned weights; it ships off (the
// cross-validation in README, "The learned place ranker").
//
// No rule takes a place told after the trigger in a clause or phrase of
// its own (reading embedded, place_embedded.go: "a trip that goes on to
// Accra", "a deal for the expansion of a berth in Lamu"), nor
// one of another event's verb with its own subject ("a pact both governments
// signed in Quito": place.go ownSubjectVerb).

// placeRule is one step of the own-place cascade.
type placeRule struct {
	name  string
	place func(r *eventRun, c *eventDraft) string
}

// ownPlaceRules is the cascade, in order.
var ownPlaceRules = []placeRule{
	{"clause", func(r *eventRun, c *eventDraft) string { return r.d.clausePlace(&c.cl, c.tr, c.s) }},
	{"label", func(r *eventRun, c *eventDraft) string { return r.d.labelPlace(c) }},                       // "Round one: Bergen, April 8-9" (place_label.go)
	{"purpose", (*eventRun).purposePlace},                                                                 // "made a stop in Dresden to meet X" (events_visit.go)
	{"visited-body", func(r *eventRun, c *eventDraft) string { return r.d.visitedBody(c) }},               // "visited the SEC" (events_visit.go)
	{"named-destination", func(r *eventRun, c *eventDraft) string { return r.d.namedDestination(c) }},     // "went to Capitol Hill" (events_visit.go)
	{"place-modifier", func(r *eventRun, c *eventDraft) string { return r.d.placeModifier(c) }},           // "Eze's Montevideo visit" (events_visit.go)
	{"capital-destination", func(r *eventRun, c *eventDraft) string { return r.d.capitalDestination(c) }}, // "arrived in the French capital" (capitals.go)
	{"kind-destination", func(r *eventRun, c *eventDraft) string { return r.d.kindDestination(c) }},       // "arrived in the country": the dateline's (events_trips.go)
	{"departed", func(r *eventRun, c *eventDraft) string {
		if c.tr.typ != Visit {
			return ""
		}
		return r.d.departedFrom(c.s, c.tr)
	}},
	{"venue", func(r *eventRun, c *eventDraft) string { return r.d.venueNear(c.attrs, c.tr) }},
	{"near", func(r *eventRun, c *eventDraft) string { return r.d.nearPlace(c.attrs, c.tr) }},
	{"sentence", func(r *eventRun, c *eventDraft) string {
		if c.tr.typ != Meeting {
			return ""
		}
		// "The summit in Seoul ... after talks between X and Y": one
		// meeting named twice in its sentence; but not a past one after
		// "since"
		return r.d.ownPlaceIn(c.s, c.tr, c.trigs)
	}},
	{"there", func(r *eventRun, c *eventDraft) string { return r.d.therePlace(c) }}, // "There she met X" (events_discourse.go)
	{"during-visit", (*eventRun).duringVisitPlace},                                  // "During the visit, she met X" (events_visit.go)
}

// ownPlaceOf reads the draft's own place: the first rule's. With the
// place ranker on (place_rank.go) every rule is read, and each proposal
// is kept for it.
func (r *eventRun) ownPlaceOf(c *eventDraft) {
	all := r.collectPlaces()
	c.ownProps = nil
	rule0 := ""
	for _, rule := range ownPlaceRules {
		var p string
		if rule0 != "" {
			r.d.quietly(func() { p = rule.place(r, c) })
		} else {
			p = rule.place(r, c)
		}
		if p = r.d.demonymPlace(p, -1); p == "" { // the demonym guard (capitals.go)
			continue
		}
		p = r.d.datelineBuilding(p, c.tr.typ) // "talks at the Radisson" in a datelined story (place_venue_town.go)
		if all {
			c.ownProps = append(c.ownProps, placeProp{p, rule.name})
		}
		if rule0 == "" {
			rule0 = rule.name
			c.ownPlace, c.placeRule = p, rule.name
			if !all {
				break
			}
		}
	}
	if all {
		c.placeScene = r.sceneSnapshot(c) // the scene before this draft's own place moves it (place_rank.go)
	}
	switch rule0 {
	case "departed":
		c.departed = true
	case "venue":
		if r.venues == nil {
			r.venues = map[string]bool{}
		}
		r.venues[c.ownPlace] = true // it lies in the story's place (story-place)
	}
}

// where places the draft, or reports false for a visit with no place.
func (r *eventRun) where(c *eventDraft) bool {
	c.place = c.ownPlace
	if c.fromMain && c.place == "" {
		c.place, c.placeRule = r.mainPlace, "main-event"
	}
	if c.title {
		r.titleScene(c) // the story's main event, never its last
	} else if c.place == "" && r.d.visitsPerson(c) {
		c.place, c.placeRule = r.hostPlace(c) // "X visited Mr Li": where the host was (events_visit.go)
	} else if c.place == "" {
		c.place, c.placeRule = r.inheritPlace(c)
	}
	r.cityOfCountry(c)
	if r.collectPlaces() {
		r.d.quietly(func() { r.choosePlace(c, r.placeProps(c)) })
	}
	r.noteAny(c)
	return c.tr.typ != Visit || c.place != "" || r.d.visitsPerson(c) // "X visited Mr Li" (events_visit.go)
}

// placeProps lists every place the cascade's rules propose for the draft,
// in cascade order: its own rules', then what where() would fall back to
// with none of them (the main event's, the host's, every rule of
// inheritPlace), then each country among them narrowed to its city
// (city-in-country).
func (r *eventRun) placeProps(c *eventDraft) []placeProp {
	props := append([]placeProp(nil), c.ownProps...)
	if c.fromMain || c.title {
		props = append(props, placeProp{r.mainPlace, "main-event"})
	}
	switch {
	case c.title:
		props = append(props, placeProp{r.datelineFallback(c), "dateline"})
	case r.d.visitsPerson(c):
		p, _ := r.hostPlace(c)
		props = append(props, placeProp{p, "host"})
	default:
		r.withScene(c, c.placeScene, func() { props = append(props, r.inheritProps(c, true)...) })
	}
	for _, p := range props {
		if city := r.countryCity(c, p.place); city != "" {
			props = append(props, placeProp{city, "city-in-country"})
		}
	}
	return append(props, r.d.widerPlaces(c, props)...)
}

// cityOfCountry (rule city-in-country): a meeting or agreement placed in a
// country is at the city the story places it in that day when that city
// lies in the country: the dateline's city ("VALLETTA — ... at a summit in
// Malta"; the reporter is where the event is), else the city one of its
// persons was visiting that day (itinerary: "arrived in Kyiv on Monday ...
// signed a deal in Ukraine"). A visit keeps its country: the place
// visited is the country named; but a trip noun counted as a first ("on his
// first trip to Kenya as premier": firstTrip) only
// ranks the trip among the traveller's, and the story's city in that
// country is where it went.
func (r *eventRun) cityOfCountry(c *eventDraft) {
	if city := r.countryCity(c, c.place); city != "" {
		r.d.tracef("S%d %s: %q is in %q (rule city-in-country)", c.si, c.tr.typ, city, c.place)
		c.place, c.placeRule = city, "city-in-country"
	}
}

// countryCity returns the city rule city-in-country narrows place to for
// the draft, or "".
func (r *eventRun) countryCity(c *eventDraft, place string) string {
	if c.tr.typ == Visit && !r.d.firstTrip(c.tr) || place == "" || r.d.remoteEvent(&c.cl, c.tr, c.trigs, c.s) {
		return ""
	}
	if e := r.d.byCanon[place]; e != nil && e.kind != "country" || e == nil && !r.lx.countryName(place) {
		return "" // "Kenya" of "arrived in the country" is no entity of the story
	}
	for _, city := range []string{r.d.datelinePlace(), r.itinerary(c)} {
		if city != "" && (r.d.placeIn(city, place) || r.d.countryOfCity(city) == place) {
			return city
		}
	}
	return ""
}

// firstTrip: the visit's trigger is a trip noun counted by an ordinal
// ("making his first trip to Kenya as premier", "the first
// visit by a Chilean minister to Peru", "her second trip to Mexico this
// year"): the phrase ranks the trip among the traveller's visits to the
// country, and where it went is told by the city the story places it in.
func (d *document) firstTrip(tr trigMatch) bool {
	if tr.verb {
		return false
	}
	s := d.sent[d.toks[tr.t0].sent]
	for k := tr.t0 - 1; k >= s.t0 && k >= tr.t0-3; k-- {
		if _, ok := d.lx.dateWord(dwOrdinal, d.toks[k].lower); ok {
			return true // first, second... (date_words.tsv class ordinal)
		}
		if !d.toks[k].word {
			return false
		}
	}
	return false
}
