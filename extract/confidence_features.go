package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// The features of an event the confidence model weighs: the readings the
// other passes made and --explain names. Each is made by one named
// template of confTemplates; a feature's name is its template's name,
// "=" and a value ("frame=meet", "party_rule=clause-subject-object") or
// the template's name alone for a yes/no reading ("reported"). A
// conjunction template joins two readings with "&" ("type=visit&
// party_rule=focal"). Names never hold a tab or a space.

// confFacts is what the confidence pass knows of an event: its first
// mention's readings, set when the mention is built, and what the merges
// made of the event (eventFacts), set when it is scored.
type confFacts struct {
	// the mention (build)
	frame                           string // the frame's lemma
	verb, support                   bool   // a verb trigger; a noun with a support verb ("struck a deal")
	form                            string // the trigger's form: past, third, base, participle, gerund, noun, plural
	negated, future, modal, passive bool   // the clause's verb group
	gerund, relative                bool
	roles                           []string // the clause's filled roles: subj, obj, with, between, by, ...
	reported, quoted                bool
	cues                            []string // the cue effects anywhere in the sentence (event_cues.tsv)
	infinitive                      bool     // an infinitive "to" (word class infinitive) right before the trigger or its support verb
	afterComma                      bool     // the trigger's phrase starts right after a comma or dash
	before                          string   // the word before the trigger's phrase: its word class or "word"; NAME, NUM, PUNCT, START
	rule                            string   // the party rule (partyRules)
	contextual, borrowed, unnamed   bool
	dateReading                     string // dateReadings, or how an inherited date was found
	ownDate, ownPlace               bool
	placeRule                       string
	position                        string // title, lede, early, later
	derived                         string // a visit made from another event: leg, hosted, left
	// the event (scoring)
	typ      string
	types    []string // the participants' types
	persons  int
	grain    string // the date's granularity
	age      string // the date against the published day
	place    bool
	planned  bool
	mentions int
}

// confTemplate is one named feature template.
type confTemplate struct {
	name string
	doc  string
	of   func(f *confFacts) []string
}

// confTemplates are the feature templates, in the order --explain lists
// their terms. A template's features are named after it; the training
// command weighs every value it sees, and confidence.tsv documents each.
var confTemplates = []confTemplate{
	{"type", "the event type", typeFeature},
	{"frame", "the trigger frame's lemma (frames.tsv)", func(f *confFacts) []string { return one("frame", f.frame) }},
	{"pos", "the trigger's part of speech: verb, noun, or noun with a support verb", posFeature},
	{"form", "the trigger's form (morphology): past, third, base, participle, gerund, noun, plural; ambiguous forms joined by +", func(f *confFacts) []string { return one("form", f.form) }},
	{"clause", "the clause's verb group: negated, future, modal, passive, gerund, relative; stated when none", func(f *confFacts) []string {
		var out []string
		for _, x := range []struct {
			on   bool
			name string
		}{{f.negated, "negated"}, {f.future, "future"}, {f.modal, "modal"}, {f.passive, "passive"}, {f.gerund, "gerund"}, {f.relative, "relative"}} {
			if x.on {
				out = append(out, "clause="+x.name)
			}
		}
		if len(out) == 0 {
			out = append(out, "clause=stated")
		}
		return out
	}},
	{"role", "each role the clause filled: subj, obj and the prepositions (with, between, by, to, in, at, of, poss)", func(f *confFacts) []string {
		out := make([]string, 0, len(f.roles))
		for _, r := range f.roles {
			out = append(out, "role="+r)
		}
		return out
	}},
	{"reported", "reported or alleged, not stated (event_cues.tsv report: reportedly, allegedly, according to)", flag("reported", func(f *confFacts) bool { return f.reported })},
	{"quoted", "told in a quotation by its speaker", flag("quoted", func(f *confFacts) bool { return f.quoted })},
	{"cue", "each kind of cue anywhere in the sentence (event_cues.tsv): negate, hope, future, deny, condition, report, start, end, distinct, postpone, repeat, dropped", func(f *confFacts) []string {
		out := make([]string, 0, len(f.cues))
		for _, c := range f.cues {
			out = append(out, "cue="+c)
		}
		return out
	}},
	{"infinitive", "\"to\" right before the trigger or its support verb (\"met ... to settle the terms\")", flag("infinitive", func(f *confFacts) bool { return f.infinitive })},
	{"after_comma", "the trigger's phrase starts right after a comma or dash (an appositive: \", a trip that ...\")", flag("after_comma", func(f *confFacts) bool { return f.afterComma })},
	{"before", "the word before the trigger's phrase (its determiner skipped): its word class (word_classes.tsv, the first one it has; word when it has none), NAME (capitalized), NUM, PUNCT or START", func(f *confFacts) []string { return one("before", f.before) }},
	{"planned", "in the future of the article (published date)", flag("planned", func(f *confFacts) bool { return f.planned })},
	{"party_rule", "the party rule that named the participants (partyRules)", partyRuleFeature},
	{"contextual", "a party came from context: a pronoun, a description, the last event's parties, the story's main person", contextualFeature},
	{"borrowed", "the parties are not named in the clause at all", flag("borrowed", func(f *confFacts) bool { return f.borrowed })},
	{"unnamed", "one named person and an unnamed group", flag("unnamed", func(f *confFacts) bool { return f.unnamed })},
	{"parties", "the number of participants: 1, 2, 3, 4+", func(f *confFacts) []string {
		return []string{"parties=" + confBucket(len(f.types), 4)}
	}},
	{"types", "the participants' types, sorted and joined by +", typesFeature},
	{"two_persons", "two or more named persons take part", flag("two_persons", func(f *confFacts) bool { return f.persons >= 2 })},
	{"date_reading", "how the date was read (dateReadings, or inherited by a scene rule); none", func(f *confFacts) []string { return orNone("date_reading", f.dateReading) }},
	{"own_date", "the event's own clause or sentence gives its date", flag("own_date", func(f *confFacts) bool { return f.ownDate })},
	{"date_grain", "the date's granularity: day, week, month, part-year, year, range, no-year, none", func(f *confFacts) []string { return one("date_grain", f.grain) }},
	{"date_age", "the date against the article's published day: week (within 7 days before), month (within 31), older, ahead (after it), unknown (no published day or an undated event)", func(f *confFacts) []string { return one("date_age", f.age) }},
	{"place_rule", "how the place was found (the place cascade); none", func(f *confFacts) []string {
		if !f.place {
			return []string{"place_rule=none"}
		}
		return orNone("place_rule", f.placeRule)
	}},
	{"own_place", "the event's own clause gives its place", flag("own_place", func(f *confFacts) bool { return f.ownPlace })},
	{"position", "where the trigger stands: title (headline or caption), lede (the first sentence), early (the next two), later", positionFeature},
	{"mentions", "how many mentions were merged into the event: 1, 2, 3+", func(f *confFacts) []string { return []string{"mentions=" + confBucket(f.mentions, 3)} }},
	{"derived", "a visit made from another event: leg (a later leg of a trip), hosted (a hosting verb's guest), left (the place a traveller came from)", func(f *confFacts) []string { return one("derived", f.derived) }},
	{"type&pos", "the event type with the trigger's part of speech", conj(typeFeature, posFeature)},
	{"type&party_rule", "the event type with the party rule", conj(typeFeature, partyRuleFeature)},
	{"type&types", "the event type with the participants' types", conj(typeFeature, typesFeature)},
	{"type&position", "the event type with where it stands", conj(typeFeature, positionFeature)},
	{"type&contextual", "the event type with parties from context", conj(typeFeature, contextualFeature)},
}

// The templates the conjunctions join.
var (
	typeFeature = func(f *confFacts) []string { return one("type", f.typ) }
	posFeature  = func(f *confFacts) []string {
		switch {
		case f.support:
			return []string{"pos=support"}
		case f.verb:
			return []string{"pos=verb"}
		}
		return []string{"pos=noun"}
	}
	partyRuleFeature  = func(f *confFacts) []string { return one("party_rule", f.rule) }
	contextualFeature = flag("contextual", func(f *confFacts) bool { return f.contextual })
	typesFeature      = func(f *confFacts) []string { return one("types", typeMix(f.types)) }
	positionFeature   = func(f *confFacts) []string { return one("position", f.position) }
)

// features lists the event's features, template by template.
func (f *confFacts) features() []string {
	out := make([]string, 0, 32)
	for _, t := range confTemplates {
		out = append(out, t.of(f)...)
	}
	return out
}

// eventFacts fills in what the event is now: its type, participants, date,
// place, plan and number of mentions; ref is the published day.
func (f *confFacts) eventFacts(e *Event, mentions int, ref refDate) {
	f.typ = e.Type
	f.types = f.types[:0:0]
	f.persons = 0
	for _, p := range e.Participants {
		f.types = append(f.types, p.Type)
		if p.Type == Person {
			f.persons++
		}
	}
	f.grain = dateGrainName(e.Date)
	f.age = dateAge(e.Date, ref)
	f.place = e.Location != ""
	f.planned = e.Planned
	f.mentions = mentions
}

// mentionFacts fills in the readings of the draft's mention.
func (d *document) confMention(c *eventDraft, reported bool) confFacts {
	tr := c.tr
	f := confFacts{frame: tr.frame.lemma, verb: tr.verb, support: tr.sup >= 0, form: confForm(tr.form),
		negated: c.cl.negated, future: c.cl.future, modal: c.cl.modal, passive: c.cl.passive, gerund: c.cl.gerund, relative: c.cl.relative,
		reported: reported, quoted: d.speaker != nil, rule: c.rule,
		contextual: c.contextual, borrowed: c.borrowed, unnamed: c.unnamed,
		dateReading: c.dateReading(), ownDate: c.ownDate != "", ownPlace: c.ownPlace != "", placeRule: c.placeRule}
	if len(c.cl.subj) > 0 {
		f.roles = append(f.roles, "subj")
	}
	if len(c.cl.obj) > 0 {
		f.roles = append(f.roles, "obj")
	}
	for _, p := range []string{"with", "between", "by", "poss", "of", "to", "in", "at"} {
		if len(c.cl.pp[p]) > 0 {
			f.roles = append(f.roles, p)
		}
	}
	s := c.s
	found := d.cuesIn(s)
	for _, x := range confCueNames {
		if found[x.e] {
			f.cues = append(f.cues, x.name)
		}
	}
	k := tr.t0
	if tr.sup >= 0 && tr.sup < k {
		k = tr.sup
	}
	f.infinitive = k > s.t0 && d.lx.is(d.toks[k-1].lower, wcInfinitive)
	if k > s.t0 && d.lx.is(d.toks[k-1].lower, wcArticle, wcDefinite, wcPossessive, wcSetDet) {
		k-- // "a trip", "their talks"
	}
	switch {
	case k <= s.t0:
		f.before = "START"
	case !d.toks[k-1].word:
		f.before = "PUNCT"
		t := d.toks[k-1].text
		f.afterComma = t == "," || t == "—" || t == "–" || t == "-"
	case d.toks[k-1].cap:
		f.before = "NAME"
	case d.toks[k-1].lower[0] >= '0' && d.toks[k-1].lower[0] <= '9':
		f.before = "NUM"
	default:
		f.before = d.lx.classOf(d.toks[k-1].lower)
	}
	first := len(d.sent)
	if d.bodyTok < len(d.toks) {
		first = d.toks[d.bodyTok].sent
	}
	switch {
	case c.title:
		f.position = "title"
	case c.si <= first:
		f.position = "lede"
	case c.si <= first+2:
		f.position = "early"
	default:
		f.position = "later"
	}
	return f
}

// confCueNames are the cue kinds the cue template names, in its order.
var confCueNames = []struct {
	e    cueEffect
	name string
}{{cueNegate, "negate"}, {cueHope, "hope"}, {cueFuture, "future"}, {cueDeny, "deny"}, {cueCondition, "condition"}, {cueReport, "report"},
	{cueTripStart, "start"}, {cueTripEnd, "end"}, {cueDistinct, "distinct"}, {cuePostpone, "postpone"}, {cueRepeat, "repeat"}, {cueDropped, "dropped"}}

// cuesIn is every cue kind anywhere in the sentence, in one pass: the
// kinds cueIn would find over the whole sentence, one by one.
func (d *document) cuesIn(s sentence) (found [cueDropped + 1]bool) {
	for k := s.t0; k < s.t1; k++ {
		if d.numberAbbrev(k, s) {
			continue
		}
		node := d.lx.cues
		for j := k; j < s.t1; j++ {
			c := node.next[d.toks[j].lower]
			if c == nil {
				break
			}
			node = c
			if e := cueEffect(c.val - 1); c.val != 0 && e >= 0 && int(e) < len(found) {
				found[e] = true
			}
		}
	}
	return found
}

// classOf names a word by its first word class (word_classes.tsv, in the
// lexicon's order of classes), "word" when it has none: the confidence
// model weighs a word's class, never the word itself (a raw word would be
// memorised from the few articles it stands in).
func (lx *lexicon) classOf(w string) string {
	s := lx.class[w]
	for c := wordClass(0); c < numWordClasses; c++ {
		if s.Has(c) {
			return wordClassName[c]
		}
	}
	return "word"
}

// wordClassName is the name of each word class (wordClassNames reversed).
var wordClassName = func() [numWordClasses]string {
	var out [numWordClasses]string
	for name, c := range wordClassNames {
		out[c] = name
	}
	return out
}()

// dateAge places an event's date against the published day.
func dateAge(v string, ref refDate) string {
	if v == "" || !ref.hasDay || strings.HasPrefix(v, "XXXX") {
		return "unknown"
	}
	if len(v) < 10 {
		// a month, quarter or year: by its year only
		y, err := strconv.Atoi(v[:min(4, len(v))])
		switch {
		case err != nil:
			return "unknown"
		case y < ref.t.Year():
			return "older"
		case y > ref.t.Year():
			return "ahead"
		}
		return "unknown"
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return "unknown"
	}
	days := ref.t.Sub(t).Hours() / 24
	switch {
	case days < 0:
		return "ahead"
	case days <= 7:
		return "week"
	case days <= 31:
		return "month"
	}
	return "older"
}

// confForm names a trigger's form; an ambiguous one ("met": past and
// participle) joins its names with "+".
func confForm(k formKind) string {
	var out []string
	for _, x := range []struct {
		k    formKind
		name string
	}{{formBase, "base"}, {formThird, "third"}, {formPast, "past"}, {formPart, "participle"}, {formGerund, "gerund"}, {formNoun, "noun"}, {formPlural, "plural"}} {
		if k&x.k != 0 {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, "+")
}

// DateGrain is the granularity of a DATE value (day, month, year, week,
// part-year, range, no-year; "none" for no value), as the confidence
// features name it; the trainers' reports use it too.
func DateGrain(v string) string { return dateGrainName(v) }

// dateGrainName is the granularity of a DATE value.
func dateGrainName(v string) string {
	switch {
	case v == "":
		return "none"
	case strings.Contains(v, "/"):
		return "range"
	case strings.HasPrefix(v, "XXXX"):
		return "no-year"
	case strings.Contains(v, "-W"):
		return "week"
	case strings.Contains(v, "-Q") || strings.Contains(v, "-H"):
		return "part-year"
	case len(v) == 10:
		return "day"
	case len(v) == 7:
		return "month"
	case len(v) == 4:
		return "year"
	}
	return "other"
}

// typeMix is the sorted, deduplicated participant types joined by "+".
func typeMix(types []string) string {
	if len(types) == 0 {
		return "none"
	}
	u := append([]string(nil), types...)
	sort.Strings(u)
	out := u[:1]
	for _, t := range u[1:] {
		if t != out[len(out)-1] {
			out = append(out, t)
		}
	}
	return strings.Join(out, "+")
}

// confBucket is n as a name, with top and above as "top+".
func confBucket(n, top int) string {
	if n >= top {
		return strconv.Itoa(top) + "+"
	}
	return strconv.Itoa(n)
}

// featureValue makes a name safe for a table cell: spaces become "_".
func featureValue(v string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' {
			return '_'
		}
		return r
	}, v)
}

// one is a valued feature, none when the value is empty.
func one(name, v string) []string {
	if v == "" {
		return nil
	}
	return []string{name + "=" + featureValue(v)}
}

// orNone is a valued feature, "none" when the value is empty.
func orNone(name, v string) []string {
	if v == "" {
		v = "none"
	}
	return one(name, v)
}

// flag is a yes/no template: its name when it holds.
func flag(name string, on func(f *confFacts) bool) func(f *confFacts) []string {
	return func(f *confFacts) []string {
		if on(f) {
			return []string{name}
		}
		return nil
	}
}

// conj joins every feature of template a with every feature of template b.
func conj(a, b func(f *confFacts) []string) func(f *confFacts) []string {
	return func(f *confFacts) []string {
		var out []string
		for _, x := range a(f) {
			for _, y := range b(f) {
				out = append(out, x+"&"+y)
			}
		}
		return out
	}
}
