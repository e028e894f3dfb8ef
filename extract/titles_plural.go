package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A portfolio title in the plural stands before the names of all who hold
// it: "the energy ministers Ana Paz and Rui Costa", "Defence
// Ministers X and Y". Each person holds the title in the singular
// ("energy minister"); the plural is never a title of its own.

// pluralHead: token k is the plural of a one-word head or office of
// titles.tsv ("ministers", "governors", "envoys") and two names
// joined by "and" follow it at once, the first a full name with no
// organization's word in it: a plural title is read only before
// the names it belongs to, never in an appositive ("the two ministers,"),
// alone ("the governors and the press") or ending a name ("Harlow
// Partners Ltd", "the Regional Mayors Association").
func (d *document) pluralHead(lx *lexicon, k int) bool {
	toks := d.toks
	if k+1 >= len(toks) || !d.isCapWord(k+1) || toks[k+1].sent != toks[k].sent {
		return false
	}
	e := k + 1
	for e < len(toks) && toks[e].sent == toks[k].sent && (d.isCapWord(e) || e > k+1 && d.lx.nameParticle[toks[e].lower]) {
		if _, ok := lx.orgEnd[toks[e].lower]; ok {
			return false // "the Regional Mayors Association and ..."
		}
		e++
	}
	if e-(k+1) < 2 {
		return false // a full name, given name and surname
	}
	if e+1 >= len(toks) || toks[e].lower != "and" || !d.isCapWord(e+1) || toks[e+1].sent != toks[k].sent {
		return false
	}
	_, ok := lx.singularHead(toks[k].lower)
	return ok
}

// singularHead returns the singular of a plural one-word title head or
// office ("ministers" → "minister", "governors" → "governor"): only the
// plural in -s (pluralPersonWord's reading without -ies), whose singular
// is written inside it, since the TITLE's span reads the singular there
// (spans.go titleSpan), where "secretaries" holds no "secretary".
func (lx *lexicon) singularHead(l string) (string, bool) {
	if strings.HasSuffix(l, "ss") {
		return "", false // "press", "boss"
	}
	return lx.singularOf(l, false, func(stem string) bool {
		c := lx.titles.next[stem]
		return c != nil && c.kinds&(1<<titleHead|1<<titleOffice) != 0
	})
}

// titleText is the text of the title span ts with a plural head put in the
// singular ("Energy Ministers" → "Energy Minister"); plural reports whether
// it was. A word that opens a row of titles.tsv is never read as a plural
// ("sales", "affairs").
func (d *document) titleText(ts span) (text string, plural bool) {
	text = d.textOf(ts)
	for j := ts.t0; j < ts.t1; j++ {
		if d.lx.titles.next[d.toks[j].lower] != nil {
			continue
		}
		sing, ok := d.lx.singularHead(d.toks[j].lower)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.toks[j].text); unicode.IsUpper(r) {
			f, n := utf8.DecodeRuneInString(sing)
			sing = string(unicode.ToUpper(f)) + sing[n:]
		}
		base := d.toks[ts.t0].start
		return text[:d.toks[j].start-base] + sing + text[d.toks[j].end-base:], true
	}
	return text, false
}

// sharedPluralTitle: the name at token at follows "and" and a name that a
// plural title stands before ("energy ministers Ana Paz and Rui Costa"):
// it returns the title the first name's mention recorded, in the
// singular, which this name holds too.
func (d *document) sharedPluralTitle(lx *lexicon, at int) (string, bool) {
	toks := d.toks
	if at < 3 || toks[at-1].lower != "and" {
		return "", false
	}
	j := at - 1
	for j > 0 && d.isCapWord(j-1) && toks[j-1].sent == toks[at].sent && !d.pluralHead(lx, j-1) {
		j--
	}
	if j == at-1 || j == 0 || !d.pluralHead(lx, j-1) {
		return "", false
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.typ == Person && m.span.t0 == j && m.pluralTitle && len(m.titles) > 0 {
			return m.titles[0], true
		}
	}
	return "", false
}

// givePluralTitle: the person mention m, whose name ends at token end,
// holds a title read in the plural ("Vestby County Commissioners Eirik
// Dahl and ..."); a person named right after "and" that was typed before
// it holds the same title (sharedPluralTitle reads the other order), and
// so is a person, whatever a tagger reads.
func (d *document) givePluralTitle(m mention, end int) {
	if !m.pluralTitle || len(m.titles) == 0 || end+1 >= len(d.toks) || d.toks[end].lower != "and" {
		return
	}
	for i := range d.mentions {
		o := &d.mentions[i]
		if o.typ != Person || o.span.t0 != end+1 || len(o.titles) > 0 && o.titles[0] != m.titles[0] {
			continue
		}
		if len(o.titles) == 0 {
			o.titles = append(o.titles, m.titles[0])
		}
		o.pluralTitle, o.strong, o.weak, o.rule = true, true, false, "title" // a title says it is a person
	}
}
