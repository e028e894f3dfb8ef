package main

// The place ranker's cross-validation: each set held out in turn, the
// ranker's choice against the cascade's, and the switch it decides.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/trainsets"
)

// placeRightWith: the event's place is right when the model chooses (the
// cascade's when it has fewer than two candidates).
func placeRightWith(m *learn.Model, e placedEvent) bool {
	if !e.rankable() {
		return e.right
	}
	return e.labels[rankPick(m, e.cands, placeCandidate)]
}

// placeCV is a cross-validation of the place ranker: each held-out set's
// figures, and over all of them the events whose held-out ranker chose
// another place than the cascade (moved), those of them it placed right
// that the cascade had wrong (fixed) and those the cascade had right
// (broke).
type placeCV struct {
	folds               []dateFold
	moved, fixed, broke int
	// real holds, per held-out set, its matched events with a gold place
	// and those placed right when it is extracted again with the ranker
	// on and the fold's weights (reextract), when asked
	real []dateFold
}

// crossValidatePlaces trains once per set with the set held out (on the
// other sets whose names start with one of from, every other set when
// from is empty) and counts the held-out set's events placed right by the
// cascade and by the ranker choosing among their candidates; with real,
// it also extracts the held-out set again with the ranker on (reextract).
func crossValidatePlaces(ctx context.Context, evs []placedEvent, sets []trainsets.Set, l2 float64, from []string, real bool) (placeCV, error) {
	var cv placeCV
	for _, s := range sets {
		var train []placedEvent
		for _, e := range evs {
			if e.set != s.Name && hasPrefix(e.set, from) {
				train = append(train, e)
			}
		}
		m, err := learn.Train(placeExamples(train), learn.Config{L2: l2})
		if err != nil {
			return cv, fmt.Errorf("fold %s: %w", s.Name, err)
		}
		cv.folds = append(cv.folds, placeFold(s.Name, m, evs))
		if real {
			n, right, err := reextract(ctx, s, m)
			if err != nil {
				return cv, fmt.Errorf("fold %s: %w", s.Name, err)
			}
			f := cv.folds[len(cv.folds)-1]
			cv.real = append(cv.real, dateFold{set: s.Name, events: n, cascade: f.cascade, ranker: right, any: f.any})
		}
		for _, e := range evs {
			if e.set != s.Name || !e.rankable() {
				continue
			}
			if k := rankPick(m, e.cands, placeCandidate); !e.cands[k].Cascade {
				cv.moved++
				switch {
				case e.labels[k]:
					cv.fixed++
				case e.right:
					cv.broke++
				}
			}
		}
	}
	return cv, nil
}

// hasPrefix: s, or s without its "train/", starts with one of prefixes,
// or prefixes is empty.
func hasPrefix(s string, prefixes []string) bool {
	if len(prefixes) == 0 {
		return true
	}
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) || strings.HasPrefix(strings.TrimPrefix(s, "train/"), p) {
			return true
		}
	}
	return false
}

// placeFold counts set's events: all, right by the cascade, right by
// model m, with the gold's place among their candidates.
func placeFold(set string, m *learn.Model, evs []placedEvent) dateFold {
	f := dateFold{set: set}
	for _, e := range evs {
		if e.set != set {
			continue
		}
		f.events++
		if e.right {
			f.cascade++
		}
		if placeRightWith(m, e) {
			f.ranker++
		}
		if e.right || anyTrue(e.labels) {
			f.any++
		}
	}
	return f
}

// reextract runs the extractor with the ranker on and model m's weights
// (a place_rank.tsv in a temporary folder, --tables) over one set, and
// counts its matched events with a gold place and those placed right:
// the ranker's real effect, the scene, merge and story passes after it
// included.
func reextract(ctx context.Context, set trainsets.Set, m *learn.Model) (events, right int, err error) {
	dir, err := os.MkdirTemp("", "newswire-place-")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(dir)
	var b strings.Builder
	b.WriteString("# a cross-validation fold's weights, in place of the embedded ones\nreset\t1\t\nenabled\t1\t\n")
	if err := m.WriteTable(&b, "bias", nil, false); err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(filepath.Join(dir, "place_rank.tsv"), []byte(b.String()), 0o644); err != nil {
		return 0, 0, err
	}
	x, err := extract.New(extract.Options{TablesDir: dir})
	if err != nil {
		return 0, 0, fmt.Errorf("building extractor: %w", err)
	}
	evs, err := placesOf(ctx, x, set)
	if err != nil {
		return 0, 0, err
	}
	for _, e := range evs {
		if e.right {
			right++
		}
	}
	return len(evs), right, nil
}

// placeTrainFolds are the folds of testdata/train: the other writers'
// sets (not articles, heldout, forms).
func placeTrainFolds(folds []dateFold) []dateFold {
	var out []dateFold
	for _, f := range folds {
		switch f.set {
		case "articles", "heldout", "forms":
		default:
			out = append(out, f)
		}
	}
	return out
}

// placeSummary is the cross-validation's line under its table: the
// testdata/train sets' total, the moves, the sign test.
func placeSummary(cv placeCV) string {
	t := foldTotal(placeTrainFolds(cv.folds))
	return fmt.Sprintf("train/*: %d events, cascade %d, ranker %d; the ranker moved %d events: fixed %d, broke %d (sign test p = %.3f)",
		t.events, t.cascade, t.ranker, cv.moved, cv.fixed, cv.broke, signTest(cv.fixed, cv.broke))
}

// placeBeats: the ranker places more events right than the cascade in
// total over the held-out sets and over the testdata/train sets alone,
// both choosing among the collected candidates and extracting the sets
// again with it on, and the events it fixes outnumber those it breaks by
// more than chance (one-sided sign test, p < 0.05): a lead of one or two
// events among a thousand is noise, not a ranker worth its weights.
func placeBeats(cv placeCV) bool {
	t, tr := foldTotal(cv.folds), foldTotal(placeTrainFolds(cv.folds))
	rt, rtr := foldTotal(cv.real), foldTotal(placeTrainFolds(cv.real))
	return t.ranker > t.cascade && tr.ranker > tr.cascade && rt.ranker > rt.cascade && rtr.ranker > rtr.cascade &&
		signTest(cv.fixed, cv.broke) < 0.05
}
