package extract

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The pair reader's candidates and features (reader.go decides). Every
// sentence is read for pairs of entities that may be an event's parties —
// persons, organizations, countries — and each pair, for each event type
// the rule passes did not already give it, is described by named feature
// templates (readerTemplates): the lemmas between the two mentions and
// around them, the nearest verb, the sentence's cue words (word classes and
// event cues of the tables), whether a frames.tsv lemma of the type stands
// in it, the pair's kinds and distance, the sentence's place in the story,
// its date and place, the rule events near it, coordination, and the
// pair's mention counts. A pair's candidate in the article unites the
// features of every sentence that names both.

// readerTemplates names the feature templates, each a prefix of the
// features it makes (conjoined with the event type: "meeting|btw=meet").
var readerTemplates = []string{
	"bias",   // every candidate of the type
	"kinds",  // the pair's entity kinds: person+person, org+country...
	"btw",    // a lemma between the two mentions (at most readerGap tokens apart; else btw=far)
	"pre",    // a lemma of the two tokens before the first mention
	"post",   // a lemma of the two tokens after the second
	"verb",   // the nearest verb's lemma (between, else after, else before)
	"vtag",   // its tag and where it stands: VBD@between
	"cue",    // a cue of the sentence: a word class (future, negation, modal, report, prospective) or an event cue (hope, deny, ...)
	"frame",  // a frames.tsv trigger of the type stands in the sentence (same), only of another type (other), none
	"dist",   // the token distance between the mentions, bucketed
	"pos",    // the sentence: title, lede, first of a paragraph, body
	"date",   // the sentence has a date
	"place",  // the sentence names a place besides the pair
	"rule",   // a rule event in the sentence (sent), with one of the pair (pair), of the type with one of the pair (pairtype)
	"coord",  // only "and" or a comma between the mentions ("X and Y met")
	"count",  // the fewer mentions of the two in the article, bucketed
	"nsent",  // how many sentences name both, bucketed
	"quoted", // a mention inside a quotation
	"trig",   // where the nearest trigger of the type stands to the pair: between, near (within readerNear tokens outside), far, none
	"tlemma", // that trigger's frame lemma
	"titled", // how many of the pair are persons with a title (0, 1, 2)
}

// readerNear is how far outside the pair a trigger is near it.
const readerNear = 8

// readerGap is the most tokens between two mentions whose words are read
// one by one; farther pairs get btw=far.
const readerGap = 10

// readerMaxEntities bounds the entities of one sentence that are paired.
const readerMaxEntities = 8

// pairCand is one (pair, type) candidate of an article. Its features are
// kept without the type they are conjoined with (pairReader.score adds it).
type pairCand struct {
	typ      string
	ti       int     // typ's index in readerTypes
	a, b     *entity // a.canon < b.canon
	sents    []int   // the sentences that name both, in order
	spans    [][2]span
	feats    []string    // the union over its sentences, sorted (each once)
	perSent  []sentFeats // each sentence's own features
	art      [2]string   // the article's: count and nsent
	p        float64
	best     int // index into sents of the sentence the reader reads it from
	proposed bool
}

// sentFeats are a candidate's features in one sentence: those its pair
// has whatever the type (shared by the pair's three candidates) and those
// of its type.
type sentFeats struct {
	base  []string
	extra [5]string
}

// readerKey names a candidate: its type and its pair.
type readerKey struct {
	ti   int
	a, b string
}

// readerKind is an entity's kind as the reader names it, or "" for one
// that is no party (a city, a region, a date).
func readerKind(e *entity) string {
	switch e.typ {
	case Person:
		return "person"
	case Organization:
		return "org"
	case Location:
		if e.kind == "country" {
			return "country"
		}
	}
	return ""
}

// pairCandidates lists the article's (pair, type) candidates: every pair
// of party entities named in one sentence, for each event type no event of
// d.events of that type already has both of as participants.
func (r *eventRun) pairCandidates(order []int, isTitle map[int]bool, firstSent int) []*pairCand {
	d, lx := r.d, r.lx
	byKey := map[readerKey]*pairCand{}
	var out []*pairCand
	rules := d.ruleEvents()
	type named struct {
		e  *entity
		sp span
	}
	var ents, at []named // the sentence's parties (each once), and every mention of one
	var places []*entity
	for _, si := range order {
		s := d.sent[si]
		ents, places, at = ents[:0], places[:0], at[:0]
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			e := d.entityOf(m)
			if e == nil {
				continue
			}
			if e.typ == Location {
				places = append(places, e)
			}
			if readerKind(e) == "" {
				continue
			}
			at = append(at, named{e, m.span})
			dup := false
			for _, n := range ents {
				if n.e == e || n.e.canon == e.canon {
					dup = true
				}
			}
			if !dup && len(ents) < readerMaxEntities {
				ents = append(ents, named{e, m.span})
			}
		}
		if len(ents) < 2 {
			continue
		}
		inQuote := map[*entity]bool{}
		if quoted := d.quotedSpans(s); len(quoted) > 0 {
			for _, n := range at {
				if inSpans(quoted, n.sp.t0) {
					inQuote[n.e] = true
				}
			}
		}
		shared := r.sentenceFeatures(si, isTitle[si], firstSent)
		sentRule := rules.sent[s.start]
		for i := 0; i < len(ents); i++ {
			for j := i + 1; j < len(ents); j++ {
				x, y := ents[i], ents[j]
				if x.sp.t0 > y.sp.t0 {
					x, y = y, x
				}
				a, b := x.e, y.e
				if a.canon > b.canon {
					a, b = b, a
				}
				var base []string
				for ti, typ := range readerTypes {
					key := readerKey{ti, a.canon, b.canon}
					if rules.covered[key] {
						continue
					}
					if base == nil {
						base = d.pairFeatures(lx, s, x.e, y.e, x.sp, y.sp, places)
						if inQuote[x.e] || inQuote[y.e] {
							base = append(base, "quoted")
						}
						base = append(base, shared.all...)
					}
					pc := byKey[key]
					if pc == nil {
						pc = &pairCand{typ: typ, ti: ti, a: a, b: b}
						byKey[key] = pc
						out = append(out, pc)
					}
					pc.sents = append(pc.sents, si)
					pc.spans = append(pc.spans, [2]span{x.sp, y.sp})
					where, lemma := shared.nearestTrigger(ti, x.sp, y.sp)
					pc.perSent = append(pc.perSent, sentFeats{base: base, extra: [5]string{"bias", shared.frame[ti], rules.feature(ti, a.canon, b.canon, sentRule),
						where, lx.lemmas.feature("tlemma", lemma)}})
				}
			}
		}
	}
	for _, pc := range out {
		n := min(pc.a.count, pc.b.count)
		all := make([]string, 0, (len(pc.perSent[0].base)+3)*len(pc.perSent)+2)
		for _, fs := range pc.perSent {
			all = append(append(all, fs.base...), fs.extra[:]...)
		}
		pc.art = [2]string{"count=" + readerBucket(n, 1, 2, 4), "nsent=" + readerBucket(len(pc.sents), 1, 2, 3)}
		all = append(all, pc.art[:]...)
		sort.Strings(all)
		pc.feats = all[:0]
		for i, f := range all {
			if i == 0 || f != all[i-1] {
				pc.feats = append(pc.feats, f)
			}
		}
	}
	return out
}

// readerTypes are the event types the reader proposes.
var readerTypes = []string{Meeting, Visit, Agreement}

// readerBucket names n by the least of the bounds it reaches: "1", "2", "4+".
func readerBucket(n int, bounds ...int) string {
	out := "0"
	for i, b := range bounds {
		if n >= b {
			out = strconv.Itoa(b)
			if i == len(bounds)-1 {
				out += "+"
			}
		}
	}
	return out
}

// readerRules is what the reader asks of the rule events: the pairs each
// type's events have among their participants, the types each party's
// events have, and the sentences with an event.
type readerRules struct {
	covered map[readerKey]bool // by type and pair, a < b
	types   map[string]uint8   // party -> bit i: an event of readerTypes[i]; bit 3: any
	sent    map[int]bool       // a sentence's first byte
}

// ruleEvents reads d.events for the reader.
func (d *document) ruleEvents() readerRules {
	out := readerRules{covered: map[readerKey]bool{}, types: map[string]uint8{}, sent: map[int]bool{}}
	for _, ev := range d.events {
		bit, ti := uint8(1<<3), -1
		for i, t := range readerTypes {
			if ev.Type == t {
				bit, ti = bit|1<<i, i
			}
		}
		for i, p := range ev.Participants {
			out.types[p.Name] |= bit
			for _, q := range ev.Participants[i+1:] {
				a, b := p.Name, q.Name
				if a > b {
					a, b = b, a
				}
				if ti >= 0 {
					out.covered[readerKey{ti, a, b}] = true
				}
			}
		}
		if ev.SentenceSpan != nil {
			out.sent[ev.SentenceSpan[0]] = true
		}
	}
	return out
}

// feature says how the rule events stand to the pair: one of the type
// with one of the pair, one of any type with one of the pair, one in the
// sentence, none.
func (rr readerRules) feature(ti int, a, b string, inSentence bool) string {
	m := rr.types[a] | rr.types[b]
	switch {
	case m&(1<<ti) != 0:
		return "rule=pairtype"
	case m != 0:
		return "rule=pair"
	case inSentence:
		return "rule=sent"
	}
	return "rule=none"
}

// sentFeatures are a sentence's features shared by its pairs.
type sentFeatures struct {
	all   []string
	frame [3]string // by readerTypes index: frame=same|other|none
	trigs []readerTrig
}

// readerTrig is a trigger of the sentence: where it starts and ends, its
// type's index and its frame's lemma.
type readerTrig struct {
	t0, t1, ti int
	lemma      string
}

// nearestTrigger says where the trigger of type ti nearest the pair
// stands (trig=between, near, far or none) and its lemma ("" for none).
func (sf *sentFeatures) nearestTrigger(ti int, xs, ys span) (string, string) {
	best, dist := -1, 0
	for i, t := range sf.trigs {
		if t.ti != ti {
			continue
		}
		d := 0
		switch {
		case t.t0 >= xs.t1 && t.t1 <= ys.t0:
			d = 0
		case t.t1 <= xs.t0:
			d = xs.t0 - t.t1 + 1
		case t.t0 >= ys.t1:
			d = t.t0 - ys.t1 + 1
		default:
			continue // inside a mention
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	switch {
	case best < 0:
		return "trig=none", "none"
	case dist == 0:
		return "trig=between", sf.trigs[best].lemma
	case dist <= readerNear:
		return "trig=near", sf.trigs[best].lemma
	}
	return "trig=far", sf.trigs[best].lemma
}

// sentenceFeatures reads what a sentence says whatever the pair: its
// cues, frames, position, date and place.
func (r *eventRun) sentenceFeatures(si int, title bool, firstSent int) sentFeatures {
	d, lx := r.d, r.lx
	s := d.sent[si]
	var all []string
	cues := map[string]bool{}
	types := map[string]bool{}
	var trigs []readerTrig
	for k := s.t0; k < s.t1; k++ {
		w := d.toks[k].lower
		for _, c := range readerCueClasses {
			if lx.is(w, c.class) {
				cues[c.name] = true
			}
		}
		if n, v := lx.cues.longest(d.toks, k, s.t1); n > 0 && v > 0 && v < len(readerCueEffects) {
			cues[readerCueEffects[v]] = true
		}
		if n, v := lx.triggers.longest(d.toks, k, s.t1); n > 0 && v >= 0 {
			for _, ref := range lx.formSets[v] {
				f := &lx.frames[ref.frame]
				types[f.typ] = true
				for ti, typ := range readerTypes {
					if typ == f.typ {
						trigs = append(trigs, readerTrig{k, k + n, ti, f.lemma})
					}
				}
			}
		}
	}
	for c := range cues {
		all = append(all, "cue="+c)
	}
	sort.Strings(all)
	switch {
	case title:
		all = append(all, "pos=title")
	case si == firstSent:
		all = append(all, "pos=lede")
	case d.toks[s.t0].para:
		all = append(all, "pos=para1")
	default:
		all = append(all, "pos=body")
	}
	for _, dm := range d.dates {
		if dm.span.t0 >= s.t0 && dm.span.t0 < s.t1 && !dm.coarse {
			all = append(all, "date")
			break
		}
	}
	var frame [3]string
	for ti, typ := range readerTypes {
		switch {
		case types[typ]:
			frame[ti] = "frame=same"
		case len(types) > 0:
			frame[ti] = "frame=other"
		default:
			frame[ti] = "frame=none"
		}
	}
	return sentFeatures{all: all, frame: frame, trigs: trigs}
}

// readerCueClasses are the word classes whose presence in a sentence the
// reader notes.
var readerCueClasses = []struct {
	name  string
	class wordClass
}{{"future", wcFuture}, {"negation", wcNegation}, {"modal", wcModal}, {"report", wcReport}, {"prospective", wcProspective}, {"pastref", wcPastRef}}

// readerCueEffects name the effects of event_cues.tsv (cueEffect order)
// as the reader's cue features do.
var readerCueEffects = []string{"", "negate", "hope", "will", "deny", "condition", "reported", "tripstart", "tripend", "distinct", "postpone", "repeat", "dropped"}

// pairFeatures describes one pair in one sentence: x stands before y.
func (d *document) pairFeatures(lx *lexicon, s sentence, x, y *entity, xs, ys span, places []*entity) []string {
	ka, kb := readerKind(x), readerKind(y)
	if ka > kb {
		ka, kb = kb, ka
	}
	titled := 0
	for _, e := range []*entity{x, y} {
		if e.typ == Person && len(e.titles) > 0 {
			titled++
		}
	}
	out := []string{"kinds=" + ka + "+" + kb, "titled=" + strconv.Itoa(titled)}
	gap := ys.t0 - xs.t1
	out = append(out, "dist="+readerBucket(gap, 0, 1, 3, 6, 11, 21))
	if gap > readerGap {
		out = append(out, "btw=far")
	} else {
		coord := gap > 0
		for k := xs.t1; k < ys.t0; k++ {
			out = append(out, lx.lemmas.feature("btw", d.readerLemma(lx, k)))
			if w := d.toks[k].lower; w != "and" && w != "," && w != "&" {
				coord = false
			}
		}
		if coord {
			out = append(out, "coord")
		}
	}
	for k := max(s.t0, xs.t0-2); k < xs.t0; k++ {
		out = append(out, lx.lemmas.feature("pre", d.readerLemma(lx, k)))
	}
	for k := ys.t1; k < min(s.t1, ys.t1+2); k++ {
		out = append(out, lx.lemmas.feature("post", d.readerLemma(lx, k)))
	}
	verb, where := -1, ""
	for k := xs.t1; k < ys.t0 && verb < 0; k++ {
		if strings.HasPrefix(d.toks[k].tag, "VB") {
			verb, where = k, "between"
		}
	}
	for k := ys.t1; k < min(s.t1, ys.t1+6) && verb < 0; k++ {
		if strings.HasPrefix(d.toks[k].tag, "VB") {
			verb, where = k, "after"
		}
	}
	for k := xs.t0 - 1; k >= max(s.t0, xs.t0-6) && verb < 0; k-- {
		if strings.HasPrefix(d.toks[k].tag, "VB") {
			verb, where = k, "before"
		}
	}
	if verb >= 0 {
		out = append(out, lx.lemmas.feature("verb", d.readerLemma(lx, verb)), "vtag="+d.toks[verb].tag+"@"+where)
	} else {
		out = append(out, "verb=none")
	}
	for _, e := range places {
		if e != x && e != y {
			out = append(out, "place")
			break
		}
	}
	return out
}

// readerLemma is token k's lemma as the reader names it: a frame's lemma
// for a trigger form ("met": meet), a verb's or plural noun's lemma by the
// morphology (inflectVerb, inflectNoun, irregular_verbs.tsv), "#" for a
// number, "NAME" for another capitalised word inside the sentence, else
// the word in lower case.
func (d *document) readerLemma(lx *lexicon, k int) string {
	t := d.toks[k]
	if t.word && t.lower[0] >= '0' && t.lower[0] <= '9' {
		return "#"
	}
	if n, v := lx.triggers.longest(d.toks, k, k+1); n == 1 && v >= 0 && len(lx.formSets[v]) > 0 {
		return lx.frames[lx.formSets[v][0].frame].lemma
	}
	if t.cap && k > d.sent[t.sent].t0 && !lx.stop[t.lower] {
		return "NAME"
	}
	switch {
	case strings.HasPrefix(t.tag, "VB"):
		return lx.lemmas.verb(t.lower, lx.irregular)
	case t.tag == "NNS":
		return lx.lemmas.noun(t.lower)
	}
	return t.lower
}

// lemmaCache remembers the lemmas the reader's morphology found, by form;
// safe for concurrent use. Its zero value is ready.
type lemmaCache struct{ verbs, nouns, feats sync.Map }

// feature is the feature "tmpl=word", made once.
func (c *lemmaCache) feature(tmpl, word string) string {
	k := [2]string{tmpl, word}
	if v, ok := c.feats.Load(k); ok {
		return v.(string)
	}
	f := tmpl + "=" + word
	c.feats.Store(k, f)
	return f
}

// verb returns the verb's stem: the lemma of irregular_verbs.tsv a form
// of it belongs to ("met", "flew"), else the word less a regular ending and
// a final silent e, so that every regular form of one verb has one stem
// (discussed, discusses, discussing: discuss; praised, praise: prais;
// planned, planning: plan).
func (c *lemmaCache) verb(w string, irr map[string]irregular) string {
	if c == nil {
		return w
	}
	if v, ok := c.verbs.Load(w); ok {
		return v.(string)
	}
	out := verbStem(w, irr)
	c.verbs.Store(w, out)
	return out
}

// verbStem is verb's answer, uncached.
func verbStem(w string, irr map[string]irregular) string {
	if _, ok := irr[w]; ok {
		return w
	}
	if irregs := irregularLemmas(w, irr); len(irregs) > 0 {
		return irregs[0]
	}
	stem := w
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "es") && len(w) > 4 && strings.IndexByte("sxzh", w[len(w)-3]) >= 0:
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		stem = w[:len(w)-1]
	}
	if n := len(stem); n >= 4 && stem[n-1] == stem[n-2] && strings.IndexByte("lsze", stem[n-1]) < 0 {
		stem = stem[:n-1] // planned: plan
	}
	if n := len(stem); n >= 4 && stem[n-1] == 'e' && stem[n-2] != 'e' {
		stem = stem[:n-1] // praise: prais
	}
	return stem
}

// noun returns the singular a plural noun is the plural of, else w.
func (c *lemmaCache) noun(w string) string {
	if c == nil {
		return w
	}
	if v, ok := c.nouns.Load(w); ok {
		return v.(string)
	}
	out := w
	cand := strings.TrimSuffix(w, "s")
	switch {
	case strings.HasSuffix(w, "ies"):
		cand = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		cand = w[:len(w)-2]
	}
	if cand != w && inflectNoun(cand)[w]&formPlural != 0 {
		out = cand
	}
	c.nouns.Store(w, out)
	return out
}
