package extract

import "context"

// What the party ranker's trainer (internal/partyrank) needs from an
// Extractor: each draft's candidates, and an Extractor with other
// weights.

// PartyDrafts extracts an article and returns its record with every
// event draft's party candidates (those with at least one valid set), in
// the order the drafts were read. The record is the one Extract gives.
func (x *Extractor) PartyDrafts(ctx context.Context, a Article) (*Record, []PartyDraft, error) {
	return x.PartyDraftsChoosing(ctx, a, nil)
}

// PartyDraftsChoosing is PartyDrafts where choose, when not nil, picks
// each draft's candidate (an index into its Candidates; -1 leaves the
// extractor's own choice): to measure a choice no weights express, such
// as an oracle's. PartyDraft.Chosen is the extractor's own choice.
func (x *Extractor) PartyDraftsChoosing(ctx context.Context, a Article, choose func(PartyDraft) int) (*Record, []PartyDraft, error) {
	var out []PartyDraft
	y := *x
	y.partyObs = func(pd PartyDraft) int {
		out = append(out, pd)
		if choose == nil {
			return -1
		}
		return choose(pd)
	}
	rec, err := y.Extract(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	return rec, out, nil
}

// WithPartyRanker returns an Extractor like x whose party ranker has the
// given bias and weights and decides when on; x is unchanged. A weight
// for a feature no template makes is an error.
func (x *Extractor) WithPartyRanker(on bool, bias float64, weights map[string]float64) (*Extractor, error) {
	pr, err := partyRankFormat.newTable(on, 0, bias, weights)
	if err != nil {
		return nil, err
	}
	lx := *x.lx
	lx.partyRank = pr
	y := *x
	y.lx = &lx
	return &y, nil
}
