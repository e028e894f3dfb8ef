package extract

import "strings"

// The approval reading: a deal told through its approval ("Ashbridge Town
// Council approved an agreement with Pellow District Council", "Norway's
// parliament ratified a fisheries agreement with Iceland", "the league
// approved the takeover of Stanmore United by a consortium led by X"). The
// approval verbs are support verbs (support_verbs.tsv) of word class
// approve (word_classes.tsv). The approving subject is a side of the deal
// when the deal's own phrases name only one other side (the council and
// the district it agreed with); when they name both sides themselves (of
// and by, with and with, between X and Y) the approving body is a
// regulator or a league, no side of it.

// approverNoSide drops the subject of an approval support verb from the
// agreement's roles when the agreement noun names two sides in its own
// phrases. It reports whether it did (for --explain).
func (d *document) approverNoSide(c *eventDraft) bool {
	tr := c.tr
	if tr.typ != Agreement || tr.frame.verb || tr.sup < 0 || len(c.cl.subj) == 0 {
		return false
	}
	if !d.lx.is(d.toks[tr.sup].lower, wcApprove) {
		return false
	}
	own := map[string]bool{}
	for _, r := range tr.frame.roles {
		switch r {
		case "with", "between", "by", "of":
			for _, a := range c.cl.pp[r] {
				if a.pron == "" && a.name != "" {
					own[a.name] = true
				}
			}
		}
	}
	if len(own) < 2 {
		return false
	}
	for _, a := range c.cl.subj {
		if own[a.name] {
			return false // "X approved its merger with Y", X named again
		}
	}
	d.tracef("S%d %s %q: approved by %s, no side of it (rule approver-no-side)", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), strings.Join(d.argsText(c.cl.subj), " + "))
	c.cl.reading = append(c.cl.reading, "approver-no-side: the approving subject "+strings.Join(d.argsText(c.cl.subj), " + ")+" is no side of a deal that names its own two sides")
	c.cl.subj = nil
	return true
}

// acceptVerb: the support verb at k is one of approval or acceptance
// (word class approve): an offer or a bid is a deal only once accepted
// ("shareholders voted to accept the offer from X"), not when made,
// announced or considered.
func (d *document) acceptVerb(k int) bool {
	return d.lx.is(d.toks[k].lower, wcApprove)
}

// acceptedDeal: the offer or bid m accepted at its support verb is a
// deal's: not one to do something else (offerPurpose), nor one a person
// accepts ("Ana Soto accepted an offer from Harvard University": a job or
// a place, no deal between two sides).
func (d *document) acceptedDeal(m trigMatch, s sentence) bool {
	return !d.offerPurpose(m.t1, s) && !d.personSubject(trigMatch{t0: m.sup})
}

// offerPurpose: the offer or bid ending at t1 is one to do something
// other than a deal, "to" and a verb after it or after its own short
// phrase ("Kenya's bid to host the Games", "an offer from Harvard
// University to teach law"): accepting it makes no agreement. An offer to
// buy, acquire or merge (a verb of an agreement frame) stays one.
func (d *document) offerPurpose(t1 int, s sentence) bool {
	for k := t1; k < s.t1 && k <= t1+6; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause) {
			return false
		}
		if d.appealAfter(k, s) {
			return !d.agreementVerb(d.toks[k+1].lower)
		}
	}
	return false
}

// agreementVerb: w begins a verb frame of an agreement ("buy", "acquire",
// "take over").
func (d *document) agreementVerb(w string) bool {
	for _, f := range d.lx.frames {
		if f.verb && f.typ == Agreement && (f.lemma == w || strings.HasPrefix(f.lemma, w+" ")) {
			return true
		}
	}
	return false
}

// ruleAcceptedOffer (party rule accepted-offer): an offer, bid or takeover
// accepted or approved by a company, its board, its shareholders or its
// members ("Orvane's board accepted Halberd's offer", "shareholders in
// Brannock voted to accept the offer from Veldhoven") is a deal between
// that company and the bidder: the bidder is the offer's from-phrase, its
// possessor or its by-phrase; the company is the organization or country
// named nearest before the approval verb in its clause, not the bidder.
// The board or the shareholders are the company's, no party of their own.
// A takeover that names its target ("the takeover of X by Y") has X for
// that side.
func (r *eventRun) ruleAcceptedOffer(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Agreement || tr.frame.verb || tr.sup < 0 || tr.sup > tr.t0 || !d.acceptVerb(tr.sup) || !tr.frame.hasRole("from") {
		return partySet{}
	}
	bidder := d.offerBidder(c)
	if bidder.name == "" {
		return partySet{}
	}
	owner := party{}
	for _, a := range c.cl.pp["of"] {
		// "approved the takeover of X by Y": the target is its own
		if p, ok := d.dealSide(a); ok && p.name != bidder.name && owner.name == "" && d.ownPhrase(c.tr.t1, a.span.t0) {
			owner = p
		}
	}
	if owner.name == "" {
		owner = d.acceptingOwner(c, bidder.name)
	}
	if owner.name == "" {
		return partySet{}
	}
	return partySet{parties: []party{owner, bidder}}
}

// offerBidder returns the named side that made the offer: its possessor
// right before the trigger ("Halberd's offer"), else its from- or
// by-phrase in its own noun phrase ("the offer from Veldhoven", not "...,
// after a rival approach from Sutter was withdrawn").
func (d *document) offerBidder(c *eventDraft) party {
	tr := c.tr
	if k := tr.t0 - 1; k > tr.sup && (d.toks[k].text == "'s" || d.toks[k].text == "'") {
		for _, m := range d.mentionsIn(span{tr.sup + 1, k}) {
			if m.span.t1 == k {
				if p, ok := d.dealSide(d.mentionArg(m)); ok {
					return p
				}
			}
		}
	}
	for _, role := range []string{"poss", "from", "by"} {
		for _, a := range c.cl.pp[role] {
			if role != "poss" && !d.ownPhrase(tr.t1, a.span.t0) {
				continue
			}
			if p, ok := d.dealSide(a); ok {
				return p
			}
		}
	}
	return party{}
}

// ownPhrase: a prepositional phrase starting at k belongs to the noun
// ending at t1: at most five words after it, no comma, clause word or
// verb between ("the 1.2 billion pound offer from X", "the offer made
// last week by X" is not read).
func (d *document) ownPhrase(t1, k int) bool {
	if k < t1 || k > t1+6 {
		return false
	}
	for j := t1; j < k-1; j++ {
		t := d.toks[j]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause) || strings.HasPrefix(t.tag, "VB") {
			return false
		}
	}
	return true
}

// acceptingOwner returns the organization or country named nearest before
// the approval verb in its clause (no comma or clause word between), other
// than the bidder: "Orvane's board", "shareholders in Brannock", "the
// board of Kestrel Mining".
func (d *document) acceptingOwner(c *eventDraft, bidder string) party {
	tr := c.tr
	lo := tr.sup
	for lo > c.s.t0 {
		t := d.toks[lo-1]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause) || lo < tr.sup-12 {
			break
		}
		lo--
	}
	ms := d.mentionsIn(span{lo, tr.sup})
	for i := len(ms) - 1; i >= 0; i-- {
		if k := ms[i].span.t0; k > c.s.t0 && (d.toks[k-1].text == "'" || d.toks[k-1].text == "'s") {
			break // "the Pennine Nurses' Association": a name cut at its apostrophe is no name
		}
		if p, ok := d.dealSide(d.mentionArg(ms[i])); ok && p.name != bidder {
			return p
		}
	}
	return party{}
}

// dealSide: a named argument that can be a side of a deal, an organization,
// a person, a country or a proper noun no entity rule typed ("a bid from
// Orvane Resources").
func (d *document) dealSide(a arg) (party, bool) {
	if a.pron != "" || a.name == "" {
		return party{}, false
	}
	switch {
	case a.typ == Organization || a.typ == Person || a.typ == "":
		// an unknown proper noun is a party to a deal as in clauseParties
		return party{name: a.name, typ: a.typ}, true
	case a.typ == Location && d.byCanon[a.name] != nil && d.byCanon[a.name].kind == "country":
		return party{name: a.name, typ: Location, via: "country"}, true
	}
	return party{}, false
}

// ruleMembersBody (party rule members-body): the members of a named body,
// written as a plural noun the body's name begins ("Commissioners also
// approved a licensing agreement with X" after "the Harlow County
// Commission"; "councillors", "parliamentarians"), approving or signing a
// deal are that body: its side of the deal, with the clause's partner.
func (r *eventRun) ruleMembersBody(c *eventDraft) partySet {
	d, tr := r.d, c.tr
	if tr.typ != Agreement || len(c.cl.subj) > 1 {
		return partySet{}
	}
	head := tr.t0
	if tr.sup >= 0 && tr.sup < head {
		head = tr.sup
	}
	k := head - 1
	for k >= c.s.t0 && k > head-4 && (d.toks[k].tag == "RB" || d.toks[k].tag == "MD" || d.lx.is(d.toks[k].lower, wcAux)) {
		k-- // "Commissioners also approved", "councillors have approved"
	}
	if k < c.s.t0 {
		return partySet{}
	}
	plural := d.toks[k].tag == "NNS" || k == c.s.t0 && strings.HasSuffix(d.toks[k].lower, "s") // sentence-initial "Councillors" may be tagged NNP
	if !plural || k > c.s.t0 && d.toks[k-1].cap {
		return partySet{}
	}
	if len(c.cl.subj) == 1 && (c.cl.subj[0].typ != "" || c.cl.subj[0].span != span{k, k + 1}) {
		return partySet{} // the subject is a name, not the members' noun
	}
	body := d.bodyOfMembers(d.toks[k].lower, k)
	if body == "" {
		return partySet{}
	}
	ps := partySet{parties: []party{{name: body, typ: Organization}}}
	for _, role := range []string{"with", "between", "from"} {
		for _, a := range c.cl.pp[role] {
			if p, ok := d.dealSide(a); ok && p.name != body && a.span.t0 > tr.t0 {
				ps.parties = append(ps.parties, p)
			}
		}
	}
	if len(ps.parties) < 2 {
		return partySet{}
	}
	return ps
}

// bodyOfMembers returns the organization named before token k whose last
// word begins the plural noun of its members ("commission" in
// "commissioners", "council" in "councillors"), or "".
func (d *document) bodyOfMembers(noun string, k int) string {
	for _, e := range d.ents {
		if e.typ != Organization || e.first >= k {
			continue
		}
		words := strings.Fields(strings.ToLower(e.canon))
		if len(words) < 2 {
			continue
		}
		last := words[len(words)-1]
		if len(last) >= 5 && len(noun) > len(last) && strings.HasPrefix(noun, last) {
			return e.canon
		}
	}
	return ""
}
