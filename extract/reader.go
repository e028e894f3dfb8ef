package extract

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
)

// The pair reader (session 10): a learned reader that proposes events the
// rule passes miss. After the rule passes have read every sentence
// (findEvents), it lists every pair of party entities named in one
// sentence (reader_features.go), for each event type whose events do not
// already have both, and scores the pair with the logistic regression of
// extract/tables/reader.tsv (trained by `newswire-train reader`). A pair
// scoring at least the table's threshold becomes a draft of its type,
// anchored in the sentence that scores it highest at the sentence's
// trigger of the type (else its nearest verb), and goes through the
// existing time, place and build passes (settle) like any rule's draft:
// the learned confidence scores it, --explain says "proposed by the pair
// reader". With the table's "on" row 0 the reader does nothing at all.

// pairReader is reader.tsv: the switch, the threshold, the bias and the
// weights (linearTable, features named TYPE|TEMPLATE…), the weights again
// by type for scoring, and the reader's own row "sentences".
type pairReader struct {
	linearTable
	byType map[string][3]float64 // the weights by feature without its type, by readerTypes index
	// sentences: a candidate's probability is its best sentence's (each
	// sentence's features and the article's counts), not that of the
	// union of its sentences' features
	sentences bool
	// observe, when set (training: Extractor.ReaderCandidates), receives
	// every article's candidates whether the reader is on or not
	observe func([]ReaderCandidate)
}

// readerFormat is reader.tsv's format (tables/README.md, "Learned
// tables"): the switch "on" and a "threshold"; a feature is TYPE|TEMPLATE….
var readerFormat = linearFormat{
	model:     "reader",
	switchRow: "on",
	switchDoc: "1 (propose events) or 0 (the reader does nothing)",
	threshold: true,
	known:     knownReaderFeature,
	templates: "readerTemplates (TYPE|TEMPLATE…)",
}

// loadReader reads a row of reader.tsv: "sentences 0|1" or a row of the
// linear table (the switch, threshold, bias, reset or a feature's weight).
func (lx *lexicon) loadReader(r row) error {
	rd := &lx.reader
	if r.col(0) == "sentences" {
		switch r.col(1) {
		case "0", "1":
			rd.sentences = r.col(1) == "1"
			return nil
		}
		return fmt.Errorf("reader: sentences %q: want 1 (a candidate scores as its best sentence) or 0 (as the union of its sentences)", r.col(1))
	}
	if err := rd.row(&readerFormat, r); err != nil {
		return fmt.Errorf("reader: %w", err)
	}
	switch f := r.col(0); {
	case f == "reset":
		rd.byType = nil
	case !readerFormat.special(f):
		rd.index(f)
	}
	return nil
}

// index copies feature f's weight from the table into byType.
func (rd *pairReader) index(f string) {
	if rd.byType == nil {
		rd.byType = map[string][3]float64{}
	}
	ti, rest, _ := readerFeature(f)
	ws := rd.byType[rest]
	ws[ti] = rd.weights[f]
	rd.byType[rest] = ws
}

// knownReaderFeature: a feature one of the templates makes, for an event
// type the reader proposes.
func knownReaderFeature(f string) bool {
	_, _, ok := readerFeature(f)
	return ok
}

// readerFeature splits a feature into its type's index and the feature
// without it; false for one no template makes.
func readerFeature(f string) (int, string, bool) {
	for ti, typ := range readerTypes {
		rest, ok := strings.CutPrefix(f, typ+"|")
		if !ok {
			continue
		}
		for _, t := range readerTemplates {
			if rest == t || strings.HasPrefix(rest, t+"=") {
				return ti, rest, true
			}
		}
	}
	return 0, "", false
}

// score is the reader's log-odds for a candidate of type ti with these
// features (each once, without the type).
func (rd *pairReader) score(ti int, fs []string) float64 {
	z := rd.bias
	for _, f := range fs {
		z += rd.byType[f][ti]
	}
	return z
}

// sentenceScore is the log-odds of one sentence of a candidate: its
// features and the article's counts.
func (rd *pairReader) sentenceScore(pc *pairCand, fs sentFeats) float64 {
	return rd.score(pc.ti, fs.base) + rd.score(pc.ti, fs.extra[:]) + rd.score(pc.ti, pc.art[:]) - 2*rd.bias
}

// ReaderCandidate is one (pair, type) candidate of an article as the pair
// reader saw it, for training and for tests.
type ReaderCandidate struct {
	Type      string
	Parties   [2]string // the entities' canonical names, sorted
	Sentences []int     // the sentences naming both
	Features  []string  // the union of its sentences' features, sorted (each once)
	// PerSentence are each sentence's features with the article's counts
	// (each once), in the order of Sentences
	PerSentence [][]string
	P           float64 // the reader's probability with the extractor's weights
	Sentence    int     // the sentence it is read from (the highest scoring)
	Text        string  // that sentence's text
	Blocked     string  // the candidate rule that would remove its draft (blocked), "" for none: it is never proposed
	Proposed    bool    // the reader proposed it (it is on and P reached the threshold)
}

// readPairs runs the pair reader over the document once the rule passes
// have read it: it proposes the candidates over the threshold, and hands
// every candidate to the observer. Off and unobserved it does nothing.
func (r *eventRun) readPairs() {
	rd := &r.lx.reader
	if !rd.on && rd.observe == nil {
		return
	}
	order, _, isTitle, firstSent := r.d.eventOrder()
	cands := r.pairCandidates(order, isTitle, firstSent)
	for _, pc := range cands {
		best := math.Inf(-1)
		for i, fs := range pc.perSent {
			if z := rd.sentenceScore(pc, fs); z > best {
				best, pc.best = z, i
			}
		}
		pc.p = sigmoid(rd.score(pc.ti, pc.feats))
		if rd.sentences {
			pc.p = sigmoid(best)
		}
	}
	if rd.on && rd.threshold < 1 {
		speaker := r.d.speaker
		r.d.speaker = nil // a proposal is no quotation's
		defer func() { r.d.speaker = speaker }()
		// the likeliest first: a pair the reader proposes may cover
		// another candidate's parties no more than a rule event does
		order := append([]*pairCand(nil), cands...)
		sort.SliceStable(order, func(i, j int) bool { return order[i].p > order[j].p })
		for _, pc := range order {
			if pc.p >= rd.threshold {
				pc.proposed = r.propose(pc, isTitle[pc.sents[pc.best]])
			}
		}
	}
	if rd.observe != nil {
		out := make([]ReaderCandidate, len(cands))
		for i, pc := range cands {
			conj := func(in []string) []string {
				out := make([]string, 0, len(in))
				seen := make(map[string]bool, len(in))
				for _, f := range in {
					if !seen[f] {
						seen[f] = true
						out = append(out, pc.typ+"|"+f)
					}
				}
				sort.Strings(out)
				return out
			}
			fs := conj(pc.feats)
			per := make([][]string, len(pc.perSent))
			for j, sf := range pc.perSent {
				per[j] = conj(append(append(append([]string(nil), sf.base...), sf.extra[:]...), pc.art[:]...))
			}
			out[i] = ReaderCandidate{Blocked: r.blocked(r.draftOf(pc, isTitle[pc.sents[pc.best]])), Type: pc.typ, Parties: [2]string{pc.a.canon, pc.b.canon}, Sentences: pc.sents,
				Features: fs, PerSentence: per, P: pc.p, Sentence: pc.sents[pc.best], Text: r.d.sentenceText(pc.sents[pc.best]), Proposed: pc.proposed}
		}
		rd.observe(out)
	}
}

// readerFrames are the frames of a proposal no trigger of its type
// anchors: read at its nearest verb, else as a noun; no roles.
var readerFrames = func() map[string][2]*frame {
	out := map[string][2]*frame{}
	for _, typ := range readerTypes {
		out[typ] = [2]*frame{{lemma: "pair reader", typ: typ}, {lemma: "pair reader", typ: typ, verb: true}}
	}
	return out
}()

// draftOf makes a candidate a draft in the sentence it is read from,
// anchored at readerAnchor, its parties the pair.
func (r *eventRun) draftOf(pc *pairCand, title bool) *eventDraft {
	d := r.d
	si := pc.sents[pc.best]
	s := d.sent[si]
	xs, ys := pc.spans[pc.best][0], pc.spans[pc.best][1]
	tr := d.readerAnchor(r.lx, s, pc.typ, xs, ys)
	c := &eventDraft{si: si, s: s, title: title, trigs: []trigMatch{tr}, tr: tr}
	c.cl = d.readClause(tr, s)
	c.future = c.cl.future || d.futureCueBefore(tr, s)
	c.attrs = span{s.t0, s.t1}
	c.region = span{s.t0, s.t1}
	c.unknown = map[string]bool{}
	c.rule = "pair-reader"
	for _, e := range []*entity{pc.a, pc.b} {
		c.parts = append(c.parts, e.canon)
		if e.typ == Person {
			c.persons = append(c.persons, e.canon)
		}
	}
	return c
}

// blocked names the candidate rule that would remove a draft read at the
// anchor — a quotation, a factuality rule (factualityRules: denied,
// cancelled, hoped for...) — or "" for none. A blocked candidate is
// never proposed.
func (r *eventRun) blocked(c *eventDraft) string {
	if inSpans(r.d.quotedSpans(c.s), c.tr.t0) {
		return "quotation"
	}
	return r.notFactual(c, c.s.t1)
}

// propose makes a candidate a draft and settles it like a rule's draft;
// it reports whether an event came of it.
func (r *eventRun) propose(pc *pairCand, title bool) bool {
	d := r.d
	c := r.draftOf(pc, title)
	tr, si := c.tr, c.si
	if why := r.blocked(c); why != "" {
		d.tracef("S%d %s %q: the pair reader's [%s %s] (p=%.2f) not proposed: %s", si, pc.typ, d.textOf(span{tr.t0, tr.t1}), pc.a.canon, pc.b.canon, pc.p, why)
		return false
	}
	why := fmt.Sprintf("proposed by the pair reader, p=%.2f, sentence %d", pc.p, si)
	c.vias = append(c.vias, why)
	d.tracef("S%d %s %q: %s: [%s %s]", si, pc.typ, d.textOf(span{tr.t0, tr.t1}), why, pc.a.canon, pc.b.canon)
	n := len(d.events)
	r.settle(c)
	return len(d.events) > n
}

// readerAnchor is the trigger a proposal is read at: the sentence's
// trigger of the type nearest the pair, else the nearest verb to it
// (between the mentions, after, before), else the word after the first
// mention.
func (d *document) readerAnchor(lx *lexicon, s sentence, typ string, xs, ys span) trigMatch {
	best, bestDist := trigMatch{}, -1
	for k := s.t0; k < s.t1; {
		n, v := lx.triggers.longest(d.toks, k, s.t1)
		if n == 0 || v < 0 {
			k++
			continue
		}
		if m, ok := d.reading(lx, k, k+n, lx.formSets[v]); ok && m.typ == typ {
			dist := min(absInt(k-xs.t1), absInt(k-ys.t0))
			if bestDist < 0 || dist < bestDist {
				best, bestDist = m, dist
			}
		}
		k += n
	}
	if bestDist >= 0 {
		return best
	}
	fr := readerFrames[typ]
	verbAt := func(k int) bool { return len(d.toks[k].tag) >= 2 && d.toks[k].tag[:2] == "VB" }
	for _, rng := range [][2]int{{xs.t1, ys.t0}, {ys.t1, min(s.t1, ys.t1+6)}} {
		for k := rng[0]; k < rng[1]; k++ {
			if verbAt(k) {
				return trigMatch{t0: k, t1: k + 1, typ: typ, verb: true, frame: fr[1], form: verbForm(d.toks[k].tag), sup: -1}
			}
		}
	}
	for k := xs.t0 - 1; k >= max(s.t0, xs.t0-6); k-- {
		if verbAt(k) {
			return trigMatch{t0: k, t1: k + 1, typ: typ, verb: true, frame: fr[1], form: verbForm(d.toks[k].tag), sup: -1}
		}
	}
	k := min(xs.t1, s.t1-1)
	return trigMatch{t0: k, t1: k + 1, typ: typ, frame: fr[0], form: formNoun, sup: -1}
}

// verbForm is the form a verb's tag says it is.
func verbForm(tag string) formKind {
	switch tag {
	case "VBD":
		return formPast
	case "VBN":
		return formPart
	case "VBG":
		return formGerund
	case "VBZ":
		return formThird
	}
	return formBase
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// ReaderCandidates extracts an article and returns its record with every
// (pair, type) candidate of the pair reader, proposed or not. The record
// is the one Extract gives.
func (x *Extractor) ReaderCandidates(ctx context.Context, a Article) (*Record, []ReaderCandidate, error) {
	var out []ReaderCandidate
	lx := *x.lx
	lx.reader.observe = func(cs []ReaderCandidate) { out = append(out, cs...) }
	y := *x
	y.lx = &lx
	rec, err := y.Extract(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	return rec, out, nil
}

// WithReaderSentences returns an Extractor like x whose pair reader
// scores a candidate as its best sentence (on) or as the union of its
// sentences' features (off); x is unchanged.
func (x *Extractor) WithReaderSentences(on bool) *Extractor {
	lx := *x.lx
	lx.reader.sentences = on
	y := *x
	y.lx = &lx
	return &y
}

// WithReader returns an Extractor like x whose pair reader has the given
// switch, threshold, bias and weights; x is unchanged. A weight for a
// feature no template makes is an error.
func (x *Extractor) WithReader(on bool, threshold, bias float64, weights map[string]float64) (*Extractor, error) {
	t, err := readerFormat.newTable(on, threshold, bias, weights)
	if err != nil {
		return nil, err
	}
	rd := pairReader{linearTable: t}
	for f := range t.weights {
		rd.index(f)
	}
	lx := *x.lx
	lx.reader = rd
	y := *x
	y.lx = &lx
	return &y, nil
}
