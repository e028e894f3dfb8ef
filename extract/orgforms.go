package extract

// A company's name may end in two legal forms with a comma between them,
// as many Asian companies write theirs in English: "Kasumi Pharmaceutical
// Co., Ltd.", "Daehan Battery Materials Co., Ltd.". The chunker stops at a
// comma, which left the second form ("Ltd.") a name of its own, an
// organization of one legal form, and a party of every deal the company
// made. A legal form (word class legalform) right before the comma and
// another right after it keep the comma inside the name.

// legalFormComma: token j is a comma between two legal forms of one name.
func (d *document) legalFormComma(j int) bool {
	toks := d.toks
	if toks[j].text != "," || j == 0 || j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	return d.lx.is(toks[j-1].lower, wcLegalForm) && d.lx.is(toks[j+1].lower, wcLegalForm) && d.isCapWord(j+1)
}

// leadsCompanyElsewhere: the one word w before "and" in chunk c begins a
// company's longer name elsewhere in the story, so it names that company
// alone here ("Northbeam Software Inc. ... Northbeam and Alderic Cloud GmbH
// have entered into": two companies, where "Food and Drug Administration"
// stays one name). The longer name ends in a company cue of org_cues.tsv
// ("Inc.", "Co.", "Software").
func (d *document) leadsCompanyElsewhere(w int, c span) bool {
	toks := d.toks
	for i := d.bodyTok; i < len(toks); i++ {
		if i >= c.t0 && i < c.t1 || toks[i].text != toks[w].text || i > 0 && d.isCapWord(i-1) && toks[i-1].sent == toks[i].sent {
			continue
		}
		e := d.capRunEnd(i)
		if e-i >= 2 && d.lx.orgEnd[toks[e-1].lower] == "company" {
			return true
		}
	}
	return false
}

// lowerLegalForm: token j is a legal form written in lower case right
// after a capitalized run that began at start ("Tallgrass Sensing plc",
// "Harbor Foods plc"): it ends the company's name, where the chunker, which
// reads capitalized words, stopped before it and left the name without
// its cue.
func (d *document) lowerLegalForm(j, start int) bool {
	t := d.toks[j]
	return j > start && t.word && !t.cap && d.lx.is(t.lower, wcLegalForm) && d.isCapWord(j-1)
}

// modifierComma: the comma at k stands between two modifiers of one noun,
// a span or number word before it and an amount after it, as business
// news writes the terms of a deal: "a five-year, $212 million contract",
// "a 15-year, 1.2 million-tonne supply deal". A support verb before them
// still governs the noun (triggers.go).
func (d *document) modifierComma(k int) bool {
	toks := d.toks
	if toks[k].text != "," || k == 0 || k+1 >= len(toks) || toks[k+1].sent != toks[k].sent {
		return false
	}
	before, after := toks[k-1], toks[k+1]
	spanWord := before.hyphen && (before.tag == "JJ" || before.tag == "CD") || before.tag == "CD"
	amount := after.tag == "CD" || after.tag == "$" || after.text == "$" || after.text == "£" || after.text == "€"
	return spanWord && amount
}
