package extract

import "strings"

// The described-company reading: business news names a company once and
// then describes it — "the carmaker", "the London market", "the Bristol
// operator", "the German company", "the bank" (org_context.tsv rows
// flagged orgnoun). The description is the company told of whose name or
// story fits its words:
//   - its head noun ends the company's name ("the bank" for Castellan
//     Bank, "the exchange" for the London Stock Exchange);
//   - a place before the head is in the company's name ("the London
//     market") or where the story bases it ("Bristol-based Marlow",
//     "Marlow, which is based in Bristol");
//   - a nationality before the head ("the German company") rules out a
//     company the story gives another nationality ("Danish insulin maker
//     Lindqvist", "General Motors of the US").
// A description with a place or nationality that no company fits by name
// or base is the story's focal company (the first named) unless the story
// gives it another nationality. With none of these cues the description
// is the company named last (participants.go).

// orgDescribed resolves a company description: the company its words fit
// (describedOrg), else the organization named last before it in its
// sentence and the three before, not one named in its own clause. A head
// flagged named ("the ministry", "the port authority": class orgnamed)
// has no such fallback: it stands only for an organization whose name
// holds it (describedOrg), as a public body is told by the noun of its own name
// while a company named before is no ministry.
func (d *document) orgDescribed(a arg, si int) (party, bool) {
	if d.lx.is(d.toks[a.span.t0].lower, wcPossessive) && d.lx.is(d.toks[a.span.t1-1].lower, wcBody) {
		return party{}, false // "its council": a body of an organization, not one named "... Council"
	}
	if p, ok := d.describedOrg(a, si); ok {
		return p, true
	}
	if d.lx.is(d.toks[a.span.t1-1].lower, wcOrgNamed) {
		return party{}, false
	}
	from := d.sent[max(0, si-3)].t0
	ms := d.mentionsIn(span{from, a.span.t0})
	for i := len(ms) - 1; i >= 0; i-- {
		if m := ms[i]; m.typ == Organization {
			if e := d.entityOf(m); e != nil && !d.exclude[e.canon] {
				return party{name: e.canon, typ: Organization, via: a.pron + " -> " + e.canon}, true
			}
		}
	}
	return party{}, false
}

// describedSubject: a company description that opens the clause an "it"
// at token at stands in, as the subject of a verb of saying ("the mobile
// operator confirmed it was in talks", "the food group said it would"):
// "it" is the company described.
func (d *document) describedSubject(si, at int) (party, bool) {
	s := d.sent[si]
	k := at - 1
	if k <= s.t0 || !d.lx.is(d.toks[k].lower, wcReport) {
		return party{}, false
	}
	a, ok := d.companyDescEndingAt(k, s) // the description, right before the verb
	if !ok {
		return party{}, false
	}
	return d.orgDescribed(a, si)
}

// describedOrg resolves the company description a (its last word an
// orgnoun) in sentence si, or reports false.
func (d *document) describedOrg(a arg, si int) (party, bool) {
	head := d.toks[a.span.t1-1].lower
	named := d.lx.is(head, wcOrgNamed) // no fit by place or nation alone, no focal company
	var places, nations []string
	for k := a.span.t0; k < a.span.t1-1; k++ {
		t := d.toks[k]
		if c, ok := d.lx.demonyms[t.lower]; ok {
			nations = append(nations, strings.ToLower(c))
		} else if t.cap && t.word && !d.lx.is(t.lower, wcDefinite) {
			places = append(places, t.lower)
		}
	}
	var best *entity
	bestScore := 0
	var focal *entity
	seen := map[*entity]bool{}
	for _, m := range d.mentions {
		if m.span.t0 >= a.span.t0 {
			break
		}
		if m.typ != Organization {
			continue
		}
		e := d.entityOf(m)
		if e == nil || seen[e] || e.kind == "media" {
			continue
		}
		seen[e] = true
		if focal == nil {
			focal = e
		}
		if d.exclude[e.canon] {
			continue
		}
		name := strings.Fields(strings.ToLower(e.canon))
		nation := d.companyNation(e)
		if nation != "" && len(nations) > 0 && !contains(nations, nation) {
			continue // "the German company" is no Danish one
		}
		score := 0
		switch {
		case len(name) > 1 && (name[len(name)-1] == head || len(name) > 2 && name[0] == head && name[1] == "of"):
			score += 2 // "the bank" of "Harbor Bank", "the university" of "University of Lenham"
		case len(name) > 1 && contains(name, head):
			score++ // "the union" of "University and College Union" before "the university" of it
		case named:
			continue // "the ministry" is no organization without the word in its name
		}
		for _, p := range places {
			if contains(name, p) || d.basedIn(e, p) {
				score++
			}
		}
		for _, n := range nations {
			if nation == n || contains(name, n) {
				score++
			}
		}
		if score > 0 && score >= bestScore { // a tie: the one named last
			best, bestScore = e, score
		}
	}
	via := func(e *entity, why string) (party, bool) {
		return party{name: e.canon, typ: Organization, via: a.pron + " -> " + e.canon + " (" + why + ")"}, true
	}
	if best != nil {
		return via(best, "described-company")
	}
	if !named && len(places)+len(nations) > 0 && focal != nil && !d.exclude[focal.canon] {
		if n := d.companyNation(focal); n == "" || len(nations) == 0 || contains(nations, n) {
			return via(focal, "described-company: the story's company")
		}
	}
	return party{}, false
}

// basedIn: the story bases the company in place p ("Bristol-based
// Marlow", "Marlow, which is based in Bristol", "Marlow, based in
// Bristol").
func (d *document) basedIn(e *entity, p string) bool {
	for _, m := range d.mentions {
		if d.entityOf(m) != e {
			continue
		}
		if k := m.span.t0 - 1; k >= 0 && d.toks[k].lower == p+"-based" {
			return true
		}
		for k := m.span.t1; k+2 < len(d.toks) && k < m.span.t1+6; k++ {
			if d.toks[k].text == "." {
				break
			}
			if d.toks[k].lower == "based" && d.toks[k+1].lower == "in" && d.toks[k+2].lower == p {
				return true
			}
		}
	}
	return false
}

// companyNation: the country (lower case) the story gives a company by a
// nationality right before a mention of it ("Danish insulin maker
// Lindqvist Biotech", "German rival Euronext") or "of" a country right
// after it ("General Motors of the US"); "" when none.
func (d *document) companyNation(e *entity) string {
	for _, m := range d.mentions {
		if d.entityOf(m) != e {
			continue
		}
		for k := m.span.t0 - 1; k >= 0 && k >= m.span.t0-4; k-- {
			t := d.toks[k]
			if !t.word || d.lx.is(t.lower, wcDefinite) {
				break
			}
			if c, ok := d.lx.demonyms[t.lower]; ok {
				return strings.ToLower(c)
			}
		}
		if k := m.span.t1; k+1 < len(d.toks) && d.toks[k].lower == "of" {
			for _, n := range d.mentionsIn(span{k + 1, k + 3}) {
				if n.typ == Location && n.kind == "country" {
					if ce := d.entityOf(n); ce != nil {
						return strings.ToLower(ce.canon)
					}
				}
			}
		}
	}
	return ""
}

// companyDescAt reads a company description starting at token k, before
// end: a determiner ("the", "its"), at most three modifiers (lower-case
// words, a nationality, a place: "the London market", "the German
// company") and an orgnoun head with no name after it ("the carmaker
// Fiat" is the name's phrase, not a description). It returns the phrase
// and the token after it.
func (d *document) companyDescAt(k, end int) (arg, int, bool) {
	if k+1 >= end || !d.lx.is(d.toks[k].lower, wcDefinite) {
		return arg{}, 0, false
	}
	for h := k + 1; h < end && h <= k+4; h++ {
		t := d.toks[h]
		if !t.word || d.lx.is(t.lower, wcPrep, wcClause, wcRelative, wcPronoun) {
			return arg{}, 0, false
		}
		if !t.cap && d.lx.is(t.lower, wcOrgNoun) {
			if h+1 < end && d.toks[h+1].cap {
				return arg{}, 0, false
			}
			if h+1 < end && isPossessive(d.toks[h+1].text) {
				return arg{}, 0, false // "the company's director, X": X is the phrase
			}
			return arg{span: span{k, h + 1}, pron: d.textOf(span{k, h + 1})}, h + 1, true
		}
		if t.cap && !d.placeAt(h) {
			if _, nat := d.lx.demonyms[t.lower]; !nat {
				return arg{}, 0, false // a name: "the Harbor Bank board"
			}
		}
	}
	return arg{}, 0, false
}

// companyDescEndingAt reads a company description that ends right before
// token end ("Separately, the bank reached ...").
func (d *document) companyDescEndingAt(end int, s sentence) (arg, bool) {
	h := end - 1
	if h <= s.t0 || d.toks[h].cap || !d.lx.is(d.toks[h].lower, wcOrgNoun) {
		return arg{}, false
	}
	for k := h - 1; k >= s.t0 && k >= h-4; k-- {
		if a, next, ok := d.companyDescAt(k, end); ok && next == end {
			return a, true
		}
		if t := d.toks[k]; !t.word || d.lx.is(t.lower, wcPrep, wcClause, wcRelative) {
			break
		}
	}
	return arg{}, false
}

// placeAt: a place mention starts at token k.
func (d *document) placeAt(k int) bool {
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if m.typ == Location && m.span.t0 == k {
			return true
		}
	}
	return false
}

// pastCompanyNoun steps left over the common noun that introduces a
// company's name, with a nationality before it ("Both Corran Group and
// rival Halden Telecom", "Kirin and Japanese rival Nissan"), when a
// conjunction stands before it: the token before them, else k unchanged.
func (d *document) pastCompanyNoun(k int, s sentence) int {
	j := k
	if j < s.t0 || d.toks[j].cap || !nounTag(d.toks[j].tag) && d.toks[j].tag != "JJ" {
		return k
	}
	if n, v := d.lx.orgContext.longest(d.toks, j, j+1); n != 1 || v < 0 {
		return k
	}
	j--
	if j >= s.t0 {
		if _, nat := d.lx.demonyms[d.toks[j].lower]; nat {
			j--
		}
	}
	if j >= s.t0 && (d.toks[j].lower == "and" || d.toks[j].text == ",") {
		return j
	}
	return k
}

// ruleDescribedCompany: the clause's own reading when one of its parties
// is a company it describes ("held talks with the Bristol operator",
// "signed a licensing agreement with the German company"). A subject of
// coordinated companies after a distributive word ("Both X and rival Y
// held talks with Z") makes one event per conjunct with the same partner.
func (r *eventRun) ruleDescribedCompany(c *eventDraft) partySet {
	d := r.d
	if len(c.clause) < 2 {
		return partySet{}
	}
	described := false
	for _, p := range c.clause {
		described = described || d.viaCompanyDescription(p.via)
	}
	if !described {
		return partySet{}
	}
	c.split = d.distributed(c)
	return partySet{parties: c.clause, contextual: true}
}

// viaCompanyDescription: a party was found by resolving a company
// description ("the Bristol operator -> Marlow Telecom").
func (d *document) viaCompanyDescription(via string) bool {
	desc, _, ok := strings.Cut(via, " -> ")
	if !ok {
		return false
	}
	ws := strings.Fields(desc)
	return len(ws) >= 2 && d.lx.is(ws[len(ws)-1], wcOrgNoun)
}

// distributed: the parties of each conjunct's own event when the clause's
// coordinated subject follows a distributive word ("Both X and Y") and the
// clause has a with-partner; nil otherwise.
func (d *document) distributed(c *eventDraft) [][]string {
	subj := c.cl.subj
	if len(subj) < 2 || len(c.cl.pp["with"]) == 0 || subj[0].span.t0 <= c.s.t0 || !d.lx.is(d.toks[subj[0].span.t0-1].lower, wcDistrib) {
		return nil
	}
	inSubj := map[string]bool{}
	for _, a := range subj {
		if a.pron != "" || a.name == "" {
			return nil
		}
		inSubj[a.name] = true
	}
	var partners, subjects []string
	for _, p := range c.clause {
		if inSubj[p.name] {
			subjects = append(subjects, p.name)
		} else {
			partners = append(partners, p.name)
		}
	}
	if len(subjects) < 2 || len(partners) == 0 {
		return nil
	}
	var out [][]string
	for _, s := range subjects {
		out = append(out, append([]string{s}, partners...))
	}
	return out
}

// buildEach builds the draft's event, or one event per conjunct when the
// parties rule distributed them.
func (r *eventRun) buildEach(c *eventDraft) {
	if len(c.split) == 0 {
		r.build(c)
		return
	}
	r.d.tracef("S%d %s %q: one event per conjunct %v", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), c.split)
	for _, ps := range c.split {
		one := *c
		one.parts = ps
		one.split = nil
		one.vias = append(append([]string(nil), c.vias...), "one event per conjunct of a distributive subject")
		r.build(&one)
	}
}
