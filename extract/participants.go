package extract

import "strings"

// The participants pass resolves a pronoun or a description standing in
// an event's clause: "he", "she" and "the minister" are the person the
// story is about (the last named, or the most named); "they", "the two
// sides", "both companies" are the parties of the last event told; "I" and
// "we" inside a quotation are its speaker.

// resolveArg resolves one pronoun or description argument.
func (d *document) resolveArg(a arg, si int, focal *entity, last *Event) []party {
	lx := d.lx
	w := d.toks[a.span.t1-1].lower
	if d.otherOnes(a) {
		return nil // "other officials", "others": not the parties told
	}
	if ca, ok := d.counterpartPhrase(a); ok {
		// "his Japanese counterpart": the other side's holder of the
		// office, never the holder (events_discourse.go)
		if e := d.counterpartOf(ca, si); e != nil {
			return []party{{name: e.canon, typ: Person, via: ca.pron + " -> " + e.canon + " (counterpart) (rule counterpart)"}}
		}
		return nil
	}
	if ps := d.reporterSubject(a, si); ps != nil {
		return ps // "X and Y announced that they had signed": the reporting verb's subject (reporter.go)
	}
	if ps := d.groupOwners(a, si); ps != nil {
		return ps // "Canadian and South Korean officials": Canada and South Korea
	}
	if ps := d.theirOfficials(a, si, last); ps != nil {
		return ps // "Mori hosted Park ... Their foreign ministers will meet": Japan and South Korea
	}
	if ps := d.groupLeader(a, si); ps != nil {
		return ps // "A delegation led by X arrived ... The delegation met Y": X (resolve_rules.go)
	}
	switch {
	case lx.is(w, wcFirst) && d.speaker != nil:
		// in a quotation, "I" is the speaker; "we" the speaker and whoever
		// the last event had them with
		out := []party{{name: d.speaker.canon, typ: Person, via: a.pron + " -> the speaker " + d.speaker.canon + " (rule speaker)"}}
		if lx.is(w, wcGroup) || w == "us" {
			if last != nil && eventHas(last, d.speaker.canon) {
				for _, p := range last.Participants {
					if p.Name != d.speaker.canon {
						out = append(out, party{name: p.Name, typ: p.Type, via: a.pron + " -> the last event's parties (rule speaker)"})
					}
				}
			}
		}
		return out
	case lx.is(w, wcNeuter):
		// "it signed", "its deal": the organization or country told of
		if p, ok := d.salientParty(si, a.span.t0); ok {
			return []party{p}
		}
	case d.speaker != nil && lx.is(w, wcPersonal):
		// "I met him," X said of Y: him is not the speaker (events_discourse.go)
		if e := d.quotedOther(a, si); e != nil {
			return []party{{name: e.canon, typ: Person, via: a.pron + " -> " + e.canon + " (spoken of) (rule quoted-other)"}}
		}
		return nil
	case lx.is(w, wcPersonal) || w == "i" || w == "me":
		// a personal pronoun: the subject of the sentence before, the
		// most salient person, else the person spoken of
		if e := d.salientPerson(si, a.span.t0); e != nil {
			return []party{{name: e.canon, typ: Person, via: a.pron + " -> " + e.canon + " (subject before) (rule pronoun-subject)"}}
		}
		fallthrough
	case lx.personNoun[w] || lx.titles.longestKind(d.toks, a.span.t1-1, a.span.t1, titleHead) > 0:
		// "the visiting minister", "the Vietnamese prime minister", "the
		// envoy": the named rules of descriptionRules (resolve_rules.go)
		if ps := d.resolveDescription(a, si, focal); ps != nil {
			return ps
		}
	case lx.is(w, wcOrgNoun):
		// "the London market", "the bank", "the company"
		// (events_deal_describe.go)
		if p, ok := d.orgDescribed(a, si); ok {
			return []party{p}
		}
	case d.lx.is(w, wcPlural) && len(d.sentencePersons(si, a.span.t0)) >= 2:
		// "Putin shook hands with Tillerson at their meeting": the
		// persons named before it in its own sentence
		var out []party
		for _, e := range d.sentencePersons(si, a.span.t0) {
			out = append(out, party{name: e.canon, typ: Person, via: a.pron + " -> " + e.canon + " (same sentence) (rule same-sentence)"})
		}
		return out
	case lx.is(w, wcGroup, wcPlural) || d.pluralPersonGroup(a.span.t1-1) || d.countedTitlePlural(a.span.t1-1) && last != nil && !eventOfPersons(last) || d.bareCount(a.span.t1-1): // "the two mayors", "the two chief executives", "the two": events_discourse.go
		return d.resolveGroup(a, si, last) // the named rules of groupRules (resolve_rules.go)
	}
	return nil
}

// salientPerson: the person a "he" or "she" at token at most likely
// means: the first person named earlier in its own sentence, else the
// first person named in the nearest sentence before that names one (the
// subject, which a pronoun continues more often than the last name).
func (d *document) salientPerson(si, at int) *entity {
	s := d.sent[si]
	ok := func(m mention) *entity {
		if m.typ != Person {
			return nil
		}
		e := d.entityOf(m)
		if e == nil || d.exclude[e.canon] || at < len(d.toks) && d.genderClash(e, at) {
			return nil // gender.go: "she" is never a man the story shows as one
		}
		return e
	}
	own := d.quotedSpans(s)
	for _, m := range d.mentionsIn(span{s.t0, at}) {
		if inSpans(own, m.span.t0) && !inSpans(own, at) {
			continue // ""I met X in May," she says": she is no one of the quotation
		}
		if e := ok(m); e != nil {
			if d.chainSubject(s.t0, m.span.t0) {
				break // "the president met Blair, on his visit": not Blair
			}
			if d.frontedOblique(s, at) {
				break // "After the death of Tom Reyes he withdrew": not Reyes (events_discourse.go)
			}
			return e
		}
	}
	for k, n := si-1, 0; k >= d.briefFloor(si) && n < 3; k, n = k-1, n+1 {
		t := d.sent[k]
		if e, found := d.descriptionSubject(k, at); found {
			// "The secretary had not faced the nurses before. In
			// March she met X": the person the description
			// means, not one named further back (resolve_description.go)
			return e
		}
		for _, m := range d.mentionsIn(span{t.t0, t.t1}) {
			if inSpans(d.quotedSpans(t), m.span.t0) {
				continue
			}
			if e := ok(m); e != nil {
				if d.groupSubjectOpens(t.t0, m.span.t0) {
					d.tracef("group-subject: %q is an object in %q", e.canon, d.textOf(span{t.t0, t.t1}))
					break // "The two met X": X is their object; look further back (resolve_description.go)
				}
				if d.chainSubject(t.t0, m.span.t0) {
					if !d.pronounBefore(t.t0, m.span.t0) {
						// "On Wednesday the envoy is due to hold talks with
						// X. She travels on to Kampala": the description's
						// person, whom the caller finds (antecedent), not
						// the one named further back
						return nil
					}
					break // "He arrived ..., where he met Bush": look further back
				}
				return e
			}
		}
	}
	return nil
}

// lastParties resolves "the two firms", "both countries", "the two
// leaders" with no event before: the last two parties of the kind the
// noun names, named before it in the last three sentences.
func (d *document) lastParties(a arg, si int) []party {
	return d.lastPartiesWithin(a, si, 3)
}

// lastPartiesWithin is lastParties over the last n sentences.
func (d *document) lastPartiesWithin(a arg, si, n int) []party {
	return d.lastPartiesOf(a, si, n, d.groupKind(d.toks[a.span.t1-1].lower))
}

// lastPartiesOf: the last two parties of kind want named in the last n
// sentences before a; persons told with titles hold the one the noun
// names, if it names one (describedTitle).
func (d *document) lastPartiesOf(a arg, si, n int, want string) []party {
	if want == "" {
		return nil
	}
	title := "" // "both chairmen": the persons told with a title hold it
	if want == Person {
		title = d.describedTitle(a)
	}
	from := d.sent[max(0, si-n)].t0
	ms := d.mentionsIn(span{from, a.span.t0})
	var out []party
	for i := len(ms) - 1; i >= 0 && len(out) < 2; i-- {
		m := ms[i]
		if m.typ != want || want == Location && m.kind != "country" {
			continue
		}
		e := d.entityOf(m)
		if e == nil || want == Person && !d.fitsOfficeNoun(e, d.toks[a.span.t1-1].lower) {
			continue // "the premiers": no minister named last (resolve_rules.go)
		}
		if title != "" && len(e.titles) > 0 && !holdsTitle(d.lx, e, title) {
			continue // a chief executive is none of "both chairmen"
		}
		dup := false
		for _, p := range out {
			dup = dup || p.name == e.canon
		}
		if !dup {
			out = append(out, party{name: e.canon, typ: e.typ, via: a.pron + " -> " + e.canon})
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

func eventHas(e *Event, name string) bool {
	for _, p := range e.Participants {
		if p.Name == name {
			return true
		}
	}
	return false
}

// quoteSpeaker finds who speaks a quotation in sentence si: the person
// named outside the quotation marks ("…," Soto said), else, when the
// sentence continues a quotation, the speaker of the sentence before;
// a pronoun ("she said") is the person spoken of.
func (d *document) quoteSpeaker(si int, quoted []span) *entity {
	for k := si; k >= 0 && k >= si-1; k-- {
		s := d.sent[k]
		q := quoted
		if k != si {
			q = d.quotedSpans(s)
		}
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			if m.typ == Person && !inSpans(q, m.span.t0) {
				return d.entityOf(m)
			}
		}
		for j := s.t0; j < s.t1; j++ {
			if l := d.toks[j].lower; d.lx.is(l, wcPersonal) && !d.lx.is(l, wcPossessive) && !inSpans(q, j) {
				return d.salientPerson(k, j)
			}
		}
	}
	return nil
}

// firstPersonSubject: the clause of a quoted trigger has "I" or "we" for
// its subject.
func (d *document) firstPersonSubject(tr trigMatch, s sentence) bool {
	cl := d.readClause(tr, s)
	for _, a := range cl.subj {
		if a.pron != "" && d.lx.is(a.pron, wcFirst) {
			return true
		}
	}
	return false
}

// gerundSubject: the doer of a gerund after a preposition ("after meeting
// X", "before travelling to Y") is the nearest person or personal pronoun
// before the preposition in its sentence.
func (d *document) gerundSubject(cl *clause, tr trigMatch, s sentence, si int) *entity {
	if !cl.gerund || tr.t0 <= s.t0 || !d.lx.is(d.toks[tr.t0-1].lower, wcPrep) && d.toks[tr.t0-1].text != "," {
		// "after meeting X"; a participle set off by a comma takes its
		// main clause's subject too ("he withdrew, agreeing to back
		// Y for the chair")
		return nil
	}
	ms := d.mentionsIn(span{s.t0, tr.t0 - 1})
	lastPerson := -1
	var who *entity
	for _, m := range ms {
		if m.typ == Person {
			lastPerson = m.span.t1
			who = d.entityOf(m)
		}
	}
	for k := tr.t0 - 2; k >= s.t0 && k >= lastPerson; k-- {
		if l := d.toks[k].lower; d.lx.is(l, wcPersonal) && !d.lx.is(l, wcPossessive) {
			return d.salientPerson(si, k)
		}
	}
	return who
}

// groupFits: the last event's parties are of the kind a group noun names
// ("the two companies": organizations; "both countries": countries; "the
// two leaders": persons); a noun of no kind ("they", "both sides") fits
// any.
func (d *document) groupFits(w string, last *Event) bool {
	want := d.groupKind(w)
	if want == "" {
		return true
	}
	for _, p := range last.Participants {
		if p.Type != want {
			return false
		}
	}
	return true
}

// sentencePersons lists the persons named in sentence si before token at,
// outside quotations.
func (d *document) sentencePersons(si, at int) []*entity {
	s := d.sent[si]
	q := d.quotedSpans(s)
	var out []*entity
	for _, m := range d.mentionsIn(span{s.t0, at}) {
		if m.typ != Person || inSpans(q, m.span.t0) {
			continue
		}
		if e := d.entityOf(m); e != nil && !d.exclude[e.canon] && !containsEnt(out, e) {
			out = append(out, e)
		}
	}
	return out
}

func containsEnt(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// groupKind: the kind of party a group noun names ("the two companies":
// organizations; "both countries": countries; "the two leaders":
// persons), or "" for a noun of no kind ("they", "both sides").
func (d *document) groupKind(w string) string {
	switch {
	case d.lx.is(w, wcGroupOrg):
		return Organization
	case d.lx.is(w, wcGroupCountry):
		return Location
	case d.lx.is(w, wcGroupPerson), d.lx.pluralPersonWord(w) && !d.lx.is(w, wcGroup) && !d.lx.is(w, wcPeople): // "the two mayors"
		return Person
	}
	return ""
}

// viaOwner marks a party read from the owners a group of people is named
// by (groupOwners).
const viaOwner = "owner of"

// groupOwners: a plural group of people whose own phrase names whose they
// are, two or more countries or bodies by a demonym or a name joined by
// "and" ("Canadian and South Korean officials", "EU and Chinese
// negotiators", "Kenyan and Ugandan trade ministers"), stands for those
// owners when none of its people is named: the countries and bodies are
// the parties. One owner ("Turkish officials") is that one country's
// people, no one else's. Nil when the phrase names no owner.
func (d *document) groupOwners(a arg, si int) []party {
	lx, s := d.lx, d.sent[si]
	head := d.toks[a.span.t1-1]
	if !strings.HasSuffix(head.lower, "s") || !(lx.is(head.lower, wcPeople) || lx.personNoun[head.lower] ||
		lx.titles.longestKind(d.toks, a.span.t1-1, a.span.t1, titleHead) > 0) {
		return nil
	}
	if ps := d.ownersAfter(a.span.t1, s, head.text); ps != nil {
		return ps // "leaders of the Andean Community", "envoys of Kenya and Uganda"
	}
	var owners []party
	joined := false
	for k := a.span.t1 - 2; k >= s.t0; {
		t := d.toks[k]
		if k > s.t0 {
			// a two-word demonym: "South Korean"
			if c, ok := lx.demonyms[d.toks[k-1].lower+" "+t.lower]; ok && d.toks[k-1].cap {
				owners = append(owners, d.countryParty(c, d.toks[k-1].text+" "+t.text))
				k -= 2
				continue
			}
		}
		if c, ok := lx.demonyms[t.lower]; ok && t.cap {
			owners = append(owners, d.countryParty(c, t.text))
			k--
			continue
		}
		if m, ok := d.mentionEndingAt(k+1, s); t.cap && ok {
			p := d.partyOf(m) // "New Zealand officials", "EU officials"
			if p.name == "" {
				return nil
			}
			p.via = viaOwner + " " + head.text + ": " + p.name
			owners = append(owners, p)
			k = m.span.t0 - 1
			continue
		}
		switch {
		case t.lower == "and" || t.text == ",":
			joined = joined || t.lower == "and"
			k--
			continue
		case len(owners) == 0 && !t.cap && t.word && (t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ"):
			k-- // "trade", "senior", "foreign" between the owners and the head
			continue
		}
		break
	}
	if len(owners) == 1 && !joined {
		return owners // "Turkish officials": Turkey's, not the last event's parties
	}
	if len(owners) < 2 || !joined {
		return nil
	}
	for i, j := 0, len(owners)-1; i < j; i, j = i+1, j-1 {
		owners[i], owners[j] = owners[j], owners[i]
	}
	return owners
}

// countryParty names the country a demonym points to as the article names
// it, when it does.
func (d *document) countryParty(country, written string) party {
	name := country
	if e := d.byCanon[country]; e == nil || e.typ != Location || e.kind != "country" {
		// the article may name the country by another of its names: the
		// first such entity in document order (not a map's order, which
		// would make the output change from run to run)
		for _, e := range d.ents {
			if e.typ == Location && e.kind == "country" && contains(e.aliases, country) {
				name = e.canon
				break
			}
		}
	}
	return party{name: name, typ: Location, via: viaOwner + ": " + written + " -> " + name}
}

// ownersAfter reads the owners an of-phrase at k gives a group of people
// ("leaders of the Andean Community", "envoys of Kenya and Uganda"): the
// named organizations and countries joined by "and" or commas, nothing
// else in the phrase; nil when there is none.
func (d *document) ownersAfter(k int, s sentence, head string) []party {
	if k >= s.t1 || d.toks[k].lower != "of" {
		return nil
	}
	k++
	if k < s.t1 && d.toks[k].lower == "the" {
		k++
	}
	var owners []party
	for k < s.t1 {
		ms := d.mentionsIn(span{k, k + 1})
		if len(ms) == 0 || !d.toks[k].cap {
			break
		}
		p := d.partyOf(ms[0])
		if p.name == "" {
			return nil // "leaders of the region", "officials of Lima"
		}
		p.via = viaOwner + " " + head + ": " + p.name
		owners = append(owners, p)
		k = ms[0].span.t1
		if k+1 < s.t1 && (d.toks[k].lower == "and" || d.toks[k].text == ",") {
			k++
			if d.toks[k].lower == "the" && k+1 < s.t1 {
				k++
			}
			continue
		}
		break
	}
	if k < s.t1 && isPossessive(d.toks[k].text) {
		return nil // "leaders of the Andean Community's members"
	}
	return owners
}

// theirOfficials: "their" before a group of officials ("their foreign
// ministers", "their envoys") when the last event's parties are persons
// (two leaders): the officials are not those persons but their
// governments', so the parties are the two countries the story told
// together (up to ten sentences back); nil when it told none.
func (d *document) theirOfficials(a arg, si int, last *Event) []party {
	lx := d.lx
	head := d.toks[a.span.t1-1]
	if last == nil || !strings.HasSuffix(head.lower, "s") || !(lx.is(head.lower, wcGroup, wcPeople) || lx.personNoun[head.lower] ||
		lx.titles.longestKind(d.toks, a.span.t1-1, a.span.t1, titleHead) > 0) {
		return nil
	}
	for _, p := range last.Participants {
		if p.Type != Person {
			return nil
		}
	}
	k := a.span.t1 - 2
	for k >= d.sent[si].t0 && !d.toks[k].cap && d.toks[k].word && (d.toks[k].tag == "NN" || d.toks[k].tag == "JJ" || d.toks[k].tag == "NNS") {
		k-- // "foreign", "agriculture"
	}
	if k < d.sent[si].t0 || k == a.span.t1-1 || !d.lx.is(d.toks[k].lower, wcPlural) {
		return nil // "the two ministers" are the persons told
	}
	// the leaders' own countries by the nationality before their titles
	// ("Fijian Prime Minister X"), completed by the countries the story
	// told together
	var ps []party
	seen := map[string]bool{}
	for _, p := range last.Participants {
		if c := d.personCountry(p.Name); c != "" && !seen[c] {
			seen[c] = true
			ps = append(ps, d.countryParty(c, c))
		}
	}
	ms := d.mentionsIn(span{d.sent[max(0, si-10)].t0, k})
	for i := len(ms) - 1; i >= 0 && len(ps) < 2; i-- {
		if m := ms[i]; m.typ == Location && m.kind == "country" {
			if e := d.entityOf(m); e != nil && !seen[e.canon] {
				seen[e.canon] = true
				ps = append(ps, party{name: e.canon, typ: Location})
			}
		}
	}
	if len(ps) < 2 {
		return nil
	}
	for i := range ps {
		ps[i].via = a.pron + " -> " + ps[i].name + " (their governments)"
	}
	return ps
}

// personCountry: the country a nationality word before a person's title
// gives ("Fijian Prime Minister Josaia Vuniwai"), at any mention, or "".
func (d *document) personCountry(name string) string {
	for _, m := range d.mentions {
		if m.typ != Person {
			continue
		}
		if e := d.entityOf(m); e == nil || e.canon != name {
			continue
		}
		s := d.sent[d.toks[m.span.t0].sent]
		for k := m.span.t0 - 1; k >= s.t0 && k >= m.span.t0-5 && d.toks[k].cap; k-- {
			if c, ok := d.lx.demonyms[d.toks[k].lower]; ok {
				return c
			}
		}
	}
	return ""
}

// mentionEndingAt: the mention of sentence s whose last token is end-1.
func (d *document) mentionEndingAt(end int, s sentence) (mention, bool) {
	for _, m := range d.mentionsIn(span{max(s.t0, end-6), end}) {
		if m.span.t1 == end {
			return m, true
		}
	}
	return mention{}, false
}

// pronounBefore: a singular personal pronoun ("he", "she"; classes
// personal and pronoun) stands in [from, to).
func (d *document) pronounBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if l := d.toks[k].lower; d.lx.is(l, wcPersonal) && d.lx.is(l, wcPronoun) {
			return true
		}
	}
	return false
}
