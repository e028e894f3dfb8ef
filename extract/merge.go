package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The merge pass: one event told several times is one event. findEvents
// folds mentions with the same stable id (type, participants, date) as it
// goes (foldMention), unless they happened at different cities or
// countries of their own (elsewhere: a trip's legs, talks in two
// cities); mergeEvents, run once all events are found, decides
// coreference between mentions whose ids differ: one mention names two
// parties, a later one only "the talks" or one party; a headline and the
// body; a date given in one mention only; a visit announced and then told.
//
// Two mentions are one event when every rule of corefRules allows it (each a
// named rule a trace and --explain report): the same type, participants
// of which one set holds the other (an organization or country stands for
// a person of it), dates that overlap when both mentions give their own,
// places that agree when both give their own, no cue of a different
// occasion ("again", "a separate meeting", "another round", "last met";
// effect distinct in event_cues.tsv), no plan against a told past, and,
// when one mention names fewer parties, a sign that it refers back (a
// definite or possessive trigger, "the talks"; parties from context; a
// headline; the same sentence). A mention that could join two different
// events joins neither. The merged event keeps every mention as evidence,
// takes the union of the parties (a country a named person of it stands for
// is dropped), the most precise own date (a visit's: the span of its stay
// over one day of it) and place (a city over the country it lies in,
// unless the country is a visit trigger's own), and its id is computed
// again from its type, participants and date, so the id keeps its meaning.
// A mention whose parties came from context adds none (they only said
// which event it refers to) but a person standing for a country or
// organization of the event.
//
// Two readings of merge_refs.go relax those rules: a later bare reference
// ("brief officials on the talks", "criticised the visit") gives way with
// its sentence's date and place and adds neither; two triggers of one
// phrase ("signed a memorandum", "a breakfast meeting") are one event
// whatever parties, date and place each reading found.
//
// A bare reference to an event of its type told before that joins none is
// dropped (merge_orphan.go): its parties are its sentence's, not those of
// the event it points at.

// mentionFacts is what the merge pass needs to know of one mention; the
// events pass fills it (Event.facts), nothing else reads it.
type mentionFacts struct {
	set      bool // filled by the events pass
	sent     int  // sentence index
	t0, t1   int  // the trigger's tokens, a support verb included
	n0       int  // the trigger's own first token (after a support verb)
	head     int  // the verb the event hangs on
	verb     bool // the trigger is a verb
	ownDate  bool // the date came from the mention's own sentence
	ownPlace bool // the place came from the mention's own sentence
	borrowed bool // a party came from context (pronoun, description, last event)
	unnamed  bool // one named party meeting an unnamed group
	title    bool // a headline or caption line
	stay     bool // a stay ("is in Vilnius this week for talks": frame need stay)
	apart    bool // kept apart from an event of its id at another place of its own (build)
}

// mergeFacts is what the events pass tells the merge pass of a draft it
// builds into an event.
func (c *eventDraft) mergeFacts() mentionFacts {
	tr := c.tr
	return mentionFactsOf(c.si, tr, &c.cl, c.ownDate != "" && !c.saidDate && (c.date == c.ownDate || tr.typ == Visit),
		c.ownPlace != "" && c.place == c.ownPlace, c.borrowed, c.unnamed, c.title)
}

// mentionFactsOf is what the merge pass needs of one trigger.
func mentionFactsOf(si int, tr trigMatch, cl *clause, ownDate, ownPlace, borrowed, unnamed, title bool) mentionFacts {
	t0 := tr.t0
	if tr.sup >= 0 && tr.sup < t0 {
		t0 = tr.sup
	}
	return mentionFacts{set: true, sent: si, t0: t0, n0: tr.t0, t1: tr.t1, head: cl.head, verb: tr.verb,
		ownDate: ownDate, ownPlace: ownPlace, borrowed: borrowed, unnamed: unnamed, title: title,
		stay: tr.frame != nil && tr.frame.needs == "stay"}
}

// mergeMention folds another mention of the same event (the same id)
// into e, and says so in the explanation.
func (e *Event) mergeMention(o Event) {
	place := e.Location
	if !e.addMention(o) || len(o.Explain) == 0 {
		return
	}
	line := "also told by " + o.Trigger + ": " + o.Sentence
	if e.Location != place {
		line += "; place " + e.Location + " from it"
	}
	e.Explain = append(e.Explain, line)
}

// addMention adds mention o to e's evidence and fills a missing place;
// false when o is a mention e has already. (The event's confidence is
// scored once the merges are done: confidence.go.)
func (e *Event) addMention(o Event) bool {
	if o.Sentence == e.Sentence && o.Trigger == e.Trigger {
		return false
	}
	for _, x := range e.Evidence {
		if x.Sentence == o.Sentence && x.Trigger == o.Trigger {
			return false
		}
	}
	e.Evidence = append(e.Evidence, evidenceOf(o))
	e.Evidence = append(e.Evidence, o.Evidence...)
	if e.Location == "" && o.Location != "" {
		e.Location, e.Lat, e.Lon = o.Location, o.Lat, o.Lon
		e.PlaceCandidates = o.PlaceCandidates // place_rank.go
	}
	if o.facts.ownDate && o.Date == e.Date {
		e.facts.ownDate = true
	}
	if o.facts.ownPlace && o.Location == e.Location {
		e.facts.ownPlace = true
	}
	return true
}

// finerPlace: place x, a mention's own (xOwn), is a city or region in
// country y, the own place of an event told by mention e: the finer of
// the two is where the event happened (a trip to a country told as an
// arrival in one of its cities went to that city: "a week in Jordan" and
// "arrived in Amman"), unless e's trigger is a visit itself (word class
// wholevisit: "visited Peru ... flew to Lima" is a visit to Peru).
func (d *document) finerPlace(x string, xOwn bool, y string, e *Event) bool {
	if !xOwn || x == "" || y == "" || !d.placeIn(x, y) {
		return false
	}
	f := e.facts
	for k := f.n0; f.set && k < f.t1 && k < len(d.toks); k++ {
		if d.lx.is(d.toks[k].lower, wcWholeVisit) {
			return false
		}
	}
	return true
}

// foldMention folds mention o into the event of its id told before (e),
// its place taken when it is finer than e's own (finerPlace).
func (d *document) foldMention(e *Event, o Event) {
	finer := e.facts.ownPlace && d.finerPlace(o.Location, o.facts.ownPlace, e.Location, e)
	e.mergeMention(o)
	if !finer || e.Location == o.Location {
		return
	}
	if d.explain {
		e.Explain = append(e.Explain, "place "+o.Location+" from "+o.Trigger+": it lies in "+e.Location)
	}
	e.Location, e.Lat, e.Lon = o.Location, o.Lat, o.Lon
	e.PlaceCandidates = o.PlaceCandidates // place_rank.go
}

// evidenceOf is the record of one mention: where it stands and what it
// said of the event.
func evidenceOf(o Event) Evidence {
	ev := Evidence{Trigger: o.Trigger, Sentence: o.Sentence, Confidence: o.Confidence,
		SentenceSpan: o.SentenceSpan, TriggerSpan: o.TriggerSpan, Date: o.Date, Location: o.Location}
	for _, p := range o.Participants {
		ev.Participants = append(ev.Participants, p.Name)
	}
	return ev
}

// corefRule is one named condition two mentions must meet to be one
// event: ok says whether it holds, why what it saw (for --explain).
type corefRule struct {
	name string
	ok   func(d *document, a, b *Event) (bool, string)
	// yields: the rule does not apply to two triggers of one phrase
	// ("signed a memorandum", "a breakfast meeting"; onePhrase): they
	// are one mention read twice, whatever each reading made of it
	yields bool
}

// corefRules is the ordered list of rules; the first that fails stops.
var corefRules = []corefRule{
	{"same type", func(d *document, a, b *Event) (bool, string) { return a.Type == b.Type, a.Type }, false},
	{"not a different occasion", (*document).noDistinctCue, false},
	{"participants compatible", (*document).partiesCompatible, true},
	{"dates compatible", (*document).datesAgree, true},
	{"places compatible", (*document).placesCompatible, true},
	{"tense compatible", (*document).tenseCompatible, false},
	{"refers back or signatories", (*document).refersBack, true},
}

// coreferent checks every rule; it returns the reasons or the rule that
// failed.
func (d *document) coreferent(a, b *Event) (bool, []string) {
	var why []string
	phrase := d.onePhrase(a.facts, b.facts)
	for _, r := range corefRules {
		if r.yields && phrase != "" {
			why = append(why, r.name+": not needed, one phrase ("+phrase+")")
			continue
		}
		ok, w := r.ok(d, a, b)
		if !ok {
			return false, []string{r.name + " fails: " + w}
		}
		if w != "" {
			why = append(why, r.name+": "+w)
		}
	}
	return true, why
}

// mergeWindow is how many earlier events of its type a mention is
// compared with.
const mergeWindow = 64

// mergeEvents is the merge pass (see the top of this file).
func (d *document) mergeEvents() {
	if len(d.events) < 2 {
		return
	}
	alive := make([]bool, len(d.events))
	grew := make([]bool, len(d.events)) // absorbed a later mention
	for i := range alive {
		alive[i] = true
	}
	for i := 1; i < len(d.events); i++ {
		b := &d.events[i]
		if !b.facts.set {
			continue
		}
		var cands []int
		var whys [][]string
		// the nearest mergeWindow events of its type before it: an article
		// tells an event again within a few dozen events, and the pass
		// stays linear on a text of thousands
		seen := 0
		for j := i - 1; j >= 0 && seen < mergeWindow; j-- {
			if !alive[j] || !d.events[j].facts.set || d.events[j].Type != b.Type {
				continue
			}
			seen++
			if ok, why := d.coreferent(&d.events[j], b); ok {
				cands = append(cands, j)
				whys = append(whys, why)
			} else {
				d.tracef("merge %s %q (S%d) with %q (S%d): %s", b.Type, b.Trigger, b.facts.sent, d.events[j].Trigger, d.events[j].facts.sent, why[0])
			}
		}
		k := d.pickCandidate(b, cands)
		if k < 0 {
			if len(cands) > 1 {
				d.tracef("merge %s %q (S%d): could join %d events, joins none", b.Type, b.Trigger, b.facts.sent, len(cands))
			}
			continue
		}
		j := cands[k]
		d.tracef("merge %s %q (S%d) into %q (S%d): %s", b.Type, b.Trigger, b.facts.sent, d.events[j].Trigger, d.events[j].facts.sent, strings.Join(whys[k], "; "))
		d.keepFolded(b) // rescue_trace.go
		d.events[j].absorb(d, *b, whys[k])
		alive[i] = false
		grew[j] = true
	}
	d.dropOrphanReferences(alive, grew)
	out := d.events[:0]
	for i, e := range d.events {
		if alive[i] {
			out = append(out, e)
		}
	}
	// a merged event may now have the id of another: one event
	seen := map[string]int{}
	final := out[:0]
	for _, e := range out {
		if k, ok := seen[e.ID]; ok {
			if !d.elsewhere(&final[k], &e) {
				d.foldMention(&final[k], e)
				continue
			}
			// another city or country of its own: another event
			// (distinctIDs gives it an id of its own)
		} else {
			seen[e.ID] = len(final)
		}
		final = append(final, e)
	}
	d.events = final
}

// pickCandidate chooses the event a mention joins among those it could:
// the only one, else the one that agrees with it best (the same parties,
// a date holding its date, the same place), when that one is alone at the
// top; -1 when there is none or the choice is not clear ("the talks" after
// two meetings of the same person).
func (d *document) pickCandidate(b *Event, cands []int) int {
	switch len(cands) {
	case 0:
		return -1
	case 1:
		return 0
	}
	best, bestScore, tie := -1, -1, false
	for i, j := range cands {
		a := &d.events[j]
		score := 0
		if sameParties(a, b) {
			score += 4
		}
		if dateWithin(b.Date, a.Date) && !d.laterBare(b, a) {
			score += 2
		}
		if b.Location != "" && a.Location == b.Location && !d.laterBare(b, a) {
			score++
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = i, score, false
		case score == bestScore:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// spanHolds: date x is a span of days ("2026-04-15/2026-04-17") that
// holds day y: a trip's stay told beside one day of it.
func spanHolds(x, y string) bool {
	return strings.Contains(x, "/") && len(y) == 10 && dateWithin(y, x)
}

// dateWithin: date x lies within date y (both given).
func dateWithin(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	xlo, xhi, ok1 := dateBounds(x)
	ylo, yhi, ok2 := dateBounds(y)
	return ok1 && ok2 && !xlo.Before(ylo) && !xhi.After(yhi)
}

func sameParties(a, b *Event) bool {
	if len(a.Participants) != len(b.Participants) {
		return false
	}
	for _, p := range a.Participants {
		if !hasParty(b, p.Name) {
			return false
		}
	}
	return true
}

func hasParty(e *Event, name string) bool {
	for _, p := range e.Participants {
		if strings.EqualFold(p.Name, name) {
			return true
		}
	}
	return false
}

// absorb merges mention o into e: evidence, parties, the better date and
// place, and the id again from type, participants and date.
func (e *Event) absorb(d *document, o Event, why []string) {
	old := e.ID
	date, ownDate := e.Date, e.facts.ownDate
	oDate, oPlace := o.Date, o.Location
	if d.laterBare(&o, e) {
		oDate, oPlace = "", "" // a bare reference adds no date or place (merge_refs.go)
	}
	// a visit told on one day of its stay ("received on Thursday") and
	// by the stay's span ("arrived on Wednesday, leaves on Friday") is
	// dated by the span
	if betterDate(oDate, o.facts.ownDate, date, ownDate) || e.Type == Visit && o.facts.ownDate && ownDate && spanHolds(oDate, date) {
		date, ownDate = o.Date, o.facts.ownDate
	}
	if e.facts.stay && !o.facts.stay && oDate != "" && (o.facts.ownDate || !ownDate) {
		// a stay told with the journey that began it: the trip is
		// dated by its start ("landed in Vilnius on Tuesday")
		date, ownDate = o.Date, o.facts.ownDate
	}
	place, ownPlace := e.Location, e.facts.ownPlace
	finer := ownPlace && d.finerPlace(oPlace, o.facts.ownPlace, place, e)
	if oPlace != "" && (place == "" || o.facts.ownPlace && !ownPlace || finer) {
		place, ownPlace = o.Location, o.facts.ownPlace
	}
	e.addMention(o)
	e.Date, e.facts.ownDate = date, ownDate
	switch {
	case place == "" && e.Location != "":
		// addMention took a bare reference's place: not the event's
		e.Location, e.Lat, e.Lon, e.PlaceCandidates = "", nil, nil, nil
	case place != e.Location:
		e.Location, e.Lat, e.Lon = place, o.Lat, o.Lon
		e.PlaceCandidates = o.PlaceCandidates // place_rank.go
	}
	e.facts.ownPlace = ownPlace
	// a mention whose parties came from context names the event it refers
	// to; the parties it was given are a guess and add nothing, except a
	// person who stands for a country or organization of the event ("the
	// defense ministers of France and Germany" named later)
	adds := o.Participants
	if _, ok := d.standIns(e, &o); ok {
		// the bodies and the persons who acted for them: the persons
		e.Participants = append([]Participant(nil), personsOf(e, &o)...)
		adds = nil
	} else if d.onePhrase(e.facts, o.facts) != "" {
		// one phrase read twice: the reading the guidelines rank first
		// (persons, else organizations, else countries) names the
		// parties (merge_refs.go)
		switch re, ro := partyRank(e.Participants), partyRank(o.Participants); {
		case ro < re:
			e.Participants = append([]Participant(nil), o.Participants...)
			adds = nil
		case re < ro:
			adds = nil
		}
	}
	for _, p := range adds {
		if !hasParty(e, p.Name) && (!o.facts.borrowed || d.standsFor(p, e.Participants)) {
			e.Participants = append(e.Participants, p)
		}
	}
	e.Participants = d.dropCovered(e.Participants)
	e.Planned = e.Planned && o.Planned || (e.Planned || o.Planned) && d.planned(date)
	e.ID = eventID(*e)
	if d.explain {
		e.Explain = append(e.Explain, fmt.Sprintf("merged with %q in %q: %s", o.Trigger, o.Sentence, strings.Join(why, "; ")))
		// what the event is now, so the explanation stays true
		now := fmt.Sprintf("after the merge: participants %s; ", strings.Trim(partyNames(e), "[]"))
		if e.Date == "" {
			now += "date: none; "
		} else {
			now += "date " + e.Date + "; "
		}
		if e.Location == "" {
			now += "place: none"
		} else {
			now += "place " + e.Location
		}
		if e.Planned {
			now += "; planned"
		}
		if e.ID != old {
			now += fmt.Sprintf("; id %s from the merged type, participants and date", e.ID)
		}
		e.Explain = append(e.Explain, now)
	}
}

// planned: a date after the article's published day.
func (d *document) planned(date string) bool {
	lo, _, ok := dateBounds(date)
	return ok && d.ref.hasDay && lo.After(d.ref.t)
}

// dropCovered removes an organization or country that a named person of
// it stands for ("Chile" beside "Ana Soto", Chile's foreign minister; "ESA"
// beside its director general): the guidelines name persons where the
// article names them.
func (d *document) dropCovered(ps []Participant) []Participant {
	out := make([]Participant, 0, len(ps))
	for _, p := range ps {
		if p.Type != Person && d.coveredBy(p.Name, ps) != "" {
			continue
		}
		out = append(out, p)
	}
	return out
}

// coveredBy names a person of ps whose organization or country name is
// (an organization or country party a person of it stands for), or "".
func (d *document) coveredBy(name string, ps []Participant) string {
	for _, p := range ps {
		if p.Type != Person || p.Name == name {
			continue
		}
		if strings.EqualFold(p.Organization, name) || strings.EqualFold(d.fullOrgName(p.Organization), name) {
			return p.Name // "Verdant Grid chief executive X" stands for Verdant Grid Inc.
		}
		if e := d.byCanon[p.Name]; e != nil && (strings.EqualFold(e.nation, name) || strings.EqualFold(e.org, name) || strings.EqualFold(d.fullOrgName(e.org), name)) {
			return p.Name
		}
	}
	return ""
}

// standsFor: person p is of an organization or country among ps.
func (d *document) standsFor(p Participant, ps []Participant) bool {
	if p.Type != Person {
		return false
	}
	for _, q := range ps {
		if q.Type != Person && d.coveredBy(q.Name, []Participant{p}) != "" {
			return true
		}
	}
	return false
}

// partiesCompatible: once the organizations and countries a person of
// either mention stands for are set aside, one mention's parties are all
// parties of the other, and they share one (or one side was only such
// stand-ins).
func (d *document) partiesCompatible(a, b *Event) (bool, string) {
	all := append(append([]Participant(nil), a.Participants...), b.Participants...)
	core := func(e *Event) map[string]bool {
		m := map[string]bool{}
		for _, p := range e.Participants {
			if p.Type != Person && d.coveredBy(p.Name, all) != "" {
				continue
			}
			m[strings.ToLower(p.Name)] = true
		}
		return m
	}
	ca, cb := core(a), core(b)
	sub := func(x, y map[string]bool) bool {
		for k := range x {
			if !y[k] {
				return false
			}
		}
		return true
	}
	shared := 0
	for k := range ca {
		if cb[k] {
			shared++
		}
	}
	switch {
	case len(ca) == len(cb) && sub(ca, cb):
		return true, "the same parties"
	case !sub(ca, cb) && !sub(cb, ca) || shared == 0 && len(ca) > 0 && len(cb) > 0:
		if who, ok := d.standIns(a, b); ok {
			return true, "stand-ins: " + who // merge_standins.go
		}
		if !sub(ca, cb) && !sub(cb, ca) {
			return false, partyNames(a) + " vs " + partyNames(b)
		}
		return false, "no party in common"
	}
	return true, partyNames(a) + " and " + partyNames(b) + ": one holds the other"
}

func partyNames(e *Event) string {
	var out []string
	for _, p := range e.Participants {
		out = append(out, p.Name)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// datesAgree is the rule "dates compatible": datesCompatible over the
// mentions' own dates, a bare reference's date given way (ownTime).
func (d *document) datesAgree(a, b *Event) (bool, string) {
	y := *b
	y.facts.ownDate, _ = d.ownTime(b, a)
	return datesCompatible(a, &y, d.storyDay())
}

// datesCompatible: two own dates must overlap, and a year or quarter of
// the story's year agrees only with itself; a date inherited from context,
// or none, agrees with anything but an own date more than a year before
// the story (ref, the story's day; zero when unknown).
func datesCompatible(a, b *Event, ref time.Time) (bool, string) {
	thisYear := 0
	if !ref.IsZero() {
		thisYear = ref.Year()
	}
	if a.Date != b.Date && a.facts.ownDate != b.facts.ownDate {
		// a mention dated more than a year before the story ("the
		// treaty, signed in 1978") is background, not the story's event
		// that has no date of its own
		own := a
		if b.facts.ownDate {
			own = b
		}
		if _, hi, ok := dateBounds(own.Date); ok && !ref.IsZero() && hi.Before(ref.AddDate(-1, 0, 0)) {
			return false, own.Date + " is long before the story, the other mention has no date of its own"
		}
	}
	switch {
	case a.Date == b.Date:
		if a.Date == "" {
			return true, ""
		}
		return true, "the same date " + a.Date
	case a.Date == "" || b.Date == "":
		return true, "one mention gives no date"
	case !a.facts.ownDate || !b.facts.ownDate:
		return true, "an inherited date gives way: " + a.Date + " and " + b.Date
	}
	alo, ahi, aok := dateBounds(a.Date)
	blo, bhi, bok := dateBounds(b.Date)
	if ok, why := stayAfterArrival(a, b); ok {
		return true, why
	}
	if !aok || !bok || alo.After(bhi) || blo.After(ahi) {
		return false, a.Date + " vs " + b.Date
	}
	// a year or a quarter of the story's own year ("earlier this year")
	// says too little to be the same occasion as a day or a month; a past
	// year ("Nixon's 1972 visit") does not
	if ga, gb := dateGrain(a.Date), dateGrain(b.Date); ga != gb && max(ga, gb) >= 2 {
		coarse := a.Date
		if gb > ga {
			coarse = b.Date
		}
		if thisYear == 0 || strings.HasPrefix(coarse, strconv.Itoa(thisYear)) {
			return false, coarse + " is too coarse beside " + a.Date + " and " + b.Date
		}
	}
	return true, a.Date + " and " + b.Date + " overlap"
}

// stayWeek is how long after a traveller reached a place a stay there
// ("is in Vilnius this week") is still the same trip.
const stayWeek = 7

// stayAfterArrival: one mention is a stay in a place, the other the
// traveller's journey to the same place (a visit mention that is no stay:
// "landed in Vilnius on Tuesday", "flew to Harare on Monday") dated on the
// stay's day or at most a week before it: the stay is the trip the
// journey began. Parties and places are checked by their own rules.
func stayAfterArrival(a, b *Event) (bool, string) {
	if a.Type != Visit || a.facts.stay == b.facts.stay || a.Location == "" || a.Location != b.Location {
		return false, ""
	}
	stay, trip := a, b
	if b.facts.stay {
		stay, trip = b, a
	}
	slo, shi, ok1 := dateBounds(stay.Date)
	_, thi, ok2 := dateBounds(trip.Date)
	if !ok1 || !ok2 || thi.After(shi) || thi.Before(slo.AddDate(0, 0, -stayWeek)) {
		return false, ""
	}
	return true, "the stay (" + stay.Trigger + ", " + stay.Date + ") follows the journey to " + stay.Location + " (" + trip.Trigger + ", " + trip.Date + ")"
}

// storyDay is the day the story is told (its published date or
// dateline), or the zero time when unknown.
func (d *document) storyDay() time.Time {
	if !d.ref.hasDay {
		return time.Time{}
	}
	return d.ref.t
}

// betterDate: date x (own or not) says more than date y: an own date over
// an inherited one or none, then days over a month, a quarter or a year.
func betterDate(x string, xOwn bool, y string, yOwn bool) bool {
	switch {
	case x == "" || x == y:
		return false
	case y == "":
		return true
	case xOwn != yOwn:
		return xOwn
	}
	return dateGrain(x) < dateGrain(y)
}

// dateGrain orders values by precision: days (one or a range) 0, a month
// 1, a quarter or half 2, a year 3, anything else 4.
func dateGrain(v string) int {
	v, _, _ = strings.Cut(v, "/")
	switch {
	case len(v) == 10:
		return 0
	case len(v) == 7 && v[5] >= '0' && v[5] <= '9', len(v) == 8 && v[5] == 'W':
		return 1 // a month, or a week (reading own-week)
	case len(v) == 7:
		return 2
	case len(v) == 4:
		return 3
	}
	return 4
}

// dateBounds is the first and last day a date value covers: a day, a
// range of days (a/b), a week (2026-W44), a month, a quarter (2026-Q2), a
// half (2026-H1) or a year.
func dateBounds(v string) (lo, hi time.Time, ok bool) {
	if a, b, isRange := strings.Cut(v, "/"); isRange {
		l, _, ok1 := dateBounds(a)
		_, h, ok2 := dateBounds(b)
		return l, h, ok1 && ok2
	}
	if lo, hi, ok := weekBounds(v); ok {
		return lo, hi, true // "2026-W44" (reading own-week, dates_coarse.go)
	}
	y, err := strconv.Atoi(v[:min(4, len(v))])
	if err != nil || len(v) < 4 {
		return lo, hi, false
	}
	switch {
	case len(v) == 4:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	case len(v) == 7 && (v[5] == 'Q' || v[5] == 'H'):
		n, err := strconv.Atoi(v[6:])
		months := 3
		if v[5] == 'H' {
			months = 6
		}
		if err != nil || n < 1 || n*months > 12 {
			return lo, hi, false
		}
		lo = time.Date(y, time.Month((n-1)*months+1), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, months, -1), true
	case len(v) == 7:
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return lo, hi, false
		}
		return t, t.AddDate(0, 1, -1), true
	case len(v) == 10:
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return lo, hi, false
		}
		return t, t, true
	}
	return lo, hi, false
}

// placesCompatible: two own places must be the same place, or one a place
// in the other (a city in a country); an inherited place, or none, agrees.
func (d *document) placesCompatible(a, b *Event) (bool, string) {
	aOwn := a.facts.ownPlace
	_, bOwn := d.ownTime(b, a)
	switch {
	case a.Location == b.Location:
		return true, ""
	case a.Location == "" || b.Location == "":
		return true, "one mention gives no place"
	case !aOwn || !bOwn:
		return true, "an inherited place gives way: " + a.Location + " and " + b.Location
	case d.placeIn(a.Location, b.Location) || d.placeIn(b.Location, a.Location):
		return true, a.Location + " and " + b.Location + ": one lies in the other"
	}
	return false, a.Location + " vs " + b.Location
}

// placeIn: place x lies in country y (by the gazetteer's country codes).
func (d *document) placeIn(x, y string) bool {
	ex, ey := d.byCanon[x], d.byCanon[y]
	if ex == nil || ey == nil || ex.geo == nil || ey.geo == nil || ey.kind != "country" || ex.kind == "country" {
		return false
	}
	return ex.geo.cc != "" && ex.geo.cc == ey.geo.cc
}

// tenseCompatible: a planned mention is not one a clause tells in the past
// ("The agreement was signed by X" is not the contract "they plan to sign
// in the second quarter") or one dated before the story ("next summer's
// tour" is not "went on the trip" of 2001), unless a headline tells it.
func (d *document) tenseCompatible(a, b *Event) (bool, string) {
	if a.Planned == b.Planned {
		return true, ""
	}
	past := a
	if a.Planned {
		past = b
	}
	if past.facts.title {
		return true, ""
	}
	if d.toldPast(past.facts) {
		return false, "planned vs told in the past (" + past.Trigger + ")"
	}
	// a plan lies ahead: a mention dated before the story is another
	if _, hi, ok := dateBounds(past.Date); ok && past.facts.ownDate && d.ref.hasDay && hi.Before(d.ref.t) {
		return false, "planned vs dated " + past.Date + ", before the story"
	}
	return true, ""
}

// toldPast: the mention's verb is in the past tense ("signed", "has met",
// "was signed"); for a noun trigger without a support verb, the verb a
// few words before it ("went on the trip").
func (d *document) toldPast(f mentionFacts) bool {
	h := f.head
	if h < 0 || h >= len(d.toks) {
		return false
	}
	if !f.verb && h == f.n0 {
		s := d.sent[f.sent]
		for k := h - 1; k >= s.t0 && k >= h-4; k-- {
			if t := d.toks[k].tag; strings.HasPrefix(t, "VB") || t == "MD" || d.toks[k].text == "," {
				h = k
				break
			}
		}
	}
	switch d.toks[h].tag {
	case "VBD":
		return true
	case "VBN":
		s := d.sent[f.sent]
		for k := h - 1; k >= s.t0 && k >= h-3; k-- {
			if d.lx.is(d.toks[k].lower, wcPerfect) {
				return true
			}
		}
	}
	return false
}

// noDistinctCue: neither mention is marked as another occasion ("met
// again", "a separate meeting", "another round of talks", "last met"):
// a distinct cue of event_cues.tsv ending at most two words before the
// trigger (a support verb counted: "another round of talks") or in it, or
// a repeat cue there or just after it ("met again"; "a call earlier this
// year" is no earlier call).
func (d *document) noDistinctCue(a, b *Event) (bool, string) {
	for _, e := range []*Event{a, b} {
		f := e.facts
		if d.describesTold(f) {
			continue // "It is Ito's second visit" (merge_refs.go)
		}
		if c := d.distinctCue(f); c != "" {
			return false, fmt.Sprintf("%q before or after %q", c, e.Trigger)
		}
	}
	return true, ""
}

// distinctCue returns the distinct cue governing the mention's trigger, or "".
func (d *document) distinctCue(f mentionFacts) string {
	return d.occasionCue(f, true)
}

// occasionCue returns the distinct cue governing the mention's trigger
// (with repeat, also a repeat cue near it), or "".
func (d *document) occasionCue(f mentionFacts, repeat bool) string {
	s := d.sent[f.sent]
	from, to := max(s.t0, f.t0-6), min(s.t1, f.t1+2)
	for k := from; k < to; k++ {
		node := d.lx.cues
		for j := k; j < s.t1; j++ {
			c := node.next[d.toks[j].lower]
			if c == nil {
				break
			}
			node = c
			if c.val == 0 {
				continue
			}
			if j == k && d.dateStartsAt(k) {
				break // "flew to Perth last week and met X": a date, not "last met"
			}
			// "another round of talks", "last met" before the trigger;
			// "met again" anywhere near it
			if e := cueEffect(c.val - 1); e == cueDistinct && j+1 >= f.t0-2 && k < f.t1 || repeat && e == cueRepeat && j+1 >= f.t0-2 {
				return d.textOf(span{k, j + 1})
			}
		}
	}
	return ""
}

// refersBack: when the mentions name different parties, or one gives an
// inherited date or place the other contradicts with its own, the later
// mention must refer back: a definite or possessive trigger ("the talks",
// "their meeting", "Ito's visit"), parties taken from context, a headline,
// or the same sentence as the other. Anaphora points back, so the earlier
// mention's vagueness is no evidence. A meeting of one named person with
// an unnamed group never joins another.
func (d *document) refersBack(a, b *Event) (bool, string) {
	var need []string
	if !sameParties(a, b) {
		need = append(need, "different parties")
	}
	if a.Date != "" && b.Date != "" && a.Date != b.Date && a.facts.ownDate != b.facts.ownDate {
		need = append(need, "an inherited date against an own one")
	}
	if a.Location != "" && b.Location != "" && a.Location != b.Location && a.facts.ownPlace != b.facts.ownPlace {
		need = append(need, "an inherited place against an own one")
	}
	if len(need) == 0 {
		return true, ""
	}
	f := b.facts
	if ok, why := stayAfterArrival(a, b); ok && sameParties(a, b) {
		return true, strings.Join(need, ", ") + "; " + why
	}
	switch {
	case a.facts.unnamed || f.unnamed:
		return false, "a meeting with an unnamed group"
	case f.title:
		return true, strings.Join(need, ", ") + "; a headline tells it"
	case f.sent == a.facts.sent:
		return true, strings.Join(need, ", ") + "; the same sentence"
	case d.anaphoricTrigger(f) != "":
		return true, fmt.Sprintf("%s; %q refers back", strings.Join(need, ", "), d.anaphoricTrigger(f))
	case f.borrowed:
		return true, strings.Join(need, ", ") + "; its parties come from context"
	}
	if why := d.signatories(a, b); why != "" {
		return true, strings.Join(need, ", ") + "; signatories: " + why
	}
	if who, ok := d.standIns(a, b); ok {
		return true, strings.Join(need, ", ") + "; stand-ins: " + who // merge_standins.go
	}
	return false, strings.Join(need, ", ") + ", and " + b.Trigger + " does not refer back"
}

// signatories: one mention names only organizations or countries, the
// other only persons, each organization the employer of a person of the
// other and each person of one of those organizations ("Castlemoor
// University and Fenbrook Labs signed a memorandum ... It was signed by
// the university's rector, Ana Prieto, and Fenbrook's chief executive,
// Olu Bakare"): the persons signed for the parties. It returns who stands
// for whom, or "" (a person of no party's, or a party nobody signs for).
func (d *document) signatories(a, b *Event) string {
	orgs, persons := a.Participants, b.Participants
	if len(orgs) > 0 && orgs[0].Type == Person {
		orgs, persons = persons, orgs
	}
	if len(orgs) == 0 || len(persons) == 0 {
		return ""
	}
	for _, p := range orgs {
		if p.Type == Person {
			return ""
		}
	}
	for _, p := range persons {
		if p.Type != Person || !d.standsFor(p, orgs) {
			return ""
		}
	}
	var out []string
	for _, o := range orgs {
		who := d.coveredBy(o.Name, persons)
		if who == "" {
			return ""
		}
		out = append(out, who+" for "+o.Name)
	}
	return strings.Join(out, ", ")
}

// anaphoricTrigger: a noun trigger after "the", a possessive ("his",
// "their", "Ito's") or a demonstrative (word class definite), a modifier or
// two between ("the two-day visit"); or a trigger phrase holding one
// ("signed the accord", "sealed their deal"). It returns the words from
// that determiner to the trigger's end, or "".
func (d *document) anaphoricTrigger(f mentionFacts) string {
	if sp, ok := d.anaphorSpan(f); ok {
		return d.textOf(sp)
	}
	return ""
}

// anaphorSpan is the words anaphoricTrigger returns, from the determiner
// to the trigger's end.
func (d *document) anaphorSpan(f mentionFacts) (span, bool) {
	for k := f.n0 + 1; k < f.t1; k++ {
		if d.pointsBackAt(k) {
			return span{f.n0, f.t1}, true
		}
	}
	if f.verb {
		return span{}, false
	}
	k, ok := d.determinerBefore(f.n0, 0, false)
	if !ok {
		return span{}, false
	}
	if isPossessive(d.toks[k].lower) && k > 0 {
		k-- // "Ito's visit"
	}
	return span{k, f.t1}, true
}

// pointsBackAt: token k is a determiner that points back, a word of class
// definite ("the", "their", "this") or a possessive.
func (d *document) pointsBackAt(k int) bool {
	l := d.toks[k].lower
	return d.lx.is(l, wcDefinite) || isPossessive(l)
}

// determinerBefore finds the determiner that points back (pointsBackAt)
// before the noun at n, at most three words before it with only
// modifiers between (adjectives, participles, numbers, nouns, hyphenated
// words; proper nouns too when names is set: "the Kunene accord"), never
// before token from. It returns the determiner's index.
func (d *document) determinerBefore(n, from int, names bool) (int, bool) {
	for k, i := n-1, 0; k >= from && i < 3; k, i = k-1, i+1 {
		if d.pointsBackAt(k) {
			return k, true
		}
		t := d.toks[k].tag
		if t != "JJ" && t != "VBN" && t != "CD" && t != "NN" && !(names && t == "NNP") && !d.toks[k].hyphen {
			return 0, false
		}
	}
	return 0, false
}

// otherTense: a mention with the id of an event told before (the same
// type, parties and date, often no date at all) is still another event
// when one is planned and the other told in the past ("X and Y met last
// week ... They plan to hold a summit next month"). The later one gets an
// id of its own, marked by its tense, and the merge pass keeps them apart
// by the same test (tenseCompatible).
func (d *document) otherTense(prev, ev *Event) {
	if ok, why := d.tenseCompatible(prev, ev); !ok {
		d.tracef("same id, another event: %s", why)
		ev.ID = eventIDOf(*ev, "|planned="+strconv.FormatBool(ev.Planned))
	}
}

// otherOccasion: a later sentence's mention of the same type, parties and
// date (often a date it only inherited) that a cue marks as another
// occasion ("met again", "held a separate meeting", "a second round of
// talks"; effects distinct and repeat of event_cues.tsv, as the merge
// pass's noDistinctCue reads them) is another event, not one more mention
// of the one told before: it gets an id of its own, and the merge pass
// keeps the two apart by the same cue. When both mentions give that date
// themselves, the fold stands as before. A description of the event told
// ("It was their second meeting", "The summit is the third round of
// them") stays a mention of it. A definite noun that is its clause's
// subject ("The talks again broke up without a deal") retells the event
// told: a repeat cue then says the event did something again, not that it
// was held again, so only a cue of another occasion ("the second
// meeting") counts.
func (d *document) otherOccasion(prev, ev *Event) {
	f := ev.facts
	if !f.set || !prev.facts.set || f.sent == prev.facts.sent || d.describesTold(f) || d.predicateNoun(f) {
		return
	}
	if f.ownDate && prev.facts.ownDate {
		return // both state the same date themselves: a sitting of one day's talks told again stays the merge pass's
	}
	if c := d.occasionCue(f, !d.definiteSubject(f)); c != "" {
		if d.sameOrdinal(c, prev.facts) {
			return // "a sixth round ... The sixth round had been delayed": one round named alike
		}
		d.tracef("same id, another occasion: %q before or after %q", c, ev.Trigger)
		ev.ID = eventIDOf(*ev, "|occasion="+strconv.Itoa(f.sent))
	}
}

// definiteSubject: the mention's trigger is a noun after a determiner of
// class definite (adjectives between), with no verb before it in its
// clause: the subject that names an event already told ("The meeting
// ...", "Their talks ...").
func (d *document) definiteSubject(f mentionFacts) bool {
	if !f.set || f.verb {
		return false
	}
	s := d.sent[f.sent]
	k := f.n0 - 1
	for k >= s.t0 && (d.toks[k].tag == "JJ" || d.toks[k].hyphen) {
		k--
	}
	if k < s.t0 || !d.lx.is(d.toks[k].lower, wcDefinite) {
		return false
	}
	for j := k - 1; j >= s.t0; j-- {
		if d.toks[j].text == "," || d.clauseOpensAt(j, s) {
			break
		}
		if tg := d.toks[j].tag; len(tg) >= 2 && tg[:2] == "VB" || tg == "MD" {
			return false
		}
	}
	return true
}

// sameOrdinal: an occasion cue that is an ordinal (date_words.tsv class
// ordinal: "sixth", "the second round") and that the earlier mention's own
// phrase also carries, up to four words before its trigger ("ended a sixth
// round of talks ... The sixth round had been delayed"), names one
// occasion; "another" or "a separate" twice name two.
func (d *document) sameOrdinal(cue string, prev mentionFacts) bool {
	w, _, _ := strings.Cut(strings.ToLower(cue), " ")
	if _, ok := d.lx.dateWord(dwOrdinal, w); !ok || !prev.set {
		return false
	}
	s := d.sent[prev.sent]
	for k := max(s.t0, prev.t0-4); k < prev.t1; k++ {
		if d.toks[k].lower == w {
			return true
		}
	}
	return false
}

// predicateNoun: the mention's trigger is a noun after a copula, only
// determiners, numbers and adjectives between ("the talks were the second
// round"): it says what an event told is, and tells no other.
func (d *document) predicateNoun(f mentionFacts) bool {
	if !f.set || f.verb {
		return false
	}
	s := d.sent[f.sent]
	for k, n := f.n0-1, 0; k >= s.t0 && n < 5; k, n = k-1, n+1 {
		t := d.toks[k]
		switch {
		case d.lx.is(t.lower, wcBe):
			return true
		case t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.tag == "PRP$" || t.tag == "RB" || t.hyphen:
		default:
			return false
		}
	}
	return false
}
