package extract

// A description set before a name by a comma is that name's, not a
// conjunct (rule description-apposition): in "brokered by Paraguay's
// president, Rodrigo Cáceres, who hosted the summit" the subject of
// "hosted" is Cáceres alone; "Paraguay's president" is who he is. A list
// of conjuncts ends in "and" ("Kirin, Norbank and Helixa signed"), so a
// comma met first, walking back from the last conjunct, before a
// description with no name of its own is an apposition.

// descriptionApposition: walking back through a subject's conjuncts, the
// comma at token k stands between a description (no name, no pronoun)
// and the person conjunct last just read, and no "and" was met yet.
func (d *document) descriptionApposition(k int, s sentence, last arg, sawAnd bool) bool {
	if sawAnd || last.typ != Person || d.toks[k].text != "," {
		return false
	}
	a, ok := d.phraseEndingAt(k, s)
	return ok && a.typ == "" && a.pron != "" && !d.lx.is(a.pron, wcPronoun) && !d.lx.is(a.pron, wcGroup)
}
