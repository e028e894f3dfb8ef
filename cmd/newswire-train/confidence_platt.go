package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/newswire/newswire/internal/learn"
)

// Calibration for new writers. The pooled held-out predictions are
// dominated by the sets the rules were tuned on, where most events are
// right; on the writers the rules were never tuned on (testdata/train/tr*)
// the model is over-confident. The trainer fits a Platt scaling,
// sigmoid(a*z + b) over the model's logit z, to the held-out predictions
// of those sets only and folds it into the table (every weight times a,
// base times a plus b), so the table's format does not change.

// untunedPrefix names the folds of the writers the rules were never tuned
// on: the Platt scaling is fit on their held-out predictions only.
const untunedPrefix = "train/tr"

func isUntuned(group string) bool { return strings.HasPrefix(group, untunedPrefix) }

// fitPlatt fits P(right) = sigmoid(a*z + b) by Newton's method on the
// log-loss (deterministic; a tiny ridge keeps the step defined).
func fitPlatt(z []float64, y []bool) (a, b float64, err error) {
	if len(z) == 0 {
		return 0, 0, fmt.Errorf("platt scaling: no held-out predictions of the %s* sets", untunedPrefix)
	}
	a, b = 1, 0
	for it := 0; it < 100; it++ {
		var ga, gb, haa, hab, hbb float64
		for i, x := range z {
			p := learn.Sigmoid(a*x + b)
			t := 0.0
			if y[i] {
				t = 1
			}
			w := p * (1 - p)
			ga += (p - t) * x
			gb += p - t
			haa += w * x * x
			hab += w * x
			hbb += w
		}
		haa += 1e-9
		hbb += 1e-9
		det := haa*hbb - hab*hab
		if det <= 0 {
			return 0, 0, fmt.Errorf("platt scaling: a singular fit")
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da) < 1e-12 && math.Abs(db) < 1e-12 {
			break
		}
	}
	return a, b, nil
}

// logitOf is a prediction's logit, kept finite.
func logitOf(p float64) float64 {
	p = math.Min(math.Max(p, 1e-12), 1-1e-12)
	return learn.Logit(p)
}

// platt is the calibration a training run fit and what it did on the
// untuned sets' held-out predictions.
type platt struct {
	a, b                  float64
	before, after         []learn.Bin
	lossBefore, lossAfter float64
	n                     int
}

// calibrate fits the Platt scaling on the untuned sets' held-out logits z
// (the learned model's, without the fixed weights) and rewrites preds:
// each untuned set's with a and b fit on the OTHER untuned sets (an honest
// figure for it), every other set's with a and b fit on all of them.
// fixed[i] is example i's fixed offset.
func calibrate(preds []learn.Scored, z, fixed []float64) (*platt, error) {
	var zs []float64
	var ys []bool
	var before []learn.Scored
	groups := map[string]bool{}
	var order []string
	for i, p := range preds {
		if isUntuned(p.Group) {
			zs, ys = append(zs, z[i]), append(ys, p.Right)
			before = append(before, p)
			if !groups[p.Group] {
				groups[p.Group] = true
				order = append(order, p.Group)
			}
		}
	}
	a, b, err := fitPlatt(zs, ys)
	if err != nil {
		return nil, err
	}
	pl := &platt{a: a, b: b, n: len(zs), before: learn.Calibration(before, 10), lossBefore: pooledLoss(before)}
	per := map[string][2]float64{}
	for _, g := range order {
		var zo []float64
		var yo []bool
		for i, p := range preds {
			if isUntuned(p.Group) && p.Group != g {
				zo, yo = append(zo, z[i]), append(yo, p.Right)
			}
		}
		ga, gb, err := fitPlatt(zo, yo)
		if err != nil {
			return nil, err
		}
		per[g] = [2]float64{ga, gb}
	}
	var after []learn.Scored
	for i := range preds {
		sa, sb := a, b
		if ab, ok := per[preds[i].Group]; ok {
			sa, sb = ab[0], ab[1]
		}
		preds[i].P = learn.Sigmoid(sa*z[i] + sb + fixed[i])
		if isUntuned(preds[i].Group) {
			after = append(after, preds[i])
		}
	}
	pl.after = learn.Calibration(after, 10)
	pl.lossAfter = pooledLoss(after)
	return pl, nil
}

// scaled folds the scaling into a model: every weight times a, the bias
// times a plus b.
func scaled(m *learn.Model, a, b float64) *learn.Model {
	out := &learn.Model{Bias: m.Bias*a + b, Weights: make(map[string]float64, len(m.Weights))}
	for f, w := range m.Weights {
		out.Weights[f] = w * a
	}
	return out
}

// plattTable is the header's and -v's account of the scaling.
func (pl *platt) table(prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%sPlatt scaling fit on the %d held-out events of the %s* sets: a %.4f, b %+.4f\n", prefix, pl.n, untunedPrefix, pl.a, pl.b)
	fmt.Fprintf(&b, "%s%s* held-out log-loss %.3f before, %.3f after (each %s* set scaled with a, b fit\n%son the other %s* sets)\n", prefix, untunedPrefix, pl.lossBefore, pl.lossAfter, untunedPrefix, prefix, untunedPrefix)
	fmt.Fprintf(&b, "%s%-10s %6s %8s %8s   %6s %8s %8s\n", prefix, "bin", "before", "mean p", "right", "after", "mean p", "right")
	for i := range pl.before {
		x, y := pl.before[i], pl.after[i]
		if x.N == 0 && y.N == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s%.1f-%.1f    %6d %8.3f %8.3f   %6d %8.3f %8.3f\n", prefix, x.Lo, x.Hi, x.N, x.MeanP, x.RightRate, y.N, y.MeanP, y.RightRate)
	}
	return b.String()
}
