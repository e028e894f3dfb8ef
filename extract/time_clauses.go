package extract

// Dates of other clauses (time.go's nearestDateTier asks these): a date
// belongs to the clause it stands in, so a date set off from the trigger
// by a clause boundary dates another event. Each is a named reading a
// trace reports:
//
//   - since-phrase: "since" opens the phrase the date ends ("met on Friday
//     for the first time since a public spat over tariffs last year"):
//     the date tells when the since began, never the event;
//   - deadline-before: a deadline ("by 2030", "by the end of the year")
//     before the trigger with a verb or a clause word between ("backed a
//     plan to double stocks by 2030, while X and Y signed an agreement")
//     is the deadline of another verb;
//   - clause-before: a date before the trigger with a clause word between
//     ("X met Y on Monday, while Z signed ...") is the other clause's,
//     kept only as another verb's date (tier 3);
//   - agreed-infinitive: a date after an agreement verb's infinitive
//     ("the two leaders agreed to instruct their ministers to meet in
//     August", "agreed to sign the accord next year") dates what was
//     agreed, never the agreeing.

// sincePhraseAt: "since" stands at most eight words before the date at
// token i, with no comma, clause word or token of the trigger tr between.
func (d *document) sincePhraseAt(i int, tr trigMatch) bool {
	s := d.sent[d.toks[i].sent]
	for k := i - 1; k >= s.t0 && k >= i-8; k-- {
		t := d.toks[k]
		if k >= tr.t0 && k < tr.t1 || t.text == "," || d.lx.is(t.lower, wcClause) {
			return false
		}
		if t.lower == "since" {
			return true
		}
	}
	return false
}

// clauseWordBetween: a clause word (but, while, whereas, although, ";")
// stands in [from, to).
func (d *document) clauseWordBetween(from, to int) bool {
	return d.clauseLimit(from, to) < to
}

// agreedInfinitive: tr is an agreement verb and an infinitive ("to" and a
// base verb) stands between it and token i.
func (d *document) agreedInfinitive(tr trigMatch, i int) bool {
	if tr.typ != Agreement || !tr.frame.verb {
		return false
	}
	for k := tr.t1; k+1 < i; k++ {
		if d.toks[k].lower == "to" && d.toks[k+1].tag == "VB" && !d.toks[k+1].cap {
			return true
		}
	}
	return false
}
