package main

// The date-misses subcommand is a reading aid: for every event matched to
// a gold event with a date whose date is wrong, on the sets named, it
// prints the gold's value, the event's, the reading that chose
// (events_time.go dateReadings, from the explanation), the date trace
// lines of the explanation, the candidates every reading proposed
// (Options.DateCandidates) and a first class of the miss (dateMissClass),
// then the count of each class. A miss marked "crossed" is only a pairing
// across legs: under score.MatchEventsTied (equal overlaps broken by date
// and place agreement) the event's date is right; the report prints the
// official and the tie-aware totals. It changes nothing and trains nothing.

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["date-misses"] = command{"list the matched events with a wrong date on the sets named, with their candidates and the reading that chose", runDateMisses}
}

// dateMiss is one matched event with a wrong date.
type dateMiss struct {
	set, article, typ string
	gold, date        string
	reading           string   // the reading that chose ("" for none)
	trace             []string // the explanation's lines about the date
	sentence          string
	cands             []extract.DateCandidate
	crossed           bool // the date is right under score.MatchEventsTied
}

// dateTotals counts matched events with a gold date: under the official
// pairing (score.MatchEvents; the right ones are those not missed) and
// under the tie-aware one (score.MatchEventsTied).
type dateTotals struct{ dated, tiedDated, tiedRight int }

// dateMissClass is a first, mechanical class of a miss, for counting;
// reading the miss tells the real cause.
func dateMissClass(m dateMiss) string {
	among := false
	for _, c := range m.cands {
		if c.Value == m.gold {
			among = true
		}
	}
	switch {
	case m.date == "":
		return "undated"
	case extract.DateGrain(m.gold) != extract.DateGrain(m.date) && strings.HasPrefix(m.date, m.gold):
		return "finer than gold"
	case extract.DateGrain(m.gold) != extract.DateGrain(m.date) && strings.HasPrefix(m.gold, m.date):
		return "coarser than gold"
	case strings.Contains(m.gold, "/") != strings.Contains(m.date, "/"):
		return "range vs day"
	case !among:
		return "gold not among candidates (" + m.reading + ")"
	}
	return "wrong pick (" + m.reading + ")"
}

// collectDateMisses extracts the sets' articles and returns the misses
// and the counts of matched events with a gold date; a set is named
// without its "train/" ("tr5").
func collectDateMisses(ctx context.Context, sets []trainsets.Set) ([]dateMiss, dateTotals, error) {
	undatedGold := map[bool]int{} // matched events whose gold has no date, by whether ours has none either
	defer func() {
		fmt.Fprintf(os.Stderr, "matched events whose gold has no date: %d undated, %d dated\n", undatedGold[true], undatedGold[false])
	}()
	var out []dateMiss
	var tot dateTotals
	o := extract.Options{DateCandidates: true, Explain: true}
	err := eachExtracted(ctx, sets, o, func(set trainsets.Set, g score.Gold, rec *extract.Record) error {
		m := score.MatchEvents(g, scoredEvents(rec.Events))
		tied := pairTied(g, rec.Events)
		for i := range rec.Events {
			if tied.dated[i] {
				tot.tiedDated++
			}
			if tied.dateRight[i] {
				tot.tiedRight++
			}
		}
		for i, e := range rec.Events {
			if m.Gold[i] >= 0 && g.Events[m.Gold[i]].Date == "" {
				undatedGold[strings.TrimSpace(e.Date) == ""]++
			}
			if m.Gold[i] < 0 || g.Events[m.Gold[i]].Date == "" {
				continue
			}
			tot.dated++
			gold := g.Events[m.Gold[i]].Date
			if strings.TrimSpace(e.Date) == gold {
				continue
			}
			dm := dateMiss{set: strings.TrimPrefix(set.Name, "train/"), article: g.ID, typ: e.Type, gold: gold, date: strings.TrimSpace(e.Date), sentence: e.Sentence, cands: e.DateCandidates, crossed: tied.dateRight[i]}
			for _, l := range e.Explain {
				if r, ok := strings.CutPrefix(l, "date by reading "); ok {
					dm.reading = r
				}
				if strings.Contains(l, "date") && !strings.HasPrefix(l, "date by reading ") {
					dm.trace = append(dm.trace, l)
				}
			}
			out = append(out, dm)
		}
		return nil
	})
	if err != nil {
		return nil, dateTotals{}, err
	}
	return out, tot, nil
}

// writeDateMisses prints the misses, then the totals and the count of
// each class.
func writeDateMisses(w io.Writer, ms []dateMiss, tot dateTotals) {
	counts := map[string]int{}
	crossed := 0
	for _, m := range ms {
		cl := dateMissClass(m)
		counts[cl]++
		mark := ""
		if m.crossed {
			crossed++
			mark = " crossed"
		}
		fmt.Fprintf(w, "== %s/%s %s: gold %s, got %q by %q [%s]%s\n", m.set, m.article, m.typ, m.gold, m.date, m.reading, cl, mark)
		fmt.Fprintf(w, "   %s\n", m.sentence)
		for _, t := range m.trace {
			fmt.Fprintf(w, "   trace: %s\n", t)
		}
		for _, c := range m.cands {
			mark := " "
			if c.Cascade {
				mark = "*"
			}
			if c.Value == m.gold {
				mark += "G"
			} else {
				mark += " "
			}
			fmt.Fprintf(w, "   %s %-24s %s\n", mark, c.Value, strings.Join(c.Rules, ","))
		}
	}
	var names []string
	for n := range counts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Fprintf(w, "\n%d matched events with a gold date, %d right, %d wrong\n", tot.dated, tot.dated-len(ms), len(ms))
	fmt.Fprintf(w, "tie-aware pairing (reading aid, not the measure): %d matched events with a gold date, %d right; %d of the wrong above are crossed\n",
		tot.tiedDated, tot.tiedRight, crossed)
	for _, n := range names {
		fmt.Fprintf(w, "%5d  %s\n", counts[n], n)
	}
}

func runDateMisses(ctx context.Context, args []string) error {
	sets, err := newReadingAid("date-misses", "comma-separated names: articles, heldout, forms, tr1, fresh2...").sets(args)
	if err != nil {
		return err
	}
	ms, tot, err := collectDateMisses(ctx, sets)
	if err != nil {
		return err
	}
	writeDateMisses(os.Stdout, ms, tot)
	return nil
}
