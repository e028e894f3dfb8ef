package extract

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The date ranker: a learned choice among the dates the readings propose
// for an event. The cascade of dateReadings (events_time.go) takes the
// first reading that gives a date; the ranker lists every reading's
// proposal (dateCandidates), describes each by named feature templates
// (dateFeatureTemplates), scores it with the weights of date_rank.tsv
// (trained by `go run ./cmd/newswire-train date`, a logistic regression of
// internal/learn over the training sets' matched events) and, when the
// table turns it on, takes the best-scoring one. An event the cascade
// gives no date stays undated; the ranker only chooses between dates.

// DateCandidate is one date an event's readings propose (filled in
// Event.DateCandidates with Options.DateCandidates, for training the
// ranker).
type DateCandidate struct {
	Value    string   // the date value, TIMEX3 as Event.Date
	Rules    []string // the readings that proposed it, in dateCandRules order
	Cascade  bool     // the cascade's choice (the event's date without the ranker)
	Features []string // the feature templates' features (dateFeatureTemplates)
	Score    float64  // the ranker's probability that it is the event's date
}

// dateCandRules are the readings that propose a date, in the order of the
// cascade that tries them: the nearest date of each tier of nearestDate in
// the trigger's reach, then in its whole sentence ("sentence-…"), the
// clause's week, the live blog entry's day, the story's main event (title
// lines), a back-reference's event, an event-anchor's, the event its
// parties point back at, the scene's (the focal person's event, any
// event's), the lede's date, and the published day (which the cascade never
// takes: only the ranker may).
var dateCandRules = []string{
	"own-clause", "previous-conjunct", "reporting-verb", "other-verb",
	"sentence-own-clause", "sentence-previous-conjunct", "sentence-reporting-verb", "sentence-other-verb",
	"own-week", "live-entry", "main-event", "back-reference", "event-anchor", "parties-event",
	"scene-focal", "scene-any", "main-event-lede", "published-day",
	"sentence-before-1", "sentence-after-1", "sentence-before-2", "sentence-after-2", "story-elsewhere",
	"range", "trip-from", "trip-to",
}

// The candidates no cascade reading gives, which only the ranker may take:
// the dates of the two sentences before and after the trigger's
// ("sentence-before-1" …), the story's other dates ("story-elsewhere"),
// a range ("range") from one day candidate to a later one at most
// maxRangeDays on, its ends named by their first readings, and, when the
// sentence names a trip's length ("a three-day visit", "two days of
// talks"), the trip from or to each day its own sentence gives
// ("trip-from", "trip-to").
const maxRangeDays = 6

// dateRuleRank is each reading's place in dateCandRules.
var dateRuleRank = func() map[string]int {
	m := map[string]int{}
	for i, r := range dateCandRules {
		m[r] = i
	}
	return m
}()

// dateCandView is what the feature templates read of one candidate and
// its event.
type dateCandView struct {
	value    string
	rules    []string // in dateCandRules order (the cascade's reading, when it is none of them, last)
	cascade  bool
	n        int    // the event's number of candidates
	form     string // "absolute" (digits in the mention), "relative", "" (not from a mention)
	typ      string // meeting, visit, agreement
	future   bool   // a plan
	trigger  string // verb, noun or title
	pub      time.Time
	hasPub   bool
	cascadeV string // the cascade's value
	// a range candidate's ends: their first readings and its length in days
	startBest, endBest string
	days               int
	tripDays           int      // the trip's length its sentence names ("a three-day visit"), 0 for none
	tripCues           []string // the sentence's words that start (start, travel) or end (end, depart) a trip
	party              bool     // a mention of it stands in another sentence that names one of the event's parties
	said               bool     // a mention of it is a saying's ("said on Monday")
}

// dateFeatureTemplates are the named feature templates of a candidate, in
// the order their features are listed. Event-wide facts (type, tense,
// trigger) only count joined to a candidate's own: the ranker compares the
// candidates of one event.
var dateFeatureTemplates = []struct {
	name, what string
	f          func(v dateCandView) []string
}{
	{"rule", "each reading that proposed it: rule:own-clause", func(v dateCandView) []string {
		out := make([]string, len(v.rules))
		for i, r := range v.rules {
			out[i] = "rule:" + r
		}
		return out
	}},
	{"best", "the first of its readings in the cascade's order: best:scene-focal", func(v dateCandView) []string {
		return []string{"best:" + v.best()}
	}},
	{"cascade", "the cascade's own choice: cascade", func(v dateCandView) []string {
		if v.cascade {
			return []string{"cascade"}
		}
		return nil
	}},
	{"agree", "how many readings proposed it: agree:1, agree:2, agree:3+", func(v dateCandView) []string {
		n := len(v.rules)
		if n >= 3 {
			return []string{"agree:3+"}
		}
		return []string{"agree:" + strconv.Itoa(n)}
	}},
	{"gran", "its granularity: gran:day, range, week, month, quarter, year, other", func(v dateCandView) []string {
		return []string{"gran:" + dateGranularity(v.value)}
	}},
	{"side", "before, on (holds) or after the published day, or nopub: side:before", func(v dateCandView) []string {
		return []string{"side:" + v.side()}
	}},
	{"side-tense", "its side joined to the event's tense: side:after&plan", func(v dateCandView) []string {
		return []string{"side:" + v.side() + "&" + v.tense()}
	}},
	{"form", "a mention's form: form:absolute (has digits), form:relative, form:none (inherited)", func(v dateCandView) []string {
		f := v.form
		if f == "" {
			f = "none"
		}
		return []string{"form:" + f}
	}},
	{"best-type", "its first reading joined to the event's type: best:own-clause&visit", func(v dateCandView) []string {
		return []string{"best:" + v.best() + "&" + v.typ}
	}},
	{"best-tense", "its first reading joined to the event's tense: best:scene-any&plan", func(v dateCandView) []string {
		return []string{"best:" + v.best() + "&" + v.tense()}
	}},
	{"best-trigger", "its first reading joined to the trigger's kind (verb, noun, title): best:main-event&title", func(v dateCandView) []string {
		return []string{"best:" + v.best() + "&" + v.trigger}
	}},
	{"cascade-best", "the cascade's choice joined to its first reading: cascade&best:other-verb", func(v dateCandView) []string {
		if v.cascade {
			return []string{"cascade&best:" + v.best()}
		}
		return nil
	}},
	{"vs-cascade", "a day inside the cascade's coarser value, or a value holding the cascade's day: within:cascade, holds:cascade", func(v dateCandView) []string {
		if v.cascade || v.cascadeV == "" {
			return nil
		}
		lo, hi, ok := dateBounds(v.value)
		clo, chi, cok := dateBounds(v.cascadeV)
		switch {
		case !ok || !cok:
			return nil
		case !lo.Before(clo) && !hi.After(chi):
			return []string{"within:cascade"}
		case !clo.Before(lo) && !chi.After(hi):
			return []string{"holds:cascade"}
		}
		return nil
	}},
	{"range", "a range's ends and length: range:start=own-clause, range:end=published-day, range:days=3, range&visit", func(v dateCandView) []string {
		if v.startBest == "" {
			return nil
		}
		d := strconv.Itoa(v.days)
		if v.days >= 4 {
			d = "4+"
		}
		return []string{"range:start=" + v.startBest, "range:end=" + v.endBest, "range:days=" + d, "range&" + v.typ, "range&" + v.tense()}
	}},
	{"trip", "a range as long as the trip its sentence names: range:trip-length", func(v dateCandView) []string {
		if v.startBest != "" && v.tripDays > 0 && v.days == v.tripDays {
			return []string{"range:trip-length"}
		}
		return nil
	}},
	{"trip-cue", "a trip range's reading joined to the sentence's trip words: trip-from&travel, trip-to&end, trip-from&none", func(v dateCandView) []string {
		var out []string
		for _, r := range v.rules {
			if r != "trip-from" && r != "trip-to" {
				continue
			}
			if len(v.tripCues) == 0 {
				out = append(out, r+"&none")
			}
			for _, cue := range v.tripCues {
				out = append(out, r+"&"+cue)
			}
		}
		return out
	}},
	{"mention", "what a mention of it in the story says: mention:party (its sentence names a party of the event), mention:said (a saying's day)", func(v dateCandView) []string {
		var out []string
		if v.party {
			out = append(out, "mention:party")
		}
		if v.said {
			out = append(out, "mention:said")
		}
		return out
	}},
	{"count", "how many candidates the event has, joined to the cascade's choice: cands:2&cascade, cands:4+&cascade", func(v dateCandView) []string {
		if !v.cascade {
			return nil
		}
		n := strconv.Itoa(v.n)
		if v.n >= 4 {
			n = "4+"
		}
		return []string{"cands:" + n + "&cascade"}
	}},
}

// features lists the candidate's features, template by template.
func (v dateCandView) features() []string {
	var out []string
	for _, t := range dateFeatureTemplates {
		out = append(out, t.f(v)...)
	}
	return out
}

// best is the first of the candidate's readings.
func (v dateCandView) best() string {
	if len(v.rules) == 0 {
		return "none"
	}
	return v.rules[0]
}

func (v dateCandView) tense() string {
	if v.future {
		return "plan"
	}
	return "past"
}

// side places the value against the published day.
func (v dateCandView) side() string {
	if !v.hasPub {
		return "nopub"
	}
	lo, hi, ok := dateBounds(v.value)
	switch {
	case !ok:
		return "unknown"
	case hi.Before(v.pub):
		return "before"
	case lo.After(v.pub):
		return "after"
	}
	return "holds"
}

// dateGranularity names a value's granularity.
func dateGranularity(v string) string {
	switch {
	case strings.Contains(v, "/"):
		return "range"
	case strings.Contains(v, "-W"):
		return "week"
	case len(v) == 10:
		return "day"
	case len(v) == 7 && (v[5] == 'Q' || v[5] == 'H'):
		return "quarter"
	case len(v) == 7:
		return "month"
	case len(v) == 4:
		return "year"
	}
	return "other"
}

// dateRankFormat is date_rank.tsv's format (tables/README.md, "Learned
// tables"): the switch "on".
var dateRankFormat = linearFormat{
	model:     "date ranker",
	switchRow: "on",
	switchDoc: "1 (the ranker decides) or 0 (the cascade decides)",
}

// loadDateRank reads a row of date_rank.tsv.
func (lx *lexicon) loadDateRank(r row) error { return lx.dateRank.row(&dateRankFormat, r) }

// dateProb is the probability the ranker t gives a candidate with these
// features (a feature listed twice counts once, as in training).
func dateProb(t *linearTable, features []string) float64 {
	z := t.bias
	seen := make(map[string]bool, len(features))
	for _, f := range features {
		if !seen[f] {
			seen[f] = true
			z += t.weights[f]
		}
	}
	return sigmoid(z)
}

// dateCandidates lists every reading's date for the draft, the cascade's
// value among them (marked), each with its features and score, in
// dateCandRules order of their first reading; nil when the cascade gave
// the draft no date.
func (r *eventRun) dateCandidates(c *eventDraft) []DateCandidate {
	d := r.d
	if c.date == "" {
		return nil
	}
	type prop struct {
		value, rule, form string
		party, said       bool
	}
	var props []prop
	add := func(rule, v, form string) {
		if v != "" {
			props = append(props, prop{value: v, rule: rule, form: form})
		}
	}
	// a sentence names one of the event's parties
	partyIn := map[int]bool{}
	names := func(si int) bool {
		if v, ok := partyIn[si]; ok {
			return v
		}
		s := d.sent[si]
		found := false
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			if e := d.entityOf(m); e != nil && contains(c.parts, e.canon) {
				found = true
				break
			}
		}
		partyIn[si] = found
		return found
	}
	tiers := func(prefix string, s span) {
		for tier, k := range d.nearestDateTiers(s, c.tr) {
			if k < 0 || d.dates[k].value == "" {
				continue
			}
			form := "relative"
			if strings.ContainsAny(d.dates[k].text, "0123456789") {
				form = "absolute"
			}
			add(prefix+dateCandRules[tier], d.dates[k].value, form)
		}
	}
	if c.rule != "told-before" {
		tiers("", c.attrs)
		tiers("sentence-", span{c.s.t0, c.s.t1})
	}
	if dm := r.ownVagueTime(c); dm != nil {
		add("own-week", weekDate(dm.value), "relative")
	}
	add("live-entry", d.liveDay(c.si), "")
	add("main-event", r.mainDate, "")
	if e := r.backReference(c); e != nil {
		add("back-reference", e.Date, "")
	}
	add("event-anchor", r.eventAnchor(c), "")
	if e := r.partiesEvent(c); e != nil {
		add("parties-event", e.Date, "")
	}
	add("scene-focal", c.sceneDate[0], "")
	add("scene-any", c.sceneDate[1], "")
	add("main-event-lede", r.storyDate, "")
	if d.ref.hasDay {
		add("published-day", d.ref.t.Format("2006-01-02"), "")
	}
	// the dates of the neighbouring sentences and the rest of the story
	for _, dm := range d.dates {
		if dm.value == "" || dm.coarse || dm.span.t0 < d.bodyTok || d.inDateline(dm.span.t0) {
			continue
		}
		rule := "story-elsewhere"
		switch n := d.toks[dm.span.t0].sent - c.si; {
		case n == 0:
			continue // the sentence's own: its tiers above
		case n >= -2 && n < 0:
			rule = "sentence-before-" + strconv.Itoa(-n)
		case n > 0 && n <= 2:
			rule = "sentence-after-" + strconv.Itoa(n)
		}
		form := "relative"
		if strings.ContainsAny(dm.text, "0123456789") {
			form = "absolute"
		}
		props = append(props, prop{value: dm.value, rule: rule, form: form, party: names(d.toks[dm.span.t0].sent), said: d.reportDate(dm.span)})
	}
	// a trip of the length its sentence names, from or to a day of the
	// sentence
	trip := d.tripLength(c)
	if trip > 1 {
		for _, p := range props {
			day, err := time.Parse("2006-01-02", p.value)
			if err != nil || ruleRank(p.rule) > dateRuleRank["sentence-other-verb"] {
				continue
			}
			add("trip-from", p.value+"/"+day.AddDate(0, 0, trip-1).Format("2006-01-02"), "")
			add("trip-to", day.AddDate(0, 0, 1-trip).Format("2006-01-02")+"/"+p.value, "")
		}
	}
	// one candidate per value, its readings in the cascade's order
	byValue := map[string]int{}
	var cands []DateCandidate
	var views []dateCandView
	for _, p := range props {
		i, ok := byValue[p.value]
		if !ok {
			i = len(cands)
			byValue[p.value] = i
			cands = append(cands, DateCandidate{Value: p.value})
			views = append(views, dateCandView{value: p.value})
		}
		if !contains(cands[i].Rules, p.rule) {
			cands[i].Rules = append(cands[i].Rules, p.rule)
		}
		if views[i].form == "" || p.form == "absolute" {
			views[i].form = p.form
		}
		views[i].party = views[i].party || p.party
		views[i].said = views[i].said || p.said
	}
	cues := d.tripCues(c.s)
	// ranges: a day candidate to a later one, at most maxRangeDays on
	type day struct {
		k int
		t time.Time
	}
	var days []day
	for k, cd := range cands {
		if t, err := time.Parse("2006-01-02", cd.Value); err == nil {
			days = append(days, day{k, t})
		}
	}
	type rng struct {
		start, end int
		days       int
	}
	var ranges []rng
	for _, a := range days {
		for _, b := range days {
			if b.t.After(a.t) && b.t.Sub(a.t) <= maxRangeDays*24*time.Hour {
				ranges = append(ranges, rng{a.k, b.k, int(b.t.Sub(a.t).Hours()/24) + 1})
			}
		}
	}
	for _, g := range ranges {
		v := cands[g.start].Value + "/" + cands[g.end].Value
		i, ok := byValue[v]
		if !ok {
			// a new value; one a trip gave already takes the range's reading too
			i = len(cands)
			byValue[v] = i
			cands = append(cands, DateCandidate{Value: v})
			views = append(views, dateCandView{value: v})
		}
		cands[i].Rules = append(cands[i].Rules, "range")
		views[i].startBest, views[i].endBest = firstRule(cands[g.start].Rules), firstRule(cands[g.end].Rules)
		views[i].days = g.days
	}
	i, ok := byValue[c.date]
	if !ok {
		// the cascade's value is shaped (a trip's range, an anchor's
		// shift) or comes by a reading none of the above gives
		i = len(cands)
		cands = append(cands, DateCandidate{Value: c.date, Rules: []string{"cascade-" + c.dateReading()}})
		views = append(views, dateCandView{value: c.date})
	}
	cands[i].Cascade = true
	trigger := "noun"
	switch {
	case c.title:
		trigger = "title"
	case c.tr.verb:
		trigger = "verb"
	}
	for k := range cands {
		views[k].tripDays, views[k].tripCues = trip, cues
		sort.SliceStable(cands[k].Rules, func(a, b int) bool { return ruleRank(cands[k].Rules[a]) < ruleRank(cands[k].Rules[b]) })
		v := views[k]
		v.rules, v.cascade, v.n = cands[k].Rules, cands[k].Cascade, len(cands)
		v.typ, v.future, v.trigger, v.cascadeV = c.tr.typ, c.future, trigger, c.date
		v.pub, v.hasPub = d.ref.t, d.ref.hasDay
		cands[k].Features = v.features()
		cands[k].Score = dateProb(&r.lx.dateRank, cands[k].Features)
	}
	return cands
}

// tripLength is the length in days of a trip the draft's sentence names:
// before its trigger ("a three-day visit"), in a for-phrase after it
// ("arrived on Tuesday for a two-day visit"), else anywhere in it ("a
// five-day tour", "two days of talks", "spent three days"); 0 for none.
func (d *document) tripLength(c *eventDraft) int {
	if n := d.tripDays(c.tr, c.s); n > 0 {
		return n
	}
	if n := d.forTripDays(c.tr, c.s); n > 0 {
		return n
	}
	for k := c.s.t0; k < c.s.t1; k++ {
		if n, _ := d.dayCount(k); n > 0 {
			return n // "a five-day tour"
		}
		if k+1 < c.s.t1 && d.toks[k+1].lower == "days" {
			n, ok := d.lx.dateWord(dwNumber, d.toks[k].lower)
			if !ok {
				n, _ = strconv.Atoi(d.toks[k].lower)
			}
			if n >= 2 && n <= 60 {
				return n // "two days of talks"
			}
		}
	}
	return 0
}

// tripCues lists the kinds of trip words sentence s has: start (a start
// cue: "began", "beginning"), end (an end cue: "wrapped up", "concluded"),
// travel (a travel verb: "arrived", "flew") and depart (a verb of leaving:
// "left").
func (d *document) tripCues(s sentence) []string {
	var out []string
	if d.cueNear(d.lx, s.t0, s.t0, s.t1, cueTripStart) {
		out = append(out, "start")
	}
	if d.cueNear(d.lx, s.t0, s.t0, s.t1, cueTripEnd) {
		out = append(out, "end")
	}
	travel, depart := false, false
	for k := s.t0; k < s.t1; k++ {
		l := d.toks[k].lower
		travel = travel || d.lx.is(l, wcTravel, wcMotion)
		depart = depart || d.lx.is(l, wcDepart)
	}
	if travel {
		out = append(out, "travel")
	}
	if depart {
		out = append(out, "depart")
	}
	return out
}

// firstRule is the first of readings in the cascade's order.
func firstRule(rules []string) string {
	best := ""
	for _, r := range rules {
		if best == "" || ruleRank(r) < ruleRank(best) {
			best = r
		}
	}
	return best
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// sceneBefore notes, once the draft's own date is read and before it moves
// the scene, the dates the scene of its tense holds: the focal person's
// event's and any event's, the readings scene-focal and scene-any.
func (r *eventRun) sceneBefore(c *eventDraft) {
	if r.lx.dateRank.on || r.d.dateCands || r.d.explain {
		sc := r.sceneOf(c)
		c.sceneDate = [2]string{sc.date, sc.anyDate}
	}
}

// ruleRank is a reading's place in the cascade's order; the cascade's own
// reading when it is none of dateCandRules comes last.
func ruleRank(rule string) int {
	if n, ok := dateRuleRank[rule]; ok {
		return n
	}
	return len(dateCandRules)
}

// rankDate (the date ranker) weighs the draft's date candidates when the
// ranker is on, explains or collects them: the best-scoring one becomes
// its date when date_rank.tsv turns the ranker on and it scores above the
// cascade's; the cascade's choice stands on a tie.
func (r *eventRun) rankDate(c *eventDraft) {
	d := r.d
	rk := &r.lx.dateRank
	if c.date == "" || !(rk.on || d.dateCands || d.explain) {
		return
	}
	cands := r.dateCandidates(c)
	if d.dateCands {
		c.dateCands = cands
		return // training reads the cascade's choices
	}
	if len(cands) < 2 {
		return
	}
	best, casc := -1, -1
	for i, k := range cands {
		if k.Cascade {
			casc = i
		}
		if best < 0 || k.Score > cands[best].Score {
			best = i
		}
	}
	if best == casc || cands[best].Score <= cands[casc].Score {
		return
	}
	b, o := cands[best], cands[casc]
	line := fmt.Sprintf("date %s by learned ranker (rules %s; score %.2f) over %s (%s; score %.2f)",
		b.Value, strings.Join(b.Rules, ", "), b.Score, o.Value, strings.Join(o.Rules, ", "), o.Score)
	if !rk.on {
		if d.explain {
			c.vias = append(c.vias, "date ranker off (date_rank.tsv): it would pick "+strings.TrimPrefix(line, "date "))
		}
		return
	}
	d.tracef("S%d %s %q: %s", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), line)
	c.date, c.ranked = b.Value, line
}
