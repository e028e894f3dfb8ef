package extract

// frontedAnchor (reading fronted-anchor): a draft with no date of its own
// whose sentence opens on a lead-in word (class leadin: "after",
// "following") and a definite noun set off by a comma ("Following the
// vote, X met Y") happened the day an earlier sentence gave that noun: the
// nearest day mention at most four words from the noun in the nearest
// sentence before that names it ("a vote on Tuesday", "Tuesday's vote").
// Other temporal words do not anchor a day: "before", "ahead of" put the
// event on an earlier, untold day, "since" and "during" on none. Nothing
// is returned when no earlier sentence dates the noun.
func (r *eventRun) frontedAnchor(c *eventDraft) string {
	d, s := r.d, c.s
	k := s.t0
	if k+3 >= s.t1 || !d.lx.is(d.toks[k].lower, wcLeadIn) || d.toks[k+1].lower != "the" {
		return ""
	}
	comma := -1
	for j := k + 2; j < s.t1 && j <= k+5; j++ {
		if d.toks[j].text == "," {
			comma = j
			break
		}
	}
	if comma < 0 || comma-1 < k+2 || c.tr.t0 <= comma {
		return ""
	}
	head := d.toks[comma-1]
	if head.tag != "NN" && head.tag != "NNS" {
		return ""
	}
	for si := c.si - 1; si >= 0 && si >= c.si-8; si-- {
		ps := d.sent[si]
		best, dist := "", 1<<30
		for j := ps.t0; j < ps.t1; j++ {
			if d.toks[j].lower != head.lower {
				continue
			}
			for _, dm := range d.dates {
				if dm.span.t0 < ps.t0 || dm.span.t0 >= ps.t1 || len(dm.value) != len("2006-01-02") {
					continue
				}
				n := dm.span.t0 - j
				if n < 0 {
					n = j - dm.span.t1 + 1
				}
				if n <= 4 && n < dist {
					best, dist = dm.value, n
				}
			}
		}
		if best != "" {
			d.tracef("S%d %s %q: the day of %q in S%d (reading fronted-anchor)", c.si, c.tr.typ, d.textOf(span{c.tr.t0, c.tr.t1}), head.text, si, best)
			return best
		}
	}
	return ""
}

// frontedYear (reading fronted-year): the sentence of the date at token i
// opens on a preposition and a year, perhaps after a conjunction and
// before a modifier of time ("In 2019, on 4 June, ...", "But in late
// 2021, in March, ...", "During 2018 on May 2 ...", "In 2021 the mayors
// met on May 2"), set off by a comma, followed by the date's own
// preposition or by the clause's subject: that year, else 0. The date
// must stand after the year with no semicolon between: the fronted phrase
// sets the time of the whole clause, so a day or month written without
// its year is in it, not in the published year. A date right after a
// reporting verb ("..., she said on March 3") is the saying's. A year set
// off right before the date anywhere in the sentence ("met in 2019, on
// May 4"; apposedYear) is its year too.
func (d *document) frontedYear(i int) int {
	s := d.sent[d.toks[i].sent]
	if y := d.apposedYear(i, s); y != 0 {
		return y
	}
	k := s.t0
	if k < i && d.toks[k].tag == "CC" {
		k++
	}
	if k >= i || !d.lx.is(d.toks[k].lower, wcYearSpan) {
		return 0 // "Since 2020, ...", "By 2030, ...": no span that holds the day
	}
	k++
	for k < i {
		if _, mod := d.lx.dateWord(dwMonthMod, d.toks[k].lower); !mod {
			break
		}
		k++
	}
	y, ok := yearNum(d.toks[k].text)
	if !ok || k+1 >= i {
		return 0
	}
	switch n := d.toks[k+1]; {
	case n.text == ",", n.tag == "IN" && k+2 == i:
	case n.tag == "DT" || n.tag == "PRP" || n.tag == "NNP":
		// "In 2021 the two mayors met ...": the clause's subject
	default:
		return 0
	}
	if j := i - 1; j > k && d.lx.is(d.toks[j].lower, wcDayPrep) {
		i = j
	}
	if d.lx.is(d.toks[i-1].lower, wcReport) {
		return 0 // "In 2030, the fleet will be halved, she said on March 3": the saying's
	}
	for j := k + 1; j < i; j++ {
		if d.toks[j].text == ";" {
			return 0
		}
		if d.clauseOpensAt(j, s) && d.finiteVerbIn(j+1, i) {
			// "In 2024 the port handled ..., and it will dredge the
			// channel on May 9": a coordinated clause with a verb of its
			// own has its own time
			return 0
		}
	}
	return d.yearHolds(y, i)
}

// yearHolds: year y, else 0 when the clause of the date at token i speaks
// of what is ahead (tenseAt) and y is behind the published year: a thing
// still to come does not fall in a year gone by.
func (d *document) yearHolds(y, i int) int {
	if d.ref.hasYear && y < d.ref.t.Year() && d.tenseAt(i) > 0 {
		return 0
	}
	return y
}

// finiteVerbIn: a finite verb or a modal stands in tokens [from, to).
func (d *document) finiteVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// apposedYear: a year after a preposition is set off by a comma right
// before the date at token i, perhaps past the date's own preposition
// ("met in 2019, on May 4"; finer-apposed, dates_apposed.go, then dates
// the event by the day): that year, else 0.
func (d *document) apposedYear(i int, s sentence) int {
	k := i - 1
	if k > s.t0 && d.toks[k].tag == "IN" {
		k--
	}
	if k-2 < s.t0 || d.toks[k].text != "," || !d.lx.is(d.toks[k-2].lower, wcYearSpan) {
		return 0
	}
	y, ok := yearNum(d.toks[k-1].text)
	if !ok {
		return 0
	}
	return d.yearHolds(y, i)
}

// frontedParticiple: the date at token i stands in a phrase opened by a
// participle of speaking (class speaking) and set off by a comma after
// it, one that opens sentence s or follows a comma ("Speaking to
// reporters on Tuesday, ...", "X, addressing a rally in Lagos on Sunday,
// said ..."): the phrase sets the scene of a saying and tells no tense
// of its own, the clause after the comma does. Another participle keeps
// its own reading ("Facing a vote on Thursday, X said he would stay": the
// vote is ahead of the saying).
func (d *document) frontedParticiple(i int, s sentence) bool {
	open := -1
	for k := i - 1; k >= s.t0; k-- {
		if d.toks[k].text == "," {
			return false
		}
		if d.lx.is(d.toks[k].lower, wcSpeaking) && (k == s.t0 || d.toks[k-1].text == ",") {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := i + 1; k < s.t1; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}
