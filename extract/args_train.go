package extract

import (
	"context"
	"fmt"
	"math"
)

// What the argument reader's trainer (cmd/newswire-train args) needs from
// an Extractor: each draft's candidates, and an Extractor with other
// weights.

// ArgsDrafts extracts an article and returns its record with every event
// draft's candidate parties (the drafts the cascade gave parties, split
// drafts left out), in the order the drafts were read. The record is the
// one Extract gives: collecting changes nothing.
func (x *Extractor) ArgsDrafts(ctx context.Context, a Article) (*Record, []ArgsDraft, error) {
	var out []ArgsDraft
	y := *x
	y.argsObs = func(ad ArgsDraft) { out = append(out, ad) }
	rec, err := y.Extract(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	return rec, out, nil
}

// WithArgsReader returns an Extractor like x whose argument reader has
// the given threshold, bias and weights and decides when on; x is
// unchanged. A weight for a feature no template makes is an error.
func (x *Extractor) WithArgsReader(on bool, threshold, bias float64, weights map[string]float64) (*Extractor, error) {
	if math.IsNaN(threshold) || threshold < 0 || threshold > 1 {
		return nil, fmt.Errorf("argument reader: threshold %v: want a probability", threshold)
	}
	ar := argsReader{on: on, threshold: threshold, bias: bias, weights: make(map[string]float64, len(weights))}
	for f, w := range weights {
		if !knownArgFeature(f) {
			return nil, fmt.Errorf("argument reader: feature %q: no template makes it", f)
		}
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("argument reader: weight of %q is %v", f, w)
		}
		ar.weights[f] = w
	}
	lx := *x.lx
	lx.args = ar
	y := *x
	y.lx = &lx
	return &y, nil
}
