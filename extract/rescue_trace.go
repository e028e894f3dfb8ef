package extract

import (
	"maps"
	"strings"
)

// The removed-candidates trace: with keepRemoved (set with a trace,
// Options.Trace, and by the tests; never in a published record), a draft
// a rule removes goes on through the event passes as if it had not been
// removed, and is traced and kept beside the record with the removing
// rule's name instead of becoming an event: why an event is missing. The
// published events do not change: a removed draft reads the story's
// context but leaves it as it found it (runState), and it never enters the
// events list, the id table or the merge pass.
//
// The removal points it covers, each a name in removedEvent.rule:
//
//   - trigger senses (events.go triggersIn): "sense: " and the sense's
//     reason (senseHolds), trigger-needs (triggerHolds), noun-role;
//   - candidates (events_candidates.go): release-tail, quotation,
//     past-occasion, occasion-of-verb, predicate-restatement, and each
//     factuality rule by its name (factualityRules: negated, denied,
//     hoped for…, conditional, clause negated or modal…);
//   - parties (events_parties.go): no-parties — no party rule found a valid
//     set; the draft takes the first non-empty set a rule found (one party
//     of a meeting, a visitor that is a place…), and the rule's name is
//     kept as the draft's party rule with the prefix "invalid:";
//     title-parties — a title line whose parties are not its own;
//   - settle (events.go): described-restates, undated-plan (a plan with no
//     date yet: events_time.go when), visit-no-place (where);
//   - trip summaries (merge_tripsummary.go): trip-summary — a trip noun
//     naming a whole trip's countries, dropped before the merge pass for
//     its stops told on their own;
//   - merge (merge.go): merge — a mention folded into an event told before,
//     kept as the event it was before the fold.

// removedEvent is one candidate a rule removed: the event it would have
// been and the rule that removed it.
type removedEvent struct {
	ev    Event
	rule  string
	draft removedDraft
}

// removedDraft is what the draft's passes read of a removed candidate: the
// features a learned decision may weigh.
type removedDraft struct {
	frame      string // the trigger's frame lemma
	pos        string // the frame's part of speech (verb, noun)
	need       string // for trigger-needs, what was missing (triggerFails)
	verb       bool
	future     bool
	title      bool
	quoted     bool
	contextual bool
	partyRule  string
	parties    int
	persons    int
	ownDate    bool
	ownPlace   bool
	date       bool
	place      bool
	dupID      bool // an event of the same id was already kept: the candidate adds nothing
	sent       int  // the sentence's index
	reading    string
}

// drop reports whether a candidate a rule removes is dropped: always,
// unless removed candidates are kept, in which case the draft is marked
// with its first removing rule and goes on.
func (r *eventRun) drop(c *eventDraft, rule string) bool {
	if !r.d.keepRemoved {
		return true
	}
	if c.removedBy == "" {
		c.removedBy = rule
	}
	return false
}

// factualityRuleOf is the factuality rule's name without its detail
// ("negated (\"cancelled\")" is "negated").
func factualityRuleOf(why string) string {
	if i := strings.Index(why, " ("); i > 0 {
		return why[:i]
	}
	return why
}

// runState is the part of an event run a removed draft may change and must
// leave as it found it. It holds everything the event passes write:
//
//   - the run itself (eventRun, copied by value: its context, scenes, story
//     date and places, dateline, sentence parties) and a copy of each of
//     its maps (seen, venues, the scenes' bare mentions);
//   - what the passes write on the document: the speaker, the bodies a
//     party rule described (describedNames), an unnamed body's session
//     (session), the events list (its length: a removed draft never adds
//     to it, and restore cuts it back, with a trace line, if one did).
//
// Left as they are, because filling them cannot change a later event: the
// document's memos filled on first use (genders, mentionsOf, liveDays,
// bodyDescs, titleSplits, titleWords, clubs, sports, lowerWords) are each
// a function of what the passes before the event passes wrote (tokens,
// mentions, entities), which the event passes do not change, so a removed
// draft fills them with the values a live draft would; exclude is set and
// emptied inside one call (roles.go); removed and rejected are the trace's
// own lists. TestKeepRemovedLeavesEventsAlone checks the whole over every
// training set.
type runState struct {
	run       eventRun
	nev       int
	spkr      *entity
	seen      map[string]int
	plans     map[string]bareMention
	bare      map[string]bareMention
	venue     map[string]bool
	described map[string]bool
	session   int
}

// saveRun copies the run's state before a removed draft is read.
func (r *eventRun) saveRun() *runState {
	d := r.d
	return &runState{run: *r, nev: len(d.events), spkr: d.speaker, seen: maps.Clone(r.seen),
		plans: maps.Clone(r.ctx.plan.bare), bare: maps.Clone(r.ctx.scene.bare), venue: maps.Clone(r.venues),
		described: maps.Clone(d.describedNames), session: d.session}
}

// restore puts the run back as saveRun found it. A removed draft never
// adds to the events list; should one ever have, the events it added are
// cut off and traced (never a panic: Extract runs on any input).
func (r *eventRun) restore(s *runState) {
	*r = s.run
	r.seen, r.ctx.plan.bare, r.ctx.scene.bare, r.venues = s.seen, s.plans, s.bare, s.venue
	d := r.d
	d.speaker, d.describedNames, d.session = s.spkr, s.described, s.session
	if len(d.events) > s.nev {
		for _, e := range d.events[s.nev:] {
			d.tracef("removed-candidates trace: a removed draft added event %s %q; dropped, the published events are those of a run without the trace", e.Type, e.Trigger)
		}
		d.events = d.events[:s.nev]
	}
}

// removedGoesOn: in keepRemoved mode a draft a settle rule removes goes on
// marked with the rule (its run state saved, to be restored when it is
// settled); otherwise it stops. A draft with no parties takes the first
// non-empty set a party rule found; with none at all it stops.
func (r *eventRun) removedGoesOn(c *eventDraft, rule string) bool {
	if !r.d.keepRemoved {
		return false
	}
	if c.removedBy == "" && r.saved == nil {
		r.saved = r.saveRun() // restored when the draft is settled
	}
	if c.rule == "" && !r.invalidParties(c) {
		return false
	}
	if c.removedBy == "" {
		c.removedBy = rule
	}
	return true
}

// invalidParties gives a draft no party rule decided the first non-empty
// set a rule found (one party of a meeting, a visitor no rule accepts).
func (r *eventRun) invalidParties(c *eventDraft) bool {
	for _, rule := range partyRules {
		if c.tr.needs == "body" && !rule.bodyFrame {
			continue
		}
		ps := rule.find(r, c)
		if len(ps.parties) == 0 {
			continue
		}
		c.rule = "invalid:" + rule.name
		c.contextual, c.borrowed = ps.contextual, ps.borrowed
		for _, p := range ps.parties {
			c.parts = append(c.parts, p.name)
			if p.typ == Person {
				c.persons = appendUniq(c.persons, p.name)
			}
			if p.typ == "" {
				c.unknown[p.name] = true
			}
		}
		return true
	}
	return false
}

// settled restores the run after a draft a settle rule removed.
func (r *eventRun) settled() {
	if r.saved != nil {
		s := r.saved
		r.saved = nil
		r.restore(s)
	}
}

// keepRemovedEvent keeps the event a removed draft would have been.
func (r *eventRun) keepRemovedEvent(c *eventDraft, ev Event) {
	_, dup := r.seen[ev.ID]
	rd := removedDraft{verb: c.tr.verb, future: c.future, title: c.title, quoted: r.d.speaker != nil || c.speaker != nil,
		contextual: c.contextual, partyRule: c.rule, parties: len(c.parts), persons: len(c.persons),
		ownDate: c.ownDate != "", ownPlace: c.ownPlace != "", date: c.date != "", place: c.place != "",
		dupID: dup, sent: c.si, reading: strings.Join(c.cl.reading, " ")}
	if c.tr.frame != nil {
		rd.frame, rd.pos = c.tr.frame.lemma, "noun"
		if c.tr.frame.verb {
			rd.pos = "verb"
		}
	}
	rd.need = c.removedNeed
	r.d.tracef("S%d %s %q: removed by rule %s; would be %v date %q place %q", c.si, ev.Type, ev.Trigger, c.removedBy, c.parts, ev.Date, ev.Location)
	r.d.removed = append(r.d.removed, removedEvent{ev: ev, rule: c.removedBy, draft: rd})
}

// keepFolded keeps a mention the merge pass folds into an event told
// before, as the event it was.
func (d *document) keepFolded(b *Event) {
	if d.keepRemoved {
		e := *b
		e.Evidence = append([]Evidence(nil), b.Evidence...)
		d.removed = append(d.removed, removedEvent{ev: e, rule: "merge", draft: removedDraft{sent: b.facts.sent}})
	}
}

// rejectedTrigger is a trigger a sense rule removed (triggersIn): "sense:
// " and the sense's reason, trigger-needs (triggerHolds: what the trigger
// needs around it is missing), noun-role (a verb that needs its object
// read as a noun).
type rejectedTrigger struct {
	m    trigMatch
	rule string
	need string // for trigger-needs, what was missing (triggerFails)
}

// reject keeps a trigger a sense rule removed (its rule is rule+detail),
// while candidates collects them.
func (d *document) reject(m trigMatch, rule, detail string) {
	if d.rejecting {
		d.rejected = append(d.rejected, rejectedTrigger{m: m, rule: rule + detail})
	}
}

// rejectNeed keeps a trigger triggerHolds removed (rule trigger-needs)
// with what was missing: the frame's need or the lemma's own check.
func (d *document) rejectNeed(m trigMatch, why string) {
	if d.rejecting {
		d.rejected = append(d.rejected, rejectedTrigger{m: m, rule: "trigger-needs", need: why})
	}
}

// withTrigger is the sentence's triggers with a removed one put back in
// its place, and its index.
func withTrigger(trigs []trigMatch, m trigMatch) ([]trigMatch, int) {
	i := 0
	for i < len(trigs) && trigs[i].t0 < m.t0 {
		i++
	}
	out := make([]trigMatch, 0, len(trigs)+1)
	out = append(append(append(out, trigs[:i]...), m), trigs[i:]...)
	return out, i
}

// removedLast orders a sentence's drafts: the live ones as the passes
// order them (leadInLast: fronted talks last), then the removed ones kept,
// which read the context the live ones leave and change nothing.
func (r *eventRun) removedLast(cs []*eventDraft) []*eventDraft {
	if !r.d.keepRemoved {
		return r.leadInLast(cs)
	}
	var live, removed []*eventDraft
	for _, c := range cs {
		if c.removedBy != "" {
			removed = append(removed, c)
		} else {
			live = append(live, c)
		}
	}
	return append(r.leadInLast(live), removed...)
}
