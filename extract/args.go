package extract

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/newswire/newswire/internal/learn"
)

// The learned argument reader: which entities are an event's parties.
//
// The party rules (events_parties.go) give each draft its cascade's set.
// When the reader is on (args.tsv's "on" row is 1), every
// participant-eligible entity near the draft becomes a candidate — the
// persons, organizations and countries mentioned in its sentence, the two
// sentences before it and the headline and lede, the cascade's own
// parties, and the persons the article links to a candidate country or
// organization (their employer or nation) — described by the named feature
// templates argTemplates. A logistic regression (internal/learn, trained
// by `go run ./cmd/newswire-train args`) gives each candidate a
// probability; the parties become the candidates at or above the table's
// threshold, the cascade's kept ones first in its order, then the others
// in the order the article first names them. The cascade's set stays when
// that gives fewer than two parties for a meeting or an agreement, or none
// for a visit (ArgsGuard), and for a draft the cascade splits into
// several events. --explain and --trace name the choice.
//
// Fill-only (the "on" row is 2): the reader never touches a draft the
// cascade gave parties; it reads only the drafts no party rule gives a
// valid set (which the cascade drops unpublished, enoughParties), the
// same candidates and weights with none of them in the cascade's set,
// and gives such a draft the candidates at or above the threshold when
// they are enough for its type (ArgsGuard); its rule is then
// argsFillRule, which --trace and --explain name.
//
// Off (the default), nothing here runs unless a caller collects the
// candidates (ArgsDrafts), and then the draft is left as it was.

// argCand is one candidate party of a draft.
type argCand struct {
	name    string
	typ     string // PERSON, ORGANIZATION, LOCATION, or "" (a party no entity names)
	e       *entity
	dist    int  // sentences between its nearest mention and the draft's (0..2), -1: none in reach
	lede    bool // named in the headline or lede
	at      int  // its nearest mention's first token, -1: none
	first   int  // its first mention's token, for the order
	cascade bool // one of the cascade's parties
	linked  bool // a person acting for a candidate country or organization, named nowhere in reach
	feats   []string
	p       float64
}

// argTemplate is one feature template of the reader.
type argTemplate struct {
	name, doc string
	feats     func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string
}

// argTemplates is the one visible list of the reader's feature templates;
// a feature is "name=value" (conjunctions join with "&").
var argTemplates = []argTemplate{
	{"cascade", "in the cascade's set (1) or not (0)", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		return []string{"cascade=" + b01(k.cascade)}
	}},
	{"kind", "the candidate's kind: person, organization, country, location, unknown", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		return []string{"kind=" + argKind(k)}
	}},
	{"type&kind", "the event type and the candidate's kind", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		return []string{"type=" + c.tr.typ + "&kind=" + argKind(k)}
	}},
	{"type&cascade&kind", "the event type, in the cascade's set or not, and the kind", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		return []string{"type=" + c.tr.typ + "&cascade=" + b01(k.cascade) + "&kind=" + argKind(k)}
	}},
	{"dist", "sentences from its nearest mention in reach to the draft's: 0, 1, 2, or none", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		return []string{"dist=" + argDist(k)}
	}},
	{"cascade&dist", "in the cascade's set or not, and the sentence distance", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		return []string{"cascade=" + b01(k.cascade) + "&dist=" + argDist(k)}
	}},
	{"side&prev", "in the draft's sentence: before or after the trigger, and the tag class of the word before the mention (preposition, conjunction, comma, possessive, verb, other)", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.dist != 0 || k.at < 0 {
			return nil
		}
		side := "after"
		if k.at < c.tr.t0 {
			side = "before"
		}
		return []string{"side=" + side + "&prev=" + r.d.prevClass(k.at, c.s.t0)}
	}},
	{"gap", "tokens between its mention and the trigger in the draft's sentence: 0-3, 4-8, 9-15, 16+", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.dist != 0 || k.at < 0 {
			return nil
		}
		g := c.tr.t0 - k.at
		if k.at >= c.tr.t1 {
			g = k.at - c.tr.t1
		}
		switch {
		case g <= 3:
			return []string{"gap=0-3"}
		case g <= 8:
			return []string{"gap=4-8"}
		case g <= 15:
			return []string{"gap=9-15"}
		}
		return []string{"gap=16+"}
	}},
	{"clause", "named in the trigger's clause (clauseSpan)", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.name != "" && r.d.namedIn(k.name, r.d.clauseSpan(c)) {
			return []string{"clause"}
		}
		return nil
	}},
	{"actsfor", "a person whose employer or country is in the cascade's set (kind of that party)", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.e == nil || k.typ != Person {
			return nil
		}
		for _, o := range ks {
			if o.cascade && o != k && actsFor(k.e, o.name) {
				return []string{"actsfor=" + argKind(o)}
			}
		}
		return nil
	}},
	{"actedby&cascade", "a country or organization a candidate person acts for (that person in the cascade's set or not)", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.typ == Person {
			return nil
		}
		for _, o := range ks {
			if o.e != nil && o.typ == Person && actsFor(o.e, k.name) {
				return []string{"actedby&cascade=" + b01(o.cascade)}
			}
		}
		return nil
	}},
	{"titled", "a person the article gives a title", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.e != nil && k.typ == Person && len(k.e.titles) > 0 {
			return []string{"titled"}
		}
		return nil
	}},
	{"mentions", "how often the article names it: 1, 2, 3+", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		n := 1
		if k.e != nil && k.e.count > 0 {
			n = k.e.count
		}
		return []string{"mentions=" + bucket(n, 3)}
	}},
	{"lede", "named in the headline or the lede", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.lede {
			return []string{"lede"}
		}
		return nil
	}},
	{"linked", "a person acting for a candidate, named nowhere in reach", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.linked {
			return []string{"linked"}
		}
		return nil
	}},
	{"dateline", "named in the dateline", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if k.name != "" && !r.d.dateline.empty() && r.d.namedIn(k.name, r.d.dateline) {
			return []string{"dateline"}
		}
		return nil
	}},
	{"held", "a party of the sentence's earlier event, not of the cascade's set", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		if !k.cascade && contains(r.sentParts, k.name) {
			return []string{"held"}
		}
		return nil
	}},
	{"cascadekinds&kind", "the kinds in the cascade's set and the candidate's kind", func(r *eventRun, c *eventDraft, k *argCand, ks []*argCand) []string {
		kinds := map[string]bool{}
		for _, o := range ks {
			if o.cascade {
				kinds[argKind(o)] = true
			}
		}
		var ns []string
		for n := range kinds {
			ns = append(ns, n)
		}
		sort.Strings(ns)
		return []string{"cascadekinds=" + strings.Join(ns, "+") + "&kind=" + argKind(k)}
	}},
}

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// argKind is a candidate's kind for the features.
func argKind(k *argCand) string {
	switch k.typ {
	case Person:
		return "person"
	case Organization:
		return "organization"
	case Location:
		if k.e != nil && k.e.kind == "country" {
			return "country"
		}
		return "location"
	}
	return "unknown"
}

func argDist(k *argCand) string {
	if k.dist < 0 {
		return "none"
	}
	return strconv.Itoa(k.dist)
}

// actsFor: the person's employer or country (as the article links them)
// is the party named name.
func actsFor(p *entity, name string) bool {
	return name != "" && (strings.EqualFold(p.org, name) || strings.EqualFold(p.nation, name))
}

// prevClass is the tag class of the token before t in its sentence
// (from s0): in (a preposition), cc, comma, pos (a possessive), verb,
// start, other.
func (d *document) prevClass(t, s0 int) string {
	if t <= s0 || t-1 >= len(d.toks) {
		return "start"
	}
	p := d.toks[t-1]
	switch {
	case p.tag == "IN" || p.tag == "TO":
		return "in"
	case p.tag == "CC":
		return "cc"
	case p.text == ",":
		return "comma"
	case p.tag == "POS":
		return "pos"
	case strings.HasPrefix(p.tag, "VB"):
		return "verb"
	}
	return "other"
}

// argEligible: an entity the guidelines allow as a party.
func argEligible(e *entity) bool {
	switch e.typ {
	case Person, Organization:
		return true
	case Location:
		return e.kind == "country"
	}
	return false
}

// readingArgs: the reader decides (on or fill-only), or a caller collects
// its candidates.
func (r *eventRun) readingArgs() bool {
	return r.lx.args.on || r.lx.args.fill || r.d.argsObs != nil
}

// argsFillRule names the parties the fill-only reader gave a draft no
// party rule gave any.
const argsFillRule = "args-fill"

// fillArgs runs the reader in its fill-only mode on a draft no party rule
// gave a valid set: the candidates at or above the threshold become its
// parties when ArgsChoose's guard allows them; else the draft stays as
// the cascade leaves it, without parties. A title line's draft is left
// alone: a headline names its own parties or has none (enoughParties),
// and the reader's would come from the lede.
func (r *eventRun) fillArgs(c *eventDraft) {
	if c.title || len(c.split) > 0 || len(c.parts) > 0 {
		return
	}
	d, ar := r.d, &r.lx.args
	ks := r.argCandidates(c)
	if len(ks) == 0 {
		return
	}
	ad := r.argsDraftOf(c, ks)
	ad.Fill = true
	if d.argsObs != nil {
		d.argsObs(ad)
	}
	if !ar.fill {
		return
	}
	probs := argProbs(ar, ks)
	names, ok := ArgsChoose(ad, probs, ar.threshold)
	if !ok {
		d.tracef("S%d %s: the fill-only argument reader's set %v is too few; no parties", c.si, c.tr.typ, names)
		return
	}
	var took []string
	var chosen []*argCand
	for _, n := range names {
		for _, k := range ks {
			if k.name == n {
				chosen = append(chosen, k)
				took = append(took, fmt.Sprintf("%s (%.2f)", k.name, k.p))
			}
		}
	}
	c.rule = argsFillRule
	d.tracef("S%d %s: parties %v by the learned argument reader, fill-only (no party rule held)", c.si, c.tr.typ, names)
	if d.explain {
		why := "participants by the learned argument reader, fill-only (no party rule held): " + strings.Join(took, ", ")
		if o := describeArgs(ks, false, 0); o != "" {
			why += "; candidates " + o
		}
		c.partyWhy = joinWhy(c.partyWhy, why)
	}
	// the parties only: c.persons stays the cascade's, for remember
	// copies it into the sentence's subject (r.sentParts), where a later
	// draft of the sentence would take the reader's set by a party rule
	c.parts, c.unknown = nil, map[string]bool{}
	for _, k := range chosen {
		c.parts = append(c.parts, k.name)
	}
}

// argCandidates lists the draft's candidates, the cascade's first.
func (r *eventRun) argCandidates(c *eventDraft) []*argCand {
	d := r.d
	firstSent := 0
	if d.bodyTok < len(d.toks) {
		firstSent = d.toks[d.bodyTok].sent
	}
	byName := map[string]*argCand{}
	var ks []*argCand
	add := func(name, typ string, e *entity) *argCand {
		if k := byName[name]; k != nil {
			return k
		}
		k := &argCand{name: name, typ: typ, e: e, dist: -1, at: -1, first: math.MaxInt}
		if e != nil {
			k.first = e.first
		}
		byName[name] = k
		ks = append(ks, k)
		return k
	}
	for _, p := range c.parts {
		e := d.byCanon[p]
		typ := c.partTypes[p]
		if e != nil {
			typ = e.typ
		}
		add(p, typ, e).cascade = true
	}
	note := func(si int, lede bool) {
		s := d.sent[si]
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			e := d.entityOf(m)
			if e == nil || !argEligible(e) {
				continue
			}
			k := add(e.canon, e.typ, e)
			if lede {
				k.lede = true
				continue
			}
			dist := c.si - si
			if k.dist < 0 || dist < k.dist || dist == k.dist && si == c.si && nearer(m.span.t0, k.at, c.tr.t0) {
				k.dist, k.at = dist, m.span.t0
			}
		}
	}
	for si := c.si; si >= 0 && si >= c.si-2; si-- {
		if si < len(d.sent) {
			note(si, false)
		}
	}
	for si := 0; si <= firstSent+1 && si < len(d.sent); si++ {
		note(si, true) // the headline, the dateline's line and the lede
	}
	// the persons acting for a candidate country or organization
	for _, e := range d.ents {
		if e.typ != Person || byName[e.canon] != nil {
			continue
		}
		for _, k := range ks {
			if k.typ != Person && actsFor(e, k.name) {
				add(e.canon, Person, e).linked = true
				break
			}
		}
	}
	for _, k := range ks {
		for _, t := range argTemplates {
			k.feats = append(k.feats, t.feats(r, c, k, ks)...)
		}
	}
	return ks
}

// nearer: token a is nearer the trigger at t than token b (b < 0: none).
func nearer(a, b, t int) bool {
	if b < 0 {
		return true
	}
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
		return x
	}
	return abs(a-t) < abs(b-t)
}

// ArgsGuard: the reader's set of n parties may replace the cascade's for
// an event of the type: a meeting or an agreement keeps two sides, a visit
// a visitor.
func ArgsGuard(typ string, n int) bool {
	if typ == Visit {
		return n >= 1
	}
	return n >= 2
}

// ArgsChoose is the reader's set for a draft given each candidate's
// probability: the candidates at or above the threshold, less a country or
// organization a chosen person acts for (the guidelines name the persons
// where the article names them, else organizations, else countries), the
// cascade's first in its order, then the others as the article first
// names them. ok is false when the guard (ArgsGuard) keeps the cascade's
// set instead.
func ArgsChoose(ad ArgsDraft, probs []float64, threshold float64) (names []string, ok bool) {
	var in []int
	for i := range ad.Candidates {
		if probs[i] >= threshold {
			in = append(in, i)
		}
	}
	var kept []int
	for _, i := range in {
		k := ad.Candidates[i]
		dropped := false
		for _, j := range in {
			if o := ad.Candidates[j]; o.Person && !k.Person && contains(o.ActsFor, k.Name) {
				dropped = true
				break
			}
		}
		if !dropped {
			kept = append(kept, i)
		}
	}
	sort.SliceStable(kept, func(a, b int) bool {
		x, y := ad.Candidates[kept[a]], ad.Candidates[kept[b]]
		if x.Cascade != y.Cascade {
			return x.Cascade
		}
		if x.Cascade {
			return kept[a] < kept[b] // the cascade's order
		}
		return x.First < y.First
	})
	for _, i := range kept {
		names = append(names, ad.Candidates[i].Name)
	}
	return names, ArgsGuard(ad.Type, len(names))
}

// readArgs runs the reader on a draft whose parties the cascade set.
func (r *eventRun) readArgs(c *eventDraft) {
	if len(c.split) > 0 || len(c.parts) == 0 {
		return // several events of one draft, or none: the cascade's
	}
	d, ar := r.d, &r.lx.args
	ks := r.argCandidates(c)
	ad := r.argsDraftOf(c, ks)
	if d.argsObs != nil {
		d.argsObs(ad)
	}
	if !ar.on {
		return
	}
	probs := argProbs(ar, ks)
	names, ok := ArgsChoose(ad, probs, ar.threshold)
	apply := ok && !sameNames(names, c.parts)
	if !apply {
		if d.explain {
			why := "participants: the learned argument reader kept the cascade's " + describeArgs(ks, true, 0)
			if !ok {
				why += fmt.Sprintf(" (its own set %v is too few for a %s)", names, c.tr.typ)
			}
			if o := describeArgs(ks, false, 3); o != "" {
				why += "; others " + o
			}
			c.partyWhy = joinWhy(c.partyWhy, why)
		}
		return
	}
	var left []string
	for _, k := range ks {
		if k.cascade && !contains(names, k.name) {
			left = append(left, fmt.Sprintf("%s (%.2f)", k.name, k.p))
		}
	}
	var took []string
	var chosen []*argCand
	for _, n := range names {
		for _, k := range ks {
			if k.name == n {
				chosen = append(chosen, k)
				took = append(took, fmt.Sprintf("%s (%.2f)", k.name, k.p))
			}
		}
	}
	d.tracef("S%d %s: parties %v by the learned argument reader over the cascade's %v", c.si, c.tr.typ, names, c.parts)
	if d.explain {
		why := "participants by the learned argument reader: " + strings.Join(took, ", ")
		if len(left) > 0 {
			why += "; the cascade's " + strings.Join(left, ", ") + " left out"
		}
		c.partyWhy = joinWhy(c.partyWhy, why)
	}
	// the parties only: c.persons stays the cascade's, for remember
	// copies it into the sentence's subject (r.sentParts), where a later
	// draft of the sentence would take the reader's set by a party rule
	c.parts, c.unknown = nil, map[string]bool{}
	for _, k := range chosen {
		c.parts = append(c.parts, k.name)
	}
}

// describeArgs lists the candidates in the cascade's set (or those out of
// it, the likeliest first, at most max when max > 0) with their
// probabilities, for --explain.
func describeArgs(ks []*argCand, cascade bool, max int) string {
	var sel []*argCand
	for _, k := range ks {
		if k.cascade == cascade {
			sel = append(sel, k)
		}
	}
	if !cascade {
		sort.SliceStable(sel, func(i, j int) bool { return sel[i].p > sel[j].p })
	}
	if max > 0 && len(sel) > max {
		sel = sel[:max]
	}
	out := make([]string, len(sel))
	for i, k := range sel {
		out[i] = fmt.Sprintf("%s (%.2f)", k.name, k.p)
	}
	return strings.Join(out, ", ")
}

func joinWhy(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// setArgs gives the draft the reader's parties: the persons the cascade
// shared from context stay among its persons.
func (r *eventRun) setArgs(c *eventDraft, chosen []*argCand) {
	old := c.parts
	var persons []string
	for _, p := range c.persons {
		if !contains(old, p) {
			persons = append(persons, p)
		}
	}
	unknown := map[string]bool{}
	c.parts = nil
	for _, k := range chosen {
		c.parts = append(c.parts, k.name)
		if k.typ == Person {
			persons = appendUniq(persons, k.name)
		}
		if c.unknown[k.name] {
			unknown[k.name] = true
		}
	}
	c.persons, c.unknown = persons, unknown
}

// ArgsDraft is one event draft's candidate parties, as the argument
// reader saw them (Extractor.ArgsDrafts): for training and measuring it.
type ArgsDraft struct {
	Type       string // meeting, visit, agreement
	Sentence   int    // the draft's sentence (0-based)
	Trigger    string
	Cascade    []string // the cascade's parties
	Fill       bool     // no party rule gave the draft a set: only the fill-only mode reads it
	Candidates []ArgsCandidate
}

// ArgsCandidate is one candidate party of a draft.
type ArgsCandidate struct {
	Name       string
	InSentence bool // named in the draft's sentence
	Cascade    bool // one of the cascade's parties
	Person     bool
	ActsFor    []string // the candidates (countries, organizations) a person acts for
	First      int      // where the article first names it (a token), for the order
	Features   []string // argTemplates' features
}

func (r *eventRun) argsDraftOf(c *eventDraft, ks []*argCand) ArgsDraft {
	ad := ArgsDraft{Type: c.tr.typ, Sentence: c.si, Trigger: r.d.textOf(span{c.tr.t0, c.tr.t1}), Cascade: append([]string(nil), c.parts...)}
	for _, k := range ks {
		ac := ArgsCandidate{Name: k.name, InSentence: k.dist == 0, Cascade: k.cascade, Person: k.typ == Person, First: k.first, Features: append([]string(nil), k.feats...)}
		if k.e != nil && ac.Person {
			for _, o := range ks {
				if o.typ != Person && actsFor(k.e, o.name) {
					ac.ActsFor = append(ac.ActsFor, o.name)
				}
			}
		}
		ad.Candidates = append(ad.Candidates, ac)
	}
	return ad
}

// ArgTemplate names one feature template of the argument reader.
type ArgTemplate struct{ Name, Doc string }

// ArgTemplates lists the argument reader's feature templates in order.
func ArgTemplates() []ArgTemplate {
	out := make([]ArgTemplate, len(argTemplates))
	for i, t := range argTemplates {
		out[i] = ArgTemplate{t.name, t.doc}
	}
	return out
}

// argsFormat is args.tsv's format (tables/README.md, "Learned tables"):
// the switch "on" (1: the reader decides; 2: it fills only the drafts
// the cascade leaves without parties; 0: the cascade does) and a
// "threshold" (the least probability of a party).
var argsFormat = linearFormat{
	model:     "argument reader",
	switchRow: "on",
	switchDoc: "1 (the reader chooses the parties), 2 (it fills only the drafts no party rule gave any) or 0 (the cascade does)",
	fillMode:  true,
	threshold: true,
	known:     knownArgFeature,
	templates: "argTemplates",
}

// argsRow reads one row of args.tsv.
func (lx *lexicon) argsRow(r row) error { return lx.args.row(&argsFormat, r) }

// knownArgFeature: a feature name some template of argTemplates can make.
func knownArgFeature(f string) bool {
	name := templateOf(f)
	for _, t := range argTemplates {
		if t.name == name {
			return true
		}
	}
	return false
}

// argProbs gives each candidate its probability under the table's weights
// (kept on the candidate for --explain) and returns them in order.
func argProbs(ar *linearTable, ks []*argCand) []float64 {
	probs := make([]float64, len(ks))
	for i, k := range ks {
		k.p = learn.Sigmoid(ar.score(k.feats))
		probs[i] = k.p
	}
	return probs
}
