package extract

// The lede's city (rule lede, scene.go ledeFallback). A story with no
// dateline says where its news happens in its first sentence: "Fisheries
// officials from three states began talks in Hobart on Tuesday ..."; the
// first city the sentence names after a locative (word class locative:
// "in", "at") is the story's city, as a dateline's would be. A country
// or region is no such city: the story's events may be anywhere in it.

// ledePlace returns the lede's sentence index and city, or "" when the
// body's first sentence names none after a locative. The lede's own events
// take no place from it: the own-place rules read that sentence already
// (a past occasion's town, a hometown in an aside, what a deal builds).
func (d *document) ledePlace() (int, string) {
	for si, s := range d.sent {
		if s.t0 < d.bodyTok {
			continue
		}
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			if m.typ != Location || !d.locative(m.span.t0) {
				continue
			}
			e := d.entityOf(m)
			if e == nil {
				continue
			}
			if m.kind == "city" || d.lx.cityState(e) {
				return si, e.canon
			}
		}
		return si, "" // the lede only
	}
	return -1, ""
}
