package extract

import (
	"sort"
	"strings"
)

// The order in which any pronoun or description standing in an event's
// clause is resolved (resolveArg, participants.go). The resolutions of
// counterpart, speaker, quoted-other, pronoun-subject, same-sentence,
// group-leader and of the two lists below name their rule in --explain
// ("he -> X (subject before) (rule pronoun-subject)"):
//
//	other-ones       "other officials", "others": nobody told (stops)
//	counterpart      "his Japanese counterpart": the other side's holder of the office (events_discourse.go)
//	reporter-subject "X and Y said they had signed": the reporting verb's subject (reporter.go)
//	group-owners     "Canadian and South Korean officials": the countries (participants.go)
//	their-officials  "their foreign ministers" after two leaders met: the two countries (participants.go)
//	group-leader     "the delegation" of "a delegation led by X": X (below)
//	speaker          "I", "we" in a quotation: its speaker (with the last event's other parties for "we")
//	salient-party    "it", "its": the organization or country told of (resolve_neuter.go)
//	quoted-other     "him" in "I met him," X said: the person spoken of, never the speaker
//	pronoun-subject  "he", "she": the subject of the sentence before (salientPerson)
//	descriptionRules "the envoy", "the minister", and a pronoun no rule above resolved (below)
//	described-company "the company", "the bank": the organization told of (events_deal_describe.go)
//	same-sentence    "their", "they" after two persons named in the sentence
//	groupRules       "the two countries", "both sides", "they" (below)
//
// The order in which a singular description of a person ("the envoy",
// "the foreign minister", "the visiting president", "the Japanese
// diplomat") is resolved, as a list of named rules; the first rule that
// names a person decides, and the resolution it gives ("the envoy -> X
// (rule title-head)") is what --explain and the trace report:
//
//	visitor          "the visiting minister": the person of the last visit told (events_discourse.go)
//	nationality      "the Vietnamese prime minister": the one person the story tied to Vietnam (participants_demonym.go)
//	title-head       "the envoy", "the foreign minister": a person named before whose title's head is the
//	                 description's head and whose title holds its distinguishing modifiers; of several,
//	                 the subject before when it fits, else the focal person when they fit, else the
//	                 most recently named
//	lede-description "The health secretary ... X met Y ... the secretary": the lede's described person (resolve_description.go)
//	subject-before   the subject of the sentence before, unless the story gave them another role
//	focal-person     the story's focal person, when the subject before holds another role
//	antecedent       the last person named before the sentence, else the focal person (events.go)
//
// The last three never give a person the description clashes with
// (descClash): one of a specific office (class office: "the president",
// "the minister") is no one holding only other titles ("Vice President
// X", "Foreign Minister Y"), so a story naming only those resolves it to
// no one; a looser role ("the envoy", "the leader") may be anyone. A
// nationality stops the rules after title-head (a Brazilian minister is
// nobody else).

// descRule is one way to resolve a singular description of a person.
type descRule struct {
	name string
	find func(d *document, a arg, si int, focal *entity) *entity
}

// descriptionRules is the cascade, in order.
var descriptionRules = []descRule{
	{"visitor", func(d *document, a arg, si int, focal *entity) *entity { return d.visitingPerson(a) }},
	{"nationality", func(d *document, a arg, si int, focal *entity) *entity { return d.describedNational(a, si) }},
	{"title-head", func(d *document, a arg, si int, focal *entity) *entity { return d.titleHeadPerson(a, si, focal) }},
	{"lede-description", func(d *document, a arg, si int, focal *entity) *entity {
		if e := d.ledeDescribed(a); e != nil && (a.span.t1 >= len(d.toks) || !d.genderClash(e, a.span.t0)) {
			return e
		}
		return nil
	}},
	{"subject-before", func(d *document, a arg, si int, focal *entity) *entity {
		if d.demonymIn(a, si) {
			return nil
		}
		w := d.toks[a.span.t1-1].lower
		if e := d.salientPerson(si, a.span.t0); e != nil && !d.descClash(e, a) && !(focal != nil && focal != e && otherRole(d.lx, e, w)) {
			return e
		}
		return nil
	}},
	{"focal-person", func(d *document, a arg, si int, focal *entity) *entity {
		// "Its country director, X, said ... On Wednesday the envoy is
		// due to hold talks": a description of another role is not X's;
		// it is the story's focal person's
		if d.demonymIn(a, si) || focal == nil || d.descClash(focal, a) {
			return nil
		}
		if e := d.salientPerson(si, a.span.t0); e != nil && focal != e && otherRole(d.lx, e, d.toks[a.span.t1-1].lower) {
			return focal
		}
		return nil
	}},
	{"antecedent", func(d *document, a arg, si int, focal *entity) *entity {
		if e := d.antecedent(si, focal); e != nil && !d.descClash(e, a) {
			return e
		}
		return nil
	}},
}

// resolveDescription runs descriptionRules over a singular description
// and names the rule that decided.
func (d *document) resolveDescription(a arg, si int, focal *entity) []party {
	for _, r := range descriptionRules {
		if e := r.find(d, a, si, focal); e != nil {
			if a.span.t1 < len(d.toks) && d.genderClash(e, a.span.t0) {
				// gender.go: "she" left to the later rules is never a
				// man the story shows as one (the antecedent, the focal person)
				d.tracef("resolve: %q -> %q refused by rule %s: gender", a.pron, e.canon, r.name)
				continue
			}
			return []party{{name: e.canon, typ: Person, via: a.pron + " -> " + e.canon + " (rule " + r.name + ")"}}
		}
	}
	return nil
}

// demonymIn: a nationality stands in the description or just before its
// head's phrase ("the Brazilian minister").
func (d *document) demonymIn(a arg, si int) bool {
	for k := max(a.span.t0-2, d.sent[si].t0); k < a.span.t1; k++ {
		if _, ok := d.lx.demonyms[d.toks[k].lower]; ok {
			return true
		}
	}
	return false
}

// titleParts splits a title into lower-case words and says where its head
// is: the last word before a complement ("Envoy" of "Special Envoy for
// Climate Finance", "Ambassador" of "Ambassador to Kuwait",
// "Minister" of "Minister of Oil"), else the last word.
func titleParts(lx *lexicon, title string) (ws []string, head int) {
	ws = strings.Fields(strings.ToLower(title))
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ".,")
	}
	head = len(ws) - 1
	for i := 1; i < len(ws); i++ {
		if lx.is(ws[i], wcComplement) {
			head = i - 1
			break
		}
	}
	return ws, head
}

// titleHeadWord: the head word of a title ("envoy" of "Special Envoy for
// Climate Finance"), "" for none.
func titleHeadWord(lx *lexicon, title string) string {
	ws, h := titleParts(lx, title)
	if h < 0 {
		return ""
	}
	return ws[h]
}

// headFits: a title's head h is the description's head word w, or an
// abbreviation of it ("gen" for general).
func headFits(h, w string) bool {
	return h == w || len(h) >= 3 && strings.HasPrefix(w, h)
}

// descHead: the description's head word and whether it is a title's head
// ("envoy", "minister"; not "official", not a pronoun).
func (d *document) descHead(a arg) (string, bool) {
	hk := a.span.t1 - 1
	w := d.toks[hk].lower
	if d.lx.is(w, wcPersonal) || d.lx.is(w, wcPronoun) || d.lx.titles.longestKind(d.toks, hk, hk+1, titleHead) == 0 {
		return w, false
	}
	return w, true
}

// descClash: person e cannot be what the description a names: its head
// names one office (class office: "the president", "the minister") and
// e holds titles, none of which fits it (titleFits) — "the president" is
// not Vice President X nor Foreign Minister Y. A description of a looser
// role ("the envoy", "the leader", "the official") clashes with no one.
func (d *document) descClash(e *entity, a arg) bool {
	w, titled := d.descHead(a)
	if !titled || !d.lx.is(w, wcOffice) {
		return false
	}
	current := false
	for _, t := range e.titles {
		current = current || !d.pastTitle(t)
	}
	if !current {
		return false // no office told but a past one ("former mining engineer"): the story may not have named it
	}
	return !d.titleFits(e, a, w)
}

// pastTitle: a word of the title (class past: "former") says its holder
// no longer holds it.
func (d *document) pastTitle(t string) bool {
	ws, _ := titleParts(d.lx, t)
	for _, w := range ws {
		if d.lx.is(w, wcPast) {
			return true
		}
	}
	return false
}

// otherRole: person e holds titles and none has the description's head
// word as its head ("country director" for "the envoy"): the description
// names another role.
func otherRole(lx *lexicon, e *entity, head string) bool {
	if len(e.titles) == 0 {
		return false // no role told: the subject before may be the one described
	}
	for _, t := range e.titles {
		if h := titleHeadWord(lx, t); h != "" && headFits(h, head) {
			return false
		}
	}
	return true
}

// titleFits: one of e's titles fits the description a with head w: the
// title's head is the description's head (or its abbreviation: "Gen" for
// general); every rank word of the title (class rank: "vice",
// "deputy") is in the description ("the president" is not the vice
// president); and every modifier of the description that some person's
// title in the story holds is in the title ("the foreign minister" is not
// the Minister of Oil).
func (d *document) titleFits(e *entity, a arg, w string) bool {
	lx := d.lx
	mods := d.descMods(a)
	for _, t := range e.titles {
		sp := d.titleSplitOf(t)
		ws, h := sp.ws, sp.head
		if h < 0 || !headFits(ws[h], w) {
			continue
		}
		ok := true
		for _, x := range ws[:h] {
			if lx.is(x, wcRank) && !contains(mods, x) {
				ok = false // "the president" is not "Vice President X"
			}
		}
		for _, m := range mods {
			if d.titleWord(m) && !contains(ws, m) {
				ok = false // "the foreign minister" is not "Minister of Oil X"
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// descMods: the lower-case modifiers of a description before its head
// ("foreign" of "the foreign minister"), determiners and nationalities
// left out.
func (d *document) descMods(a arg) []string {
	var mods []string
	for k := a.span.t0; k < a.span.t1-1; k++ {
		t := d.toks[k]
		if !t.word || t.tag == "DT" || t.tag == "PRP$" || d.lx.is(t.lower, wcDefinite) || d.lx.demonyms[t.lower] != "" {
			continue
		}
		mods = append(mods, t.lower)
	}
	return mods
}

// titleWord: some person's title in the story holds the word w (a
// modifier that tells the story's office holders apart). The set of those
// words is made once per document, at the first description resolved
// (the entity pass has given every title by then).
func (d *document) titleWord(w string) bool {
	if d.titleWords == nil {
		d.titleWords = map[string]bool{}
		for _, e := range d.ents {
			if e.typ != Person {
				continue
			}
			for _, t := range e.titles {
				for _, x := range d.titleSplitOf(t).ws {
					d.titleWords[x] = true
				}
			}
		}
	}
	return d.titleWords[w]
}

// titleSplit is a title's lower-case words and the index of its head
// (titleParts).
type titleSplit struct {
	ws   []string
	head int
}

// titleSplitOf: titleParts of the title t, parsed once per document.
func (d *document) titleSplitOf(t string) titleSplit {
	if sp, ok := d.titleSplits[t]; ok {
		return sp
	}
	if d.titleSplits == nil {
		d.titleSplits = map[string]titleSplit{}
	}
	ws, h := titleParts(d.lx, t)
	sp := titleSplit{ws, h}
	d.titleSplits[t] = sp
	return sp
}

// titleHeadReach bounds how many persons back a description looks for a
// title that fits it: a description means someone told near it.
const titleHeadReach = 40

// titleHeadPerson (rule title-head) resolves a description whose head is
// a title's to a person named before it (in its brief) holding a title
// that fits it (titleFits). Of several, the subject of the sentence
// before when it is one, else the story's focal person when it is one,
// else the most recently named. nil when none fits.
func (d *document) titleHeadPerson(a arg, si int, focal *entity) *entity {
	w, titled := d.descHead(a)
	if !titled {
		return nil // "the official": no title head to match
	}
	fits := func(e *entity) bool { return len(e.titles) > 0 && d.titleFits(e, a, w) }
	var best *entity
	ms := d.mentionsIn(span{d.briefTok(a.span.t0), a.span.t0})
	// the most recently named that fits: walked back from the description,
	// each person tried once, at most titleHeadReach persons back
	tried := map[*entity]bool{}
	for i := len(ms) - 1; i >= 0 && len(tried) < titleHeadReach; i-- {
		m := ms[i]
		if m.typ != Person {
			continue
		}
		e := d.entityOf(m)
		if e == nil || tried[e] {
			continue
		}
		tried[e] = true
		if d.exclude[e.canon] || !fits(e) || a.span.t1 < len(d.toks) && d.genderClash(e, a.span.t0) {
			continue
		}
		best = e
		break
	}
	if best == nil {
		return nil
	}
	if s := d.salientPerson(si, a.span.t0); s != nil && fits(s) {
		return s // the subject before, when it fits
	}
	if focal != nil && focal != best && fits(focal) && d.namedBefore(focal, a.span.t0) {
		return focal // the story's focal person, when they fit too
	}
	return best
}

// namedBefore: e has a mention before token at in its brief.
func (d *document) namedBefore(e *entity, at int) bool {
	for _, m := range d.mentionsIn(span{d.briefTok(at), at}) {
		if d.entityOf(m) == e {
			return true
		}
	}
	return false
}

// A group of people introduced with its leader ("a delegation led by X",
// "X led a delegation") is that leader when a definite description takes
// it up ("the delegation", "the investors", "the visitors"): rule
// group-leader (groupLeader), read before any plural rule.
//
// The order in which a plural description of parties told before ("the
// two countries", "the two leaders", "both sides", "both companies",
// "they") is resolved, as a list of named rules; the first that decides
// gives the parties, and each resolution names its rule:
//
//	their-subject    "The mayors will take the plan up again at their June conference": "their" and "they"
//	                 after a plural description subject of their sentence are that description,
//	                 resolved by these rules (stops)
//	new-group        "Two men were arrested", "Diplomats met", "Hicks and other union leaders":
//	                 new people, no parties told (stops)
//	titled-event     "the two leaders", "the two ministers": the parties of the most recent event
//	                 whose persons all hold a title the noun fits (a leader's: class leadertitle;
//	                 "ministers": a minister's), not a later event of other office holders
//	leaders-nations  "the two governments" after a meeting of persons: the persons' countries (participants_demonym.go)
//	leaders-companies "the two companies" after an event of persons: the persons' employers
//	                 (participants_employer.go)
//	story-countries  "the two countries", "both nations" after no event of countries: the two
//	                 countries the story names most (its headline counting), not the last two
//	                 named in passing
//	last-parties     "the companies" after a meeting of persons: the last two parties of the kind named
//	                 (only when leaders-companies found no employers of those persons); a noun naming a
//	                 title ("both chairmen") takes no person told with other titles
//	last-event       the parties of the last meeting or agreement told, unless the noun names an
//	                 office their titles do not fit ("the premiers" after two ministers signed);
//	                 a noun of persons after an event of countries is the person the story tied
//	                 to each country when it named one each (participants_countrypersons.go);
//	                 one after an event of organizations ("the two chief executives") is the
//	                 person the story gave each organization as its own (participants_companypersons.go)
//	last-named       with no event before: the last two parties of the kind named
//	coordinated-pair "Norway and the EU ended a row ... the two sides": the pair told together (resolve_neuter.go)
//	sentence-pair    "X denies any rift with Y but says the two met": a bare count ("the two")
//	                 is the only two persons its own sentence names before it, outside quotes
//	told-together    "Mayor X and Gov. Y traded barbs ... the two met": two persons told together
//	                 within four sentences (events_discourse.go)

// groupRule is one way to resolve a plural description; done stops the
// cascade (with or without parties).
type groupRule struct {
	name string
	find func(d *document, a arg, si int, last *Event) (ps []party, done bool)
}

// groupRules is the cascade, in order (set in init: their-subject runs
// the cascade again).
var groupRules []groupRule

func init() { groupRules = groupRuleList() }

func groupRuleList() []groupRule {
	return []groupRule{
		{"their-subject", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			if g, ok := d.groupSubjectOf(a, si); ok {
				ps := d.resolveGroup(g, si, last)
				return ps, true
			}
			return nil, false
		}},
		{"new-group", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			return nil, d.newGroup(a) || d.bareGroupAt(a.span.t1-1) || d.otherBefore(a.span.t1-1, d.sent[si])
		}},
		{"titled-event", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			ps := d.titledEvent(a, si)
			return ps, ps != nil
		}},
		{"leaders-nations", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			if last == nil || d.groupFits(d.toks[a.span.t1-1].lower, last) {
				return nil, false
			}
			ps := d.leadersNations(a, last)
			return ps, ps != nil
		}},
		{"leaders-companies", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			if last == nil || d.groupFits(d.toks[a.span.t1-1].lower, last) {
				return nil, false
			}
			ps := d.leadersCompanies(a, last)
			return ps, ps != nil
		}},
		{"story-countries", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			if last != nil && d.groupFits(d.toks[a.span.t1-1].lower, last) {
				return nil, false
			}
			ps := d.storyCountries(a, si)
			return ps, ps != nil
		}},
		{"last-parties", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			if last == nil || d.groupFits(d.toks[a.span.t1-1].lower, last) {
				return nil, false
			}
			ps := d.lastParties(a, si)
			return ps, ps != nil
		}},
		{"last-event", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			if last == nil || !d.eventFitsOffice(last, d.toks[a.span.t1-1].lower) {
				return nil, false // "the premiers" are not the last event's two ministers
			}
			if d.groupKind(d.toks[a.span.t1-1].lower) == Person && !eventOfPersons(last) {
				// "the two presidents" after "Peru and Bolivia signed":
				// the countries' persons, never the countries
				if ps := d.countriesPersons(a, last); ps != nil {
					return ps, true
				}
			}
			if !eventOfPersons(last) {
				// "the two chief executives" after "X and Y signed":
				// the companies' persons the story named, one each
				// (participants_companypersons.go)
				if ps := d.companiesPersons(a, last); ps != nil {
					return ps, true
				}
			}
			var out []party
			for _, p := range last.Participants {
				out = append(out, party{name: p.Name, typ: p.Type, via: a.pron + " -> the last event's parties"})
			}
			return out, true
		}},
		{"last-named", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			ps := d.lastParties(a, si) // "the two firms" with no event before
			return ps, ps != nil
		}},
		{"coordinated-pair", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			ps := d.coordinatedPair(a, si)
			return ps, ps != nil || !d.bareCount(a.span.t1-1)
		}},
		{"sentence-pair", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			ps := d.sentencePair(a, si) // events_discourse.go
			return ps, ps != nil
		}},
		{"told-together", func(d *document, a arg, si int, last *Event) ([]party, bool) {
			return d.toldTogetherWithin(si, a.span.t0, 4), true
		}},
	}
}

// resolveGroup runs groupRules over a plural description and names the
// rule that decided in each party's resolution.
func (d *document) resolveGroup(a arg, si int, last *Event) []party {
	for _, r := range groupRules {
		ps, done := r.find(d, a, si, last)
		if ps != nil {
			out := make([]party, len(ps))
			for i, p := range ps {
				p.via += " (rule " + r.name + ")"
				out[i] = p
			}
			return out
		}
		if done {
			return nil
		}
	}
	return nil
}

// titledEvent (rule titled-event): a plural description whose noun names
// an office, counted ("the two ministers", "both presidents") or
// "leaders", is
// the parties of the most recent meeting or agreement told before it (in
// its brief, ten sentences back at most) whose parties are two or more
// persons all holding a title the noun fits (fitsOffice; one of persons
// with such titles before one of untitled persons). nil when the
// noun names no office or no event fits.
func (d *document) titledEvent(a arg, si int) []party {
	w := d.toks[a.span.t1-1].lower
	if !d.officeNoun(w) || w != "leaders" && !d.pluralPersonGroup(a.span.t1-1) {
		return nil // "The ministers will meet again": a body's ministers, not two told
	}
	floor := max(d.briefFloor(si), si-10)
	// an event whose persons all hold fitting titles first, then one
	// whose untitled persons may be anyone
	for _, strict := range []bool{true, false} {
		for i := len(d.events) - 1; i >= 0; i-- {
			ev := &d.events[i]
			if ev.Type == Visit || !ev.facts.set || ev.facts.sent >= si || ev.facts.sent < floor || len(ev.Participants) < 2 {
				continue
			}
			ok := true
			for _, p := range ev.Participants {
				e := d.byCanon[p.Name]
				if p.Type != Person || e == nil || strict && len(e.titles) == 0 || !d.fitsOffice(e, w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			out := make([]party, len(ev.Participants))
			for j, p := range ev.Participants {
				out[j] = party{name: p.Name, typ: Person, via: a.pron + " -> " + p.Name + " (an event of " + w + ")"}
			}
			return out
		}
	}
	return nil
}

// officeNoun: w is "leaders" or the plural of the head of one office
// (class office: "ministers", "presidents", "premiers"); looser roles
// ("officials", "negotiators", "envoys") are not.
func (d *document) officeNoun(w string) bool {
	if w == "leaders" {
		return true
	}
	st := d.officeStem(w)
	return st != "" && d.lx.is(st, wcOffice)
}

// officeStem: the title head a plural noun is the plural of
// ("ministers": minister), or "".
func (d *document) officeStem(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return ""
	}
	for _, stem := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y", strings.TrimSuffix(w, "es")} {
		if plural(stem) != w {
			continue // morph.go's plural of the stem must be the word
		}
		if c := d.lx.titles.next[stem]; c != nil && c.kinds&(1<<titleHead) != 0 {
			return stem
		}
	}
	return ""
}

// fitsOffice: person e may be one of a plural noun of office w: a leader
// holds a title with a word of class leadertitle and no rank word ("the
// two leaders" are no ministers, no vice presidents); "ministers" hold a
// title whose head is "minister". A person the story gave no title may
// be any.
func (d *document) fitsOffice(e *entity, w string) bool {
	if len(e.titles) == 0 {
		return true
	}
	stem := d.officeStem(w)
	for _, t := range e.titles {
		ws, h := titleParts(d.lx, t)
		if h < 0 {
			continue
		}
		if w == "leaders" {
			leader, rank := false, false
			for _, x := range ws[:h+1] {
				leader = leader || d.lx.is(x, wcLeaderTitle)
				rank = rank || d.lx.is(x, wcRank)
			}
			if leader && !rank {
				return true
			}
			continue
		}
		if headFits(ws[h], stem) {
			return true
		}
	}
	return false
}

// storyCountries (rule story-countries): a plural description of
// countries ("the two countries", "both nations") is the two countries
// the story is about: of the countries named in its brief before the end
// of the description's sentence, the two its brief names most often
// (the later named first on a tie). nil when fewer than two are named, or
// the second and the third are named as often (which two is not told).
func (d *document) storyCountries(a arg, si int) []party {
	if d.groupKind(d.toks[a.span.t1-1].lower) != Location {
		return nil
	}
	type cand struct {
		e *entity
		n int
	}
	var cs []*cand
	idx := map[*entity]*cand{}
	from, to := d.briefTok(a.span.t0), len(d.toks)
	for _, b := range d.briefs {
		if b > si {
			to = d.sent[b].t0
			break
		}
	}
	for _, m := range d.mentionsIn(span{from, to}) {
		if m.typ != Location || m.kind != "country" {
			continue
		}
		e := d.entityOf(m)
		if e == nil || d.exclude[e.canon] {
			continue
		}
		c := idx[e]
		if c == nil {
			if m.span.t0 >= d.sent[si].t1 {
				continue // named only later: not told yet
			}
			c = &cand{e: e}
			idx[e] = c
			cs = append(cs, c)
		}
		c.n++
	}
	d.tracef("story-countries %q: %d countries", a.pron, len(cs))
	if len(cs) < 2 {
		return nil
	}
	sort.SliceStable(cs, func(i, j int) bool {
		return cs[i].n > cs[j].n // named as often: the earlier named first (cs is in text order)
	})
	return []party{
		{name: cs[0].e.canon, typ: Location, via: a.pron + " -> " + cs[0].e.canon + " (named most)"},
		{name: cs[1].e.canon, typ: Location, via: a.pron + " -> " + cs[1].e.canon + " (named most)"},
	}
}

// eventFitsOffice: a plural noun w that names an office ("premiers",
// "ministers", "leaders") may stand for the persons of event ev: each
// holds a title that fits it, or none (fitsOffice). Any other noun fits.
func (d *document) eventFitsOffice(ev *Event, w string) bool {
	if !d.officeNoun(w) {
		return true
	}
	for _, p := range ev.Participants {
		if e := d.byCanon[p.Name]; p.Type == Person && e != nil && !d.fitsOffice(e, w) {
			return false
		}
	}
	return true
}

// groupSubjectOf (rule their-subject): "their" or "they" after a plural
// description that opens its sentence ("The mayors will take ... up again
// at their June conference", "Both companies said they would sign") is
// that description: it and whether there is one.
func (d *document) groupSubjectOf(a arg, si int) (arg, bool) {
	w := d.toks[a.span.t1-1].lower
	if !d.lx.is(w, wcPlural) {
		return arg{}, false
	}
	s := d.sent[si]
	k := s.t0
	for k < a.span.t0 && !d.toks[k].word {
		k++
	}
	start := k
	if k >= a.span.t0 || !d.lx.is(d.toks[k].lower, wcDefinite) && !d.lx.is(d.toks[k].lower, wcSetDet) {
		return arg{}, false // "Negotiators for X and Y ... their": a new group, named by its owners
	}
	k++
	if k < a.span.t0 && (d.toks[k].tag == "CD" || d.isNumberWord(d.toks[k].lower)) {
		k++
	}
	for j := k; j < a.span.t0 && j <= k+2; j++ {
		t := d.toks[j]
		if !t.word || t.cap && j > start {
			break
		}
		if l := t.lower; d.officeNoun(l) || d.lx.is(l, wcGroup) && !d.lx.is(l, wcPlural) && d.groupKind(l) != "" {
			if j+1 < a.span.t0 && d.lx.is(d.toks[j+1].lower, wcPrep) {
				return arg{}, false // "the leaders of X and Y", "the negotiators for X": their owners' rules
			}
			g := arg{span: span{start, j + 1}, pron: d.textOf(span{start, j + 1})}
			return g, true
		}
	}
	return arg{}, false
}

// fitsOfficeNoun: person e may be one of the plural noun w — any person
// when w names no office (officeNoun), else one fitsOffice allows.
func (d *document) fitsOfficeNoun(e *entity, w string) bool {
	return !d.officeNoun(w) || d.fitsOffice(e, w)
}

// groupLeader (rule group-leader): a definite description of a group of
// people ("the delegation", "the investors", "the visitors", "the
// group") whose group the story introduced with its leader named ("a
// delegation led by X", "Dutch investors headed by X", "X led a
// delegation of officials to Nairobi") stands for that leader, the one
// person it is told by. The group is the same when the noun told before
// has the description's head ("investors" ... "the investors"), or
// either is a delegation word (class delegation) or the description is a
// word of class anygroup ("visitors", "group"). Six sentences back at most, in its brief; nil
// when none or two leaders fit.
func (d *document) groupLeader(a arg, si int) []party {
	hk := a.span.t1 - 1
	w := d.toks[hk].lower
	if hk == a.span.t0 || !d.lx.is(d.toks[hk-1].lower, wcDefinite) && !d.lx.is(d.toks[a.span.t0].lower, wcDefinite) {
		return nil // "Investors met X": a new group
	}
	generic := d.lx.is(w, wcAnyGroup, wcDelegation)
	if !generic && !d.lx.is(w, wcPeople) {
		return nil
	}
	same := func(n string) bool {
		return n == w || generic && d.lx.is(n, wcDelegation, wcPeople, wcAnyGroup) || d.lx.is(n, wcDelegation) && d.lx.is(w, wcPeople)
	}
	var leader *entity
	for k := max(d.briefFloor(si), si-6); k < si; k++ {
		s := d.sent[k]
		for j := s.t0 + 1; j+1 < s.t1; j++ {
			if !d.lx.is(d.toks[j].lower, wcLeader) {
				continue
			}
			var e *entity
			switch {
			case d.toks[j+1].lower == "by":
				// "a delegation led by X": the noun before, the person after
				n := j - 1
				if d.toks[n].text == "," && n > s.t0 {
					n--
				}
				if !same(d.toks[n].lower) {
					continue
				}
				for _, m := range d.mentionsIn(span{j + 2, min(s.t1, j+8)}) {
					if m.typ == Person {
						e = d.entityOf(m)
						break
					}
				}
			default:
				// "X led a delegation of officials": the person before, the noun after
				found := false
				for n := j + 1; n < s.t1 && n <= j+4; n++ {
					if same(d.toks[n].lower) {
						found = true
						break
					}
				}
				if !found {
					continue
				}
				for _, m := range d.mentionsIn(span{s.t0, j}) {
					if m.typ == Person {
						e = d.entityOf(m) // the last person before the verb
					}
				}
			}
			if e == nil || d.exclude[e.canon] {
				continue
			}
			if leader != nil && leader != e {
				return nil // two groups led by two persons: which one is not told
			}
			leader = e
		}
	}
	if leader == nil {
		return nil
	}
	return []party{{name: leader.canon, typ: Person, via: a.pron + " -> " + leader.canon + " (the group's leader) (rule group-leader)"}}
}
