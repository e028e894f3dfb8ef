package extract

import "strings"

// styleEnd: a chunk that starts with a style of address, or inside one
// whose possessive stands just before it ("His Royal Highness Crown Prince
// X", "Her Excellency Dr. Y", "His Holiness"), starts again after the style:
// the possessive, any words of class styleadj and a capitalized noun of
// class style (word_classes.tsv) are no name, and the name after them is the
// person's. Words of class honoradj before an honorific ("Most Rev. X",
// "Right Hon. Y") are a style too. It returns c.t0 when the chunk opens with
// no style.
func (d *document) styleEnd(lx *lexicon, c span) int {
	toks := d.toks
	j := c.t0
	switch {
	case j < c.t1 && lx.is(toks[j].lower, wcPossessive):
		j++
	case j > 0 && lx.is(toks[j-1].lower, wcPossessive):
	default:
		// "Most Rev. X", "the Right Hon. Y": words of class honoradj
		// before an honorific are the style's, and the chunk starts
		// again at the honorific
		for j < c.t1 && toks[j].cap && lx.is(toks[j].lower, wcHonorAdj) {
			j++
		}
		if j > c.t0 && j+1 < c.t1 && lx.honorific[strings.TrimSuffix(toks[j].text, ".")] {
			return j
		}
		return c.t0
	}
	for j < c.t1 && toks[j].cap && lx.is(toks[j].lower, wcStyleAdj) {
		j++
	}
	// "His Majesty's Treasury", "Her Majesty's Theatre": a style noun
	// with a possessive is the start of a name
	if j < c.t1 && toks[j].cap && lx.is(toks[j].lower, wcStyle) && !isPossessive(toks[j].text) &&
		(j+1 >= len(toks) || !isPossessive(toks[j+1].text)) {
		return j + 1
	}
	return c.t0
}

// honorificStart: the first token of the honorifics and their style words
// right before a name starting at token at ("Dr.", "Datuk Seri", "Most
// Rev."), or at when none stands there. The clause reader walks back over
// them to the title or description before ("Malaysia's foreign minister,
// Datuk Seri X, arrived": the comma before Datuk is the apposition's).
func (d *document) honorificStart(at int, s sentence) int {
	j := at
	for j-1 >= s.t0 && j > at-4 && d.toks[j-1].cap && (d.lx.honorific[strings.TrimSuffix(d.toks[j-1].text, ".")] || j < at && d.lx.is(d.toks[j-1].lower, wcHonorAdj)) {
		j--
	}
	return j
}
