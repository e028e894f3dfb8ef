package learn

import (
	"math"
	"reflect"
	"testing"
)

func ex(label bool, group string, features ...string) Example {
	return Example{Features: features, Label: label, Group: group}
}

// separable: "good" always right, "bad" always wrong.
func separable() []Example {
	var out []Example
	for i := range 10 {
		g := []string{"a", "b"}[i%2]
		out = append(out, ex(true, g, "good"), ex(false, g, "bad"))
	}
	return out
}

// unseparable: "x" is right 3 times in 4, "y" once in 4, with the same
// feature sets on both sides.
func unseparable() []Example {
	var out []Example
	for i := range 8 {
		g := []string{"a", "b", "c", "d"}[i%4]
		out = append(out,
			ex(true, g, "x"), ex(true, g, "x"), ex(true, g, "x"), ex(false, g, "x"),
			ex(true, g, "y"), ex(false, g, "y"), ex(false, g, "y"), ex(false, g, "y"))
	}
	return out
}

func TestTrain(t *testing.T) {
	cases := []struct {
		name  string
		data  []Example
		cfg   Config
		check func(t *testing.T, m *Model)
	}{
		{"separable: the cue's sign and a confident split", separable(), Config{L2: 0.1}, func(t *testing.T, m *Model) {
			if m.Weights["good"] <= 0 || m.Weights["bad"] >= 0 {
				t.Errorf("weights good %v bad %v, want + and -", m.Weights["good"], m.Weights["bad"])
			}
			if p := m.Predict([]string{"good"}); p < 0.9 {
				t.Errorf("P(good) %v, want >= 0.9", p)
			}
			if p := m.Predict([]string{"bad"}); p > 0.1 {
				t.Errorf("P(bad) %v, want <= 0.1", p)
			}
		}},
		{"unseparable, unregularised: the empirical rates", unseparable(), Config{}, func(t *testing.T, m *Model) {
			if p := m.Predict([]string{"x"}); math.Abs(p-0.75) > 1e-3 {
				t.Errorf("P(x) %v, want 0.75", p)
			}
			if p := m.Predict([]string{"y"}); math.Abs(p-0.25) > 1e-3 {
				t.Errorf("P(y) %v, want 0.25", p)
			}
		}},
		{"a feature listed twice counts once", []Example{ex(true, "a", "f", "f"), ex(false, "a", "g")}, Config{L2: 1}, func(t *testing.T, m *Model) {
			if m.Score([]string{"f", "f"}) != m.Score([]string{"f"}) {
				t.Error("a repeated feature changed the score")
			}
		}},
		{"an unknown feature weighs nothing", separable(), Config{L2: 1}, func(t *testing.T, m *Model) {
			if m.Score([]string{"good", "never-seen"}) != m.Score([]string{"good"}) {
				t.Error("an unseen feature changed the score")
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := Train(c.data, c.cfg)
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, m)
		})
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, Config{}); err == nil {
		t.Error("no examples: want an error")
	}
	if _, err := Train(separable(), Config{L2: -1}); err == nil {
		t.Error("negative L2: want an error")
	}
}

func TestRegularisationShrinks(t *testing.T) {
	prev := math.Inf(1)
	for _, l2 := range []float64{0.01, 1, 10, 100} {
		m, err := Train(separable(), Config{L2: l2})
		if err != nil {
			t.Fatal(err)
		}
		size := math.Abs(m.Weights["good"]) + math.Abs(m.Weights["bad"])
		if size >= prev {
			t.Errorf("L2 %v: |w| %v, not below %v at a weaker penalty", l2, size, prev)
		}
		prev = size
	}
}

func TestDeterministic(t *testing.T) {
	data := append(unseparable(), separable()...)
	// The same examples in another order name the same features: the
	// weights must still be identical bit for bit between runs.
	a, err := Train(data, Config{L2: 0.5, Passes: 50})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(data, Config{L2: 0.5, Passes: 50})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two runs differ:\n%v\n%v", a, b)
	}
}

func TestObjectiveFallsWithPasses(t *testing.T) {
	data := unseparable()
	loss := func(passes int) float64 {
		m, err := Train(data, Config{L2: 0, Passes: passes})
		if err != nil {
			t.Fatal(err)
		}
		var ps []float64
		var ls []bool
		for _, e := range data {
			ps = append(ps, m.Predict(e.Features))
			ls = append(ls, e.Label)
		}
		return LogLoss(ps, ls)
	}
	prev := math.Inf(1)
	for _, n := range []int{1, 2, 5, 20, 100} {
		l := loss(n)
		if l > prev+1e-12 {
			t.Errorf("%d passes: log-loss %v rose from %v", n, l, prev)
		}
		prev = l
	}
}

func TestLogLoss(t *testing.T) {
	cases := []struct {
		probs  []float64
		labels []bool
		want   float64
	}{
		{nil, nil, 0},
		{[]float64{0.5, 0.5}, []bool{true, false}, math.Ln2},
		{[]float64{1, 0}, []bool{true, false}, -math.Log(1 - 1e-12)},
		{[]float64{0.8}, []bool{false}, -math.Log(0.2)},
	}
	for _, c := range cases {
		if got := LogLoss(c.probs, c.labels); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("LogLoss(%v, %v) = %v, want %v", c.probs, c.labels, got, c.want)
		}
	}
}

func TestCrossValidate(t *testing.T) {
	folds, preds, err := CrossValidate(unseparable(), Config{L2: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if len(folds) != 4 || folds[0].Group != "a" || folds[3].Group != "d" {
		t.Fatalf("folds %+v, want a, b, c, d", folds)
	}
	for _, f := range folds {
		if f.N != 16 || f.Positives != 8 {
			t.Errorf("fold %s: N %d positives %d, want 16 and 8", f.Group, f.N, f.Positives)
		}
		if f.LogLoss >= f.Constant {
			t.Errorf("fold %s: model %v not below constant %v", f.Group, f.LogLoss, f.Constant)
		}
	}
	if len(preds) != 64 || preds[0].Group != "a" || !preds[0].Right {
		t.Errorf("predictions: %d, first %+v", len(preds), preds[0])
	}
	// A held-out example never influences its own prediction: a group
	// whose only "z" example is right still gets P(z) from the others
	// (none: the prior only).
	data := append(unseparable(), ex(true, "e", "z"))
	_, preds, err = CrossValidate(data, Config{L2: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if p := preds[len(preds)-1].P; math.Abs(p-0.5) > 0.05 {
		t.Errorf("held-out z: P %v, want the prior near 0.5", p)
	}
	if _, _, err := CrossValidate([]Example{ex(true, "a", "f")}, Config{}); err == nil {
		t.Error("one group: want an error")
	}
}

func TestCalibration(t *testing.T) {
	preds := []Scored{{P: 0.05, Right: false}, {P: 0.15, Right: true}, {P: 0.12, Right: false}, {P: 1, Right: true}, {P: 0.95, Right: false}}
	bins := Calibration(preds, 10)
	if len(bins) != 10 {
		t.Fatalf("%d bins, want 10", len(bins))
	}
	want := []struct {
		i, n        int
		meanP, rate float64
	}{{0, 1, 0.05, 0}, {1, 2, 0.135, 0.5}, {5, 0, 0, 0}, {9, 2, 0.975, 0.5}}
	for _, w := range want {
		b := bins[w.i]
		if b.N != w.n || math.Abs(b.MeanP-w.meanP) > 1e-9 || math.Abs(b.RightRate-w.rate) > 1e-9 {
			t.Errorf("bin %d: %+v, want N %d mean %v rate %v", w.i, b, w.n, w.meanP, w.rate)
		}
	}
}

func TestBestThreshold(t *testing.T) {
	cases := []struct {
		name   string
		preds  []Scored
		missed int
		want   float64
		counts Counts
	}{
		{"wrong ones below: cut between", []Scored{{0.9, true, ""}, {0.8, true, ""}, {0.3, false, ""}, {0.2, false, ""}}, 0, 0.55, Counts{2, 0, 0}},
		{"all right: keep everything", []Scored{{0.9, true, ""}, {0.3, true, ""}}, 1, 0, Counts{2, 0, 1}},
		{"only the lowest is wrong: drop it", []Scored{{0.9, true, ""}, {0.3, true, ""}, {0.2, false, ""}}, 0, 0.25, Counts{2, 0, 0}},
		{"a right one below a wrong one: keep everything", []Scored{{0.9, true, ""}, {0.4, false, ""}, {0.3, true, ""}}, 0, 0, Counts{2, 1, 0}},
		{"a tie keeps the lower threshold", []Scored{{0.9, true, ""}, {0.3, false, ""}, {0.2, false, ""}, {0.1, true, ""}}, 0, 0, Counts{2, 2, 0}},
		{"empty", nil, 3, 0, Counts{0, 0, 3}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, counts := BestThreshold(c.preds, c.missed)
			if math.Abs(got-c.want) > 1e-9 || counts != c.counts {
				t.Errorf("BestThreshold = %v %+v, want %v %+v", got, counts, c.want, c.counts)
			}
		})
	}
}

func TestSigmoidLogit(t *testing.T) {
	for _, z := range []float64{-10, -2, 0, 0.5, 10} {
		if got := Logit(Sigmoid(z)); math.Abs(got-z) > 1e-6 {
			t.Errorf("Logit(Sigmoid(%v)) = %v", z, got)
		}
	}
	if Sigmoid(-1000) != 0 || Sigmoid(1000) != 1 {
		t.Error("Sigmoid overflows at the extremes")
	}
}

func TestHalfF1Threshold(t *testing.T) {
	cases := []struct {
		name   string
		preds  []Scored
		missed int
		want   float64
	}{
		// all right: F1 1, threshold 0.5; nothing under it
		{"all right", []Scored{{0.9, true, ""}, {0.8, true, ""}}, 0, 0.5},
		// F1 at 0 is 2*2/(4+1+0) = 0.8: threshold 0.4 drops the 0.3, F1 1: 0.5
		{"a low wrong one dropped", []Scored{{0.9, true, ""}, {0.8, true, ""}, {0.3, false, ""}}, 0, 0.5},
		// many misses: F1 2/(2+1+4) = 0.29, threshold 0.14: the 0.2 stays
		{"low recall keeps more", []Scored{{0.9, true, ""}, {0.2, false, ""}}, 4, 0.14},
		{"empty", nil, 2, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := HalfF1Threshold(c.preds, c.missed); math.Abs(got-c.want) > 1e-9 {
				t.Errorf("HalfF1Threshold = %v, want %v", got, c.want)
			}
		})
	}
}
