package main

// The needs subcommand is a reading aid: for every article of the sets
// named, it takes the triggers removed because what their frame needs
// around them was missing (removal rule trigger-needs; frames.tsv needs,
// and the lemma checks of triggerHolds: a thing met, "signed up", a view
// agreed with, a passive "met"), reads each as the event it would have
// been (the removed-candidates trace, extract/rescue_trace.go), and counts
// per frame and need how many would match a gold event (same type,
// participant Jaccard >= 0.5 after the gold's aliases, as the scorer
// pairs) and how many would be false. It changes nothing and trains
// nothing.
//
//	go run ./cmd/newswire-train needs -sets articles,heldout,train/tr21
//	go run ./cmd/newswire-train needs -sets train/tr21 -v   # each candidate

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

func init() {
	commands["needs"] = command{"count the triggers a frame's need removed that would match a gold event, per frame and need (reading aid)", runNeeds}
}

// needVerdict is what one removed trigger would be beside the gold.
type needVerdict int

const (
	// needFalse: it matches no gold event (nor an optional one).
	needFalse needVerdict = iota
	// needOptional: it matches only an optional gold event.
	needOptional
	// needFound: it matches a gold event the record already matches.
	needFound
	// needMissed: it matches a gold event the record misses.
	needMissed
)

func (v needVerdict) String() string {
	return [...]string{"false", "optional", "right (found already)", "RIGHT (missed)"}[v]
}

// needCandidate is one removed trigger with its verdict and what
// publishing it beside the record would do to the tally (candidateEffect:
// +1 a gold event found, -1 a false event, 0 neither).
type needCandidate struct {
	set, article string
	frame, need  string
	noParty      bool
	verdict      needVerdict
	effect       int
	ev           extract.Event
}

// needVerdictOf reads a removed candidate beside the gold: whether it
// matches a gold event of its type, and whether one it matches is one the
// record's events miss.
func needVerdictOf(g score.Gold, rec []extract.Event, ev extract.Event) needVerdict {
	canon := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			if c := score.Canonical(g, n); c != "" {
				m[c] = true
			}
		}
		return m
	}
	var names []string
	for _, p := range ev.Participants {
		names = append(names, p.Name)
	}
	have := canon(names)
	matched := score.MatchEvents(g, scoredEvents(rec)).Matched
	v := needFalse
	for j, ge := range g.Events {
		if !strings.EqualFold(ge.Type, ev.Type) || score.Jaccard(have, canon(ge.Participants)) < score.EventThreshold {
			continue
		}
		if !matched[j] {
			return needMissed
		}
		v = needFound
	}
	if v == needFalse {
		for _, oe := range g.OptionalEvents {
			if strings.EqualFold(oe.Type, ev.Type) && score.Jaccard(have, canon(oe.Participants)) >= score.EventThreshold {
				return needOptional
			}
		}
	}
	return v
}

// needRow is one frame and need's count.
type needRow struct {
	frame, need                    string
	cands, missed, found, opt, bad int
	noParty                        int // of all, those no party rule found a valid set for
	missedNoParty                  int // of missed, those
	gain, cost                     int // candidateEffect +1 and -1
	missedSets                     map[string]int
}

// needRows counts the candidates per frame and need, most candidates first.
func needRows(cs []needCandidate) []*needRow {
	rows := map[string]*needRow{}
	var out []*needRow
	for _, c := range cs {
		k := c.frame + "\t" + c.need
		r := rows[k]
		if r == nil {
			r = &needRow{frame: c.frame, need: c.need, missedSets: map[string]int{}}
			rows[k] = r
			out = append(out, r)
		}
		r.cands++
		if c.noParty {
			r.noParty++
		}
		switch c.verdict {
		case needMissed:
			r.missed++
			r.missedSets[c.set]++
			if c.noParty {
				r.missedNoParty++
			}
		case needFound:
			r.found++
		case needOptional:
			r.opt++
		default:
			r.bad++
		}
		switch c.effect {
		case 1:
			r.gain++
		case -1:
			r.cost++
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].cands != out[j].cands {
			return out[i].cands > out[j].cands
		}
		return out[i].frame+out[i].need < out[j].frame+out[j].need
	})
	return out
}

// needTotals sums the rows per need.
func needTotals(rows []*needRow) []*needRow {
	by := map[string]*needRow{}
	var out []*needRow
	for _, r := range rows {
		t := by[r.need]
		if t == nil {
			t = &needRow{frame: "(all)", need: r.need, missedSets: map[string]int{}}
			by[r.need] = t
			out = append(out, t)
		}
		t.cands += r.cands
		t.missed += r.missed
		t.found += r.found
		t.opt += r.opt
		t.bad += r.bad
		t.noParty += r.noParty
		t.missedNoParty += r.missedNoParty
		t.gain += r.gain
		t.cost += r.cost
		for s, n := range r.missedSets {
			t.missedSets[s] += n
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].cands > out[j].cands })
	return out
}

// writeNeedRows prints rows as a table.
func writeNeedRows(w io.Writer, rows []*needRow) {
	fmt.Fprintf(w, "%-26s %-22s %5s %6s %5s %4s %5s %7s %9s  %s\n", "frame", "need", "cands", "missed", "found", "opt", "false", "noparty", "gain/cost", "sets with a missed event")
	for _, r := range rows {
		var sets []string
		for s, n := range r.missedSets {
			sets = append(sets, fmt.Sprintf("%s:%d", strings.TrimPrefix(s, "train/"), n))
		}
		sort.Strings(sets)
		fmt.Fprintf(w, "%-26s %-22s %5d %6d %5d %4d %5d %7d %4d/%-4d  %s\n", r.frame, r.need, r.cands, r.missed, r.found, r.opt, r.bad, r.noParty, r.gain, r.cost, strings.Join(sets, " "))
	}
}

// writeNeeds prints the per-frame table, the per-need totals and, with
// verbose, every candidate.
func writeNeeds(w io.Writer, cs []needCandidate, verbose bool) {
	rows := needRows(cs)
	fmt.Fprintf(w, "%d triggers removed by trigger-needs\n", len(cs))
	fmt.Fprintln(w, "missed: matches a gold event the record misses; found: matches only gold events the record has; false: matches none; noparty: no party rule found a valid set (the event shown is the first set a rule found); gain/cost: publishing it alone beside the record adds a true / a false event")
	fmt.Fprintln(w)
	writeNeedRows(w, rows)
	fmt.Fprintln(w)
	writeNeedRows(w, needTotals(rows))
	if !verbose {
		return
	}
	order := append([]needCandidate(nil), cs...)
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].need != order[j].need {
			return order[i].need < order[j].need
		}
		return order[i].frame < order[j].frame
	})
	fmt.Fprintln(w)
	for _, c := range order {
		var ps []string
		for _, p := range c.ev.Participants {
			ps = append(ps, p.Name)
		}
		np := ""
		if c.noParty {
			np = " (no valid parties)"
		}
		fmt.Fprintf(w, "== %s | %s | %s/%s | %s %v%s | %s\n   %q: %s\n", c.need, c.frame, c.set, c.article, c.ev.Type, ps, np, c.verdict, c.ev.Trigger, c.ev.Sentence)
	}
}

func runNeeds(ctx context.Context, args []string) error {
	ra := newReadingAid("needs", "comma-separated names: articles, heldout, forms, train/tr5...")
	verbose := ra.fs.Bool("v", false, "list every candidate with its sentence")
	sets, err := ra.sets(args)
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return fmt.Errorf("building extractor: %w", err)
	}
	var cs []needCandidate
	for _, set := range sets {
		err := eachGoldArticle(set.Dirs, func(path string, a extract.Article, g score.Gold) error {
			rec, removed, err := x.RemovedCandidates(ctx, a)
			if err != nil {
				return err
			}
			ra := rescueArticle{set: set.Name, path: path, gold: g, rec: rec}
			base := eventTally(g, rec.Events)
			for _, rm := range removed {
				if rm.Rule != "trigger-needs" {
					continue
				}
				cs = append(cs, needCandidate{set: set.Name, article: g.ID, frame: rm.Frame, need: rm.Need, noParty: rm.NoParty,
					verdict: needVerdictOf(g, rec.Events, rm.Event), effect: candidateEffect(ra, base, rm), ev: rm.Event})
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	writeNeeds(os.Stdout, cs, *verbose)
	return nil
}
