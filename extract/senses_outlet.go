package extract

import "strings"

// The outlet sense: a news outlet spoken to is the press, not a party met
// ("spoke to Reuters", "talked to CNN", "spoke with the New York Times",
// "She spoke to the Arctic Review in Tromsø": an interview). An outlet is
// a named organization of class media (organizations.tsv, or a media cue
// of org_cues.tsv: Times, Post, Wire...) or the article's own source, the
// envelope's "source" (an outlet quoting its own interview). Meeting a
// person of an outlet ("met CNN's Ana Soto") or a company of a media group
// in a deal is not touched: only the noun phrase a meeting verb speaks to.

// outletObject: the object o read after a meeting verb is a news outlet.
func (d *document) outletObject(o object) bool {
	if o.kind != objNamed {
		return false
	}
	for _, m := range d.mentionsIn(span{o.t0, o.t0 + 1}) {
		if m.typ != Organization || m.span.t0 != o.t0 {
			continue
		}
		e := d.entityOf(m)
		if e == nil {
			continue
		}
		if e.kind == "media" || d.source != "" && sameOutlet(e, d.source) {
			return true
		}
	}
	return false
}

// sameOutlet: the entity names the outlet called source, up to case and a
// leading "The".
func sameOutlet(e *entity, source string) bool {
	key := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.TrimPrefix(s, "the ")
	}
	src := key(source)
	if key(e.canon) == src {
		return true
	}
	for _, a := range e.aliases {
		if key(a) == src {
			return true
		}
	}
	return false
}
