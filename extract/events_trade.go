package extract

// The trade-partner reading: a deal to buy, sell, import, export or
// supply goods names its other side in the infinitive that follows it,
// after "from" or "to" ("India signed a deal to import gas from Iran",
// "Corvane agreed a contract to supply engines to Norbank"). That
// organization or country is a party of the agreement as a with-phrase
// would be. The verbs are the word class trade (word_classes.tsv). A deal
// to acquire, take over or merge with a company names that company as its
// other side (events_deal_object.go).

// tradePartner adds to the clause of an agreement trigger the organization
// or country its trade infinitive names after "from" or "to".
func (d *document) tradePartner(c *eventDraft) {
	tr, s := c.tr, c.s
	if tr.typ != Agreement || !contains(tr.frame.roles, "with") || len(c.cl.pp["with"]) > 0 || len(c.cl.pp["between"]) > 0 {
		return
	}
	// the infinitive follows the trigger or its object ("signed a $12bn
	// (€11bn) deal to supply")
	k := tr.t1
	for ; k+1 < s.t1 && k < tr.t1+10; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause, wcRelative) {
			return
		}
		if t.lower == "to" {
			break
		}
	}
	if k+1 >= s.t1 || d.toks[k].lower != "to" {
		return
	}
	if !d.lx.is(d.toks[k+1].lower, wcTrade) {
		d.dealObject(c, k+1) // "signed a definitive agreement to acquire X" (events_deal_object.go)
		return
	}
	for j := k + 2; j+1 < s.t1 && j < k+14; j++ {
		t := d.toks[j]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause, wcRelative) {
			return
		}
		if t.lower != "from" && t.lower != "to" {
			continue
		}
		if t.lower == "to" && d.toks[j+1].tag == "VB" {
			return // the next infinitive: "to import gas to meet demand"
		}
		for _, m := range d.mentionsIn(span{j + 1, j + 2}) {
			if m.typ == Organization || m.typ == Location && m.kind == "country" {
				a := d.mentionArg(m)
				d.tracef("S%d %s %q: trade partner %q after %q %q", t.sent, tr.typ, d.textOf(span{tr.t0, tr.t1}), a.name, d.toks[k+1].text, t.text)
				c.cl.pp["with"] = append(c.cl.pp["with"], a)
				return
			}
		}
		return
	}
}
