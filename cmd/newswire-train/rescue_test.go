package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/trainsets"
)

// TestRescueAccounts runs the rescue measure and its cross-validation
// over our own articles and heldout and checks that the tables account
// for every candidate: each rule is a named removal rule with its pass,
// the rules' and the passes' counts add up to the candidates kept, a set
// finds no more missed events than its right candidates, and each held-out
// set's F1 with the rescue moves by exactly the candidates it publishes.
func TestRescueAccounts(t *testing.T) {
	sets, err := trainsets.List(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var own []trainsets.Set
	for _, s := range sets {
		if s.Name == "articles" || s.Name == "heldout" || s.Name == "forms" {
			own = append(own, s)
		}
	}
	arts, err := collectRescue(t.Context(), own)
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for _, a := range arts {
		kept += len(a.removed)
	}
	m := measureRescue(arts)
	if kept == 0 || m.candidates != kept {
		t.Fatalf("%d candidates kept, %d measured", kept, m.candidates)
	}
	sum, right := 0, 0
	for _, k := range m.order() {
		if !extract.RemovalRuleNamed(k) || m.passOf[k] == "" {
			t.Errorf("rule %q (pass %q) is not a named removal rule", k, m.passOf[k])
		}
		r := m.rules[k]
		sum += r.right + r.wrong + r.none
		right += r.right
	}
	ps, rows := m.passes()
	psum := 0
	for _, p := range ps {
		psum += rows[p].right + rows[p].wrong + rows[p].none
	}
	if sum != kept || psum != kept {
		t.Errorf("rules count %d, passes %d, of %d candidates", sum, psum, kept)
	}
	found, fn := 0, 0
	for _, s := range m.sets {
		found += s.found
		fn += s.tally.FN
	}
	if found > right || found > fn {
		t.Errorf("%d missed events found, with %d right candidates and %d missed", found, right, fn)
	}
	var b strings.Builder
	m.write(&b)
	for _, k := range m.order() {
		if !strings.Contains(b.String(), "\n"+k+" ") {
			t.Errorf("rule %q missing from the table", k)
		}
	}
	folds, err := crossValidateRescue(arts, learn.Config{L2: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(folds) != 3 {
		t.Fatalf("%d folds", len(folds))
	}
	for _, f := range folds {
		if f.with.TP-f.without.TP != f.kept || f.with.FP-f.without.FP != f.keptWrong || f.without.FN-f.with.FN != f.kept {
			t.Errorf("%s: without %+v, with %+v, published %d right %d wrong", f.set, f.without, f.with, f.kept, f.keptWrong)
		}
		if f.threshold == 2 && f.kept+f.keptWrong != 0 {
			t.Errorf("%s: no threshold, yet %d published", f.set, f.kept+f.keptWrong)
		}
	}
	writeRescueCV(&b, folds)
	t.Log("\n" + b.String())
}

// TestBestNet: the threshold publishes the most right minus wrong; none
// (2) when nothing gains; ties of P are taken together.
func TestBestNet(t *testing.T) {
	sc := func(ps ...float64) []learn.Scored {
		var out []learn.Scored
		for _, p := range ps {
			out = append(out, learn.Scored{P: p})
		}
		return out
	}
	cases := []struct {
		ps   []float64
		eff  []int
		want float64
	}{
		{[]float64{0.9, 0.8, 0.7}, []int{1, 1, -1}, 0.8},
		{[]float64{0.9, 0.8}, []int{-1, -1}, 2},
		{[]float64{0.9, 0.9, 0.5}, []int{1, -1, 1}, 0.5},
		{nil, nil, 2},
	}
	for _, c := range cases {
		if got := bestNet(sc(c.ps...), c.eff); got != c.want {
			t.Errorf("bestNet(%v, %v) = %v, want %v", c.ps, c.eff, got, c.want)
		}
	}
}
