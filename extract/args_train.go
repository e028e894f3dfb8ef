package extract

import "context"

// What the argument reader's trainer (cmd/newswire-train args) needs from
// an Extractor: each draft's candidates, and an Extractor with other
// weights.

// ArgsDrafts extracts an article and returns its record with every event
// draft's candidate parties (the drafts the cascade gave parties, and,
// marked Fill, those no party rule gave any; split drafts left out), in
// the order the drafts were read. The record is the
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
	ar, err := argsFormat.newTable(on, threshold, bias, weights)
	if err != nil {
		return nil, err
	}
	lx := *x.lx
	lx.args = ar
	y := *x
	y.lx = &lx
	return &y, nil
}

// WithArgsFill returns an Extractor like x whose argument reader has the
// given threshold, bias and weights and runs fill-only (args.tsv's on 2):
// it gives parties only to the drafts no party rule gave any.
func (x *Extractor) WithArgsFill(threshold, bias float64, weights map[string]float64) (*Extractor, error) {
	y, err := x.WithArgsReader(false, threshold, bias, weights)
	if err != nil {
		return nil, err
	}
	y.lx.args.fill = true
	return y, nil
}
