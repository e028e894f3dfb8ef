package extract

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
)

// rescueFeatures are the features a learned rescue would weigh for a
// removed candidate: the removing rule and its pass, the event type, the
// frame, the party rule, how many parties and persons, whether they came
// from context, the tense and form of the trigger, a date or place of its
// own or inherited, a title line, a quotation.
func rescueFeatures(rm removedEvent) []string {
	dr := rm.draft
	f := []string{"rule=" + rm.rule, "pass=" + removalGroup(rm.rule), "type=" + rm.ev.Type, "rule_type=" + rm.rule + "|" + rm.ev.Type,
		"frame=" + dr.frame, "party_rule=" + strings.SplitN(dr.partyRule, "+", 2)[0],
		fmt.Sprintf("parties=%d", min(dr.parties, 3)), fmt.Sprintf("persons=%d", min(dr.persons, 3))}
	if strings.HasPrefix(dr.partyRule, "invalid:") {
		f = append(f, "parties_invalid")
	}
	for _, b := range []struct {
		on   bool
		name string
	}{{dr.verb, "verb"}, {dr.future, "future"}, {dr.title, "title"}, {dr.quoted, "quoted"}, {dr.contextual, "contextual"},
		{dr.ownDate, "own_date"}, {dr.ownPlace, "own_place"}, {dr.date, "date"}, {dr.place, "place"}} {
		if b.on {
			f = append(f, b.name)
		}
	}
	return f
}

// rescueExample is one removed candidate of a fold with what publishing it
// would do (candidateEffect).
type rescueExample struct {
	ex     learn.Example
	effect int
}

// TestRescueCV measures a learned rescue honestly: leave one training set
// out, train the project's logistic regression (internal/learn) on the
// removed candidates of the others (right: publishing it finds a gold
// event), choose the threshold by an inner leave-one-set-out on those
// others (the net right minus wrong it publishes; none when none gains),
// and publish the held-out set's candidates above it. It logs each held-out
// set's event F1 without and with the rescue. NW_RESCUE_MEASURE=1 runs it.
func TestRescueCV(t *testing.T) {
	if os.Getenv("NW_RESCUE_MEASURE") == "" {
		t.Skip("set NW_RESCUE_MEASURE=1 to cross-validate a learned rescue")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	x.keepRemoved = true
	folds := rescueFolds(t)
	names := make([]string, 0, len(folds))
	for n := range folds {
		names = append(names, n)
	}
	sort.Strings(names)
	var all []rescueExample
	base := map[string]score.Tally{}
	for _, n := range names {
		for _, fa := range readFold(t, x, folds[n]) {
			b := scoreEvents(fa.gold, fa.rec.Events)
			tl := base[n]
			tl.Add(b)
			base[n] = tl
			for _, rm := range fa.rec.removed {
				eff := candidateEffect(fa, b, rm)
				all = append(all, rescueExample{ex: learn.Example{Features: rescueFeatures(rm), Label: eff == 1, Group: n}, effect: eff})
			}
		}
	}
	cfg := learn.Config{L2: 1}
	if v, err := strconv.ParseFloat(os.Getenv("NW_RESCUE_L2"), 64); err == nil {
		cfg.L2 = v // NW_RESCUE_L2: another regularisation
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %5s %6s  %-20s %-20s %s\n", "held out", "cands", "thresh", "F1 without (TP FP FN)", "F1 with (TP FP FN)", "kept right/wrong")
	var tot0, tot1 score.Tally
	better, worse := 0, 0
	for _, g := range names {
		var train []learn.Example
		var trainEff []int
		for _, e := range all {
			if e.ex.Group != g && e.effect != 0 {
				train = append(train, e.ex)
				trainEff = append(trainEff, e.effect)
			}
		}
		// the threshold: inner leave-one-set-out over the training sets
		_, inner, err := learn.CrossValidate(train, cfg)
		if err != nil {
			t.Fatal(err)
		}
		th := bestNet(inner, trainEff)
		m, err := learn.Train(train, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t0 := base[g]
		t1 := t0
		right, wrong, n := 0, 0, 0
		for _, e := range all {
			if e.ex.Group != g {
				continue
			}
			n++
			if m.Predict(e.ex.Features) < th {
				continue
			}
			switch e.effect {
			case 1:
				right++
				t1.TP++
				t1.FN--
			case -1:
				wrong++
				t1.FP++
			}
		}
		tot0.Add(t0)
		tot1.Add(t1)
		switch {
		case t1.F1() > t0.F1()+1e-9:
			better++
		case t1.F1() < t0.F1()-1e-9:
			worse++
		}
		fmt.Fprintf(&b, "%-14s %5d %6.2f  %.3f (%d %d %d)%5s %.3f (%d %d %d)%5s %d/%d\n", g, n, th, t0.F1(), t0.TP, t0.FP, t0.FN, "", t1.F1(), t1.TP, t1.FP, t1.FN, "", right, wrong)
	}
	fmt.Fprintf(&b, "%-14s %5s %6s  %.3f (%d %d %d)%5s %.3f (%d %d %d)   sets better %d, worse %d, of %d\n", "all", "", "", tot0.F1(), tot0.TP, tot0.FP, tot0.FN, "", tot1.F1(), tot1.TP, tot1.FP, tot1.FN, better, worse, len(names))
	t.Logf("L2 %g\n%s", cfg.L2, b.String())
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
