package main

// The place ranker's data: the training sets' events matched to a gold
// event with a location, each with its place candidates labelled.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

// placedEvent is one extracted event matched to a gold event with a
// location.
type placedEvent struct {
	set, article string
	gold         string // the gold's location
	place        string // the event's place (the cascade's)
	right        bool   // the event's place is the gold's
	cands        []extract.PlaceCandidate
	labels       []bool // each candidate is the gold's place
}

// rankable: another candidate competes with the cascade's (placedEvents
// keeps candidates only when the event's place is its cascade
// candidate's); only then does the ranker choose.
func (e placedEvent) rankable() bool { return len(e.cands) >= 2 }

// collectPlaces extracts every article of the sets and returns their
// matched events with a gold location, with their candidates.
func collectPlaces(ctx context.Context, sets []trainsets.Set) ([]placedEvent, error) {
	x, err := extract.New(extract.Options{PlaceCandidates: true})
	if err != nil {
		return nil, fmt.Errorf("building extractor: %w", err)
	}
	var out []placedEvent
	for _, set := range sets {
		evs, err := placesOf(ctx, x, set)
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
	}
	return out, nil
}

// placesOf extracts one set's articles with x and returns its matched
// events with a gold location.
func placesOf(ctx context.Context, x *extract.Extractor, set trainsets.Set) ([]placedEvent, error) {
	var out []placedEvent
	err := eachGoldArticle(set.Dirs, func(_ string, a extract.Article, g score.Gold) error {
		rec, err := x.Extract(ctx, a)
		if err != nil {
			return err
		}
		out = append(out, placedEvents(set.Name, g, rec.Events)...)
		return nil
	})
	return out, err
}

// placedEvents matches an article's events to its gold the scorer's way
// and labels the candidates of those matched to a gold event with a
// location. An event whose place is not its cascade candidate's (a place a
// later pass gave it: story-place, a merged mention's) keeps no
// candidates: the ranker would not have chosen it.
func placedEvents(set string, g score.Gold, evs []extract.Event) []placedEvent {
	m := score.MatchEvents(g, scoredEvents(evs))
	var out []placedEvent
	for i, e := range evs {
		if m.Gold[i] < 0 || g.Events[m.Gold[i]].Location == "" {
			continue
		}
		gold := g.Events[m.Gold[i]].Location
		pe := placedEvent{set: set, article: g.ID, gold: gold, place: e.Location, right: score.SamePlace(g, e.Location, gold)}
		ok := false
		for _, c := range e.PlaceCandidates {
			ok = ok || c.Cascade && c.Place == e.Location
		}
		if ok {
			pe.cands = e.PlaceCandidates
			for _, c := range pe.cands {
				pe.labels = append(pe.labels, score.SamePlace(g, c.Place, gold))
			}
		}
		out = append(out, pe)
	}
	return out
}

// placeExamples are the training examples: every candidate of the events
// the ranker chooses for that have the gold's place among their
// candidates (an event with none teaches nothing about the choice).
func placeExamples(evs []placedEvent) []learn.Example {
	var out []learn.Example
	for _, e := range evs {
		if !e.rankable() || !anyTrue(e.labels) {
			continue
		}
		for i, c := range e.cands {
			out = append(out, learn.Example{Features: c.Features, Label: e.labels[i], Group: e.set})
		}
	}
	return out
}

func anyTrue(xs []bool) bool {
	for _, x := range xs {
		if x {
			return true
		}
	}
	return false
}

// placeCandidate is what the ranker reads of a place candidate: its
// features, and whether it is the cascade's own choice.
func placeCandidate(c extract.PlaceCandidate) ([]string, bool) { return c.Features, c.Cascade }

// dropTemplates removes the features of the named templates (the name
// before ":" of a feature, or of either side of a conjunction) from every
// candidate.
func dropTemplates(evs []placedEvent, names []string) {
	gone := map[string]bool{}
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			gone[n] = true
		}
	}
	if len(gone) == 0 {
		return
	}
	for i := range evs {
		for j := range evs[i].cands {
			c := &evs[i].cands[j]
			var kept []string
			for _, f := range c.Features {
				keep := true
				for _, part := range strings.Split(f, "&") {
					name, _, _ := strings.Cut(part, ":")
					keep = keep && !gone[name]
				}
				if keep {
					kept = append(kept, f)
				}
			}
			c.Features = kept
		}
	}
}

// widerRules are the proposals of extract's widerPlaces: places no rule of
// the cascade gives.
var widerRules = map[string]bool{"sentence-place": true, "dateline-city": true, "story-city": true, "story-country": true}

// narrowCandidates drops the candidates only the wider proposals gave.
func narrowCandidates(evs []placedEvent) {
	for i := range evs {
		e := &evs[i]
		var cs []extract.PlaceCandidate
		var ls []bool
		for j, c := range e.cands {
			wide := true
			for _, r := range c.Rules {
				wide = wide && widerRules[r]
			}
			if !wide || c.Cascade {
				cs, ls = append(cs, c), append(ls, e.labels[j])
			}
		}
		e.cands, e.labels = cs, ls
	}
}

// dumpPlaces writes the events' candidates, one JSON line an event.
func dumpPlaces(path string, evs []placedEvent) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, e := range evs {
		if err := enc.Encode(map[string]any{"set": e.set, "article": e.article, "gold": e.gold, "place": e.place, "right": e.right, "cands": e.cands, "labels": e.labels}); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
