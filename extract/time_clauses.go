package extract

import "strings"

// Dates of other clauses (time.go's nearestDateTier asks these): a date
// belongs to the clause it stands in, so a date set off from the trigger
// by a clause boundary dates another event. Each is a named reading a
// trace reports:
//
//   - since-phrase: "since" opens the phrase the date ends ("met on Friday
//     for the first time since a public spat over tariffs last year"):
//     the date tells when the since began, never the event;
//   - since-when: unless a when-clause follows the date and holds the
//     trigger ("since June 2023, when the city signed a loan"): the
//     when-clause's event is the since's start, and the date is its own;
//   - deadline-before: a deadline ("by 2030", "by the end of the year")
//     before the trigger with a verb or a clause word between ("backed a
//     plan to double stocks by 2030, while X and Y signed an agreement")
//     is the deadline of another verb;
//   - clause-before: a date before the trigger with a clause word between
//     ("X met Y on Monday, while Z signed ...") is the other clause's,
//     kept only as another verb's date (tier 3);
//   - appositive-participle: a date in a participle phrase of an appositive
//     set off by commas before the trigger ("X, a retired judge
//     named by the assembly in March, landed in the capital on
//     Friday"): the appointment's, said in passing;
//   - onset-of-other: a date after an onset word ("from 2029", "starting
//     in May"; class onset of date_words.tsv) with another verb between
//     the trigger and that word ("under the accord, sealed at the treasury,
//     the country will ship coal from 2031"): when the other verb's
//     effect starts, not the trigger's event ("a tour beginning Monday"
//     has no verb between, and keeps it; a whole range, "a visit that ran
//     from 2 to 3 March", is no onset);
//   - where-closed (dates_where.go, asked first): a date after ", and"
//     that closes a ", where" clause holding the trigger, the next
//     conjunct opening with a preposition of place, a verb or a place
//     ("stops in X on Friday, where she meets Y, and in Z on Monday"):
//     the main clause's next stop's; a list's ", and" ("met A, B, and C
//     on Tuesday") closes nothing;
//   - coordinated-subject: a date after ", and" or ", but" and a clause
//     with its own subject and finite verb ("A agreed a fee with B, and
//     the player landed in Turin on Friday"): that clause's; a
//     conjunct sharing the subject (", and flew ...") is another verb's
//     and stays a weaker date (tier 3; a verbless conjunct after a
//     ", where" clause is where-closed's);
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

// sinceWhen: the date ds a since opens is followed by a when-clause that
// holds the trigger tr ("every summer since June 2023, when the museum
// and the city signed a loan agreement"; reading since-when): "when" restates
// the date as the time of its own clause's event, so the date is that
// event's, however the since-phrase reads for the main clause. The
// when-clause runs to a clause word or the sentence's end.
func (d *document) sinceWhen(ds span, tr trigMatch) bool {
	s := d.sent[d.toks[ds.t0].sent]
	k := ds.t1
	if k < s.t1 && d.toks[k].text == "," {
		k++
	}
	if k >= s.t1 || d.toks[k].lower != "when" || tr.t0 <= k || tr.t0 >= s.t1 {
		return false
	}
	return !d.clauseWordBetween(k+1, tr.t0)
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

// participleAside: the date at token i stands in an appositive set off by
// commas before the trigger tr, opened by an article or a possessive and
// holding a past participle before the date ("Okwir, a retired judge
// named by the assembly in March, landed ..."; reading
// appositive-participle).
func (d *document) participleAside(i int, tr trigMatch) bool {
	s := d.sent[d.toks[i].sent]
	open := -1
	for k := i - 1; k >= s.t0 && k >= i-24; k-- {
		if d.toks[k].text == "," {
			open = k
			break
		}
	}
	if open < 0 || open+1 >= i || !d.lx.is(d.toks[open+1].lower, wcArticle) {
		return false
	}
	part := false
	for k := open + 2; k < i; k++ {
		if t := d.toks[k]; (t.tag == "VBN" || t.tag == "VBD") && !t.cap && !d.lx.is(t.lower, wcAux, wcBe) {
			part = true
		}
	}
	if !part {
		return false
	}
	for k := i + 1; k < tr.t0 && k < s.t1; k++ {
		if d.toks[k].text == "," {
			return !d.verbBetween(i, k) // the appositive closes before the trigger
		}
	}
	return false
}

// onsetOfOther: the date at token i follows an onset word (class onset)
// after another verb that stands between the trigger tr and that word
// (reading onset-of-other).
func (d *document) onsetOfOther(i int, tr trigMatch) bool {
	k := i - 1
	if k > tr.t1 && d.toks[k].lower == "in" {
		k-- // "starting in May"
	}
	if k <= tr.t1 || !d.lx.isWord(dwOnset, d.toks[k].lower) {
		return false
	}
	if d.verbBetween(tr.t1, k) {
		return true
	}
	for j := tr.t1; j < k; j++ {
		if d.toks[j].tag == "MD" {
			return true // "will supply": a verb group of its own, whatever the tagger made of its verb
		}
	}
	return false
}

// subjectClauseBetween: ", and" or ", but" stands between the trigger tr
// and token i, followed by a subject of its own (a determiner, a name or
// a pronoun, not a verb) and then a finite verb before i (reading
// coordinated-subject).
func (d *document) subjectClauseBetween(tr trigMatch, i int) bool {
	for k := tr.t1; k+2 < i; k++ {
		if d.toks[k].text != "," || (d.toks[k+1].lower != "and" && d.toks[k+1].lower != "but") {
			continue
		}
		first := d.toks[k+2]
		if strings.HasPrefix(first.tag, "VB") || first.tag == "MD" || first.tag == "RB" || first.tag == "IN" || first.tag == "TO" || !first.word {
			continue // ", and flew ...": the same subject's conjunct
		}
		for j := k + 3; j < i && j <= k+10; j++ {
			t := d.toks[j]
			if t.text == "," {
				break
			}
			if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
				return true
			}
		}
	}
	return false
}
