package main

import (
	"context"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

var (
	placesOnce sync.Once
	placesEvs  []placedEvent
	placesSets []trainsets.Set
	placesErr  error
)

// repoPlaces extracts the repository's training sets once for the tests.
func repoPlaces(t *testing.T) ([]placedEvent, []trainsets.Set) {
	t.Helper()
	placesOnce.Do(func() {
		placesSets, placesErr = trainsets.List(filepath.Join("..", ".."))
		if placesErr == nil {
			placesEvs, placesErr = collectPlaces(context.Background(), placesSets)
		}
	})
	if placesErr != nil {
		t.Fatal(placesErr)
	}
	return placesEvs, placesSets
}

// TestPlaceRankerCV retrains the place ranker on the repository's sets
// with each set held out in turn and holds the shipped table to the
// comparison it states: its enabled row is 1 exactly when the ranker
// beats the cascade (placeBeats). It logs the table.
func TestPlaceRankerCV(t *testing.T) {
	evs, sets := repoPlaces(t)
	cv, err := crossValidatePlaces(t.Context(), evs, sets, placeL2, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	cvTable(&b, "", cv.folds)
	t.Logf("leave-one-set-out cross-validation, right places of matched events:\n%s%s", b.String(), placeSummary(cv))
	b.Reset()
	cvTable(&b, "", cv.real)
	t.Logf("extracted again with the ranker on:\n%s", b.String())
	tot := foldTotal(cv.folds)
	if r := foldTotal(cv.real); r.events < tot.events*9/10 || r.ranker < tot.cascade*9/10 {
		t.Errorf("extracted again: %d matched events, %d right; collected %d, %d right by the cascade", r.events, r.ranker, tot.events, tot.cascade)
	}
	if tot.events < 500 || tot.cascade == 0 {
		t.Errorf("%d matched events with a gold place, %d right by the cascade: the sets were not read", tot.events, tot.cascade)
	}
	if tot.ranker > tot.any || tot.cascade > tot.any {
		t.Errorf("more right (%d ranker, %d cascade) than events with a right candidate (%d)", tot.ranker, tot.cascade, tot.any)
	}
	if cv.fixed+cv.broke > cv.moved || tot.ranker-tot.cascade != cv.fixed-cv.broke {
		t.Errorf("moves %d (fixed %d, broke %d) do not account for ranker %d - cascade %d", cv.moved, cv.fixed, cv.broke, tot.ranker, tot.cascade)
	}
	on := shippedRow(t, "place_rank.tsv", "enabled") == "1"
	if beats := placeBeats(cv); on != beats {
		t.Errorf("place_rank.tsv has enabled %v, but the ranker beating the cascade in cross-validation is %v: retrain with go run ./cmd/newswire-train place -write", on, beats)
	}
}

// TestPlaceTrainDeterministic: the same sets give the same weights.
func TestPlaceTrainDeterministic(t *testing.T) {
	evs, _ := repoPlaces(t)
	a, err := learn.Train(placeExamples(evs), learn.Config{L2: placeL2})
	if err != nil {
		t.Fatal(err)
	}
	b, err := learn.Train(placeExamples(evs), learn.Config{L2: placeL2})
	if err != nil {
		t.Fatal(err)
	}
	if a.Bias != b.Bias || !reflect.DeepEqual(a.Weights, b.Weights) || len(a.Weights) == 0 {
		t.Errorf("two trainings differ (or learned nothing): %d and %d weights", len(a.Weights), len(b.Weights))
	}
}

// TestPlacedEventsLabels: each candidate is labelled by the gold's place
// through its aliases, and the events the cascade placed right have their
// cascade candidate labelled right.
func TestPlacedEventsLabels(t *testing.T) {
	g := score.Gold{ID: "a",
		Entities: map[string][]score.GoldEntity{
			"PERSON":   {{Name: "Ana Soto"}, {Name: "Li Wei"}},
			"LOCATION": {{Name: "Kyiv", Aliases: []string{"Kiev"}}, {Name: "Ukraine"}},
		},
		Events: []score.GoldEvent{{Type: "meeting", Participants: []string{"Ana Soto", "Li Wei"}, Location: "Kyiv"}},
	}
	ev := extract.Event{Type: "meeting", Location: "Ukraine",
		Participants: []extract.Participant{{Name: "Ana Soto"}, {Name: "Li Wei"}},
		PlaceCandidates: []extract.PlaceCandidate{
			{Place: "Ukraine", Cascade: true, Features: []string{"cascade:yes"}},
			{Place: "Kiev", Features: []string{"kind:city"}},
		}}
	other := extract.Event{Type: "visit", Location: "Lviv", Participants: []extract.Participant{{Name: "Ana Soto"}}} // matches no gold event
	got := placedEvents("set", g, []extract.Event{ev, other})
	if len(got) != 1 {
		t.Fatalf("%d placed events, want the one matched", len(got))
	}
	e := got[0]
	if e.right || !reflect.DeepEqual(e.labels, []bool{false, true}) || !e.rankable() {
		t.Errorf("right %v labels %v rankable %v; want false, [false true], true", e.right, e.labels, e.rankable())
	}
	// a place a later pass gave (no candidate is the event's): no candidates
	ev.Location = "Odesa"
	if got := placedEvents("set", g, []extract.Event{ev}); len(got) != 1 || got[0].cands != nil {
		t.Errorf("an event placed by no candidate keeps candidates: %+v", got)
	}
}

// TestPlacePick: the best-scoring candidate, the cascade's on a tie.
func TestPlacePick(t *testing.T) {
	m := &learn.Model{Weights: map[string]float64{"cascade:yes": 1, "a": 1, "b": 2}}
	mk := func(fs ...[]string) []extract.PlaceCandidate {
		var out []extract.PlaceCandidate
		for _, f := range fs {
			out = append(out, extract.PlaceCandidate{Features: f, Cascade: len(f) > 0 && f[0] == "cascade:yes"})
		}
		return out
	}
	for _, c := range []struct {
		name  string
		cands []extract.PlaceCandidate
		want  int
	}{
		{"cascade best", mk([]string{"cascade:yes", "a"}, []string{"a"}), 0},
		{"tie keeps the cascade", mk([]string{"a"}, []string{"cascade:yes"}), 1},
		{"a better one", mk([]string{"cascade:yes"}, []string{"b"}), 1},
	} {
		if got := rankPick(m, c.cands, placeCandidate); got != c.want {
			t.Errorf("%s: pick %d, want %d", c.name, got, c.want)
		}
	}
}

// TestSignTest: the one-sided sign test's p against values worked by
// hand.
func TestSignTest(t *testing.T) {
	for _, c := range []struct {
		wins, losses int
		want         float64
	}{
		{0, 0, 1},
		{1, 0, 0.5},
		{3, 0, 0.125},
		{6, 6, 0.6128},
		{9, 1, 0.0107},
		{0, 4, 1},
	} {
		if got := signTest(c.wins, c.losses); math.Abs(got-c.want) > 1e-3 {
			t.Errorf("signTest(%d, %d) = %.4f, want %.4f", c.wins, c.losses, got, c.want)
		}
	}
}

// TestPlaceBeats: a lead in total and on the train sets is not enough
// without a sign test the fixes pass.
func TestPlaceBeats(t *testing.T) {
	folds := []dateFold{{set: "forms", events: 100, cascade: 80, ranker: 81}, {set: "tr1", events: 100, cascade: 70, ranker: 71}}
	real := []dateFold{{set: "forms", events: 100, cascade: 80, ranker: 88}, {set: "tr1", events: 100, cascade: 70, ranker: 78}}
	if placeBeats(placeCV{folds: folds, real: real, moved: 12, fixed: 6, broke: 4}) {
		t.Error("a lead of two with 6 fixed and 4 broken beats the cascade")
	}
	folds[0].ranker, folds[1].ranker = 88, 78
	if !placeBeats(placeCV{folds: folds, real: real, moved: 17, fixed: 16, broke: 0}) {
		t.Error("16 fixed and none broken does not beat the cascade")
	}
	real[1].ranker = 69
	if placeBeats(placeCV{folds: folds, real: real, moved: 17, fixed: 16, broke: 0}) {
		t.Error("a ranker that loses on the train sets when extracted again beats the cascade")
	}
	real[1].ranker = 78
	folds[1].ranker = 70
	if placeBeats(placeCV{folds: folds, real: real, moved: 9, fixed: 8, broke: 0}) {
		t.Error("a ranker no better on the train sets beats the cascade")
	}
}
