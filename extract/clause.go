package extract

import (
	"sort"
	"strings"
)

// The clause pass reads the clause an event trigger stands in: its verb
// group (auxiliaries, modals, negation, periphrastic futures: "will meet",
// "is due to meet", "plans to visit", "did not sign", "was acquired"), its
// subject (past an appositive, through a relative pronoun, with
// coordination), its object and its prepositional phrases ("with X",
// "between X and Y", "by X", "to X", "in X", "of X"), and for a noun
// trigger its possessor ("Soto's visit", "their meeting"). Arguments are
// the entities the earlier passes found, else a run of proper nouns ("Qwest
// agreed to buy Verizon": names the entity rules did not know), else a
// pronoun or a description to resolve.

// clause is what the clause pass reads around one trigger.
type clause struct {
	head     int  // the verb the event hangs on: the trigger or its support verb
	group    span // the verb group before the head
	negated  bool // not, never, n't, "no talks"
	future   bool // will, shall, is due/set/expected/scheduled to, plans to, is to
	modal    bool // could, might, may, would, should
	passive  bool // a participle after a form of "be": "was acquired by X"
	gerund   bool // "after meeting X"
	relative bool // the subject came through who/which/that
	subj     []arg
	obj      []arg
	pp       map[string][]arg // with, between, by, to, in, at, of, poss
	reading  []string         // what was read, for --explain
}

// arg is one noun phrase filling a role.
type arg struct {
	span span
	name string // canonical entity name or the proper-noun run's text
	typ  string // Person, Organization, Location; "" for an unknown proper noun or a pronoun
	pron string // the pronoun or group noun when the phrase is one ("he", "the two sides")
}

// readClause reads the clause of trigger tr in sentence s.
func (d *document) readClause(tr trigMatch, s sentence) clause {
	lx := d.lx
	c := clause{head: tr.t0, pp: map[string][]arg{}}
	if tr.sup >= 0 && tr.sup < tr.t0 {
		c.head = tr.sup
	}
	c.gerund = tr.form&formGerund != 0 && tr.frame.verb
	// the verb group, leftwards: auxiliaries, modals, negation, adverbs,
	// and "is due to", "plans to"
	k := c.head - 1
	for k >= s.t0 {
		l := d.toks[k].lower
		switch {
		case lx.is(l, wcNegation):
			c.negated = true
		case lx.is(l, wcFuture):
			c.future = true
		case lx.is(l, wcModal):
			c.modal = true
		case lx.is(l, wcAux):
			if tr.form&formPart != 0 && lx.is(l, wcBe) {
				c.passive = true
			}
		case l == "to" && k > s.t0 && lx.is(d.toks[k-1].lower, wcProspective):
			// "is due to meet", "plans to visit", "is to travel"
			c.future = true
			k--
		case d.toks[k].tag == "RB" && !d.toks[k].cap:
		default:
			goto done
		}
		k--
	}
done:
	c.group = span{k + 1, c.head}
	// a participle right after a noun is a reduced relative, a passive:
	// "the treaty signed by the two countries"
	if tr.frame.verb && tr.form&formPart != 0 && d.toks[c.head].tag == "VBN" && c.group.empty() && c.head > s.t0 {
		// (not after a party with no "by": "Prado met her counterpart",
		// "the two companies signed a deal" are a past tense the tagger
		// read as a participle; events_discourse.go)
		if t := d.toks[c.head-1]; t.word && (t.tag == "" || t.tag[0] == 'N') && !d.pastNotParticiple(c.head-1, tr.t1, s) {
			c.passive = true
		}
	}
	if c.negated {
		c.reading = append(c.reading, "negated")
	}
	if c.future {
		c.reading = append(c.reading, "future")
	}
	if c.modal {
		c.reading = append(c.reading, "modal")
	}
	if c.passive {
		c.reading = append(c.reading, "passive")
	}
	// "no agreement", "no talks"
	if !tr.frame.verb && tr.t0 > s.t0 && d.toks[tr.t0-1].lower == "no" {
		c.negated = true
	}
	end := d.clauseLimit(tr.t1, s.t1)
	if k := d.thatClauseAt(tr, s); k > 0 && k < end {
		// "agreed (on Tuesday) that their ministers would meet in May": the
		// that-clause is the decision's content, not the verb's object,
		// place or date
		end = k
	}
	if tr.frame.verb || tr.sup >= 0 {
		c.subj = d.subjectPhrase(c.group.t0, s)
		if len(c.subj) > 0 && c.subj[0].span.t1 < c.group.t0 && d.toks[c.subj[0].span.t1].lower != "," {
			if at := c.subj[0].span.t1; at < c.group.t0 && lx.is(d.toks[at].lower, wcRelative) {
				c.relative = true
			}
		}
		c.obj = d.phraseAt(tr.t1, end)
		if len(c.obj) == 0 && !c.passive {
			// "will receive in Kigali next week Ghana's envoy, X": an
			// object after the verb's adjuncts (clause_shift.go)
			if as, at := d.shiftedObject(tr.t1, end); len(as) > 0 {
				c.obj = as
				c.reading = append(c.reading, "an object after the adjuncts at "+d.toks[at].text)
			}
		}
		if len(c.subj) == 0 {
			// "Receiving the envoy, the governor said": the subject of the
			// clause the participle clause modifies (clause_participle.go)
			if c.subj = d.participleClauseSubject(tr, c.group.t0, s); len(c.subj) > 0 {
				c.reading = append(c.reading, "the subject of the clause the participle modifies")
			}
		}
		if len(c.subj) == 0 {
			// "X met Y on Monday and flew to Z": a second predicate's
			// subject is the first one's (clause_conjunct.go)
			if c.subj = d.conjunctSubject(c.group.t0, s); len(c.subj) > 0 {
				c.reading = append(c.reading, "the subject of the predicate before")
			}
		}
		if len(c.subj) == 0 {
			// "X is due to hold talks with Y and to call on Z": a second
			// infinitive shares the first one's subject
			if v := d.firstInfinitive(c.group.t0, s); v >= 0 {
				gs := d.verbGroupStart(v, s)
				c.subj = d.subjectPhrase(gs, s)
				if cv := d.controllingVerb(gs, s); len(c.subj) == 0 && cv >= 0 {
					c.subj = d.subjectPhrase(d.verbGroupStart(cv, s), s)
				}
			}
		}
		if len(c.subj) == 0 {
			// "Harbor agreed on Monday to buy Kirin": the subject of an
			// infinitive is the one of the verb it completes
			if v := d.controllingVerb(c.group.t0, s); v >= 0 {
				c.subj = d.subjectPhrase(d.verbGroupStart(v, s), s)
				if len(c.subj) == 1 && c.subj[0].pron != "" && d.lx.is(c.subj[0].pron, wcFirst) {
					c.subj = nil // "we decided to go": the speaker's, read elsewhere
				}
			}
		}
	} else {
		if i := strings.LastIndexByte(tr.frame.lemma, ' '); i > 0 && lx.is(tr.frame.lemma[i+1:], wcPrep) {
			// "a tour of Peru": a noun ending in its preposition has the
			// destination as its object; a tour of a region ("a tour of
			// the Gulf, with stops in Doha and Muscat") is told by its stops
			for _, a := range d.phraseAt(tr.t1, end) {
				if e := d.byCanon[a.name]; e == nil || e.kind != "region" && e.kind != "continent" {
					c.obj = append(c.obj, a)
				}
			}
		}
		c.pp["poss"] = d.possessor(tr.t0, s)
		// "when Llorente is expected to make his first visit": a
		// possessive pronoun on the object of a verb whose own subject
		// names a person is that subject (rule poss-own-subject), not
		// the person the sentence opened with
		if subj, v := d.possOwnSubject(c.pp["poss"], tr, s); len(subj) > 0 {
			c.pp["poss"] = subj
			c.reading = append(c.reading, "its possessive is the subject of "+d.toks[v].text)
		}
		// "NATO defence ministers meeting in Brussels backed": a
		// participle after the people it is said of (clause_participle.go)
		if subj := d.participleSubject(tr, s); len(subj) > 0 {
			c.subj = subj
			c.reading = append(c.reading, "a participle of the people before it")
		}
		// "Soto, who is on a three-day visit to Peru", "the minister is on
		// a tour of the region": the subject of "is on" makes the visit
		if at := d.onBefore(tr.t0, s); at >= 0 {
			c.subj = d.subjectPhrase(at, s)
		}
		// "Soto arrived in Lima for a three-day visit", "Park held a
		// separate meeting with Li": a meeting or visit noun under a verb
		// is that verb's subject's; of the agreement nouns only one that
		// ends in "with", not one a support verb makes ("X flew to Lima
		// for the signing with Y"; "X welcomed the deal" makes X no party)
		if len(c.subj) == 0 && len(c.pp["poss"]) == 0 && (tr.typ != Agreement || d.withSigning(tr)) {
			if v := d.governingVerb(tr.t0, s); v >= 0 {
				c.subj = d.subjectPhrase(d.verbGroupStart(v, s), s)
				if len(c.subj) > 0 {
					c.reading = append(c.reading, "the subject of "+d.toks[v].text)
				}
			}
		}
		// "During a visit to Juba, Valerie Amos said...": a fronted phrase
		// with the noun; the main clause's subject after its comma
		if len(c.subj) == 0 && tr.t0-s.t0 <= 3 && d.lx.is(d.toks[s.t0].lower, wcTemporal) {
			for k := tr.t1; k < s.t1-1 && k < tr.t1+12; k++ {
				if d.toks[k].text == "," {
					if as := d.phraseAt(k+1, s.t1); len(as) > 0 {
						c.subj = as[:1]
					}
					break
				}
			}
		}
	}
	if c.passive {
		c.subj, c.obj = nil, c.subj // the grammatical subject is the object
	}
	// prepositional phrases up to the clause's end
	for j := tr.t1; j < end; j++ {
		p := d.toks[j].lower
		// an infinitive or a finite verb opens another clause: "agreed to
		// open a dialogue with X" is no agreement with X
		if t := d.toks[j].tag; t == "VBD" || t == "VBZ" || t == "VBP" || p == "to" && j+1 < end && d.toks[j+1].tag == "VB" && !d.toks[j+1].cap {
			break
		}
		if !lx.is(p, wcPrep) {
			continue
		}
		if _, seen := c.pp[p]; seen {
			continue
		}
		a := d.phraseAt(j+1, end)
		if len(a) == 0 && p == "between" {
			// "talks between the two countries": the parties told
			// before (clause_groupdesc.go)
			if g, ok := d.groupDescAt(j+1, end); ok {
				a = []arg{g}
			}
		}
		if len(a) > 0 {
			c.pp[p] = a
		}
	}
	if c.passive && len(c.pp["by"]) > 0 {
		c.subj = c.pp["by"]
	}
	return c
}

// clauseLimit returns where the clause after token i ends: a clause word
// (but, while, ;) or the limit.
func (d *document) clauseLimit(i, limit int) int {
	for k := i; k < limit; k++ {
		if d.lx.is(d.toks[k].lower, wcClause) {
			return k
		}
	}
	return limit
}

// subjectPhrase reads the subject that ends before token at: the noun
// phrase right before the verb group, past an appositive (", Chile's
// foreign minister,") or a relative pronoun ("Soto, who met..."), with
// its coordinated phrases ("Soto and Li").
func (d *document) subjectPhrase(at int, s sentence) []arg {
	k := at - 1
	// a date between the subject and its verb: "X and Y today announced",
	// "Soto on Monday met"
	if dm, ok := d.dateEndingAt(k + 1); ok && dm.span.t0 > s.t0 {
		k = dm.span.t0 - 1
		if k > s.t0 && d.lx.is(d.toks[k].lower, wcPrep) {
			k--
		}
	}
	// a bracket between the subject and its verb: "the Gulf Cooperation
	// Council (GCC) signed", "Kirin Freight (Nasdaq: KRN) said"
	k = d.pastBracket(k, s)
	k = d.pastLegalComma(k, s)   // "Tenby Bio Co., Ltd., today announced" (clause_legalcomma.go)
	k = d.pastOpeningQuote(k, s) // 'the two leaders "agreed to ...': a quoted predicate (events_deal_quoted.go)
	// a relative pronoun: the phrase before it
	if k >= s.t0 && d.lx.is(d.toks[k].lower, wcRelative) {
		k--
		if k >= s.t0 && d.toks[k].text == "," {
			k--
		}
		// "the bankers, who had flown in overnight": people described
		// are the relative's subject, no one named (clause_relative.go)
		if a, ok := d.describedAntecedent(k, s); ok {
			return []arg{a}
		}
	}
	var out []arg
	sawAnd := false // an "and" met between conjuncts (clause_apposition.go)
	// an appositive between commas: skip it; but a name set off after
	// its description ("and her Brazilian counterpart, Rui Costa, signed")
	// is the subject, the description is not
	if k >= s.t0 && d.toks[k].text == "," {
		// "the two negotiators, X and Y, met": the names (clause_apposition.go)
		for j := k - 1; j >= s.t0 && j > k-20; j-- {
			if d.toks[j].text == "," {
				if ps, ok := d.namesAfterDescription(j, k, s); ok {
					return ps
				}
			}
		}
		for j := k - 1; j >= s.t0 && j > k-14; j-- {
			if d.toks[j].text == "," {
				if p, ok := d.namedAfterDescription(j, k, s); ok {
					out = append(out, p)
					k = d.descriptionStart(j, s) - 1
					if k < s.t0 || d.toks[k].lower != "and" && d.toks[k].text != "," {
						return out
					}
					k--
					if k >= s.t0 && d.toks[k].text == "," && d.toks[k+1].lower == "and" {
						k--
					}
					break
				}
				k = j - 1
				break
			}
		}
	}
	for k >= s.t0 {
		a, ok := d.phraseEndingAt(k+1, s)
		// a phrase after a preposition ("a company based in Oslo") sits in
		// an appositive, not in the coordination; but after a noun for
		// people ("the ministers of France and Germany", "diplomats from
		// Qatar, Oman and Egypt") the whole coordination is its complement
		if ok && len(out) > 0 && a.span.t0 > s.t0 && d.lx.is(d.toks[a.span.t0-1].lower, wcPrep) && !d.peopleComplement(a.span.t0-1, s) && !d.placeOfNounArg(a, s) {
			ok = false
		}
		if !ok && len(out) > 0 {
			// "Helixa, Inc. (Nasdaq: HLXA), a clinical-stage company, and
			// Coral Bay announced": the conjunct before an appositive
			a, ok = d.conjunctBefore(k+1, s, out[len(out)-1].typ)
		}
		if !ok {
			break
		}
		if len(out) > 0 && d.comparedConjunct(a, s) {
			break // "Unlike Oman, Qatar and Kuwait signed": Oman is compared, no side
		}
		if a.pron != "" && !d.lx.is(a.pron, wcPronoun) {
			// "Ana Soto, Chile's foreign minister, and Li Wei": the
			// description stands beside a name, which is the conjunct
			if st := d.descriptionStart(a.span.t1, s); st-1 > s.t0 && d.toks[st-1].text == "," && d.endsPerson(st-1, s) {
				ms := d.mentionsIn(span{max(s.t0, st-9), st - 1})
				a = d.mentionArg(ms[len(ms)-1])
			}
		}
		k = a.span.t0 - 1
		if d.placeOfNounArg(a, s) {
			a.typ = Organization // the city as a party (entities_cityof.go)
			k = a.span.t0 - 4    // "the city of New Rochelle and ...": before "the city of"
		}
		out = append(out, d.described(a))
		if a.typ == Person {
			// "French Interior Minister X and German Finance Minister
			// Y met": the title run before a conjunct is part of it
			k = d.titlePrefixStart(d.honorificStart(a.span.t0, s), s) - 1
			k = d.pastCounterpart(k, s) // "X and her Peruvian counterpart Y" (clause_counterpart.go)
		}
		if k >= s.t0 && d.lx.is(d.toks[k].lower, wcPrep) && d.peopleComplement(k, s) {
			break // "the ministers of France and Germany": no further conjunct
		}
		k = d.pastBracket(k, s)
		k = d.pastCompanyNoun(k, s) // "X and rival Y" (events_deal_describe.go)
		if k > s.t0 && d.toks[k].lower == "the" && (d.toks[k-1].lower == "and" || d.toks[k-1].text == "," && a.typ == Location) {
			k-- // "the city of X and the Harbor Point Yacht Club", "Peru, the Gambia and Chile"
		}
		if k >= s.t0 && (d.toks[k].lower == "and" || d.toks[k].text == ",") {
			if d.descriptionApposition(k, s, out[len(out)-1], sawAnd) {
				break // "Paraguay's president, Rodrigo Cáceres, who": no conjunct (clause_apposition.go)
			}
			sawAnd = sawAnd || d.toks[k].lower == "and"
			if _, date := d.dateEndingAt(k); date && d.toks[k].text == "," {
				break // "On 2 March, it signed": a fronted date, no conjunct
			}
			k--
			if k >= s.t0 && d.toks[k].text == "," && d.toks[k+1].lower == "and" {
				k--
			}
			continue
		}
		break
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// comparedConjunct reports whether the phrase a, read as a conjunct of a
// subject, follows a word of class compare ("like", "unlike", "besides"),
// past its title, honorific or article: "Much like Ghana, the Philippines
// and Vietnam signed" compares Ghana with the subject, which it is not part
// of. The compare word must open the clause and a comma follow the name.
func (d *document) comparedConjunct(a arg, s sentence) bool {
	k := a.span.t0
	if a.typ == Person {
		k = d.titlePrefixStart(d.honorificStart(k, s), s)
	}
	k--
	if k >= s.t0 && d.toks[k].lower == "the" {
		k--
	}
	if k < s.t0 || !d.lx.is(d.toks[k].lower, wcCompare) {
		return false
	}
	// the compare word opens the clause, past adverbs ("much like", "just
	// like"), and a comma closes the compared name: "Producers like Ghana,
	// Togo and Benin agreed" lists Ghana as a side
	j := k - 1
	for j >= s.t0 && (strings.HasPrefix(d.toks[j].tag, "RB") || d.toks[j].tag == "JJ") {
		j--
	}
	opens := j < s.t0 || d.toks[j].text == ","
	return opens && a.span.t1 < s.t1 && d.toks[a.span.t1].text == ","
}

// phraseEndingAt finds the noun phrase that ends right before token end: a
// mention, a pronoun, a group noun ("the two sides"), or a run of proper
// nouns.
func (d *document) phraseEndingAt(end int, s sentence) (arg, bool) {
	if end <= s.t0 {
		return arg{}, false
	}
	last := end - 1
	if isPossessive(d.toks[last].text) {
		return arg{}, false
	}
	ms := d.mentionsIn(span{max(s.t0, end-8), end})
	for i := len(ms) - 1; i >= 0; i-- {
		if m := ms[i]; m.span.t1 == end {
			return d.mentionArg(m), true
		}
	}
	l := d.toks[last].lower
	if d.lx.is(l, wcPronoun) && !d.toks[last].upper { // "US" is no "us"
		return arg{span: span{last, end}, pron: l}, true
	}
	if a, ok := d.companyDescEndingAt(end, s); ok { // "the bank reached" (events_deal_describe.go)
		return a, true
	}
	if d.lx.is(l, wcGroup) || d.lx.personNoun[l] || d.lx.titles.longestKind(d.toks, last, end, titleHead) > 0 || d.pluralPersonGroup(last) || d.countedTitlePlural(last) || d.bareCount(last) {
		j := last
		// back over its modifiers, not over a verb or a clause word ("agreed
		// that their agriculture ministers")
		for j > s.t0 && j > last-4 && !d.toks[j-1].cap && d.toks[j-1].word && !d.lx.is(d.toks[j-1].lower, wcAux, wcRelative, wcClause) && !strings.HasPrefix(d.toks[j-1].tag, "VB") {
			j--
		}
		return arg{span: span{j, end}, pron: d.textOf(span{j, end})}, true
	}
	if j := d.properRun(last, s, -1); j <= last {
		return d.properArg(span{j, end}), true
	}
	return arg{}, false
}

// phraseAt reads the noun phrases that start at token at (after a
// determiner or a title), with their coordination: "Trade Minister Li Wei
// and his deputy", "Verizon", "the two sides".
func (d *document) phraseAt(at, end int) []arg {
	var out []arg
	k := at
	for len(out) < 6 && k < end {
		// "the London market", "the German company": a company
		// described, to resolve (events_deal_describe.go)
		if a, next, ok := d.companyDescAt(k, end); ok {
			out = append(out, a)
			var more bool
			if k, more = d.nextConjunct(next, end); !more {
				break
			}
			continue
		}
		// "the city of New Rochelle and the yacht club": the place is the
		// party (entities_cityof.go)
		if m, ok := d.placeOfNoun(k, end); ok {
			a := d.mentionArg(m)
			a.typ = Organization // the city as a party (entities_cityof.go)
			out = append(out, a)
			var more bool
			if k, more = d.nextConjunct(m.span.t1, end); !more {
				break
			}
			continue
		}
		// determiners, titles and adjectives before a name
		j := k
		for j < end && j < k+6 && (!d.toks[j].cap || d.modifierDemonym(j, end)) && d.toks[j].word && !d.lx.is(d.toks[j].lower, wcPeople, wcPronoun, wcPrep) && !d.lx.is(d.toks[j].lower, wcCounterpart) && !(d.lx.is(d.toks[j].lower, wcOrgNoun) && j > k && d.lx.is(d.toks[j-1].lower, wcDefinite)) && !d.definiteTitle(k, j) {
			j++
		}
		if j >= end || d.lx.is(d.toks[j].lower, wcPrep) {
			// "the presidents of both clubs, Rafael Kunz and Bruno
			// Macedo": a description with the names after it
			if as, next := d.appositiveNames(k, end); len(as) > 0 {
				out = append(out, as...)
				var more bool
				if k, more = d.nextConjunct(next, end); !more {
					break
				}
				continue
			}
			break // no noun phrase here: "went to register voters in Tarrant"
		}
		var a arg
		found := false
		if l := d.toks[j].lower; !d.toks[j].upper && (d.lx.is(l, wcPronoun) || d.lx.is(l, wcPeople) || d.lx.is(l, wcCounterpart) || d.lx.is(l, wcOrgNoun) && j > k && d.lx.is(d.toks[j-1].lower, wcDefinite)) {
			// "her Peruvian counterpart, Li Wei": the name after the
			// description is the phrase
			if as, next := d.appositiveNames(j, end); len(as) > 0 {
				out = append(out, as...)
				var more bool
				if k, more = d.nextConjunct(next, end); !more {
					break
				}
				continue
			}
			// "other leaders of the Americas": the head is the group
			a, found = arg{span: span{j, j + 1}, pron: l}, true
		}
		// a title run before the name: "Deputy Prime Minister Ana Soto";
		// with no name after it, the run is a description ("the Moldovan
		// Deputy Prime Minister"), not a name of its own
		if te := d.titleRunAt(j, end); !found && te > j {
			te = d.officeAfter(te, end)
			if ms := d.mentionsIn(span{te, min(end, te+1)}); len(ms) > 0 {
				a, found = d.phraseArg(ms[0]), true
			} else if te >= end || !d.toks[te].cap && d.toks[te].lower != "of" {
				j0 := j
				for j0 > k && d.modifierDemonym(j0-1, end) {
					j0--
				}
				a, found = arg{span: span{j0, te}, pron: d.textOf(span{j0, te})}, true
			}
		}
		for _, m := range d.mentionsIn(span{j, min(end, j+8)}) {
			if !found && m.span.t0 <= j+4 {
				a, found = d.phraseArg(m), true
				// "Li Wei and NATO Secretary General Oskar Brandt": a
				// body named before a title is no party; the person
				// after the title is, and a known name coordinated into
				// the body's mention is one of its own
				if a.typ != Person {
					if te := d.titleRunAt(m.span.t1, end); te > m.span.t1 {
						if ps := d.mentionsIn(span{te, te + 1}); len(ps) > 0 && ps[0].typ == Person {
							if left, ok := d.coordinatedLeft(m); ok && len(out) < 5 {
								out = append(out, left)
							}
							a = d.mentionArg(ps[0])
						}
					}
				}
			}
			break
		}
		// "Kestrel's largest shareholder, Orchid Capital": the owner is no
		// party; the head and its appositive name are
		if found && a.span.t1 < end && isPossessive(d.toks[a.span.t1].text) {
			h := a.span.t1 + 1
			var named *mention
			for h < end && h < a.span.t1+6 && d.toks[h].text != "," && !d.lx.is(d.toks[h].lower, wcPrep) {
				if ms := d.mentionsIn(span{h, h + 1}); named == nil && len(ms) > 0 && ms[0].typ == Person && ms[0].span.t0 == h {
					named = &ms[0]
					break
				}
				h++
			}
			if named != nil {
				// "Jordan's King Faisal": the person the title names
				a = d.mentionArg(*named)
			} else if h+1 < end && d.toks[h].text == "," {
				if next := d.phraseAt(h+1, end); len(next) > 0 {
					a = next[0]
				} else {
					found = false
				}
			} else if as, next := d.appositiveNames(a.span.t1+1, end); len(as) > 0 {
				// "Peru's ambassador to Chile, Li Wei"
				out = append(out, as...)
				var more bool
				if k, more = d.nextConjunct(next, end); !more {
					break
				}
				continue
			} else {
				found = false
			}
		}
		if !found {
			l := d.toks[j].lower
			switch {
			case !d.toks[j].upper && (d.lx.is(l, wcPronoun) || d.lx.is(l, wcPeople)):
				a, found = arg{span: span{j, j + 1}, pron: l}, true
			case d.toks[j].cap:
				s := d.sent[d.toks[j].sent]
				if e := d.properRun(j, s, 1); e > j {
					a, found = d.properArg(span{j, e}), true
				}
			}
		}
		if !found {
			break
		}
		out = append(out, a)
		next := a.span.t1
		if a.typ == Person {
			next = d.pastAppositive(next, end)
		}
		var more bool
		if k, more = d.nextConjunct(next, end); !more {
			break
		}
	}
	return out
}

// definiteTitle: token j is a title head after a definite word, a
// description of a person in lower case ("met the president on Friday",
// "talks with his counterpart"), read as a title run and resolved like a
// described subject.
func (d *document) definiteTitle(k, j int) bool {
	return j > k && d.lx.is(d.toks[j-1].lower, wcDefinite) && d.lx.titles.longestKind(d.toks, j, j+1, titleHead) > 0
}

// nextConjunct returns where the next coordinated phrase starts after a
// phrase ending at k ("and", ", and", a comma before a capital), and
// whether there is one.
func (d *document) nextConjunct(k, end int) (int, bool) {
	// past a possessive tail or a title after the name: ", Chile's
	// foreign minister," stays with the phrase
	if k+1 < end && d.toks[k].lower == "and" {
		return k + 1, true
	}
	if k+2 < end && d.toks[k].text == "," && d.toks[k+1].lower == "and" {
		return k + 2, true
	}
	if k+1 < end && d.toks[k].text == "," && d.toks[k+1].cap && !d.lx.is(d.toks[k+1].lower, wcRelative) {
		s := d.sent[d.toks[k+1].sent]
		if e := d.properRun(k+1, s, 1); e > k+1 && e < end && isPossessive(d.toks[e].text) {
			// "Energias SA, Portugal's largest utility": an appositive
			// that says what the name is, no conjunct
			return k, false
		}
		return k + 1, true
	}
	return k, false
}

// properRun returns the far end of a run of proper nouns from token i in
// direction dir (-1: the first token of the run ending at i; +1: the end
// of the run starting at i). "&" and "of" join the words of a name.
func (d *document) properRun(i int, s sentence, dir int) int {
	proper := func(k int) bool {
		t := d.toks[k]
		if !t.cap || !t.word || k == s.t0 && d.lx.stop[t.text] {
			return false
		}
		return t.tag == "NNP" || t.tag == "NNPS" || t.tag == ""
	}
	if dir < 0 {
		if !proper(i) {
			return i + 1
		}
		j := i
		for j > s.t0 && (proper(j-1) || d.toks[j-1].text == "&") {
			j--
		}
		return j
	}
	if !proper(i) {
		return i
	}
	j := i
	for j < s.t1 && (proper(j) || d.toks[j].text == "&" && j+1 < s.t1 && proper(j+1)) {
		j++
	}
	return j
}

// possessor reads the owner of a noun trigger: "Soto's visit", "their
// meeting", "the Chile-Peru summit" (each side of the hyphen).
func (d *document) possessor(at int, s sentence) []arg {
	k := at - 1
	// adjectives and numbers between the owner and the noun
	for k > s.t0 && k > at-4 && !d.toks[k].cap && !isPossessive(d.toks[k].text) && !d.lx.is(d.toks[k].lower, wcDefinite) && d.toks[k].word && d.toks[k].lower != "whose" {
		k--
	}
	if k < s.t0 {
		return nil
	}
	l := d.toks[k].lower
	switch {
	case l == "whose":
		// "the SCO (Shanghai Cooperation Organization), whose next
		// summit": the owner is the named phrase the relative follows
		if a, ok := d.relativeOwner(k, s); ok {
			return []arg{a}
		}
		return nil
	case isPossessive(d.toks[k].text):
		if a, ok := d.phraseEndingAt(k, s); ok {
			return []arg{a}
		}
	case d.lx.is(l, wcPossessive):
		return []arg{{span: span{k, k + 1}, pron: l}}
	}
	return d.premodifier(at, s)
}

// relativeOwner reads the named phrase before "whose" at token k, past
// the comma and a bracketed expansion between them.
func (d *document) relativeOwner(k int, s sentence) (arg, bool) {
	e := k
	if e-1 >= s.t0 && d.toks[e-1].text == "," {
		e--
	}
	if e-1 >= s.t0 && d.toks[e-1].text == ")" {
		for b := e - 2; b >= s.t0 && b > e-14; b-- {
			if d.toks[b].text == "(" {
				e = b
				break
			}
		}
	}
	a, ok := d.phraseEndingAt(e, s)
	if !ok || a.pron != "" {
		return arg{}, false // "the group, whose ...": no name to own it
	}
	return a, true
}

// premodifier reads a name that modifies an event noun inside its own
// phrase, after a determiner or a possessive: "the G7 meeting", "July's G8
// summit", "a European Council summit". The name is the noun's party (the
// body or group that meets), as a possessor is.
func (d *document) premodifier(at int, s sentence) []arg {
	k := at - 1
	for k > s.t0 && k > at-4 && !d.toks[k].cap && d.toks[k].word && !d.lx.is(d.toks[k].lower, wcDefinite) && !isPossessive(d.toks[k].text) {
		k-- // adjectives: "the recent G7 meeting", "the two-day summit"
	}
	for _, m := range d.mentionsIn(span{max(s.t0, k-6), k + 1}) {
		if m.span.t1 != k+1 || m.typ != Organization || d.toks[m.span.t0].hyphen {
			continue
		}
		if b := m.span.t0 - 1; b >= s.t0 && (d.lx.is(d.toks[b].lower, wcDefinite) || isPossessive(d.toks[b].text) || d.lx.indefiniteArticle(d.toks[b].lower) || d.toks[b].tag == "JJ" && !d.toks[b].cap) {
			return []arg{d.mentionArg(m)}
		}
	}
	return nil
}

// mentionArg turns a mention into an argument.
func (d *document) mentionArg(m mention) arg {
	a := arg{span: m.span, typ: m.typ, name: m.text}
	if e := d.entityOf(m); e != nil {
		a.name, a.typ = e.canon, e.typ
	}
	return a
}

// properArg makes an argument of a run of proper nouns no entity rule
// took: a one-word run that is a word of a person's or an organization's
// name already seen ("Anong" for Anong Chaiyaporn, "Pelagos" for Pelagos
// Holdings) is that entity; anything else stays an unknown name.
func (d *document) properArg(sp span) arg {
	a := arg{span: sp, name: d.textOf(sp)}
	if sp.t1-sp.t0 != 1 {
		return a
	}
	w := d.toks[sp.t0].text
	var hit *entity
	for _, e := range d.ents {
		if e.typ != Person && e.typ != Organization || e.first >= sp.t0 {
			continue
		}
		words := strings.Fields(e.canon)
		if len(words) < 2 || !(words[0] == w || e.typ == Person && words[len(words)-1] == w) {
			continue
		}
		if hit != nil && hit != e {
			return a // two entities share the word: leave it
		}
		hit = e
	}
	if hit != nil {
		a.name, a.typ = hit.canon, hit.typ
	}
	return a
}

// onBefore finds "is on (a|his) ..." before a noun trigger: the first token
// of the form of "be", or -1.
func (d *document) onBefore(at int, s sentence) int {
	for k := at - 1; k > s.t0 && k >= at-5; k-- {
		if d.toks[k].lower != "on" {
			continue
		}
		if d.lx.is(d.toks[k-1].lower, wcBe) {
			return k - 1
		}
		return -1
	}
	return -1
}

// conjunctBefore finds, within 25 words before end, the nearest entity of
// the given type that an appositive follows (a comma or a bracket after
// it): the first conjunct of "X, a company based in Y, and Z".
func (d *document) conjunctBefore(end int, s sentence, typ string) (arg, bool) {
	if typ == "" {
		return arg{}, false
	}
	ms := d.mentionsIn(span{max(s.t0, end-25), end})
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.typ != typ || m.span.t1 >= end {
			continue
		}
		if t := d.toks[m.span.t1].text; t == "," || t == "(" {
			return d.mentionArg(m), true
		}
	}
	return arg{}, false
}

// dateEndingAt returns the date mention that ends right before token end.
func (d *document) dateEndingAt(end int) (dateMention, bool) {
	i := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t1 >= end })
	if i < len(d.dates) && d.dates[i].span.t1 == end {
		return d.dates[i], true
	}
	return dateMention{}, false
}

// modifierDemonym: a nationality word that modifies the noun phrase it
// opens ("Japanese rival Nissan Motor", "French car maker Peugeot"): the
// party is the name after it, not the nationality.
func (d *document) modifierDemonym(j, end int) bool {
	if _, ok := d.lx.demonyms[d.toks[j].lower]; !ok || j+1 >= end {
		return false
	}
	n := d.toks[j+1]
	return n.word && !isPossessive(n.text)
}

// titleRunAt returns the end of the run of title words starting at token
// i ("Deputy Prime Minister", "Secretary General"), or i when none starts
// there.
func (d *document) titleRunAt(i, end int) int {
	for i < end {
		n := max(d.lx.titles.longestKind(d.toks, i, end, titleHead), d.lx.titles.longestKind(d.toks, i, end, titlePre))
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// phraseArg turns a mention into an argument; a mention of no type that
// is only a title run, after a nationality or not ("Uzbek Deputy Prime
// Minister"), is a description to resolve, not an unknown name.
func (d *document) phraseArg(m mention) arg {
	return d.described(d.mentionArg(m))
}

// described makes an unknown name that is only a title run, after a
// nationality or not, a description.
func (d *document) described(a arg) arg {
	if a.typ != "" || a.pron != "" {
		return a
	}
	j := a.span.t0
	for j < a.span.t1 && d.modifierDemonym(j, a.span.t1) {
		j++
	}
	if j < a.span.t1 && d.titleRunAt(j, a.span.t1) == a.span.t1 {
		return arg{span: a.span, pron: d.textOf(a.span)}
	}
	return a
}

// coordinatedLeft reads the first conjunct of a mention that swallowed a
// coordination ("Li Wei and NATO" before a title): the words before its
// "and", when they name an entity already known (or its one-word short
// form).
func (d *document) coordinatedLeft(m mention) (arg, bool) {
	for k := m.span.t0 + 1; k < m.span.t1-1; k++ {
		if d.toks[k].lower != "and" {
			continue
		}
		sp := span{m.span.t0, k}
		if e := d.byCanon[d.textOf(sp)]; e != nil && (e.typ == Person || e.typ == Organization) {
			return arg{span: sp, name: e.canon, typ: e.typ}, true
		}
		if a := d.properArg(sp); a.typ != "" {
			return a, true
		}
		return arg{}, false
	}
	return arg{}, false
}

// officeAfter reads past the office that follows a title ("of the
// Treasury", "of Finance") up to the person named after it: the token
// where that person's mention starts, else te unchanged.
func (d *document) officeAfter(te, end int) int {
	if te >= end || d.toks[te].lower != "of" {
		return te
	}
	k := te + 1
	if k < end && d.lx.is(d.toks[k].lower, wcDefinite) {
		k++
	}
	for n := 0; k < end && n < 4 && d.toks[k].cap; k, n = k+1, n+1 {
		if ms := d.mentionsIn(span{k, k + 1}); len(ms) > 0 && ms[0].typ == Person {
			if k > te+1 {
				return k
			}
			break
		}
	}
	return te
}

// titlePrefixStart returns where the title run before a person's name at
// token at begins, with the nationality, owner or body that opens it
// ("German Defence Minister", "Kenya's President", "ESA Director
// General", "his deputy"), or at when no title stands right before it.
func (d *document) titlePrefixStart(at int, s sentence) int {
	j := at
	for i := at - 1; i >= s.t0 && i >= at-7; i-- {
		if d.toks[i].text == "," || d.toks[i].lower == "and" {
			break
		}
		if d.titleRunAt(i, at) == at {
			j = i
		}
	}
	if j == at {
		return at
	}
	// the capitalised words of the office or body before the head
	// ("Energy Minister", "Pacific Ports President")
	for j-1 > s.t0 && j > at-7 && d.toks[j-1].cap && d.toks[j-1].word && !d.endsPerson(j, s) && !d.modifierDemonym(j-1, j+1) && !d.lx.is(d.toks[j-1].lower, wcPrep, wcDefinite) {
		j--
	}
	return d.ownerStart(j, s)
}

// ownerStart extends a title run starting at j leftwards over what opens
// it: a nationality ("German"), a possessive owner ("Kenya's",
// "Chile's"), a possessive pronoun ("her"), or a body or country named
// right before ("U.S.", "Euronext").
func (d *document) ownerStart(j int, s sentence) int {
	if j-1 < s.t0 {
		return j
	}
	t := d.toks[j-1]
	switch {
	case d.modifierDemonym(j-1, j+1):
		return j - 1
	case d.lx.is(t.lower, wcPossessive):
		return j - 1
	case isPossessive(t.text):
		for _, m := range d.mentionsIn(span{max(s.t0, j-9), j - 1}) {
			if m.span.t1 == j-1 && m.typ != Person {
				return m.span.t0
			}
		}
		if k := d.properRun(j-2, s, -1); j-2 >= s.t0 && k <= j-2 {
			return k
		}
	}
	for _, m := range d.mentionsIn(span{max(s.t0, j-9), j}) {
		if m.span.t1 == j && m.typ != Person {
			return m.span.t0
		}
	}
	return j
}

// namedAfterDescription: between the commas at open and close stands
// exactly one person's name, and a description (no name of a person)
// stands before it: "her Brazilian counterpart, Rui Costa," names Rui
// Costa.
func (d *document) namedAfterDescription(open, close int, s sentence) (arg, bool) {
	ms := d.mentionsIn(span{open + 1, close})
	if len(ms) != 1 || ms[0].typ != Person && ms[0].typ != Organization || ms[0].span.t1 != close {
		return arg{}, false
	}
	org := ms[0].typ == Organization
	// the name may carry its own title: ", Foreign Minister Rui Costa,"
	// or an honorific: ", Dr. Rui Costa,", ", Datuk Seri X," (entities_style.go)
	if h := d.honorificStart(ms[0].span.t0, s); d.titlePrefixStart(h, s) != open+1 && h != open+1 {
		return arg{}, false
	}
	if open-1 < s.t0 {
		return arg{}, false
	}
	for _, m := range d.mentionsIn(span{max(s.t0, open-8), open}) {
		if m.span.t1 == open && (m.typ == Person || org && m.typ != Location) {
			return arg{}, false // "Ana Soto, Li Wei, ...": a list of names
		}
	}
	st := d.descriptionStart(open, s)
	if st >= open {
		return arg{}, false
	}
	head := false
	for k := st; k < open; k++ {
		l := d.toks[k].lower
		if org {
			head = head || d.lx.is(l, wcOrgNoun, wcOrgPart) && !d.toks[k].cap // "its subsidiary, X,"
		} else {
			head = head || d.lx.personNoun[l] || d.titleRunAt(k, k+1) > k
		}
	}
	if !head {
		return arg{}, false
	}
	return d.mentionArg(ms[0]), true
}

// descriptionStart walks back from the comma at end over a description of
// a person ("his Russian counterpart", "Vietnam's Minister of Industry
// and Trade", "the chief executive of Kirin Freight") to its first token:
// up to a clause word, a verb, a person's name, a comma or an "and" that
// joins two phrases.
func (d *document) descriptionStart(end int, s sentence) int {
	k := end
	for k > s.t0 && k > end-10 {
		t := d.toks[k-1]
		if !t.word && !isPossessive(t.text) && t.text != "." || t.text == "," {
			break
		}
		if strings.HasPrefix(t.tag, "VB") && !t.cap || d.lx.is(t.lower, wcRelative, wcClause) {
			break
		}
		if t.lower == "and" {
			// "Industry and Trade": a name's own "and" joins capitals
			if !(k-2 >= s.t0 && d.toks[k-2].cap && k < end && d.toks[k].cap && !d.endsPerson(k-1, s)) {
				break
			}
		}
		if d.endsPerson(k, s) {
			break
		}
		k--
	}
	return k
}

// endsPerson: a person's mention ends right before token end.
func (d *document) endsPerson(end int, s sentence) bool {
	for _, m := range d.mentionsIn(span{max(s.t0, end-8), end}) {
		if m.typ == Person && m.span.t1 == end {
			return true
		}
	}
	return false
}

// appositiveNames reads a description of persons followed by their
// names, from token at: "her Peruvian counterpart, Li Wei", "Peru's
// ambassador to Chile, Li Wei" (from after the owner), "the presidents of
// both clubs, Rafael Kunz and Bruno Macedo", "his Andean counterpart Li
// Wei". The description needs a noun for a person or a title; the names
// are the persons of the phrase after it. It returns them and the token
// after them, or nil.
func (d *document) appositiveNames(at, end int) ([]arg, int) {
	head := false
	for h := at; h < end && h < at+9; h++ {
		t := d.toks[h]
		if t.text == "," {
			if !head || h+1 >= end || !d.toks[h+1].cap {
				return nil, at
			}
			as := d.phraseAt(h+1, end)
			if len(as) == 0 || as[0].typ != Person || as[0].span.t0 > h+6 {
				return nil, at
			}
			var out []arg
			for _, a := range as {
				if a.typ == Person {
					out = append(out, a)
				}
			}
			next := out[len(out)-1].span.t1
			if next < len(d.toks) && (strings.HasPrefix(d.toks[next].tag, "VB") || d.lx.is(d.toks[next].lower, wcReport)) {
				return nil, at // "met the delegation, Li Wei said": the speaker
			}
			return out, next
		}
		if t.cap && head {
			// "his Andean counterpart Li Wei": the name right after
			for _, m := range d.mentionsIn(span{h, h + 1}) {
				if m.typ == Person && m.span.t0 == h {
					return []arg{d.mentionArg(m)}, m.span.t1
				}
			}
		}
		if !t.word || strings.HasPrefix(t.tag, "VB") && !t.cap || d.lx.is(t.lower, wcRelative, wcClause) {
			return nil, at
		}
		if t.lower == "and" && h+1 < end && d.toks[h+1].cap {
			return nil, at // "the minister and Li Wei": two phrases
		}
		if d.endsPerson(h+1, d.sent[t.sent]) {
			return nil, at // a name inside the description is its own phrase
		}
		head = head || !t.cap && (d.lx.personNoun[t.lower] || d.lx.is(t.lower, wcPeople)) || d.titleRunAt(h, h+1) > h
	}
	return nil, at
}

// governingVerb finds the verb a noun trigger at token at stands under in
// its clause ("arrived in Lima for a visit", "made a five-day tour",
// "held a separate meeting"): the nearest verb before it, up to 15 words
// back, with no comma, clause word or person's name between (in "welcomed
// Li at the start of a visit" the visitor is the object); -1 when none.
func (d *document) governingVerb(at int, s sentence) int {
	for k := at - 1; k >= s.t0 && k >= at-15; k-- {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || d.lx.is(t.lower, wcClause, wcRelative) || d.endsPerson(k+1, s) {
			return -1
		}
		if strings.HasPrefix(t.tag, "VB") && !t.cap && t.tag != "VBG" && t.tag != "VBN" || t.tag == "VBN" && k > s.t0 && d.lx.is(d.toks[k-1].lower, wcAux) {
			if d.lx.is(t.lower, wcReport) {
				return -1 // "said during a visit": the speaker is read elsewhere
			}
			return k
		}
	}
	return -1
}

// verbGroupStart returns the first token of the verb group that ends with
// the verb at v: its auxiliaries, modals, negation, adverbs and "is due
// to", "plans to" ("will make", "is expected to fly on").
func (d *document) verbGroupStart(v int, s sentence) int {
	k := v - 1
	for k >= s.t0 {
		l := d.toks[k].lower
		switch {
		case d.lx.is(l, wcNegation, wcFuture, wcModal, wcAux):
		case l == "to" && k > s.t0 && d.lx.is(d.toks[k-1].lower, wcProspective):
			k--
		case d.toks[k].tag == "RB" && !d.toks[k].cap:
		default:
			return k + 1
		}
		k--
	}
	return k + 1
}

// pastBracket: when token k closes a bracket ("(GCC)", "(Nasdaq: KRN)")
// of a few words, the token before it opens; else k.
func (d *document) pastBracket(k int, s sentence) int {
	if k < s.t0 || d.toks[k].text != ")" {
		return k
	}
	for j := k - 1; j >= s.t0 && j >= k-8; j-- {
		if d.toks[j].text == "(" {
			return j - 1
		}
	}
	return k
}

// peopleComplement: the preposition at token p (of, from) follows a noun
// for people ("the defence ministers of", "senior diplomats from",
// "the leaders of"): the names after it are who they stand for.
func (d *document) peopleComplement(p int, s sentence) bool {
	if l := d.toks[p].lower; l != "of" && l != "from" || p-1 < s.t0 {
		return false
	}
	h := d.toks[p-1]
	if h.cap && p-1 > s.t0 { // a capital opening the sentence is no name's ("Leaders of A, B and C met")
		return false
	}
	w := strings.TrimSuffix(h.lower, "s")
	return d.lx.personNoun[h.lower] || d.lx.personNoun[w] || d.lx.is(h.lower, wcPeople) || d.titleRunAt(p-1, p) == p ||
		d.lx.pluralPersonWord(h.lower) // "advisers from", "negotiators of": a title head's plural
}

// controllingVerb: the verb group starting at g is an infinitive ("to
// buy") completing a verb a few words before it ("agreed on Monday to
// buy", "has decided to acquire"): that verb, or -1.
func (d *document) controllingVerb(g int, s sentence) int {
	if g-1 <= s.t0 || d.toks[g-1].lower != "to" {
		return -1
	}
	for k := g - 2; k >= s.t0 && k >= g-8; k-- {
		t := d.toks[k]
		if strings.HasPrefix(t.tag, "VB") && !t.cap && t.tag != "VBG" {
			return k
		}
		// only a date or an adverb between: "agreed on Monday to buy",
		// "agreed last week to sell", "decided unanimously to merge";
		// "called on its members to meet" has its own doer
		if !(t.tag == "RB" && !t.cap || t.lower == "on" || d.inDate(k)) {
			return -1
		}
	}
	return -1
}

// inDate: token k lies in a date mention.
func (d *document) inDate(k int) bool {
	i := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].span.t1 > k })
	return i < len(d.dates) && d.dates[i].span.t0 <= k
}

// pastAppositive: after a person's name at k, an appositive that
// describes them (", chief executive of Kirin Freight,") followed by
// "and" is skipped, so the coordination goes on to the next name ("by X,
// chief executive of A, and Y"); else k.
func (d *document) pastAppositive(k, end int) int {
	if k+1 >= end || d.toks[k].text != "," || d.toks[k+1].cap {
		return k
	}
	head := false
	for j := k + 1; j < end && j <= k+12; j++ {
		t := d.toks[j]
		if t.text == "," {
			if head && j+2 < end && d.toks[j+1].lower == "and" && d.toks[j+2].cap {
				return j
			}
			return k
		}
		if strings.HasPrefix(t.tag, "VB") && !t.cap || d.lx.is(t.lower, wcRelative, wcClause) {
			return k
		}
		head = head || d.lx.personNoun[t.lower] || d.titleRunAt(j, j+1) > j
	}
	return k
}

// firstInfinitive: the verb group starting at g is an infinitive joined by
// "and" to an earlier one in its sentence ("to hold talks with Y, and to
// call on Z"): the earlier infinitive's verb, or -1.
func (d *document) firstInfinitive(g int, s sentence) int {
	k := g - 2
	if k <= s.t0 || d.toks[g-1].lower != "to" || d.toks[k].lower != "and" {
		return -1
	}
	for j := k - 1; j > s.t0 && j >= k-25; j-- {
		if d.lx.is(d.toks[j].lower, wcClause, wcRelative) {
			return -1
		}
		if d.toks[j].lower == "to" && strings.HasPrefix(d.toks[j+1].tag, "VB") && !d.toks[j+1].cap {
			return j + 1
		}
	}
	return -1
}

// thatClauseAt returns where a verb trigger's that-clause starts ("agreed
// that ...", "agreed on Tuesday that ..."), or 0.
func (d *document) thatClauseAt(tr trigMatch, s sentence) int {
	if !tr.frame.verb {
		return 0
	}
	k := tr.t1
	for k < s.t1 && (d.dateAt(k) > k || d.toks[k].lower == "on") {
		k = max(k+1, d.dateAt(k))
	}
	if k < s.t1 && d.toks[k].lower == "that" {
		return k
	}
	return 0
}

// possOwnSubject: when a noun trigger's possessor is a lone possessive
// pronoun ("his", "her", "their") right after a verb ("make his first
// visit", "held their first meeting": the verb's object, an adverb at most
// between) whose subject in the same clause names a person and agrees in
// number ("his" one person, "their" two or more), that subject and the
// verb; else nil. "painted him after his arrival" (a preposition between)
// and "Bruce admitted their trip" (their is not Bruce) stay pronouns.
func (d *document) possOwnSubject(poss []arg, tr trigMatch, s sentence) ([]arg, int) {
	if len(poss) != 1 || poss[0].typ != "" || !d.lx.is(poss[0].pron, wcPossessive) || poss[0].pron == "its" {
		return nil, -1
	}
	v := d.governingVerb(tr.t0, s)
	if v < 0 {
		return nil, -1
	}
	for k := v + 1; k < poss[0].span.t0; k++ {
		if t := d.toks[k]; t.tag != "RB" || t.cap {
			return nil, -1 // not the verb's object: "after his arrival"
		}
	}
	subj := d.subjectPhrase(d.verbGroupStart(v, s), s)
	if plural := d.lx.is(poss[0].pron, wcPlural); plural != (len(subj) >= 2) {
		return nil, -1 // "Bruce admitted their trip"
	}
	for _, a := range subj {
		if a.typ == Person {
			return subj, v
		}
	}
	return nil, -1
}

// withSigning: an agreement noun that ends in "with" and needs no support
// verb: "for the signing with Y" (frames.tsv).
func (d *document) withSigning(tr trigMatch) bool {
	return !tr.verb && tr.frame != nil && strings.HasSuffix(tr.frame.lemma, " with")
}
