package extract

// A visit's place told by a definite noun for a country ("arrived in the
// country on Saturday", "toured the nation", class polity; reading
// "definite-place") is the country of the dateline's city: a story filed
// from a country calls it "the country" whatever others it names. With no
// dateline, it is the last country the story named before it, or the
// country of the city it named last. A
// country that only qualifies a person's title ("Japan's Special Envoy
// X") is no place the story is in. ("the capital", "the city" are left alone:
// a visit to "the city" is as often a person's errand as the news.)

// definitePlace returns the country the definite noun at token k points
// back at, or "".
func (d *document) definitePlace(k int) string {
	if !d.lx.is(d.toks[k].lower, wcPolity) {
		return ""
	}
	if c := d.datelinePlace(); c != "" {
		if country := d.countryOfCity(c); country != "" {
			return country // "MOMBASA: ... arrived in the country": Kenya, whatever other countries the story names
		}
	}
	last := ""
	for _, m := range d.mentions {
		if m.span.t0 >= k {
			break
		}
		if m.typ != Location {
			continue
		}
		e := d.entityOf(m)
		switch {
		case e == nil:
		case m.kind == "country" && !d.inDateline(m.span.t0) && !d.titleQualifier(m):
			last = e.canon
		case m.kind == "city":
			if c := d.countryOfCity(e.canon); c != "" {
				last = c // "met X in Amman ... arrived in the country": Jordan
			}
		}
	}
	return last
}

// titleQualifier: the country mention m qualifies the title of a person
// named after it ("Japan's Special Envoy X", "U.S. President X").
func (d *document) titleQualifier(m mention) bool {
	k := m.span.t1
	if k < len(d.toks) && isPossessive(d.toks[k].text) {
		k++
	}
	if k >= len(d.toks) || !d.toks[k].cap || !d.titleStarts(k) {
		return false
	}
	for _, p := range d.mentionsIn(span{k, min(k+8, len(d.toks))}) {
		if p.typ == Person {
			return true
		}
	}
	return false
}
