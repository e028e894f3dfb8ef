package ner

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
)

// GUMTest is GUM's official test split (shared/corpus/ner/README.md): the
// training command holds these documents out.
var GUMTest = map[string]bool{
	"GUM_bio_dvorak": true, "GUM_bio_jespersen": true, "GUM_interview_hill": true, "GUM_interview_libertarian": true,
	"GUM_news_nasa": true, "GUM_news_sensitive": true, "GUM_voyage_oakland": true, "GUM_voyage_vavau": true,
}

// Labeled is a training or test document: its sentences and, per word, a
// BIO2 tag (B-PER, I-ORG, O...).
type Labeled struct {
	ID    string
	Sents []Sentence
	Tags  [][]string
}

// ReadTSV reads the corpus format of shared/corpus/ner: "token<TAB>tag"
// lines, a blank line between sentences, "# doc ID" before each document.
func ReadTSV(r io.Reader) ([]Labeled, error) {
	var docs []Labeled
	var words, tags []string
	flush := func() {
		if len(words) == 0 {
			return
		}
		if len(docs) == 0 {
			docs = append(docs, Labeled{ID: "doc"})
		}
		d := &docs[len(docs)-1]
		d.Sents = append(d.Sents, Sentence{Words: words})
		d.Tags = append(d.Tags, tags)
		words, tags = nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if id, ok := strings.CutPrefix(s, "# doc "); ok {
			flush()
			docs = append(docs, Labeled{ID: strings.TrimSpace(id)})
			continue
		}
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		w, t, ok := strings.Cut(s, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want token<TAB>tag, got %q", line, s)
		}
		if t != "O" && !strings.HasPrefix(t, "B-") && !strings.HasPrefix(t, "I-") {
			return nil, fmt.Errorf("line %d: tag %q: want O, B-TYPE or I-TYPE", line, t)
		}
		words, tags = append(words, w), append(tags, t)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return docs, nil
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

// bilou turns a sentence's BIO2 tags into label indices; unknown types are O.
func bilou(tags []string) []int {
	out := make([]int, len(tags))
	for i, t := range tags {
		if t == "O" {
			continue
		}
		typ := typeIndex(t[2:])
		if typ < 0 {
			continue
		}
		begin := t[0] == 'B' || i == 0 || tags[i-1] == "O" || tags[i-1][2:] != t[2:]
		end := i+1 == len(tags) || tags[i+1][0] != 'I' || tags[i+1][2:] != t[2:]
		switch {
		case begin && end:
			out[i] = label(typ, partU)
		case begin:
			out[i] = label(typ, partB)
		case end:
			out[i] = label(typ, partL)
		default:
			out[i] = label(typ, partI)
		}
	}
	return out
}

// goldSpans are a document's entities by its tags.
func goldSpans(d Labeled) []Span {
	labels := make([][]int, len(d.Tags))
	margins := make([][]float32, len(d.Tags))
	for i, t := range d.Tags {
		labels[i] = bilou(t)
		margins[i] = make([]float32, len(t))
	}
	return spans(labels, margins)
}

type fweights struct {
	w [numLabels]float32
	u [numLabels]float64 // sum of step * update, for averaging
}

type trainer struct {
	f    map[uint64]*fweights
	step float64
}

func (t *trainer) scores(feats []uint64, sc *[numLabels]float32) {
	*sc = [numLabels]float32{}
	for _, f := range feats {
		if fw := t.f[f]; fw != nil {
			for l := range sc {
				sc[l] += fw.w[l]
			}
		}
	}
}

// add adds delta to the weights of label l of the features.
func (t *trainer) add(feats []uint64, l int, delta float32) {
	for _, f := range feats {
		fw := t.f[f]
		if fw == nil {
			fw = &fweights{}
			t.f[f] = fw
		}
		fw.w[l] += delta
		fw.u[l] += float64(delta) * t.step
	}
}

// learn is the structured perceptron's update for one decoded sentence:
// where the prediction and the gold path differ (a label or the label
// before it), the gold path's features gain and the prediction's lose.
func (t *trainer) learn(c *sentCtx, gold []int, buf []uint64) []uint64 {
	t.step++
	for i := range gold {
		gp, pp := -1, -1
		if i > 0 {
			gp, pp = gold[i-1], c.pred[i-1]
		}
		g, p := gold[i], c.pred[i]
		if g == p && gp == pp {
			continue
		}
		if c.allow[i] == allowO {
			continue // never scored: O on both paths
		}
		if g != p {
			buf = static(buf[:0], c.info, c.di, i)
			buf = histFeats(buf, c.info, i, c.hists[i])
			t.add(buf, g, 1)
			t.add(buf, p, -1)
		}
		buf = prevFeats(buf[:0], c.info, i, gp)
		t.add(buf, g, 1)
		buf = prevFeats(buf[:0], c.info, i, pp)
		t.add(buf, p, -1)
	}
	return buf
}

// feasible turns gold BIO tags into BILOU labels the decoder can produce:
// a word that may not begin, end or be in a name (allowance) is O, and the
// name around it is cut there.
func feasible(tags []string, allow []uint8) []int {
	tags = append([]string(nil), tags...)
	for {
		labels := bilou(tags)
		changed := false
		for i, l := range labels {
			if tags[i] != "O" && !allowed(allow[i], l) {
				tags[i], changed = "O", true
			}
		}
		if !changed {
			return labels
		}
	}
}

// TrainOptions set the training run.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// Runs averages the weights of this many perceptrons trained on
	// different orders of the documents (seeds Seed, Seed+1...): a model
	// that depends less on the order. 0 or 1: one.
	Runs int
	// Prune drops features whose largest averaged weight is below this
	// (in perceptron updates): a smaller model file.
	Prune float64
	Log   func(format string, args ...any)
}

// Train learns a model with the averaged perceptron, decoding each training
// document with the model as it stands (so the label history and the
// document history are the model's own, as at tagging time).
func Train(docs []Labeled, o TrainOptions) *Model {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	runs := max(o.Runs, 1)
	sum := map[uint64]*[numLabels]float64{}
	for r := 0; r < runs; r++ {
		t := &trainer{f: map[uint64]*fweights{}}
		t.run(docs, o, o.Seed+int64(r))
		for k, fw := range t.f {
			a := sum[k]
			if a == nil {
				a = new([numLabels]float64)
				sum[k] = a
			}
			for l := range a {
				a[l] += (float64(fw.w[l]) - fw.u[l]/t.step) / float64(runs)
			}
		}
	}
	return finish(sum, o.Prune)
}

// run trains one averaged perceptron, the documents shuffled by seed.
func (t *trainer) run(docs []Labeled, o TrainOptions, seed int64) {
	rng := rand.New(rand.NewSource(seed))
	order := rng.Perm(len(docs))
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		var buf []uint64
		for _, di := range order {
			d := docs[di]
			decode(t, d.Sents, func(c *sentCtx) {
				g := feasible(d.Tags[c.si], c.allow)
				for i := range g {
					total++
					if g[i] != c.pred[i] {
						wrong++
					}
				}
				buf = t.learn(c, g, buf)
			})
		}
		if o.Log != nil {
			o.Log("seed %d epoch %d: %d features, word error %.4f", seed, ep+1, len(t.f), float64(wrong)/float64(max(total, 1)))
		}
	}
}

// finish drops the small averaged weights and quantizes the rest to int16.
func finish(avg map[uint64]*[numLabels]float64, prune float64) *Model {
	type fa struct {
		key uint64
		w   [numLabels]float64
	}
	var kept []fa
	maxAbs := 0.0
	for k, w := range avg {
		big := 0.0
		for _, x := range w {
			big = math.Max(big, math.Abs(x))
		}
		if big <= prune || big == 0 {
			continue
		}
		maxAbs = math.Max(maxAbs, big)
		kept = append(kept, fa{k, *w})
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	m := &Model{index: make(map[uint64]uint32, len(kept)), scale: float32(maxAbs / 32000)}
	if m.scale == 0 {
		m.scale = 1
	}
	for _, a := range kept {
		off := uint32(len(m.weights))
		zero := true
		var q [numLabels]int16
		for l, w := range a.w {
			q[l] = int16(math.Round(w / float64(m.scale)))
			zero = zero && q[l] == 0
		}
		if zero {
			continue
		}
		m.index[a.key] = off
		m.weights = append(m.weights, q[:]...)
	}
	m.seal()
	return m
}

func sortedKeys(m map[uint64]uint32) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// Score counts mention-level matches of one type: an entity is right when
// its words and type are exactly the gold's.
type Score struct{ Gold, Pred, Right int }

func (s Score) P() float64  { return ratio(s.Right, s.Pred) }
func (s Score) R() float64  { return ratio(s.Right, s.Gold) }
func (s Score) F1() float64 { return f1(s.P(), s.R()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Evaluate tags the documents and scores them per type ("" is all types).
func Evaluate(m *Model, docs []Labeled) map[string]*Score {
	out := map[string]*Score{"": {}}
	for _, t := range Types {
		out[t] = &Score{}
	}
	type key struct {
		s, a, b int
		t       string
	}
	for _, d := range docs {
		gold := map[key]bool{}
		for _, g := range goldSpans(d) {
			gold[key{g.Sent, g.Start, g.End, g.Type}] = true
			out[g.Type].Gold++
			out[""].Gold++
		}
		for _, p := range m.Tag(d.Sents) {
			out[p.Type].Pred++
			out[""].Pred++
			if gold[key{p.Sent, p.Start, p.End, p.Type}] {
				out[p.Type].Right++
				out[""].Right++
			}
		}
	}
	return out
}
