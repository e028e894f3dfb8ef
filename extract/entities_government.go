package extract

import "slices"

// regionGovernments: the name of a region (a state or province of the
// gazetteer) right before a lower-case word of kind "after" in
// org_context.tsv ("government") names that region's government, an
// organization: "The Kerala government on Wednesday signed an agreement
// with X" is an agreement of the Kerala government and X, as the
// guidelines want organizations for parties when no person is named. A
// country's government is left alone: the country itself stands for it as
// a party ("Kenya signed ..."), and a city's government is its council.
// "Kerala's government" (a possessive) and "a government in Kerala" are
// not the form. The region stays a place: the organization's mention is
// added beside the region's (gold sets name the region a place as well).
func (d *document) regionGovernments(lx *lexicon) {
	var add []mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != Location || m.kind != "region" || m.span.t1 >= len(d.toks) {
			continue
		}
		next := d.toks[m.span.t1]
		if next.cap || !next.word || next.sent != d.toks[m.span.t0].sent || !lx.orgAfter[next.lower] {
			continue
		}
		full := span{m.span.t0, m.span.t1 + 1}
		name := d.textOf(full)
		d.tracef("government %q: region %q", name, m.text)
		add = append(add, mention{typ: Organization, span: full, text: name, canon: name, kind: "government", rule: "region-government"})
	}
	for _, m := range add {
		at, _ := slices.BinarySearchFunc(d.mentions, m.span.t0, func(x mention, t int) int { return x.span.t0 - t })
		d.mentions = slices.Insert(d.mentions, at, m)
	}
}
