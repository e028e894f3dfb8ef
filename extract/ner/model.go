// Package ner is a learned named-entity tagger: a greedy averaged-perceptron
// sequence labeller over BILOU labels for PER, ORG, LOC and MISC, with the
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

// decode labels every sentence greedily, left to right. Sentences in
// capitals (headlines) are labelled last so that they can read the types
// the body gave the same words. learn, when set, is called at each word
// with its features and the predicted label and returns the label to keep
// in the history (training).
func decode(sc scorer, doc []Sentence, learn func(si, i int, feats []uint64, pred int) int) ([][]int, [][]float32) {
	infos, di := prepare(doc)
	labels := make([][]int, len(doc))
	margins := make([][]float32, len(doc))
	hist := map[string]*[numTypes + 1]int32{}
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
	var s [numLabels]float32
	for _, si := range order {
		info := &infos[si]
		n := len(info.toks)
		lab := make([]int, n)
		mar := make([]float32, n)
		for i := 0; i < n; i++ {
			h := 0
			if c := hist[info.toks[i].lower]; c != nil {
				best := int32(0)
				for t := 1; t <= numTypes; t++ {
					if c[t] > best {
						best, h = c[t], t
					}
				}
				if c[0] > best {
					h = 0
				}
			}
			// a word that cannot start a name (lower case, a number,
			// punctuation) with no name open before it is O without
			// scoring: most of a sentence, in training as in tagging
			if !info.caps && !info.toks[i].cap && (i == 0 || lab[i-1] == 0 || labelPart(lab[i-1]) >= partL) {
				lab[i], mar[i] = 0, 100
				continue
			}
			buf = static(buf[:0], info, &di, i)
			buf = dynamic(buf, info, i, lab, h)
			sc.scores(buf, &s)
			best, second := -1, float32(math.Inf(-1))
			for l := 0; l < numLabels; l++ {
				if best < 0 || s[l] > s[best] {
					if best >= 0 {
						second = s[best]
					}
					best = l
				} else if s[l] > second {
					second = s[l]
				}
			}
			if learn != nil {
				best = learn(si, i, buf, best)
			}
			lab[i] = best
			mar[i] = s[best] - second
		}
		for i, l := range lab {
			w := info.toks[i].lower
			c := hist[w]
			if c == nil {
				c = new([numTypes + 1]int32)
				hist[w] = c
			}
			if l == 0 {
				if info.toks[i].cap && !info.caps {
					c[0]++
				}
			} else {
				c[labelType(l)+1]++
			}
		}
		labels[si], margins[si] = lab, mar
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
