package main

// What the learned components' cross-validations share: which sets are
// the untuned ones, the switch decision of the readers' bars, the
// candidate a ranker chooses, and the sign test of the events it fixes
// against those it breaks. (The tests share tableRow and checkRetrained,
// retrain_test.go.)

import (
	"math"
	"strings"

	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
)

// isTr: the set is a testdata/train/tr* folder, written by people who
// never saw the code and never tuned on.
func isTr(set string) bool { return strings.HasPrefix(set, "train/tr") }

// f1Gain is a pooled event tally of the held-out sets without and with a
// learned component.
type f1Gain struct{ before, after score.Tally }

// gainsReach is the switch decision of the learned components' bars
// (args, reader, frames, party): every pooled event F1 gain given (in
// total, over the tr* sets...) is at least margin.
func gainsReach(margin float64, gains ...f1Gain) bool {
	for _, g := range gains {
		if !(g.after.F1()-g.before.F1() >= margin) {
			return false
		}
	}
	return true
}

// rankPick is the candidate a model chooses among cands: the best-scoring
// one, the cascade's on a tie (as extract's rankPlace and rankDate do); -1
// for none. of gives a candidate's features and whether it is the
// cascade's.
func rankPick[C any](m *learn.Model, cands []C, of func(C) (features []string, cascade bool)) int {
	best, casc := -1, -1
	var bs, cs float64
	for i, c := range cands {
		f, cascade := of(c)
		s := m.Score(f)
		if cascade {
			casc, cs = i, s
		}
		if best < 0 || s > bs {
			best, bs = i, s
		}
	}
	if casc >= 0 && bs <= cs {
		return casc
	}
	return best
}

// signTest is the one-sided sign test's p: the chance of at least wins
// successes in wins+losses fair coin flips.
func signTest(wins, losses int) float64 {
	n := wins + losses
	if n == 0 {
		return 1
	}
	p := 0.0
	for k := wins; k <= n; k++ {
		p += math.Exp(lgammaInt(n+1) - lgammaInt(k+1) - lgammaInt(n-k+1) - float64(n)*math.Ln2)
	}
	return math.Min(p, 1)
}

func lgammaInt(n int) float64 {
	v, _ := math.Lgamma(float64(n))
	return v
}
