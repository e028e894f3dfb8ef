package extract

import (
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"
)

// The NER pass asks prose's named-entity recogniser for a second opinion on
// the people the rules only guessed ("Wood Mackenzie said": a name before
// a reporting verb, with no title, honorific or known given name): a guess
// prose does not also label PERSON is dropped. prose's NER is slow (most of
// prose's time) and, used as the first opinion, labels many organizations
// and programme names PERSON (measured on testdata: precision of PERSON
// fell from 1.00 to 0.95), so it is one signal among the tables', asked
// only where they are unsure.

const maxNERSentences = 40

func (tg *tagger) ner(d *document, lx *lexicon) {
	bySent := map[int][]int{}
	for i, m := range d.mentions {
		if m.typ == Person && m.weak {
			s := d.toks[m.span.t0].sent
			bySent[s] = append(bySent[s], i)
		}
	}
	// prose's recogniser is slow: past maxNERSentences sentences (a
	// pathological article), the guesses stay unconfirmed and are dropped
	sents := make([]int, 0, len(bySent))
	for si := range bySent {
		sents = append(sents, si)
	}
	sort.Ints(sents)
	for _, si := range sents[min(len(sents), maxNERSentences):] {
		for _, i := range bySent[si] {
			d.mentions[i].typ = ""
		}
		delete(bySent, si)
	}
	for si, idx := range bySent {
		norm, _ := asciiQuotes(d.sentenceText(si))
		pd, err := prose.NewDocument(norm, prose.UsingModel(tg.model), prose.WithSegmentation(false))
		if err != nil {
			continue
		}
		for _, i := range idx {
			m := &d.mentions[i]
			text, _ := asciiQuotes(m.text)
			confirmed := false
			for _, e := range pd.Entities() {
				if e.Label == "PERSON" && strings.Contains(strings.ToLower(e.Text), strings.ToLower(text)) {
					confirmed = true
				}
			}
			if confirmed {
				m.strong, m.weak = true, false
			} else {
				m.typ = "" // back to an unknown name
			}
		}
	}
}
