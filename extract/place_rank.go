package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// The place ranker: a learned choice among the places the cascade's rules
// propose for an event (events_place.go, scene.go). The cascade takes the
// first rule that gives a place; the ranker reads every rule's proposal,
// describes each distinct place by the named feature templates below
// (placeTemplates) and takes the place whose weights (place_rank.tsv, a
// logistic regression trained by `go run ./cmd/newswire-train place`) sum
// highest, the cascade's choice on a tie. It never places an event the
// cascade left without a place, and never removes one. It runs only when
// place_rank.tsv's row `enabled` is 1 and Options.NoRankers is unset.

// placeProp is one rule's proposal: the place and the rule's name.
type placeProp struct {
	place, rule string
}

// placeCand is one distinct place the rules proposed for a draft.
type placeCand struct {
	place   string
	rules   []string // the proposing rules, in cascade order
	rank    int      // the cascade position of the first of them
	cascade bool     // the cascade's own choice
	feats   []string
	score   float64
}

// placeRankFormat is place_rank.tsv's format (tables/README.md, "Learned
// tables"): the switch "enabled".
var placeRankFormat = linearFormat{
	model:     "place ranker",
	switchRow: "enabled",
	switchDoc: "1 (the best-scoring place is the event's) or 0 (the cascade decides)",
}

// placeRankRow reads one row of place_rank.tsv.
func (lx *lexicon) placeRankRow(r row) error { return lx.placeRank.row(&placeRankFormat, r) }

// collectPlaces: every rule of the cascade is read, not only the first
// that gives a place: the ranker is on, or the caller asked for the
// candidates (Options.PlaceCandidates).
func (r *eventRun) collectPlaces() bool {
	return r.d.placeCands || r.lx.placeRank.on
}

// quietly runs f with the trace off: the rules read after the cascade's
// choice say nothing of what the cascade did.
func (d *document) quietly(f func()) {
	t := d.trace
	d.trace = nil
	defer func() { d.trace = t }()
	f()
}

// placeCands gathers the proposals into distinct places, in cascade order,
// marks the cascade's choice (c.place) and describes each one.
func (r *eventRun) placeCands(c *eventDraft, props []placeProp) []placeCand {
	var out []placeCand
	for i, p := range props {
		if p.place == "" {
			continue
		}
		k := -1
		for j := range out {
			if out[j].place == p.place {
				k = j
				break
			}
		}
		if k < 0 {
			out = append(out, placeCand{place: p.place, rank: i})
			k = len(out) - 1
		}
		if !contains(out[k].rules, p.rule) {
			out[k].rules = append(out[k].rules, p.rule)
		}
	}
	for i := range out {
		out[i].cascade = out[i].place == c.place
	}
	for i := range out {
		out[i].feats = r.placeFeatures(c, out, i)
	}
	return out
}

// placeTemplate is one named feature template: the features it gives a
// candidate.
type placeTemplate struct {
	name  string
	feats func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string
}

// placeTemplates are the ranker's feature templates, in order. A feature
// is `template:value`; conjunctions join two with `&`.
var placeTemplates = []placeTemplate{
	{"rule", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // each proposing rule
		var out []string
		for _, x := range cands[i].rules {
			out = append(out, "rule:"+x)
		}
		return out
	}},
	{"first", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // the earliest rule: its cascade rank
		return []string{"first:" + cands[i].rules[0]}
	}},
	{"cascade", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // the cascade's own choice
		if cands[i].cascade {
			return []string{"cascade:yes"}
		}
		return nil
	}},
	{"agree", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // how many rules propose it
		return []string{"agree:" + band(len(cands[i].rules), 1, 2, 3)}
	}},
	{"kind", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // city, country, region, site...
		return []string{"kind:" + r.d.placeKind(cands[i].place)}
	}},
	{"dateline", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // the dateline's city, or a place holding it
		return r.d.datelineRelation(cands[i].place)
	}},
	{"nest", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // inside, or holding, another candidate
		var out []string
		for j := range cands {
			if j == i {
				continue
			}
			switch {
			case r.d.within(cands[i].place, cands[j].place):
				out = append(out, "nest:inside")
			case r.d.within(cands[j].place, cands[i].place):
				out = append(out, "nest:holds")
			}
		}
		return out
	}},
	{"mentions", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // how often the story names it
		n := 0
		if e := r.d.byCanon[cands[i].place]; e != nil {
			n = e.count
		}
		return []string{"mentions:" + band(n, 0, 1, 2, 4)}
	}},
	{"where", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // the nearest mention: sentence, side, distance
		return r.d.mentionPosition(cands[i].place, c)
	}},
	{"event", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // the event: type, tense, title line, with the first rule and kind
		typ := "event:" + c.tr.typ
		out := []string{typ, typ + "&first:" + cands[i].rules[0], typ + "&kind:" + r.d.placeKind(cands[i].place)}
		if c.future {
			out = append(out, "event:planned", "event:planned&first:"+cands[i].rules[0])
		}
		if c.title {
			out = append(out, "event:title")
		}
		if r.d.remoteEvent(&c.cl, c.tr, c.trigs, c.s) {
			out = append(out, "event:remote")
		}
		return out
	}},
	{"versus", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // against the cascade's choice: its first rule, both kinds, how they nest
		k := -1
		for j := range cands {
			if cands[j].cascade {
				k = j
			}
		}
		if k < 0 || k == i {
			return nil
		}
		d := r.d
		nest := "apart"
		switch {
		case d.within(cands[i].place, cands[k].place):
			nest = "inside"
		case d.within(cands[k].place, cands[i].place):
			nest = "holds"
		}
		kinds := c.tr.typ + ":" + d.placeKind(cands[k].place) + ">" + d.placeKind(cands[i].place)
		return []string{"versus:" + cands[k].rules[0], "versus:" + nest, "versus:" + kinds, "versus:" + kinds + "&versus:" + nest,
			"versus:" + cands[k].rules[0] + ">" + cands[i].rules[0]}
	}},
	{"count", func(r *eventRun, c *eventDraft, cands []placeCand, i int) []string { // how many places compete
		return []string{"count:" + band(len(cands), 2, 3, 4)}
	}},
}

// placeFeatures lists candidate i's features, every template in order.
func (r *eventRun) placeFeatures(c *eventDraft, cands []placeCand, i int) []string {
	var out []string
	for _, t := range placeTemplates {
		for _, f := range t.feats(r, c, cands, i) {
			if !contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// band names the band n falls in: the highest bound it reaches ("2+"),
// or the first bound itself when it reaches none ("<1"); a bound reached
// exactly that is not the last is named alone ("1").
func band(n int, bounds ...int) string {
	if n < bounds[0] {
		return "<" + strconv.Itoa(bounds[0])
	}
	for k := len(bounds) - 1; k >= 0; k-- {
		if n >= bounds[k] {
			if k == len(bounds)-1 {
				return strconv.Itoa(bounds[k]) + "+"
			}
			if bounds[k+1] == bounds[k]+1 {
				return strconv.Itoa(bounds[k])
			}
			return strconv.Itoa(bounds[k]) + "-" + strconv.Itoa(bounds[k+1]-1)
		}
	}
	return ""
}

// placeKind is a place's kind: the gazetteer's (city, country, region,
// site, water), org for a body (a visited organization), venue for a
// building no entity names, other.
func (d *document) placeKind(place string) string {
	if e := d.byCanon[place]; e != nil {
		switch {
		case e.typ == Location && e.kind != "":
			return e.kind
		case e.typ == Location:
			return "place"
		case e.typ == Organization:
			return "org"
		}
		return "other"
	}
	switch {
	case d.lx.countryName(place):
		return "country"
	case d.countryOfCity(place) != "":
		return "city"
	}
	return "venue"
}

// datelineRelation: the place is the dateline's city, or a country or
// region that holds it, or neither with a dateline city.
func (d *document) datelineRelation(place string) []string {
	city := d.datelinePlace()
	switch {
	case city == "":
		return []string{"dateline:none"}
	case place == city:
		return []string{"dateline:city"}
	case d.within(city, place):
		return []string{"dateline:holds"}
	}
	return []string{"dateline:other"}
}

// within: place x lies in place y (a city in its country or region).
func (d *document) within(x, y string) bool {
	return x != y && (d.placeIn(x, y) || d.countryOfCity(x) == y && d.lx.countryName(y))
}

// mentionPosition says where the mention of the place nearest the
// draft's trigger stands: in its sentence (before or after the trigger,
// and how far), the one or two before, earlier, later, only the
// dateline, or nowhere (a place no mention names).
func (d *document) mentionPosition(place string, c *eventDraft) []string {
	e := d.byCanon[place]
	if e == nil {
		return []string{"where:none"}
	}
	at := d.entityMentions()[e] // mention starts, in text order
	best, bestDist := -1, 1<<30
	dateline := false
	for _, m := range at {
		if d.inDateline(m.t0) {
			dateline = true
			continue
		}
		dist := m.t0 - c.tr.t1
		if dist < 0 {
			dist = max(0, c.tr.t0-m.t1)
		}
		if dist < bestDist {
			best, bestDist = m.t0, dist
		}
	}
	if best < 0 {
		if dateline {
			return []string{"where:dateline"}
		}
		return []string{"where:none"}
	}
	si := d.toks[best].sent
	switch {
	case si == c.si && best >= c.tr.t1:
		return []string{"where:sentence", "where:after", "where:tokens-" + band(bestDist, 0, 3, 8, 16)}
	case si == c.si:
		return []string{"where:sentence", "where:before", "where:tokens-" + band(bestDist, 0, 3, 8, 16)}
	case si < c.si && c.si-si <= 2:
		return []string{"where:previous"}
	case si < c.si:
		return []string{"where:earlier"}
	}
	return []string{"where:later"}
}

// rankPlace lets the ranker choose among the draft's candidates: it
// scores each one and returns the chosen one's index (-1: the ranker is
// off or there is nothing to choose from; the cascade's place stands).
func (r *eventRun) rankPlace(cands []placeCand) int {
	pr := &r.lx.placeRank
	if !pr.on || r.d.placeCands || len(cands) < 2 {
		return -1
	}
	best := -1
	for i := range cands {
		cands[i].score = pr.score(cands[i].feats)
		if best < 0 || cands[i].score > cands[best].score || cands[i].score == cands[best].score && cands[i].cascade {
			best = i
		}
	}
	return best
}

// choosePlace collects the draft's candidates from the proposals and,
// with the ranker on, places the draft at the best-scoring one; --explain
// says which and over what.
func (r *eventRun) choosePlace(c *eventDraft, props []placeProp) {
	if c.place == "" {
		return // the ranker never places what the cascade left unplaced
	}
	cands := r.placeCands(c, props)
	if !contains(placeValues(cands), c.place) {
		return // a place no rule proposed (never expected): the cascade's stands
	}
	c.placeCands = cands
	best := r.rankPlace(cands)
	if best < 0 {
		return
	}
	b := cands[best]
	var others []string
	for _, o := range cands {
		if o.place != b.place {
			others = append(others, fmt.Sprintf("%s (%s; %.2f)", o.place, strings.Join(o.rules, ", "), sigmoid(o.score)))
		}
	}
	c.placeWhy = fmt.Sprintf("place %s by learned ranker (rules %s; score %.2f) over %s", b.place, strings.Join(b.rules, ", "), sigmoid(b.score), strings.Join(others, ", "))
	if b.place != c.place {
		r.d.tracef("S%d %s: the place ranker moves %q to %q", c.si, c.tr.typ, c.place, b.place)
		c.place, c.placeRule = b.place, "learned"
	}
}

func placeValues(cs []placeCand) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.place
	}
	return out
}

// placeCandidatesOf is what Event.PlaceCandidates carries for a draft's
// candidates (Options.PlaceCandidates).
func placeCandidatesOf(cs []placeCand) []PlaceCandidate {
	if len(cs) == 0 {
		return nil
	}
	out := make([]PlaceCandidate, len(cs))
	for i, c := range cs {
		f := append([]string(nil), c.feats...)
		sort.Strings(f)
		out[i] = PlaceCandidate{Place: c.place, Rules: append([]string(nil), c.rules...), Features: f, Cascade: c.cascade}
	}
	return out
}

// widerPlaces are the places no rule of the cascade gives but the ranker
// may choose, each named as a proposal of its own: every place a locative
// or not the trigger's sentence names (sentence-place), the dateline's
// city (dateline-city), the cities the story names of a country proposed
// (story-city), and the country of a city proposed when the story names
// it (story-country).
func (d *document) widerPlaces(c *eventDraft, props []placeProp) []placeProp {
	var out []placeProp
	for _, m := range d.mentionsIn(span{c.s.t0, c.s.t1}) {
		if m.typ != Location || d.inDateline(m.span.t0) || !broadKind(m.kind) {
			continue
		}
		if e := d.entityOf(m); e != nil {
			out = append(out, placeProp{e.canon, "sentence-place"})
		}
	}
	out = append(out, placeProp{d.datelinePlace(), "dateline-city"})
	for _, p := range props {
		e := d.byCanon[p.place]
		if e == nil || e.typ != Location {
			continue
		}
		switch e.kind {
		case "country":
			for _, x := range d.ents {
				if x.typ == Location && x.kind == "city" && d.entityMentions()[x] != nil && d.within(x.canon, e.canon) {
					out = append(out, placeProp{x.canon, "story-city"})
				}
			}
		case "city":
			if k := d.countryOfCity(e.canon); k != "" {
				if x := d.byCanon[k]; x != nil && x.typ == Location {
					out = append(out, placeProp{k, "story-country"})
				}
			}
		}
	}
	return out
}

// broadKind: a mention's kind names a settlement or an area an event can
// be placed in (not a site or a body of water).
func broadKind(kind string) bool {
	return kind == "city" || kind == "country" || kind == "region" || kind == ""
}

// shownOwnPlace is the own place --explain names the place by: none when
// the ranker chose a place no own rule proposed (the dateline's city, the
// scene's), so that the place is not said to come from its sentence.
func (c *eventDraft) shownOwnPlace() string {
	if c.placeRule != "learned" {
		return c.ownPlace
	}
	for _, p := range c.ownProps {
		if p.place == c.place {
			return c.ownPlace
		}
	}
	return ""
}

// entityMentions lists each entity's mentions (their spans), read when
// the place ranker first asks and again when the mentions changed (the
// events pass lends the headline's: headline.go).
func (d *document) entityMentions() map[*entity][]span {
	if d.mentionsOf == nil || d.mentionsN != len(d.mentions) {
		d.mentionsOf, d.mentionsN = map[*entity][]span{}, len(d.mentions)
		for _, m := range d.mentions {
			if e := d.entityOf(m); e != nil {
				d.mentionsOf[e] = append(d.mentionsOf[e], m.span)
			}
		}
	}
	return d.mentionsOf
}

// sceneSnapshot copies the scene of the draft's tense, before the draft
// notes its own place in it (remember): the scene's proposals are then
// what the story gave before, not an echo of the draft's own place.
func (r *eventRun) sceneSnapshot(c *eventDraft) *scene {
	sc := *r.sceneOf(c)
	if sc.bare != nil {
		bare := make(map[string]bareMention, len(sc.bare))
		for k, v := range sc.bare {
			bare[k] = v
		}
		sc.bare = bare
	}
	return &sc
}

// withScene runs f with the scene of the draft's tense set to snap (none:
// as it is), and puts the scene back.
func (r *eventRun) withScene(c *eventDraft, snap *scene, f func()) {
	if snap == nil {
		f()
		return
	}
	sc := r.sceneOf(c)
	saved := *sc
	*sc = *snap
	defer func() { *sc = saved }()
	f()
}
