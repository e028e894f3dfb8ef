package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// The events pass finds meetings, visits and agreements: a trigger from the
// triggers table, its participants (the persons of the sentence, else its
// organizations or countries, else those of the event it continues), a date
// and a place from the sentence or inherited from context. Cancelled,
// denied and hoped-for events are dropped; planned ones need a date.

type trigMatch struct {
	t0, t1 int
	typ    string
	verb   bool
	needs  string
	frame  *frame
	form   formKind
	sup    int // the support verb's first token ("struck a deal"), or -1
}

// cueNear reports whether a cue of the given effect stands within
// [from, to) of the sentence.
func (d *document) cueNear(lx *lexicon, anchor, from, to int, effect cueEffect) bool {
	s := d.sent[d.toks[anchor].sent]
	from = max(from, s.t0)
	to = min(to, s.t1)
	for k := from; k < to; k++ {
		node := lx.cues
		for j := k; j < s.t1; j++ {
			c := node.next[d.toks[j].lower]
			if c == nil {
				break
			}
			node = c
			if c.val != 0 && cueEffect(c.val-1) == effect {
				return true
			}
		}
	}
	return false
}

// eventCtx is what later sentences inherit.
type eventCtx struct {
	date, place string
	dateOwn     bool   // date came from an event, not the dateline
	anyDate     string // the last date any event gave itself
	anyPlace    string
	last        *Event // the last meeting or agreement, for "they agreed"
	lastSent    int
}

func (d *document) findEvents(lx *lexicon) {
	// the focal person: the most mentioned; companions: "accompanied by X"
	var focal *entity
	for _, e := range d.ents {
		if e.typ == Person && (focal == nil || e.count > focal.count) {
			focal = e
		}
	}
	companions := d.companions(focal)
	ctx := eventCtx{lastSent: -10}
	if v := d.datelineDate(); v != "" {
		ctx.date = v
	}
	seen := map[string]int{}
	firstSent := 0
	if d.bodyTok < len(d.toks) {
		firstSent = d.toks[d.bodyTok].sent
	}
	// the body's sentences first, then its headline and caption lines: a
	// title line tells the story's main event in the present tense
	order := make([]int, 0, len(d.sent))
	var titles []int
	isTitle := map[int]bool{}
	for si := range d.sent {
		switch {
		case d.titleLine(si, firstSent):
			titles = append(titles, si)
			isTitle[si] = true
		case si >= firstSent:
			order = append(order, si)
		}
	}
	order = append(order, titles...)
	defer d.withTitleMentions(titles, firstSent)()
	var mainDate, mainPlace string // the story's main event: its first dated one
	mainRead := false
	for _, si := range order {
		s := d.sent[si]
		title := isTitle[si]
		if title && !mainRead {
			mainRead = true
			for _, e := range d.events {
				if e.Date != "" {
					mainDate, mainPlace = e.Date, e.Location
					break
				}
			}
			if mainDate == "" {
				mainDate = d.ledeDate(order)
			}
		}
		trigs := d.tripVerbs(d.triggersIn(lx, s))
		var sentParts []string // the persons of the sentence's first event
		quoted := d.quotedSpans(s)
		for ti, tr := range trigs {
			lo, hi := s.t0, s.t1
			d.speaker = nil
			if inSpans(quoted, tr.t0) {
				// in a quotation only what the speaker says of "I" or "we"
				// is told as fact: "I met X last week," Soto said
				d.speaker = d.quoteSpeaker(si, quoted)
				if d.speaker == nil || !d.firstPersonSubject(tr, s) {
					d.tracef("S%d %s %q: inside a quotation", si, tr.typ, d.textOf(span{tr.t0, tr.t1}))
					continue
				}
			}
			// a trigger of another type bounds the parties: each trigger's
			// reach ends where the other begins ("Cordero held talks with
			// Hidayat, who had travelled to Lausanne": Hidayat is in both);
			// one of the same type does not ("Park hosted Wang and Morita in
			// Busan for talks" is one meeting, found twice and kept once)
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
			// "A meeting with X, originally set for today, was cancelled": a
			// noun trigger is negated anywhere after it in its clause
			after := tr.t1 + 4
			if !tr.verb {
				after = d.clauseEnd(tr.t1, hi)
			}
			if d.cueNear(lx, tr.t0, tr.t0-6, after, cueNegate) || d.hopeGoverns(lx, tr, s) || d.cueNear(lx, tr.t0, s.t0, tr.t0, cueCondition) || d.cueNear(lx, tr.t0, s.t0, tr.t0, cueDeny) {
				d.tracef("S%d %s %q: negated or hoped for", si, tr.typ, d.textOf(span{tr.t0, tr.t1}))
				continue
			}
			cl := d.readClause(tr, s)
			if cl.negated || cl.modal {
				d.tracef("S%d %s %q: clause reads %v", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), cl.reading)
				continue
			}
			future := cl.future || d.cueNear(lx, tr.t0, tr.t0-4, tr.t0, cueFuture) || (!tr.verb && d.cueNear(lx, tr.t0, tr.t1, tr.t1+4, cueFuture))
			ev := Event{Type: tr.typ, Trigger: d.textOf(span{tr.t0, tr.t1}), Sentence: d.sentenceText(si),
				SentenceSpan: &Span{s.start, s.end}, TriggerSpan: &Span{d.toks[tr.t0].start, d.toks[tr.t1-1].end}} // bytes until build
			feats := append(make([]string, 0, 6), "base")
			if tr.verb {
				feats = append(feats, "verb")
			}
			// participants
			region := span{lo, hi}
			if tr.typ == Visit {
				region = span{lo, tr.t1} // the visitor stands before "visit"
				if tr.t1+1 < hi && d.toks[tr.t1].lower == "by" {
					region = span{lo, hi} // "a visit by X"
				}
			}
			// its date and place are read up to half-way to the next trigger
			// of any type ("The visit, from May 27 to May 29, followed
			// Modi's February trip to the US": each its own date and place)
			attrs := span{s.t0, s.t1}
			if ti > 0 {
				attrs.t0 = (trigs[ti-1].t1 + tr.t0) / 2
			}
			if ti+1 < len(trigs) {
				attrs.t1 = (tr.t1 + trigs[ti+1].t0) / 2
			}
			persons := d.personNames(region)
			if tr.typ != Visit {
				persons = d.sameTypeParts(trigs, ti, region)
			} else if cl.gerund && tr.t0 > s.t0 && lx.is(d.toks[tr.t0-1].lower, wcPrep) && len(sentParts) > 0 {
				// "X will meet Y before travelling to Rota": the traveller is
				// the sentence's subject
				persons = sentParts[:1]
			}
			others := d.partyNames(span{max(region.t0, tr.t0-20), min(region.t1, tr.t1+12)})
			// a noun trigger after "since" names a past occasion, not this
			// story's event ("the first meeting since the BRICS summit")
			if !tr.verb && (d.sinceBefore(tr) || d.referenceBefore(tr)) {
				continue
			}
			// "Soto met X yesterday, where the two signed...", "Soto will
			// fly to Lisbon and is expected in Brussels for talks": a later
			// trigger with no one of its own shares the earlier one's subject
			if len(sentParts) > 0 && (tr.verb || d.holdBefore(tr)) {
				switch {
				case tr.typ == Visit && len(persons) == 0:
					persons = append(persons, sentParts[0])
				case tr.typ != Visit && len(persons) < 2:
					// "Soto will fly to Lisbon to meet X": the subject too;
					// "X will hold talks with Y and sign a memorandum": both
					persons = uniq(append(append([]string(nil), sentParts...), persons...))
				}
			}
			contextual := false
			borrowed := false // parties from context, not named in the clause
			anaphor := d.anaphoricSubject(s, tr)
			// "They agreed", "The two ministers will meet again": the
			// parties of the last meeting or agreement
			if len(persons) < 2 && anaphor && ctx.last != nil && si-ctx.lastSent <= 10 && len(others) < 2 {
				for _, p := range ctx.last.Participants {
					if p.Type == Person {
						persons = appendUniq(persons, p.Name)
					} else {
						others = appendUniq(others, p.Name)
					}
				}
				contextual = true
				borrowed = true
			}
			// "talks with X" with no one before "with", "He met X", "The
			// Brazilian minister also met X": the person spoken of
			if tr.typ != Visit && !contextual && len(others) < 2 && d.implicitSubject(lx, region, tr) {
				who := d.antecedent(si, focal)
				if g := d.gerundSubject(&cl, tr, s, si); g != nil {
					who = g // "he changed his mind after meeting X": he
				}
				if who != nil {
					persons = appendUniq(persons, who.canon)
					if d.delegation(s) {
						for _, c := range companions {
							persons = appendUniq(persons, c.canon)
						}
					}
					contextual = true
					borrowed = true
				}
			}
			if tr.typ == Visit && len(persons) == 0 && focal != nil && d.definiteTrigger(tr) {
				persons = append(persons, focal.canon)
				for _, c := range companions {
					persons = appendUniq(persons, c.canon)
				}
				contextual = true
				borrowed = true
			}
			var parts []string
			switch {
			case tr.needs == "body":
				// "The Piedra Falls City Council voted 5-2 on Tuesday"
				if b := d.bodyIn(lx, span{max(region.t0, tr.t0-20), tr.t0}); b != "" {
					parts = []string{b}
				}
			case len(persons) >= 2 || (tr.typ == Visit && len(persons) >= 1):
				parts = persons
			case len(others) >= 2:
				parts = others
			case len(persons) == 1 && len(others) >= 1 && d.partyFor(persons[0], others) != "":
				// a person and an organization ("Soto ... talks at the
				// European Commission"); never a person and their own country
				parts = append(persons, d.partyFor(persons[0], others))
			case tr.typ == Agreement && len(persons) == 0 && len(others) == 1 && d.isBloc(others[0]) && d.subjectBefore(others[0], tr):
				// "ECOWAS leaders agreed to set up a standby force"
				parts = others
			case tr.typ == Meeting:
				// "The Monetary Policy Council met": a body meeting alone
				if b := d.bodyIn(lx, span{max(region.t0, tr.t0-20), tr.t1 + 6}); b != "" {
					parts = []string{b}
				}
			}
			// the clause's own reading when the sentence-wide one found too
			// few parties: its subject, object and phrases by the frame's
			// roles, pronouns resolved, names no entity rule knew
			unknown := map[string]bool{}
			var vias []string
			unnamed := false
			if (tr.typ != Visit && len(parts) < 2 && !(len(parts) == 1 && (d.isBody(lx, parts[0]) || d.isBloc(parts[0])))) || len(parts) == 0 {
				cps := d.clauseParties(&cl, tr, si, focal, ctx.last)
				if len(cps) >= 2 || tr.typ == Visit && len(cps) == 1 && cps[0].typ == Person {
					parts = parts[:0]
					vias = vias[:0]
					for _, p := range cps {
						if p.via != "" {
							vias = append(vias, "resolved "+p.via)
						}
						parts = append(parts, p.name)
						if p.typ == "" {
							unknown[p.name] = true
						}
						if p.via != "" {
							contextual = true
							borrowed = borrowed || p.via != "country"
						}
					}
					d.tracef("S%d %s %q: clause parties %v", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), cps)
				}
			}
			// date and place, and what later sentences inherit
			ownDate := d.nearestDate(attrs, tr)
			if ownDate == "" {
				ownDate = d.nearestDate(span{s.t0, s.t1}, tr)
			}
			ownPlace := d.clausePlace(&cl, tr, s)
			departed := false
			if ownPlace == "" && tr.typ == Visit {
				// "left Lima on Tuesday after a three-day visit"
				ownPlace = d.departedFrom(s, tr)
				departed = ownPlace != ""
			}
			if ownPlace == "" {
				ownPlace = d.nearestPlace(attrs, tr)
			}
			if ownPlace == "" && tr.typ == Meeting {
				// "The summit in Seoul ... after talks between X and Y": one
				// meeting named twice in its sentence; but not a past one
				// after "since"
				whole := span{s.t0, s.t1}
				for k := tr.t1; k < s.t1; k++ {
					if d.toks[k].lower == "since" {
						whole.t1 = k
						break
					}
				}
				ownPlace = d.nearestPlace(whole, tr)
			}
			involvesFocal := focal != nil && (contains(persons, focal.canon) || contextual)
			if involvesFocal || focal == nil {
				if ownPlace != "" && (ctx.place == "" || involvesFocal) {
					ctx.place = ownPlace
				}
				if ownDate != "" && (!ctx.dateOwn || involvesFocal) {
					ctx.date, ctx.dateOwn = ownDate, true
				}
			}
			if len(sentParts) == 0 && len(persons) > 0 && !contextual {
				sentParts = persons
			}
			d.tracef("S%d %s %q: persons %v others %v parts %v date %q place %q ctx %q/%q", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), persons, others, parts, ownDate, ownPlace, ctx.date, ctx.place)
			if tr.typ == Meeting && len(parts) < 2 {
				// "Obama met with leaders of the region": one named person
				// and an unnamed group is a meeting of that person
				if p := d.meetsUnnamed(&cl, tr, si, focal, ctx.last); p != "" {
					parts = []string{p}
					unnamed = true
				}
			}
			if (tr.typ != Visit && len(parts) < 2 && !unnamed && !(len(parts) == 1 && (d.isBody(lx, parts[0]) || d.isBloc(parts[0])))) || len(parts) == 0 {
				continue
			}
			if title && (borrowed || len(unknown) > 0 || tr.typ != Visit && len(parts) < 2) {
				// a headline comes before any context: it names its own
				// parties, two of them unless a visit, or tells no event
				d.tracef("S%d %s %q: a title line's parties are not its own (%v)", si, tr.typ, d.textOf(span{tr.t0, tr.t1}), vias)
				continue
			}
			date, place := ownDate, ownPlace
			if _, dest := cl.destination(tr.frame); tr.typ == Visit && ownDate != "" && (dest || departed) {
				// "wrapped up a three-day visit to Lima on Friday": the
				// visit's range, when the clause names where it went (a
				// tour of a region is told by its stops); what later
				// events inherit stays the day
				date = d.tripRange(tr, s, ownDate, departed)
			}
			if title && date == "" && mainDate != "" {
				// "Soto visits Lima" over a story of her visit on Tuesday
				date = mainDate
				if place == "" {
					place = mainPlace
				}
			}
			if ownDate != "" {
				feats = append(feats, "own_date")
			} else if date == "" && future && !d.vagueFuture(s) && !(cl.future && len(persons) >= 2 && !contextual) {
				// a plan with no date is not an event yet, unless its own
				// clause states it of two named people ("X is due to meet Y")
				continue
			}
			if date == "" {
				if involvesFocal || focal == nil || ctx.anyDate == "" {
					date = ctx.date
				} else {
					date = ctx.anyDate
				}
			}
			if place == "" {
				if involvesFocal || focal == nil || ctx.anyPlace == "" {
					place = ctx.place
				} else {
					place = ctx.anyPlace
				}
			}
			if ownDate != "" {
				ctx.anyDate = ownDate
			}
			if ownPlace != "" {
				ctx.anyPlace = ownPlace
			}
			if tr.typ == Visit && place == "" {
				continue
			}
			if contextual {
				feats = append(feats, "contextual")
			}
			if len(persons) >= 2 {
				feats = append(feats, "two_persons")
			}
			if d.cueNear(lx, tr.t0, s.t0, tr.t0, cueReport) {
				feats = append(feats, "reported")
			}
			if d.speaker != nil {
				feats = append(feats, "quoted")
			}
			ev.Date, ev.Location = date, place
			ev.Planned = future
			for _, p := range parts {
				pa := d.participant(p)
				if unknown[p] {
					pa.Type = Organization
				}
				ev.Participants = append(ev.Participants, pa)
			}
			var why string
			ev.Confidence, why = lx.confidence(feats)
			ev.ID = eventID(ev)
			if d.explain {
				ev.Explain = d.explainEvent(tr, &cl, parts, ownDate, ownPlace, date, place, contextual)
				ev.Explain = append(ev.Explain, vias...)
				if title {
					ev.Explain = append(ev.Explain, "a headline or caption line: present tense told as past; undated, dated like the story's main event")
				}
				ev.Explain = append(ev.Explain, why)
			}
			if k, ok := seen[ev.ID]; ok {
				d.events[k].mergeMention(ev)
				continue
			}
			seen[ev.ID] = len(d.events)
			d.events = append(d.events, ev)
			if tr.typ != Visit {
				ctx.last = &d.events[len(d.events)-1]
				ctx.lastSent = si
			}
			// "X hosted Y in Vienna": Y's visit to Vienna too
			if g, ok := d.hostedVisit(tr, &cl, ev); ok {
				if _, dup := seen[g.ID]; !dup {
					seen[g.ID] = len(d.events)
					d.events = append(d.events, g)
				}
			}
		}
		if !title {
			d.departure(si, seen) // "She left Lima on Thursday"
		}
	}
}

// titleLine: sentence si is a headline or a caption, a short line of its
// own that tells the story's main event in the present tense ("Soto visits
// Lima", "Kenya, Uganda sign trade pact"): a line above the body that is
// not the dateline, the article's first line, or a line of the body that
// ends without a full stop.
func (d *document) titleLine(si, firstSent int) bool {
	s := d.sent[si]
	if s.t1 <= s.t0 || !d.toks[s.t0].para || strings.ContainsRune(d.text[s.start:s.end], '\n') {
		return false
	}
	if s.t1 < len(d.toks) && !strings.ContainsRune(d.text[d.toks[s.t1-1].end:d.toks[s.t1].start], '\n') {
		return false // the line goes on
	}
	words := 0
	for k := s.t0; k < s.t1; k++ {
		if d.inDateline(k) {
			return false
		}
		if d.toks[k].word {
			words++
		}
	}
	if words > titleWords {
		return false
	}
	last := d.toks[s.t1-1].text
	switch {
	case si < firstSent || si == 0:
		return true
	default:
		return !strings.ContainsAny(last, ".!?\"”’:;,")
	}
}

// titleWords: the longest headline or caption line, in words.
const titleWords = 14

func clamp(x, lo, hi float64) float64 { return max(lo, min(hi, x)) }

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func appendUniq(xs []string, s string) []string {
	if contains(xs, s) {
		return xs
	}
	return append(xs, s)
}

// triggersIn lists the triggers of a sentence. A trigger inside a name
// ("Trade Agreement", "Strategic Dialogue") is no trigger.
func (d *document) triggersIn(lx *lexicon, s sentence) []trigMatch {
	var out []trigMatch
	for k := s.t0; k < s.t1; {
		n, v := lx.triggers.longest(d.toks, k, s.t1)
		if n == 0 {
			k++
			continue
		}
		if d.toks[k].cap && k != s.t0 {
			k += n
			continue
		}
		m, ok := d.reading(lx, k, k+n, lx.formSets[v])
		if ok && m.needs == "support" {
			m.sup = d.supportVerb(lx, s, m.t0)
			ok = m.sup >= 0
			m.verb = ok // "struck a deal" reads as a verb
		}
		if !ok {
			k += n
			continue
		}
		// "signed an agreement": the verb and its noun are one trigger
		if j := len(out) - 1; j >= 0 && m.sup >= 0 && out[j].typ == m.typ && out[j].t0 >= m.sup {
			out[j].t1 = m.t1
			k += n
			continue
		}
		// a verb form prose tags as a noun ("The tour ends in Muscat",
		// "signs of recovery") is read as a noun: it needs parties of its own
		if m.verb && m.sup < 0 && m.t1-m.t0 == 1 && (d.toks[m.t0].tag == "NN" || d.toks[m.t0].tag == "NNS") {
			if m.needs == "object" {
				// a verb that needs its object names a role as a noun
				// ("as host of the cup", "a warm welcome"): no event
				k += n
				continue
			}
			m.verb = false
		}
		if ok, why := d.senseHolds(m, s); !ok {
			d.tracef("S%d %s %q: %s", d.toks[m.t0].sent, m.typ, d.textOf(span{m.t0, m.t1}), why)
		} else if d.triggerHolds(m, s) {
			out = append(out, m)
		}
		k += n
	}
	return d.sameOccasion(out)
}

// personNames lists the canonical names of the persons mentioned in s.
func (d *document) personNames(s span) []string {
	var out []string
	for _, m := range d.mentionsIn(s) {
		if m.typ == Person {
			if e := d.entityOf(m); e != nil {
				out = appendUniq(out, e.canon)
			}
		}
	}
	return out
}

// partyNames lists organizations and countries mentioned in s.
func (d *document) partyNames(s span) []string {
	var out []string
	orgs := false
	in := d.mentionsIn(s)
	for _, m := range in {
		if m.typ == Organization {
			orgs = true
		}
	}
	for _, m := range in {
		// "Portugal's third-largest distributor" describes; it is no party
		if m.typ == Location && orgs && m.span.t1 < len(d.toks) && isPossessive(d.toks[m.span.t1].text) {
			continue
		}
		// a country before a common noun modifies it ("85 million Singapore
		// dollars", "the Japan trade office"): no party
		if m.typ == Location && m.span.t1 < len(d.toks) && !d.toks[m.span.t1].cap && (d.toks[m.span.t1].tag == "NN" || d.toks[m.span.t1].tag == "NNS") {
			continue
		}
		if m.typ == Organization || (m.typ == Location && m.kind == "country" && !d.toks[m.span.t0].hyphen && !d.placeNotParty(m)) {
			if e := d.entityOf(m); e != nil && e.kind != "media" {
				out = appendUniq(out, e.canon)
			}
		}
	}
	return out
}

// entityOf finds the entity a mention was resolved to.
func (d *document) entityOf(m mention) *entity {
	if m.ent != nil && m.ent.typ == m.typ {
		return m.ent
	}
	name := m.canon
	if name == "" {
		name = m.text
	}
	for _, e := range d.ents {
		if e.typ != m.typ {
			continue
		}
		if strings.EqualFold(e.canon, name) {
			return e
		}
		for _, a := range e.aliases {
			if strings.EqualFold(a, m.text) || strings.EqualFold(a, name) {
				return e
			}
		}
		if m.typ == Person && strings.EqualFold(joinName(m.name), e.canon) {
			return e
		}
	}
	return nil
}

func (d *document) participant(name string) Participant {
	if e := d.byCanon[name]; e != nil {
		{
			p := Participant{Name: name, Type: e.typ, Organization: e.org}
			if len(e.titles) > 0 {
				p.Title = e.titles[0]
			}
			return p
		}
	}
	return Participant{Name: name}
}

// anaphoricSubject: "They agreed", "Both sides", "The two sides", "The
// delegation" stand before the trigger (word class group).
func (d *document) anaphoricSubject(s sentence, tr trigMatch) bool {
	for k := s.t0; k < tr.t0; k++ {
		if d.lx.is(d.toks[k].lower, wcGroup) {
			return true
		}
	}
	return false
}

func (d *document) delegation(s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcDelegation) {
			return true
		}
	}
	return false
}

// definiteTrigger: "the visit", "his trip", "this visit".
func (d *document) definiteTrigger(tr trigMatch) bool {
	if tr.t0 == 0 {
		return false
	}
	return d.lx.is(d.toks[tr.t0-1].lower, wcDefinite)
}

// companions: persons "accompanied by" or "joined by" the focal person.
func (d *document) companions(focal *entity) []*entity {
	if focal == nil {
		return nil
	}
	var out []*entity
	for i := range d.toks {
		l := d.toks[i].lower
		if d.lx.is(l, wcCompanion) && i+1 < len(d.toks) && d.toks[i+1].lower == "by" {
			for _, m := range d.mentionsIn(span{i + 1, i + 10}) {
				if m.typ == Person && d.toks[m.span.t0].sent == d.toks[i].sent {
					if e := d.entityOf(m); e != nil && e != focal {
						out = append(out, e)
					}
					break
				}
			}
		}
	}
	return out
}

// nearestPlace returns the place in s nearest the trigger.
func (d *document) nearestPlace(s span, tr trigMatch) string {
	best, bestDist := "", 1<<30
	for _, m := range d.mentionsIn(s) {
		if m.typ != Location || d.inDateline(m.span.t0) {
			continue
		}
		if m.kind != "city" && m.kind != "country" && m.kind != "region" && m.kind != "" {
			continue
		}
		// a place is where the event was when a locative stands before it
		if !d.locative(m.span.t0) {
			continue
		}
		if d.toks[m.span.t0].hyphen {
			continue
		}
		dist := m.span.t0 - tr.t1
		if dist < 0 {
			dist = tr.t0 - m.span.t1
		}
		if dist < bestDist {
			if e := d.entityOf(m); e != nil {
				best, bestDist = e.canon, dist
			}
		}
	}
	return best
}

// eventID derives a stable id from the type, the participants and the date:
// the same event reported twice gets the same id.
func eventID(e Event) string {
	names := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		names[i] = strings.ToLower(p.Name)
	}
	sort.Strings(names)
	h := sha256.Sum256([]byte(e.Type + "|" + strings.Join(names, "|") + "|" + e.Date))
	return "ev-" + hex.EncodeToString(h[:8])
}

// locative: a place after "in", "to", "at", "visited" (and "the" after
// one of those) is where something happened.
func (d *document) locative(at int) bool {
	k := at - 1
	if k >= 0 && d.toks[k].lower == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	return d.lx.is(d.toks[k].lower, wcLocative)
}

// implicitSubject: the sentence names no one before the trigger and
// speaks of someone: "talks with X", "He met X", "The Brazilian minister
// also met X".
func (d *document) implicitSubject(lx *lexicon, region span, tr trigMatch) bool {
	for _, m := range d.mentionsIn(span{region.t0, tr.t0}) {
		if m.typ == Person || m.typ == Organization || (m.typ == Location && m.kind == "country") {
			return false
		}
	}
	for k := max(region.t0, tr.t0-4); k < min(region.t1, tr.t1+2); k++ {
		if d.toks[k].lower == "with" && k >= tr.t0-3 {
			return true
		}
	}
	for k := region.t0; k < tr.t0; k++ {
		if d.lx.is(d.toks[k].lower, wcPersonal) && d.toks[k].lower != "his" && d.toks[k].lower != "her" {
			return true
		}
		if d.toks[k].lower == "the" && k+1 < tr.t0 {
			j := k + 1
			if _, ok := lx.demonyms[d.toks[j].lower]; ok && j+1 < tr.t0 {
				j++
			}
			if lx.titles.longestKind(d.toks, j, tr.t0, titleHead) > 0 {
				return true
			}
		}
	}
	return false
}

// antecedent: the person a pronoun or "the minister" most likely means —
// the last person named before this sentence, else the focal person.
func (d *document) antecedent(si int, focal *entity) *entity {
	s := d.sent[si]
	// "The Brazilian minister": the person of that nationality
	for k := s.t0; k+1 < s.t1 && k < s.t0+6; k++ {
		if c, ok := d.lx.demonyms[d.toks[k].lower]; ok && d.toks[k].cap {
			for _, e := range d.ents {
				if e.typ == Person && e.nation == c && e.first < s.t0 {
					return e
				}
			}
		}
	}
	var last *entity
	lastAt := -1
	before := d.mentionsIn(span{0, s.t0})
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; m.typ == Person {
			if e := d.entityOf(m); e != nil {
				last, lastAt = e, m.span.t0
				break
			}
		}
	}
	if last != nil && (focal == nil || si-d.toks[lastAt].sent <= 1) {
		return last
	}
	return focal
}

// sinceBefore: "since the summit", "than the last meeting".
func (d *document) sinceBefore(tr trigMatch) bool {
	for k := max(tr.t0-4, 0); k < tr.t0; k++ {
		if l := d.toks[k].lower; d.lx.is(l, wcPastRef) || d.lx.is(l, wcLast) && k == tr.t0-1 {
			return true
		}
	}
	return false
}

// holdBefore: "for talks", "to hold talks".
func (d *document) holdBefore(tr trigMatch) bool {
	if tr.t0 == 0 {
		return false
	}
	return d.lx.is(d.toks[tr.t0-1].lower, wcHold)
}

// isBody reports whether an organization is a deliberative body that meets
// on its own: a council, committee, board, commission, cabinet...
func (d *document) isBody(lx *lexicon, name string) bool {
	if e := d.byCanon[name]; e != nil && e.typ == Organization {
		w := strings.Fields(strings.ToLower(e.canon))
		if len(w) == 0 {
			return false
		}
		// the head word names a body ("City Council", "Board of
		// Governors"), or a body word stands in the name ("Committee on X")
		if lx.is(w[len(w)-1], wcBody) {
			return true
		}
		for _, x := range w {
			if lx.is(x, wcBodyWord) {
				return true
			}
		}

	}
	return false
}

// bodyIn returns the first deliberative body mentioned in s.
func (d *document) bodyIn(lx *lexicon, s span) string {
	for _, m := range d.mentionsIn(s) {
		if m.typ == Organization {
			if e := d.entityOf(m); e != nil && d.isBody(lx, e.canon) {
				return e.canon
			}
		}
	}
	return ""
}

// tracef reports a decision when the document is traced (tests only).
func (d *document) tracef(format string, args ...any) {
	if d.trace != nil {
		d.trace(format, args...)
	}
}

// clauseEnd returns where the clause after token i ends: a semicolon, a
// contrasting conjunction, or the limit.
func (d *document) clauseEnd(i, limit int) int {
	for k := i; k < limit; k++ {
		if d.lx.is(d.toks[k].lower, wcClause) {
			return k
		}
	}
	return limit
}

// quotedSpans lists the token ranges inside quotation marks in s.
func (d *document) quotedSpans(s sentence) []span {
	var out []span
	open := -1
	for k := s.t0; k < s.t1; k++ {
		switch d.toks[k].text {
		case "“":
			open = k
		case "”":
			if open >= 0 {
				out = append(out, span{open, k})
				open = -1
			}
		case "\"":
			if open >= 0 {
				out = append(out, span{open, k})
				open = -1
			} else {
				open = k
			}
		}
	}
	if open >= 0 {
		out = append(out, span{open, s.t1})
	}
	return out
}

func inSpans(ss []span, i int) bool {
	for _, s := range ss {
		if i >= s.t0 && i < s.t1 {
			return true
		}
	}
	return false
}

// isBloc: an international organization or grouping (ECOWAS, the EU).
func (d *document) isBloc(name string) bool {
	e := d.byCanon[name]
	return e != nil && e.typ == Organization && e.kind == "international"
}

// subjectBefore: the party is mentioned before the trigger.
func (d *document) subjectBefore(name string, tr trigMatch) bool {
	s := d.sent[d.toks[tr.t0].sent]
	for _, m := range d.mentionsIn(span{s.t0, tr.t0}) {
		{
			if e := d.entityOf(m); e != nil && e.canon == name {
				return true
			}
		}
	}
	return false
}

// referenceBefore: "after the meeting", "before the talks" point back at an
// event already told.
func (d *document) referenceBefore(tr trigMatch) bool {
	if tr.t0 < 2 {
		return false
	}
	if !d.lx.is(d.toks[tr.t0-1].lower, wcDefinite) {
		return false
	}
	return d.lx.is(d.toks[tr.t0-2].lower, wcTemporal)
}

func isPossessive(s string) bool { return s == "’s" || s == "'s" || s == "’" }

func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		out = appendUniq(out, x)
	}
	return out
}

// sameTypeParts lists the persons of a meeting or agreement trigger when
// others of its type share the sentence: the subject before the first of
// them, and the objects between this trigger and the next ("Ito will hold
// talks with Gen. dela Cruz and call on Secretary Reyes" is two meetings).
func (d *document) sameTypeParts(trigs []trigMatch, ti int, region span) []string {
	tr := trigs[ti]
	first, next := ti, -1
	for k := ti - 1; k >= 0 && trigs[k].typ == tr.typ; k-- {
		first = k
	}
	if ti+1 < len(trigs) && trigs[ti+1].typ == tr.typ {
		next = ti + 1
	}
	if first == ti && next < 0 {
		return d.personNames(region)
	}
	subj := d.personNames(span{region.t0, trigs[first].t0})
	objEnd := region.t1
	if next >= 0 {
		objEnd = trigs[next].t0
	}
	obj := d.personNames(span{tr.t0, objEnd})
	return uniq(append(subj, obj...))
}

// partyFor picks the first party in others that can meet the person: an
// organization, or a country other than the person's own.
func (d *document) partyFor(person string, others []string) string {
	var nation string
	if e := d.byCanon[person]; e != nil && e.typ == Person {
		nation = e.nation
	}
	for _, o := range others {
		if e := d.byCanon[o]; e != nil {
			if e.typ == Organization || (e.typ == Location && o != nation && nation != "") {
				return o
			}
		}
	}
	return ""
}

// triggerHolds checks what a trigger needs around it: "with" after a weak
// noun ("dinner with X"), a person after a verb that only means a meeting
// when someone is its object ("hosted X", not "hosted a show"; "called on X"
// but not "called on X to resign"), and an active "met" ("criteria had to
// be met" is no meeting).
func (d *document) triggerHolds(m trigMatch, s sentence) bool {
	// lx reports whether the lower-case word at w is a thing, not a person:
	// not a title or a word for a person ("met the minister" is a meeting)
	lx := func(det string, toks []token, w int) bool {
		l := toks[w].lower
		return d.lx.titles.longestKind(toks, w, min(w+3, len(toks)), titleHead) == 0 &&
			d.lx.titles.longestKind(toks, w, min(w+3, len(toks)), titlePre) == 0 &&
			!d.lx.personNoun[l] && !d.lx.is(l, wcGroup|wcPeople)
	}
	toks := d.toks
	next := func(k int) string {
		if k < s.t1 {
			return toks[k].lower
		}
		return ""
	}
	switch toks[m.t0].lower {
	case "meet", "met", "meets", "meeting":
		// "to meet demand", "rose to meet Ronaldo's cross": meeting a thing
		k := m.t1
		if d := next(k); d == "the" || d == "a" || d == "an" || d == "its" || d == "their" || d == "growing" || d == "rising" {
			if w := k + 1; w < s.t1 && !toks[w].cap && lx(d, toks, w) {
				return false
			}
		}
		if k+1 < s.t1 && toks[k].cap && isPossessive(toks[k+1].text) && !d.known(d.lx, k) {
			return false // "Ronaldo's cross"; but "Kenya's prime minister"
		}
	case "signed", "sign", "signs", "signing":
		if next(m.t1) == "up" { // "signed up for a sitcom"
			return false
		}
	case "agreed", "agree", "agrees":
		// agreeing with a view is no agreement: "agreed it was of concern"
		switch next(m.t1) {
		case "that", "it", "with", ",", ".", "":
			return false
		}
	}
	if toks[m.t0].lower == "met" && m.t0 > s.t0 {
		switch toks[m.t0-1].lower {
		case "be", "been", "being", "is", "are", "was", "were":
			return false
		}
	}
	switch m.needs {
	case "with":
		for k := m.t1; k < s.t1 && k < m.t1+5; k++ {
			if l := toks[k].lower; l == "with" || l == "between" {
				return true
			}
		}
		return false
	case "object":
		for _, x := range d.mentionsIn(span{m.t1, m.t1 + 7}) {
			if x.typ != Person && x.typ != "" && x.typ != Organization {
				continue
			}
			if x.span.t0 >= m.t1 && x.span.t0 <= m.t1+6 && d.toks[x.span.t0].sent == d.toks[m.t0].sent {
				// "called on Mr Brown to open the books": an appeal
				if x.span.t1+1 < s.t1 && toks[x.span.t1].lower == "to" && toks[x.span.t1+1].tag == "VB" {
					return false
				}
				return x.typ == Person || d.isCapWord(x.span.t0)
			}
		}
		return false
	}
	return true
}

// mentionsIn returns the mentions that start inside s (mentions are sorted
// by position once resolved).
func (d *document) mentionsIn(s span) []mention {
	lo := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].span.t0 >= s.t0 })
	hi := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].span.t0 >= s.t1 })
	if hi < lo {
		hi = lo
	}
	return d.mentions[lo:hi]
}
