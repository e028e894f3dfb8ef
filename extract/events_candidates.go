package extract

import "sort"

// The candidates pass: the triggers of one sentence (triggers.go), each
// read in its clause (clause.go) and kept as a draft only when it tells an
// event — not inside a quotation unless its speaker says "I" or "we", not
// negated, postponed without a date, hoped for, hypothetical, conditional
// or denied (factuality.go, its named rules and the cue table), not a past
// occasion after "since" or "after the meeting". A
// draft carries where its parties, date and place are to be read.

// candidates returns the drafts of sentence si.
func (r *eventRun) candidates(si int, title bool) []*eventDraft {
	d, lx := r.d, r.lx
	s := d.sent[si]
	if d.keepRemoved {
		d.rejecting, d.rejected = true, d.rejected[:0] // triggers a sense rule removes, kept (rescue_trace.go)
	}
	trigs := d.tripVerbs(d.triggersIn(lx, s))
	d.rejecting = false
	rejected := d.rejected
	if title {
		trigs = d.headlineDeals(lx, s, trigs) // headline_deal.go
	}
	if len(trigs) == 0 && len(rejected) == 0 {
		return nil
	}
	tail := s.start >= r.tail
	if tail { // a press release's closing sections tell no news (events_release.go)
		d.tracef("S%d: in the release's %s section (rule release-tail)", si, r.tailSection)
		if !d.keepRemoved {
			return nil
		}
	}
	quoted := d.quotedSpans(s)
	var out []*eventDraft
	for ti := range trigs {
		if c := r.candidate(si, title, trigs, ti, quoted, tail, ""); c != nil {
			out = append(out, c)
		}
	}
	for _, rj := range rejected { // rescue_trace.go: after the sentence's own, read with them
		all, ti := withTrigger(trigs, rj.m)
		if c := r.candidate(si, title, all, ti, quoted, tail, rj.rule); c != nil {
			c.removedNeed = rj.need
			out = append(out, c)
		}
	}
	return out
}

// candidate reads trigger ti of the sentence's triggers as a draft, or
// returns nil when it tells no event. removedBy names the rule that
// removed the trigger, for a removed candidate kept (rescue_trace.go).
func (r *eventRun) candidate(si int, title bool, trigs []trigMatch, ti int, quoted []span, tail bool, removedBy string) *eventDraft {
	d, lx := r.d, r.lx
	s, tr := d.sent[si], trigs[ti]
	c := &eventDraft{si: si, s: s, title: title, trigs: trigs, ti: ti, tr: tr, removedBy: removedBy}
	if tail {
		r.drop(c, "release-tail")
	}
	if inSpans(quoted, tr.t0) {
		// in a quotation only what the speaker says of "I" or "we"
		// is told as fact: "I met X last week," Soto said
		c.speaker = d.quoteSpeaker(si, quoted)
		if why := d.quotedTold(tr, s, quoted); why != "" { // events_deal_quoted.go
			d.tracef("S%d %s %q: inside a quotation, told as fact (rule %s)", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), why)
			if why == "quoted-predicate" {
				c.speaker = nil // the narrator's clause: no "we" is the speaker
			}
		} else if c.speaker == nil || !d.firstPersonSubject(tr, s) {
			d.tracef("S%d %s %q: inside a quotation", si, tr.typ, d.textOf(span{tr.t0, tr.t1}))
			if r.drop(c, "quotation") {
				return nil
			}
		}
	}
	lo, hi := triggerReach(trigs, ti, s)
	c.cl = d.readClause(tr, s)
	d.tradePartner(c)   // events_trade.go
	d.approverNoSide(c) // events_deal_approve.go: "the league approved the takeover of X by Y"
	d.talksTopic(c)     // events_deal_talks.go: "in talks to merge with X" is a meeting
	// a noun trigger after "since" names a past occasion, not this
	// story's event ("the first meeting since the BRICS summit");
	// "after the meeting" points back at one already told, but with
	// none told before it is this one ("X and Y discussed copper
	// during their meeting in Quito")
	if !tr.verb && (d.sinceBefore(tr) || d.referenceBefore(tr) && r.toldBefore(tr.typ)) && r.drop(c, "past-occasion") {
		return nil
	}
	if d.occasionOfVerb(trigs, ti, s) {
		// "will meet Y in London at a meeting of the Conference": the
		// verb's meeting, told once (clause_occasion.go)
		d.tracef("S%d %s %q: the occasion of the meeting verb before it (rule occasion-of-verb)", si, tr.typ, d.textOf(span{tr.t0, tr.t1}))
		if r.drop(c, "occasion-of-verb") {
			return nil
		}
	}
	if d.predicateRestatement(tr, s) && r.toldBefore(tr.typ) {
		// "It will be their third meeting this year": the event told
		// before, named again (events_discourse.go)
		d.tracef("S%d %s %q: restates the event told before", si, tr.typ, d.textOf(span{tr.t0, tr.t1}))
		if r.drop(c, "predicate-restatement") {
			return nil
		}
	}
	c.future = c.cl.future || d.futureCueBefore(tr, s) || (!tr.verb && d.cueNear(lx, tr.t0, tr.t1, tr.t1+4, cueFuture)) || d.prospectiveArrival(tr)
	c.attrs = attrReach(trigs, ti, s)
	c.attrs.t1 = d.purposeReach(trigs, ti, c.attrs)
	if k := d.thatClauseAt(tr, s); k > 0 {
		c.contentAt, c.attrs.t1 = k, min(c.attrs.t1, k) // "agreed that their ministers would meet in May" (events_clausefirst.go)
	}
	if why := r.notFactual(c, hi); why != "" { // factuality.go
		d.tracef("S%d %s %q: %s", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), why)
		if r.drop(c, factualityRuleOf(why)) {
			return nil
		}
	}
	c.region = span{lo, hi}
	if tr.typ == Visit {
		c.region = span{lo, tr.t1} // the visitor stands before "visit"
		if tr.t1+1 < hi && d.toks[tr.t1].lower == "by" {
			c.region = span{lo, hi} // "a visit by X"
		}
	}
	return c
}

// triggerReach returns the tokens a trigger's parties may stand in: a
// trigger of another type bounds them, each trigger's reach ending where
// the other begins ("Cordero held talks with Hidayat, who had travelled to
// Lausanne": Hidayat is in both); one of the same type does not ("Park
// hosted Wang and Morita in Busan for talks" is one meeting, found twice
// and kept once).
func triggerReach(trigs []trigMatch, ti int, s sentence) (lo, hi int) {
	tr := trigs[ti]
	lo, hi = s.t0, s.t1
	for k := ti - 1; k >= 0; k-- {
		if trigs[k].typ != tr.typ {
			lo = trigs[k].t1
			break
		}
	}
	for k := ti + 1; k < len(trigs); k++ {
		if trigs[k].typ != tr.typ {
			hi = trigs[k].t0
			break
		}
	}
	return lo, hi
}

// attrReach returns the tokens a trigger's date and place are read from:
// up to half-way to the next trigger of any type ("The visit, from May 27
// to May 29, followed Modi's February trip to the US": each its own date
// and place).
func attrReach(trigs []trigMatch, ti int, s sentence) span {
	tr := trigs[ti]
	attrs := span{s.t0, s.t1}
	if ti > 0 {
		attrs.t0 = (trigs[ti-1].t1 + tr.t0) / 2
	}
	if ti+1 < len(trigs) {
		attrs.t1 = (tr.t1 + trigs[ti+1].t0) / 2
	}
	return attrs
}

// purposeReach widens the reach attrs of trigger ti to the end of a date
// that stands in its own clause after it, before the next trigger when
// that one is an infinitive or a noun of purpose ("planned to visit
// Lusaka on Thursday to meet X", "sails for Gdansk on Friday for a summit":
// the day is the visit's too, not only the meeting's): no verb and no
// conjunction stand between the trigger and the date. It returns the
// reach's end.
func (d *document) purposeReach(trigs []trigMatch, ti int, attrs span) int {
	if ti+1 >= len(trigs) {
		return attrs.t1
	}
	tr, next := trigs[ti], trigs[ti+1]
	if next.t0 < 1 || next.verb && d.toks[next.t0-1].lower != "to" || !next.verb && d.toks[next.t0-1].lower != "for" {
		return attrs.t1
	}
	end := attrs.t1
	lo := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t0 >= attrs.t1 })
	for _, dm := range d.dates[lo:] {
		if dm.span.t1 > next.t0-1 {
			break
		}
		if d.verbBetween(tr.t1, dm.span.t0) || d.conjunctBetween(tr.t1, dm.span.t0) {
			break
		}
		end = dm.span.t1
	}
	return end
}

// toldBefore: the story already has an event of the type.
func (r *eventRun) toldBefore(typ string) bool {
	return r.d.lastEventOf(typ) != nil // events_toldbefore.go
}
