package main

// The date subcommand trains the date ranker (extract/date_rank.go): it
// runs the extractor over the training sets with every event's date
// candidates (extract.Options.DateCandidates), labels each candidate of an
// event matched to a gold event with a date (score.MatchEvents: same type,
// participant Jaccard >= 0.5) by whether it is the gold's date, trains a
// logistic regression (internal/learn) on the candidates of the events
// that have more than one, and cross-validates the choice (the best-scoring
// candidate against the cascade's) with each set held out in turn.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["date"] = command{"train the date ranker (extract/tables/date_rank.tsv) and cross-validate it", runDate}
}

// dateL2 is the trainer's penalty for the date ranker.
const dateL2 = 1.0

// trainSet is one cross-validation fold: one writer's set.
type trainSet struct {
	name string
	dirs []string
}

// trainSets lists the training sets (internal/trainsets, which refuses the
// held-out sets), a folder of testdata/train by its own name ("tr5"), as
// the ranker tables' headers name it.
func trainSets(root string) ([]trainSet, error) {
	sets, err := trainsets.List(root)
	if err != nil {
		return nil, err
	}
	out := make([]trainSet, 0, len(sets))
	for _, s := range sets {
		out = append(out, trainSet{strings.TrimPrefix(s.Name, "train/"), s.Dirs})
	}
	return out, nil
}

// datedEvent is one extracted event matched to a gold event with a date.
type datedEvent struct {
	set, article string
	gold         string // the gold's date
	date         string // the event's date (the cascade's)
	sentence     string // the event's sentence, for reading a dump
	cands        []extract.DateCandidate
	labels       []bool // each candidate is the gold's date
}

// cascadeRight: the event's date is the gold's.
func (e datedEvent) cascadeRight() bool { return e.date == e.gold }

// collectDates extracts every article of the sets and returns their
// matched, gold-dated events with their candidates.
func collectDates(ctx context.Context, sets []trainSet) ([]datedEvent, error) {
	x, err := extract.New(extract.Options{DateCandidates: true})
	if err != nil {
		return nil, fmt.Errorf("building extractor: %w", err)
	}
	var out []datedEvent
	for _, set := range sets {
		err := eachGoldArticle(set.dirs, func(_ string, a extract.Article, g score.Gold) error {
			rec, err := x.Extract(ctx, a)
			if err != nil {
				return err
			}
			out = append(out, datedEvents(set.name, g, rec.Events)...)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// datedEvents matches an article's events to its gold the scorer's way and
// labels the candidates of those matched to a gold event with a date.
func datedEvents(set string, g score.Gold, evs []extract.Event) []datedEvent {
	m := score.MatchEvents(g, scoredEvents(evs))
	var out []datedEvent
	for i, e := range evs {
		if m.Gold[i] < 0 || g.Events[m.Gold[i]].Date == "" {
			continue
		}
		de := datedEvent{set: set, article: g.ID, gold: g.Events[m.Gold[i]].Date, date: strings.TrimSpace(e.Date), sentence: e.Sentence, cands: e.DateCandidates}
		for _, c := range e.DateCandidates {
			// the cascade's candidate is right when the event's date
			// (after the passes that run once the events are merged) is
			right := c.Value == de.gold
			if c.Cascade {
				right = de.cascadeRight()
			}
			de.labels = append(de.labels, right)
		}
		out = append(out, de)
	}
	return out
}

// dateExamples are the training examples: every candidate of the events
// with more than one.
func dateExamples(evs []datedEvent) []learn.Example {
	var out []learn.Example
	for _, e := range evs {
		if len(e.cands) < 2 {
			continue
		}
		for i, c := range e.cands {
			out = append(out, learn.Example{Features: c.Features, Label: e.labels[i], Group: e.set})
		}
	}
	return out
}

// pick is the candidate a model chooses: the best-scoring one, the
// cascade's on a tie (as extract.rankDate does); -1 for none.
func pick(m *learn.Model, cands []extract.DateCandidate) int {
	return rankPick(m, cands, func(c extract.DateCandidate) ([]string, bool) { return c.Features, c.Cascade })
}

// rightWith: the event's date is right when the model chooses (the
// cascade's date when it has fewer than two candidates).
func rightWith(m *learn.Model, e datedEvent) bool {
	if len(e.cands) < 2 {
		return e.cascadeRight()
	}
	return e.labels[pick(m, e.cands)]
}

// dateFold is one held-out set's figures: its gold-dated matched events,
// how many the cascade dates right, how many the ranker trained without
// the set does, and how many have the gold's date among their candidates.
type dateFold struct {
	set                          string
	events, cascade, ranker, any int
}

// dateCV is a cross-validation: each held-out set's figures, and over
// all of them the events the ranker dated otherwise than the cascade and
// made right (fixed) or wrong (broke).
type dateCV struct {
	folds        []dateFold
	fixed, broke int
}

// crossValidateDates trains once per set with the set held out and counts
// the held-out set's events dated right by the cascade and by the ranker.
func crossValidateDates(evs []datedEvent, sets []trainSet, l2 float64) (dateCV, error) {
	var cv dateCV
	for _, s := range sets {
		var train []datedEvent
		for _, e := range evs {
			if e.set != s.name {
				train = append(train, e)
			}
		}
		m, err := learn.Train(dateExamples(train), learn.Config{L2: l2})
		if err != nil {
			return cv, fmt.Errorf("fold %s: %w", s.name, err)
		}
		f := dateFold{set: s.name}
		for _, e := range evs {
			if e.set != s.name {
				continue
			}
			f.events++
			c, r := e.cascadeRight(), rightWith(m, e)
			if c {
				f.cascade++
			}
			if r {
				f.ranker++
			}
			switch {
			case r && !c:
				cv.fixed++
			case c && !r:
				cv.broke++
			}
			for i := range e.cands {
				if e.labels[i] {
					f.any++
					break
				}
			}
			if len(e.cands) == 0 && e.cascadeRight() {
				f.any++
			}
		}
		cv.folds = append(cv.folds, f)
	}
	return cv, nil
}

// foldTotal sums the folds.
func foldTotal(folds []dateFold) dateFold {
	t := dateFold{set: "total"}
	for _, f := range folds {
		t.events += f.events
		t.cascade += f.cascade
		t.ranker += f.ranker
		t.any += f.any
	}
	return t
}

// ownSets are the sets written with the code in view; the others (the
// folders of testdata/train) are other writers'.
var ownSets = map[string]bool{"articles": true, "heldout": true, "forms": true}

// rankerWins: the ranker dates more held-out events right than the cascade
// in total and over the other writers' sets (testdata/train) alone, and
// the events it dates otherwise are fixed more often than broken beyond
// chance (one-sided sign test, p < 0.05; the place ranker's test). Only
// then is it turned on.
func rankerWins(cv dateCV) bool {
	var others []dateFold
	for _, f := range cv.folds {
		if !ownSets[f.set] {
			others = append(others, f)
		}
	}
	t, o := foldTotal(cv.folds), foldTotal(others)
	return t.ranker > t.cascade && o.ranker > o.cascade && signTest(cv.fixed, cv.broke) < 0.05
}

// cvTable prints the folds, one line each, and their total.
func cvTable(w io.Writer, prefix string, folds []dateFold) {
	pct := func(n, d int) float64 {
		if d == 0 {
			return 0
		}
		return 100 * float64(n) / float64(d)
	}
	fmt.Fprintf(w, "%s%-10s %7s %16s %16s %16s\n", prefix, "held out", "events", "cascade right", "ranker right", "any candidate")
	var others []dateFold
	for _, f := range folds {
		if !ownSets[f.set] {
			others = append(others, f)
		}
	}
	o := foldTotal(others)
	o.set = "train/*"
	for _, f := range append(folds, o, foldTotal(folds)) {
		fmt.Fprintf(w, "%s%-10s %7d %8d %5.1f%% %8d %5.1f%% %8d %5.1f%%\n", prefix, f.set, f.events,
			f.cascade, pct(f.cascade, f.events), f.ranker, pct(f.ranker, f.events), f.any, pct(f.any, f.events))
	}
}

// writeDateTable writes date_rank.tsv: a header with the command, the sets
// and the cross-validation, the switch (on when the ranker beats the
// cascade in total over the held-out sets), the bias and the weights.
func writeDateTable(w io.Writer, m *learn.Model, sets []trainSet, cv dateCV, l2 float64) error {
	on := 0
	if rankerWins(cv) {
		on = 1
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.name)
	}
	var b strings.Builder
	b.WriteString("# Date ranker weights (extract/date_rank.go): a logistic regression over the\n")
	b.WriteString("# features of each date an event's readings propose; the best-scoring date\n")
	b.WriteString("# is the event's when the row \"on\" is 1 (the cascade's on a tie).\n")
	b.WriteString("# Made by: go run ./cmd/newswire-train date -write (internal/learn, L2 " + fmt.Sprint(l2) + ")\n")
	b.WriteString("# Trained on: " + strings.Join(names, ", ") + " (never final, blind, ../shared, BBC or Reuters text)\n")
	b.WriteString("# Leave-one-set-out cross-validation, matched events with a gold date, right date:\n")
	cvTable(&b, "#   ", cv.folds)
	fmt.Fprintf(&b, "# the ranker dated %d events otherwise than the cascade: fixed %d, broke %d (sign test p %.2f)\n", cv.fixed+cv.broke, cv.fixed, cv.broke, signTest(cv.fixed, cv.broke))
	fmt.Fprintf(&b, "# on: %d (1 only when the ranker beats the cascade in total, on the testdata/train sets alone,\n#   and by a sign test p < 0.05 on the events it changes: rankerWins)\n", on)
	b.WriteString("# columns: feature<TAB>weight\n")
	fmt.Fprintf(&b, "on\t%d\n", on)
	fmt.Fprintf(&b, "bias\t%.4f\n", m.Bias)
	for _, f := range m.Names() {
		if wt := m.Weights[f]; wt != 0 {
			fmt.Fprintf(&b, "%s\t%.4f\n", f, wt)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func runDate(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("date", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root")
	write := fs.Bool("write", false, "write extract/tables/date_rank.tsv")
	l2 := fs.Float64("l2", dateL2, "the trainer's L2 penalty")
	dump := fs.String("dump", "", "write each matched event's candidates and labels to this file (JSON lines), for reading")
	narrow := fs.Bool("narrow", false, "only the candidates a cascade reading gives (no neighbouring sentences, story dates, ranges or trips)")
	drop := fs.String("drop", "", "leave out the features of these templates (comma-separated feature names before ':', e.g. cascade,best)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sets, err := trainSets(*root)
	if err != nil {
		return err
	}
	evs, err := collectDates(ctx, sets)
	if err != nil {
		return err
	}
	if *dump != "" {
		if err := dumpDates(*dump, evs); err != nil {
			return err
		}
	}
	if *narrow {
		narrowDates(evs)
	}
	dropDateTemplates(evs, strings.Split(*drop, ","))
	cv, err := crossValidateDates(evs, sets, *l2)
	if err != nil {
		return err
	}
	cvTable(os.Stdout, "", cv.folds)
	fmt.Printf("changed %d: fixed %d, broke %d (sign test p %.2f); turned on: %v\n", cv.fixed+cv.broke, cv.fixed, cv.broke, signTest(cv.fixed, cv.broke), rankerWins(cv))
	m, err := learn.Train(dateExamples(evs), learn.Config{L2: *l2})
	if err != nil {
		return err
	}
	if !*write {
		return writeDateTable(io.Discard, m, sets, cv, *l2)
	}
	path := filepath.Join(*root, "extract", "tables", "date_rank.tsv")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writeDateTable(f, m, sets, cv, *l2); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}

// widerDateRules are the candidates no cascade reading gives (extract's
// date_rank.go): only the ranker may take them.
var widerDateRules = map[string]bool{"sentence-before-1": true, "sentence-after-1": true, "sentence-before-2": true,
	"sentence-after-2": true, "story-elsewhere": true, "range": true, "trip-from": true, "trip-to": true, "published-day": true}

// narrowDates drops the candidates only the wider readings gave.
func narrowDates(evs []datedEvent) {
	for i := range evs {
		e := &evs[i]
		var cs []extract.DateCandidate
		var ls []bool
		for j, c := range e.cands {
			wide := true
			for _, r := range c.Rules {
				wide = wide && widerDateRules[r]
			}
			if !wide || c.Cascade {
				cs, ls = append(cs, c), append(ls, e.labels[j])
			}
		}
		e.cands, e.labels = cs, ls
	}
}

// dropDateTemplates removes the features named (the name before ":" of a
// feature, or of either side of a conjunction; "cascade" for itself).
func dropDateTemplates(evs []datedEvent, names []string) {
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

// dumpDates writes the events' candidates, one JSON line an event.
func dumpDates(path string, evs []datedEvent) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, e := range evs {
		if err := enc.Encode(map[string]any{"set": e.set, "article": e.article, "gold": e.gold, "date": e.date, "sentence": e.sentence, "cands": e.cands, "labels": e.labels}); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
