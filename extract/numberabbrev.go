package extract

import "unicode"

// "No" for "Number". British news writes Downing Street as "No 10" ("No
// 10 said", "a No 10 spokesman") and ranks as "the world No 1": a
// capitalised "No" inside a sentence right before a number is an
// abbreviation, never the negation a cue table lists ("no agreement").
// A sentence's first word stays a possible negation ("No 10 people
// came" is rare; "No deal was reached" is common).

// numberAbbrev: token k is a capitalised "No" (or "No.") inside the
// sentence, followed by a number.
func (d *document) numberAbbrev(k int, s sentence) bool {
	if k <= s.t0 || k+1 >= s.t1 {
		return false
	}
	t := d.toks[k]
	if t.text != "No" && t.text != "No." {
		return false
	}
	n := d.toks[k+1].text
	if n == "." && k+2 < s.t1 {
		n = d.toks[k+2].text
	}
	return n != "" && unicode.IsDigit(rune(n[0]))
}
