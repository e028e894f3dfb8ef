package main

import (
	"fmt"
	"os"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

// eachGoldArticle decodes every article of the folders that has a gold
// file and calls fn with it; an article with no gold is skipped (nothing
// to learn from). Every trainer's collection loop reads its sets through
// it.
func eachGoldArticle(dirs []string, fn func(path string, a extract.Article, g score.Gold) error) error {
	golds := map[string]score.Gold{}
	for _, dir := range dirs {
		gs, err := score.LoadGold(dir)
		if err != nil {
			return err
		}
		for _, g := range gs {
			golds[g.ID] = g
		}
	}
	files, err := score.ArticleFiles(dirs...)
	if err != nil {
		return err
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		a, err := extract.Decoder{}.Decode(path, data)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		g, ok := golds[a.ID]
		if !ok {
			continue
		}
		if err := fn(path, a, g); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

// scoredEvents are an article's events as the scorer reads them.
func scoredEvents(evs []extract.Event) []score.Event {
	out := make([]score.Event, len(evs))
	for i, e := range evs {
		out[i] = score.Event{Type: e.Type, Date: e.Date, Location: e.Location}
		for _, p := range e.Participants {
			out[i].Participants = append(out[i].Participants, score.Participant{Name: p.Name})
		}
	}
	return out
}
