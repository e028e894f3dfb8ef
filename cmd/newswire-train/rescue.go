package main

// The rescue subcommand measures what the removal rules remove (the
// removed-candidates trace, extract/rescue_trace.go): over the training
// sets, the gold events the extractor misses, how many of them a removed
// candidate would find, and for each removal rule how many of its
// candidates would be right and wrong if published. Then it
// cross-validates a learned rescue: with each set held out in turn, a
// logistic regression (internal/learn) trained on the other sets' removed
// candidates, its threshold chosen by an inner leave-one-set-out on those
// sets, publishing the held-out set's candidates above it. It writes no
// table: no rescue is built (README "What the rules remove").

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["rescue"] = command{"count what the removal rules remove and cross-validate a learned rescue (no table)", runRescue}
}

// rescueArticle is one training article with a gold: its record and the
// candidates the rules removed.
type rescueArticle struct {
	set, path string
	gold      score.Gold
	rec       *extract.Record
	removed   []extract.RemovedCandidate
}

// collectRescue extracts every article with a gold of the sets, in the
// order of their names, each folder's files in order.
func collectRescue(ctx context.Context, sets []trainsets.Set) ([]rescueArticle, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, fmt.Errorf("building extractor: %w", err)
	}
	sets = append([]trainsets.Set(nil), sets...)
	sort.Slice(sets, func(i, j int) bool { return sets[i].Name < sets[j].Name })
	var out []rescueArticle
	for _, s := range sets {
		for _, dir := range s.Dirs {
			err := eachGoldArticle([]string{dir}, func(path string, a extract.Article, g score.Gold) error {
				rec, removed, err := x.RemovedCandidates(ctx, a)
				if err != nil {
					return err
				}
				out = append(out, rescueArticle{set: s.Name, path: path, gold: g, rec: rec, removed: removed})
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// eventTally scores events alone against one gold.
func eventTally(g score.Gold, evs []extract.Event) score.Tally {
	r := score.Record{ID: g.ID, Events: scoredEvents(evs)}
	return score.Score([]score.Gold{g}, []score.Record{r}).EventTotal
}

// candidateEffect is what publishing one removed candidate beside the
// record's events would do: +1 right (a gold event found), -1 wrong (one
// more false event), 0 neither (its id is already published, or an
// optional event).
func candidateEffect(a rescueArticle, base score.Tally, rm extract.RemovedCandidate) int {
	for _, e := range a.rec.Events {
		if e.ID == rm.Event.ID {
			return 0
		}
	}
	with := eventTally(a.gold, append(append([]extract.Event(nil), a.rec.Events...), rm.Event))
	switch {
	case with.TP > base.TP:
		return 1
	case with.FP > base.FP:
		return -1
	}
	return 0
}

// rescueRow counts a rule's (or a pass's) candidates by their effect.
type rescueRow struct{ right, wrong, none int }

// rescueSet is one set's line of the measure: its articles, the events'
// tally, and the gold events it misses that a removed candidate finds.
type rescueSet struct {
	name     string
	articles int
	tally    score.Tally
	found    int
}

// rescueMeasure is the measure: per set, per removal rule (most right and
// wrong first) and per pass (in the order of its first rule).
type rescueMeasure struct {
	sets       []rescueSet
	rules      map[string]*rescueRow
	passOf     map[string]string // rule -> its pass
	candidates int
}

// measureRescue counts, per set and per removal rule, what publishing each
// removed candidate would do.
func measureRescue(arts []rescueArticle) rescueMeasure {
	m := rescueMeasure{rules: map[string]*rescueRow{}, passOf: map[string]string{}}
	for _, a := range arts {
		if len(m.sets) == 0 || m.sets[len(m.sets)-1].name != a.set {
			m.sets = append(m.sets, rescueSet{name: a.set})
		}
		s := &m.sets[len(m.sets)-1]
		s.articles++
		base := eventTally(a.gold, a.rec.Events)
		s.tally.Add(base)
		all := append([]extract.Event(nil), a.rec.Events...)
		for _, rm := range a.removed {
			r := m.rules[rm.Rule]
			if r == nil {
				r = &rescueRow{}
				m.rules[rm.Rule], m.passOf[rm.Rule] = r, rm.Pass
			}
			m.candidates++
			switch candidateEffect(a, base, rm) {
			case 1:
				r.right++
				all = append(all, rm.Event)
			case -1:
				r.wrong++
			default:
				r.none++
			}
		}
		s.found += eventTally(a.gold, all).TP - base.TP
	}
	return m
}

// order is the rules, most right and wrong first (by name on a tie).
func (m rescueMeasure) order() []string {
	var ks []string
	for k := range m.rules {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		a, b := m.rules[ks[i]], m.rules[ks[j]]
		if a.right+a.wrong != b.right+b.wrong {
			return a.right+a.wrong > b.right+b.wrong
		}
		return ks[i] < ks[j]
	})
	return ks
}

// passes are the passes' rows, in the order of their first rule.
func (m rescueMeasure) passes() ([]string, map[string]*rescueRow) {
	var ps []string
	rows := map[string]*rescueRow{}
	for _, k := range m.order() {
		p := m.passOf[k]
		if rows[p] == nil {
			rows[p] = &rescueRow{}
			ps = append(ps, p)
		}
		rows[p].right += m.rules[k].right
		rows[p].wrong += m.rules[k].wrong
		rows[p].none += m.rules[k].none
	}
	return ps, rows
}

// write prints the measure's three tables: per set, per rule, per pass.
func (m rescueMeasure) write(w io.Writer) {
	var tot score.Tally
	found := 0
	for _, s := range m.sets {
		fmt.Fprintf(w, "%-16s articles %3d  TP %4d FP %3d FN %3d  FN a removed candidate finds %3d\n", s.name, s.articles, s.tally.TP, s.tally.FP, s.tally.FN, s.found)
		tot.Add(s.tally)
		found += s.found
	}
	fmt.Fprintf(w, "%-16s TP %4d FP %3d FN %3d  found by a removed candidate %d (%.1f %%)\n\n", "all", tot.TP, tot.FP, tot.FN, found, 100*float64(found)/float64(max(tot.FN, 1)))
	fmt.Fprintf(w, "%-44s %6s %6s %6s\n", "removal rule", "right", "wrong", "none")
	for _, k := range m.order() {
		fmt.Fprintf(w, "%-44s %6d %6d %6d\n", k, m.rules[k].right, m.rules[k].wrong, m.rules[k].none)
	}
	ps, rows := m.passes()
	fmt.Fprintf(w, "\n%-44s %6s %6s %6s\n", "removal pass", "right", "wrong", "none")
	for _, p := range ps {
		fmt.Fprintf(w, "%-44s %6d %6d %6d\n", p, rows[p].right, rows[p].wrong, rows[p].none)
	}
}

// rescueExample is one removed candidate with what publishing it would do
// (candidateEffect).
type rescueExample struct {
	ex     learn.Example
	effect int
}

// rescueFold is one held-out set's line of the cross-validation.
type rescueFold struct {
	set             string
	candidates      int
	threshold       float64
	without, with   score.Tally
	kept, keptWrong int
}

// crossValidateRescue: leave one set out, train on the removed candidates
// of the others (right: publishing it finds a gold event; candidates that
// would change nothing left out), choose the threshold by an inner
// leave-one-set-out on those others (bestNet), and publish the held-out
// set's candidates at or above it.
func crossValidateRescue(arts []rescueArticle, cfg learn.Config) ([]rescueFold, error) {
	var all []rescueExample
	base := map[string]score.Tally{}
	var names []string
	for _, a := range arts {
		if _, ok := base[a.set]; !ok {
			names = append(names, a.set)
		}
		b := eventTally(a.gold, a.rec.Events)
		t := base[a.set]
		t.Add(b)
		base[a.set] = t
		for _, rm := range a.removed {
			all = append(all, rescueExample{ex: learn.Example{Features: rm.Features, Label: false, Group: a.set}, effect: candidateEffect(a, b, rm)})
			all[len(all)-1].ex.Label = all[len(all)-1].effect == 1
		}
	}
	var out []rescueFold
	for _, g := range names {
		var train []learn.Example
		var trainEff []int
		for _, e := range all {
			if e.ex.Group != g && e.effect != 0 {
				train = append(train, e.ex)
				trainEff = append(trainEff, e.effect)
			}
		}
		_, inner, err := learn.CrossValidate(train, cfg)
		if err != nil {
			return nil, fmt.Errorf("fold %s: %w", g, err)
		}
		th := bestNet(inner, trainEff)
		m, err := learn.Train(train, cfg)
		if err != nil {
			return nil, fmt.Errorf("fold %s: %w", g, err)
		}
		f := rescueFold{set: g, threshold: th, without: base[g], with: base[g]}
		for _, e := range all {
			if e.ex.Group != g {
				continue
			}
			f.candidates++
			if m.Predict(e.ex.Features) < th {
				continue
			}
			switch e.effect {
			case 1:
				f.kept++
				f.with.TP++
				f.with.FN--
			case -1:
				f.keptWrong++
				f.with.FP++
			}
		}
		out = append(out, f)
	}
	return out, nil
}

// writeRescueCV prints the cross-validation's table.
func writeRescueCV(w io.Writer, folds []rescueFold) {
	fmt.Fprintf(w, "%-14s %5s %6s  %-20s %-20s %s\n", "held out", "cands", "thresh", "F1 without (TP FP FN)", "F1 with (TP FP FN)", "kept right/wrong")
	var t0, t1 score.Tally
	better, worse := 0, 0
	for _, f := range folds {
		t0.Add(f.without)
		t1.Add(f.with)
		switch {
		case f.with.F1() > f.without.F1()+1e-9:
			better++
		case f.with.F1() < f.without.F1()-1e-9:
			worse++
		}
		a, b := f.without, f.with
		fmt.Fprintf(w, "%-14s %5d %6.2f  %.3f (%d %d %d)%5s %.3f (%d %d %d)%5s %d/%d\n", f.set, f.candidates, f.threshold, a.F1(), a.TP, a.FP, a.FN, "", b.F1(), b.TP, b.FP, b.FN, "", f.kept, f.keptWrong)
	}
	fmt.Fprintf(w, "%-14s %5s %6s  %.3f (%d %d %d)%5s %.3f (%d %d %d)   sets better %d, worse %d, of %d\n", "all", "", "", t0.F1(), t0.TP, t0.FP, t0.FN, "", t1.F1(), t1.TP, t1.FP, t1.FN, better, worse, len(folds))
}

// bestNet is the threshold that publishes the most right minus wrong
// candidates among cross-validated predictions, 2 (publish none) when
// none gains; on a tie the higher threshold (fewer published) wins.
func bestNet(preds []learn.Scored, eff []int) float64 {
	type pe struct {
		p float64
		e int
	}
	ps := make([]pe, len(preds))
	for i, s := range preds {
		ps[i] = pe{s.P, eff[i]}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].p > ps[j].p })
	best, bestNet, net := 2.0, 0, 0
	for i, x := range ps {
		net += x.e
		if i+1 < len(ps) && ps[i+1].p == x.p {
			continue
		}
		if net > bestNet {
			bestNet, best = net, x.p
		}
	}
	return best
}

func runRescue(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("rescue", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root")
	l2 := fs.Float64("l2", 1, "the trainer's L2 penalty")
	dump := fs.String("dump", "", "write every removed candidate with its effect and features to this file (JSON)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sets, err := trainsets.List(*root)
	if err != nil {
		return err
	}
	arts, err := collectRescue(ctx, sets)
	if err != nil {
		return err
	}
	measureRescue(arts).write(os.Stdout)
	folds, err := crossValidateRescue(arts, learn.Config{L2: *l2})
	if err != nil {
		return err
	}
	fmt.Printf("\nlearned rescue, leave one set out (L2 %g):\n", *l2)
	writeRescueCV(os.Stdout, folds)
	if *dump != "" {
		return dumpRescue(*dump, arts)
	}
	return nil
}

// dumpRescue writes every removed candidate with its effect, for reading.
func dumpRescue(path string, arts []rescueArticle) error {
	var out []map[string]any
	for _, a := range arts {
		base := eventTally(a.gold, a.rec.Events)
		for _, rm := range a.removed {
			var ps []string
			for _, p := range rm.Event.Participants {
				ps = append(ps, p.Name)
			}
			out = append(out, map[string]any{"set": a.set, "article": a.gold.ID, "rule": rm.Rule, "pass": rm.Pass, "effect": candidateEffect(a, base, rm),
				"type": rm.Event.Type, "parties": ps, "trigger": rm.Event.Trigger, "sentence": rm.Event.Sentence, "features": strings.Join(rm.Features, " ")})
		}
	}
	data, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
