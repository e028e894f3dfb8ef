package extract

import "strings"

// A counted group description after "between" ("talks between the two
// countries", "negotiations between both companies", "a meeting between
// the two leaders", "an August meeting between the two in Vientiane") stands for
// parties told before, as it does in subject position ("The two companies
// met"): the clause reader keeps it as the between-phrase's description
// for the participants pass to resolve (resolveGroup: the last event's
// parties of the kind its noun names, else the last two such parties
// named). Without a counting word ("talks between countries") it is no
// description; after "with" or as an object ("the minister met both
// sides") the group is someone else's counterparts, not read here.

// groupDescAt reads a counted group description starting at token k and
// ending before end: an optional definite word, a number word or "both",
// at most one lower-case modifier, then a group noun of a kind
// (groupKind: "countries", "companies", "leaders", "ministers"), or the
// bare count ("the two") when no verb follows it. A noun followed by "of"
// or a possessive ("the two countries' presidents", "both sides of the
// border") is no description of the parties.
func (d *document) groupDescAt(k, end int) (arg, bool) {
	i := k
	if i < end && d.lx.is(d.toks[i].lower, wcDefinite) {
		i++
	}
	if i >= end || d.toks[i].cap && i > k {
		return arg{}, false
	}
	c := d.toks[i]
	number := d.isNumberWord(c.lower)
	if !number && !(d.lx.is(c.lower, wcGroup) && !d.lx.is(c.lower, wcPronoun)) || number && i == k {
		return arg{}, false // "between two companies": new ones, not told before
	}
	if d.bareCount(i) {
		if i+1 < end && (strings.HasPrefix(d.toks[i+1].tag, "VB") || d.toks[i+1].tag == "MD") {
			return arg{}, false // "between X and the two signed": a clause of its own
		}
		return arg{span: span{k, i + 1}, pron: d.textOf(span{k, i + 1})}, true
	}
	for j := i + 1; j < end && j <= i+2; j++ {
		t := d.toks[j]
		if t.cap || !t.word || isPossessive(t.text) || j+1 < end && (isPossessive(d.toks[j+1].text) || d.toks[j+1].text == "'") {
			return arg{}, false // "the two countries' presidents": the owners' people
		}
		if d.groupKind(t.lower) == "" {
			continue // "the two neighbouring countries"
		}
		if j+1 < end && d.toks[j+1].lower == "of" {
			return arg{}, false // "both sides of the border"
		}
		return arg{span: span{k, j + 1}, pron: d.textOf(span{k, j + 1})}, true
	}
	return arg{}, false
}
