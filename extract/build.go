package extract

import (
	"sort"
	"strings"
)

// build is the record builder: the only place that turns the document's
// annotations into the output format.
func (d *document) build(a Article) *Record {
	r := &Record{Schema: ArticleSchema, ID: a.ID, Source: a.Source, URL: a.URL,
		Published: a.Published, Headline: a.Headline, Form: a.Form,
		Entities: []Entity{}, Events: d.events}
	if r.Events == nil {
		r.Events = []Event{}
	}
	d.locateEvents(r.Events)
	for i := d.bodyTok; i < len(d.toks); i++ {
		if d.toks[i].word {
			r.Words++
		}
	}
	ents := append([]*entity(nil), d.ents...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].first < ents[j].first })
	var titles []Entity
	spans := d.spanIndex()
	for _, e := range ents {
		if e.typ == Person && !e.strong && len(e.titles) == 0 {
			continue
		}
		out := Entity{Type: e.typ, Text: e.canon, Aliases: e.aliases, Organization: e.org, Kind: e.kind, Mentions: e.count,
			Spans: spans.entity(d, e)}
		if g := e.geo; g != nil {
			lat, lon := g.lat, g.lon
			out.GeoNamesID, out.Lat, out.Lon, out.CountryCode = g.geonames, &lat, &lon, g.cc
		}
		if e.typ == Person {
			out.Kind = ""
			if len(e.titles) > 0 {
				out.Title = e.titles[0]
			}
			for _, t := range e.titles {
				titles = append(titles, Entity{Type: Title, Text: t, Holder: e.canon, Mentions: 1, Spans: d.titleSpan(t, out.Spans)})
			}
		}
		r.Entities = append(r.Entities, out)
	}
	r.Entities = append(r.Entities, titles...)
	seen := map[string]bool{}
	dates := d.dateEntities() // weeks and seasons too, not "tonight"
	for _, dm := range dates {
		if seen[dm.value] {
			continue
		}
		seen[dm.value] = true
		n := 0
		for _, x := range dates {
			if x.value == dm.value {
				n++
			}
		}
		ds, aliases := spans.date(dm.value, dm.text)
		r.Entities = append(r.Entities, Entity{Type: Date, Text: dm.text, Aliases: aliases, Value: dm.value, Mentions: n, Spans: ds})
	}
	// defined acronyms first: "OPEC" before an undefined "OPEC+"
	acrs := append([]acronymMention(nil), d.acronyms...)
	sort.SliceStable(acrs, func(i, j int) bool { return acrs[i].expansion != "" && acrs[j].expansion == "" })
	for _, a := range acrs {
		exp := a.expansion
		n := 0
		for i := d.bodyTok; i < len(d.toks); i++ {
			if strings.TrimSuffix(d.toks[i].text, ".") == strings.TrimSuffix(a.short, ".") {
				n++
			}
		}
		r.Entities = append(r.Entities, Entity{Type: Acronym, Text: a.short, Expansion: &exp, Mentions: n, Spans: spans.acronym(a.short)})
	}
	d.respellRecord(r) // spelling.go: "Asunción" as the article writes it
	d.toCodePoints(r)
	return r
}

// locateEvents gives each event the point of its location entity.
func (d *document) locateEvents(evs []Event) {
	var at map[string]*placeGeo // lower-case name or alias -> point
	for i := range evs {
		if evs[i].Location == "" {
			continue
		}
		if at == nil {
			at = map[string]*placeGeo{}
			for _, e := range d.ents {
				if e.typ != Location || e.geo == nil {
					continue
				}
				for _, n := range append([]string{e.canon}, e.aliases...) {
					if _, ok := at[strings.ToLower(n)]; !ok {
						at[strings.ToLower(n)] = e.geo
					}
				}
			}
		}
		if g := at[strings.ToLower(evs[i].Location)]; g != nil {
			lat, lon := g.lat, g.lon
			evs[i].Lat, evs[i].Lon = &lat, &lon
		}
	}
}
