package extract

import (
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
	nation  string // PERSON: the country a demonym before the name gave
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
	var persons []*entity
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
				}
			}
		}
		e := matchPerson(persons, m.name, lx)
		if e == nil {
			e = &entity{typ: Person, canon: joinName(m.name), words: m.name, first: m.span.t0}
			persons = append(persons, e)
			add(e)
		} else if len(m.name) > len(e.words) {
			e.addAlias(e.canon)
			e.canon, e.words = joinName(m.name), m.name
		}
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
		if e := matchPerson(persons, m.name, lx); e != nil && len(m.name) <= len(e.words) {
			m.typ = Person
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
		// also towns): the person wins when the text names them so
		if p := matchPerson(persons, strings.Fields(m.text), lx); p != nil && (m.canon == "" || m.span.t1-m.span.t0 == 1) && !d.toks[m.span.t0].hyphen {
			p.count++
			p.addAlias(m.text)
			m.typ = Person
			continue
		}
		if e == nil {
			e = &entity{typ: m.typ, canon: name, kind: m.kind, first: m.span.t0}
			byKey[key] = e
			add(e)
		}
		e.count++
		e.addAlias(m.text)
	}
	defer d.resolveAcronymMentions()
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
				e = &entity{typ: Organization, canon: a.expansion, first: a.long.t0, count: 1}
				byKey[key] = e
				add(e)
			}
		}
		if e != nil {
			e.addAlias(a.short)
		}
	}
}

func joinName(w []string) string { return strings.Join(w, " ") }

// matchPerson finds the person a name refers to: the same name, or a
// surname (the last word; the first for family-name-first names), or a
// longer form of a name seen before.
func matchPerson(persons []*entity, name []string, lx *lexicon) *entity {
	if len(name) == 0 {
		return nil
	}
	full := strings.ToLower(joinName(name))
	for i := len(persons) - 1; i >= 0; i-- {
		if strings.ToLower(persons[i].canon) == full {
			return persons[i]
		}
	}
	for i := len(persons) - 1; i >= 0; i-- {
		p := persons[i]
		w := p.words
		switch {
		case len(name) < len(w):
			// "Misri" for "Vikram Misri"; "Park" for "Park Ji-won"
			if hasSuffixWords(w, name) || (lx.familyKey[w[0]] && hasPrefixWords(w, name)) {
				return p
			}
		case len(name) > len(w):
			if hasSuffixWords(name, w) && len(w) >= 2 {
				return p
			}
		}
	}
	return nil
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
					m.typ, m.canon = Organization, e.canon
					e.count++
				}
			}
		}
	}
}
