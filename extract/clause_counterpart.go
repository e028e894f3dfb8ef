package extract

// A conjunct may carry a description of its holder as the first
// conjunct's opposite number, opened by a possessive pronoun: "Ilse
// Maartens and her Peruvian counterpart Dario Quispe discussed": the
// pronoun points back at the first conjunct, so the coordination goes on
// past the description to it. A possessive name there ("X and Z's
// adviser Y") is a third person's: the walk stops at Y (subjectPhrase,
// clause.go).

// pastCounterpart returns the token before a counterpart description
// ending at k ("her Peruvian counterpart", "his counterpart"), or k when
// none ends there. Up to two modifiers (a demonym, a lower-case
// adjective) may stand between the pronoun and the noun.
func (d *document) pastCounterpart(k int, s sentence) int {
	if k <= s.t0 || !d.lx.is(d.toks[k].lower, wcCounterpart) {
		return k
	}
	j := k - 1
	for n := 0; n < 2 && j > s.t0; n++ {
		t := d.toks[j]
		_, demonym := d.lx.demonyms[t.lower]
		if !demonym && (t.cap || t.tag != "JJ") {
			break
		}
		j--
	}
	if !d.lx.is(d.toks[j].lower, wcPossessive) || d.toks[j].lower == "its" {
		return k
	}
	return j - 1
}
