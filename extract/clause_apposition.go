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

// namesAfterDescription: the appositive between the commas at open and
// close names two or more persons, and a description of people with no
// name of its own stands before it (rule names-after-description): in
// "Two of the region's trade ministers, Kenya's X and Tanzania's Y, are
// to meet" and "The two negotiators, X and Y, met" the subject is X
// and Y. Between the names only "and", commas, titles and a place's
// possessive ("Tanzania's") may stand.
func (d *document) namesAfterDescription(open, close int, s sentence) ([]arg, bool) {
	if open-1 < s.t0 || d.endsPerson(open, s) {
		return nil, false
	}
	var out []arg
	for k := open + 1; k < close; {
		if ms := d.mentionsIn(span{k, k + 1}); len(ms) > 0 && ms[0].span.t0 == k {
			m := ms[0]
			switch {
			case m.typ == Person && m.span.t1 <= close:
				out = append(out, d.mentionArg(m))
				k = m.span.t1
				continue
			case m.typ == Location && m.span.t1 < close && isPossessive(d.toks[m.span.t1].text):
				k = m.span.t1 + 1 // "Greece's"
				continue
			}
		}
		t := d.toks[k]
		if e := d.titleRunAt(k, close); e > k {
			k = e // "Foreign Minister X"
			continue
		}
		if e := d.properRun(k, s, 1); e >= k+2 && e <= close && (e == close || d.toks[e].text == "," || d.toks[e].lower == "and") {
			out = append(out, d.properArg(span{k, e})) // a name no entity rule knew
			k = e
			continue
		}
		switch {
		case t.lower == "and" || t.text == ",":
			k++
		case d.titleRunAt(k, close) > k:
			k = d.titleRunAt(k, close)
		case d.modifierDemonym(k, close):
			k++
		default:
			return nil, false
		}
	}
	if len(out) < 2 || out[len(out)-1].span.t1 != close {
		return nil, false
	}
	st := d.descriptionStart(open, s)
	head := false
	for k := st; k < open; k++ {
		t := d.toks[k]
		if t.cap && k > st && !d.lx.is(t.lower, wcDefinite) {
			if ms := d.mentionsIn(span{k, k + 1}); len(ms) > 0 && ms[0].typ == Person {
				return nil, false
			}
		}
		head = head || !t.cap && (d.lx.pluralPersonWord(t.lower) || d.lx.is(t.lower, wcPeople, wcGroupPerson) || d.pluralPersonGroup(k))
	}
	return out, head
}
