package extract

import (
	"sort"
	"strings"
)

// The parties pass: who took part in a draft's event. The clause's own
// reading comes first — its subject, object, with-phrase, "between X and
// Y", possessor, by-phrase, coordination, pronouns and descriptions
// resolved (roles.go, participants.go); context follows as an ordered
// list of named rules (partyRules), and the first rule that yields a valid
// party set decides. The trace and --explain name the rule.

// partySet is what one party rule found.
type partySet struct {
	parties    []party
	contextual bool // some came from context: a pronoun, a description, the last event
	borrowed   bool // some are not named in the sentence at all
	unnamed    bool // one named person with an unnamed group
}

// partyRule is one way to find an event's parties.
type partyRule struct {
	name      string
	find      func(r *eventRun, c *eventDraft) partySet
	bodyFrame bool // applies to a frame that needs a body ("voted")
}

// partyRules is the cascade, in order (set in init: the rules read the
// run's context).
var partyRules []partyRule

func init() {
	partyRules = []partyRule{
		{"body-vote", (*eventRun).ruleBodyVote, true},
		{"clause-persons", (*eventRun).ruleClausePersons, false},
		{"occasion-sides", (*eventRun).ruleOccasionSides, false},         // events_deal_occasion.go: a passive deal takes the sides of the meeting it was signed at
		{"occasion-of-deal", (*eventRun).ruleOccasionOfDeal, false},      // events_deal_occasion.go: "X and Y settled the dispute in a call"
		{"delegation-leader", (*eventRun).ruleDelegationLeader, false},   // events_visit.go: before any context
		{"hosted-talks", (*eventRun).ruleHostedTalks, false},             // events_hosted.go: "talks hosted by X" after the sides' event
		{"group-mover", (*eventRun).ruleGroupMover, false},               // events_trips.go: "The group travelled to X": the delegation told before
		{"trip-leg", (*eventRun).ruleTripLeg, false},                     // events_tripleg.go: "The tour opened in Seoul": the trip told before
		{"accepted-offer", (*eventRun).ruleAcceptedOffer, false},         // events_deal_approve.go: "X's board accepted Y's offer"
		{"described-body", (*eventRun).ruleDescribedBody, false},         // bodies.go
		{"settlement", (*eventRun).ruleSettlement, false},                // events_settle.go
		{"listed-members", (*eventRun).ruleListedMembers, false},         // events_members.go
		{"clause-governments", (*eventRun).ruleClauseGovernments, false}, // roles.go: seats of government
		{"group-owners", (*eventRun).ruleGroupOwners, false},             // participants.go: "EU and Chinese officials"
		{"resumed-talks", (*eventRun).ruleResumedTalks, false},           // events_rounds.go: "Both sides will return to the table"
		{"clause-described-subject", (*eventRun).ruleClauseDescribed, false},
		{"described-company", (*eventRun).ruleDescribedCompany, false}, // events_deal_describe.go
		{"sentence-subject", (*eventRun).ruleSentenceSubject, false},
		{"next-round", (*eventRun).ruleNextRound, false},                   // events_rounds.go: before the last event's parties
		{"lead-in", (*eventRun).ruleLeadIn, false},                         // events_rounds.go: "After two days of talks, the companies agreed"
		{"meeting-counterpart", (*eventRun).ruleMeetingCounterpart, false}, // events_deal_counterpart.go: "At the meeting, X agreed to ..."
		{"last-event", (*eventRun).ruleLastEvent, false},
		{"members-body", (*eventRun).ruleMembersBody, false}, // events_deal_approve.go: "Commissioners approved an agreement with X"
		{"salient-person", (*eventRun).ruleSalientPerson, false},
		{"told-before", (*eventRun).ruleToldBefore, false}, // events_toldbefore.go
		{"clause-span-persons", (*eventRun).ruleSpanPersons, false},
		{"focal-visitor", (*eventRun).ruleFocalVisitor, false},
		{"focal-trip", (*eventRun).ruleFocalTrip, false}, // events_visit.go
		{"clause-named", (*eventRun).ruleClauseNamed, false},
		{"clause-span-organizations", (*eventRun).ruleSpanOrgs, false},
		{"person-and-organization", (*eventRun).rulePersonAndOrg, false},
		{"bloc-agreement", (*eventRun).ruleBlocAgreement, false},
		{"body-alone", (*eventRun).ruleBodyAlone, false},
		{"clause", (*eventRun).ruleClause, true},
		{"told-next", (*eventRun).ruleToldNext, false},   // events_discourse_next.go: "The buyer, X, ..."
		{"lede-party", (*eventRun).ruleLedeParty, false}, // resolve_lede.go
		{"unnamed-group", (*eventRun).ruleUnnamedGroup, false},
		{"led-sides", (*eventRun).ruleLedSides, false}, // events_ledsides.go: "The X delegation was led by A, and the Y side by B", when nothing else holds
	}
}

// participants fills in the draft's parties by the first rule that yields
// a valid set; with none, the clause's named persons still say who the
// sentence is about (for the context later drafts read).
func (r *eventRun) participants(c *eventDraft) {
	d, tr := r.d, c.tr
	c.clause = d.clauseParties(&c.cl, tr, c.si, r.focal, r.ctx.last)
	c.reach = r.reachPersons(c)
	if src := d.attributed(c); len(src) > 0 {
		// the source of a report is no party of the event it reports
		// ("A meeting with X ... was postponed, spokesperson Y said")
		kept := c.reach[:0:0]
		for _, p := range c.reach {
			if !src[p] {
				kept = append(kept, p)
			}
		}
		c.reach = kept
	}
	c.shared = c.reach
	if len(r.sentParts) > 0 && (tr.verb || d.holdBefore(tr)) {
		switch {
		case tr.typ == Visit && len(c.shared) == 0:
			c.shared = r.sentParts[:1]
		case tr.typ != Visit && len(c.shared) < 2:
			c.shared = uniq(append(append([]string(nil), r.sentParts...), c.shared...))
		}
	}
	c.unknown = map[string]bool{}
	if v, ok := d.namedVisitor(c); ok && v.typ != Person && d.groupVisitBy(tr, c.s) == "" {
		// "with the visit of Switzerland": a team's or a country's visit,
		// named by the noun itself, is no one else's ("a visit by a
		// Tarnberg team led by X" is X's: groupVisitBy)
		d.tracef("S%d %s %q: the visitor %q is no person", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), v.name)
		c.persons = c.shared
		return
	}
	if d.sidesFixture(c) {
		// "The sides meet again on March 11" in a sports story: a contest
		// (participants_fixture.go)
		d.tracef("S%d %s %q: fixture-sides: the teams' contest, no meeting in %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), d.textOf(span{c.s.t0, c.s.t1}))
		c.persons = c.shared
		return
	}
	ranked := r.rankingParties()
	var before eventDraft
	for i, rule := range partyRules {
		if tr.needs == "body" && !rule.bodyFrame {
			continue // "the council voted": its body, else its clause
		}
		if ranked {
			before = *c // the learned ranker may undo what this rule set (party_rank.go)
		}
		ps := rule.find(r, c)
		if !r.validParties(c, ps) {
			continue
		}
		if ranked {
			rule, ps = r.rankParties(c, &before, i, ps)
		}
		r.applyParties(c, rule, ps)
		if r.readingArgs() {
			r.readArgs(c) // the learned argument reader (args.go)
		}
		return
	}
	c.persons = c.shared
	d.tracef("S%d %s %q: no party rule holds (clause %v)", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.clause)
	if r.readingArgs() {
		r.fillArgs(c) // the learned argument reader, fill-only (args.go)
	}
}

// applyParties gives the draft the party set a rule found.
func (r *eventRun) applyParties(c *eventDraft, rule partyRule, ps partySet) {
	d, tr := r.d, c.tr
	c.rule = rule.name
	c.contextual, c.borrowed, c.unnamed = ps.contextual, ps.borrowed, ps.unnamed
	c.persons = append(c.persons, c.shared...)
	for _, p := range ps.parties {
		c.parts = append(c.parts, p.name)
		if p.typ == Person {
			c.persons = appendUniq(c.persons, p.name)
		}
		if p.typ == "" {
			c.unknown[p.name] = true
		} else if r.d.byCanon[p.name] == nil {
			if c.partTypes == nil {
				c.partTypes = map[string]string{}
			}
			c.partTypes[p.name] = p.typ // "Washington and Beijing": United States, China
		}
		if p.via != "" && p.via != "country" {
			c.vias = append(c.vias, "resolved "+p.via)
		}
	}
	r.refine(c) // events_officials.go: countries -> their officials (or the persons told next)
	d.tracef("S%d %s %q: parties %v by rule %s", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), ps.parties, rule.name)
	if d.trace != nil {
		d.tracef("DIAG %s\t%s\t%q\tparts=%v\tclause=%v\tsubj=%v\tobj=%v\tpp=%v\t%s", rule.name, tr.typ, d.textOf(span{tr.t0, tr.t1}), ps.parties, c.clause, d.argsText(c.cl.subj), d.argsText(c.cl.obj), d.ppText(c.cl.pp), d.textOf(span{c.s.t0, c.s.t1}))
	}
}

// validParties: a visit needs a visitor (a person, else two parties); a
// meeting or agreement two parties, or one deliberative body or bloc
// alone, or one named person with an unnamed group.
func (r *eventRun) validParties(c *eventDraft, ps partySet) bool {
	n := len(ps.parties)
	if n == 0 {
		return false
	}
	if c.tr.typ == Visit {
		if r.d.visitorIsPlace(c, ps) || r.d.possessedSubject(c) || r.d.groupTrip(c) || r.d.returnHome(c, ps) || r.strayStop(c, ps) { // "the trip to Achin", "his wife flew to", "its tour of Japan" (events_visit.go); a tour stop of no traveller (events_tourstop.go)
			return false
		}
		for _, p := range ps.parties {
			if p.typ == Person {
				return true
			}
		}
		return n >= 2
	}
	if n >= 2 || ps.unnamed {
		return true
	}
	name := ps.parties[0].name
	return r.d.isBody(r.lx, name) || r.d.isBloc(name)
}

// viaContext reports whether any party came from context, and whether any
// is not named in the sentence (a country named there is its own).
func viaContext(ps []party) (contextual, borrowed bool) {
	for _, p := range ps {
		if p.via != "" {
			contextual = true
			borrowed = borrowed || p.via != "country" && !isSeatVia(p.via) && !strings.HasPrefix(p.via, viaOwner)
		}
	}
	return contextual, borrowed
}

// ruleBodyVote: a frame that needs a body has it before the trigger ("The
// City Council voted 5-2 on Tuesday").
func (r *eventRun) ruleBodyVote(c *eventDraft) partySet {
	if c.tr.needs != "body" {
		return partySet{}
	}
	if b := r.d.bodyIn(r.lx, span{max(c.region.t0, c.tr.t0-20), c.tr.t0}); b != "" {
		return partySet{parties: []party{{name: b, typ: Organization}}}
	}
	return partySet{}
}

// ruleClauseDescribed: a verb whose subject is a pronoun or a description
// ("he met Bush", "the Kenyan president met Okoye at State House")
// takes its clause's parties when the sentence names fewer than two
// persons (clauseFirst): what else the sentence names is not its subject.
func (r *eventRun) ruleClauseDescribed(c *eventDraft) partySet {
	if !r.d.clauseFirst(c, c.shared) {
		return partySet{}
	}
	if len(c.clause) == 1 && c.clause[0].name == r.d.ownBody(c) {
		// "tabled by France and Germany after the G7 meeting": the
		// body's own meeting, not one of every name in the sentence
		return r.ruleClause(c)
	}
	if len(c.clause) < 2 && !(c.tr.typ == Visit && len(c.clause) == 1 && c.clause[0].typ == Person) {
		return partySet{}
	}
	return r.ruleClause(c)
}

// ruleClause: the clause's roles by the frame, pronouns and descriptions
// resolved ("Soto met Li", "talks between Soto and Li", "Soto's visit",
// "She met Li", "the two firms signed").
func (r *eventRun) ruleClause(c *eventDraft) partySet {
	ctxl, borrowed := viaContext(c.clause)
	return partySet{parties: c.clause, contextual: ctxl, borrowed: borrowed}
}

// ruleSentenceSubject: a later trigger of the sentence with too few
// persons of its own shares the first event's subject ("Soto will fly to
// Lisbon to meet Li", "X will hold talks with Y and sign a memorandum").
func (r *eventRun) ruleSentenceSubject(c *eventDraft) partySet {
	if len(r.sentParts) == 0 || !(c.tr.verb || r.d.holdBefore(c.tr)) {
		return partySet{}
	}
	if c.tr.typ == Meeting && r.d.unnamedGroupSide(c.tr) {
		r.d.tracef("S%d %s %q: unnamed-side: no sentence subject in %q", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), r.d.textOf(span{c.s.t0, c.s.t1}))
		return partySet{} // "X said Y would lead a delegation to Tokyo to meet component makers": Y and the group (unnamed-group)
	}
	persons := c.reach
	switch {
	case c.tr.typ == Visit && len(persons) == 0:
		if r.d.pluralDescribedSubject(&c.cl) {
			return partySet{} // "Greeting the bankers, who had flown in overnight, X said": they travelled (clause_relative.go)
		}
		persons = r.sentParts[:1]
	case c.tr.typ != Visit && len(persons) < 2:
		persons = uniq(append(append([]string(nil), r.sentParts...), persons...))
	default:
		return partySet{}
	}
	return partySet{parties: r.twoSides(c, persons, nil, nil)}
}

// twoSides completes the parties a context rule found with the persons of
// the trigger's reach (those of lead first, in the sentence's order): two
// persons (one visitor), else two organizations or countries (with those
// near the trigger), else none.
func (r *eventRun) twoSides(c *eventDraft, lead []string, persons, others []party) []party {
	var ps []party
	seen := map[string]bool{}
	all := append(personParties(lead), persons...)
	for _, p := range append(all, personParties(c.reach)...) {
		if !seen[p.name] {
			seen[p.name] = true
			ps = append(ps, p)
		}
	}
	if len(ps) >= 2 || c.tr.typ == Visit && len(ps) == 1 {
		return ps
	}
	var os []party
	for _, o := range r.nearParties(c) {
		if !seen[o] {
			seen[o] = true
			os = append(os, party{name: o, typ: r.d.byCanon[o].typ})
		}
	}
	for _, o := range others {
		if !seen[o.name] {
			seen[o.name] = true
			os = append(os, o)
		}
	}
	if len(os) >= 2 {
		return os
	}
	if len(ps) == 1 && len(os) == 1 {
		// a person and an organization, never the person's own country
		if o := r.d.partyFor(ps[0].name, []string{os[0].name}); o != "" {
			return append(ps, os[0])
		}
	}
	return nil
}

// ruleLastEvent: "They agreed", "The two sides will meet again": the
// parties of the last meeting or agreement, ten sentences back at most,
// when the sentence does not name two organizations or countries itself.
func (r *eventRun) ruleLastEvent(c *eventDraft) partySet {
	for _, p := range c.clause {
		if strings.HasPrefix(p.via, viaOwner) {
			return partySet{} // "Turkish officials met": Turkey's people, not the last event's parties
		}
	}
	if r.d.unnamedGroupSide(c.tr) {
		r.d.tracef("S%d %s %q: unnamed-side: no last-event parties in %q", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), r.d.textOf(span{c.s.t0, c.s.t1}))
		return partySet{} // "to meet Japanese component makers": an unnamed group is no back-reference
	}
	last := r.ctx.last
	if last == nil || c.si-r.ctx.lastSent > 10 || len(c.shared) >= 2 || !r.d.anaphoricSubject(c.s, c.tr) || len(r.nearParties(c)) >= 2 {
		return partySet{}
	}
	var persons, others []party
	for _, x := range partiesOf(last, "the last event's parties") { // events_toldbefore.go
		if x.typ == Person {
			persons = append(persons, x)
		} else {
			others = append(others, x)
		}
	}
	return partySet{parties: r.twoSides(c, c.shared, persons, others), contextual: true, borrowed: true}
}

// ruleSalientPerson: a meeting or agreement whose sentence names no one
// before it is the person spoken of ("talks with Li", "He met Li", "The
// Brazilian minister also met Li"; "after meeting Li": the doer before the
// preposition), with their delegation's companions.
func (r *eventRun) ruleSalientPerson(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	participle := tr.t0 > c.s.t0 && d.toks[tr.t0-1].text == "," && c.cl.gerund
	if tr.typ == Visit || !participle && (len(r.nearParties(c)) >= 2 || !d.implicitSubject(r.lx, c.region, tr)) {
		return partySet{}
	}
	if d.namedSubjectBefore(c) {
		return partySet{} // "X Council approved an agreement with Y", "it signed a memorandum with Y" (events_visit.go)
	}
	if r.clauseNamesSides(c) || tr.typ == Agreement && d.neuterSubject(c) {
		return partySet{} // "X formed a joint venture with Y, ... after meeting Z", "it signed a memorandum with Y": the clause's own (events_deal_counterpart.go)
	}
	if d.unnamedGroupSide(tr) && len(c.shared) > 0 {
		d.tracef("S%d %s %q: unnamed-side: no person spoken of in %q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), d.textOf(span{c.s.t0, c.s.t1}))
		return partySet{} // "X would lead a delegation to Tokyo to meet Japanese component makers": X and the group, no one else (unnamed-group)
	}
	who := d.antecedent(c.si, r.focal)
	if g := d.gerundSubject(&c.cl, tr, c.s, c.si); g != nil {
		who = g
	} else if participle {
		return partySet{}
	}
	if who == nil || d.attributed(c)[who.canon] {
		return partySet{} // the source of the report is no party
	}
	for _, a := range c.cl.subj {
		if a.pron != "" && d.descClash(who, a) {
			// "Vice President X opened a bridge ... the president will
			// meet Y": the subject names an office X does not hold
			d.tracef("S%d %s: the subject %q is not %s (descClash)", c.si, tr.typ, a.pron, who.canon)
			return partySet{}
		}
	}
	reach := c.reach
	if participle {
		// "After the death of X in 2019 he withdrew, agreeing to back
		// Y for the chair": the participle's subject is its main clause's,
		// and a name in a fronted phrase is none of its parties
		sp := d.clauseSpan(c)
		reach = nil
		for _, p := range c.reach {
			if d.namedIn(p, sp) {
				reach = append(reach, p)
			}
		}
		c.reach = reach
	}
	ps := []party{{name: who.canon, typ: Person, via: "the person spoken of"}}
	if d.delegation(c.s) {
		for _, x := range r.companions {
			ps = append(ps, party{name: x.canon, typ: Person, via: "a companion"})
		}
	}
	all := r.twoSides(c, reach, ps, nil)
	if len(all) == 0 {
		// one person spoken of and an organization near the trigger
		if o := d.partyFor(who.canon, r.nearParties(c)); o != "" {
			all = []party{ps[0], {name: o, typ: d.byCanon[o].typ}}
		}
	}
	return partySet{parties: all, contextual: true, borrowed: true}
}

// ruleFocalVisitor: "the visit", "this trip" with no visitor in its
// clause is the visit of the person the story is about, and of those
// accompanying them.
func (r *eventRun) ruleFocalVisitor(c *eventDraft) partySet {
	if c.tr.typ != Visit || r.focal == nil || !r.d.definiteTrigger(c.tr) {
		return partySet{}
	}
	if len(c.cl.pp["of"]) > 0 || len(c.cl.pp["by"]) > 0 || len(c.cl.pp["poss"]) > 0 {
		// "the visit of Switzerland", "the visit by the delegation",
		// "its visit": the clause names a visitor, none the story's
		return partySet{}
	}
	ps := []party{{name: r.focal.canon, typ: Person, via: "the story's focal person"}}
	for _, x := range r.companions {
		ps = append(ps, party{name: x.canon, typ: Person, via: "a companion"})
	}
	return partySet{parties: ps, contextual: true, borrowed: true}
}

// rulePersonAndOrg: the one person of the trigger's reach (else of its
// clause) and an organization (or another country) near the trigger
// ("Soto held talks at the European Commission"); never a person and
// their own country.
func (r *eventRun) rulePersonAndOrg(c *eventDraft) partySet {
	if c.tr.typ == Visit {
		return partySet{}
	}
	var person party
	switch persons := c.shared; {
	case len(persons) == 1:
		person = party{name: persons[0], typ: Person}
	case len(persons) == 0:
		for _, p := range c.clause {
			if p.typ == Person {
				if person.name != "" {
					return partySet{}
				}
				person = p
			}
		}
	}
	if person.name == "" {
		return partySet{}
	}
	near := r.nearParties(c)
	if from := r.d.reportedFrom(c); from > c.region.t0 {
		// "The daily X reported that Holm had met executives of Y": the
		// reporter is no party
		kept := near[:0:0]
		for _, o := range near {
			if r.d.namedIn(o, span{from, c.region.t1}) {
				kept = append(kept, o)
			}
		}
		near = kept
	}
	o := r.d.partyFor(person.name, near)
	if o == "" {
		return partySet{}
	}
	ctxl, borrowed := viaContext([]party{person})
	return partySet{parties: []party{person, {name: o, typ: r.d.byCanon[o].typ}}, contextual: ctxl, borrowed: borrowed}
}

// nearParties lists the organizations and countries named near the
// trigger, in its reach.
func (r *eventRun) nearParties(c *eventDraft) []string {
	return r.d.partyNames(span{max(c.region.t0, c.tr.t0-20), min(c.region.t1, c.tr.t1+12)})
}

// ruleBlocAgreement: a bloc agreeing on its own ("ECOWAS leaders agreed to
// set up a standby force").
func (r *eventRun) ruleBlocAgreement(c *eventDraft) partySet {
	if c.tr.typ != Agreement {
		return partySet{}
	}
	for _, p := range c.clause {
		if p.typ == Person {
			return partySet{}
		}
	}
	others := r.nearParties(c)
	if len(others) != 1 || !r.d.isBloc(others[0]) || !r.d.subjectBefore(others[0], c.tr) {
		return partySet{}
	}
	return partySet{parties: []party{{name: others[0], typ: Organization}}}
}

// ruleBodyAlone: "The Monetary Policy Council met": a body meeting alone.
func (r *eventRun) ruleBodyAlone(c *eventDraft) partySet {
	if c.tr.typ != Meeting {
		return partySet{}
	}
	if b := r.d.bodyIn(r.lx, span{max(c.region.t0, c.tr.t0-20), c.tr.t1 + 6}); b != "" {
		return partySet{parties: []party{{name: b, typ: Organization}}}
	}
	return partySet{}
}

// ruleUnnamedGroup: "Obama met with leaders of the region": one named
// person and an unnamed group is a meeting of that person.
func (r *eventRun) ruleUnnamedGroup(c *eventDraft) partySet {
	if c.tr.typ != Meeting {
		return partySet{}
	}
	if p := r.d.meetsUnnamed(&c.cl, c.tr, c.si, r.focal, r.ctx.last); p != "" {
		return partySet{parties: []party{{name: p, typ: Person}}, unnamed: true}
	}
	return partySet{}
}

// remember updates the story's context with what the draft's own sentence
// gave it — its date and place when it involves the focal person, its
// persons as the sentence's subject — whether or not it becomes an event.
func (r *eventRun) remember(c *eventDraft) {
	d, tr, ctx := r.d, c.tr, &r.ctx
	c.involvesFocal = r.focal != nil && (contains(c.persons, r.focal.canon) || c.contextual)
	r.noteScene(c)
	r.noteTrip(c) // events_tourstop.go
	if len(r.sentParts) == 0 && len(c.persons) > 0 && (!c.contextual || r.d.openingPronoun(c)) {
		r.sentParts = c.persons
	}
	d.tracef("S%d %s %q: parts %v (rule %q) date %q place %q ctx %q/%q", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.parts, c.rule, c.ownDate, c.ownPlace, ctx.scene.date, ctx.scene.place)
}

// enoughParties: a draft needs the parties a rule found; a title line
// names its own (no context: a headline comes before any), two of them
// unless a visit.
func (r *eventRun) enoughParties(c *eventDraft) bool {
	d, tr := r.d, c.tr
	if c.rule == "" {
		return false
	}
	if c.title && (c.borrowed || len(c.unknown) > 0 || tr.typ != Visit && len(c.parts) < 2) {
		d.tracef("S%d %s %q: a title line's parties are not its own (%v)", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), c.vias)
		return false
	}
	return true
}

// ruleClausePersons: the persons the clause names in the frame's roles,
// none of them resolved from context ("Soto met Li", "talks between Soto
// and Li", "Soto's visit to Lima").
func (r *eventRun) ruleClausePersons(c *eventDraft) partySet {
	cl := &c.cl
	if len(cl.subj) == 0 && len(cl.pp["poss"]) == 0 && len(cl.pp["between"]) == 0 && len(cl.pp["by"]) == 0 {
		// "discussions with X and Y": the with-phrase is the other
		// side; the one who held them is not in the clause
		return partySet{}
	}
	var ps []party
	for _, p := range c.clause {
		if p.typ != Person || p.via != "" {
			return partySet{}
		}
		ps = append(ps, p)
	}
	return partySet{parties: ps}
}

// ruleClauseGovernments: the clause's own named parties when a seat of
// government stands for its government among them ("Washington and
// Beijing reached a deal", "Tokyo will hold talks with Seoul", "talks
// between Ankara and the EU"); every other party is named in the clause.
func (r *eventRun) ruleClauseGovernments(c *eventDraft) partySet {
	seat := false
	for _, p := range c.clause {
		switch {
		case isSeatVia(p.via):
			seat = true
		case p.via != "" && p.via != "country":
			return partySet{}
		}
	}
	if !seat || len(c.clause) < 2 {
		return partySet{}
	}
	return partySet{parties: c.clause, contextual: true}
}

// ruleGroupOwners: the clause's parties when a group of people in it is
// named by its owners ("Canadian and South Korean officials held talks",
// "talks with EU and Chinese negotiators"): the countries and bodies,
// with the clause's other parties.
func (r *eventRun) ruleGroupOwners(c *eventDraft) partySet {
	owned := false
	for _, p := range c.clause {
		switch {
		case strings.HasPrefix(p.via, viaOwner):
			owned = true
		case p.via != "" && p.via != "country" && !isSeatVia(p.via):
			return partySet{}
		}
	}
	if !owned || len(c.clause) < 2 {
		return partySet{}
	}
	return partySet{parties: c.clause, contextual: true}
}

// ruleClauseNamed: the parties the clause names in the frame's roles,
// persons or organizations or countries (two, or one visitor), none of
// them from context ("Kenya
// and Uganda signed", "the ministers of France and Germany agreed", "talks
// between the EU and Mercosur").
func (r *eventRun) ruleClauseNamed(c *eventDraft) partySet {
	if len(c.clause) < 2 && c.tr.typ != Visit {
		return partySet{} // one body or bloc alone: its own rules say so
	}
	for _, p := range c.clause {
		if p.via != "" && p.via != "country" {
			return partySet{}
		}
	}
	return partySet{parties: c.clause}
}

// reachPersons lists the persons named in the trigger's reach: for a
// meeting or agreement that shares its sentence with others of its type,
// the first one's subject and its own objects (sameTypeParts); a visit
// told by a gerund after a preposition ("before travelling to Rota") is
// the sentence subject's.
func (r *eventRun) reachPersons(c *eventDraft) []string {
	d, tr := r.d, c.tr
	if tr.typ != Visit {
		return d.sameTypeParts(c.trigs, c.ti, c.region)
	}
	if c.cl.gerund && tr.t0 > c.s.t0 && r.lx.is(d.toks[tr.t0-1].lower, wcPrep) && len(r.sentParts) > 0 {
		return r.sentParts[:1]
	}
	return d.personNames(c.region)
}

// ruleSpanPersons: the persons named in the trigger's own clause (two, or
// one visitor) when the clause reader could not tell their roles — a
// bounded reading: nothing past a clause word, a semicolon, a relative
// clause or a quotation's attribution (clauseSpan).
func (r *eventRun) ruleSpanPersons(c *eventDraft) partySet {
	sp := r.d.clauseSpan(c)
	if at := r.d.reportedGroup(c); at > sp.t0 {
		sp.t0 = at // "X said the squad would arrive in Y": the squad travels (events_visit.go)
	}
	var persons []string
	for _, p := range c.reach {
		if r.d.namedIn(p, sp) && !r.d.onlyInAsideParticiple(p, sp, c.tr) && !(c.tr.typ == Visit && r.d.onlyInviter(p, sp, c.s)) {
			persons = append(persons, p)
		}
	}
	if !ArgsGuard(c.tr.typ, len(persons)) { // two sides, or one visitor
		return partySet{}
	}
	return partySet{parties: personParties(persons)}
}

// namedIn: the entity named name has a mention in sp.
func (d *document) namedIn(name string, sp span) bool {
	for _, m := range d.mentionsIn(sp) {
		if e := d.entityOf(m); e != nil && e.canon == name {
			return true
		}
	}
	return false
}

// clauseSpan bounds the trigger's reach by its clause: leftwards up to a
// clause word or semicolon, or the relative pronoun of a relative clause
// the trigger stands in (with the phrase it hangs on, and the name that
// phrase describes); rightwards up to a clause word, a semicolon, or a
// comma before a quotation's attribution ("…, the ministry said"), unless
// the trigger stands in a fronted phrase ("In a phone call, Soto told
// X"). A relative clause after the trigger stays in (measured: cutting it
// loses a meeting on the final set). Read once a draft.
func (d *document) clauseSpan(c *eventDraft) span {
	if !c.spanRead {
		c.clauseSp, c.spanRead = d.readClauseSpan(c), true
	}
	return c.clauseSp
}

func (d *document) readClauseSpan(c *eventDraft) span {
	lo, hi := c.region.t0, c.region.t1
	comma := false
	for k := c.tr.t0 - 1; k >= c.region.t0; k-- {
		l := d.toks[k].lower
		if l == ";" || d.lx.is(l, wcClause) {
			lo = k + 1
			break
		}
		if t := d.toks[k]; d.lx.is(l, wcReport) && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP") && !comma && d.reportedClause(k, c.tr.t0) {
			// the trigger stands in what is reported: "The daily X
			// reported that Holm had met Y", "Z told VOA that the case
			// came up during Tuesday's meeting": the reporter is no party
			lo = k + 1
			break
		}
		comma = comma || l == ","
		if d.lx.is(l, wcRelative) && l != "that" && !comma {
			// the trigger stands in a relative clause: it and the phrase
			// it hangs on ("X, a commentator who made a trip to Iraq")
			j := k - 1
			if j >= c.region.t0 && d.toks[j].text == "," {
				j--
			}
			lo = j + 1
			if a, ok := d.phraseEndingAt(j+1, c.s); ok && a.span.t0 >= c.region.t0 {
				lo = a.span.t0
				if a.pron != "" {
					if st := d.descriptionStart(a.span.t1, c.s); st-1 > c.region.t0 && d.toks[st-1].text == "," && d.endsPerson(st-1, c.s) {
						ms := d.mentionsIn(span{max(c.region.t0, st-9), st - 1})
						lo = ms[len(ms)-1].span.t0
					}
				}
			}
			break
		}
	}
	if f := d.frontedEnd(c); f > lo {
		lo = f
	}
	// a trigger in a fronted phrase ("In a phone call on Monday, Soto
	// told X") belongs to the main clause after its comma
	fronted := c.s.t0 < c.tr.t0 && d.lx.is(d.toks[c.s.t0].lower, wcPrep) && !comma
	for k := c.tr.t1; k < c.region.t1; k++ {
		l := d.toks[k].lower
		if l == ";" || d.lx.is(l, wcClause) {
			hi = k
			break
		}
		if l == "," && !fronted {
			// ", the ministry said", ", Soto and Li said on Monday"
			for j := k + 1; j < c.region.t1 && j <= k+12; j++ {
				t := d.toks[j]
				if d.lx.is(t.lower, wcReport) {
					hi = k
					break
				}
				if t.text == "," || d.lx.is(t.lower, wcRelative) || strings.HasPrefix(t.tag, "VB") && !t.cap {
					break
				}
			}
			if hi == k {
				break
			}
		}
	}
	return span{lo, hi}
}

func personParties(names []string) []party {
	ps := make([]party, len(names))
	for i, n := range names {
		ps[i] = party{name: n, typ: Person}
	}
	return ps
}

// ruleSpanOrgs: two organizations or countries named near the trigger in
// its own clause (clauseSpan) when the clause reader could not tell their
// roles.
func (r *eventRun) ruleSpanOrgs(c *eventDraft) partySet {
	sp := r.d.clauseSpan(c)
	var others []string
	for _, o := range r.nearParties(c) {
		if r.d.namedIn(o, sp) {
			others = append(others, o)
		}
	}
	if len(others) < 2 {
		return partySet{}
	}
	ps := make([]party, len(others))
	for i, o := range others {
		ps[i] = party{name: o, typ: r.d.byCanon[o].typ}
	}
	return partySet{parties: ps}
}

// argsText shows arguments for a trace.
func (d *document) argsText(as []arg) []string {
	var out []string
	for _, a := range as {
		if a.pron != "" {
			out = append(out, "~"+a.pron)
		} else {
			out = append(out, a.name+"/"+a.typ)
		}
	}
	return out
}

// ppText shows a clause's prepositional phrases for a trace.
func (d *document) ppText(pp map[string][]arg) string {
	var b []string
	keys := make([]string, 0, len(pp))
	for k := range pp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b = append(b, k+":"+strings.Join(d.argsText(pp[k]), "+"))
	}
	return strings.Join(b, " ")
}

// attributed: the persons named in a report's attribution after the
// trigger, the last comma-set phrase of its sentence holding a reporting
// verb ("..., IOC spokesperson Lukas Meier said", "..., said Meier, a
// spokesperson"): the source, no party of what is reported. A name before
// that last comma stays ("to meet X, Y, diplomatic sources said"), and a
// reporting verb with its own content after it is no attribution ("In a
// phone call, Soto told Li Wei that talks would resume"). Read once a
// draft.
func (d *document) attributed(c *eventDraft) map[string]bool {
	if !c.attrRead {
		c.attribution, c.attrRead = d.readAttribution(c), true
	}
	return c.attribution
}

func (d *document) readAttribution(c *eventDraft) map[string]bool {
	verb := -1
	for k := c.tr.t1; k < c.s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcReport) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil
	}
	comma := -1
	for k := verb - 1; k >= c.tr.t1; k-- {
		if d.toks[k].text == "," {
			comma = k
			break
		}
	}
	tail := 14
	if verb+1 < c.s.t1 && d.toks[verb+1].tag == "TO" {
		tail = 24 // "..., a communique issued by Morocco's interior ministry in Rabat and signed by X said": all of it the source (deals)
	}
	if comma < 0 || verb-comma > 8 || c.s.t1-comma > tail {
		return nil
	}
	for k := verb + 1; k < c.s.t1; k++ {
		if l := d.toks[k].lower; l == "that" || l == ":" || d.lx.is(l, wcRelative) {
			// "..., Soto told Li Wei that talks would resume": a report
			// of its own, not the attribution of the trigger's clause
			return nil
		}
	}
	src := map[string]bool{}
	for _, m := range d.mentionsIn(span{comma + 1, c.s.t1}) {
		if e := d.entityOf(m); e != nil && m.typ == Person {
			src[e.canon] = true
		}
	}
	return src
}

// reportedClause: the reporting verb at k opens a reported clause that
// reaches the trigger at tr: "that" follows it within six words ("told
// VOA on Wednesday that"), or a pronoun or possessive does ("said her
// client had agreed"). "announced the postponement after meeting X"
// reports no clause: its subject stays in reach.
func (d *document) reportedClause(k, tr int) bool {
	for j := k + 1; j < tr && j <= k+6; j++ {
		if d.toks[j].lower == "that" {
			return true
		}
	}
	if k+1 < tr {
		switch d.toks[k+1].tag {
		case "PRP", "PRP$":
			return true
		}
	}
	return false
}

// reportedFrom: where the reported clause the trigger stands in begins,
// after its reporting verb ("X reported that"), or the start of the
// trigger's reach when it stands in none.
func (d *document) reportedFrom(c *eventDraft) int {
	for k := c.tr.t0 - 1; k >= c.region.t0; k-- {
		t := d.toks[k]
		if t.text == ";" || t.text == "," || d.lx.is(t.lower, wcClause) {
			break
		}
		if d.lx.is(t.lower, wcReport) && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP") && d.reportedClause(k, c.tr.t0) {
			return k + 1
		}
	}
	return c.region.t0
}

// frontedEnd: for a participle set off by a comma after its main clause
// ("..., agreeing to back Y for the chair") in a sentence that opens with a
// prepositional phrase, where that phrase ends: at its comma ("After the
// death of X in 2019, Soto withdrew, agreeing"), else at the main
// clause's pronoun subject ("After the death of X in 2019 he withdrew,
// agreeing"). A name in the fronted phrase is none of the participle's
// parties. 0 when there is no such phrase.
func (d *document) frontedEnd(c *eventDraft) int {
	if !c.cl.gerund || c.tr.t0 <= c.s.t0 || d.toks[c.tr.t0-1].text != "," || d.toks[c.s.t0].tag != "IN" {
		return 0
	}
	for k := c.s.t0; k < c.tr.t0-1; k++ {
		t := d.toks[k]
		if t.text == "," {
			return k + 1
		}
		if t.tag == "PRP" && d.lx.is(t.lower, wcPersonal) {
			return k
		}
	}
	return 0
}

// onlyInAsideParticiple: every mention of name in sp stands in a participle
// phrase set off by commas before the trigger (", led by Prime Minister X,"
// after the noun it describes): it describes someone else, no party of
// the event ("had urged aid to the government, led by X, following a meeting
// with envoys"); one right before the trigger's verb describes its
// subject and stays ("The delegation, led by X, met Y").
func (d *document) onlyInAsideParticiple(name string, sp span, tr trigMatch) bool {
	found := false
	for _, m := range d.mentionsIn(sp) {
		if e := d.entityOf(m); e == nil || e.canon != name {
			continue
		}
		found = true
		k := m.span.t0 - 1
		for k > sp.t0 && d.toks[k].tag != "," && d.toks[k].text != "," && m.span.t0-k <= 6 {
			if d.toks[k].lower == "by" {
				break
			}
			k--
		}
		by := k
		if by <= sp.t0+1 || d.toks[by].lower != "by" || d.toks[by-1].tag != "VBN" || by-2 < sp.t0 || d.toks[by-2].text != "," {
			return false
		}
		end := m.span.t1
		if end >= tr.t0 || d.toks[end].text != "," {
			return false // the trigger stands in the phrase, or it runs on
		}
		j := end + 1
		for j < tr.t0 && (d.toks[j].tag == "RB" || d.toks[j].tag == "MD" || d.lx.is(d.toks[j].lower, wcAux, wcBe)) {
			j++
		}
		if j == tr.t0 {
			// "The delegation, led by X, met Y": the phrase describes
			// the trigger's own subject, whom its leader speaks for
			return false
		}
	}
	return found
}
