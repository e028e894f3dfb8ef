package extract

import "strings"

// A person and a titled person in one capitalized run: "Warren Tolliver and
// Assistant U.S. Attorney Priya Venkataraman", "Ana Soto and U.S.
// Ambassador Li Wei", "Ms Lind and First Minister Karl Lund". The title
// rule found the second person's title; what stands before it is no
// employer of that title ("Tolliver and Assistant U.S." is no
// organization) when it is a person's name, a given name or an honorific
// first, joined by "and" to the title's own prefix words.

// pairNameWords: the longest name the first person may have, in words.
const pairNameWords = 4

// personBeforeAnd returns the "and" that ends a first person's name in
// the run [c.t0, i) before a title at i, and whether there is one.
func (d *document) personBeforeAnd(lx *lexicon, c span, i int) (int, bool) {
	toks := d.toks
	for j := i - 1; j > c.t0; j-- {
		if toks[j].lower != "and" {
			if !toks[j].cap {
				return 0, false // the title's prefix words are capitalized
			}
			continue
		}
		if j-c.t0 > pairNameWords || j-c.t0 < 1 {
			return 0, false
		}
		first := toks[c.t0].text
		honorific := lx.honorific[strings.TrimSuffix(first, ".")]
		if !honorific && (!lx.isGiven(first) || j-c.t0 < 2) {
			return 0, false // "Food and Drug Administration Commissioner X"
		}
		for k := c.t0; k < j; k++ {
			if !toks[k].cap || toks[k].upper && len(toks[k].text) > 1 && !honorific && k > c.t0 {
				return 0, false
			}
		}
		return j, true
	}
	return 0, false
}

// possessedPlaceAfterAnd: the run c ends in "and" and a place that owns
// what follows it ("the Calloway Institute of Marine Science and Chile's
// Andes Mining Group"): the place is no part of the complement before
// "and"; the run is two names.
func (d *document) possessedPlaceAfterAnd(lx *lexicon, k int, c span) bool {
	if d.toks[k].lower != "and" || c.t1 >= len(d.toks) || !isPossessive(d.toks[c.t1].text) {
		return false
	}
	n, v := lx.locs.longest(d.toks, k+1, c.t1)
	return n > 0 && v >= 0 && k+1+n == c.t1
}
