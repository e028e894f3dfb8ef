package main

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
)

var (
	datesOnce sync.Once
	datesEvs  []datedEvent
	datesSets []trainSet
	datesErr  error
)

// repoDates extracts the repository's training sets once for the tests.
func repoDates(t *testing.T) ([]datedEvent, []trainSet) {
	t.Helper()
	datesOnce.Do(func() {
		datesSets, datesErr = trainSets(filepath.Join("..", ".."))
		if datesErr == nil {
			datesEvs, datesErr = collectDates(context.Background(), datesSets)
		}
	})
	if datesErr != nil {
		t.Fatal(datesErr)
	}
	return datesEvs, datesSets
}

// TestDateRankerCV retrains the date ranker on the repository's sets with
// each set held out in turn and holds the shipped table to the comparison
// it states: its "on" row is 1 exactly when the ranker dates more held-out
// events right than the cascade (rankerWins). It logs the table.
func TestDateRankerCV(t *testing.T) {
	evs, sets := repoDates(t)
	if len(sets) < 4 {
		t.Fatalf("%d training sets, want articles, heldout, forms and testdata/train's folders", len(sets))
	}
	for _, s := range sets {
		if s.name == "final" || s.name == "blind" {
			t.Fatalf("training set %s is a held-out own set", s.name)
		}
	}
	cv, err := crossValidateDates(evs, sets, dateL2)
	if err != nil {
		t.Fatal(err)
	}
	folds := cv.folds
	var b strings.Builder
	cvTable(&b, "", folds)
	t.Logf("leave-one-set-out cross-validation, right dates of matched events:\n%s", b.String())
	tot := foldTotal(folds)
	if tot.events < 500 || tot.cascade == 0 {
		t.Errorf("%d matched dated events, %d right by the cascade: the sets were not read", tot.events, tot.cascade)
	}
	if tot.ranker > tot.any || tot.cascade > tot.any {
		t.Errorf("more right (%d ranker, %d cascade) than events with a right candidate (%d)", tot.ranker, tot.cascade, tot.any)
	}
	on := shippedRow(t, "date_rank.tsv", "on") == "1"
	t.Logf("changed %d: fixed %d, broke %d", cv.fixed+cv.broke, cv.fixed, cv.broke)
	if tot.ranker-tot.cascade != cv.fixed-cv.broke {
		t.Errorf("ranker %d - cascade %d, but fixed %d - broke %d", tot.ranker, tot.cascade, cv.fixed, cv.broke)
	}
	if wins := rankerWins(cv); on != wins {
		t.Errorf("date_rank.tsv has on %v, but the ranker beating the cascade in cross-validation is %v: retrain with go run ./cmd/newswire-train date -write", on, wins)
	}
}

// TestDateTrainDeterministic: the same sets give the same weights.
func TestDateTrainDeterministic(t *testing.T) {
	evs, _ := repoDates(t)
	a, err := learn.Train(dateExamples(evs), learn.Config{L2: dateL2})
	if err != nil {
		t.Fatal(err)
	}
	b, err := learn.Train(dateExamples(evs), learn.Config{L2: dateL2})
	if err != nil {
		t.Fatal(err)
	}
	if a.Bias != b.Bias || !reflect.DeepEqual(a.Weights, b.Weights) || len(a.Weights) == 0 {
		t.Errorf("two trainings differ (or learned nothing): %d and %d weights", len(a.Weights), len(b.Weights))
	}
}

// TestPick: the best-scoring candidate, the cascade's on a tie.
func TestPick(t *testing.T) {
	m := &learn.Model{Weights: map[string]float64{"cascade": 1, "a": 1, "b": 2}}
	cands := func(fs ...[]string) []extract.DateCandidate {
		var out []extract.DateCandidate
		for i, f := range fs {
			out = append(out, extract.DateCandidate{Value: string(rune('x' + i)), Features: f, Cascade: len(f) > 0 && f[0] == "cascade"})
		}
		return out
	}
	for _, c := range []struct {
		name  string
		cands []extract.DateCandidate
		want  int
	}{
		{"cascade best", cands([]string{"cascade", "a"}, []string{"a"}), 0},
		{"tie keeps the cascade", cands([]string{"a"}, []string{"cascade"}), 1},
		{"a better one", cands([]string{"cascade"}, []string{"b"}), 1},
	} {
		if got := pick(m, c.cands); got != c.want {
			t.Errorf("%s: pick %d, want %d", c.name, got, c.want)
		}
	}
}

// TestDatedEventsLabels: the labels follow the gold's date; the cascade's
// candidate is right by the event's final date.
func TestDatedEventsLabels(t *testing.T) {
	evs, _ := repoDates(t)
	for _, e := range evs {
		for i, c := range e.cands {
			want := c.Value == e.gold
			if c.Cascade {
				want = e.date == e.gold
			}
			if e.labels[i] != want {
				t.Fatalf("%s %s: candidate %s labelled %v, gold %s", e.set, e.article, c.Value, e.labels[i], e.gold)
			}
		}
	}
}
