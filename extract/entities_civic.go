package extract

// Title prefixes that name a place, not an employer.
//
// Before most titles a capitalized name no table knows is the employer
// ("Horizonte Chief Executive X"). Before the head of a town's office
// (titles.tsv kind civic: mayor, deputy mayor, lord mayor, sheriff) it is the town
// the office serves: "Tralee Mayor Seán O'Riordan" is a mayor of the
// place Tralee, not of an organization called Tralee. A prefix with an
// organization's cue word or a known organization's name stays the
// employer ("Harlow Borough Council Mayor X"). Whatever the title, a
// prefix ending with a place's cue word is a place ("Linn County Sheriff
// X").

// civicHead: the title ts ends on a head of kind civic.
func (d *document) civicHead(lx *lexicon, ts span) bool {
	for k := ts.t0; k < ts.t1; k++ {
		if n := lx.titles.longestKind(d.toks, k, ts.t1, titleCivic); n > 0 && k+n == ts.t1 {
			return true
		}
	}
	return false
}

// prefixPlace reads the prefix of a title as the place the office serves
// and adds it as a LOCATION mention: a civic title's prefix of one to
// three capitalized words that no table knows as an organization and
// that has no organization cue, or any title's prefix that is a place by
// its cue word. It reports whether it did.
func (d *document) prefixPlace(lx *lexicon, pre span, ts span) bool {
	pre = d.trimChunk(lx, pre)
	if pre.empty() || pre.t1-pre.t0 > 3 {
		return false
	}
	for k := pre.t0; k < pre.t1; k++ {
		t := d.toks[k]
		if !d.isCapWord(k) || t.upper && len(t.text) > 1 || t.hyphen || isPossessive(t.text) {
			return false
		}
		if _, ok := lx.demonyms[t.lower]; ok {
			return false
		}
	}
	if n, _ := lx.locs.longest(d.toks, pre.t0, pre.t1); n > 0 {
		return false // the gazetteer's places: prefixOrg's own reading
	}
	if n, _ := lx.orgs.longest(d.toks, pre.t0, pre.t1); n > 0 || d.isOrgByCue(lx, pre) {
		return false
	}
	kind, byCue := d.placeByCue(lx, pre)
	if !byCue && !d.civicHead(lx, ts) {
		return false
	}
	d.mentions = append(d.mentions, mention{typ: Location, span: pre, text: d.textOf(pre), kind: kind})
	return true
}

// placeCueAfter: the word right after token k ends a region's name ("King
// County": the title word King begins a place). Only a region's cue
// (location_cues.tsv kind region: County, Parish, District...) counts: a
// site's or a town's cue word is also a surname ("Senator Hall", "Governor
// Street"), and a word a person's name in the story ends with is that
// person's surname.
func (d *document) placeCueAfter(lx *lexicon, k int) bool {
	if k >= len(d.toks) || !d.isCapWord(k) || lx.familyKey[d.toks[k].text] {
		return false // "Foreign Minister Park Ji-won": a surname first
	}
	if kind := lx.locEnd[d.toks[k].lower]; kind != "region" {
		return false
	}
	for j := 1; j < len(d.toks); j++ {
		if j != k && d.toks[j].text == d.toks[k].text && lx.given[d.toks[j-1].text] {
			return false // "Andrea Hills ... Senator Hills"
		}
	}
	return true
}
