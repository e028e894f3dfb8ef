package main

// The place subcommand trains the place ranker (extract/place_rank.go): it
// runs the extractor over the training sets with every event's place
// candidates (extract.Options.PlaceCandidates), labels each candidate of an
// event matched to a gold event with a location (score.MatchEvents: same
// type, participant Jaccard >= 0.5) by whether it is the gold's place
// (score.SamePlace: through the gold's names and aliases), trains a
// logistic regression (internal/learn) on the candidates of the events
// that have more than one and a right one among them, and
// cross-validates the choice (the best-scoring candidate against the
// cascade's) with each set held out in turn.
//
// Its files, one job each: place.go the command, place_collect.go the
// collection and labelling of the events, place_cv.go the
// cross-validation and the switch, place_table.go the table it writes;
// rank_cv.go holds what it shares with the other rankers.

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["place"] = command{"train the place ranker (extract/tables/place_rank.tsv) and cross-validate it", runPlace}
}

// placeL2 is the trainer's penalty for the place ranker.
const placeL2 = 1.0

func runPlace(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("place", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root")
	write := fs.Bool("write", false, "write extract/tables/place_rank.tsv")
	l2 := fs.Float64("l2", placeL2, "the trainer's L2 penalty")
	dump := fs.String("dump", "", "write each matched event's candidates and labels to this file (JSON lines), for reading")
	from := fs.String("from", "", "train only on these sets (comma-separated name prefixes); every set is still held out in turn")
	narrow := fs.Bool("narrow", false, "only the candidates a rule of the cascade proposes (not the wider places alone)")
	drop := fs.String("drop", "", "leave out the features of these templates (comma-separated: cascade,event)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sets, err := trainsets.List(*root)
	if err != nil {
		return err
	}
	evs, err := collectPlaces(ctx, sets)
	if err != nil {
		return err
	}
	dropTemplates(evs, strings.Split(*drop, ","))
	if *narrow {
		narrowCandidates(evs)
	}
	if *dump != "" {
		if err := dumpPlaces(*dump, evs); err != nil {
			return err
		}
	}
	var fromSets []string
	if *from != "" {
		fromSets = strings.Split(*from, ",")
	}
	cv, err := crossValidatePlaces(ctx, evs, sets, *l2, fromSets, true)
	if err != nil {
		return err
	}
	cvTable(os.Stdout, "", cv.folds)
	fmt.Println(placeSummary(cv))
	fmt.Println("extracted again with the ranker on (events: matched with a gold place then; cascade: right without the ranker):")
	cvTable(os.Stdout, "", cv.real)
	m, err := learn.Train(placeExamples(evs), learn.Config{L2: *l2})
	if err != nil {
		return err
	}
	if !*write {
		return writePlaceTable(io.Discard, m, sets, cv, *l2)
	}
	path := filepath.Join(*root, "extract", "tables", "place_rank.tsv")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writePlaceTable(f, m, sets, cv, *l2); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
