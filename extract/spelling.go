package extract

import (
	"strings"
	"unicode"
)

// The article's own spelling. The gazetteer and the organization table
// name a place once, often without its diacritics ("Asuncion", "Bogota",
// "Medellin") and keep the accented form as an alias; a wire that writes
// "Asunción" names the same city, and its record should say it as the
// wire did (the guidelines: an entity is given as the article gives it).
// So an entity whose table name differs from the article's writing of it
// only by diacritics is output as the article writes it — in the
// entity's text, in the events that name it as a place or a party and in
// their evidence — and the table's name becomes an alias. An article that
// writes both forms keeps the one it writes more often (the table's on a
// tie). An exonym or another name is no respelling: "Côte d'Ivoire" stays
// "Ivory Coast", "Kyiv" what the table makes of it. A dateline in
// capitals ("BOGOTÁ") gives its diacritics in the table name's case.

// ownSpellings maps the canonical name of every entity that the article
// spells otherwise (only in diacritics) to the article's spelling.
func (d *document) ownSpellings() map[string]string {
	// only an entity with diacritics in its name or in a mention of it can
	// be respelt: most stories have none, and cost nothing here
	var accented map[*entity]bool
	for _, e := range d.ents {
		if (e.typ == Location || e.typ == Organization) && !asciiOnly(e.canon) {
			if accented == nil {
				accented = map[*entity]bool{}
			}
			accented[e] = true
		}
	}
	for _, m := range d.mentions {
		if (m.typ == Location || m.typ == Organization) && !asciiOnly(m.text) {
			if e := d.entityOf(m); e != nil {
				if accented == nil {
					accented = map[*entity]bool{}
				}
				accented[e] = true
			}
		}
	}
	var out map[string]string
	for _, e := range d.ents {
		if !accented[e] {
			continue
		}
		key := accentKey(e.canon)
		counts := map[string]int{}
		var order []string
		for _, m := range d.mentions {
			if m.typ != e.typ || d.entityOf(m) != e {
				continue
			}
			s, ok := respell(m.text, e.canon, key)
			if !ok {
				continue
			}
			if counts[s] == 0 {
				order = append(order, s)
			}
			counts[s]++
		}
		best, n := e.canon, counts[e.canon]
		for _, s := range order {
			if s != e.canon && counts[s] > n {
				best, n = s, counts[s]
			}
		}
		if best != e.canon {
			if out == nil {
				out = map[string]string{}
			}
			out[e.canon] = best
		}
	}
	return out
}

// respell gives the surface form s of the name canon as the article spells
// it, in canon's letter case when s is written in capitals; ok is false
// when s is not canon up to diacritics and case.
func respell(s, canon, key string) (string, bool) {
	if accentKey(s) != key {
		return "", false
	}
	if s == canon {
		return s, true
	}
	if strings.ToUpper(s) != s {
		// "Asunción", never "Uefa" for "UEFA": only diacritics differ
		return s, foldAccents(s) == foldAccents(canon)
	}
	// "BOGOTÁ" for "Bogota": the article's letters, the name's case
	sr, cr := []rune(s), []rune(canon)
	if len(sr) != len(cr) {
		return "", false
	}
	for i, c := range cr {
		if unicode.IsLower(c) {
			sr[i] = unicode.ToLower(sr[i])
		}
	}
	out := string(sr)
	return out, foldAccents(out) == foldAccents(canon)
}

// accentKey folds case and diacritics: two names with the same key differ
// only in them.
func accentKey(s string) string {
	return strings.ToLower(foldAccents(s))
}

// respellRecord writes the article's spellings into the record's entities
// and events (build calls it once the events are placed).
func (d *document) respellRecord(r *Record) {
	sp := d.ownSpellings()
	if len(sp) == 0 {
		return
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		s, ok := sp[e.Text]
		if !ok || (e.Type != Location && e.Type != Organization) {
			continue
		}
		aliases := []string{e.Text}
		for _, a := range e.Aliases {
			if a != s {
				aliases = append(aliases, a)
			}
		}
		e.Text, e.Aliases = s, aliases
	}
	for i := range r.Events {
		ev := &r.Events[i]
		if s, ok := sp[ev.Location]; ok {
			if len(ev.Explain) > 0 {
				ev.Explain = append(ev.Explain, "place "+s+" as the article spells "+ev.Location)
			}
			ev.Location = s
		}
		for j := range ev.PlaceCandidates {
			if s, ok := sp[ev.PlaceCandidates[j].Place]; ok {
				ev.PlaceCandidates[j].Place = s // place_rank.go
			}
		}
		for j := range ev.Participants {
			p := &ev.Participants[j]
			if s, ok := sp[p.Name]; ok && p.Type != Person {
				if len(ev.Explain) > 0 {
					ev.Explain = append(ev.Explain, "participant "+s+" as the article spells "+p.Name)
				}
				p.Name = s
			}
		}
		for j := range ev.Evidence {
			x := &ev.Evidence[j]
			if s, ok := sp[x.Location]; ok {
				x.Location = s
			}
			for k, n := range x.Participants {
				if s, ok := sp[n]; ok {
					x.Participants[k] = s
				}
			}
		}
	}
}
