package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
)

// dataset is every predicted event of the training sets, labelled.
type dataset struct {
	examples []learn.Example
	// missed counts, per fold, the gold events no prediction matched: they
	// are false negatives whatever the threshold.
	missed map[string]int
	// optional counts the predictions that matched only an optional gold
	// event: they count nothing and are left out of training.
	optional int
	articles map[string]int
}

// collect extracts every article of the folds with the threshold off and
// labels each predicted event with the scorer's matching against the
// article's gold.
func collect(ctx context.Context, x *extract.Extractor, folds []fold) (*dataset, error) {
	ds := &dataset{missed: map[string]int{}, articles: map[string]int{}}
	for _, f := range folds {
		golds := map[string]score.Gold{}
		for _, dir := range f.dirs {
			gs, err := score.LoadGold(dir)
			if err != nil {
				return nil, err
			}
			for _, g := range gs {
				golds[g.ID] = g
			}
		}
		files, err := score.ArticleFiles(f.dirs...)
		if err != nil {
			return nil, err
		}
		for _, path := range files {
			if f.match != nil && !f.match(filepath.Base(path)) {
				continue
			}
			if err := ds.add(ctx, x, f.name, path, golds); err != nil {
				return nil, err
			}
		}
		if ds.articles[f.name] == 0 {
			return nil, fmt.Errorf("set %s: no articles", f.name)
		}
	}
	return ds, nil
}

// add extracts one article and labels its events.
func (ds *dataset) add(ctx context.Context, x *extract.Extractor, group, path string, golds map[string]score.Gold) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading article: %w", err)
	}
	id, err := score.WantID(path, data)
	if err != nil {
		return err
	}
	g, ok := golds[id]
	if !ok {
		return fmt.Errorf("%s: no gold file for id %q", path, id)
	}
	a, err := extract.Decoder{}.Decode(path, data)
	if err != nil {
		return fmt.Errorf("decoding %s: %w", path, err)
	}
	rec, feats, err := x.EventFeatures(ctx, a)
	if err != nil {
		return fmt.Errorf("extracting %s: %w", path, err)
	}
	r, err := score.RecordOf(rec)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	m := score.MatchEvents(g, r.Events)
	for i, v := range m.Verdicts {
		switch v {
		case score.Right, score.Wrong:
			ds.examples = append(ds.examples, learn.Example{Features: feats[i], Label: v == score.Right, Group: group})
		case score.Optional:
			ds.optional++
		}
	}
	for j, hit := range m.Matched {
		if !hit && isScored(g.Events[j].Type) {
			ds.missed[group]++
		}
	}
	ds.articles[group]++
	return nil
}

func isScored(typ string) bool {
	for _, t := range score.EventTypes {
		if t == typ {
			return true
		}
	}
	return false
}
