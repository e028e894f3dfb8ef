package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/internal/score"
)

// rescueFolds are the training sets, one cross-validation fold each: our
// own articles (with the sample), heldout, forms and each writer's folder
// of testdata/train. Never final, blind or anything in ../shared.
func rescueFolds(t testing.TB) map[string][]string {
	t.Helper()
	folds := map[string][]string{
		"articles": {"../testdata", "../testdata/articles"},
		"heldout":  {"../testdata/heldout"},
		"forms":    {"../testdata/forms"},
	}
	dirs, _ := filepath.Glob("../testdata/train/*")
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			folds["train/"+filepath.Base(d)] = []string{d}
		}
	}
	return folds
}

// foldArticle is one article of a fold: its gold and its record with the
// removed candidates kept.
type foldArticle struct {
	path string
	gold score.Gold
	rec  *Record
}

// readFold extracts every article of a fold that has a gold.
func readFold(t testing.TB, x *Extractor, dirs []string) []foldArticle {
	t.Helper()
	var out []foldArticle
	for _, dir := range dirs {
		golds, err := score.LoadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]score.Gold{}
		for _, g := range golds {
			byID[g.ID] = g
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || strings.HasSuffix(name, ".gold.json") || strings.HasSuffix(name, ".md") {
				continue
			}
			switch filepath.Ext(name) {
			case ".txt", ".json", ".html":
			default:
				continue
			}
			path := filepath.Join(dir, name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Decoder{}.Decode(path, data)
			if err != nil {
				t.Fatal(err)
			}
			g, ok := byID[a.ID]
			if !ok {
				continue
			}
			rec, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, foldArticle{path: path, gold: g, rec: rec})
		}
	}
	return out
}

// scoreEvents scores events alone against one gold.
func scoreEvents(g score.Gold, evs []Event) score.Tally {
	r := score.Record{ID: g.ID}
	for _, e := range evs {
		se := score.Event{Type: e.Type, Date: e.Date, Location: e.Location}
		for _, p := range e.Participants {
			se.Participants = append(se.Participants, score.Participant{Name: p.Name})
		}
		r.Events = append(r.Events, se)
	}
	return score.Score([]score.Gold{g}, []score.Record{r}).EventTotal
}

// candidateEffect is what publishing one removed candidate beside the
// record's events would do: +1 right (a gold event found), -1 wrong (one
// more false event), 0 neither (its id is already published, or an
// optional event).
func candidateEffect(fa foldArticle, base score.Tally, rm removedEvent) int {
	for _, e := range fa.rec.Events {
		if e.ID == rm.ev.ID {
			return 0
		}
	}
	with := scoreEvents(fa.gold, append(append([]Event(nil), fa.rec.Events...), rm.ev))
	switch {
	case with.TP > base.TP:
		return 1
	case with.FP > base.FP:
		return -1
	}
	return 0
}

// TestRescueMeasure counts, over the training folds, the gold events the
// extractor misses, how many of them a removed candidate would find, and
// for each removal rule how many of its candidates would be right and
// wrong. A measurement, not an assertion beyond the trace's own
// invariant: NW_RESCUE_MEASURE=1 runs it.
func TestRescueMeasure(t *testing.T) {
	if os.Getenv("NW_RESCUE_MEASURE") == "" {
		t.Skip("set NW_RESCUE_MEASURE=1 to count what the removal rules remove")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.keepRemoved = true
	type row struct{ right, wrong, none int }
	rules := map[string]*row{}
	folds := rescueFolds(t)
	names := make([]string, 0, len(folds))
	for n := range folds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	var dump []map[string]any
	totFN, totRec, totTP, totFP := 0, 0, 0, 0
	for _, n := range names {
		arts := readFold(t, x, folds[n])
		fn, rec, tp, fp := 0, 0, 0, 0
		for _, fa := range arts {
			base := scoreEvents(fa.gold, fa.rec.Events)
			fn += base.FN
			tp += base.TP
			fp += base.FP
			all := append([]Event(nil), fa.rec.Events...)
			for _, rm := range fa.rec.removed {
				eff := candidateEffect(fa, base, rm)
				r := rules[rm.rule]
				if r == nil {
					r = &row{}
					rules[rm.rule] = r
				}
				switch eff {
				case 1:
					r.right++
					all = append(all, rm.ev)
				case -1:
					r.wrong++
				default:
					r.none++
				}
				var ps []string
				for _, p := range rm.ev.Participants {
					ps = append(ps, p.Name)
				}
				dump = append(dump, map[string]any{"fold": n, "article": fa.gold.ID, "rule": rm.rule, "effect": eff, "type": rm.ev.Type,
					"parties": ps, "party_rule": rm.draft.partyRule, "frame": rm.draft.frame, "trigger": rm.ev.Trigger, "sentence": rm.ev.Sentence,
					"verb": rm.draft.verb, "future": rm.draft.future, "title": rm.draft.title, "quoted": rm.draft.quoted, "contextual": rm.draft.contextual,
					"persons": rm.draft.persons, "own_date": rm.draft.ownDate, "own_place": rm.draft.ownPlace, "date": rm.draft.date, "place": rm.draft.place,
					"dup": rm.draft.dupID, "sent": rm.draft.sent, "reading": rm.draft.reading})
			}
			rec += scoreEvents(fa.gold, all).TP - base.TP
		}
		fmt.Fprintf(&b, "%-16s articles %3d  TP %4d FP %3d FN %3d  FN a removed candidate finds %3d\n", n, len(arts), tp, fp, fn, rec)
		totFN += fn
		totRec += rec
		totTP += tp
		totFP += fp
	}
	fmt.Fprintf(&b, "%-16s TP %4d FP %3d FN %3d  found by a removed candidate %d (%.1f %%)\n\n", "all", totTP, totFP, totFN, totRec, 100*float64(totRec)/float64(max(totFN, 1)))
	rn := make([]string, 0, len(rules))
	for k := range rules {
		rn = append(rn, k)
	}
	sort.Slice(rn, func(i, j int) bool {
		return rules[rn[i]].right+rules[rn[i]].wrong > rules[rn[j]].right+rules[rn[j]].wrong
	})
	fmt.Fprintf(&b, "%-44s %6s %6s %6s\n", "removal rule", "right", "wrong", "none")
	for _, k := range rn {
		fmt.Fprintf(&b, "%-44s %6d %6d %6d\n", k, rules[k].right, rules[k].wrong, rules[k].none)
	}
	groups := map[string]*row{}
	var gn []string
	for _, k := range rn {
		g := removalGroup(k)
		if groups[g] == nil {
			groups[g] = &row{}
			gn = append(gn, g)
		}
		groups[g].right += rules[k].right
		groups[g].wrong += rules[k].wrong
		groups[g].none += rules[k].none
	}
	fmt.Fprintf(&b, "\n%-44s %6s %6s %6s\n", "removal group", "right", "wrong", "none")
	for _, g := range gn {
		fmt.Fprintf(&b, "%-44s %6d %6d %6d\n", g, groups[g].right, groups[g].wrong, groups[g].none)
	}
	t.Log("\n" + b.String())
	if out := os.Getenv("NW_RESCUE_DUMP"); out != "" {
		data, _ := json.MarshalIndent(dump, "", " ")
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// removalGroup is the pass a removal rule belongs to.
func removalGroup(rule string) string {
	switch {
	case strings.HasPrefix(rule, "sense: "), rule == "trigger-needs", rule == "noun-role":
		return "trigger senses (triggersIn)"
	case rule == "no-parties", rule == "title-parties":
		return "parties"
	case rule == "undated-plan":
		return "time: a plan with no date"
	case rule == "visit-no-place", rule == "described-restates":
		return "settle: place, restatement"
	case rule == "merge":
		return "merge"
	}
	for _, f := range factualityRules {
		if f.name == rule {
			return "factuality"
		}
	}
	return "candidates: quotation, past occasion, restatement, release tail"
}
