package extract

import "strings"

// preverbTags: an adverb of time (word class preverb: "last", "once",
// "previously") between a subject and its verb is an adverb, whatever the
// tagger read, so the clause reader takes it into the verb group as it
// takes any adverb and the verb keeps its subject ("The two leaders once
// met in Oslo"). In "She last visited Riga in March" the tagger reads
// "last visited" as two adjectives: after a pronoun or a name, a lower-case
// word in -ed there is also a past tense, so the date finds the past verb
// it takes its year from. So is an irregular past of irregular_verbs.tsv
// the tagger read as an adjective and a noun ("Ruiz and Okafor last met
// in June": "last met" as JJ NN would leave the meeting unread). After a determiner it modifies a noun ("the
// last visited port", "a once great club") and nothing changes.
func (d *document) preverbTags(lx *lexicon) {
	for k := 2; k < len(d.toks); k++ {
		t, adv, prev := d.toks[k], d.toks[k-1], d.toks[k-2]
		if t.sent != prev.sent || t.cap || !t.word || adv.cap || !lx.is(adv.lower, wcPreverb) {
			continue
		}
		if lx.is(prev.lower, wcDefinite, wcArticle) {
			continue
		}
		subj := prev.tag == "PRP" || prev.tag == "NNP" || prev.tag == "NNPS" || prev.tag == "NNS" || lx.is(prev.lower, wcPronoun)
		switch {
		case subj && (strings.HasSuffix(t.lower, "ed") || lx.irregularPast(t.lower, false)) && (!strings.HasPrefix(t.tag, "VB") || t.tag == "VBN"):
			d.toks[k-1].tag, d.toks[k].tag = "RB", "VBD"
		case strings.HasPrefix(t.tag, "VB"):
			d.toks[k-1].tag = "RB"
		}
	}
}
