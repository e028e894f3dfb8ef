package extract

// The led-sides reading: news names the persons who led each side of
// talks in one clause, passive, the later sides gapped ("Norway's
// delegation was led by A, and the Andean Community side by B"; "The
// Kenyan delegation will be headed by A and the Ugandan delegation by B"). Each
// clause's subject ends in a side noun (word class talkside: delegation,
// side; or class orgside: team, which stands for an organization's side
// only — "the Indian rescue team" is no side of talks), its verb is a
// form of "be", not negated (a modal and adverbs with it: "will be headed
// by", "is again led by"), and a leader participle (class leader) right
// before "by". Two or more such sides with distinct named persons are
// read; one side alone names no counterpart.
//
// A meeting whose clause gives no party takes those persons when its own
// sentence has the clauses, or when the next sentence opens with them and
// tells no other meeting or agreement and no date of its own (rule
// led-sides). A meeting of countries or organizations takes them in
// their place when each of its sides is the one a clause names (the
// refinement led-sides, beside represented-by).

// ledSide is one side and the person who led it. The side is the country
// or organization its subject names ("Norway's delegation", "the Andean
// Community side"), or the country of its nationality word ("the Kenyan
// delegation"); "" when it names none ("the government
// delegation").
type ledSide struct {
	side, typ string
	person    *entity
}

// ledSideWindow: how many words after its "by" the leader's name may
// stand ("by the deputy minister for rural roads and bridges, A": the title
// between).
const ledSideWindow = 11

// ledSides reads the led-by clauses of sentence s; nil unless the first
// opens the sentence (after an optional coordinator, "And", its first
// word is a determiner, a possessive, a proper noun or a nationality
// word: the sentence is about who led the sides, not "Last time the X
// delegation was led by A") and there are two or more.
func (d *document) ledSides(s sentence) []ledSide {
	at := -1
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcLeader) && d.lx.is(d.toks[k+1].lower, wcAgentBy) {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	j, be := at, false
	for j > s.t0 {
		t := d.toks[j-1]
		if d.lx.is(t.lower, wcNegation) {
			return nil // "was not led by X"
		}
		if d.lx.is(t.lower, wcBe) {
			be = true
		} else if !d.lx.is(t.lower, wcAux, wcModal, wcFuture) && t.tag != "RB" {
			break
		}
		j--
	}
	if !be || j <= s.t0 || !d.lx.is(d.toks[j-1].lower, wcTalkSide, wcOrgSide) {
		return nil // "the delegation, led by X,": no clause of sides
	}
	first := s.t0
	if d.lx.is(d.toks[first].lower, wcCoordinator) {
		first++
	}
	if t := d.toks[first]; !(t.tag == "DT" || t.tag == "PRP$" || t.tag == "NNP" || t.tag == "NNPS") {
		if n, _ := d.demonymAt(d.lx, first, j); n == 0 {
			return nil // "Last time the X delegation was led by A": another occasion
		}
	}
	for k := s.t0; k < j; k++ {
		if t := d.toks[k]; t.text == "," || d.lx.is(t.lower, wcRelative, wcClause) || k > s.t0 && d.isVerbTag(t.tag) {
			return nil // "When the talks opened, the delegation was led by X": another clause first
		}
	}
	var out []ledSide
	seen := map[*entity]bool{}
	from, by, noun := s.t0, at+1, j-1
	for {
		p, end := d.leaderAfterBy(by, s)
		if p == nil || seen[p] {
			break
		}
		seen[p] = true
		side, typ := d.sideIn(span{from, by})
		if d.lx.is(d.toks[noun].lower, wcOrgSide) && typ != Organization {
			return nil // "the Indian rescue team was led by A": a team of a country is no side of talks
		}
		out = append(out, ledSide{side: side, typ: typ, person: p})
		// the gapped clauses: ", and the Y side by B"
		next := -1
		for k := end; k+1 < s.t1; k++ {
			t := d.toks[k]
			if d.lx.is(t.lower, wcAgentBy) {
				next = k
				break
			}
			if t.lower == ";" || d.isVerbTag(t.tag) || d.lx.is(t.lower, wcRelative, wcClause) {
				break
			}
		}
		if next < 0 || !d.lx.is(d.toks[next-1].lower, wcTalkSide, wcOrgSide) {
			break
		}
		from, by, noun = end, next, next-1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// isVerbTag: a finite or participle verb tag.
func (d *document) isVerbTag(tag string) bool {
	return len(tag) >= 2 && tag[:2] == "VB"
}

// leaderAfterBy: the first person named within the window after the "by"
// at token by, and the token after its mention; nil when a country, an
// organization or a clause word comes first.
func (d *document) leaderAfterBy(by int, s sentence) (*entity, int) {
	end := min(s.t1, by+ledSideWindow)
	for k := by + 1; k < end; k++ {
		if t := d.toks[k]; d.lx.is(t.lower, wcRelative, wcClause) || d.lx.is(t.lower, wcAgentBy) {
			end = k
			break
		}
	}
	for _, m := range d.mentionsIn(span{by + 1, end}) {
		switch {
		case m.typ == Person:
			if e := d.entityOf(m); e != nil {
				return e, m.span.t1
			}
		case m.typ == Title:
		default:
			return nil, 0 // "led by the Andean Community's secretariat"
		}
	}
	return nil, 0
}

// sideIn: the last country or organization named in the side's subject
// (span sp, up to its "by"), else the country of a nationality word in it,
// with its entity type; "" when it names none.
func (d *document) sideIn(sp span) (string, string) {
	side, typ := "", ""
	for _, m := range d.mentionsIn(sp) {
		if m.typ == Organization || m.typ == Location && m.kind == "country" {
			if e := d.entityOf(m); e != nil && !d.isDemonym(m) {
				side, typ = e.canon, e.typ
			}
		}
	}
	if side != "" {
		return side, typ
	}
	for k := sp.t0; k < sp.t1; k++ {
		if n, c := d.demonymAt(d.lx, k, sp.t1); n > 0 {
			return c, Location
		}
	}
	return "", ""
}

// sentenceSides: the countries (by name or nationality word) and the
// organizations sentence s names.
func (d *document) sentenceSides(s sentence) (countries, orgs map[string]bool) {
	countries, orgs = map[string]bool{}, map[string]bool{}
	for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
		e := d.entityOf(m)
		switch {
		case e == nil:
		case m.typ == Organization:
			orgs[e.canon] = true
		case m.typ == Location && m.kind == "country" && !d.isDemonym(m):
			countries[e.canon] = true
		}
	}
	for k := s.t0; k < s.t1; k++ {
		if n, c := d.demonymAt(d.lx, k, s.t1); n > 0 {
			countries[c] = true
			k += n - 1
		}
	}
	return countries, orgs
}

// sidesOfTalks: the led sides are the talks' own, told in the meeting's
// sentence s: each is named and no two are the same; each is a country or
// organization s names, or they are all countries (their nationality words:
// "the Nepali side", "the Indian side"); and s names no country that no
// side is (talks "with Iran": a British and a French delegation are one
// side of them). Two delegations of one country ("the Senate delegation",
// "the House team") or of no name ("the support team") are not.
func (d *document) sidesOfTalks(ls []ledSide, s sentence) bool {
	countries, orgs := d.sentenceSides(s)
	seen := map[string]bool{}
	told, allCountries := true, true
	for _, x := range ls {
		if x.side == "" || seen[x.side] {
			return false
		}
		seen[x.side] = true
		told = told && (countries[x.side] || orgs[x.side])
		allCountries = allCountries && x.typ == Location
	}
	for c := range countries {
		if !seen[c] {
			return false
		}
	}
	return told || allCountries
}

// ledSidesFor: the led-by clauses of the draft's own sentence, else of
// the next when it opens with them and tells no meeting or agreement and
// no date of its own.
func (d *document) ledSidesFor(si int) ([]ledSide, bool) {
	if ls := d.ledSides(d.sent[si]); ls != nil {
		return ls, false
	}
	n := si + 1
	if n >= len(d.sent) || d.briefFloor(n) > si {
		return nil, false
	}
	s := d.sent[n]
	for _, t := range d.triggersIn(d.lx, s) {
		if t.typ != Visit {
			return nil, false // "delegation" is a visit noun; a meeting told there is another one
		}
	}
	for _, m := range d.dates {
		if !m.coarse && m.span.t0 >= s.t0 && m.span.t1 <= s.t1 {
			return nil, false
		}
	}
	return d.ledSides(s), true
}

// ruleLedSides: a meeting with no party of its own clause takes the
// persons who led its sides, when the sides are the talks' own
// (sidesOfTalks).
func (r *eventRun) ruleLedSides(c *eventDraft) partySet {
	if c.tr.typ != Meeting {
		return partySet{}
	}
	ls, next := r.d.ledSidesFor(c.si)
	if ls == nil || !r.d.sidesOfTalks(ls, c.s) {
		return partySet{}
	}
	var ps partySet
	c.led = ledLend{led: true}
	countries, orgs := r.d.sentenceSides(c.s)
	for _, x := range ls {
		ps.parties = append(ps.parties, party{name: x.person.canon, typ: Person, via: "led a side"})
		c.led.bodies = append(c.led.bodies, party{name: x.side, typ: x.typ})
	}
	for _, b := range c.led.bodies {
		if !countries[b.name] && !orgs[b.name] {
			c.led.bodies = nil // "the Nepali side" of provinces' talks: the talks named other bodies, which a later round is not given
			break
		}
	}
	ps.contextual, ps.borrowed = next, next
	return ps
}

// refineLedSides: a meeting of countries or organizations whose every
// side a led-by clause names takes the persons who led them.
func (r *eventRun) refineLedSides(c *eventDraft) ([]party, bool) {
	d := r.d
	if c.tr.typ != Meeting || len(c.parts) < 2 {
		return nil, false
	}
	for _, p := range c.parts {
		if e := d.byCanon[p]; e == nil || e.typ == Person {
			return nil, false
		}
	}
	ls, next := d.ledSidesFor(c.si)
	if len(ls) != len(c.parts) {
		return nil, false
	}
	var out, bodies []party
	for _, p := range c.parts {
		bodies = append(bodies, party{name: p, typ: d.byCanon[p].typ})
		found := false
		for _, x := range ls {
			if x.side == p {
				out = append(out, party{name: x.person.canon, typ: Person, via: "led " + p})
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	c.led = ledLend{led: true, bodies: bodies}
	return out, next
}

// ledLend is what a meeting whose parties led its sides lends a later
// round: the persons led that sitting only, so a round told with no party
// of its own takes the bodies the meeting named before (its countries or
// organizations), or nothing when it named none.
type ledLend struct {
	led    bool
	bodies []party
}

// roundLent: the parties a round with no party of its own takes from the
// meeting ev told before.
func roundLent(ev *Event, via string) partySet {
	if !ev.led.led {
		return partySet{parties: partiesOf(ev, via), contextual: true, borrowed: true}
	}
	var ps []party
	for _, p := range ev.led.bodies {
		ps = append(ps, party{name: p.name, typ: p.typ, via: via})
	}
	return partySet{parties: ps, contextual: true, borrowed: true}
}
