package extract

import (
	"strings"

	"github.com/newswire/newswire/extract/ner"
)

// The learned pass asks the statistical tagger (extract/ner) what the
// capitalized names are, and merges its answer with the rules' by this
// policy (README, "Rules and the tagger"):
//
//   - a mention a cue typed — a title, an honorific, a known organization,
//     an organization or place cue word, a given name, a person noun, an
//     acronym's expansion — keeps its type: the rules win where they have a
//     reason;
//   - a name the rules left untyped (a single word, an unknown run, a
//     hyphenated word) takes the tagger's PERSON, ORGANIZATION or LOCATION
//     (its MISC leaves it untyped); a run the tagger cuts into several names
//     ("Red Star Belgrade") becomes those names;
//   - a "X Y said" guess the rules only half believe is confirmed by the
//     tagger's PERSON or retyped by its ORGANIZATION ("Wood Mackenzie
//     said"); otherwise prose's recogniser still decides (ner.go);
//   - a bare gazetteer place (no cue) the tagger calls an organization in a
//     results table or list line ("Leicestershire 22 Somerset 4") is an
//     organization there, and so is every other bare-gazetteer mention of
//     the same name in the document (a team named like its town stays a
//     team two lines later);
//   - a name no rule saw becomes the tagger's type.

// taggerMayType lists the classify rules that decide a chunk without a
// reason to type it (they split it or leave it untyped): the tagger may type
// the names inside. Every other rule's chunk is the rules' (classify marks
// its tokens in d.ruled), titles and honorifics included.
var taggerMayType = map[string]bool{"single-word": true, "split": true, "coordination": true, "": true}

// taggerMinScore is the margin (in model units) under which the tagger's
// name is not used: chosen on the project's own article sets and CoNLL dev
// (README, "Rules and the tagger").
var taggerMinScore float32 = 3

// taggerSurePerson is the margin a one-word PERSON needs.
const taggerSurePerson = 10

// learned runs the tagger over the whole document and merges its names.
func (d *document) learned(lx *lexicon, m *ner.Model) {
	if len(d.sent) == 0 {
		return
	}
	sents := make([]ner.Sentence, len(d.sent))
	for si, s := range d.sent {
		toks := d.toks[s.t0:s.t1]
		words := make([]string, len(toks))
		for i := range toks {
			words[i] = toks[i].text
		}
		cls := make([]ner.Class, len(toks))
		lx.nerClasses(toks, cls)
		sents[si] = ner.Sentence{Words: words, Classes: cls}
	}
	found := m.Tag(sents)
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
	var add []mention
	for _, f := range found {
		typ := nerType(f.Type)
		if f.Score < taggerMinScore {
			typ = ""
		}
		t0 := d.sent[f.Sent].t0 + f.Start
		sp := span{t0, d.sent[f.Sent].t0 + f.End}
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
		// one word alone is a person's only by a name the document gives in
		// full (resolve matches it) or when the tagger is sure
		if typ == Person && sp.t1-sp.t0 == 1 && f.Score < taggerSurePerson {
			typ = ""
		}
		if len(under) == 0 {
			if typ != "" && d.taggerName(lx, sp) && !d.ruledAny(sp) {
				add = append(add, d.taggerMention(sp, typ))
			}
			continue
		}
		if len(under) > 1 || typ == "" {
			continue // the rules cut it otherwise, or the tagger says MISC
		}
		i := under[0]
		mm := &d.mentions[i]
		switch {
		case mm.typ == "" && taggerMayType[mm.rule]:
			if mm.span == sp && d.taggerName(lx, sp) && !d.ruledAny(sp) {
				replaced[i] = true
				add = append(add, d.taggerMention(sp, typ))
			}
		case mm.weak && mm.typ == Person && mm.span == sp:
			switch typ {
			case Person:
				mm.strong, mm.weak, mm.rule = true, false, mm.rule+"+tagger"
			case Organization:
				mm.typ, mm.weak, mm.name, mm.rule = Organization, false, nil, mm.rule+"+tagger"
			}
		case mm.typ == Location && mm.rule == "gazetteer-place" && typ == Organization && f.Table && mm.span == sp:
			mm.typ, mm.canon, mm.kind, mm.rule = Organization, "", "", "gazetteer-place+tagger-table"
			tableOrg[strings.ToLower(mm.text)] = true
		}
		if d.trace != nil && (replaced[i] || strings.HasSuffix(mm.rule, "tagger") || strings.HasSuffix(mm.rule, "table")) {
			d.trace("tagger %q: %s (rules: %s)", d.textOf(sp), typ, mm.rule)
		}
	}
	// a team named like its town stays a team in the whole document
	if len(tableOrg) > 0 {
		for i := range d.mentions {
			mm := &d.mentions[i]
			if mm.typ == Location && mm.rule == "gazetteer-place" && tableOrg[strings.ToLower(mm.text)] {
				mm.typ, mm.canon, mm.kind, mm.rule = Organization, "", "", "gazetteer-place+tagger-document"
			}
		}
	}
	if len(replaced) > 0 {
		kept := d.mentions[:0]
		for i, mm := range d.mentions {
			if !replaced[i] {
				kept = append(kept, mm)
			}
		}
		d.mentions = kept
	}
	for _, mm := range add {
		if d.trace != nil {
			d.trace("tagger %q: %s (new)", mm.text, mm.typ)
		}
		d.mentions = append(d.mentions, mm)
	}
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
func (d *document) taggerName(lx *lexicon, sp span) bool {
	first, last := d.toks[sp.t0], d.toks[sp.t1-1]
	if !d.isCapWord(sp.t0) || !last.word || !(last.cap || last.upper) || lx.stop[first.text] || lx.stop[last.text] {
		return false
	}
	if _, ok := months[last.lower]; ok && sp.t1-sp.t0 == 1 {
		return false
	}
	if _, ok := weekdays[first.lower]; ok {
		return false
	}
	if sp.t1-sp.t0 == 1 {
		// an acronym is the acronym pass's (an alias or a term: VAT, FTA),
		// unless the whole sentence is in capitals; a nationality word is
		// no name
		if first.upper && !d.capsSentence(first.sent) {
			return false
		}
		if _, ok := lx.demonyms[first.lower]; ok {
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
