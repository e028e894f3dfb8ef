package extract

import "strings"

// dealTalksPlace (rule deal-talks): an agreement whose own sentence tells
// the talks that led to it ("reached a deal on herring quotas on Tuesday
// after four days of talks in Klaksvik", "After talks in Arusha, the two
// signed a border pact") was reached where those talks were held: the
// place a meeting of that sentence gave itself, when the meeting is told
// before the agreement or after a temporal word that puts it first
// (leadsIn) or after a word of class heldat that holds the agreement at
// it in the agreement's own clause ("signed a grazing accord on Friday
// during talks in Tarija": heldAtTalks), has every party of the agreement
// and the same tense, and the agreement has no place of its own (none,
// or one its story, scene or dateline lent it).
// Run once every event is found (storyPlace), before the story's place
// fills the unplaced.
func (r *eventRun) dealTalksPlace() {
	d := r.d
	for i := range d.events {
		e := &d.events[i]
		if e.Type != Agreement || e.facts.ownPlace || !e.facts.set || len(e.Participants) == 0 {
			continue
		}
		for j := range d.events {
			m := &d.events[j]
			if m.Type != Meeting || m.Location == "" || !m.facts.ownPlace || m.facts.sent != e.facts.sent || m.Planned != e.Planned {
				continue
			}
			if f := m.facts; f.sent >= 0 && f.sent < len(d.sent) && d.remote(d.sent[f.sent]) {
				continue
			}
			if !(m.facts.t0 < e.facts.t0 || d.leadsIn(m.facts.t0) || d.heldAtTalks(e, m)) {
				continue // "agreed to hold a summit in Tokyo": the summit is what was agreed
			}
			all := true
			for _, p := range e.Participants {
				all = all && hasParty(m, p.Name)
			}
			if !all {
				continue
			}
			d.tracef("%s %q: place %q by rule deal-talks (the talks %q of its sentence)", e.Type, e.Trigger, m.Location, m.Trigger)
			e.Location = m.Location
			if d.explain {
				e.Explain = append(e.Explain, "place "+m.Location+" by rule deal-talks: where the talks that led to it were held")
			}
			break
		}
	}
}

// leadsIn: a temporal word that puts what follows first (class temporal:
// after, following; not class pastref: since) stands within five words
// before token k, with no comma between ("after three days of talks").
func (d *document) leadsIn(k int) bool {
	s := d.sent[d.toks[k].sent]
	for j := k - 1; j >= s.t0 && j >= k-5; j-- {
		t := d.toks[j]
		if t.text == "," {
			return false
		}
		if d.lx.is(t.lower, wcTemporal) {
			return !d.lx.is(t.lower, wcPastRef)
		}
	}
	return false
}

// heldAtTalks: the agreement e was done at the meeting m told after it
// in its clause: a word of class heldat (at, during) opens the phrase of
// m's noun, within four words before it with no comma between ("at a
// meeting", "during two days of talks"; it gives up at a capitalised
// word there, as a named occasion is read by the occasion rules); no
// comma, relative word or verb other than the agreement's own (the verbs
// right after its noun: "the accord was signed on Friday at talks in X")
// stands between the agreement's trigger and that word (a meeting in a
// clause of its own, "a deal they first discussed at talks", may be an
// earlier one); and the meeting has no date of its own, or the
// agreement's.
func (d *document) heldAtTalks(e, m *Event) bool {
	k := m.facts.t0
	s := d.sent[d.toks[k].sent]
	at := -1
	for j := k - 1; j >= s.t0 && j >= k-4 && j >= e.facts.t1; j-- {
		t := d.toks[j]
		if t.text == "," || t.cap {
			return false
		}
		if d.lx.is(t.lower, wcHeldAt) {
			at = j
			break
		}
	}
	if at < 0 {
		return false
	}
	own := true // the verbs right after the trigger are its own: "the accord was signed"
	for j := e.facts.t1; j < at; j++ {
		t := d.toks[j]
		verb := strings.HasPrefix(t.tag, "VB")
		// adverbs, negation and auxiliaries stay in the trigger's verb
		// group: "the accord was formally signed"
		own = own && (verb || strings.HasPrefix(t.tag, "RB") || d.lx.is(t.lower, wcNegation, wcAux, wcModal))
		if t.text == "," || d.lx.is(t.lower, wcRelative) || verb && !own && j != e.facts.head {
			return false // the meeting is told in a clause of its own
		}
	}
	return !m.facts.ownDate || m.Date == e.Date
}
