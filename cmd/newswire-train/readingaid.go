package main

// The reading aids (date-misses, legs, placemiss) change nothing and train
// nothing: each extracts the articles of the sets named and prints what it
// finds beside their gold. They share a head and a loop, kept here: the
// flags -root and -sets, the sets chosen by name (internal/trainsets, which
// keeps the held-out sets out), and one extractor run over every article of
// those sets that has a gold file (eachGoldArticle).

import (
	"context"
	"flag"
	"fmt"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

// readingAid is a reading aid's flags: -root, -sets, and any a subcommand
// adds to fs before calling sets.
type readingAid struct {
	fs   *flag.FlagSet
	root *string
	only *string
}

// newReadingAid makes the flag set of the subcommand name; setsHelp says
// which names -sets takes.
func newReadingAid(name, setsHelp string) *readingAid {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return &readingAid{
		fs:   fs,
		root: fs.String("root", ".", "the repository's root"),
		only: fs.String("sets", "", "the sets to read ("+setsHelp+"); required"),
	}
}

// sets parses the arguments and returns the sets named by -sets.
func (r *readingAid) sets(args []string) ([]trainsets.Set, error) {
	if err := r.fs.Parse(args); err != nil {
		return nil, err
	}
	all, err := trainsets.List(*r.root)
	if err != nil {
		return nil, err
	}
	return trainsets.Select(all, *r.only)
}

// eachExtracted builds an extractor with the options and calls fn with
// the record of every gold article of the sets, in order.
func eachExtracted(ctx context.Context, sets []trainsets.Set, o extract.Options, fn func(set trainsets.Set, g score.Gold, rec *extract.Record) error) error {
	x, err := extract.New(o)
	if err != nil {
		return fmt.Errorf("building extractor: %w", err)
	}
	for _, set := range sets {
		err := eachGoldArticle(set.Dirs, func(path string, a extract.Article, g score.Gold) error {
			rec, err := x.Extract(ctx, a)
			if err != nil {
				return fmt.Errorf("%s: %s: %w", set.Name, path, err)
			}
			return fn(set, g, rec)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
