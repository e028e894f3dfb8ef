package main

// The reader subcommand trains the pair reader (extract/reader.go): it
// extracts every training set with the reader off, labels each (pair,
// type) candidate by distant supervision — right when a gold event of the
// type that the rule output did not match has both of the pair among its
// two or more participants (score.MatchEvents, through the gold's
// aliases) — and cross-validates with each set held out in turn: the model
// is trained on the other sets, its threshold chosen on those sets alone
// (by an inner leave-one-set-out over them), and the held-out set is
// extracted again with the reader proposing. The table's on row is 1 only
// when the reader passes the bar fixed before the first run (readerBar).

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["reader"] = command{"train the pair reader (extract/tables/reader.tsv) and cross-validate it", runReader}
}

// readerL2 is the trainer's penalty for the pair reader.
const readerL2 = 1.0

// readerBar is the least gain in event F1, in total and pooled over the
// untuned testdata/train/tr* sets, for the reader to be switched on; and
// readerPrecision the least share of right events among those it adds.
const (
	readerBar       = 0.005
	readerPrecision = 0.5
)

func runReader(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("reader", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root: the sets are read from ROOT/testdata")
	write := fs.Bool("write", false, "write extract/tables/reader.tsv under ROOT")
	l2 := fs.Float64("l2", readerL2, "the trainer's L2 penalty")
	sentences := fs.Bool("sentences", false, "score a candidate as its best sentence (trained on each sentence with the candidate's label), not as the union of its sentences")
	dump := fs.String("dump", "", "write every candidate with its held-out probability and label here (texts' names: keep it out of the repository)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	rep, err := trainReader(ctx, *root, learn.Config{L2: *l2}, *sentences)
	if err != nil {
		return err
	}
	fmt.Print(rep.cv)
	if *dump != "" {
		if err := dumpReader(*dump, rep); err != nil {
			return err
		}
	}
	if *write {
		return os.WriteFile(*root+"/extract/tables/reader.tsv", rep.table, 0o644)
	}
	return nil
}

// readerArticle is one article of a training set, extracted with the
// reader off, with its candidates labelled.
type readerArticle struct {
	set   string
	art   extract.Article
	gold  score.Gold
	rec   *extract.Record
	base  score.Tally
	cands []readerCand
}

// readerCand is one labelled candidate: right (it would match a gold event
// the rules missed: gold is that event's index), optional (it would match
// only an optional gold event), else wrong.
type readerCand struct {
	c        extract.ReaderCandidate
	right    bool
	gold     int
	optional bool
}

// collectReader extracts every set's articles with the reader off and
// labels their candidates.
func collectReader(ctx context.Context, sets []trainsets.Set) ([]readerArticle, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, fmt.Errorf("building extractor: %w", err)
	}
	if x, err = x.WithReader(false, 1, 0, nil); err != nil {
		return nil, err
	}
	var out []readerArticle
	for _, s := range sets {
		for _, dir := range s.Dirs {
			err := eachGoldArticle([]string{dir}, func(path string, a extract.Article, g score.Gold) error {
				rec, cands, err := x.ReaderCandidates(ctx, a)
				if err != nil {
					return err
				}
				ra := labelReader(s.Name, g, rec, cands)
				ra.art = a
				out = append(out, ra)
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// labelReader labels an article's candidates against its gold.
func labelReader(set string, g score.Gold, rec *extract.Record, cands []extract.ReaderCandidate) readerArticle {
	a := readerArticle{set: set, gold: g, rec: rec, base: eventTally(g, rec.Events)}
	matched := score.MatchEvents(g, scoredEvents(rec.Events)).Matched
	missed := score.Gold{ID: g.ID, Entities: g.Entities, Optional: g.Optional}
	var idx []int
	for j, ge := range g.Events {
		if !matched[j] && len(ge.Participants) >= 2 {
			missed.Events = append(missed.Events, ge)
			idx = append(idx, j)
		}
	}
	opt := score.Gold{ID: g.ID, Entities: g.Entities, Optional: g.Optional, Events: g.OptionalEvents}
	for _, c := range cands {
		ev := []score.Event{{Type: c.Type, Participants: []score.Participant{{Name: c.Parties[0]}, {Name: c.Parties[1]}}}}
		rc := readerCand{c: c, gold: -1}
		if m := score.MatchEvents(missed, ev); m.Gold[0] >= 0 {
			rc.right, rc.gold = true, idx[m.Gold[0]]
		} else if m := score.MatchEvents(opt, ev); m.Gold[0] >= 0 {
			rc.optional = true
		}
		a.cands = append(a.cands, rc)
	}
	return a
}

// readerExamples are the candidates of the articles whose set is kept,
// as the trainer's examples.
func readerExamples(arts []readerArticle, keep func(set string) bool, sentences bool) []learn.Example {
	var out []learn.Example
	for _, a := range arts {
		if !keep(a.set) {
			continue
		}
		for _, c := range a.cands {
			if c.c.Blocked != "" {
				continue // never proposed: nothing to learn
			}
			if sentences {
				for _, fs := range c.c.PerSentence {
					out = append(out, learn.Example{Features: fs, Label: c.right, Group: a.set})
				}
				continue
			}
			out = append(out, learn.Example{Features: c.c.Features, Label: c.right, Group: a.set})
		}
	}
	return out
}

// rightExamples counts the examples labelled right.
func rightExamples(ex []learn.Example) int {
	n := 0
	for _, e := range ex {
		if e.Label {
			n++
		}
	}
	return n
}

// readerPred is one candidate's probability under some model, with where
// it stands.
type readerPred struct {
	p    float64
	art  int // index into the articles
	cand int
}

// chooseThreshold picks the threshold that maximises event F1 over the
// articles the predictions are of, given their rule tallies: a right
// candidate kept finds its gold event (once: a second candidate of the
// same gold event is a false one), a wrong one is a false event, an
// optional one counts nothing. It returns 1 (propose nothing) unless some
// threshold beats proposing nothing.
func chooseThreshold(arts []readerArticle, preds []readerPred) (float64, score.Tally) {
	var base score.Tally
	seen := map[int]bool{}
	for _, p := range preds {
		if !seen[p.art] {
			seen[p.art] = true
			base.Add(arts[p.art].base)
		}
	}
	ps := append([]readerPred(nil), preds...)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].p > ps[j].p })
	best, bestT, t := base.F1(), 1.0, base
	bestTally := base
	found := map[[2]int]bool{}
	for i, p := range ps {
		c := arts[p.art].cands[p.cand]
		switch {
		case c.right && !found[[2]int{p.art, c.gold}]:
			found[[2]int{p.art, c.gold}] = true
			t.TP++
			t.FN--
		case !c.optional:
			t.FP++
		}
		if i+1 < len(ps) && ps[i+1].p == p.p {
			continue // a threshold keeps all of a probability or none
		}
		if f := t.F1(); f > best {
			next := 0.0
			if i+1 < len(ps) {
				next = ps[i+1].p
			}
			best, bestT, bestTally = f, (p.p+next)/2, t
		}
	}
	return bestT, bestTally
}

// readerFold is one held-out set's line of the cross-validation.
type readerFold struct {
	set             string
	threshold       float64
	before, after   score.Tally
	added, addRight int // events the reader added, and those matched
	dateRight       int // of the added matched events, with the gold's date right / a gold date
	dateGold        int
	placeRight      int
	placeGold       int
	candidates      int
	positives       int
}

func (f *readerFold) add(o readerFold) {
	f.before.Add(o.before)
	f.after.Add(o.after)
	f.added += o.added
	f.addRight += o.addRight
	f.dateRight += o.dateRight
	f.dateGold += o.dateGold
	f.placeRight += o.placeRight
	f.placeGold += o.placeGold
	f.candidates += o.candidates
	f.positives += o.positives
}

// readerReport is what a training run measured, and the table it makes.
type readerReport struct {
	folds      []readerFold
	total, trs readerFold
	on         bool
	threshold  float64
	model      *learn.Model
	examples   []learn.Example
	arts       []readerArticle
	cvPreds    []readerPred // each set's candidates under the model trained without it
	table      []byte
	cv         string
}

// trainReader collects, cross-validates and trains.
func trainReader(ctx context.Context, root string, cfg learn.Config, sentences bool) (*readerReport, error) {
	sets, err := trainsets.List(root)
	if err != nil {
		return nil, err
	}
	arts, err := collectReader(ctx, sets)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	// models trained without two sets (the held-out one and an inner one),
	// shared by both orders of the pair
	models := map[[2]string]*learn.Model{}
	without := func(a, b string) (*learn.Model, error) {
		k := [2]string{min(a, b), max(a, b)}
		if m, ok := models[k]; ok {
			return m, nil
		}
		m, err := learn.Train(readerExamples(arts, func(s string) bool { return s != a && s != b }, sentences), cfg)
		if err != nil {
			return nil, err
		}
		models[k] = m
		return m, nil
	}
	predict := func(m *learn.Model, keep func(string) bool) []readerPred {
		var out []readerPred
		for i, a := range arts {
			if !keep(a.set) {
				continue
			}
			for j, c := range a.cands {
				if c.c.Blocked != "" {
					continue
				}
				p := m.Predict(c.c.Features)
				if sentences {
					p = 0
					for _, fs := range c.c.PerSentence {
						p = math.Max(p, m.Predict(fs))
					}
				}
				out = append(out, readerPred{p: p, art: i, cand: j})
			}
		}
		return out
	}
	base, err := extract.New(extract.Options{})
	if err != nil {
		return nil, err
	}
	rep := &readerReport{arts: arts}
	var cvPreds []readerPred // every set's held-out predictions, for the shipped threshold
	for _, held := range names {
		// the threshold: each other set predicted by a model trained on
		// neither it nor the held-out set
		var inner []readerPred
		for _, in := range names {
			if in == held {
				continue
			}
			m, err := without(held, in)
			if err != nil {
				return nil, fmt.Errorf("fold %s, inner %s: %w", held, in, err)
			}
			inner = append(inner, predict(m, func(s string) bool { return s == in })...)
		}
		thr, _ := chooseThreshold(arts, inner)
		m, err := without(held, held)
		if err != nil {
			return nil, fmt.Errorf("fold %s: %w", held, err)
		}
		cvPreds = append(cvPreds, predict(m, func(s string) bool { return s == held })...)
		x, err := base.WithReader(thr < 1, thr, m.Bias, m.Weights)
		if err != nil {
			return nil, err
		}
		x = x.WithReaderSentences(sentences)
		f, err := readerHeldOut(ctx, x, arts, held)
		if err != nil {
			return nil, err
		}
		f.threshold = thr
		rep.folds = append(rep.folds, f)
		rep.total.add(f)
		if isTr(held) {
			rep.trs.add(f)
		}
	}
	rep.total.set, rep.trs.set = "total", "train/tr* (never tuned on)"
	prec := 0.0
	if rep.total.added > 0 {
		prec = float64(rep.total.addRight) / float64(rep.total.added)
	}
	rep.on = gainsReach(readerBar, f1Gain{rep.total.before, rep.total.after}, f1Gain{rep.trs.before, rep.trs.after}) && prec >= readerPrecision
	rep.threshold, _ = chooseThreshold(arts, cvPreds)
	rep.cvPreds = cvPreds
	rep.examples = readerExamples(arts, func(string) bool { return true }, sentences)
	if rep.model, err = learn.Train(rep.examples, cfg); err != nil {
		return nil, err
	}
	var cv bytes.Buffer
	writeReaderCV(&cv, rep)
	rep.cv = cv.String()
	var tb bytes.Buffer
	header := []string{
		"The learned pair reader (extract/reader.go): proposes a meeting, visit or",
		"agreement between two persons, organizations or countries named in one",
		"sentence, for a pair the rule passes gave no event of the type; a",
		"candidate whose probability (sigmoid of bias + the weights of its",
		"features) reaches the threshold is proposed when on is 1.",
		"columns: feature<TAB>weight<TAB>note. Special rows: on (0 or 1), threshold",
		"(a probability; 1 proposes nothing), bias. A feature with no row weighs 0.",
		"Made by: go run ./cmd/newswire-train reader -write (L2 " + fmt.Sprint(cfg.L2) + ")",
		fmt.Sprintf("Trained on %d candidates (%d right; %d more are blocked and never proposed), sets: %s.", len(rep.examples), rightExamples(rep.examples), rep.total.candidates-len(rep.examples), strings.Join(names, ", ")),
		"Leave-one-set-out event F1, rules -> rules and reader (each set extracted",
		"again with the weights and threshold of the other sets):",
		fmt.Sprintf("  total %.3f -> %.3f; train/tr* %.3f -> %.3f; added %d, %d right.",
			rep.total.before.F1(), rep.total.after.F1(), rep.trs.before.F1(), rep.trs.after.F1(), rep.total.added, rep.total.addRight),
		fmt.Sprintf("on is 1 only when both gains are >= %.3f and at least %.0f %% of the added events are right.", readerBar, readerPrecision*100),
	}
	for _, h := range header {
		fmt.Fprintf(&tb, "# %s\n", h)
	}
	on := 0
	if rep.on {
		on = 1
	}
	fmt.Fprintf(&tb, "on\t%d\tthe switch\nthreshold\t%.4f\tthe least probability proposed (leave-one-set-out)\n", on, rep.threshold)
	if sentences {
		fmt.Fprintf(&tb, "sentences\t1\ta candidate scores as its best sentence\n")
	}
	meaning := func(f string) string {
		if f == "bias" {
			return "the intercept"
		}
		typ, rest, _ := strings.Cut(f, "|")
		tmpl, _, _ := strings.Cut(rest, "=")
		return typ + " candidates, template " + tmpl
	}
	if err := rep.model.WriteTable(&tb, "bias", meaning, false); err != nil {
		return nil, err
	}
	rep.table = tb.Bytes()
	return rep, nil
}

// readerHeldOut extracts a held-out set's articles again with x and
// measures the change against the rules' records.
func readerHeldOut(ctx context.Context, x *extract.Extractor, arts []readerArticle, held string) (readerFold, error) {
	f := readerFold{set: held}
	for _, a := range arts {
		if a.set != held {
			continue
		}
		for _, c := range a.cands {
			f.candidates++
			if c.right {
				f.positives++
			}
		}
		rec, err := x.Extract(ctx, a.art)
		if err != nil {
			return f, err
		}
		f.before.Add(a.base)
		f.after.Add(eventTally(a.gold, rec.Events))
		old := map[string]bool{}
		for _, e := range a.rec.Events {
			old[e.ID] = true
		}
		m := score.MatchEvents(a.gold, scoredEvents(rec.Events))
		for i, e := range rec.Events {
			if old[e.ID] || m.Verdicts[i] == score.Unscored || m.Verdicts[i] == score.Optional {
				continue
			}
			f.added++
			if m.Verdicts[i] != score.Right {
				continue
			}
			f.addRight++
			ge := a.gold.Events[m.Gold[i]]
			if ge.Date != "" {
				f.dateGold++
				if strings.TrimSpace(e.Date) == ge.Date {
					f.dateRight++
				}
			}
			if ge.Location != "" {
				f.placeGold++
				if score.SamePlace(a.gold, e.Location, ge.Location) {
					f.placeRight++
				}
			}
		}
	}
	return f, nil
}

// writeReaderCV writes the cross-validation as a Markdown table.
func writeReaderCV(w io.Writer, rep *readerReport) {
	fmt.Fprintln(w, "| held out | candidates (right) | threshold | event F1 before → after (P/R after) | TP FP FN before → after | added (right) | right date / place of the added right |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	row := func(f readerFold, thr string) {
		p, r, _ := f.after.PRF()
		fmt.Fprintf(w, "| %s | %d (%d) | %s | %.3f → %.3f (%.3f/%.3f) | %d %d %d → %d %d %d | %d (%d) | %d/%d, %d/%d |\n",
			f.set, f.candidates, f.positives, thr, f.before.F1(), f.after.F1(), p, r,
			f.before.TP, f.before.FP, f.before.FN, f.after.TP, f.after.FP, f.after.FN,
			f.added, f.addRight, f.dateRight, f.dateGold, f.placeRight, f.placeGold)
	}
	for _, f := range rep.folds {
		row(f, fmt.Sprintf("%.2f", f.threshold))
	}
	row(rep.trs, "")
	row(rep.total, "")
	fmt.Fprintf(w, "\nswitch: on=%v (bar: gain >= %.3f in total and on train/tr*, added precision >= %.2f); shipped threshold %.4f\n",
		rep.on, readerBar, readerPrecision, rep.threshold)
}

// dumpReader writes every candidate with its held-out probability, best
// first: probability, label, set, article, type, parties, sentence,
// features.
func dumpReader(path string, rep *readerReport) error {
	ps := append([]readerPred(nil), rep.cvPreds...)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].p > ps[j].p })
	var b bytes.Buffer
	for _, p := range ps {
		a := rep.arts[p.art]
		c := a.cands[p.cand]
		label := "wrong"
		switch {
		case c.right:
			label = "RIGHT"
		case c.optional:
			label = "optional"
		}
		fmt.Fprintf(&b, "%.3f\t%s\t%s\t%s\t%s\t%s + %s\tS%d\t%s\t%s\n", p.p, label, a.set, a.gold.ID, c.c.Type, c.c.Parties[0], c.c.Parties[1], c.c.Sentence, strings.Join(c.c.Features, " "), strings.Join(strings.Fields(c.c.Text), " "))
	}
	missed, found := 0, 0
	for _, a := range rep.arts {
		m := score.MatchEvents(a.gold, scoredEvents(a.rec.Events)).Matched
		right := map[int]bool{}
		for _, c := range a.cands {
			if c.right {
				right[c.gold] = true
			}
		}
		for j, ge := range a.gold.Events {
			if !m[j] {
				missed++
				if right[j] {
					found++
				}
				fmt.Fprintf(&b, "MISSED\t%v\t%s\t%s\t%s\n", right[j], a.set, a.gold.ID, ge.Type+" "+strings.Join(ge.Participants, " + "))
			}
		}
	}
	fmt.Fprintf(&b, "missed gold events %d, with a right candidate %d\n", missed, found)
	return os.WriteFile(path, b.Bytes(), 0o644)
}
