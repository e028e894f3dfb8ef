package main

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
)

func TestFormsPrefix(t *testing.T) {
	cases := []struct {
		name, want string
		ok         bool
	}{
		{"dates-lag-ahead.txt", "dates", true},
		{"wires-obit-helsinki-2026-11-16.json", "wires", true},
		{"baltic.html", "baltic", true},
		{"dates-lag-ahead.gold.json", "", false},
		{"README.md", "", false},
	}
	for _, c := range cases {
		if got, ok := formsPrefix(c.name); got != c.want || ok != c.ok {
			t.Errorf("formsPrefix(%q) = %q %v, want %q %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestTrainingFolds: the repository's folds, each forms batch with five
// articles or more its own, the rest pooled; never a held-out set.
func TestTrainingFolds(t *testing.T) {
	folds, err := trainingFolds("../..")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range folds {
		names[f.name] = true
		for _, d := range f.dirs {
			if strings.Contains(d, "final") || strings.Contains(d, "blind") || strings.Contains(d, "shared") {
				t.Errorf("fold %s reads %s", f.name, d)
			}
		}
	}
	for _, want := range []string{"articles", "heldout", "forms/dates", "forms/other"} {
		if !names[want] {
			t.Errorf("no fold %s among %v", want, names)
		}
	}
	// a held-out set among the training folders is refused
	root := t.TempDir()
	for _, d := range []string{"testdata/articles", "testdata/heldout", "testdata/forms", "testdata/train/final"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := trainingFolds(root); err == nil || !strings.Contains(err.Error(), "held out") {
		t.Errorf("a train/final folder: error %v, want a refusal", err)
	}
}

// TestRetrain retrains on the repository's training sets the way the
// command does and holds what the learned confidence must give on sets it
// did not see: a held-out log-loss under the constant model's (the base
// rate of the other sets), and held-out event F1 with the threshold no
// lower than without it (each set's threshold chosen on the other sets).
// Training twice gives the same table byte for byte, and the shipped
// table has the same training events and rows. With -v it prints the
// per-set figures and the calibration bins.
func TestRetrain(t *testing.T) {
	folds, err := trainingFolds("../..")
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := collect(context.Background(), x, folds)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := train(ds, 0, defaultPasses, "half-f1", defaultMargin)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		t.Log("\n" + rep.details())
	}
	if rep.cvLoss >= rep.cvConst {
		t.Errorf("held-out log-loss %.4f, not under the constant model's %.4f", rep.cvLoss, rep.cvConst)
	}
	if on, off := rep.f1On.F1(), rep.f1Off.F1(); on < off {
		t.Errorf("held-out F1 %.4f with the threshold, %.4f without", on, off)
	}
	if rep.candidate <= 0 || rep.candidate >= 1 || (rep.threshold != 0 && rep.threshold != rep.candidate) {
		t.Errorf("candidate %v, threshold %v: want a candidate between 0 and 1, adopted or 0", rep.candidate, rep.threshold)
	}
	var a, b bytes.Buffer
	if err := rep.writeTable(&a, folds); err != nil {
		t.Fatal(err)
	}
	again, err := learn.Train(trainable(ds.examples), learn.Config{L2: rep.l2, Passes: rep.passes})
	if err != nil {
		t.Fatal(err)
	}
	again = scaled(again, rep.platt.a, rep.platt.b)
	if !reflect.DeepEqual(again, rep.model) {
		t.Error("training twice gave two models")
	}
	rep.model = again
	if err := rep.writeTable(&b, folds); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gave two tables")
	}
	if !strings.Contains(a.String(), "\nbase\t") || !strings.Contains(a.String(), "\nmin_confidence\t") {
		t.Errorf("the table lacks base or min_confidence:\n%s", a.String())
	}
	// the shipped table is this retrain: the same training events and
	// every row (base, min_confidence, each weight) the same, so a table
	// left stale by a change to the extractor or the sets fails here
	shipped, err := os.ReadFile("../../extract/tables/confidence.tsv")
	if err != nil {
		t.Fatal(err)
	}
	trained := func(table string) string {
		for _, l := range strings.Split(table, "\n") {
			if strings.HasPrefix(l, "# Trained on ") {
				return l
			}
		}
		return ""
	}
	rows := func(table string) []string {
		var out []string
		for _, l := range strings.Split(table, "\n") {
			if l != "" && !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
		return out
	}
	if got, want := trained(string(shipped)), trained(a.String()); got != want {
		t.Errorf("extract/tables/confidence.tsv is stale: %q, a retrain gives %q; run go run ./cmd/newswire-train confidence -out extract/tables/confidence.tsv", got, want)
	}
	if got, want := rows(string(shipped)), rows(a.String()); !reflect.DeepEqual(got, want) {
		n := 0
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				n++
			}
		}
		t.Errorf("extract/tables/confidence.tsv is stale: %d rows shipped, %d retrained, %d differ; run go run ./cmd/newswire-train confidence -out extract/tables/confidence.tsv", len(got), len(want), n)
	}
}

// TestRunUsage: bad arguments are a usage error, not a run.
func TestRunUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"extra"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "unexpected arguments") {
		t.Errorf("run(extra) = %d, %q", code, errb.String())
	}
	errb.Reset()
	if code := run(context.Background(), []string{"-root", t.TempDir()}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "forms") {
		t.Errorf("run on an empty root = %d, %q", code, errb.String())
	}
}

// TestChoose: the rule's pick is adopted only when it gains the margin
// on the predictions it was picked on.
func TestChoose(t *testing.T) {
	// keeping all: TP 3 FP 2 FN 0, F1 6/8 = 0.75; half-F1 0.38 drops the
	// two wrong ones (0.2, 0.3): F1 1, a gain of 0.25
	preds := []learn.Scored{{P: 0.9, Right: true}, {P: 0.8, Right: true}, {P: 0.7, Right: true}, {P: 0.3}, {P: 0.2}}
	cases := []struct {
		margin, adopted, candidate float64
	}{
		{0.005, 0.5, 0.5},
		{0.3, 0, 0.5},
	}
	for _, c := range cases {
		adopted, candidate, gain := choose(learn.HalfF1Threshold, preds, 0, c.margin)
		if adopted != c.adopted || candidate != c.candidate || gain < 0.249 || gain > 0.251 {
			t.Errorf("margin %v: adopted %v candidate %v gain %v, want %v %v 0.25", c.margin, adopted, candidate, gain, c.adopted, c.candidate)
		}
	}
}

// TestFitPlatt: the scaling recovers a and b from predictions whose rate
// of right answers follows sigmoid(a*z + b), and a scaled model scores
// sigmoid(a*z + b) of the model's own logit.
func TestFitPlatt(t *testing.T) {
	var z []float64
	var y []bool
	for _, x := range []float64{-2, -1, -0.5, 0, 0.5, 1, 2} {
		right := int(math.Round(1000 * learn.Sigmoid(0.6*x+0.4)))
		for i := 0; i < 1000; i++ {
			z = append(z, x)
			y = append(y, i < right)
		}
	}
	a, b, err := fitPlatt(z, y)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(a-0.6) > 0.01 || math.Abs(b-0.4) > 0.01 {
		t.Errorf("fitPlatt: a %.4f b %.4f, want 0.6 0.4", a, b)
	}
	if _, _, err := fitPlatt(nil, nil); err == nil {
		t.Error("fitPlatt of nothing: no error")
	}
	m := &learn.Model{Bias: 0.5, Weights: map[string]float64{"x": 1.5}}
	s := scaled(m, 0.6, 0.4)
	if got, want := s.Score([]string{"x"}), 0.6*2+0.4; math.Abs(got-want) > 1e-12 {
		t.Errorf("scaled model scores %v, want %v", got, want)
	}
}
