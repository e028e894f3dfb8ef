package extract

import "strings"

// preverbTags: after a pronoun or a name, an adverb of time (word class
// preverb: "last", "once") and a lower-case word in -ed are an adverb and a
// past tense, whatever the tagger read: in "She last visited Riga in
// March" it tags "last visited" as two adjectives, and the date then
// finds no past verb to take its year from. After a determiner ("the last
// visited port") nothing changes.
func (d *document) preverbTags(lx *lexicon) {
	for k := 2; k < len(d.toks); k++ {
		t, adv, subj := d.toks[k], d.toks[k-1], d.toks[k-2]
		if t.sent != subj.sent || t.cap || !t.word || !strings.HasSuffix(t.lower, "ed") || adv.cap || !lx.is(adv.lower, wcPreverb) {
			continue
		}
		if strings.HasPrefix(t.tag, "VB") && t.tag != "VBN" {
			continue
		}
		if !(subj.tag == "PRP" || subj.tag == "NNP" || subj.tag == "NNPS" || subj.tag == "NNS" || lx.is(subj.lower, wcPronoun)) {
			continue
		}
		d.toks[k-1].tag, d.toks[k].tag = "RB", "VBD"
	}
}
