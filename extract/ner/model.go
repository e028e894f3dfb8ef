// Package ner is a learned named-entity tagger: an averaged-perceptron
// sequence labeller with Viterbi decoding over BILOU labels for PER, ORG, LOC and MISC, with the
// features that matter for news — word shape and affixes, casing (and
// whether the sentence is an all-capitals headline), neighbouring words, the
// extractor's rule tables (given as Class bits), and document-level facts:
// how the same word is written elsewhere in the document, the types it was
// given earlier, and whether the sentence is a results table or list line.
//
// The shipped model (model.bin.gz, trained by ./train, see README.md) is
// loaded once by Default and is safe for concurrent use.
package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Types are the entity types, in label order.
var Types = [...]string{"PER", "ORG", "LOC", "MISC"}

const (
	numTypes  = len(Types)
	numLabels = 1 + 4*numTypes // O, then B I L U of each type
)

// label parts
const (
	partB = iota
	partI
	partL
	partU
)

func label(typ, part int) int { return 1 + typ*4 + part }
func labelType(l int) int     { return (l - 1) / 4 }
func labelPart(l int) int     { return (l - 1) % 4 }

func labelName(l int) string {
	if l < 0 {
		return "<s>"
	}
	if l == 0 {
		return "O"
	}
	return string("BILU"[labelPart(l)]) + "-" + Types[labelType(l)]
}

func typeName(t int) string {
	if t == 0 {
		return "-"
	}
	return Types[t-1]
}

// Span is one entity the tagger found: words [Start, End) of sentence Sent.
// Score is the smallest margin of its words' labels over the runner-up (in
// model units; higher is surer).
type Span struct {
	Sent, Start, End int
	Type             string // PER, ORG, LOC or MISC
	Score            float32
	Table            bool // the sentence is a results table or list line
}

// Model is a trained tagger. It is read-only once loaded: Tag may be called
// from many goroutines.
type Model struct {
	index   map[uint64]uint32 // feature -> offset into weights
	weights []int16           // numLabels per feature
	scale   float32           // weight = int16 * scale
	// an open-addressing copy of index for scoring (faster than a map):
	// slot = hash's top bits, linear probing; offs holds offset+1, 0 empty
	keys  []uint64
	offs  []uint32
	shift uint
}

// seal builds the scoring table from index.
func (m *Model) seal() {
	size, bits := 1, uint(0)
	for size < 2*len(m.index)+1 {
		size, bits = size*2, bits+1
	}
	m.keys, m.offs, m.shift = make([]uint64, size), make([]uint32, size), 64-bits
	for k, off := range m.index {
		i := (k * 0x9E3779B97F4A7C15) >> m.shift
		for m.offs[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		m.keys[i], m.offs[i] = k, off+1
	}
}

func (m *Model) lookup(k uint64) (uint32, bool) {
	mask := uint64(len(m.keys) - 1)
	for i := (k * 0x9E3779B97F4A7C15) >> m.shift; ; i = (i + 1) & mask {
		o := m.offs[i]
		if o == 0 {
			return 0, false
		}
		if m.keys[i] == k {
			return o - 1, true
		}
	}
}

// Features is the number of features the model holds.
func (m *Model) Features() int { return len(m.index) }

func (m *Model) score(feats []uint64, sc *[numLabels]int32) {
	*sc = [numLabels]int32{}
	for _, f := range feats {
		off, ok := m.lookup(f)
		if !ok {
			continue
		}
		w := m.weights[off : off+uint32(numLabels)]
		for l := range sc {
			sc[l] += int32(w[l])
		}
	}
}

// scorer is what the decoder needs: the model or the model in training.
type scorer interface {
	scores(feats []uint64, sc *[numLabels]float32)
}

func (m *Model) scores(feats []uint64, sc *[numLabels]float32) {
	var isc [numLabels]int32
	m.score(feats, &isc)
	for l := range sc {
		sc[l] = float32(isc[l]) * m.scale
	}
}

// Tag labels a document and returns its entities, in document order.
func (m *Model) Tag(doc []Sentence) []Span {
	labels, margins := decode(m, doc, nil)
	out := spans(labels, margins)
	for i := range out {
		out[i].Table = tableLine(doc[out[i].Sent].Words)
	}
	return out
}

// Allowed labels per word, and the transitions BILOU permits. A word that
// cannot be in a name (lower case, a number, punctuation: not capitalized,
// outside a headline in capitals) is O without being scored, unless it
// follows a capitalized or linking word and a capitalized word comes within
// the next two ("Bank of England", "Duke of Norfolk 's XI"): then it may be
// inside a name (I), never begin or end one. This is most of a sentence and
// most of the cost, in training as in tagging.
const (
	allowO      = iota // O only, not scored
	allowInside        // O or I-*
	allowAll
)

func allowance(info *sentInfo) []uint8 {
	n := len(info.toks)
	out := make([]uint8, n)
	capLike := func(i int) bool { return i < n && (info.caps || info.toks[i].cap) }
	for i := range out {
		switch {
		case capLike(i):
			out[i] = allowAll
		case i > 0 && out[i-1] != allowO && (capLike(i+1) || capLike(i+2)):
			out[i] = allowInside
		}
	}
	return out
}

func allowed(a uint8, l int) bool { return allowTab[a][l] }

// validAfter: label l may follow label p (-1: the sentence start) in BILOU.
func validAfter(p, l int) bool { return validTab[p+1][l] }

// validEnd: a sentence may end on label l.
func validEnd(l int) bool { return l == 0 || labelPart(l) == partL || labelPart(l) == partU }

var (
	allowTab  [3][numLabels]bool
	allowList [3][]int
	validTab  [numLabels + 1][numLabels]bool
)

func init() {
	for a := uint8(0); a < 3; a++ {
		for l := 0; l < numLabels; l++ {
			ok := true
			switch a {
			case allowO:
				ok = l == 0
			case allowInside:
				ok = l == 0 || labelPart(l) == partI
			}
			allowTab[a][l] = ok
			if ok {
				allowList[a] = append(allowList[a], l)
			}
		}
	}
	for p := -1; p < numLabels; p++ {
		open := p > 0 && (labelPart(p) == partB || labelPart(p) == partI)
		for l := 0; l < numLabels; l++ {
			if open {
				validTab[p+1][l] = l > 0 && labelType(l) == labelType(p) && (labelPart(l) == partI || labelPart(l) == partL)
			} else {
				validTab[p+1][l] = l == 0 || labelPart(l) == partB || labelPart(l) == partU
			}
		}
	}
}

// lattice holds one sentence's scores: emit[i][l] the label-only features,
// trans[i][p+1][l] those that read the previous label p.
type lattice struct {
	emit  [][numLabels]float32
	trans [][numLabels + 1][numLabels]float32
	alpha [][numLabels]float32
	beta  [][numLabels]float32
	back  [][numLabels]int8
}

func (lt *lattice) reset(n int) {
	grow := func(c int) int { return max(c, n) }
	if cap(lt.emit) < n {
		c := grow(2 * cap(lt.emit))
		lt.emit = make([][numLabels]float32, c)
		lt.trans = make([][numLabels + 1][numLabels]float32, c)
		lt.alpha = make([][numLabels]float32, c)
		lt.beta = make([][numLabels]float32, c)
		lt.back = make([][numLabels]int8, c)
	}
	lt.emit, lt.trans, lt.alpha, lt.beta, lt.back = lt.emit[:n], lt.trans[:n], lt.alpha[:n], lt.beta[:n], lt.back[:n]
}

var negInf = float32(math.Inf(-1))

// lattices are reused across documents (a lattice is 5 KB a word).
var lattices = sync.Pool{New: func() any { return new(lattice) }}

// viterbi finds the best label sequence under the BILOU constraints and
// each word's margin: the best sequence's score minus the best score of a
// sequence with another label at that word (max-marginals).
func viterbi(lt *lattice, allow []uint8, lab []int, mar []float32) {
	n := len(allow)
	// emission and transition scores; words never scored have none
	tr := func(i, p, l int) float32 {
		if allow[i] == allowO {
			return 0
		}
		return lt.trans[i][p+1][l] + lt.emit[i][l]
	}
	for i := 0; i < n; i++ {
		for l := range lt.alpha[i] {
			lt.alpha[i][l], lt.back[i][l] = negInf, -1
		}
		for _, l := range allowList[allow[i]] {
			if i == 0 {
				if validAfter(-1, l) {
					lt.alpha[i][l] = tr(i, -1, l)
				}
				continue
			}
			for _, p := range allowList[allow[i-1]] {
				if lt.alpha[i-1][p] == negInf || !validAfter(p, l) {
					continue
				}
				if v := lt.alpha[i-1][p] + tr(i, p, l); v > lt.alpha[i][l] {
					lt.alpha[i][l], lt.back[i][l] = v, int8(p)
				}
			}
		}
	}
	// backward: beta[i][l] is the best score of the words after i given l
	for i := n - 1; i >= 0; i-- {
		for l := range lt.beta[i] {
			lt.beta[i][l] = negInf
		}
		for _, l := range allowList[allow[i]] {
			if lt.alpha[i][l] == negInf {
				continue
			}
			if i == n-1 {
				if validEnd(l) {
					lt.beta[i][l] = 0
				}
				continue
			}
			for _, q := range allowList[allow[i+1]] {
				if lt.beta[i+1][q] == negInf || !validAfter(l, q) {
					continue
				}
				if v := tr(i+1, l, q) + lt.beta[i+1][q]; v > lt.beta[i][l] {
					lt.beta[i][l] = v
				}
			}
		}
	}
	best := 0
	for _, l := range allowList[allow[n-1]] {
		if lt.alpha[n-1][l]+lt.beta[n-1][l] > lt.alpha[n-1][best]+lt.beta[n-1][best] {
			best = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		lab[i] = best
		if i > 0 {
			best = int(lt.back[i][best])
		}
	}
	for i := 0; i < n; i++ {
		if allow[i] == allowO {
			mar[i] = 100
			continue
		}
		top, second := lt.alpha[i][lab[i]]+lt.beta[i][lab[i]], negInf
		for _, l := range allowList[allow[i]] {
			if l != lab[i] && lt.alpha[i][l] != negInf && lt.beta[i][l] != negInf {
				second = max(second, lt.alpha[i][l]+lt.beta[i][l])
			}
		}
		if second == negInf {
			mar[i] = 100
		} else {
			mar[i] = top - second
		}
	}
}

// fill scores the lattice of a sentence: the static and history features
// of each word that may be in a name, and the previous-label features for
// each previous label the constraints leave possible.
func fill(sc scorer, lt *lattice, info *sentInfo, di *docInfo, allow []uint8, hists []int, buf []uint64) []uint64 {
	var s [numLabels]float32
	for i := range allow {
		if allow[i] == allowO {
			continue
		}
		buf = static(buf[:0], info, di, i)
		buf = histFeats(buf, info, i, hists[i])
		sc.scores(buf, &lt.emit[i])
		for p := -1; p < numLabels; p++ {
			if (p < 0) != (i == 0) || (p >= 0 && !allowed(allow[i-1], p)) {
				continue
			}
			buf = prevFeats(buf[:0], info, i, p)
			sc.scores(buf, &s)
			lt.trans[i][p+1] = s
		}
	}
	return buf
}

// docHist counts, per word (lower case), the types the document gave it
// so far (index 0: capitalized but O).
type docHist map[string]*[numTypes + 1]int32

func (h docHist) of(w string) int {
	c := h[w]
	if c == nil {
		return 0
	}
	best, t := int32(0), 0
	for k := 1; k <= numTypes; k++ {
		if c[k] > best {
			best, t = c[k], k
		}
	}
	if c[0] > best {
		t = 0
	}
	return t
}

func (h docHist) add(info *sentInfo, lab []int) {
	for i, l := range lab {
		w := info.toks[i].lower
		c := h[w]
		if c == nil {
			c = new([numTypes + 1]int32)
			h[w] = c
		}
		if l == 0 {
			if info.toks[i].cap && !info.caps {
				c[0]++
			}
		} else {
			c[labelType(l)+1]++
		}
	}
}

// sentCtx is what a learner is given after each sentence is decoded.
type sentCtx struct {
	si    int
	info  *sentInfo
	di    *docInfo
	allow []uint8
	hists []int
	pred  []int
}

// decode labels every sentence with Viterbi. Sentences in capitals
// (headlines) are labelled last so that they can read the types the body
// gave the same words. learn, when set, is called after each sentence with
// its prediction, before the document history takes it (training).
func decode(sc scorer, doc []Sentence, learn func(c *sentCtx)) ([][]int, [][]float32) {
	infos, di := prepare(doc)
	labels := make([][]int, len(doc))
	margins := make([][]float32, len(doc))
	hist := docHist{}
	order := make([]int, 0, len(doc))
	for si := range doc {
		if !infos[si].caps {
			order = append(order, si)
		}
	}
	for si := range doc {
		if infos[si].caps {
			order = append(order, si)
		}
	}
	buf := make([]uint64, 0, 96)
	lt := lattices.Get().(*lattice)
	defer lattices.Put(lt)
	for _, si := range order {
		info := &infos[si]
		n := len(info.toks)
		lab := make([]int, n)
		mar := make([]float32, n)
		labels[si], margins[si] = lab, mar
		if n == 0 {
			continue
		}
		allow := allowance(info)
		hists := make([]int, n)
		for i := range hists {
			if allow[i] != allowO {
				hists[i] = hist.of(info.toks[i].lower)
			}
		}
		lt.reset(n)
		buf = fill(sc, lt, info, &di, allow, hists, buf)
		viterbi(lt, allow, lab, mar)
		if learn != nil {
			learn(&sentCtx{si: si, info: info, di: &di, allow: allow, hists: hists, pred: lab})
		}
		hist.add(info, lab)
	}
	return labels, margins
}

// spans reads entities off BILOU labels leniently (a greedy decoder may
// leave an entity open): B or U starts one, L or U ends it, and an O, a
// label of another type or a new start closes the open one at the word
// before.
func spans(labels [][]int, margins [][]float32) []Span {
	var out []Span
	for si, lab := range labels {
		start, typ := -1, -1
		var score float32
		closeAt := func(end int) {
			if start >= 0 {
				out = append(out, Span{Sent: si, Start: start, End: end, Type: Types[typ], Score: score})
			}
			start = -1
		}
		for i, l := range lab {
			if l == 0 {
				closeAt(i)
				continue
			}
			p, t := labelPart(l), labelType(l)
			if p == partB || p == partU || start < 0 || t != typ {
				closeAt(i)
				start, typ, score = i, t, margins[si][i]
			} else {
				score = min(score, margins[si][i])
			}
			if p == partL || p == partU {
				closeAt(i + 1)
			}
		}
		closeAt(len(lab))
	}
	return out
}

// The model file: gzip of "NERM", version, label count, scale (float32),
// feature count, then per feature its hash (uint64) and numLabels int16
// weights, little-endian.
const magic = "NERM"

// Write saves the model.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	keys := sortedKeys(m.index)
	hdr := []any{[]byte(magic), uint32(1), uint32(numLabels), m.scale, uint32(len(keys))}
	for _, v := range hdr {
		if err := binary.Write(bw, binary.LittleEndian, v); err != nil {
			return err
		}
	}
	for _, k := range keys {
		off := m.index[k]
		if err := binary.Write(bw, binary.LittleEndian, k); err != nil {
			return err
		}
		if err := binary.Write(bw, binary.LittleEndian, m.weights[off:off+uint32(numLabels)]); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if len(data) < 20 || string(data[:4]) != magic {
		return nil, errors.New("ner model: not a model file (bad magic)")
	}
	le := binary.LittleEndian
	if v := le.Uint32(data[4:]); v != 1 {
		return nil, fmt.Errorf("ner model: version %d, want 1", v)
	}
	if n := le.Uint32(data[8:]); int(n) != numLabels {
		return nil, fmt.Errorf("ner model: %d labels, want %d", n, numLabels)
	}
	m := &Model{scale: math.Float32frombits(le.Uint32(data[12:]))}
	n := int(le.Uint32(data[16:]))
	rec := 8 + 2*numLabels
	body := data[20:]
	if len(body) != n*rec {
		return nil, fmt.Errorf("ner model: %d bytes of features, want %d", len(body), n*rec)
	}
	m.index = make(map[uint64]uint32, n)
	m.weights = make([]int16, n*numLabels)
	for i := 0; i < n; i++ {
		b := body[i*rec:]
		m.index[le.Uint64(b)] = uint32(i * numLabels)
		for l := 0; l < numLabels; l++ {
			m.weights[i*numLabels+l] = int16(le.Uint16(b[8+2*l:]))
		}
	}
	m.seal()
	return m, nil
}

//go:embed model.bin.gz
var embedded []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the shipped model, loaded on first use and shared.
func Default() (*Model, error) {
	defOnce.Do(func() {
		defModel, defErr = Read(bytes.NewReader(embedded))
	})
	return defModel, defErr
}
