// Package learn is the project's one trainer: a small, deterministic,
// L2-regularised logistic regression over sparse binary features named by
// strings, with the evaluation helpers a learned component needs
// (log-loss, leave-one-group-out cross-validation, reliability bins and an
// F1-maximising threshold).
//
// Training is deterministic: features are numbered in sorted order, the
// optimiser is cyclic coordinate descent over that order with a fixed
// number of passes and a step that always lowers the objective (Böhning's
// bound on the logistic curvature, 1/4), and nothing is random. The same
// examples and Config give bit-identical weights on every run.
//
// The objective is the summed log-loss of the examples plus L2/2 times the
// sum of the squared weights; the intercept (Model.Bias) is not
// regularised.
package learn

import (
	"fmt"
	"io"
	"math"
	"sort"
)

// Example is one training example: the names of the binary features it
// has (a name listed twice counts once), its label and the group it
// belongs to (a cross-validation fold: one writer's set, one folder).
type Example struct {
	Features []string
	Label    bool
	Group    string
}

// Config sets the trainer.
type Config struct {
	// L2 is the weight of the squared-weight penalty, in units of one
	// example's log-loss; 0 means no regularisation.
	L2 float64
	// Passes is the number of coordinate-descent passes over every
	// feature; 0 means DefaultPasses.
	Passes int
}

// DefaultPasses is the number of passes a zero Config.Passes means.
const DefaultPasses = 300

// Model is a trained logistic regression: P(label) = sigmoid(Bias + the
// sum of the weights of the example's features). A feature the model has
// no weight for weighs 0.
type Model struct {
	Bias    float64
	Weights map[string]float64
}

// Sigmoid is 1 / (1 + e^-z).
func Sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// Logit is the inverse of Sigmoid, for p in (0, 1).
func Logit(p float64) float64 { return math.Log(p / (1 - p)) }

// Score is the model's log-odds for a feature set.
func (m *Model) Score(features []string) float64 {
	z := m.Bias
	seen := make(map[string]bool, len(features))
	for _, f := range features {
		if seen[f] {
			continue
		}
		seen[f] = true
		z += m.Weights[f]
	}
	return z
}

// Predict is the model's probability that an example with these features
// has the label.
func (m *Model) Predict(features []string) float64 { return Sigmoid(m.Score(features)) }

// Names lists the features the model weighs, sorted.
func (m *Model) Names() []string {
	names := make([]string, 0, len(m.Weights))
	for f := range m.Weights {
		names = append(names, f)
	}
	sort.Strings(names)
	return names
}

// Train fits a model to the examples. It fails on no examples and on a
// negative L2.
func Train(examples []Example, cfg Config) (*Model, error) {
	if len(examples) == 0 {
		return nil, fmt.Errorf("learn: no examples to train on")
	}
	if cfg.L2 < 0 || math.IsNaN(cfg.L2) {
		return nil, fmt.Errorf("learn: L2 %v is negative", cfg.L2)
	}
	passes := cfg.Passes
	if passes <= 0 {
		passes = DefaultPasses
	}
	// Number the features in sorted order and list, for each, the examples
	// that have it.
	index := map[string]int{}
	var names []string
	for _, ex := range examples {
		for _, f := range ex.Features {
			if _, ok := index[f]; !ok {
				index[f] = -1
				names = append(names, f)
			}
		}
	}
	sort.Strings(names)
	for i, f := range names {
		index[f] = i
	}
	rows := make([][]int, len(examples)) // features of each example, deduplicated
	cols := make([][]int, len(names))    // examples of each feature
	y := make([]float64, len(examples))
	for i, ex := range examples {
		seen := map[int]bool{}
		for _, f := range ex.Features {
			j := index[f]
			if seen[j] {
				continue
			}
			seen[j] = true
			rows[i] = append(rows[i], j)
			cols[j] = append(cols[j], i)
		}
		if ex.Label {
			y[i] = 1
		}
	}
	w := make([]float64, len(names))
	bias := 0.0
	z := make([]float64, len(examples)) // each example's current log-odds
	// step lowers the objective along one coordinate: the gradient over the
	// curvature bound (a quarter per example, plus the penalty).
	step := func(members []int, wj, l2 float64, all bool) float64 {
		g, h := l2*wj, l2
		if all {
			for i := range z {
				g += Sigmoid(z[i]) - y[i]
			}
			h += float64(len(z)) / 4
		} else {
			for _, i := range members {
				g += Sigmoid(z[i]) - y[i]
			}
			h += float64(len(members)) / 4
		}
		if h == 0 {
			return 0
		}
		return -g / h
	}
	for range passes {
		d := step(nil, 0, 0, true)
		bias += d
		for i := range z {
			z[i] += d
		}
		for j := range names {
			d := step(cols[j], w[j], cfg.L2, false)
			if d == 0 {
				continue
			}
			w[j] += d
			for _, i := range cols[j] {
				z[i] += d
			}
		}
	}
	m := &Model{Bias: bias, Weights: make(map[string]float64, len(names))}
	for j, f := range names {
		m.Weights[f] = w[j]
	}
	return m, nil
}

// LogLoss is the mean negative log-likelihood of the labels under the
// probabilities (each clipped to [1e-12, 1-1e-12]); 0 for no pairs.
func LogLoss(probs []float64, labels []bool) float64 {
	if len(probs) == 0 {
		return 0
	}
	sum := 0.0
	for i, p := range probs {
		p = math.Min(math.Max(p, 1e-12), 1-1e-12)
		if labels[i] {
			sum -= math.Log(p)
		} else {
			sum -= math.Log(1 - p)
		}
	}
	return sum / float64(len(probs))
}

// Scored is one prediction with its truth: a probability and whether the
// example really has the label.
type Scored struct {
	P     float64
	Right bool
	Group string
}

// Fold is one held-out group of a cross-validation: its size, the model's
// log-loss on it and the log-loss of the constant model (the base rate of
// the other groups).
type Fold struct {
	Group             string
	N, Positives      int
	LogLoss, Constant float64
}

// CrossValidate trains once per group with that group held out and
// predicts the held-out examples. It returns the folds in sorted group
// order and every example's held-out prediction, in the examples' order.
// Fewer than two groups is an error: nothing would be held out honestly.
func CrossValidate(examples []Example, cfg Config) ([]Fold, []Scored, error) {
	var groups []string
	seen := map[string]bool{}
	for _, ex := range examples {
		if !seen[ex.Group] {
			seen[ex.Group] = true
			groups = append(groups, ex.Group)
		}
	}
	if len(groups) < 2 {
		return nil, nil, fmt.Errorf("learn: cross-validation needs two groups or more, have %d", len(groups))
	}
	sort.Strings(groups)
	out := make([]Scored, len(examples))
	var folds []Fold
	for _, g := range groups {
		var train []Example
		pos := 0
		for _, ex := range examples {
			if ex.Group != g {
				train = append(train, ex)
				if ex.Label {
					pos++
				}
			}
		}
		m, err := Train(train, cfg)
		if err != nil {
			return nil, nil, fmt.Errorf("learn: fold %s: %w", g, err)
		}
		rate := (float64(pos) + 0.5) / (float64(len(train)) + 1) // never exactly 0 or 1
		f := Fold{Group: g}
		var ps, cs []float64
		var ls []bool
		for i, ex := range examples {
			if ex.Group != g {
				continue
			}
			p := m.Predict(ex.Features)
			out[i] = Scored{P: p, Right: ex.Label, Group: g}
			ps = append(ps, p)
			cs = append(cs, rate)
			ls = append(ls, ex.Label)
			f.N++
			if ex.Label {
				f.Positives++
			}
		}
		f.LogLoss = LogLoss(ps, ls)
		f.Constant = LogLoss(cs, ls)
		folds = append(folds, f)
	}
	return folds, out, nil
}

// Bin is one reliability bin: the predictions with Lo <= P < Hi (the last
// bin includes 1), their mean probability and the share that were right.
type Bin struct {
	Lo, Hi    float64
	N         int
	MeanP     float64
	RightRate float64
}

// Calibration sorts the predictions into n equal-width bins over [0, 1]
// (a reliability table). Empty bins are kept, with N 0.
func Calibration(preds []Scored, n int) []Bin {
	if n <= 0 {
		n = 10
	}
	bins := make([]Bin, n)
	right := make([]int, n)
	for i := range bins {
		bins[i].Lo = float64(i) / float64(n)
		bins[i].Hi = float64(i+1) / float64(n)
	}
	for _, s := range preds {
		i := int(s.P * float64(n))
		i = max(0, min(i, n-1))
		bins[i].N++
		bins[i].MeanP += s.P
		if s.Right {
			right[i]++
		}
	}
	for i := range bins {
		if bins[i].N > 0 {
			bins[i].MeanP /= float64(bins[i].N)
			bins[i].RightRate = float64(right[i]) / float64(bins[i].N)
		}
	}
	return bins
}

// Counts are the tallies of a thresholded set of predictions.
type Counts struct{ TP, FP, FN int }

// F1 is 2TP / (2TP + FP + FN), 0 when all are 0.
func (c Counts) F1() float64 {
	if d := 2*c.TP + c.FP + c.FN; d > 0 {
		return float64(2*c.TP) / float64(d)
	}
	return 0
}

// At counts the predictions kept at threshold t (P >= t kept): a kept
// right one is a true positive, a kept wrong one a false positive, and a
// right one dropped joins the missed gold events as a false negative.
// missed is the number of gold events no prediction matched anyway.
func At(preds []Scored, missed int, t float64) Counts {
	c := Counts{FN: missed}
	for _, s := range preds {
		switch {
		case s.P >= t && s.Right:
			c.TP++
		case s.P >= t:
			c.FP++
		case s.Right:
			c.FN++
		}
	}
	return c
}

// BestThreshold picks the threshold that maximises F1 over the
// predictions, given the gold events missed anyway. The candidates are 0
// (keep everything) and the midpoints between consecutive distinct
// probabilities; on a tie the lowest threshold wins, so nothing is dropped
// for no gain. It returns the threshold and its counts.
func BestThreshold(preds []Scored, missed int) (float64, Counts) {
	ps := make([]float64, 0, len(preds))
	for _, s := range preds {
		ps = append(ps, s.P)
	}
	sort.Float64s(ps)
	best, bestC := 0.0, At(preds, missed, 0)
	for i := 1; i < len(ps); i++ {
		if ps[i] == ps[i-1] {
			continue
		}
		t := (ps[i] + ps[i-1]) / 2
		if c := At(preds, missed, t); c.F1() > bestC.F1() {
			best, bestC = t, c
		}
	}
	return best, bestC
}

// WriteTable writes the model as the project's weight-table rows,
// `feature<TAB>weight<TAB>meaning`, the intercept first under the name
// bias, then the features in sorted order, weights rounded to four
// decimals. meaning gives each row's third column (nil: empty). Rows whose
// rounded weight is 0 are left out unless keepZero is set.
func (m *Model) WriteTable(w io.Writer, bias string, meaning func(feature string) string, keepZero bool) error {
	mean := func(f string) string {
		if meaning == nil {
			return ""
		}
		return meaning(f)
	}
	if _, err := fmt.Fprintf(w, "%s\t%.4f\t%s\n", bias, m.Bias, mean(bias)); err != nil {
		return fmt.Errorf("learn: writing table: %w", err)
	}
	for _, f := range m.Names() {
		v := math.Round(m.Weights[f]*1e4) / 1e4
		if v == 0 && !keepZero {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\t%.4f\t%s\n", f, v, mean(f)); err != nil {
			return fmt.Errorf("learn: writing table: %w", err)
		}
	}
	return nil
}

// HalfF1Threshold is the threshold a calibrated model implies: dropping a
// prediction right with probability p raises expected F1 exactly when p is
// under half the F1 reached (Lipton, Elkan and Narayanaswamy, "Thresholding
// Classifiers to Maximize F1", 2014). It starts from keeping everything and
// sets the threshold to half the F1 at the current threshold until it
// settles (at most 20 steps), rounded to two decimals. Unlike
// BestThreshold it does not follow the few predictions near the cut, so
// it varies less from one training set to the next.
func HalfF1Threshold(preds []Scored, missed int) (float64, Counts) {
	t := 0.0
	c := At(preds, missed, t)
	for range 20 {
		n := math.Round(c.F1()/2*100) / 100
		if n == t {
			break
		}
		t = n
		c = At(preds, missed, t)
	}
	return t, c
}
