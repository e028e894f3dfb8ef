package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// handInflections finds the rows of a table that list by hand forms the
// morphology makes: a plain row that a lemma row of its class yields
// ("beats" beside "verb:beat"), and two or more plain rows of one class
// that are forms of one lemma ("beat" and "beats", "told" and "tells",
// "delegation" and "delegations"): those should be one lemma row, with a
// filter when the class takes some forms only ("verb:tell:third,past").
// A class may hold one form of a lemma as a plain row ("wrote"). classCols
// are the columns that make a row's class (none: the whole table is one
// class; date_words.tsv: its classes and its value). Lemma rows that
// cannot be read are reported too.
func handInflections(rows []row, classCols []int, irr map[string]irregular) []string {
	plain := map[string]map[string]row{}        // class -> word -> row
	fromLemma := map[string]map[string]string{} // class -> form -> lemma row
	var out []string
	for _, r := range rows {
		var cs []string
		for _, c := range classCols {
			cs = append(cs, r.col(c))
		}
		class := strings.Join(cs, " ")
		forms, lemma, err := lemmaForms(r.col(0), irr)
		if err != nil {
			out = append(out, fmt.Sprintf("%s line %d: %v", r.file, r.line, err))
			continue
		}
		if !lemma {
			if plain[class] == nil {
				plain[class] = map[string]row{}
			}
			plain[class][strings.ToLower(r.col(0))] = r
			continue
		}
		if fromLemma[class] == nil {
			fromLemma[class] = map[string]string{}
		}
		for _, f := range forms {
			fromLemma[class][f] = r.col(0)
		}
	}
	pastOf := map[string][]string{} // an irregular form -> its lemmas
	for l, ir := range irr {
		for _, fs := range [][]string{ir.past, ir.part, ir.third} {
			for _, f := range fs {
				pastOf[f] = append(pastOf[f], l)
			}
		}
	}
	for class, words := range plain {
		reported := map[string]bool{}
		for w, r := range words {
			if l, ok := fromLemma[class][w]; ok {
				out = append(out, fmt.Sprintf("%s line %d: %q (class %q) is a form of the lemma row %q of the same class: drop the row", r.file, r.line, w, class, l))
				reported[w] = true
			}
		}
		for w, r := range words {
			if reported[w] || notInflection[w] != "" {
				continue
			}
			// the lemma of w that makes most rows of the class; on a tie a
			// lemma that is a row itself, then one not ending in -ie or -he
			// (deny, not denie; finish, not finishe), then the longest
			// (refuse, not refus); a noun before a verb whose forms are
			// only the base and the -s form (delegation, delegations)
			var best []string
			bestPos, bestLemma := "", ""
			better := func(l string) bool {
				_, row := words[l]
				_, bestRow := words[bestLemma]
				if row != bestRow {
					return row
				}
				odd, bestOdd := oddLemma(l), oddLemma(bestLemma)
				if odd != bestOdd {
					return !odd
				}
				return len(l) > len(bestLemma)
			}
			for _, l := range lemmaCandidates(w, pastOf) {
				for _, pos := range []string{"noun", "verb"} {
					forms := inflectNoun(l)
					if pos == "verb" {
						forms = inflectVerb(l, irr)
					}
					var in []string
					for f := range forms {
						if _, ok := words[f]; ok && !reported[f] && notInflection[f] == "" {
							in = append(in, f)
						}
					}
					if len(in) > len(best) || len(in) == len(best) && len(in) > 0 && l != bestLemma && better(l) {
						best, bestPos, bestLemma = in, pos, l
					}
				}
			}
			if len(best) < 2 {
				continue
			}
			sort.Strings(best)
			hint := fmt.Sprintf("%s:%s", bestPos, bestLemma)
			if bestPos == "noun" {
				hint += fmt.Sprintf("\" (or \"verb:%s:base,third\" for a verb)", bestLemma)
			} else {
				hint += "\" (a filter keeps some forms only: \"" + hint + ":third,past\")"
			}
			out = append(out, fmt.Sprintf("%s line %d: %s (class %q) are forms of one lemma listed by hand: write one row \"%s", r.file, r.line, strings.Join(best, ", "), class, hint))
			for _, f := range best {
				reported[f] = true
			}
		}
	}
	sort.Strings(out)
	return out
}

// notInflection: words the lint's suffix rules would read as a form of
// another word of the same class, which they are not.
var notInflection = map[string]string{
	"being":   "a form of be, whose forms are the rows of class be: irregular_verbs.tsv has no be, as its forms would become triggers of the frames be in, be due in",
	"its":     "the possessive of it, no verb form",
	"des":     "a French article beside de (class minor)",
	"vs":      "an abbreviation of versus beside v",
	"towards": "a spelling of toward, no verb form",
}

// oddLemma: a lemma whose verb (its first word) ends in -ie or -he, which
// few English verbs do.
func oddLemma(l string) bool {
	v, _, _ := strings.Cut(l, " ")
	return strings.HasSuffix(v, "ie") || strings.HasSuffix(v, "he")
}

// lemmaCandidates returns the lemmas a word may be a form of: itself, the
// word without a regular ending, and the lemmas of irregular_verbs.tsv
// whose forms it is. In a phrase the first word is the verb.
func lemmaCandidates(w string, pastOf map[string][]string) []string {
	head, rest, _ := strings.Cut(w, " ")
	if rest != "" {
		rest = " " + rest
	}
	out := []string{head}
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
		if b, ok := strings.CutSuffix(head, suf); ok {
			add(b)
			add(b + "e")
			if n := len(b); n >= 2 && b[n-1] == b[n-2] {
				add(b[:n-1]) // planned, stopping
			}
		}
	}
	for _, suf := range []string{"ies", "ied"} {
		if b, ok := strings.CutSuffix(head, suf); ok {
			add(b + "y")
		}
	}
	if b, ok := strings.CutSuffix(head, "ying"); ok {
		add(b + "ie")
	}
	out = append(out, pastOf[head]...)
	for i := range out {
		out[i] += rest
	}
	return out
}

// lemmaTables are the tables whose first column takes lemma rows, with the
// column naming each row's class.
var lemmaTables = []struct {
	name      string
	classCols []int
}{{"word_classes.tsv", []int{1}}, {"event_cues.tsv", []int{1}}, {"date_words.tsv", []int{1, 2}},
	{"person_nouns.tsv", nil}, {"location_cues.tsv", []int{1}}}

// TestNoHandInflections: no table that takes lemma rows lists a form the
// morphology already yields from another row of the same class: inflected
// forms come from the morphology (irregular_verbs.tsv and the spelling
// rules of morph.go), never from rows added by hand.
func TestNoHandInflections(t *testing.T) {
	irr := loadIrregular(t)
	for _, tb := range lemmaTables {
		rows, err := loadTable("", tb.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range handInflections(rows, tb.classCols, irr) {
			t.Error(f)
		}
	}
}

func loadIrregular(t *testing.T) map[string]irregular {
	t.Helper()
	rows, err := loadTable("", "irregular_verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	irr := map[string]irregular{}
	for _, r := range rows {
		irr[strings.ToLower(r.col(0))] = irregular{past: splitList(r.col(1)), part: splitList(r.col(2)), third: splitList(r.col(3))}
	}
	return irr
}

// TestHandInflectionsLint: the lint finds what it is for and nothing else.
func TestHandInflectionsLint(t *testing.T) {
	irr := map[string]irregular{"beat": {past: []string{"beat"}, part: []string{"beaten"}}, "pay": {past: []string{"paid"}, part: []string{"paid"}},
		"tell": {past: []string{"told"}, part: []string{"told"}}}
	cases := []struct {
		name string
		rows string
		want []string // substrings, one per finding
	}{
		{"lemma rows only", "verb:beat\tdefeat\nnoun:match\tsport\n", nil},
		{"a form beside its lemma row", "verb:beat\tdefeat\nbeaten\tdefeat\n", []string{`"beaten" (class "defeat") is a form of the lemma row "verb:beat"`}},
		{"a form of a lemma row of another class", "verb:pay\tpayment\npaid\tdefeat\n", nil},
		{"forms listed by hand", "pay\tpayment\npays\tpayment\npaid\tpayment\n", []string{`paid, pay, pays (class "payment") are forms of one lemma listed by hand: write one row "verb:pay"`}},
		{"forms without their base", "told\treport\ntells\treport\n", []string{`tells, told (class "report") are forms of one lemma listed by hand: write one row "verb:tell"`}},
		{"a plural listed by hand", "delegation\tgroup\ndelegations\tgroup\n", []string{`delegation, delegations (class "group") are forms of one lemma listed by hand: write one row "noun:delegation"`}},
		{"one form alone", "wrote\treport\nleaders\tgroup\n", nil},
		{"unrelated words", "later\tbare\nlate\tbare\non\tbare\nit\tneuter\nits\tneuter\n", nil},
		{"a phrase", "call off\tnegate\ncalled off\tnegate\n", []string{`call off, called off (class "negate") are forms of one lemma`}},
		{"a bad filter", "verb:beat:pasts\tdefeat\n", []string{`form "pasts" of a verb`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := handInflections(parseTable("t.tsv", []byte(c.rows)), []int{1}, irr)
			if len(got) != len(c.want) {
				t.Fatalf("findings %q, want %d", got, len(c.want))
			}
			for i, w := range c.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("finding %q does not say %q", got[i], w)
				}
			}
		})
	}
}
