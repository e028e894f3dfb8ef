package extract

// A government below the nation's is named by a place and a unit word
// (titles.tsv: unit; "Orvana State", "Pellham County", "Tessaro
// Provincial"), and its officers' titles carry the whole name: "Orvana
// State Governor X", "Pellham County Sheriff X". The place is no employer
// and no nationality in front of the title.

// unitPrefix: the title ts opens with a capitalized unit word and the
// prefix pre before it is one to three capitalized words with no
// possessive, hyphen, acronym or nationality in them, naming no country
// and no organization a table or an organization's end word knows (a
// region's name, not "Kenya's", "the", "Hungarian", "U.S." or "UNDP"):
// it returns the prefix, trimmed, which the title takes in. Else the
// prefix keeps its reading as the employer (prefixOrg). A town's civic
// office keeps its own reading (entities_civic.go).
func (d *document) unitPrefix(lx *lexicon, pre, ts span) (span, bool) {
	if !d.toks[ts.t0].cap || lx.titles.longestKind(d.toks, ts.t0, ts.t0+1, titleUnit) == 0 || d.civicHead(lx, ts) {
		return span{}, false
	}
	pre = d.trimChunk(lx, pre)
	if pre.empty() || pre.t1 != ts.t0 || pre.t1-pre.t0 > 3 {
		return span{}, false
	}
	for k := pre.t0; k < pre.t1; k++ {
		t := d.toks[k]
		if !d.isCapWord(k) || t.hyphen || t.upper || isPossessive(t.text) || lx.connector[t.lower] {
			return span{}, false // an acronym names a body: "the UNDP State Coordinator"
		}
		if _, ok := lx.orgEnd[t.lower]; ok {
			return span{}, false // "Delmar Holdings State Liaison": an employer
		}
		if n, _ := lx.orgs.longest(d.toks, k, pre.t1); n > 0 {
			return span{}, false // a known organization is the employer
		}
		if _, ok := lx.demonyms[t.lower]; ok {
			return span{}, false // "Hungarian State Secretary": a nationality
		}
	}
	if d.isOrgByCue(lx, pre) {
		return span{}, false
	}
	if n, v := lx.locs.longest(d.toks, pre.t0, pre.t1); n == pre.t1-pre.t0 && v >= 0 && lx.places[v].kind == "country" {
		return span{}, false // "U.S. District Judge": the nation's own court
	}
	return pre, true
}
