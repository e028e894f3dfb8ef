package extract

import (
	"strings"

	"github.com/newswire/newswire/extract/ner"
)

// nerClasses gives each token of a sentence the rule-table classes the
// learned tagger reads as features (extract/ner.Class): gazetteer matches
// (longest first), given names, cue words, titles. out has len(toks).
func (lx *lexicon) nerClasses(toks []token, out []ner.Class) {
	clear(out)
	n := len(toks)
	mark := func(t *trie, b, in ner.Class, extra func(v int) ner.Class) {
		for i := 0; i < n; {
			k, v := t.longest(toks, i, n)
			if k == 0 {
				i++
				continue
			}
			var x ner.Class
			if extra != nil {
				x = extra(v)
			}
			out[i] |= b | x
			for j := i + 1; j < i+k; j++ {
				out[j] |= in | x
			}
			i += k
		}
	}
	mark(lx.locs, ner.LocB, ner.LocI, func(v int) ner.Class {
		var c ner.Class
		if lx.places[v].kind == "country" {
			c |= ner.Country
		}
		if lx.places[v].amb {
			c |= ner.AmbiguousPlace
		}
		return c
	})
	mark(lx.orgs, ner.OrgB, ner.OrgB|ner.OrgI, nil)
	mark(lx.titles, ner.Title, ner.Title, nil)
	mark(lx.orgContext, ner.OrgContext, ner.OrgContext, nil)
	for i := range toks {
		t := &toks[i]
		name := t.text
		if t.upper {
			name = strings.ToUpper(name[:1]) + strings.ToLower(name[1:])
		}
		if lx.isGiven(name) {
			out[i] |= ner.Given
		}
		if lx.familyKey[name] {
			out[i] |= ner.FamilyFirst
		}
		if _, ok := lx.orgEnd[t.lower]; ok {
			out[i] |= ner.OrgEnd
		}
		if _, ok := lx.orgStart[t.lower]; ok {
			out[i] |= ner.OrgStart
		}
		if _, ok := lx.locEnd[t.lower]; ok {
			out[i] |= ner.LocCue
		}
		if lx.honorific[strings.TrimSuffix(name, ".")] {
			out[i] |= ner.Honorific
		}
		if _, ok := lx.demonyms[t.lower]; ok {
			out[i] |= ner.Demonym
		}
		if lx.stop[name] || lx.stop[t.text] {
			out[i] |= ner.Stop
		}
		if lx.personNoun[t.lower] {
			out[i] |= ner.PersonNoun
		}
	}
}

// TaggerClasses loads the rule tables (the embedded ones and those of dir,
// which may be "") and returns the function that gives the words of a
// sentence their table classes, as the extractor gives them to the learned
// tagger. It is for the tagger's training command (extract/ner/train).
func TaggerClasses(dir string) (func(words []string) []ner.Class, error) {
	lx, err := loadLexicon(dir)
	if err != nil {
		return nil, err
	}
	return func(words []string) []ner.Class {
		toks := make([]token, len(words))
		for i, w := range words {
			toks[i] = newToken(w, 0, len(w), false)
		}
		out := make([]ner.Class, len(words))
		lx.nerClasses(toks, out)
		return out
	}, nil
}
