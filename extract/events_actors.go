package extract

import (
	"slices"
	"strings"
)

// The actors pass: bodies that stand for the persons the story shows
// acting for them.
//
// A general reading of news English: a story of talks or a deal between
// two bodies ("wage talks between the dockers' union and the terminal
// operator", "the two clubs agreed") often names, for each body, the one
// person who led it in the matter ("the union's general secretary, A",
// "the operator's human resources director, B") and tells those persons
// acting together ("A and B signed the extension"). The guidelines name
// persons first, so the events told by the bodies are the persons'.
// Guards: every party is a body (an organization) and the story ties
// exactly one person to each (its employer, from a title: employer.go),
// one person for one body; and the story itself tells an event of
// exactly those persons, of the same type (a person who only commented,
// or whom the story never shows beside the other side's, is no actor;
// heads who met are not thereby the parties of their companies' deal). A deal of two
// companies whose heads the story never shows acting together stays the
// companies', and so does a round of their series of talks told with no
// party of its own (bodiesRound). Visits are left alone (a delegation's visit is told by
// its members elsewhere).
//
// It runs after the merges (events_build), so each telling is already one
// event; a body telling that becomes the persons' and then shares their
// id is folded into it here.
func (d *document) actorsForBodies() {
	if len(d.events) < 2 {
		return
	}
	// the sets of persons the story shows acting together
	together := map[string]bool{}
	for i := range d.events {
		if ev := &d.events[i]; ev.Type != Visit && len(ev.Participants) >= 2 && allPersons(ev) {
			together[ev.Type+"\x00"+personsKey(ev.Participants)] = true
		}
	}
	if len(together) == 0 {
		return
	}
	changed := false
	for i := range d.events {
		ev := &d.events[i]
		if ev.Type == Visit || len(ev.Participants) < 2 || d.bodiesRound(ev) {
			continue
		}
		actors := d.actorsOf(ev.Participants)
		if actors == nil || !together[ev.Type+"\x00"+personsKey(actors)] {
			continue
		}
		d.tracef("actors: %s %q (S%d) %s -> %s", ev.Type, ev.Trigger, ev.facts.sent, partyNames(ev), partyNames(&Event{Participants: actors}))
		if len(ev.Explain) > 0 {
			ev.Explain = append(ev.Explain, "resolved "+strings.Trim(partyNames(ev), "[]")+" to the persons the story shows acting for them: participants "+strings.Trim(partyNames(&Event{Participants: actors}), "[]"))
		}
		ev.Participants = actors
		ev.ID = eventID(*ev)
		changed = true
	}
	if changed {
		d.foldSameIDs()
	}
}

// bodiesRound: a round of a series of talks that took its parties from
// the story told before it ("In March a second round was held in Hull"
// after the deal; events_rounds.go). It covers every borrowed round, not
// only those the companies' rule gave: a round borrows its parties from
// the talks or the deal told before, so no sentence shows who sat at it,
// and a series of rounds is its bodies' talks, held by their teams; the
// persons the story shows acting together were named for another day.
// A round borrowed from persons has no bodies to give way.
func (d *document) bodiesRound(ev *Event) bool {
	return ev.facts.borrowed && d.lx.is(strings.ToLower(ev.Trigger), wcRound, wcSequel)
}

// foldSameIDs: an event told by its bodies and, apart, by its persons on
// the same date is one event once the bodies give way (the merge pass
// saw two sets of parties): the later telling folds into the earlier one,
// unless it is placed elsewhere (merge.go).
func (d *document) foldSameIDs() {
	seen := map[string]int{}
	out := d.events[:0]
	for _, e := range d.events {
		if k, ok := seen[e.ID]; ok && !d.elsewhere(&out[k], &e) {
			d.tracef("actors: %s %q (S%d) is the %q told before", e.Type, e.Trigger, e.facts.sent, out[k].Trigger)
			d.foldMention(&out[k], e)
			continue
		}
		if _, ok := seen[e.ID]; !ok {
			seen[e.ID] = len(out)
		}
		out = append(out, e)
	}
	d.events = out
}

// actorsOf: for bodies, the one person of each the story names (in the
// bodies' order), or nil when a party is no organization, or has no
// person or more than one.
func (d *document) actorsOf(ps []Participant) []Participant {
	var out []Participant
	seen := map[*entity]bool{}
	for _, p := range ps {
		if p.Type != Organization {
			return nil
		}
		var one *entity
		for _, e := range d.ents {
			if e.typ != Person || e.org == "" {
				continue
			}
			if !strings.EqualFold(e.org, p.Name) && !strings.EqualFold(d.fullOrgName(e.org), p.Name) {
				continue
			}
			if one != nil && one != e {
				return nil // two persons for one side
			}
			one = e
		}
		if one == nil || seen[one] {
			return nil
		}
		seen[one] = true
		out = append(out, d.participant(one.canon))
	}
	return out
}

// personsKey names a set of persons in any order.
func personsKey(ps []Participant) string {
	names := make([]string, 0, len(ps))
	for _, p := range ps {
		names = append(names, strings.ToLower(p.Name))
	}
	slices.Sort(names)
	return strings.Join(names, "\x00")
}
