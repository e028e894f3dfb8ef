package extract

import "strings"

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
	says string // what --explain says the parties were resolved to
}

// partyRefinements is the list, in order; the first that yields wins, so
// the officials of the event's own sentence come before the persons the
// next sentence names (country-representatives, events_discourse_next.go).
// The first two take only holders of a government office (govOfficeAt); represented-by takes the person a "was represented by"
// sentence names for each side, affiliation-holder the person whose
// description names the body.
var partyRefinements = []partyRefinement{
	{"country-officials", (*eventRun).refineCountryOfficials, "their officials"},
	{"country-representatives", (*eventRun).refineCountryRepresentatives, "their officials"},
	{"represented-by", (*eventRun).refineRepresentedBy, "the persons who represented them"},           // events_represented.go
	{"led-sides", (*eventRun).refineLedSides, "the persons who led their sides"},                      // events_ledsides.go
	{"affiliation-holder", (*eventRun).refineAffiliation, "the persons whose descriptions name them"}, // events_affiliation.go
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
		for _, p := range ps {
			c.parts = append(c.parts, p.name)
			if p.typ == Person {
				c.persons = appendUniq(c.persons, p.name)
			}
		}
		c.rule += "+" + rf.name
		c.vias = append(c.vias, "resolved "+strings.Join(was, ", ")+" to "+rf.says)
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
		in := span{s.t0, s.t1}
		if si > c.si {
			var ok bool
			if in, ok = r.officialsAct(s, c.tr.typ); !ok {
				continue
			}
		}
		if ps := d.officialsIn(s, in, c.parts, countries, si == c.si); ps != nil {
			return ps, si > c.si
		}
	}
	return nil, false
}

// officialsAct: a later sentence names the officials as the ones who
// speak for the event (a reporting verb: "A and B told reporters"); one
// that tells an event of the same type is an event of its own the merge
// pass joins, and one with no reporting verb ("A and B had long called
// for it") names bystanders, unless it names the event back and the
// officials inside that phrase (namesEventBack); it returns the span the
// officials must stand in. (Taking a sentence that tells an act of
// another type, "met in Amman", too cost the final set one FP.)
func (r *eventRun) officialsAct(s sentence, typ string) (span, bool) {
	for _, tr := range r.d.triggersIn(r.lx, s) {
		if tr.typ == typ {
			return span{}, false
		}
	}
	for k := s.t0; k < s.t1; k++ {
		if r.lx.is(r.d.toks[k].lower, wcReport) {
			return span{s.t0, s.t1}, true
		}
	}
	return r.d.namesEventBack(s, typ)
}

// namesEventBack: the sentence names an event of the type told before by
// a definite noun (a noun frame of the type, "the accord", or the gerund
// of a verb frame of it, "the signing"; "a deal" brings in a new one) and
// names the officials inside the phrase that tells who acted in it: after
// "between" following an event noun of the type or a meeting noun ("The
// accord came after talks between A and B"), or as the subject of the
// clause in which a word of class presentat stands before the act told
// back or a meeting noun ("A and B flew in for the signing"). It returns
// the span the officials must stand in. A definite noun alone is not
// enough: a sentence may name the event and, elsewhere, other acts of
// the same persons ("the accord replaces one that A and B drew up in
// 2015", "the signing drew protests from A and B").
func (d *document) namesEventBack(s sentence, typ string) (span, bool) {
	back := -1
	for k := s.t0; k+1 < s.t1; k++ {
		if !d.lx.is(d.toks[k].lower, wcDefinite) {
			continue
		}
		w := d.toks[k+1].lower
		noun, act := d.frameNoun(w, typ), d.eventGerund(w, typ) || d.frameNoun(w, "meeting")
		if !noun && !act {
			continue
		}
		if back < 0 {
			back = k + 1
		}
		if act && k > s.t0 && d.lx.is(d.toks[k-1].lower, wcPresentAt) {
			if sp, ok := d.clauseSubject(s, k-1); ok {
				return sp, true
			}
		}
	}
	if back < 0 {
		return span{}, false
	}
	for j := back; j+1 < s.t1; j++ {
		w := d.toks[j].lower
		if d.toks[j+1].lower != "between" || !(d.frameNoun(w, typ) || d.frameNoun(w, "meeting")) {
			continue
		}
		end := j + 2
		for end < s.t1 && !d.lx.is(d.toks[end].lower, wcClause, wcRelative) {
			end++
		}
		return span{j + 2, end}, true
	}
	return span{}, false
}

// frameNoun: w is a form of a noun frame of the type.
func (d *document) frameNoun(w, typ string) bool {
	for _, l := range d.lx.lemmasOf(w, "NN") {
		if f := d.lx.frameOf(l, false); f != nil && f.typ == typ {
			return true
		}
	}
	return false
}

// eventGerund: w is the gerund of a verb frame of the type ("signing").
func (d *document) eventGerund(w, typ string) bool {
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	for _, l := range d.lx.lemmasOf(w, "VBG") {
		if f := d.lx.frameOf(l, true); f != nil && f.typ == typ {
			return true
		}
	}
	return false
}

// clauseSubject: the words of the clause before token p, from the
// sentence's start or the last clause word (word class clause), where
// its subject stands; none when a relative or a passive's "by" stands
// there (the persons would be another clause's, or the act's critics).
func (d *document) clauseSubject(s sentence, p int) (span, bool) {
	t0 := s.t0
	for k := p - 1; k >= s.t0; k-- {
		if d.lx.is(d.toks[k].lower, wcClause) {
			t0 = k + 1
			break
		}
	}
	for k := t0; k < p; k++ {
		if w := d.toks[k].lower; d.lx.is(w, wcRelative) || w == "by" {
			return span{}, false
		}
	}
	return span{t0, p}, true
}

// officialsIn: the persons of one sentence, named inside the span in,
// who hold an office of the given countries, one per country, or nil.
// own says the sentence is the event's own.
func (d *document) officialsIn(s sentence, in span, order []string, countries map[string]bool, own bool) []party {
	var persons []mention
	for _, m := range d.mentionsIn(in) {
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
			if a.span.t1+1 == b.span.t0 && d.toks[a.span.t1].lower == "and" && d.pairOfficeBefore(s, a.span.t0, own) {
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
// In the event's own sentence (own) a plural government office needs no
// word that points back to the countries: the sentence that names the
// two countries as the ones who agreed or met and then "fisheries
// ministers A and B" as who held the talks names one minister of each
// ("Chad and Niger agreed ... after talks between interior ministers A
// and B"); a plural title of no government office ("opposition
// leaders", "skiers") still needs "their" or "the two countries'".
func (d *document) pairOfficeBefore(s sentence, at int, own bool) bool {
	k := at - 1
	if k >= s.t0 && d.toks[k].text == "," {
		k--
	}
	if k < s.t0 || !d.lx.pluralPersonWord(d.toks[k].lower) {
		return false
	}
	if own && d.lx.is(strings.TrimSuffix(d.toks[k].lower, "s"), wcGovOffice) {
		return true
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
