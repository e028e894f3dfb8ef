package main

// The party subcommand trains the party ranker (extract/party_rank.go)
// with internal/partyrank: it runs the extractor over the training sets
// with every draft's party candidates, labels each candidate by whether it
// matches a gold event of the draft's type (score.MatchEvents), trains a
// logistic regression (internal/learn) on the drafts with a choice, and
// cross-validates with each set held out in turn: the held-out set is
// re-extracted with the ranker deciding and its event F1 compared with the
// cascade's. The table's use row is 1 only when the ranker's pooled event
// F1 over the held-out testdata/train sets beats the cascade's by
// partyMargin or more.

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/partyrank"
)

func init() {
	commands["party"] = command{"train the party ranker (extract/tables/party_rank.tsv) and cross-validate it", runParty}
}

// partyL2 is the trainer's penalty for the party ranker.
const partyL2 = 1.0

// partyMargin is the least gain in pooled event F1 over the held-out
// testdata/train sets for the ranker to be switched on.
const partyMargin = 0.005

func runParty(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("party", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root: the sets are read from ROOT/testdata")
	out := fs.String("out", "", "write the weight table here (default: stdout)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	table, rep, err := trainParty(ctx, *root)
	if err != nil {
		return err
	}
	fmt.Fprint(os.Stderr, rep.cv)
	if *out == "" {
		_, err = os.Stdout.Write(table)
		return err
	}
	return os.WriteFile(*out, table, 0o644)
}

// partyReport is what a training run measured.
type partyReport struct {
	folds      []partyrank.Fold
	train, all partyrank.Fold // pooled over the testdata/train sets, and over every set
	use        bool
	cv         string // the figures as a Markdown table
	data       *partyrank.Data
}

// trainParty collects, cross-validates and trains; it returns the table
// and the figures.
func trainParty(ctx context.Context, root string) ([]byte, *partyReport, error) {
	sets, err := partyrank.Sets(root)
	if err != nil {
		return nil, nil, err
	}
	arts, err := partyrank.Load(sets)
	if err != nil {
		return nil, nil, err
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, nil, err
	}
	// the cascade decides while collecting, whatever the embedded table says
	if x, err = x.WithPartyRanker(false, 0, nil); err != nil {
		return nil, nil, err
	}
	data, err := partyrank.Collect(ctx, x, arts)
	if err != nil {
		return nil, nil, err
	}
	cfg := learn.Config{L2: partyL2}
	folds, err := partyrank.CrossValidate(ctx, x, data, cfg)
	if err != nil {
		return nil, nil, err
	}
	var train []partyrank.Fold
	for _, f := range folds {
		if strings.HasPrefix(f.Set, "train/") {
			train = append(train, f)
		}
	}
	tt := partyrank.Total(train)
	all := partyrank.Total(folds)
	use := gainsReach(partyMargin, f1Gain{tt.Cascade, tt.Ranker})
	m, err := learn.Train(data.Examples(), cfg)
	if err != nil {
		return nil, nil, err
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	header := []string{
		"Weights of the learned party ranker (extract/party_rank.go): when \"use\"",
		"is 1, every party rule's valid set for an event becomes a candidate and",
		"the one whose weights sum highest (bias + the weights of its features)",
		"gives the event's parties; when 0, the cascade's first valid set does.",
		"columns: feature<TAB>weight. Special rows: use (0 or 1), bias, reset",
		"(drops every weight read before it). A feature with no row weighs 0.",
		"Made by: go run ./cmd/newswire-train party -out extract/tables/party_rank.tsv",
		fmt.Sprintf("Trained on %d candidates of %d drafts with a choice, sets: %s.", len(data.Examples()), all.Drafts, strings.Join(names, ", ")),
		"Leave-one-set-out event F1, cascade -> ranker (each set re-extracted with",
		fmt.Sprintf("the weights of the other sets): all sets %.3f -> %.3f; testdata/train sets %.3f -> %.3f.", all.Cascade.F1(), all.Ranker.F1(), tt.Cascade.F1(), tt.Ranker.F1()),
		fmt.Sprintf("use is 1 only when the testdata/train gain is >= %.3f.", partyMargin),
	}
	var b bytes.Buffer
	if err := partyrank.WriteTable(&b, m, use, header); err != nil {
		return nil, nil, err
	}
	tt.Set = "testdata/train sets"
	cv := partyrank.Table(folds) + tt.Row() + "\n"
	return b.Bytes(), &partyReport{folds: folds, train: tt, all: all, use: use, cv: cv, data: data}, nil
}
