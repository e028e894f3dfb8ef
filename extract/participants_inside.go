package extract

// A clause reader splits coordinated phrases on "and" and commas, but some
// names hold a comma between fields: "the Ministry of Arts, Culture and
// Creative Economy", "the Department for Culture, Media and Sport" (the
// chunker keeps such a comma inside a name only between two fields of office
// of titles.tsv). An argument that lies inside such a mention is a piece of
// that name, not a party of its own: wholeNameArg gives back the entity the
// mention names. A mention with no comma inside is left to the clause
// reader, which splits a wrongly joined "X and Y" right.

// wholeNameArg returns the argument for the entity whose mention strictly
// contains a's span and a comma, or a itself when no mention does.
func (d *document) wholeNameArg(a arg) arg {
	if a.pron != "" || a.span.t1 <= a.span.t0 {
		return a
	}
	// a mention that holds the argument starts at most a dozen words
	// before it (a bounded look, linear in the article)
	for _, m := range d.mentionsIn(span{max(0, a.span.t0-12), a.span.t0 + 1}) {
		if m.typ == "" || m.span.t0 > a.span.t0 || m.span.t1 < a.span.t1 || m.span.t1-m.span.t0 <= a.span.t1-a.span.t0 {
			continue
		}
		if d.commaInside(m.span) {
			return d.mentionArg(m)
		}
	}
	return a
}

func (d *document) commaInside(s span) bool {
	for k := s.t0 + 1; k < s.t1-1; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}
