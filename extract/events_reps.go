package extract

import "strings"

// The representation readings: which person acted for which country or
// body of an event (the guidelines: named persons first).
//
// A story often tells an event between countries or bodies and then says
// who stood for each of them, in so many words:
//
//	"India was represented by its national security adviser A, Sri Lanka
//	 by Defence Secretary B and the Maldives by C."
//	"A represented Chile at the talks."
//	"The union, represented by its general secretary A, ..."
//
// Rule represented-by (a party refinement, events_officials.go) reads
// those statements in the event's sentence and the next two of its
// paragraph and brief (officialsWindow), and makes the persons the parties
// when every country or body party of the event has exactly one
// representative (persons already among the parties stay). The verb is a
// word class (represent, word_classes.tsv). A later sentence that tells an
// event with a date or a place of its own other than the event's tells
// another occasion (otherOccasion), and its persons are no one's
// representatives here.

// repPair is one "X was represented by P" reading: the party's canonical
// name and its representative.
type repPair struct {
	party  string
	person *entity
}

// refineRepresentedBy: every non-person party of the draft has its
// representative told in the window; nil otherwise.
func (r *eventRun) refineRepresentedBy(c *eventDraft) ([]party, bool) {
	d := r.d
	if len(c.parts) == 0 {
		return nil, false
	}
	reps := map[string]*entity{}
	other := false
	for _, si := range r.officialsSentences(c) {
		if si > c.si && r.otherOccasion(c, si) {
			continue
		}
		for _, p := range d.representedIn(d.sent[si]) {
			k := strings.ToLower(p.party)
			if _, ok := reps[k]; ok {
				continue // the first statement stands
			}
			reps[k] = p.person
			other = other || si > c.si
		}
	}
	if len(reps) == 0 {
		return nil, false
	}
	var out []party
	seen := map[string]bool{}
	stood := 0
	for _, p := range c.parts {
		e := d.byCanon[p]
		if e != nil && e.typ == Person {
			if !seen[e.canon] {
				seen[e.canon] = true
				out = append(out, party{name: e.canon, typ: Person})
			}
			continue
		}
		rep := reps[strings.ToLower(p)]
		if rep == nil || seen[rep.canon] {
			return nil, false // a party nobody is told to stand for, or one person for two
		}
		seen[rep.canon] = true
		stood++
		out = append(out, party{name: rep.canon, typ: Person, via: "representative of " + p})
	}
	if stood == 0 {
		return nil, false
	}
	d.tracef("S%d %s %q: %v represented by %v (rule represented-by)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), c.parts, out)
	return out, other
}

// officialsSentences: the event's sentence and the next ones of the
// officials' window, in the same brief and at most one paragraph break on.
func (r *eventRun) officialsSentences(c *eventDraft) []int {
	d := r.d
	brief := d.briefTok(d.sent[c.si].t0)
	out := []int{c.si}
	paras := 0
	for si := c.si + 1; si < len(d.sent) && si <= c.si+officialsWindow; si++ {
		s := d.sent[si]
		if d.briefTok(s.t0) != brief {
			break
		}
		if d.toks[s.t0].para {
			paras++
			if paras > 1 {
				break
			}
		}
		out = append(out, si)
	}
	return out
}

// otherOccasion: sentence si tells an event (a trigger of any type) with a
// date or a place of its own other than the one the draft's sentence
// names for it (both named: a later sentence that only adds a date or a
// place may tell the same act) ("Mozambique and Tanzania will sign next week. ... a day after
// Tanzania's secretary A met Mozambique's deputy minister B in Mtwara"):
// the persons named there acted on another occasion. Only an event a
// person acts in counts ("A and B told reporters that the commission would
// hold its first session before the end of the year" tells no act of
// theirs).
func (r *eventRun) otherOccasion(c *eventDraft, si int) bool {
	d := r.d
	s, first := d.sent[si], d.sent[c.si]
	fs, ns := span{first.t0, first.t1}, span{s.t0, s.t1}
	date, place := d.nearestDate(fs, c.tr), d.nearPlace(fs, c.tr)
	for _, t := range d.triggersIn(r.lx, s) {
		v, p := d.nearestDate(ns, t), d.nearPlace(ns, t)
		if (v != "" && date != "" && v != date || p != "" && place != "" && p != place) && d.personActs(t, s) {
			r.d.tracef("S%d: persons of another occasion for %q (S%d)", si, r.d.textOf(span{c.tr.t0, c.tr.t1}), c.si)
			return true
		}
	}
	return false
}

// representedIn reads a sentence's representation statements:
//
//	passive  "X was represented by (its title) P"   X -> P
//	gapped   "..., Y by (title) Q and Z by R"        after a passive one
//	reduced  "X, represented by P, ..."              X -> P
//	active   "P represented X (at ...)"              X -> P
//
// X is a country or an organization mention; P the first person named
// within a few words after "by" (a title may stand before the name).
func (d *document) representedIn(s sentence) []repPair {
	var out []repPair
	passive := false
	for k := s.t0; k < s.t1; k++ {
		t := d.toks[k]
		if d.lx.is(t.lower, wcRepresent) {
			if k+1 < s.t1 && d.toks[k+1].lower == "by" {
				passive = true
				if x := d.repPartyBefore(s, k); x != "" {
					if p := d.repPersonAfter(s, k+2); p != nil {
						out = append(out, repPair{x, p})
					}
				}
				k++
				continue
			}
			if p := d.repPersonBefore(s, k); p != nil {
				if x := d.repPartyAt(s, k+1); x != "" {
					out = append(out, repPair{x, p})
				}
			}
			continue
		}
		if passive && t.lower == "by" {
			// the gapped verb: "Sri Lanka by Defence Secretary B"
			if x := d.repPartyEndingAt(s, k); x != "" {
				if p := d.repPersonAfter(s, k+1); p != nil {
					out = append(out, repPair{x, p})
				}
			}
		}
	}
	return out
}

// repPartyBefore: the country or organization that ends right before the
// verb at k, over auxiliaries and a comma ("India was represented",
// "The union, represented").
func (d *document) repPartyBefore(s sentence, k int) string {
	j := k - 1
	for j >= s.t0 && (d.lx.is(d.toks[j].lower, wcAux, wcBe) || d.toks[j].text == ",") {
		j--
	}
	if j < s.t0 {
		return ""
	}
	return d.repPartyEndingAt(s, j+1)
}

// repPartyEndingAt: the country or organization whose mention ends right
// before token k, or "".
func (d *document) repPartyEndingAt(s sentence, k int) string {
	for _, m := range d.mentionsIn(span{max(s.t0, k-8), k}) {
		if m.span.t1 != k {
			continue
		}
		if e := d.repParty(m); e != nil {
			return e.canon
		}
	}
	return ""
}

// repPartyAt: the country or organization named at token k, "the"
// allowed before it.
func (d *document) repPartyAt(s sentence, k int) string {
	if k < s.t1 && d.lx.is(d.toks[k].lower, wcArticle) {
		k++
	}
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if e := d.repParty(m); e != nil {
			return e.canon
		}
	}
	return ""
}

// repParty: the entity of a country or organization mention, or nil.
func (d *document) repParty(m mention) *entity {
	e := d.entityOf(m)
	if e == nil {
		return nil
	}
	if e.typ == Organization || e.typ == Location && e.kind == "country" {
		return e
	}
	return nil
}

// repPersonAfter: the first person named from token k on, within a title's
// reach (a comma allowed: "by its minister, A"), before any other party.
func (d *document) repPersonAfter(s sentence, k int) *entity {
	for j := k; j < s.t1 && j < k+repReach; j++ {
		if w := d.toks[j].lower; w == ";" || w == "by" || d.lx.is(w, wcCoordinator) {
			return nil
		}
		for _, m := range d.mentionsIn(span{j, j + 1}) {
			if m.typ == Person {
				return d.entityOf(m)
			}
			if d.repParty(m) != nil && m.typ == Location {
				return nil // another country first
			}
		}
	}
	return nil
}

// repPersonBefore: the person whose mention ends right before the verb at
// k (an auxiliary or "who" between), for the active reading.
func (d *document) repPersonBefore(s sentence, k int) *entity {
	j := k - 1
	for j >= s.t0 && (d.lx.is(d.toks[j].lower, wcAux, wcBe, wcRelative) || d.toks[j].text == ",") {
		j--
	}
	for _, m := range d.mentionsIn(span{max(s.t0, j-8), j + 1}) {
		if m.typ == Person && m.span.t1 == j+1 {
			return d.entityOf(m)
		}
	}
	return nil
}

// repReach is how many words after "by" a representative's name may
// begin (its title before it: "its national security adviser A").
const repReach = 8

// personActs: the clause of trigger t names a person as a subject, an
// object or in a prepositional role (a pronoun resolved to one counts).
func (d *document) personActs(t trigMatch, s sentence) bool {
	cl := d.readClause(t, s)
	args := append(append([]arg(nil), cl.subj...), cl.obj...)
	for _, as := range cl.pp {
		args = append(args, as...)
	}
	for _, a := range args {
		if a.typ == Person || a.pron != "" && d.lx.is(a.pron, wcPersonal) {
			return true
		}
	}
	return false
}
