package main

// What the rankers' cross-validations share: the candidate a model
// chooses, and the sign test of the events it fixes against those it
// breaks.

import (
	"math"

	"github.com/newswire/newswire/internal/learn"
)

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
