package extract

import (
	"sort"
	"strings"
)

// The resolve pass groups mentions into entities: a person's fullest name
// is canonical and every other form an alias; organizations and places take
// the table's name when a table knows them; acronyms defined in the text
// become aliases of the organization they expand to.

type entity struct {
	typ     string
	canon   string
	words   []string // PERSON: the canonical name's words
	aliases []string
	titles  []string
	org     string
	kind    string
	count   int
	first   int // token of the first mention
	strong  bool
	nation  string    // PERSON: the country a demonym before the name gave
	extra   []span    // mentions that are no mention of d.mentions (a defined acronym's expansion)
	geo     *placeGeo // LOCATION: where it is, when the geocode pass knows
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, e.canon) {
		return
	}
	for _, a := range e.aliases {
		if strings.EqualFold(a, s) {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

func (e *entity) addTitle(t string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	for _, x := range e.titles {
		if strings.EqualFold(x, t) {
			return
		}
	}
	e.titles = append(e.titles, t)
}

// orgKey folds the forms of one organization together: "Department of
// State" and "State Department" share a key.
func orgKey(name string) string {
	l := strings.ToLower(strings.TrimSpace(name))
	l = strings.TrimPrefix(l, "the ")
	l = strings.TrimPrefix(l, "u.s. ")
	l = strings.TrimPrefix(l, "us ")
	for _, cue := range []string{"department", "ministry"} {
		if rest, ok := strings.CutPrefix(l, cue+" of "); ok {
			return cue + ":" + strings.TrimPrefix(rest, "the ")
		}
		if rest, ok := strings.CutSuffix(l, " "+cue); ok {
			return cue + ":" + rest
		}
	}
	return l
}

// resolve builds d.ents from d.mentions and d.acronyms.
func (d *document) resolve(lx *lexicon) {
	people := newPersonIndex(lx)
	byKey := map[string]*entity{}
	add := func(e *entity) { d.ents = append(d.ents, e) }

	// persons first, in text order (mentions are appended in order)
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != Person {
			continue
		}
		// appositive titles and employers: "Mei Tanaka, chief executive of
		// Kirin Freight,"
		if ts, org, more, ok := d.appositiveAll(lx, m.span.t1); ok {
			for _, t := range more {
				m.titles = append(m.titles, d.textOf(t))
			}
			m.titles = append(m.titles, d.textOf(ts))
			if !org.empty() {
				oc := d.trimChunk(lx, org)
				if !oc.empty() {
					m.org = d.orgCanonText(lx, oc)
					d.classifyAsOrg(lx, oc)
					// classifyAsOrg appends to d.mentions: m may
					// point into the old array
					m = &d.mentions[i]
				}
			}
		}
		e := people.match(m.name)
		if e == nil {
			e = people.matchFirstWord(m.name, honorificOf(m))
		}
		if e == nil {
			e = &entity{typ: Person, canon: joinName(m.name), words: m.name, first: m.span.t0}
			people.add(e)
			add(e)
		} else if len(m.name) > len(e.words) {
			people.rename(e, m.name)
			e.addAlias(e.canon)
			e.canon, e.words = joinName(m.name), m.name
		}
		m.ent = e
		e.count++
		e.strong = e.strong || m.strong
		if m.text != "" && !strings.EqualFold(m.text, e.canon) {
			e.addAlias(m.text)
		}
		if !strings.EqualFold(joinName(m.name), e.canon) {
			e.addAlias(joinName(m.name))
		}
		for _, t := range m.titles {
			e.addTitle(t)
		}
		if m.org != "" && e.org == "" {
			e.org = m.org
		}
		if m.nation != "" && e.nation == "" {
			e.nation = m.nation
		}
	}
	// unknown chunks: a known person's surname, or nothing
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != "" {
			continue
		}
		e := people.match(m.name)
		if e == nil && len(m.name) == 1 && !lx.stop[m.name[0]] {
			e = people.matchFirstWord(m.name, "") // "Okabe met ..." after "Okabe Ren"
		}
		if e != nil && len(m.name) <= len(e.words) {
			m.typ, m.ent = Person, e
			e.count++
			e.addAlias(m.text)
		}
	}
	// organizations and places
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != Organization && m.typ != Location {
			continue
		}
		name := m.canon
		if name == "" {
			name = m.text
		}
		key := m.typ + "|" + orgKey(name)
		e := byKey[key]
		// a person's name read as something else ("Bello", "Santos" are
		// also towns): the person wins when the text names them so, but
		// not over a place noun's frame ("the village of Santos")
		if p := people.match(strings.Fields(m.text)); p != nil && (m.canon == "" || m.span.t1-m.span.t0 == 1) && !d.toks[m.span.t0].hyphen && m.rule != "place-frame" {
			p.count++
			p.addAlias(m.text)
			m.typ, m.ent = Person, p
			continue
		}
		if e == nil {
			e = &entity{typ: m.typ, canon: name, kind: m.kind, first: m.span.t0}
			byKey[key] = e
			add(e)
		}
		m.ent = e
		e.count++
		e.addAlias(m.text)
	}
	d.framedPlaceMentions()
	defer d.finishResolve()
	// acronyms: an expansion naming an organization makes the acronym its
	// alias
	for _, a := range d.acronyms {
		if a.expansion == "" {
			if e := byKey[Organization+"|"+orgKey(a.short)]; e != nil {
				e.addAlias(a.short)
			}
			continue
		}
		key := Organization + "|" + orgKey(a.expansion)
		e := byKey[key]
		if e == nil {
			if n, v := lx.orgs.longest(d.toks, a.long.t0, a.long.t1); n == a.long.t1-a.long.t0 {
				e = byKey[Organization+"|"+orgKey(lx.orgNames[v].name)]
			}
		}
		if e == nil && d.isCapWord(a.long.t0) && d.isCapWord(a.long.t1-1) {
			if _, ok := d.orgByCue(lx, a.long); ok {
				e = &entity{typ: Organization, canon: a.expansion, first: a.long.t0, count: 1, extra: []span{a.long}}
				byKey[key] = e
				add(e)
			}
		}
		if e != nil {
			e.addAlias(a.short)
		}
	}
	d.orgShortNames(lx)
}

// orgShortNames: a chunk no rule typed that is the leading words of one
// company the story names in full with a company cue at its end ("Haldor held
// talks" after "Haldor Steel Corp", "Corvane" after "Corvane Rail Ltd") is
// that organization, as news shortens a company's name after its first
// mention. Two organizations that start alike leave the chunk alone.
func (d *document) orgShortNames(lx *lexicon) {
	var orgs []*entity
	for _, e := range d.ents {
		if e.typ != Organization {
			continue
		}
		ws := strings.Fields(e.canon)
		if len(ws) < 2 {
			continue
		}
		if lx.orgEnd[strings.ToLower(ws[len(ws)-1])] == "company" {
			orgs = append(orgs, e) // "Amazon" is no short name of the Amazon Cooperation Treaty Organization
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != "" {
			continue
		}
		hit := soleOrgLedBy(orgs, m.text) // shortnames.go
		if hit == nil {
			continue
		}
		short := strings.Fields(m.text)
		if _, cue := lx.orgEnd[strings.ToLower(short[len(short)-1])]; cue {
			continue // "Steel Corp" alone names no one
		}
		m.typ, m.canon, m.ent = Organization, hit.canon, hit
		hit.count++
		hit.addAlias(m.text)
	}
}

func joinName(w []string) string { return strings.Join(w, " ") }

// personIndex finds the person a name refers to: the same name, or a
// surname (the last word; the first for family-name-first names), or a
// longer form of a name seen before — the most recent such person. It
// indexes people by their last and first words, so resolution stays linear
// in the article's length.
type personIndex struct {
	lx      *lexicon
	full    map[string]*entity
	byLast  map[string][]*entity
	byFirst map[string][]*entity
	// firstOne: the one person of two or more words whose first word is
	// the key, or an entry marked many when several have it
	firstOne map[string]firstEntry
}

type firstEntry struct {
	e    *entity
	many bool
}

func newPersonIndex(lx *lexicon) *personIndex {
	return &personIndex{lx: lx, full: map[string]*entity{}, byLast: map[string][]*entity{}, byFirst: map[string][]*entity{}, firstOne: map[string]firstEntry{}}
}

func (x *personIndex) add(e *entity) { x.index(e, e.words) }

// rename records that e is about to take a longer name (its old keys stay).
func (x *personIndex) rename(e *entity, name []string) { x.index(e, name) }

func (x *personIndex) index(e *entity, w []string) {
	x.full[strings.ToLower(joinName(w))] = e
	last, first := strings.ToLower(w[len(w)-1]), strings.ToLower(w[0])
	x.byLast[last] = append(x.byLast[last], e)
	x.byFirst[first] = append(x.byFirst[first], e)
	if len(w) >= 2 {
		if f, ok := x.firstOne[first]; !ok {
			x.firstOne[first] = firstEntry{e: e}
		} else if f.e != e {
			x.firstOne[first] = firstEntry{e: f.e, many: true}
		}
	}
}

func (x *personIndex) match(name []string) *entity {
	if len(name) == 0 {
		return nil
	}
	if e := x.full[strings.ToLower(joinName(name))]; e != nil {
		return e
	}
	last := strings.ToLower(name[len(name)-1])
	cands := x.byLast[last]
	for i := len(cands) - 1; i >= 0; i-- {
		w := cands[i].words
		switch {
		case len(name) < len(w) && hasSuffixWords(w, name):
			return cands[i] // "Misri" for "Vikram Misri"
		case len(name) > len(w) && len(w) >= 2 && hasSuffixWords(name, w):
			return cands[i]
		}
	}
	first := x.byFirst[strings.ToLower(name[0])]
	for i := len(first) - 1; i >= 0; i-- {
		w := first[i].words
		if len(name) < len(w) && x.lx.familyKey[w[0]] && hasPrefixWords(w, name) {
			return first[i] // "Park" for "Park Ji-won"
		}
	}
	return nil
}

// matchFirstWord finds the one person a one-word person mention names by
// the first word of their fuller name: a family-name-first surname the
// lexicon does not know ("Mr. Ishizaki" after "Ishizaki Haruto") or a bare
// given name ("Tiago" after "Tiago Marques"). It answers only when exactly
// one person seen so far has that first word and none has it as a last
// word, so "John" between "John Smith" and "John Kerry" stays unresolved.
// Mentions typed as persons and chunks no rule typed use it; a place or
// organization that is also a given name ("Jordan", "Victoria") keeps its
// own reading. After an honorific written before family names ("Mr
// Howard", not "Sir Cliff") a known given name is someone else's surname
// (Michael Howard, not Howard Flight).
func (x *personIndex) matchFirstWord(name []string, honorific string) *entity {
	if len(name) != 1 {
		return nil
	}
	if honorific != "" && !x.lx.givenHonorific[honorific] && x.lx.isGiven(name[0]) {
		return nil
	}
	key := strings.ToLower(name[0])
	if len(x.byLast[key]) > 0 {
		return nil
	}
	f := x.firstOne[key] // a map entry, not a scan: linear in the article
	if f.e == nil || f.many || len(f.e.words) < 2 || !strings.EqualFold(f.e.words[0], name[0]) {
		return nil
	}
	return f.e
}

// honorificOf: the honorific a person mention's text starts with ("Mr",
// "Sir", without the period), or "".
func honorificOf(m *mention) string {
	w := strings.Fields(m.text)
	if len(w) <= len(m.name) {
		return ""
	}
	return strings.TrimSuffix(w[0], ".")
}

func hasSuffixWords(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if !strings.EqualFold(long[off+i], short[i]) {
			return false
		}
	}
	return true
}

func hasPrefixWords(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	for i := range short {
		if !strings.EqualFold(long[i], short[i]) {
			return false
		}
	}
	return true
}

// finishResolve resolves the acronym mentions, indexes the entities by
// name and sorts the mentions by position for the events pass.
func (d *document) finishResolve() {
	d.shortOrgNames()      // events_deal_names.go: "SBC" is "SBC Communications"
	d.academicShortNames() // entities_academic.go: "Lenham vice-chancellor X"
	d.resolveAcronymMentions()
	d.writtenOrgNames()
	d.byCanon = make(map[string]*entity, len(d.ents))
	for _, e := range d.ents {
		if _, ok := d.byCanon[e.canon]; !ok {
			d.byCanon[e.canon] = e
		}
	}
	sort.SliceStable(d.mentions, func(i, j int) bool { return d.mentions[i].span.t0 < d.mentions[j].span.t0 })
}

// resolveAcronymMentions turns the still-unknown one-word mentions that are
// an organization's alias ("the MPC's next meeting") into its mentions.
func (d *document) resolveAcronymMentions() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != "" {
			continue
		}
		for _, e := range d.ents {
			if e.typ != Organization {
				continue
			}
			for _, a := range e.aliases {
				if a == m.text {
					m.typ, m.canon, m.ent = Organization, e.canon, e
					e.count++
				}
			}
		}
	}
}

// tableShortName: text is one word the tables give as another name of
// e ("NATO", "G7", "APEC" for their expanded names): an article that
// writes only it names e by it (precision pass, issue 7: "ahead of the
// NATO summit" is NATO's, as the gold names it).
func tableShortName(e *entity, text string) bool {
	return len(text) >= 2 && !strings.ContainsAny(text, " \t") && contains(e.aliases, text)
}

// writtenOrgNames: an organization the tables name is called what the
// article calls it when the article never writes the table's name (the
// guidelines' "fullest name the article gives"): "Shanghai Cooperation
// Organization" where organizations.tsv says "Organisation". The table's
// name stays an alias.
func (d *document) writtenOrgNames() {
	for _, e := range d.ents {
		if e.typ != Organization {
			continue
		}
		written, best := false, ""
		consider := func(text string) {
			if strings.EqualFold(text, e.canon) {
				written = true
			} else if (len(strings.Fields(text)) >= 2 || tableShortName(e, text)) && len(text) > len(best) {
				best = text
			}
		}
		for _, m := range d.mentions {
			if m.typ == Organization && (m.ent == e || strings.EqualFold(m.canon, e.canon)) {
				consider(m.text)
			}
		}
		for _, sp := range e.extra {
			consider(d.textOf(sp))
		}
		if written || best == "" {
			continue
		}
		old := e.canon
		e.canon = best
		kept := e.aliases[:0]
		for _, a := range e.aliases {
			if !strings.EqualFold(a, best) {
				kept = append(kept, a)
			}
		}
		e.aliases = kept
		e.addAlias(old)
		d.renameOrg(old, best)
	}
}

// renameOrg points what named an organization by its old canonical name
// at the new one: mentions, and persons' employers ("NATO Secretary
// General X" works for NATO, whichever name the organization goes by).
func (d *document) renameOrg(old, name string) {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.canon == old {
			m.canon = name
		}
		if m.org == old {
			m.org = name
		}
	}
	for _, e := range d.ents {
		if e.org == old {
			e.org = name
		}
	}
}
