package extract

import (
	"maps"
	"slices"
	"strings"
)

// Short and full names of one company. A business story names a company
// in full once ("SBC Communications", "Korvell Pharma AG") and by its
// short name elsewhere ("SBC", "Korvell"); both are one participant, named
// by the fullest name (the guidelines). A short name is the full name's
// first words when every word after them is a company cue of
// org_cues.tsv (class company: "Communications", "Pharma", "AG"); a
// short name that two companies share ("Castellan Bank", "Castellan
// Group"), that is a nationality ("Deutsche", "American") or a person's
// name ("Van der Linde Logistics") names neither.

// shortOrgNames makes each organization named by a short name one entity
// with the organization whose full name it shortens: the short entity's
// mentions and aliases move to the full one, and the short name, where the
// article writes it, becomes its alias (so a still-untyped mention of it
// is that organization too). The event passes read d.fullOrg (by
// lower-case short name) for a participant named by its short name.
func (d *document) shortOrgNames() {
	if d.lx == nil {
		return
	}
	full := map[string]*entity{} // lower-case short name -> full entity (nil: two share it)
	for _, e := range d.ents {
		if e.typ != Organization {
			continue
		}
		ws := strings.Fields(e.canon)
		for n := len(ws) - 1; n >= 1; n-- {
			if d.lx.orgEnd[strings.ToLower(strings.TrimSuffix(ws[n], ","))] != "company" { // "Co., Ltd." (orgforms.go)
				break
			}
			s := strings.TrimSuffix(strings.ToLower(strings.Join(ws[:n], " ")), ",")
			if _, nat := d.lx.demonyms[s]; nat || d.lx.stop[s] || d.personNamed(s) {
				continue
			}
			if prev, ok := full[s]; ok && prev != e {
				full[s] = nil
				continue
			}
			full[s] = e
		}
	}
	// two companies that start alike ("Brannock Steel Corp", "Brannock
	// Rail Ltd") leave their common words to neither; every key is judged
	// on the map as it stood, the shared ones emptied after, so that no
	// answer depends on map order
	var shared []string
	for _, s := range slices.Sorted(maps.Keys(full)) {
		l := full[s]
		for _, e := range d.ents {
			if l != nil && e != l && e.typ == Organization && leadsName(e.canon, s) && full[strings.ToLower(e.canon)] != l {
				shared = append(shared, s)
				break
			}
		}
	}
	for _, s := range shared {
		full[s] = nil
	}
	gone := map[*entity]*entity{}
	for _, e := range d.ents {
		if e.typ != Organization {
			continue
		}
		l := full[strings.ToLower(e.canon)]
		if l == nil || l == e {
			continue
		}
		l.addAlias(e.canon)
		for _, a := range e.aliases {
			l.addAlias(a)
		}
		l.count += e.count
		l.first = min(l.first, e.first)
		gone[e] = l
		d.tracef("resolve: organization %q is the short name of %q", e.canon, l.canon)
	}
	// in sorted order: a record's aliases never depend on map order
	for _, s := range slices.Sorted(maps.Keys(full)) {
		l := full[s]
		if l == nil || gone[l] != nil {
			continue
		}
		if w, ok := d.writtenAs(s); ok {
			l.addAlias(w)
		}
		if d.fullOrg == nil {
			d.fullOrg = map[string]string{}
		}
		d.fullOrg[s] = l.canon
	}
	if len(gone) == 0 {
		return
	}
	d.repointMentions(gone)
}

// writtenAs: a lower-case phrase as the article writes it (its first
// capitalized occurrence standing alone, no capitalized word after it);
// false when the article never writes it so.
func (d *document) writtenAs(lower string) (string, bool) {
	ws := strings.Fields(lower)
	for k := 0; k+len(ws) <= len(d.toks); k++ {
		ok := d.toks[k].cap
		for j := 0; ok && j < len(ws); j++ {
			ok = d.toks[k+j].lower == ws[j]
		}
		if ok && (k+len(ws) == len(d.toks) || !d.toks[k+len(ws)].cap) { // standing alone, not "Nomura" of "Nomura Securities"
			return d.textOf(span{k, k + len(ws)}), true
		}
	}
	return "", false
}

// fullOrgName: the full name of the organization a participant's short
// name stands for ("SBC" -> "SBC Communications"), else the name itself.
func (d *document) fullOrgName(name string) string {
	if f, ok := d.fullOrg[strings.ToLower(name)]; ok {
		return f
	}
	return name
}

// personNamed: a person of the story is called so ("Van der Linde" of
// "Van der Linde Logistics" is the founder's family, not the company).
func (d *document) personNamed(lower string) bool {
	for _, e := range d.ents {
		if e.typ != Person {
			continue
		}
		if strings.EqualFold(e.canon, lower) || slices.ContainsFunc(e.aliases, func(a string) bool { return strings.EqualFold(a, lower) }) {
			return true
		}
	}
	return false
}

// employerNames: a name right before a title and a person's name is that
// person's employer ("Haldor Steel chief executive Mira Lund",
// "Vexel chief executive Tom Aris"): an organization, whatever a
// guess made of it. Every mention of the same text that no rule was sure
// of (a guess, or the learned tagger's person; not a title's, honorific's
// or given name's person) becomes that organization, so the deal it makes can name
// it. A place stays a place ("Kenya's finance minister" has its own
// reading).
func (d *document) employerNames() {
	retype := map[string]bool{}
	sure := map[string]bool{} // given-name readings that an employer's place overrules
	for _, m := range d.mentions {
		if m.typ != Person && m.typ != "" || m.strong && m.rule != "tagger" && !d.givenNameEmployer(m) {
			continue
		}
		if _, nat := d.lx.demonyms[strings.ToLower(m.text)]; nat {
			continue // "Turkish Prime Minister X": a nationality
		}
		s := d.sent[d.toks[m.span.t0].sent]
		te := d.titleRunAt(m.span.t1, s.t1)
		if te == m.span.t1 || te >= s.t1 {
			continue
		}
		if m.span.t1-m.span.t0 == 1 && d.commonWord(m) { // after the cheap test: it reads the whole document
			continue // "Embassy spokesman X", "Federation president X": a body told in full elsewhere
		}
		for _, p := range d.mentions { // not yet sorted: no mentionsIn
			if p.typ == Person && p.span.t0 == te {
				retype[m.text] = true
				sure[m.text] = sure[m.text] || m.strong && m.rule == "person-name"
			}
		}
	}
	if len(retype) == 0 {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if !retype[m.text] || m.strong && m.rule != "tagger" && !(sure[m.text] && m.rule == "person-name") || m.typ != Person && m.typ != "" {
			continue
		}
		d.tracef("employer: %q before a title and a person is an organization", m.text)
		m.typ, m.canon, m.kind, m.name, m.weak, m.rule = Organization, "", "", nil, false, m.rule+"+employer"
	}
}

// commonWord: a one-word name that the story also writes in lower case
// ("Embassy spokesman X" after "the U.S. embassy said") or that ends
// another name of it ("Federation" of "Coastal Games Federation"): a
// common noun capitalized, no name of its own.
func (d *document) commonWord(m mention) bool {
	w := d.toks[m.span.t0]
	for k, t := range d.toks {
		if k != m.span.t0 && t.lower == w.lower && (!t.cap || k > 0 && d.toks[k-1].cap && d.toks[k-1].word && d.toks[k-1].sent == t.sent && k-1 > d.sent[t.sent].t0) {
			return true
		}
	}
	return false
}

// givenNameEmployer: a two- or three-word name read as a person by its
// given name alone ("Harlow Fenwick") that stands right before a
// lower-case company head's title and a person's name ("Harlow Fenwick
// chief executive Tom Ferris") is the employer (entities_orgs_test.go),
// when its first word is also a place's name or an ambiguous given name
// (a company named after its town). A staff or political title
// ("Donald Trump adviser X", "Vladimir Putin envoy X") follows a person,
// and so does a name whose given name is only a given name ("Ana Soto
// chief executive X"), or whose surname the story writes alone elsewhere
// ("Soto said").
func (d *document) givenNameEmployer(m mention) bool {
	n := m.span.t1 - m.span.t0
	if m.rule != "person-name" || n < 2 || n > 3 || m.span.t1 >= len(d.toks) || d.toks[m.span.t1].cap || !d.toks[m.span.t1].word {
		return false
	}
	s := d.sent[d.toks[m.span.t0].sent]
	te := d.titleRunAt(m.span.t1, s.t1)
	if te == m.span.t1 || !d.lx.is(d.toks[te-1].lower, wcCompanyHead) {
		return false
	}
	first, last := d.toks[m.span.t0].text, d.toks[m.span.t1-1].text
	if _, place := d.lx.placeNames[strings.ToLower(first)]; !place && !d.lx.givenAmb[first] {
		return false
	}
	for k, t := range d.toks {
		if t.text == last && k != m.span.t1-1 && (k == 0 || d.toks[k-1].text != first) {
			return false // the surname alone: a person told
		}
	}
	return true
}
