package extract

import (
	"slices"
	"strings"
)

// The offices pass: a prosecutor's, sheriff's or mayor's office is often
// named in lower case after the place it serves: "the Manhattan district
// attorney's office", "the Cook County sheriff's department", "the
// Ashford mayor's office". Such a phrase — a place, a title of office in
// lower case, "'s" and a noun of class officenoun (word_classes.tsv) —
// names an organization, written as the article writes it; the place
// inside it is part of that name. Later the same title's office with no
// place ("the district attorney's office") is the same organization when
// the story names exactly one such office. With no place the phrase
// names nothing ("the mayor's office said").

// placeOffices adds the organizations of place offices (run after the
// classify cascade, before the tagger).
func (d *document) placeOffices(lx *lexicon) {
	type office struct {
		canon string
		title string
	}
	var found []office
	var short []span // place-less phrases: their title's span and the office noun
	toks := d.toks
	for h := d.bodyTok + 3; h < len(toks); h++ {
		if toks[h].cap || !lx.is(toks[h].lower, wcOfficeNoun) || !isPossessive(toks[h-1].text) {
			continue
		}
		// the title: lower-case words ending right before "'s"
		ts := span{}
		for i := max(h-5, d.bodyTok); i < h-1; i++ {
			if toks[i].sent != toks[h].sent || toks[i].cap {
				continue
			}
			if s, ok := d.parseLowerTitle(lx, i, h-1); ok && !spanHasCap(d, s) {
				ts = s
				break
			}
		}
		if ts.empty() {
			continue
		}
		// the place: a LOCATION mention ending right before the title
		var place *mention
		for i := range d.mentions {
			m := &d.mentions[i]
			if m.typ == Location && m.span.t1 == ts.t0 {
				place = m
			}
		}
		title := d.textOf(ts)
		if place == nil {
			short = append(short, span{ts.t0, h + 1})
			continue
		}
		full := span{place.span.t0, h + 1}
		name := d.textOf(full)
		d.tracef("office %q: place %q, title %q", name, place.text, title)
		*place = mention{typ: Organization, span: full, text: name, canon: name, kind: "government", rule: "place-office"}
		if d.ruled == nil {
			d.ruled = make([]bool, len(toks))
		}
		for k := full.t0; k < full.t1; k++ {
			d.ruled[k] = true
		}
		found = append(found, office{canon: name, title: strings.ToLower(title)})
	}
	for _, s := range short {
		title := strings.ToLower(d.textOf(span{s.t0, s.t1 - 2}))
		var canon string
		n := 0
		for _, o := range found {
			if o.title == title && o.canon != canon {
				canon, n = o.canon, n+1
			}
		}
		if n != 1 {
			continue
		}
		d.tracef("office %q: the story's %q", d.textOf(s), canon)
		m := mention{typ: Organization, span: s, text: d.textOf(s), canon: canon, kind: "government", rule: "place-office"}
		at, _ := slices.BinarySearchFunc(d.mentions, s.t0, func(m mention, t int) int { return m.span.t0 - t })
		d.mentions = slices.Insert(d.mentions, at, m)
	}
}

// spanHasCap: a word of s is capitalized.
func spanHasCap(d *document, s span) bool {
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].cap {
			return true
		}
	}
	return false
}
