package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// The morphology pass turns a frame's lemma into the surface forms the
// text uses: a verb's third person, past, participle and gerund, a noun's
// plural. Regular forms come from English spelling rules; the irregular
// ones (met, took, struck, sought) from irregular_verbs.tsv. No inflected
// form is ever listed by hand in the frames table, nor in the tables of
// words (word_classes.tsv, event_cues.tsv), whose lemma rows ("verb:beat",
// "noun:visit", "verb:lead:part") lemmaForms expands.

// formKind is a bit set: one surface form may be several forms ("met" is
// the past and the participle).
type formKind uint8

const (
	formBase   formKind = 1 << iota // meet: infinitive, present plural
	formThird                       // meets
	formPast                        // met
	formPart                        // met (participle: "has met", "was met")
	formGerund                      // meeting
	formNoun                        // meeting, summit
	formPlural                      // meetings, summits
)

// irregular is a verb's past and participle when they break the rules,
// and its present forms besides the base when those do (be: am, is, are;
// have: has).
type irregular struct{ past, part, third []string }

// irregularLemmas are the verbs of irregular_verbs.tsv of which w is a
// past, a participle or a present form ("met": meet; "left": leave),
// sorted: the one way back from an irregular form, for the pair
// reader's stems (verbStem) and the frame induction's lemmas (lemmasOf).
func irregularLemmas(w string, irr map[string]irregular) []string {
	var out []string
	for lemma, ir := range irr {
		if slices.Contains(ir.past, w) || slices.Contains(ir.part, w) || slices.Contains(ir.third, w) {
			out = append(out, lemma)
		}
	}
	sort.Strings(out) // the map's order is random
	return out
}

// irregularPast: w is the simple past of a verb of irregular_verbs.tsv
// ("spoke", "met", "flew"); with onlyPast, and no other form of it (not
// "met", whose participle is spelt the same).
func (lx *lexicon) irregularPast(w string, onlyPast bool) bool {
	for _, ir := range lx.irregular {
		if slices.Contains(ir.past, w) && (!onlyPast || !slices.Contains(ir.part, w)) {
			return true
		}
	}
	return false
}

// inflectVerb returns the surface forms of a verb lemma with their kinds.
// In a phrase ("hold talks", "take over") the first word is inflected.
func inflectVerb(lemma string, irr map[string]irregular) map[string]formKind {
	head, rest, _ := strings.Cut(lemma, " ")
	if rest != "" {
		rest = " " + rest
	}
	out := map[string]formKind{}
	add := func(w string, k formKind) { out[w+rest] |= k }
	add(head, formBase)
	ir, irreg := irr[head]
	if len(ir.third) > 0 {
		for _, p := range ir.third {
			add(p, formThird)
		}
	} else {
		add(thirdPerson(head), formThird)
	}
	for _, g := range gerunds(head) {
		add(g, formGerund)
	}
	if irreg {
		for _, p := range ir.past {
			add(p, formPast)
		}
		for _, p := range ir.part {
			add(p, formPart)
		}
	} else {
		for _, p := range pastForms(head) {
			add(p, formPast|formPart)
		}
	}
	return out
}

// verbFormNames and nounFormNames are the form filters of a lemma row
// ("verb:lead:part,past").
var (
	verbFormNames = map[string]formKind{"base": formBase, "third": formThird, "past": formPast, "part": formPart, "gerund": formGerund}
	nounFormNames = map[string]formKind{"sing": formNoun, "plural": formPlural}
)

// lemmaForms reads a table cell that names a lemma with its part of speech
// instead of a word: "verb:beat" stands for every form of the verb (beat,
// beats, beaten, beating), "noun:visit" for the noun and its plural
// (visit, visits), and a filter after a second colon keeps some forms only:
// "verb:lead:past,part" (led), "verb:be:third,past" (am, is, are, was,
// were). Forms come from inflectVerb (irregular_verbs.tsv) and inflectNoun;
// in a phrase the first word of a verb is inflected ("verb:call off":
// called off), the head of a noun. It returns the forms, sorted, and true,
// or false for a plain word (a cell not starting "verb:" or "noun:"), and an
// error for a lemma row it cannot read (an unknown form name, no lemma).
func lemmaForms(cell string, irr map[string]irregular) ([]string, bool, error) {
	pos, rest, ok := strings.Cut(cell, ":")
	if !ok || (pos != "verb" && pos != "noun") {
		return nil, false, nil
	}
	lemma, filter, _ := strings.Cut(rest, ":")
	lemma = strings.ToLower(strings.Join(strings.Fields(lemma), " "))
	if lemma == "" {
		return nil, true, fmt.Errorf("lemma row %q: no lemma after %s:", cell, pos)
	}
	names, forms := verbFormNames, map[string]formKind(nil)
	if pos == "verb" {
		forms = inflectVerb(lemma, irr)
	} else {
		names, forms = nounFormNames, inflectNoun(lemma)
	}
	keep := ^formKind(0)
	if filter != "" {
		keep = 0
		for _, f := range strings.Split(filter, ",") {
			k, ok := names[strings.TrimSpace(f)]
			if !ok {
				return nil, true, fmt.Errorf("lemma row %q: form %q of a %s: want %s", cell, strings.TrimSpace(f), pos, formNameList(names))
			}
			keep |= k
		}
	}
	var out []string
	for f, k := range forms {
		if k&keep != 0 {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out, true, nil
}

// formNameList lists a part of speech's form names for an error.
func formNameList(names map[string]formKind) string {
	var ns []string
	for n := range names {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return names[ns[i]] < names[ns[j]] })
	return strings.Join(ns, ", ")
}

// inflectNoun returns a noun lemma and its plural. In a phrase the head is
// the word before "of" ("memorandum of understanding"), else the last word
// ("phone call").
func inflectNoun(lemma string) map[string]formKind {
	out := map[string]formKind{lemma: formNoun}
	w := strings.Fields(lemma)
	h := len(w) - 1
	for i, x := range w {
		if x == "of" && i > 0 {
			h = i - 1
			break
		}
	}
	if strings.HasSuffix(w[h], "s") {
		return out // talks, negotiations: already plural
	}
	pl := append([]string(nil), w...)
	pl[h] = plural(w[h])
	out[strings.Join(pl, " ")] |= formPlural
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// sibilant: the ending that takes -es (kisses, boxes, reaches, pushes).
func sibilant(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

// consonantY: a word ending in a consonant and y (carry, ally).
func consonantY(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2])
}

func thirdPerson(w string) string {
	switch {
	case sibilant(w) || strings.HasSuffix(w, "o"):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func plural(w string) string {
	switch {
	case sibilant(w):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// syllables counts groups of vowels (y counts after a consonant).
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || (w[i] == 'y' && i > 0 && !isVowel(w[i-1]))
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// doubles: a one-syllable word ending consonant-vowel-consonant doubles its
// last letter before -ed and -ing (stop, plan); w, x and y never double.
func doubles(w string) bool {
	n := len(w)
	if n < 3 || syllables(w) != 1 {
		return false
	}
	a, b, c := w[n-3], w[n-2], w[n-1]
	return !isVowel(a) && isVowel(b) && !isVowel(c) && strings.IndexByte("wxy", c) < 0
}

// pastForms returns the regular past: both spellings for a final -el
// (travelled, traveled).
func pastForms(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w + "d"}
	case consonantY(w):
		return []string{w[:len(w)-1] + "ied"}
	case doubles(w):
		return []string{w + w[len(w)-1:] + "ed"}
	case strings.HasSuffix(w, "el") && syllables(w) > 1:
		return []string{w + "led", w + "ed"}
	}
	return []string{w + "ed"}
}

// gerunds returns the -ing form: both spellings for a final -el
// (travelling, traveling).
func gerunds(w string) []string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return []string{w[:len(w)-2] + "ying"}
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe") && len(w) > 2:
		return []string{w[:len(w)-1] + "ing"}
	case doubles(w):
		return []string{w + w[len(w)-1:] + "ing"}
	case strings.HasSuffix(w, "el") && syllables(w) > 1:
		return []string{w + "ling", w + "ing"}
	}
	return []string{w + "ing"}
}

// beForm is the form of a verb group that a form of "be" stands for when
// it is a trigger's head ("is in", "was due in"): the forms of "be" are
// not made by the spelling rules, so they are told here, in one place.
func beForm(w string) formKind {
	switch w {
	case "was", "were":
		return formPast
	case "been":
		return formPart
	case "being":
		return formGerund
	case "be":
		return formBase
	}
	return formThird
}

// thirdPersonForm reports whether the morphology (inflectVerb with
// irregular_verbs.tsv) makes w a verb's third person singular of some
// lemma ("builds", "watches"; not "class").
func (lx *lexicon) thirdPersonForm(w string) bool {
	for _, l := range lx.lemmasOf(w, "VBZ") {
		if inflectVerb(l, lx.irregular)[w]&formThird != 0 {
			return true
		}
	}
	return false
}
