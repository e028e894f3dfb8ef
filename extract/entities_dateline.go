package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleDatelinePlace (classify rule "dateline-place"): the name a dateline
// opens with is the place the story is filed from, even when the
// gazetteer does not know it ("MARADOU, Niger, Feb. 12 (Agency) --",
// "KIRKBRIDE, England, March 19 --", "WARRIGAL HEADS, April 16 --"): a
// town too small for the gazetteer is still a place, never the
// organization or person a tagger reads in a line of capitals. The header
// pass (dateline.go) found the dateline by its form; the name must open it
// and be followed by a comma and a place the gazetteer knows, a month or an
// abbreviated state ("HELENA, Mont., Oct. 8"): a
// line of capitals before a dash is a topic heading as often as a place
// (on the CoNLL dev set, "SOCCER -" lines). Known places are the gazetteer's (an
// earlier rule); a name a table knows as something else keeps it.
func (d *document) ruleDatelinePlace(_ *lexicon, c span, _ map[int]bool, _ int) bool {
	if d.dateline.empty() || c.t0 != d.dateline.t0 || c.t1 >= d.dateline.t1 {
		return false
	}
	if d.toks[c.t1].text != "," || c.t1+1 >= d.dateline.t1 {
		return false
	}
	// a comma, then a place the gazetteer knows or the date: "MARADOU,
	// Niger", "WARRIGAL HEADS, April 16"; a line of capitals before a
	// dash ("SOCCER - JAPAN GET LUCKY WIN") is a topic heading as often
	// as a place
	next := d.toks[c.t1+1]
	// "HELENA, Mont.,": a short capitalized abbreviation, its full stop
	// kept on the word or split off
	stateAbbr := next.cap && len(next.text) <= 6 && !d.lx.isMonth(strings.TrimSuffix(next.lower, ".")) &&
		(strings.HasSuffix(next.text, ".") || c.t1+2 < d.dateline.t1 && d.toks[c.t1+2].text == ".")
	if n, _ := d.lx.locs.longest(d.toks, c.t1+1, d.dateline.t1); n == 0 && !d.lx.isMonth(next.lower) && !stateAbbr {
		return false
	}
	text := d.textOf(c)
	d.mentions = append(d.mentions, mention{typ: Location, span: c, text: text, canon: capsToTitle(text), kind: "city"})
	return true
}

// capsToTitle writes a name set in capitals the way the story's prose
// would ("WARRIGAL HEADS" is Warrigal Heads); other names stay as written.
func capsToTitle(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// datelineNamesakes: the story's later mentions of the dateline's own
// place by the same name ("HELENA, Mont. -- ... met executives in Helena")
// are that place, when only an untyped-chunk rule or the learned tagger
// typed them (a given name, an unknown word): a story names the town it is
// filed from again, rarely a person or company of the same name. Mentions
// a table or a name rule typed keep their type.
func (d *document) datelineNamesakes() {
	var place *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ == Location && m.rule == "dateline-place" {
			place = m
			break
		}
	}
	if place == nil {
		return
	}
	name := strings.ToLower(place.text)
	for i := range d.mentions {
		m := &d.mentions[i]
		if m == place || m.span.t0 < d.dateline.t1 || strings.ToLower(m.text) != name {
			continue
		}
		switch strings.TrimSuffix(m.rule, "+tagger") {
		case "single-word", "split", "tagger", "":
			d.tracef("dateline namesake %q: place %q", m.text, place.canon)
			m.typ, m.canon, m.kind, m.rule = Location, place.canon, place.kind, "dateline-place"
		}
	}
}

// ruleDatelineOutlet (classify rule "dateline-outlet"): a name in brackets
// inside the dateline is the outlet or agency that filed the story
// ("MARADOU, Niger, Feb. 12 (Sahel Report) --", "PARIS (Le Courrier) --"),
// an organization, never a place its first word may name ("Sahel") nor a
// person.
func (d *document) ruleDatelineOutlet(_ *lexicon, c span, _ map[int]bool, _ int) bool {
	if d.dateline.empty() || c.t0 <= d.dateline.t0 || c.t1 >= d.dateline.t1 ||
		d.toks[c.t0-1].text != "(" || d.toks[c.t1].text != ")" {
		return false
	}
	d.mentions = append(d.mentions, mention{typ: Organization, span: c, text: d.textOf(c), kind: "media"})
	return true
}
