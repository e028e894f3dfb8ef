package extract

// A title of office may open with its field in lower case: "economy
// minister", "trade minister", "health secretary" (titles.tsv: domain
// words before an office or head word). The sense reader (senses.go) takes
// such a title after a meeting verb for a person ("Amsel met Germany's
// economy minister, Tobias Renner, in Berlin"), as it does a title that
// opens with a pre-word ("foreign minister") or a head ("minister").

// fieldTitleEnd returns the end of a title that opens at token k with one
// or two field words and ends on an office or head word, or k when none
// does: a government office (titles.tsv: office; "economy minister",
// "health secretary"), never the press ("defence correspondent").
func (d *document) fieldTitleEnd(k int, s sentence) int {
	lx := d.lx
	j := k
	for j < s.t1 && j < k+2 && lx.titles.longestKind(d.toks, j, j+1, titleDomain) == 1 {
		j++
	}
	if j == k || j >= s.t1 {
		return k
	}
	if n := lx.titles.longestKind(d.toks, j, min(j+2, s.t1), titleOffice); n > 0 {
		return j + n
	}
	return k // "defence correspondent", "business editor": a field before another head
}

// ruleTitleField: a capitalized chunk made only of title fields (titles.tsv:
// domain; "and" between them) before a lower-case office or head word is
// the opening of a title, not a name: "Fisheries minister Ana Paz",
// "Mines and Energy minister X"; so is a chunk that opens a head of
// titles.tsv going on in lower case after it ("Opposition leader X"). It
// makes no entity; the person's own chunk reads the whole title
// (lowerTitleBefore). So does a whole title whose field closes before an
// apposed name (apposedFieldChunk). A chunk the organizations table knows
// whole stays an organization.
func (d *document) ruleTitleField(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	toks := d.toks
	if n, _ := lx.orgs.longest(toks, c.t0, c.t1); n == c.t1-c.t0 {
		return false // a known organization named by fields: the next rule's
	}
	if d.apposedFieldChunk(lx, c) {
		return true // "Minister of Industry and Enterprises, X,": the title's field, no body (titles.go)
	}
	if n := lx.titles.longestKind(toks, c.t0, d.sent[toks[c.t0].sent].t1, titleHead); c.t0+n > c.t1 {
		return true // a head that goes on in lower case: "Opposition leader X", "Council leader X"
	}
	for k := c.t0; k < c.t1; {
		if k > c.t0 && k+1 < c.t1 && toks[k].lower == "and" {
			k++
		}
		n := lx.titles.longestKind(toks, k, c.t1, titleDomain)
		if n == 0 {
			return false
		}
		k += n
	}
	h := c.t1
	if h >= len(toks) || toks[h].cap || toks[h].sent != toks[c.t0].sent {
		return false
	}
	return lx.titles.longestKind(toks, h, min(h+2, len(toks)), titleOffice) > 0 ||
		lx.titles.longestKind(toks, h, min(h+2, len(toks)), titleHead) > 0
}
