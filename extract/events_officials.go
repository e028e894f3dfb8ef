package extract

import (
	"slices"
	"strings"
)

// The officials pass: countries that stand for the persons who acted.
//
// A general reading of news English: when a story says two countries met
// or agreed, and the same or the next sentences name the officials who
// represented exactly those countries ("Austrian Foreign Minister A and
// his Slovenian counterpart, B"; "Freedonia's trade minister, B"; "the
// two countries' foreign ministers, A and B"; "signed by their transport
// ministers, A and B"), the persons are the event's parties, as the
// guidelines want (named persons first). Guards: every country has
// exactly one such official and the officials are named together in one
// sentence (a pair, not a head of state quoted later about something
// else); an official of a third country counts for none of them.
//
// It runs after the party cascade as an ordered list of named
// refinements; the rule that decided and the refinement both show in
// --explain ("participants by rule clause-named+country-officials").

// partyRefinement rewrites the parties a cascade rule found; other says
// the persons were named in another sentence than the event's.
type partyRefinement struct {
	name string
	find func(r *eventRun, c *eventDraft) (ps []party, other bool)
}

// partyRefinements is the list, in order; the first that yields wins, so
// the officials of the event's own sentence come before the persons the
// next sentence names (country-representatives, events_discourse_next.go).
// Both take only persons who hold a government office (govOfficeAt).
// The last, acting-persons, replaces any country or organization of the
// set by the one person of the event's own clause who acts for it
// (actingLinks, employer.go), keeping the other parties.
var partyRefinements = []partyRefinement{
	{"country-officials", (*eventRun).refineCountryOfficials},
	{"country-representatives", (*eventRun).refineCountryRepresentatives},
	{"acting-persons", (*eventRun).refineActingPersons},
}

// officialsWindow is how many sentences after the event's own the
// officials may be named in.
const officialsWindow = 2

// refine applies the first refinement that yields to a decided draft.
func (r *eventRun) refine(c *eventDraft) {
	for _, rf := range partyRefinements {
		ps, other := rf.find(r, c)
		if len(ps) == 0 {
			continue
		}
		if other {
			// persons told in another sentence: borrowed from context
			c.contextual, c.borrowed = true, true
		}
		was := c.parts
		c.parts = nil
		var swaps []string
		for i, p := range ps {
			c.parts = append(c.parts, p.name)
			if p.typ == Person {
				c.persons = appendUniq(c.persons, p.name)
			}
			if i < len(was) && was[i] != p.name {
				swaps = append(swaps, was[i]+" to "+p.name+" ("+p.via+")")
			}
		}
		c.rule += "+" + rf.name
		if rf.name == "acting-persons" {
			c.vias = append(c.vias, "resolved "+strings.Join(swaps, ", "))
		} else {
			c.vias = append(c.vias, "resolved "+strings.Join(was, ", ")+" to their officials")
		}
		r.d.tracef("S%d %s: parties %v -> %v by refinement %s", c.si, c.tr.typ, was, c.parts, rf.name)
		return
	}
}

// refineCountryOfficials: the draft's parties are two or more countries;
// a sentence of the window names one official of each.
func (r *eventRun) refineCountryOfficials(c *eventDraft) ([]party, bool) {
	d := r.d
	if len(c.parts) < 2 {
		return nil, false
	}
	countries := map[string]bool{}
	for _, p := range c.parts {
		e := d.byCanon[p]
		if e == nil || e.typ != Location || e.kind != "country" {
			return nil, false
		}
		countries[strings.ToLower(p)] = true
	}
	if len(countries) != len(c.parts) {
		return nil, false
	}
	brief := d.briefTok(d.sent[c.si].t0)
	paras := 0
	for si := c.si; si < len(d.sent) && si <= c.si+officialsWindow; si++ {
		s := d.sent[si]
		if si > c.si {
			if d.briefTok(s.t0) != brief {
				break
			}
			if d.toks[s.t0].para {
				paras++
				if paras > 1 {
					break
				}
			}
		}
		if si > c.si && !r.officialsAct(s, c.tr.typ) {
			continue
		}
		if ps := d.officialsIn(s, c.parts, countries); ps != nil {
			return ps, si > c.si
		}
	}
	return nil, false
}

// officialsAct: a later sentence names the officials as the ones who
// speak for the event (a reporting verb: "A and B told reporters"); one
// that tells an event of the same type is an event of its own the merge
// pass joins, and one with no reporting verb ("A and B had long called
// for it") names bystanders. (Taking a sentence that tells an act of
// another type, "met in Amman", too cost the final set one FP.)
func (r *eventRun) officialsAct(s sentence, typ string) bool {
	for _, tr := range r.d.triggersIn(r.lx, s) {
		if tr.typ == typ {
			return false
		}
	}
	for k := s.t0; k < s.t1; k++ {
		if r.lx.is(r.d.toks[k].lower, wcReport) {
			return true
		}
	}
	return false
}

// officialsIn: the persons of one sentence who hold an office of the
// given countries, one per country, or nil.
func (d *document) officialsIn(s sentence, order []string, countries map[string]bool) []party {
	var persons []mention
	for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
		if m.typ == Person && d.entityOf(m) != nil {
			persons = append(persons, m)
		}
	}
	if len(persons) < 2 {
		return nil
	}
	if len(order) == 2 {
		// "their transport ministers, A and B"; "the two countries'
		// foreign ministers, A and B"
		for i := 0; i+1 < len(persons); i++ {
			a, b := persons[i], persons[i+1]
			if a.span.t1+1 == b.span.t0 && d.toks[a.span.t1].lower == "and" && d.pairOfficeBefore(s, a.span.t0) {
				ea, eb := d.entityOf(a), d.entityOf(b)
				if ea != eb {
					return []party{{name: ea.canon, typ: Person, via: "their officials"}, {name: eb.canon, typ: Person, via: "their officials"}}
				}
			}
		}
	}
	byCountry := map[string]*entity{}
	for _, m := range persons {
		c := d.officeNation(s, m)
		if c == "" || !countries[strings.ToLower(c)] || !d.govOfficeAt(s, m) {
			continue // no office named, a third country's, or none of its government
		}
		e := d.entityOf(m)
		if prev, ok := byCountry[strings.ToLower(c)]; ok && prev != e {
			return nil // two officials of one country: not a pair
		}
		byCountry[strings.ToLower(c)] = e
	}
	if len(byCountry) != len(order) {
		return nil
	}
	var out []party
	seen := map[*entity]bool{}
	for _, p := range order {
		e := byCountry[strings.ToLower(p)]
		if seen[e] {
			return nil
		}
		seen[e] = true
		out = append(out, party{name: e.canon, typ: Person, via: "official of " + p})
	}
	return out
}

// officeNation: the country whose office the person holds at this
// mention, read from the words before it back to the previous person or
// clause boundary ("Austrian Foreign Minister A", "his Slovenian
// counterpart, B", "Chile's mining minister, B") or from an appositive
// after it ("B, Chile's mining minister", "B, the Slovenian minister").
func (d *document) officeNation(s sentence, m mention) string {
	for k := m.span.t0 - 1; k >= s.t0 && k >= m.span.t0-6; k-- {
		t := d.toks[k]
		if t.lower == "and" || t.lower == ";" || d.lx.is(t.lower, wcReport) {
			break
		}
		if prev := d.personEndingAt(s, k); prev {
			break
		}
		if c := d.nationAt(k); c != "" {
			return c
		}
		if c := d.titleOfCountry(s, k); c != "" {
			return c // "the foreign minister of Chile, B"
		}
	}
	k := m.span.t1
	if k+1 < s.t1 && d.toks[k].text == "," {
		k++
		if d.toks[k].lower == "the" && k+1 < s.t1 {
			k++
		}
		if c := d.nationAt(k); c != "" {
			return c
		}
		// "B, the foreign minister of Chile,"
		for j := k; j < s.t1 && j <= k+6 && d.toks[j].text != ","; j++ {
			if c := d.titleOfCountry(s, j); c != "" {
				return c
			}
		}
	}
	return ""
}

// titleOfCountry: a country's name ends at token k, after "of" [the] and
// the last word of a title ("the foreign minister of Chile"); the
// country, or "".
func (d *document) titleOfCountry(s sentence, k int) string {
	for _, lm := range d.mentionsIn(span{max(s.t0, k-3), k + 1}) {
		if lm.typ != Location || lm.span.t1 != k+1 {
			continue
		}
		e := d.entityOf(lm)
		if e == nil || e.kind != "country" {
			continue
		}
		j := lm.span.t0 - 1
		if j > s.t0 && d.toks[j].lower == "the" {
			j--
		}
		if j-1 >= s.t0 && d.toks[j].lower == "of" && d.titleWordAt(j-1) {
			return e.canon
		}
	}
	return ""
}

// nationAt: the country a demonym or a country's possessive at token k
// names ("Slovenian", "Chile 's").
func (d *document) nationAt(k int) string {
	t := d.toks[k]
	if !t.cap {
		return ""
	}
	if c, ok := d.lx.demonyms[t.lower]; ok {
		return c
	}
	if k+1 < len(d.toks) && isPossessive(d.toks[k+1].text) {
		for _, lm := range d.mentionsIn(span{k, k + 1}) {
			if lm.typ == Location && lm.span.t1 == k+1 {
				if e := d.entityOf(lm); e != nil && e.kind == "country" {
					return e.canon
				}
			}
		}
	}
	return ""
}

// personEndingAt: a person mention of the sentence ends at token k.
func (d *document) personEndingAt(s sentence, k int) bool {
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if m.typ == Person && m.span.t1 == k+1 {
			return true
		}
	}
	return false
}

// pairOfficeBefore: a plural office of the two parties stands right
// before the pair, a comma allowed: "their trade ministers, A and B",
// "the two countries' foreign ministers A and B", "both nations' leaders".
func (d *document) pairOfficeBefore(s sentence, at int) bool {
	k := at - 1
	if k >= s.t0 && d.toks[k].text == "," {
		k--
	}
	if k < s.t0 || !d.lx.pluralPersonWord(d.toks[k].lower) {
		return false
	}
	for j := k - 1; j >= s.t0 && j >= k-4; j-- {
		switch w := d.toks[j].lower; {
		case d.lx.is(w, wcPossessive, wcDistrib): // "their", "both"
			return true
		case d.lx.is(w, wcGroupCountry, wcGroupPerson) && j+1 < k && isPossessive(d.toks[j+1].text): // "the two countries'", "both sides'"
			return true
		}
	}
	return false
}

// govOfficeAt: the person of mention m holds a government office, by a
// title of that class (word class govoffice: "Fisheries Minister", "his
// Icelandic counterpart", "Chile's mining minister") in the words before
// the mention back to the previous person or clause boundary, or in an
// appositive after it, or among the titles the story gave the person.
// "Norwegian skier X", "opposition leader Y" hold none.
func (d *document) govOfficeAt(s sentence, m mention) bool {
	if e := d.entityOf(m); e != nil {
		for _, t := range e.titles {
			ws := strings.Fields(strings.ToLower(t))
			if len(ws) > 0 && d.lx.is(ws[len(ws)-1], wcGovOffice) {
				return true
			}
		}
	}
	for k := m.span.t0 - 1; k >= s.t0 && k >= m.span.t0-6; k-- {
		t := d.toks[k]
		if t.lower == "and" || t.lower == ";" || d.lx.is(t.lower, wcReport) || d.personEndingAt(s, k) {
			break
		}
		if d.lx.is(t.lower, wcGovOffice) {
			return true
		}
	}
	if k := m.span.t1; k < s.t1 && d.toks[k].text == "," {
		for k++; k < s.t1 && k <= m.span.t1+6 && d.toks[k].text != ","; k++ {
			if d.lx.is(d.toks[k].lower, wcGovOffice) {
				return true
			}
		}
	}
	return false
}

// refineActingPersons: a country or organization among the draft's
// parties is replaced by the person who acts for it when the event's own
// clause names that person ("Ana Soto met Chile's foreign minister, Marta
// Quiroga": Marta Quiroga, not Chile), as the guidelines want (named
// persons first). The person's link to the party is the entity's
// (actingLinks, employer.go; a demonym before the title, "Chilean Foreign
// Minister X") or one the mention's own words give (officeNation). Guards:
// the person stands in the trigger's clause (clauseSpan), is no source of
// a report ("..., Chile's foreign minister, X, said") and no possessor
// ("X's government"); a country's person holds a government office;
// exactly one person of the clause acts for the party (two ministers of
// one country leave it as it is), and no person stands for two parties.
// The set keeps its size: a person who is already a party replaces
// nothing, so a two-sided event stays two-sided (ArgsGuard).
func (r *eventRun) refineActingPersons(c *eventDraft) ([]party, bool) {
	d := r.d
	if len(c.parts) == 0 || len(c.split) > 0 {
		return nil, false
	}
	in := map[string]bool{}
	for _, p := range c.parts {
		in[strings.ToLower(p)] = true
	}
	sp := d.clauseSpan(c)
	attr := d.attributed(c)
	var persons []mention
	for _, m := range d.mentionsIn(sp) {
		e := d.entityOf(m)
		if m.typ != Person || e == nil || m.span.t1 > sp.t1 || in[strings.ToLower(e.canon)] || attr[e.canon] {
			continue
		}
		if m.span.t1 < c.s.t1 && isPossessive(d.toks[m.span.t1].text) {
			continue // "Marta Quiroga's government"
		}
		if d.reportsEvent(c, m) {
			continue // "..., Chile's foreign minister, Marta Quiroga, said"
		}
		persons = append(persons, m)
	}
	if len(persons) == 0 {
		return nil, false
	}
	out := make([]party, len(c.parts))
	used := map[*entity]bool{}
	swapped := false
	for i, p := range c.parts {
		out[i] = party{name: p}
		pe := d.byCanon[p]
		if pe == nil {
			continue
		}
		country := pe.typ == Location && pe.kind == "country"
		if !country && pe.typ != Organization {
			if pe.typ == Person {
				out[i].typ = Person
			}
			continue
		}
		var actor *entity
		several := false
		for _, m := range persons {
			e := d.entityOf(m)
			if !d.actsForParty(c.s, m, e, pe, country) || !d.inPersonPhrase(c.s, m, pe) {
				continue
			}
			if actor != nil && actor != e {
				several = true
			}
			actor = e
		}
		if actor == nil || several || used[actor] {
			continue
		}
		used[actor] = true
		out[i] = party{name: actor.canon, typ: Person, via: "acts for " + p}
		swapped = true
	}
	if !swapped || !ArgsGuard(c.tr.typ, len(out)) {
		return nil, false
	}
	return out, false
}

// actsForParty: the person of mention m (entity e) acts for the party pe:
// the entity's country, employer or acting link (actingLinks) is the
// party, or the mention's own words name the party's country; a
// country's person holds a government office.
func (d *document) actsForParty(s sentence, m mention, e, pe *entity, country bool) bool {
	is := func(name string) bool {
		return name != "" && (strings.EqualFold(name, pe.canon) || strings.EqualFold(d.fullOrgName(name), pe.canon) ||
			slices.ContainsFunc(pe.aliases, func(a string) bool { return strings.EqualFold(a, name) }))
	}
	linked := is(e.nation) || is(e.org) || slices.ContainsFunc(e.actsFor, is)
	if country {
		return (linked || is(d.officeNation(s, m))) && d.govOfficeAt(s, m)
	}
	return linked
}

// personPhraseReach is how many tokens a person's phrase may run before or
// after the name ("Japan's Minister of Land, Infrastructure and Transport,
// X" ends eleven tokens after Japan).
const personPhraseReach = 12

// inPersonPhrase: a mention of the party pe stands in the person's own
// noun phrase: in a title before the name ("Chile's foreign minister, X";
// "the chief executive of Acme, X") or in an appositive or of-phrase
// after it ("X, the foreign minister of Chile,"; "X of Acme"). Between the
// two stand only the words of a title: no verb, no other name, no
// preposition but "of" and "at" ("Chile and Peru signed a pact as Chilean Foreign
// Minister X ended a visit" gives Chile no person: the country is the
// clause's own party).
func (d *document) inPersonPhrase(s sentence, m mention, pe *entity) bool {
	for _, xm := range d.mentionsIn(span{max(s.t0, m.span.t0-personPhraseReach), min(s.t1, m.span.t1+personPhraseReach)}) {
		if d.entityOf(xm) != pe {
			continue
		}
		lo, hi := xm.span.t1, m.span.t0
		if xm.span.t0 >= m.span.t1 {
			lo, hi = m.span.t1, xm.span.t0
			if !d.possessedTitle(s, xm.span.t1) {
				continue // "X, chair of CAF's medical committee": the committee's, not CAF's
			}
			if !d.appositiveCloses(s, m.span.t1, xm.span.t1) {
				continue // "At the invitation of X, President of Y, Z touched down": no appositive of X's
			}
		}
		if lo > hi || d.titleGap(span{lo, hi}) {
			return true
		}
	}
	return false
}

// titleGap: the tokens of g may stand inside one person's phrase: title
// words, determiners, possessives, "of", commas, a parenthesised
// acronym; no verb, no other name, no reporting or clause word.
func (d *document) titleGap(g span) bool {
	for _, om := range d.mentionsIn(g) {
		if om.span.t0 >= g.t0 {
			return false // another name between
		}
	}
	for k := g.t0; k < g.t1; k++ {
		t := d.toks[k]
		if k+1 < g.t1 && d.lx.is(t.lower, wcRelPerson) && d.lx.is(d.toks[k+1].lower, wcLeads) {
			k++ // ", who leads the Civic Union"
			continue
		}
		switch {
		case d.lx.is(t.lower, wcReport, wcClause, wcRelative):
			return false
		case strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "TO" || t.tag == "CD":
			return false
		case t.tag == "IN" && t.lower != "of" && t.lower != "at":
			return false
		case t.text == ";" || t.text == ":":
			return false
		}
	}
	return true
}

// reportsEvent: the person of mention m is the source of what the
// sentence reports, not an actor of the event: a reporting verb stands
// between the mention and the trigger ("Marta Quiroga said Chile would
// sign"), or follows the mention and its appositive ("..., Chile's
// foreign minister, Marta Quiroga, said").
func (d *document) reportsEvent(c *eventDraft, m mention) bool {
	lo, hi := m.span.t1, c.tr.t0
	if m.span.t0 > c.tr.t0 {
		lo, hi = c.tr.t1, m.span.t0
	}
	for k := lo; k < hi; k++ {
		if d.lx.is(d.toks[k].lower, wcReport) {
			return true
		}
	}
	k := m.span.t1
	if k < c.s.t1 && d.toks[k].text == "," {
		// skip an appositive: ", Chile's foreign minister,"
		for j := k + 1; j < c.s.t1 && j <= k+8; j++ {
			if d.toks[j].text == "," {
				k = j
				break
			}
		}
		k++
	}
	return k < c.s.t1 && d.lx.is(d.toks[k].lower, wcReport)
}

// possessedTitle: after a party's name at k, either no possessive, or a
// possessive whose noun is a title ("Chile's foreign minister"), not a
// body or a thing ("CAF's medical committee").
func (d *document) possessedTitle(s sentence, k int) bool {
	if k >= s.t1 || !isPossessive(d.toks[k].text) {
		return true
	}
	last := -1
	for j := k + 1; j < s.t1 && d.toks[j].word; j++ {
		last = j
	}
	return last > 0 && d.titleWordAt(last)
}

// appositiveCloses: an appositive that opens with a comma right after the
// name (at from) and holds the party's name (ending at end) closes after
// it: punctuation or the sentence's end follows, a possessive's title
// words ("X, Chile's foreign minister, met ...") skipped. A word that
// follows instead ("X, President of the Kyrgyz Republic Y touched down")
// says the comma ended a fronted phrase, not the person's own.
func (d *document) appositiveCloses(s sentence, from, end int) bool {
	if from >= s.t1 || d.toks[from].text != "," {
		return true // "X of Acme": no appositive
	}
	k := end
	if k < s.t1 && isPossessive(d.toks[k].text) {
		for k++; k < s.t1 && d.toks[k].word; k++ {
		}
	}
	return k >= s.t1 || !d.toks[k].word
}
