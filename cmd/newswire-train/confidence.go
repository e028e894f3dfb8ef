package main

// The confidence subcommand fits the learned confidence of events
// (extract/confidence.go) to the project's training sets and writes its
// weight table:
//
//	go run ./cmd/newswire-train confidence -out extract/tables/confidence.tsv
//
// It runs the extractor with the confidence threshold off over every
// training set, labels each predicted event right or wrong with the
// scorer's own matching (internal/score.MatchEvents: same type, participant
// Jaccard >= 0.5), trains an L2-regularised logistic regression
// (internal/learn) over the events' features, measures it by
// leave-one-set-out cross-validation (each writer's set held out in turn),
// picks the publishing threshold from the held-out predictions, and writes
// the table with a header naming the command, the sets and the CV
// figures. Training is deterministic: the same sets give the same table
// byte for byte.
//
// It never reads testdata/final, testdata/blind (the project's own
// held-out sets) or anything outside testdata: a training folder named
// like them is refused.
import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/extract"
)

func init() {
	commands["confidence"] = command{"train the learned event confidence (extract/tables/confidence.tsv) and cross-validate it", func(ctx context.Context, args []string) error {
		if code := run(ctx, args, os.Stdout, os.Stderr); code != 0 {
			return fmt.Errorf("failed (exit status %d)", code)
		}
		return nil
	}}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newswire-train confidence", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := fs.String("root", ".", "the repository's root: the sets are read from ROOT/testdata")
	out := fs.String("out", "", "write the weight table here (default: print it on stdout)")
	l2 := fs.Float64("l2", 0, "the L2 penalty; 0: chosen by cross-validated log-loss from "+fmt.Sprint(l2Grid))
	passes := fs.Int("passes", defaultPasses, "coordinate-descent passes")
	rule := fs.String("rule", "half-f1", "how the threshold is picked from the held-out predictions: half-f1 (half the F1 reached, what a calibrated model implies) or best (the F1-maximising one)")
	margin := fs.Float64("margin", defaultMargin, "adopt the threshold only when it raises held-out event F1 by at least this; else min_confidence is 0")
	verbose := fs.Bool("v", false, "print the per-fold figures, the calibration bins and the reported events' fate on stderr")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newswire-train confidence: unexpected arguments %q\n", fs.Args())
		return 2
	}
	folds, err := trainingFolds(*root)
	if err != nil {
		fmt.Fprintf(stderr, "newswire-train confidence: %v\n", err)
		return 1
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "newswire-train confidence: %v\n", err)
		return 1
	}
	data, err := collect(ctx, x, folds)
	if err != nil {
		fmt.Fprintf(stderr, "newswire-train confidence: %v\n", err)
		return 1
	}
	rep, err := train(data, *l2, *passes, *rule, *margin)
	if err != nil {
		fmt.Fprintf(stderr, "newswire-train confidence: %v\n", err)
		return 1
	}
	if *verbose {
		fmt.Fprint(stderr, rep.details())
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "newswire-train confidence: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	if err := rep.writeTable(w, folds); err != nil {
		fmt.Fprintf(stderr, "newswire-train confidence: %v\n", err)
		return 1
	}
	if *out != "" {
		fmt.Fprintf(stderr, "newswire-train confidence: wrote %s: %d events from %d sets; CV log-loss %.3f (constant %.3f), F1 %.3f without a threshold, %.3f at the candidates, %.3f as adopted; min_confidence %.2f (candidate %.2f, gain %+.4f)\n",
			*out, len(data.examples), len(rep.folds), rep.cvLoss, rep.cvConst, rep.f1Off.F1(), rep.f1Cand.F1(), rep.f1On.F1(), rep.threshold, rep.candidate, rep.gain)
	}
	return 0
}

// fold is one cross-validation group: a set of articles one writer (or one
// writer's batch) wrote.
type fold struct {
	name  string
	dirs  []string
	match func(base string) bool // which files of dirs belong to it; nil: all
}

// formsMinFold: a forms prefix with fewer articles than this joins
// forms/other.
const formsMinFold = 5

// forbidden are the sets nothing may be trained on.
var forbidden = []string{"final", "blind", "unread"}

// trainingFolds lists the folds under root/testdata: articles (with the
// sample at the top of testdata), heldout, forms split by the file-name
// prefix its writers gave each batch (dates-, trips-, wires-...; prefixes
// with fewer than formsMinFold articles pooled as forms/other), and each
// folder of testdata/train.
func trainingFolds(root string) ([]fold, error) {
	td := filepath.Join(root, "testdata")
	folds := []fold{
		{name: "articles", dirs: []string{td, filepath.Join(td, "articles")}},
		{name: "heldout", dirs: []string{filepath.Join(td, "heldout")}},
	}
	forms := filepath.Join(td, "forms")
	entries, err := os.ReadDir(forms)
	if err != nil {
		return nil, fmt.Errorf("listing the forms set: %w", err)
	}
	count := map[string]int{}
	var prefixes []string
	for _, e := range entries {
		if p, ok := formsPrefix(e.Name()); ok && !e.IsDir() {
			if count[p] == 0 {
				prefixes = append(prefixes, p)
			}
			count[p]++
		}
	}
	for _, p := range prefixes {
		if count[p] >= formsMinFold {
			p := p
			folds = append(folds, fold{name: "forms/" + p, dirs: []string{forms}, match: func(base string) bool {
				q, _ := formsPrefix(base)
				return q == p
			}})
		}
	}
	folds = append(folds, fold{name: "forms/other", dirs: []string{forms}, match: func(base string) bool {
		q, _ := formsPrefix(base)
		return count[q] < formsMinFold
	}})
	train := filepath.Join(td, "train")
	entries, err = os.ReadDir(train)
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("listing the training sets: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			folds = append(folds, fold{name: "train/" + e.Name(), dirs: []string{filepath.Join(train, e.Name())}})
		}
	}
	for _, f := range folds {
		for _, d := range f.dirs {
			for _, no := range forbidden {
				if filepath.Base(d) == no {
					return nil, fmt.Errorf("refusing to train on %s: the %s set is held out", d, no)
				}
			}
		}
	}
	return folds, nil
}

// formsPrefix is the batch prefix of a forms article's file name ("dates"
// of "dates-lag-ahead.txt"); false for gold files and non-articles.
func formsPrefix(name string) (string, bool) {
	if strings.HasSuffix(name, ".gold.json") {
		return "", false
	}
	switch filepath.Ext(name) {
	case ".txt", ".json", ".html":
	default:
		return "", false
	}
	p, _, _ := strings.Cut(strings.TrimSuffix(name, filepath.Ext(name)), "-")
	return p, true
}
