package main

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
)

// TestReaderCV retrains the pair reader with each set held out in turn
// (its threshold chosen on the other sets, the held-out set extracted
// again with the reader proposing) and holds the shipped table's on row to
// the bar: on only when event F1 gains readerBar or more in total and over
// the testdata/train/tr* sets and the added events are right at least
// readerPrecision of the time.
func TestReaderCV(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every training set twice")
	}
	rep, err := trainReader(context.Background(), filepath.Join("..", ".."), learn.Config{L2: readerL2}, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("leave-one-set-out:\n%s", rep.cv)
	if len(rep.folds) < 10 {
		t.Fatalf("%d folds, want every training set", len(rep.folds))
	}
	gain := rep.total.after.F1() - rep.total.before.F1()
	trGain := rep.trs.after.F1() - rep.trs.before.F1()
	prec := 0.0
	if rep.total.added > 0 {
		prec = float64(rep.total.addRight) / float64(rep.total.added)
	}
	if want := gain >= readerBar && trGain >= readerBar && prec >= readerPrecision; rep.on != want {
		t.Errorf("on %v with gains %.4f (total), %.4f (tr*) and added precision %.2f", rep.on, gain, trGain, prec)
	}
	checkRetrained(t, "reader.tsv", rep.table, "on",
		fmt.Sprintf("event F1 %.3f -> %.3f, tr* %.3f -> %.3f", rep.total.before.F1(), rep.total.after.F1(), rep.trs.before.F1(), rep.trs.after.F1()),
		"go run ./cmd/newswire-train reader -write")
	// the folds' "before" is the rules' own output: the sets' event
	// tallies as the scorer counts them
	var before score.Tally
	for _, a := range rep.arts {
		before.Add(eventTally(a.gold, a.rec.Events))
	}
	if before != rep.total.before {
		t.Errorf("before %+v, the records score %+v", rep.total.before, before)
	}
	// deterministic: the same examples give the same weights
	m, err := learn.Train(rep.examples, learn.Config{L2: readerL2})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m, rep.model) {
		t.Error("training twice gave two models")
	}
}

// TestChooseThreshold: the threshold keeps the candidates that raise
// event F1, counts a gold event once, and proposes nothing (1) when
// nothing helps.
func TestChooseThreshold(t *testing.T) {
	art := func(base score.Tally, cands ...readerCand) readerArticle {
		return readerArticle{base: base, cands: cands}
	}
	right := func(g int) readerCand { return readerCand{right: true, gold: g} }
	wrong := readerCand{gold: -1}
	cases := []struct {
		name  string
		arts  []readerArticle
		preds []readerPred
		want  float64
		tally score.Tally
	}{
		{"two right on top, then wrong",
			[]readerArticle{art(score.Tally{TP: 4, FP: 1, FN: 4}, right(0), right(1), wrong, wrong)},
			[]readerPred{{0.9, 0, 0}, {0.8, 0, 1}, {0.3, 0, 2}, {0.2, 0, 3}}, 0.55, score.Tally{TP: 6, FP: 1, FN: 2}},
		{"wrong on top: nothing helps",
			[]readerArticle{art(score.Tally{TP: 9, FP: 0, FN: 1}, wrong, wrong, right(0))},
			[]readerPred{{0.9, 0, 0}, {0.8, 0, 1}, {0.7, 0, 2}}, 1, score.Tally{TP: 9, FP: 0, FN: 1}},
		{"a gold event found twice counts once",
			[]readerArticle{art(score.Tally{TP: 2, FP: 0, FN: 2}, right(0), right(0))},
			[]readerPred{{0.9, 0, 0}, {0.8, 0, 1}}, 0.85, score.Tally{TP: 3, FP: 0, FN: 1}}, // the second is a false event
	}
	for _, c := range cases {
		thr, tally := chooseThreshold(c.arts, c.preds)
		if thr < c.want-1e-9 || thr > c.want+1e-9 || tally != c.tally {
			t.Errorf("%s: threshold %v %+v, want %v %+v", c.name, thr, tally, c.want, c.tally)
		}
	}
}
