package extract

import "strings"

// The settlement reading: a payment made "to settle" charges, claims or a
// lawsuit is an agreement between the one who pays and the one paid, or
// the one who brought the case ("Harbor Bank paid the regulator $5m to
// settle charges", "the firm agreed to pay $40m to settle a lawsuit
// brought by the state pension fund"). The infinitive "to settle" has no
// subject of its own: its parties stand around the verb of paying (word
// class payment).

// ruleSettlement: the payer (the sentence's subject) and the payee (right
// after the verb of paying) or the plaintiff ("brought by", "filed by"
// after the trigger) of a "to settle" infinitive.
func (r *eventRun) ruleSettlement(c *eventDraft) partySet {
	d, tr, s := r.d, c.tr, c.s
	if tr.typ != Agreement || tr.frame == nil || !strings.HasPrefix(tr.frame.lemma, "settle") ||
		tr.t0 <= s.t0 || d.toks[tr.t0-1].lower != "to" {
		return partySet{}
	}
	pay := -1
	for k := tr.t0 - 2; k >= s.t0 && k >= tr.t0-16; k-- {
		t := d.toks[k]
		if t.text == ";" || d.lx.is(t.lower, wcClause) {
			break
		}
		if d.lx.is(t.lower, wcPayment) {
			pay = k
			break
		}
	}
	if pay < 0 {
		return partySet{}
	}
	// "offered to pay", "refused to pay", "did not pay": no settlement
	for _, e := range []cueEffect{cueHope, cueNegate, cueDeny} {
		if _, _, ok := d.cueIn(r.lx, pay-3, pay, s, e); ok {
			return partySet{}
		}
	}
	for k := max(s.t0, pay-3); k < pay; k++ {
		if d.lx.is(d.toks[k].lower, wcNegation) {
			return partySet{}
		}
	}
	payer := d.subjectNamed(s, pay)
	if payer.name == "" {
		return partySet{}
	}
	other := d.namedAt(pay+1, s)
	if other.name == "" {
		// "to settle a lawsuit brought by X"
		for k := tr.t1; k+1 < s.t1 && k < tr.t1+10; k++ {
			t := d.toks[k]
			if t.text == "," || t.text == ";" {
				break
			}
			if t.lower == "by" && k > tr.t1 && strings.HasPrefix(d.toks[k-1].tag, "VBN") {
				other = d.namedAt(k+1, s)
				break
			}
		}
	}
	if other.name == "" || other.name == payer.name {
		return partySet{}
	}
	d.tracef("S%d agreement %q: %q pays, %q is paid or brought the case", c.si, d.textOf(span{tr.t0, tr.t1}), payer.name, other.name)
	return partySet{parties: []party{payer, other}}
}

// subjectNamed: the first named person, organization or country of the
// sentence before its first verb and before token limit.
func (d *document) subjectNamed(s sentence, limit int) party {
	first := limit
	for k := s.t0; k < limit; k++ {
		if strings.HasPrefix(d.toks[k].tag, "VB") || d.toks[k].tag == "MD" {
			first = k
			break
		}
	}
	for _, m := range d.mentionsIn(span{s.t0, first}) {
		if p := d.partyOf(m); p.name != "" {
			return p
		}
	}
	// a proper noun no entity rule knew opens the sentence ("Qorvex has
	// paid ..."): a party of a deal, as in the clause reading
	k := s.t0
	for k < first && d.toks[k].cap && d.toks[k].tag == "NNP" {
		k++
	}
	if k > s.t0 && k == first {
		return party{name: d.textOf(span{s.t0, k})}
	}
	return party{}
}

// namedAt: the named person, organization or country whose mention starts
// at token k (after "the").
func (d *document) namedAt(k int, s sentence) party {
	if k < s.t1 && d.toks[k].lower == "the" {
		k++
	}
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		return d.partyOf(m)
	}
	return party{}
}

// partyOf: a mention as a party, or none (a place that is no country).
func (d *document) partyOf(m mention) party {
	a := d.mentionArg(m)
	switch {
	case a.typ == Person || a.typ == Organization:
		return party{name: a.name, typ: a.typ}
	case a.typ == Location && d.byCanon[a.name] != nil && d.byCanon[a.name].kind == "country":
		return party{name: a.name, typ: Location, via: "country"}
	}
	return party{}
}
