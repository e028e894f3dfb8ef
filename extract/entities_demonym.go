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

// tableNameAcross: a place of the gazetteer or an organization of
// organizations.tsv that starts in chunk c before token k runs past it, so
// the conjunction at k is inside a name ("Trinidad and Tobago", "Bosnia and
// Herzegovina"), no place to split the chunk.
func (d *document) tableNameAcross(lx *lexicon, c span, k int) bool {
	for s := c.t0; s < k; s++ {
		if n, v := lx.locs.longest(d.toks, s, c.t1); n > 0 && v >= 0 && s+n > k {
			return true
		}
		if n, _ := lx.orgs.longest(d.toks, s, c.t1); n > 0 && s+n > k {
			return true
		}
	}
	return false
}
