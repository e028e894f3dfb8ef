package extract

// pastLegalComma steps back over the comma that closes a company's legal
// form before its verb: "Tenby Bio Co., Ltd., today announced", "Marlow,
// Inc., said". House style sets a legal form off by commas on both sides,
// so that comma ends the name and opens no appositive; the appositive skip
// of subjectPhrase would otherwise read ", Ltd.," as one and lose the
// coordination before it. Token k is the candidate comma; the result is
// the token before it when the word before the comma is a legal form
// (word class legalform) that ends an organization mention, else k.
func (d *document) pastLegalComma(k int, s sentence) int {
	if k-1 < s.t0 || d.toks[k].text != "," || !d.lx.is(d.toks[k-1].lower, wcLegalForm) {
		return k
	}
	for _, m := range d.mentionsIn(span{max(s.t0, k-8), k}) {
		if m.span.t1 == k && m.typ == Organization {
			return k - 1
		}
	}
	return k
}
