package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleAcronymDefined (classify rule "acronym-defined"): a name in another
// language, with a lower-case name particle inside it (do, de, la, des,
// del, van: chunk_words.tsv), that no earlier rule typed and that is told
// with its own acronym in brackets right after it, is an organization:
// "Transportes do Sul (TDS)", "Banco de la Provincia (BDP)", "Compagnie
// des Ports (CDP)". English news defines an acronym beside such a name for
// the companies and bodies of other countries whose cue word ("Banco",
// "Compagnie") no English table holds; persons and places are typed by the
// rules before this one ("Rio de Janeiro" is the gazetteer's). Without the
// particle the rule does not fire: an English name defined by its acronym
// is as often a product, a technology or a trade show ("Solid Oxide Fuel
// Cell (SOFC)": on the BBC speed corpus about half of 68 such names were
// no organization). The acronym's
// letters must be the name's (the acronyms pass matched them:
// acronyms.go), so a bracketed ticker or abbreviation of something else
// changes nothing.
func (d *document) ruleAcronymDefined(lx *lexicon, c span, acr map[int]bool, depth int) bool {
	if c.t1-c.t0 < 2 || c.t1+2 >= len(d.toks) || d.toks[c.t1].text != "(" || d.toks[c.t1+2].text != ")" {
		return false
	}
	name := c
	lead := false
	if t := d.toks[c.t0]; t.hyphen {
		// "State-owned Petróleos do Leste (PdL)", "Lisbon-based
		// ...": a word of chunk_words.tsv's place-suffix class leads
		if _, suffix, _ := cutLast(t.lower, "-"); d.lx.placeSuffix[suffix] {
			name.t0++
			lead = true
		}
	}
	if name.t1-name.t0 < 2 {
		return false
	}
	particle := false
	for k := name.t0 + 1; k < name.t1-1; k++ {
		if !d.toks[k].cap && d.lx.nameParticle[d.toks[k].lower] {
			particle = true
		}
	}
	if !particle || !d.definedBy(name, c.t1+1) {
		return false
	}
	if lead {
		d.hyphenParts(lx, c.t0) // "Lisbon-based": the place
	}
	d.mentions = append(d.mentions, mention{typ: Organization, span: name, text: d.textOf(name), rule: "acronym-defined"})
	return true
}

// definedBy: the token at k is the acronym of the name: the acronyms pass
// matched them (acronyms.go), or its letters are the initials of the
// name's words, particles too, in any case ("Petróleos do Leste
// (PdL)": a mixed-case initialism the acronym shape does not take).
func (d *document) definedBy(name span, k int) bool {
	for _, am := range d.acronyms {
		if am.tok == k && am.long == name {
			return true
		}
	}
	short := d.toks[k].text
	upper := 0
	for _, r := range short {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper < 2 {
		return false
	}
	var initials []rune
	for j := name.t0; j < name.t1; j++ {
		if t := d.toks[j]; t.word {
			r, _ := utf8.DecodeRuneInString(t.text)
			initials = append(initials, unicode.ToLower(r))
		}
	}
	return string(initials) == strings.ToLower(short)
}

// tradeWordsJoined: "and" at token k joins two company trade words at the
// end of one name, "Ironhorse Oil and Gas", "Tarrant Heating and Plumbing"
// style: the word after "and" ends the chunk alone and, like the word
// before "and", ends a company's name (org_cues.tsv, class company). A
// bare trade word names nothing alone, so the chunk is one company, not
// "Ironhorse Oil" and "Gas"; "Shell and BP", "Toyota Motors and Nissan
// Motors" stay two.
func (d *document) tradeWordsJoined(lx *lexicon, k int, c span) bool {
	if d.toks[k].lower != "and" || k+2 != c.t1 || k-c.t0 < 2 {
		return false
	}
	before, ok1 := lx.orgEnd[d.toks[k-1].lower]
	after, ok2 := lx.orgEnd[d.toks[k+1].lower]
	return ok1 && ok2 && before == "company" && after == "company"
}

// basedOrg: the name right after a leading place word ("Bengaluru-based
// Suryavayu Power", "Oslo-listed Tarn Holdings"; chunk_words.tsv flag
// lead-org) that no rule typed, taken whole, is an organization: a
// place-based, listed or headquartered name is a company or body, while a
// person is typed by the name rules before (a given name) and a trade word
// or cue is typed already; "Tunisian-born X" (flag lead) is a person's.
// Mentions from n on are the name's. On the BBC speed corpus it typed 16
// names, 12 of them right (Amazon five times; a product, a financial
// instrument and two persons with a nationality before the name wrong).
func (d *document) basedOrg(n int, rest span) {
	for i := n; i < len(d.mentions); i++ {
		if m := &d.mentions[i]; m.typ == "" && m.span == rest {
			m.typ, m.rule = Organization, "place-based"
		}
	}
}

// ruleCommonNoun (classify rule "common-noun"): a capitalized common noun
// standing alone (word class commoncap: "the State", "lead a State
// delegation", "the State's industries minister") is no name: Indian and
// some US styles capitalise the word for a state standing alone, where no
// tagger should read a place or an organization. The rule takes the chunk
// and adds nothing; inside a longer name the word stays ("State
// Department", "Secretary of State", "Islamic State").
func (d *document) ruleCommonNoun(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	return c.t1-c.t0 == 1 && lx.is(d.toks[c.t0].lower, wcCommonCap)
}

// capModifier: token k is a capitalized modifier inside a noun phrase
// that names no one: a common noun capitalised alone (class commoncap,
// "a State delegation") or a nationality ("a Chinese trade delegation").
func (d *document) capModifier(k int) bool {
	t := d.toks[k]
	if !t.cap {
		return false
	}
	if d.lx.is(t.lower, wcCommonCap) {
		return true
	}
	_, ok := d.lx.demonyms[t.lower]
	return ok
}

// bodyAndName: "Police and Kirkbride Borough Council": the one word before
// "and" (token w) is itself an organization word of class government, a
// body the story names by that word alone (Police, Army, Parliament), and
// the part after "and"
// is a name of its own, two words or more before its own organization
// word; so the chunk is two parties, not one name like "Food and Drug
// Administration" (whose first word names nothing alone) or "Police and
// Crime Commissioner" (one word before its organization word).
func (d *document) bodyAndName(lx *lexicon, w, k int, c span) bool {
	if cls := lx.orgEnd[d.toks[w].lower]; cls != "government" {
		return false // "Oil and Natural Gas Corporation": a trade word names no body alone
	}
	return c.t1-(k+1) >= 3
}
