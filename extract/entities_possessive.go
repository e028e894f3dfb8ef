package extract

import "strings"

// namePossessive: token j is a possessive inside a name: "’s", "'s", or the
// bare apostrophe of a plural ("Dock Carpenters' Guild", "Junior Nurses’
// Association"): an apostrophe written right after a word ending in s. A
// straight apostrophe may also close a quotation ('the Carpenters'), so the
// callers take it only where an organization's word ends the name after it.
func (d *document) namePossessive(j int) bool {
	t := d.toks[j]
	if isPossessive(t.text) {
		return true
	}
	if t.text != "'" || j == 0 {
		return false
	}
	p := d.toks[j-1]
	return p.end == t.start && p.word && strings.HasSuffix(p.lower, "s")
}

// pluralPossessiveOrg: the name a title would take ends at a plural's bare
// apostrophe and an organization's word ends the chunk after it: "General
// Workers' Union", "Transport and General Workers' Union" name a union, not
// a general called Workers. A person's "’s" ("President Ruto's party") is
// no such name: only the bare apostrophe after an s counts.
func (d *document) pluralPossessiveOrg(lx *lexicon, name, c span) bool {
	if name.empty() || name.t1+1 >= c.t1 || d.toks[name.t1].text == "’s" || d.toks[name.t1].text == "'s" || !d.namePossessive(name.t1) {
		return false
	}
	_, ok := lx.orgEnd[d.toks[c.t1-1].lower]
	return ok
}
