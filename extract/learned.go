package extract

import (
	"strings"
	"unicode"

	"github.com/newswire/newswire/extract/ner"
)

// The learned pass asks the statistical tagger (extract/ner) what the
// capitalized names are, and merges its answer with the rules' by this
// policy (README, "Rules and the tagger"):
//
//   - a chunk a rule typed for a reason — a title, an honorific, a known
//     organization, the gazetteer, an organization or place cue word, a
//     given name, a person noun, a coordination — and an acronym's
//     definition stay the rules' (classify marks their tokens in d.ruled);
//   - a name the rules left untyped (a single word, an unknown run) takes
//     the tagger's PERSON, ORGANIZATION or LOCATION when the tagger finds
//     exactly that name with a margin of at least taggerMinScore (its MISC
//     leaves it untyped); a name no rule saw at all is added the same way;
//   - but not: an acronym or a word with capitals inside (VAT, MoU: the
//     acronym pass's), a hyphenated word, a nationality word, a cue word
//     alone (Ltd.), a month or weekday, one word of a longer name the rules
//     found (Kgalagadi after Kgalagadi Platinum), one word the document
//     also writes in lower case or, first in its sentence, never writes
//     capitalized elsewhere (unless the tagger is sure), a one-word PERSON
//     unless the tagger is sure (surnames resolve to their full name
//     anyway), a name whose last word is a cue of another type (Piedra
//     Falls is no organization);
//   - an untyped chunk that is the tagger's name after nationality words
//     takes the tagger's name ("Australian [Tom Halvorsen]": demonymBefore);
//   - a run the rules split into untyped words and a bare gazetteer place
//     is one organization when the tagger reads exactly that run as one
//     ("Manchester United": splitParts);
//   - an organization the rules typed by a cue word takes the tagger's
//     start when the tagger's organization ends where it does and the part
//     cut off is no name's beginning (trimOrg: "Shares of [Norvik &
//     Lund Co]");
//   - a person the rules found by a given name alone ("person-name") is
//     the tagger's organization or place when the tagger is sure
//     (taggerSurePersonName: "Boston Red Sox");
//   - a "X Y said" guess the rules only half believe is confirmed by the
//     tagger's PERSON or retyped by its ORGANIZATION ("Wood Mackenzie
//     said"); otherwise prose's recogniser still decides (ner.go);
//   - a bare gazetteer place (no cue) the tagger calls an organization next
//     to a score in a results table or list line ("Leicestershire 22
//     points , Somerset 4"), or in a table line when the tagger's margins
//     for organization over the document exceed those for place (votes),
//     is an organization, and so is every other
//     bare-gazetteer, tagger-typed or untyped mention of that name in the
//     document: a team named like its town stays a team two lines later.

// taggerMayType lists the classify rules that decide a chunk without a
// reason to type it (they split it or leave it untyped): the tagger may type
// the names inside. Every other rule's chunk is the rules' (classify marks
// its tokens in d.ruled), titles and honorifics included.
var taggerMayType = map[string]bool{"single-word": true, "split": true, "": true}

// taggerMinScore is the margin (in model units) under which the tagger's
// name is not used: chosen on the project's own article sets and CoNLL dev
// (README, "Rules and the tagger").
var taggerMinScore float32 = 3

// taggerSurePerson is the margin a one-word PERSON needs.
const taggerSurePerson = 12

// taggerSurePersonName is the margin at which the tagger's organization or
// place wins over the rules' person by a given name ("Boston Red Sox",
// "Jackson Hole").
var taggerSurePersonName float32 = 15

// taggerSureWord is the margin above which a one-word name is taken even
// where the document's other spellings doubt it.
const taggerSureWord = 10

// learned runs the tagger over the whole document and merges its names.
func (d *document) learned(lx *lexicon, m *ner.Model) {
	if len(d.sent) == 0 {
		return
	}
	segs := d.taggerSegments()
	sents := make([]ner.Sentence, len(segs))
	words := make([]string, len(d.toks))
	cls := make([]ner.Class, len(d.toks))
	for i := range d.toks {
		words[i] = d.toks[i].text
	}
	for si, s := range segs {
		lx.nerClasses(d.toks[s.t0:s.t1], cls[s.t0:s.t1])
		sents[si] = ner.Sentence{Words: words[s.t0:s.t1], Classes: cls[s.t0:s.t1]}
	}
	found := m.Tag(sents)
	if d.trace != nil {
		for _, s := range sents {
			d.trace("tagger segment %q", strings.Join(s.Words, " "))
		}
	}
	// an acronym's definition is the acronym pass's
	for _, a := range d.acronyms {
		if a.expansion != "" && !a.long.empty() {
			if d.ruled == nil {
				d.ruled = make([]bool, len(d.toks))
			}
			for k := a.long.t0; k < a.long.t1; k++ {
				d.ruled[k] = true
			}
		}
	}
	// which mention covers each token
	owner := make([]int, len(d.toks))
	for i := range owner {
		owner[i] = -1
	}
	for i, mm := range d.mentions {
		for k := mm.span.t0; k < mm.span.t1 && k < len(owner); k++ {
			if owner[k] < 0 || (d.mentions[owner[k]].typ == "" && mm.typ != "") {
				owner[k] = i
			}
		}
	}
	replaced := map[int]bool{}
	tableOrg := map[string]bool{}
	type vote struct {
		org, loc float32 // the tagger's margins for each type, summed
		table    bool    // an organization in a table or list line
	}
	votes := map[string]vote{}
	surePlace := map[string]string{} // names the sure tagger took from a given-name person
	var add []mention
	for _, f := range found {
		typ := nerType(f.Type)
		if f.Score < taggerMinScore {
			typ = ""
		}
		t0 := segs[f.Sent].t0 + f.Start
		sp := span{t0, segs[f.Sent].t0 + f.End}
		if d.trace != nil {
			d.trace("tagger found %q: %s %.1f", d.textOf(sp), f.Type, f.Score)
		}
		if typ != "" {
			if d.taggerSays == nil {
				d.taggerSays = map[span]string{}
			}
			d.taggerSays[sp] = typ
		}
		if t0 < d.bodyTok || (sp.t0 < d.dateline.t1 && sp.t1 > d.dateline.t0) || !d.toks[t0].word {
			continue
		}
		// the mentions under the tagger's name
		var under []int
		for k := sp.t0; k < sp.t1; k++ {
			if o := owner[k]; o >= 0 && (len(under) == 0 || under[len(under)-1] != o) {
				under = append(under, o)
			}
		}
		// the document's votes on a bare place or untyped name
		if len(under) == 1 {
			if mm := d.mentions[under[0]]; mm.span == sp && ((mm.typ == Location && mm.kind != "country" && (mm.rule == "gazetteer-place" || mm.rule == "split")) ||
				(mm.typ == "" && taggerMayType[mm.rule])) {
				v := votes[strings.ToLower(mm.text)]
				switch f.Type {
				case "ORG":
					v.org += f.Score
					v.table = v.table || (f.Table && !d.measureLine(sp.t0))
				case "LOC":
					v.loc += f.Score
				}
				votes[strings.ToLower(mm.text)] = v
			}
		}
		// one word alone is a person's only by a name the document gives in
		// full (resolve matches it) or when the tagger is sure
		if typ == Person && sp.t1-sp.t0 == 1 && f.Score < taggerSurePerson {
			typ = ""
		}
		if len(under) == 0 {
			if typ != "" && d.taggerName(lx, sp, typ, f.Score) && !d.ruledAny(sp) {
				add = append(add, d.taggerMention(sp, typ))
			}
			continue
		}
		if len(under) > 1 && typ == Organization && d.splitParts(under, sp) && d.taggerName(lx, sp, typ, f.Score) {
			// a run the rules split into untyped words and bare places the
			// tagger reads as one name ("Manchester United")
			for _, i := range under {
				replaced[i] = true
			}
			add = append(add, d.taggerMention(sp, typ))
			continue
		}
		if len(under) > 1 || typ == "" {
			continue // the rules cut it otherwise, or the tagger says MISC
		}
		i := under[0]
		mm := &d.mentions[i]
		switch {
		case mm.typ == "" && taggerMayType[mm.rule]:
			if (mm.span == sp || d.demonymBefore(lx, mm.span, sp)) && d.taggerName(lx, sp, typ, f.Score) && !d.ruledAny(sp) {
				replaced[i] = true
				add = append(add, d.taggerMention(sp, typ))
				if typ == Organization && f.Table && d.numberBeside(sp) {
					tableOrg[strings.ToLower(mm.text)] = true
				}
			}
		case mm.weak && mm.typ == Person && mm.span == sp:
			switch typ {
			case Person:
				mm.strong, mm.weak, mm.rule = true, false, mm.rule+"+tagger"
			case Organization:
				mm.typ, mm.weak, mm.name, mm.rule = Organization, false, nil, mm.rule+"+tagger"
			}
		case mm.rule == "organization-cue" && typ == Organization && d.trimOrg(lx, mm, sp):
			// "Shares of [Norvik & Lund Co]", "Denver-based
			// [Harbor Bancorp Inc.]": the tagger's start
		case mm.rule == "person-name" && mm.typ == Person && mm.span == sp && (typ == Organization || typ == Location) && f.Score >= taggerSurePersonName:
			// a given name first is no proof against a sure tagger
			mm.typ, mm.name, mm.strong, mm.rule = typ, nil, false, mm.rule+"+tagger"
			surePlace[mm.text] = typ
		case mm.typ == Location && mm.rule == "gazetteer-place" && mm.kind != "country" && typ == Organization && mm.span == sp &&
			f.Table && d.numberBeside(sp) && !d.measureLine(sp.t0):
			mm.typ, mm.canon, mm.kind, mm.rule = Organization, "", "", "gazetteer-place+tagger-table"
			tableOrg[strings.ToLower(mm.text)] = true
		}
		if d.trace != nil && (replaced[i] || strings.HasSuffix(mm.rule, "tagger") || strings.HasSuffix(mm.rule, "table")) {
			d.trace("tagger %q: %s (rules: %s)", d.textOf(sp), typ, mm.rule)
		}
	}
	// the same name elsewhere in the document is the same thing: where the
	// tagger was surer ("Sydney Sharks 4" after "Sydney Sharks 5")
	for i := range d.mentions {
		mm := &d.mentions[i]
		if typ, ok := surePlace[mm.text]; ok && mm.rule == "person-name" && mm.typ == Person {
			if d.trace != nil {
				d.trace("tagger %q: %s, as elsewhere in the document (rules: %s)", mm.text, typ, mm.rule)
			}
			mm.typ, mm.name, mm.strong, mm.rule = typ, nil, false, mm.rule+"+tagger-document"
		}
	}
	d.dropMentions(replaced)
	for _, mm := range add {
		if d.trace != nil {
			d.trace("tagger %q: %s (new)", mm.text, mm.typ)
		}
		d.mentions = append(d.mentions, mm)
	}
	// a name the tagger calls an organization in a table line, and surer
	// an organization than a place over the document ("BOSTON 69 65 .515",
	// "BOSTON AT OAKLAND")
	for k, v := range votes {
		if v.table && v.org > v.loc+taggerMinScore {
			tableOrg[k] = true
		}
	}
	// a team named like its town stays a team in the whole document: the
	// bare-gazetteer places, the tagger's places and the untyped words of
	// the same name
	if len(tableOrg) > 0 {
		for i := range d.mentions {
			mm := &d.mentions[i]
			if !tableOrg[strings.ToLower(mm.text)] {
				continue
			}
			if (mm.span.t0 < d.dateline.t1 && d.dateline.t0 < mm.span.t1) || d.datelineLike(lx, mm.span) {
				continue // the place the story is filed from
			}
			if (mm.typ == Location && mm.kind != "country" && (mm.rule == "gazetteer-place" || mm.rule == "split" || mm.rule == "tagger")) ||
				(mm.typ == "" && taggerMayType[mm.rule] && !d.ruledAny(mm.span)) {
				if d.trace != nil {
					d.trace("tagger %q: ORGANIZATION, as in a results table (rules: %s %s)", mm.text, mm.typ, mm.rule)
				}
				mm.typ, mm.canon, mm.kind, mm.name, mm.rule = Organization, "", "", nil, mm.rule+"+tagger-document"
			}
		}
	}
}

// trimOrg: an organization the rules found by a cue word that starts before
// the tagger's name of the same type (same end) starts where the tagger's
// does, when the name keeps the cue word and the part cut off holds a
// lower-case or hyphenated word and no cue word or name particle ("Shares
// of", "St. Louis-based"; not "Agency for the", "Energias do"). A cut at
// the end is never made: "National Bank of Poland" is one name.
func (d *document) trimOrg(lx *lexicon, mm *mention, sp span) bool {
	if !(mm.span.t0 <= sp.t0 && sp.t1 <= mm.span.t1) || mm.span == sp {
		return false
	}
	cue := false
	for k := sp.t0; k < sp.t1; k++ {
		_, end := lx.orgEnd[d.toks[k].lower]
		_, start := lx.orgStart[d.toks[k].lower]
		cue = cue || end || start
	}
	lowerIn := func(a, b int) bool {
		for k := a; k < b; k++ {
			if t := d.toks[k]; t.word && (!t.cap || strings.Contains(t.text, "-")) {
				return true
			}
		}
		return false
	}
	// the part cut off is no name's beginning: no cue word, no particle
	// ("Agency for the Cooperation of...", "Energias do Atlântico SGPS")
	for k := mm.span.t0; k < sp.t0; k++ {
		w := d.toks[k].lower
		_, end := lx.orgEnd[w]
		_, start := lx.orgStart[w]
		if end || start || lx.nameParticle[w] {
			return false
		}
	}
	// "Western and [Central Pacific Fisheries Commission]": a coordination
	// inside the name
	if sp.t0 == 0 {
		return false // the document's first token: nothing before it to trim
	}
	if w := d.toks[sp.t0-1].lower; w == "and" || w == "&" {
		return false
	}
	if !cue || sp.t1 != mm.span.t1 || !lowerIn(mm.span.t0, sp.t0) {
		return false
	}
	mm.span, mm.text, mm.rule = sp, d.textOf(sp), mm.rule+"+tagger"
	return true
}

// splitParts: the mentions under is exactly span sp, each a part of a
// chunk the rules split without a reason to type it (an untyped word or
// run, a gazetteer place found inside the chunk), no token ruled.
func (d *document) splitParts(under []int, sp span) bool {
	if d.mentions[under[0]].span.t0 != sp.t0 || d.mentions[under[len(under)-1]].span.t1 != sp.t1 || d.ruledAny(sp) {
		return false
	}
	place := false
	for k, i := range under {
		mm := d.mentions[i]
		if !taggerMayType[mm.rule] || (mm.typ != "" && !(mm.typ == Location && mm.rule == "split")) {
			return false
		}
		// the parts follow one another, none inside another (a hyphenated
		// word's place inside an untyped run is no part of a split)
		if k > 0 && mm.span.t0 < d.mentions[under[k-1]].span.t1 {
			return false
		}
		place = place || mm.typ == Location
	}
	return place
}

// demonymBefore: the chunk is the tagger's name after nationality words
// ("Australian [Tom Moody]").
func (d *document) demonymBefore(lx *lexicon, chunk, sp span) bool {
	if sp.t1 != chunk.t1 || sp.t0 <= chunk.t0 {
		return false
	}
	for k := chunk.t0; k < sp.t0; k++ {
		if _, ok := lx.demonyms[d.toks[k].lower]; !ok {
			return false
		}
	}
	return true
}

func nerType(t string) string {
	switch t {
	case "PER":
		return Person
	case "ORG":
		return Organization
	case "LOC":
		return Location
	}
	return ""
}

// taggerName: a name the tagger found may become a mention when it starts
// and ends with a capitalized word that is no stop word, month or weekday.
func (d *document) taggerName(lx *lexicon, sp span, typ string, score float32) bool {
	first, last := d.toks[sp.t0], d.toks[sp.t1-1]
	if !d.isCapWord(sp.t0) || !last.word || !(last.cap || last.upper) || lx.stop[first.text] || lx.stop[last.text] {
		return false
	}
	if lx.isMonth(last.lower) && sp.t1-sp.t0 == 1 {
		return false
	}
	if lx.isWeekday(first.lower) {
		return false
	}
	// one word of a longer name the rules found ("Kgalagadi" after
	// "Kgalagadi Platinum") is that name's short form, not a new name
	if sp.t1-sp.t0 == 1 && d.inLongerName(first.lower) {
		return false
	}
	if sp.t1-sp.t0 == 1 && score < taggerSureWord {
		// one word: a name only if the document never writes it in lower
		// case, and, first in its sentence, if it writes it capitalized
		// elsewhere
		if d.lowerElsewhere(first.lower) || (d.sentenceInitial(sp.t0) && !d.capElsewhere(sp.t0)) {
			return false
		}
	}
	// the tables' cue word at the end of the name has the last word:
	// "Piedra Falls" is no organization, "Kanto Holdings" no person
	if _, ok := lx.locEnd[last.lower]; ok && typ != Location {
		return false
	}
	if _, ok := lx.orgEnd[last.lower]; ok && typ == Person {
		return false
	}
	if sp.t1-sp.t0 == 1 && (first.hyphen || capitalsInside(first.text)) && !d.capsSentence(first.sent) {
		return false // "Japan-South", "MoU", "iPhone": the rules' and the acronym pass's
	}
	if n, _ := d.demonymAt(lx, sp.t0, sp.t1); n == sp.t1-sp.t0 {
		return false // a nationality word is no name: "French", "Sri Lankan" (the demonym guard, capitals.go)
	}
	if sp.t1-sp.t0 == 1 {
		// an acronym is the acronym pass's (an alias or a term: VAT, FTA),
		// unless the whole sentence is in capitals
		if first.upper && !d.capsSentence(first.sent) {
			return false
		}
		if _, ok := lx.orgEnd[first.lower]; ok {
			return false // "Ltd.", "Group": a cue word alone
		}
	}
	return true
}

func (d *document) taggerMention(sp span, typ string) mention {
	m := mention{typ: typ, span: sp, text: d.textOf(sp), rule: "tagger"}
	if typ == Person {
		m.name, m.strong = d.words(sp), true
	}
	return m
}

// capsSentence: the sentence's words are all in capitals (a headline).
func (d *document) capsSentence(si int) bool {
	s := d.sent[si]
	letters, upper := 0, 0
	for _, t := range d.toks[s.t0:s.t1] {
		if t.word && !isDigit(t.text[0]) {
			letters++
			if t.upper || (len(t.text) == 1 && t.cap) {
				upper++
			}
		}
	}
	return letters >= 3 && upper*10 >= letters*9
}

func (d *document) ruledAny(sp span) bool {
	if d.ruled == nil {
		return false
	}
	for k := sp.t0; k < sp.t1; k++ {
		if d.ruled[k] {
			return true
		}
	}
	return false
}

// numberBeside: a number right before or after the span ("Leicestershire
// 22 points", "Surrey 429-7").
func (d *document) numberBeside(sp span) bool {
	num := func(k int) bool { return k >= 0 && k < len(d.toks) && isDigit(d.toks[k].text[0]) }
	return num(sp.t0-1) || num(sp.t1)
}

// lowerElsewhere: the word occurs in lower case in the document.
func (d *document) lowerElsewhere(lower string) bool {
	if d.lowerWords == nil {
		d.lowerWords = map[string]bool{}
		for _, t := range d.toks {
			if t.word && !t.cap && !isDigit(t.text[0]) {
				d.lowerWords[t.lower] = true
			}
		}
	}
	return d.lowerWords[lower]
}

// capElsewhere: the word at k (first in its sentence) occurs capitalized,
// not first in its sentence, elsewhere in the document.
func (d *document) capElsewhere(k int) bool {
	if d.capMid == nil {
		d.capMid = map[string]bool{}
		for i, t := range d.toks {
			if t.cap && !d.sentenceInitial(i) {
				d.capMid[t.text] = true
			}
		}
	}
	return d.capMid[d.toks[k].text]
}

// taggerSegments are the tagger's sentences: the document's, cut at the
// line breaks next to a table line (a line with two or more numbers), since
// results tables and standings have no sentence punctuation.
func (d *document) taggerSegments() []span {
	var out []span
	for _, s := range d.sent {
		// the lines of the sentence
		var lines []span
		start := s.t0
		for k := s.t0 + 1; k < s.t1; k++ {
			if d.toks[k].para {
				lines = append(lines, span{start, k})
				start = k
			}
		}
		lines = append(lines, span{start, s.t1})
		table := make([]bool, len(lines))
		for i, l := range lines {
			nums := 0
			for k := l.t0; k < l.t1; k++ {
				if isDigit(d.toks[k].text[0]) {
					nums++
				}
			}
			table[i] = nums >= 2
		}
		cur := lines[0]
		for i := 1; i < len(lines); i++ {
			if table[i] || table[i-1] {
				out = append(out, cur)
				cur = lines[i]
			} else {
				cur.t1 = lines[i].t1
			}
		}
		out = append(out, cur)
	}
	// a list's rank ("1 .") is no sentence of its own: it goes with the
	// rest of its line ("1. Ato Boldon ( Trinidad ) 20.37"), and a table
	// line the sentence splitter cut at a decimal point ("BOSTON 69 65
	// .515 5") is one line
	merged := out[:0]
	for i := 0; i < len(out); i++ {
		sg := out[i]
		for i+1 < len(out) && out[i+1].t0 == sg.t1 && sg.t1 < len(d.toks) && !d.toks[sg.t1].para &&
			(d.rankOnly(sg) || d.tableRun(span{sg.t0, out[i+1].t1})) {
			sg.t1 = out[i+1].t1
			i++
		}
		merged = append(merged, sg)
	}
	return merged
}

// tableRun: the span reads as a table line: two or more numbers and at
// most two lower-case words.
func (d *document) tableRun(sp span) bool {
	nums, lower := 0, 0
	for k := sp.t0; k < sp.t1; k++ {
		t := d.toks[k]
		switch {
		case isDigit(t.text[0]):
			nums++
		case t.word && !t.cap && !t.upper:
			lower++
		}
	}
	return nums >= 2 && lower <= 2
}

// rankOnly: the span is a number and a full stop, a list's rank.
func (d *document) rankOnly(sp span) bool {
	return sp.t1-sp.t0 == 2 && isDigit(d.toks[sp.t0].text[0]) && d.toks[sp.t0+1].text == "."
}

// capitalsInside: a capital letter after the first rune ("MoU", "eBay").
func capitalsInside(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// inLongerName: the word is part of a multi-word organization or place the
// rules typed.
func (d *document) inLongerName(lower string) bool {
	if d.nameWords == nil {
		d.nameWords = map[string]bool{}
		for _, m := range d.mentions {
			if (m.typ == Organization || m.typ == Location) && m.span.t1-m.span.t0 > 1 && m.rule != "tagger" {
				for k := m.span.t0; k < m.span.t1; k++ {
					d.nameWords[d.toks[k].lower] = true
				}
			}
		}
	}
	return d.nameWords[lower]
}

// dropMentions removes the mentions at the indices marked, in place.
func (d *document) dropMentions(drop map[int]bool) {
	if len(drop) == 0 {
		return
	}
	kept := d.mentions[:0]
	for i, m := range d.mentions {
		if !drop[i] {
			kept = append(kept, m)
		}
	}
	d.mentions = kept
}
