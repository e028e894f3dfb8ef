package extract

import "strings"

// Events and parties told across sentences (the discourse readings):
//   - a plural person noun counted by "two" or "both" ("the two mayors",
//     "both presidents") is a group description like "the two ministers":
//     the parties told before, else the last two persons named;
//   - an event noun with no party of its own and no event of its type told
//     before ("The talks focused on copper") is the two persons the sentence
//     before tells together ("X and Y were in Arica");
//   - "his counterpart" is the person the story names, before or just after,
//     with the holder's title head and the country the description gives.

// pluralPersonGroup: token k is the plural of a title's head or a person
// noun ("mayors", "presidents", "envoys"), or a plural of persons of class
// group-person ("men", "women"), counted by a number or "both"
// just before it ("the two mayors", "both presidents"): a description of
// persons told before. Alone ("the presidents of three banks") it is not.
func (d *document) pluralPersonGroup(k int) bool {
	if k <= 0 || k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	if t.cap || !d.lx.pluralPersonWord(t.lower) && !d.lx.is(t.lower, wcGroupPerson) {
		return false // "mayors", "presidents"; "men", "women" (group-person)
	}
	p := d.toks[k-1]
	return p.sent == t.sent && (p.tag == "CD" || d.isNumberWord(p.lower) || d.lx.is(p.lower, wcGroup) && !d.lx.is(p.lower, wcPronoun))
}

// countedTitlePlural: token k is the plural of a title whose first word
// stands before it, counted ("the two chief executives", "both managing
// directors"): the word and the noun's singular make one title head
// (titleWithPlural), and a number or "both" comes right before the word.
// Like pluralPersonGroup it describes persons told before.
func (d *document) countedTitlePlural(k int) bool {
	if k < 2 || k >= len(d.toks) {
		return false
	}
	t, w := d.toks[k], d.toks[k-1]
	if t.cap || w.cap || w.sent != t.sent || d.lx.titleWithPlural(w.lower, t.lower) == "" {
		return false
	}
	p := d.toks[k-2]
	return p.sent == t.sent && (p.tag == "CD" || d.isNumberWord(p.lower) || d.lx.is(p.lower, wcGroup) && !d.lx.is(p.lower, wcPronoun))
}

// titleWithPlural: the title head of titles.tsv that a word and the
// singular of a plural noun make, in lower case ("chief" + "executives":
// "chief executive"; "prime" + "ministers": "prime minister"), or "".
// With w empty the plural is the title's only word ("chairmen":
// "chairman"). The one place a plural is read back to its title.
func (lx *lexicon) titleWithPlural(w, plural string) string {
	c := lx.titles
	if w != "" {
		c = c.next[w]
	}
	if c == nil {
		return ""
	}
	for _, stem := range pluralStems(plural) {
		if n := c.next[stem]; n != nil && n.kinds&(1<<titleHead) != 0 {
			return strings.TrimSpace(w + " " + stem)
		}
	}
	return ""
}

// pluralStems: the singulars a plural noun may have: "ministers",
// "secretaries", "chairmen" (minister, secretary, chairman).
func pluralStems(w string) []string {
	out := []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"}
	if strings.HasSuffix(w, "men") {
		out = append(out, strings.TrimSuffix(w, "men")+"man")
	}
	return out
}

// pluralPersonWord: w is the plural of a title's head or of a person noun
// ("mayors", "chairmen").
func (lx *lexicon) pluralPersonWord(w string) bool {
	_, ok := lx.singularOf(w, true, func(stem string) bool {
		if lx.personNoun[stem] {
			return true
		}
		c := lx.titles.next[stem]
		return c != nil && c.kinds&(1<<titleHead) != 0
	})
	return ok
}

// singularOf returns the singular of the plural w that keep accepts: with
// all, any of pluralStems ("secretaries", "chairmen"); else only a plural
// in -s with the -s taken off, whose singular is written inside the plural
// (a title's span needs it: titles_plural.go).
func (lx *lexicon) singularOf(w string, all bool, keep func(string) bool) (string, bool) {
	if len(w) < 4 {
		return "", false
	}
	var stems []string
	switch {
	case all && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men")):
		stems = pluralStems(w)
	case strings.HasSuffix(w, "s"):
		stems = []string{strings.TrimSuffix(w, "s")}
	}
	for _, stem := range stems {
		if keep(stem) {
			return stem, true
		}
	}
	return "", false
}

// toldTogether: the two persons the sentence before si (or si itself,
// before token at) names as one coordinated phrase, "X and Y" with only
// titles, nationalities and determiners between ("Peruvian Foreign
// Minister Ana Soto and Chilean Foreign Minister Rodrigo Vial were in
// Arica"); nil when it names no such pair.
func (d *document) toldTogether(si, at int) []party {
	return d.toldTogetherWithin(si, at, 1)
}

// sentencePair (group rule sentence-pair): a bare count "the two" (no
// noun after it) stands for the persons its own sentence names before it
// when they are exactly two, outside quotes ("Coach X denies any rift
// with Y but says the two met on Monday"). Nil otherwise.
func (d *document) sentencePair(a arg, si int) []party {
	if a.span.t1-a.span.t0 != 2 || !d.bareCount(a.span.t1-1) {
		return nil
	}
	if n, _ := d.lx.dateWord(dwNumber, d.toks[a.span.t1-1].lower); n != 2 {
		return nil
	}
	s := d.sent[si]
	q := d.quotedSpans(s)
	var out []party
	for _, m := range d.mentionsIn(span{s.t0, a.span.t0}) {
		if m.typ != Person || inSpans(q, m.span.t0) {
			continue
		}
		e := d.entityOf(m)
		if e == nil || d.exclude[e.canon] {
			continue
		}
		dup := false
		for _, p := range out {
			dup = dup || p.name == e.canon
		}
		if !dup {
			out = append(out, party{name: e.canon, typ: Person, via: a.pron + " -> " + e.canon + ", named before it in its sentence"})
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// toldTogetherWithin is toldTogether over sentence si and the back
// sentences before it.
func (d *document) toldTogetherWithin(si, at, back int) []party {
	for k := si; k >= 0 && k >= si-back && k >= d.briefFloor(si); k-- {
		s := d.sent[k]
		to := s.t1
		if k == si {
			to = at
		}
		q := d.quotedSpans(s)
		ms := d.mentionsIn(span{s.t0, to})
		for i := 0; i+1 < len(ms); i++ {
			x, y := ms[i], ms[i+1]
			if x.typ == Person && y.typ == Location && i+2 < len(ms) && ms[i+2].typ == Person {
				y = ms[i+2] // "Mayor X and Wisconsin Gov. Y": a place in the second title
			}
			if x.typ != Person || y.typ != Person || inSpans(q, x.span.t0) || !d.coordinated(x.span.t1, y.span.t0) {
				continue
			}
			ex, ey := d.entityOf(x), d.entityOf(y)
			if ex == nil || ey == nil || ex == ey || d.exclude[ex.canon] || d.exclude[ey.canon] {
				continue
			}
			via := "told together in the sentence before"
			return []party{{name: ex.canon, typ: Person, via: via}, {name: ey.canon, typ: Person, via: via}}
		}
	}
	return nil
}

// coordinated: the tokens [from, to) join two names as one phrase: one
// "and", and otherwise only words of a title or a nationality before the
// second name — no verb, no punctuation.
func (d *document) coordinated(from, to int) bool {
	and := 0
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch {
		case t.lower == "and":
			and++
		case !t.word || strings.HasPrefix(t.tag, "VB") || t.tag == "IN" || t.tag == "MD":
			return false
		}
	}
	return and == 1 && to-from <= 6
}

// groupMeasure: a group noun after an indefinite determiner and before
// "of" measures what follows ("a pair of trawler owners", "a group of
// farmers"): it describes no parties told before. "The leaders of Mali and
// Niger", "both of them" do.
func (d *document) groupMeasure(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k+1].lower != "of" {
		return false
	}
	p := d.toks[k-1]
	return p.tag == "DT" && !d.lx.is(p.lower, wcDefinite) && !d.lx.is(p.lower, wcGroup)
}

// counterpartPhrase: the argument is a description whose head is a word of
// class counterpart ("the counterpart"), or a possessive pronoun read alone
// before one ("his | Japanese counterpart"): the whole description.
func (d *document) counterpartPhrase(a arg) (arg, bool) {
	if a.pron == "" {
		return arg{}, false
	}
	k := a.span.t1 - 1
	if !d.lx.is(d.toks[k].lower, wcCounterpart) {
		if !d.lx.is(d.toks[k].lower, wcDefinite) {
			return arg{}, false
		}
		// past a nationality or an adjective: "his Japanese counterpart",
		// "her new counterpart"
		s := d.toks[k].sent
		for k++; k < len(d.toks) && k < a.span.t1+3 && d.toks[k].sent == s && !d.lx.is(d.toks[k].lower, wcCounterpart); k++ {
			if t := d.toks[k]; !t.word || t.cap && !d.modifierDemonym(k, k+1) && d.lx.demonyms[t.lower] == "" {
				return arg{}, false
			}
		}
		if k >= len(d.toks) || !d.lx.is(d.toks[k].lower, wcCounterpart) {
			return arg{}, false
		}
	}
	sp := span{a.span.t0, k + 1}
	return arg{span: sp, pron: d.textOf(sp)}, true
}

// counterpartOf resolves "his counterpart", "her Japanese counterpart" (a
// word of class counterpart as the description's head) to the person who
// holds the same office for another side: among the persons named from
// three sentences before to two after, not the holder (the person the
// description belongs to), the one of the country the description names
// ("Japanese": a demonym before the person's name or title, a "Japan's"
// before it or after it, the country of the person's own title), with the
// holder's title head ("minister") preferred; with no country, the one
// person with the holder's title head. The nearest before wins, else the
// nearest after. nil when none fits: a counterpart never named is no
// party, and never the holder.
func (d *document) counterpartOf(a arg, si int) *entity {
	// the holder: the person the sentence names last before the
	// description ("Indian Foreign Minister Arjun Mehra met his ..."), else
	// the person a pronoun there means
	var holder *entity
	for _, m := range d.mentionsIn(span{d.sent[si].t0, a.span.t0}) {
		if e := d.entityOf(m); m.typ == Person && e != nil {
			holder = e
		}
	}
	if holder == nil {
		holder = d.salientPerson(si, a.span.t0)
	}
	country := ""
	for k := max(a.span.t0-1, d.sent[si].t0); k < a.span.t1; k++ {
		if c, ok := d.lx.demonyms[d.toks[k].lower]; ok {
			country = c
		}
	}
	head := ""
	if holder != nil {
		head = d.titleHeadOf(holder)
	}
	from, to := d.sent[max(0, si-3)].t0, d.sent[min(len(d.sent)-1, si+2)].t1
	var best *entity
	bestScore, bestDist := 0, 0
	seen := map[*entity]bool{}
	for _, m := range d.mentionsIn(span{from, to}) {
		if m.typ != Person || m.span.t0 >= a.span.t0 && m.span.t0 < a.span.t1 {
			continue
		}
		e := d.entityOf(m)
		if e == nil || e == holder || d.exclude[e.canon] || seen[e] {
			continue
		}
		seen[e] = true
		if holder != nil && holder.nation != "" && strings.EqualFold(holder.nation, e.nation) {
			continue // a colleague of the holder's own country is no counterpart
		}
		score := 0
		if country != "" {
			if !d.personOfCountry(e, country) {
				continue
			}
			score += 2
		}
		if head != "" && d.titleHeadOf(e) == head {
			score++
		}
		if score == 0 {
			continue
		}
		dist := a.span.t0 - m.span.t0 // before: positive; after: a large distance
		if dist < 0 {
			dist = len(d.toks) - dist
		}
		switch {
		case score > bestScore, score == bestScore && dist < bestDist:
			best, bestScore, bestDist = e, score, dist
		case score == bestScore && dist == bestDist:
		}
	}
	d.tracef("S%d counterpart %q: holder %v, country %q, title head %q: %v", si, a.pron, holder != nil, country, head, best != nil)
	if best == nil || country == "" && d.twoWithHead(best, holder, head, from, to) {
		return nil // no country and two persons of the office: which one is not told
	}
	return best
}

// twoWithHead: another person than best and the holder, named in
// [from, to), has the title head too.
func (d *document) twoWithHead(best, holder *entity, head string, from, to int) bool {
	for _, m := range d.mentionsIn(span{from, to}) {
		if e := d.entityOf(m); m.typ == Person && e != nil && e != best && e != holder && d.titleHeadOf(e) == head {
			return true
		}
	}
	return false
}

// titleHeadOf: the head word of a person's first title, lower case
// ("minister" of "Foreign Minister" and of "Minister of Oil"), "" without
// one.
func (d *document) titleHeadOf(e *entity) string {
	if len(e.titles) == 0 {
		return ""
	}
	return titleHeadWord(d.lx, e.titles[0])
}

// personOfCountry: the story ties person e to country c — the nationality
// its name took, or, around one of its mentions in the same sentence, a
// demonym or a country's possessive among the six words before it, or a
// country's possessive right after its comma ("Kenji Ota, Japan's foreign
// minister").
func (d *document) personOfCountry(e *entity, c string) bool {
	if strings.EqualFold(e.nation, c) {
		return true
	}
	isC := func(k int) bool {
		if x, ok := d.lx.demonyms[d.toks[k].lower]; ok && strings.EqualFold(x, c) {
			return true
		}
		for _, m := range d.mentionsIn(span{k, k + 1}) {
			if m.typ == Location && m.span.t1 < len(d.toks) && isPossessive(d.toks[m.span.t1].text) {
				if le := d.entityOf(m); le != nil && strings.EqualFold(le.canon, c) {
					return true
				}
			}
		}
		return false
	}
	for _, m := range d.mentions {
		if m.typ != Person || m.ent != nil && m.ent != e || d.entityOf(m) != e {
			continue
		}
		s := d.sent[d.toks[m.span.t0].sent]
		for k := max(s.t0, m.span.t0-6); k < m.span.t0; k++ {
			if isC(k) {
				return true
			}
		}
		if k := m.span.t1; k+1 < s.t1 && d.toks[k].text == "," && isC(k+1) {
			return true
		}
	}
	// a title's place: "mayor of Lorient" is French
	for _, t := range e.titles {
		if _, place, ok := strings.Cut(t, " of "); ok && strings.EqualFold(d.countryOfCity(place), c) {
			return true
		}
	}
	return false
}

// visitingPerson resolves "the visiting minister", "the visiting
// president": a description whose head follows a participle of a visit
// frame is the visitor — the person of the last visit told, else the one
// person named before it whose nationality is not the country of the
// dateline's city (the guest in a story told from the host's capital).
func (d *document) visitingPerson(a arg) *entity {
	k := a.span.t1 - 2
	for k >= a.span.t0-1 && k > 0 && !d.visitWord(k) {
		k--
	}
	if k < a.span.t0-1 || k <= 0 {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		ev := &d.events[i]
		if ev.Type != Visit {
			continue
		}
		for _, p := range ev.Participants {
			if e := d.byCanon[p.Name]; p.Type == Person && e != nil && !d.exclude[e.canon] {
				return e
			}
		}
	}
	host := d.countryOfCity(d.datelinePlace())
	if host == "" {
		return nil
	}
	var guest *entity
	for _, m := range d.mentionsIn(span{0, k}) {
		e := d.entityOf(m)
		if m.typ != Person || e == nil || d.exclude[e.canon] || e.nation == "" || strings.EqualFold(e.nation, host) || e == guest {
			continue
		}
		if guest != nil {
			return nil // two guests: which one is not told
		}
		guest = e
	}
	return guest
}

// visitWord: token k alone is a participle of a visit frame ("visiting").
func (d *document) visitWord(k int) bool {
	if d.toks[k].tag != "VBG" && d.toks[k].tag != "JJ" {
		return false
	}
	n, v := d.lx.triggers.longest(d.toks, k, k+1)
	if n != 1 {
		return false
	}
	for _, r := range d.lx.formSets[v] {
		if f := d.lx.frames[r.frame]; f.verb && f.typ == Visit {
			return true
		}
	}
	return false
}

// pastNotParticiple: a trigger the tagger read as a participle right after
// a noun (token k) is a past tense, not a reduced relative, when no "by"
// follows it (token next) and the noun is a party — a person's or an
// organization's name, a country, or a description of parties ("the two
// companies", "the ministers") — or its object is a pronoun ("Prado met
// her counterpart"). "The treaty signed by", "the accord signed in 2019"
// stay passives.
func (d *document) pastNotParticiple(k, next int, s sentence) bool {
	if next < s.t1 && d.toks[next].lower == "by" {
		return false
	}
	if next < s.t1 && strings.HasPrefix(d.toks[next].tag, "PRP") {
		return true
	}
	for _, m := range d.mentionsIn(span{max(s.t0, k-6), k + 1}) {
		if m.span.t1 == k+1 && (m.typ == Person || m.typ == Organization || m.typ == Location && m.kind == "country") {
			return true
		}
	}
	l := d.toks[k].lower
	return !d.toks[k].cap && (d.lx.is(l, wcGroup) || d.lx.is(l, wcPeople) || d.lx.personNoun[l] || d.lx.pluralPersonWord(l))
}

// quotedOther resolves "him", "her", "he", "she" inside a quotation whose
// speaker is known: never the speaker, who is the quotation's "I" ("I met
// him last October," Ferrer said). It is the person the quotation is said
// of ("..., Ferrer said of Tran", "said of the French mayor": the one
// person of that title and country), else the nearest person named before
// it outside quotations, other than the speaker.
func (d *document) quotedOther(a arg, si int) *entity {
	sp := d.speaker
	if e := d.saidOf(si, sp); e != nil {
		return e
	}
	for k := si; k >= 0 && k >= si-3; k-- {
		s := d.sent[k]
		to := s.t1
		if k == si {
			to = a.span.t0
		}
		q := d.quotedSpans(s)
		var last *entity
		for _, m := range d.mentionsIn(span{s.t0, to}) {
			if e := d.entityOf(m); m.typ == Person && e != nil && e != sp && !inSpans(q, m.span.t0) && !d.exclude[e.canon] {
				last = e
			}
		}
		if last != nil {
			return last
		}
	}
	return nil
}

// saidOf: the person after a reporting verb and "of" in sentence si ("said
// of Tran", "said of the French mayor"), not the speaker.
func (d *document) saidOf(si int, sp *entity) *entity {
	s := d.sent[si]
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if d.toks[k].lower != "of" || !d.lx.is(d.toks[k-1].lower, wcReport) {
			continue
		}
		end := min(s.t1, k+6)
		for _, m := range d.mentionsIn(span{k + 1, end}) {
			if e := d.entityOf(m); m.typ == Person && e != nil && e != sp {
				return e
			}
		}
		// a description: "the French mayor" — its head a title's, its
		// nationality the country
		head, country := "", ""
		for j := k + 1; j < end; j++ {
			l := d.toks[j].lower
			if c, ok := d.lx.demonyms[l]; ok {
				country = c
			}
			if c := d.lx.titles.next[l]; c != nil && c.kinds&(1<<titleHead) != 0 {
				head = l
				break
			}
		}
		if head == "" {
			return nil
		}
		var hit *entity
		for _, e := range d.ents {
			if e.typ != Person || e == sp || d.titleHeadOf(e) != head || country != "" && !d.personOfCountry(e, country) {
				continue
			}
			if hit != nil {
				return nil
			}
			hit = e
		}
		return hit
	}
	return nil
}

// thereAt: the token of a place adverb "there" (class there) before the
// draft's trigger or right after its clause, outside quotes; not an
// existential "there" ("There is no plan to meet": a verb or modal follows
// it) nor a source ("from there"); -1 when none.
func (d *document) thereAt(c *eventDraft) int {
	s := c.s
	q := d.quotedSpans(s)
	for k := s.t0; k < s.t1 && k < c.tr.t1+8; k++ {
		if !d.lx.is(d.toks[k].lower, wcThere) || inSpans(q, k) || k > s.t0 && d.toks[k-1].lower == "from" {
			continue
		}
		if k+1 < s.t1 {
			n := d.toks[k+1]
			if strings.HasPrefix(n.tag, "VB") || n.tag == "MD" || d.lx.is(n.lower, wcBe, wcAux, wcModal) {
				continue // "There is", "there will be"
			}
		}
		return k
	}
	return -1
}

// therePlace: a meeting or agreement whose sentence says "there" before
// its trigger, or right after its clause ("There she met X", "While there,
// she held talks with Y", "met X there") happened where the text was just
// before: the first place named after a locative earlier in its own
// sentence, else the place of an event the sentence before told, else the
// first place it names after a locative ("opened a trade fair in Kisumu on
// Monday. There she met ..."). Not an existential "there" ("There is no
// plan to meet": a verb or modal follows it) nor a source ("from there").
func (d *document) therePlace(c *eventDraft) string {
	if c.tr.typ == Visit {
		return ""
	}
	s := c.s
	at := d.thereAt(c)
	if at < 0 {
		return ""
	}
	firstPlace := func(from, to int) string {
		for _, m := range d.mentionsIn(span{from, to}) {
			if m.typ != Location || m.span.t0 == from || !d.lx.is(d.toks[m.span.t0-1].lower, wcLocative) {
				continue
			}
			if e := d.entityOf(m); e != nil {
				return e.canon
			}
		}
		return ""
	}
	if p := firstPlace(s.t0, at); p != "" {
		return p
	}
	si := d.toks[s.t0].sent
	if si == 0 {
		return ""
	}
	prev := d.sent[si-1]
	// the place of an event the sentence before told ("arrived in Accra
	// ..., his first trip to West Africa": the visit's Accra), else the
	// first place it names after a locative ("in Kisumu, in western Kenya")
	for i := len(d.events) - 1; i >= 0; i-- {
		if ev := &d.events[i]; ev.SentenceSpan != nil && ev.SentenceSpan[0] == prev.start && ev.Location != "" {
			return ev.Location
		}
	}
	return firstPlace(prev.t0, prev.t1)
}

// frontedOblique: the sentence opens with a prepositional phrase that has
// no finite verb before the pronoun at token at ("After the death of
// leader Tom Reyes in 2019 he withdrew", "Unlike Blair, she ...",
// "Following talks with X, he ..."): a person named in it is an oblique
// of the main clause, not whom its subject pronoun means, which goes back
// to the sentences before. "After Smith won the vote, he ..." has a verb:
// Smith stays.
func (d *document) frontedOblique(s sentence, at int) bool {
	if at <= s.t0+1 || d.toks[s.t0].tag != "IN" {
		return false
	}
	for k := s.t0 + 1; k < at; k++ {
		t := d.toks[k]
		if strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN" || t.tag == "MD" || d.lx.is(t.lower, wcPronoun) || d.lx.is(t.lower, wcRelative) {
			return false
		}
	}
	return d.lx.is(d.toks[at].lower, wcPersonal)
}

// predicateRestatement: an event noun is the predicate of a copula whose
// subject is "it", "this" or "that" opening the sentence ("It will be their
// third meeting this year", "This was her first visit to the region"): the
// sentence says what the event told before was, it tells no new one, and
// its date ("this year") counts meetings rather than dating this one.
func (d *document) predicateRestatement(tr trigMatch, s sentence) bool {
	if tr.verb || tr.t0 <= s.t0+1 {
		return false
	}
	first := d.toks[s.t0]
	if !(d.lx.is(first.lower, wcNeuter) || first.tag == "DT" && d.lx.is(first.lower, wcDefinite) && first.lower != "the") || d.lx.is(first.lower, wcPronoun) && !d.lx.is(first.lower, wcNeuter) {
		return false
	}
	k := s.t0 + 1
	for k < tr.t0 && (d.toks[k].tag == "MD" || d.toks[k].tag == "RB") {
		k++
	}
	if k >= tr.t0 || !d.lx.is(d.toks[k].lower, wcBe) {
		return false
	}
	for k++; k < tr.t0; k++ {
		switch t := d.toks[k]; {
		case t.cap, !t.word:
			return false // "It was Kenya's first ...": a name is a party of its own
		case t.tag == "DT", t.tag == "PRP$", t.tag == "JJ", t.tag == "CD", t.tag == "RB", t.tag == "NN":
		default:
			return false
		}
	}
	return true
}

// newGroup: a group description counted by a bare number, with no
// determiner or "both" before it ("Two men were arrested", "three
// ministers resigned"), brings new people into the story; "the two men",
// "both men", "their two leaders" point back at the parties told.
func (d *document) newGroup(a arg) bool {
	return d.newGroupAt(a.span.t1 - 1)
}

// newGroupAt: the group noun at token k is counted by a bare number
// (newGroup).
func (d *document) newGroupAt(k int) bool {
	counted := false
	for j := max(k-3, 0); j < k; j++ {
		t := d.toks[j]
		if t.sent != d.toks[k].sent {
			continue
		}
		switch {
		case t.tag == "CD", d.isNumberWord(t.lower):
			counted = true
		case d.lx.is(t.lower, wcDefinite), d.lx.is(t.lower, wcGroup) && t.tag != "NNS":
			counted = false // "the two men", "both men"
			if j == k-1 || d.toks[j+1].tag == "CD" || d.isNumberWord(d.toks[j+1].lower) || d.toks[j+1].tag == "JJ" {
				return false
			}
		case counted && t.tag == "JJ":
			// "12 African countries", "three senior officials": an
			// adjective between the count and the noun keeps it counted
			// (wires)
		default:
			counted = false
		}
	}
	return counted
}

// isNumberWord: "two", "three" (date_words.tsv, class number), or digits.
func (d *document) isNumberWord(w string) bool {
	if _, ok := d.lx.dateWord(dwNumber, w); ok {
		return true
	}
	return w != "" && allDigits(w)
}

// counterWord: a number word that counts the noun after it ("Two men", "the
// two sides"): the noun is the group's head, read on its own.
func (d *document) counterWord(k int) bool {
	return k+1 < len(d.toks) && d.isNumberWord(d.toks[k].lower) && strings.HasPrefix(d.toks[k+1].tag, "NN")
}

// bareCount: token k is a number word of two or more (date_words.tsv,
// class number: "two", "three") standing alone after a
// definite determiner, with no noun after it ("On Wednesday the two met",
// "the two agreed"): a group of the parties told, like "the two sides"
// (participants.go; with no event told before, the pair the story set up:
// coordinatedPair, else the two persons told together in one of the four
// sentences before). "the two men" has its noun; "two" alone ("Two were
// hurt") brings new people.
func (d *document) bareCount(k int) bool {
	if k <= 0 || k+1 >= len(d.toks) {
		return false
	}
	if n, ok := d.lx.dateWord(dwNumber, d.toks[k].lower); !ok || n < 2 {
		return false
	}
	p, n := d.toks[k-1], d.toks[k+1]
	if p.sent != d.toks[k].sent || !d.lx.is(p.lower, wcDefinite) {
		return false
	}
	return !strings.HasPrefix(n.tag, "NN") && !strings.HasPrefix(n.tag, "JJ") && n.tag != "CD" && n.lower != "-" && !n.hyphen
}
