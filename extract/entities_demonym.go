package extract

import "strings"

// demonymAt reads the nationality word or phrase of demonyms.tsv starting
// at token i and ending by end: "Chilean", "South African", "South
// Koreans" (up to three words, the longest wins). It returns its length in
// tokens and its country; 0 and "" when none starts there.
func (d *document) demonymAt(lx *lexicon, i, end int) (int, string) {
	best, country := 0, ""
	var b strings.Builder
	for k := i; k < end && k < i+3; k++ {
		if !d.toks[k].word {
			break
		}
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].lower)
		if c, ok := lx.demonyms[b.String()]; ok {
			best, country = k-i+1, c
		}
	}
	return best, country
}
