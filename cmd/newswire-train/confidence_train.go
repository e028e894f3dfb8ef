package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
)

// l2Grid are the penalties tried when -l2 is 0; the one with the lowest
// pooled cross-validated log-loss is kept.
var l2Grid = []float64{0.5, 1, 2, 4, 8, 16}

// fixedWeights are rows the trainer never learns and writes unchanged:
// the contract that a reported or alleged event has a lower
// confidence than the same event stated (issue 7). Learned, the reading
// got a positive weight on the training sets; fixed, the contract holds
// by construction. untrained are the features left out of training for
// it: the reading and the report cue that makes it.
var fixedWeights = []struct {
	feature string
	weight  float64
	meaning string
}{
	{"reported", -0.60, "fixed, not learned: the issue's contract that reported or alleged events have a lower confidence than the same event stated (reportedly, allegedly, according to: event_cues.tsv report)"},
}

var untrained = map[string]bool{"reported": true, "cue=report": true}

// trainable is the examples without the untrained features.
func trainable(examples []learn.Example) []learn.Example {
	out := make([]learn.Example, len(examples))
	for i, e := range examples {
		e.Features = slices.DeleteFunc(slices.Clone(e.Features), func(f string) bool { return untrained[f] })
		out[i] = e
	}
	return out
}

// fixedOffset is the sum of the fixed weights an example's features carry.
func fixedOffset(features []string) float64 {
	z := 0.0
	for _, w := range fixedWeights {
		if hasFeature(features, w.feature) {
			z += w.weight
		}
	}
	return z
}

// withFixed adds the fixed weights to held-out predictions (preds[i] is
// examples[i]'s).
func withFixed(preds []learn.Scored, examples []learn.Example) {
	for i := range preds {
		if z := fixedOffset(examples[i].Features); z != 0 {
			preds[i].P = learn.Sigmoid(learn.Logit(preds[i].P) + z)
		}
	}
}

// defaultPasses of coordinate descent: enough for the weights to settle to
// four decimals on the training sets.
const defaultPasses = 200

// foldReport is one held-out set's figures.
type foldReport struct {
	learn.Fold
	missed                int
	threshold             float64 // chosen on the other folds' held-out predictions (0 when the candidate gains under the margin there)
	candidate             float64 // what the rule picked on the other folds, before the margin
	cand                  learn.Counts
	off, on               learn.Counts
	reported, reportedOff int // reported events held out; those the threshold drops
}

// report is what a training run measured and made.
type report struct {
	l2, threshold    float64
	candidate, gain  float64 // the rule's pick over every held-out prediction and the F1 it gains there
	margin           float64
	f1Cand           learn.Counts // pooled over the folds, each at its own candidate
	rule             string
	l2Losses         []float64 // pooled CV log-loss per l2Grid value (when chosen)
	passes           int
	folds            []foldReport
	cvLoss, cvConst  float64
	f1Off, f1On      learn.Counts // pooled over the folds, each at its own threshold
	bins             []learn.Bin
	preds            []learn.Scored // the held-out predictions
	model            *learn.Model   // the trained model with the Platt scaling folded in
	platt            *platt
	examples, right  int
	optional, missed int
	reported         struct{ n, right, dropped, droppedRight int }
}

// thresholdRules pick the publishing threshold from held-out predictions
// (internal/learn): half-f1, the threshold a calibrated model implies (half
// the F1 reached), or best, the one that maximised F1 on them.
var thresholdRules = map[string]func([]learn.Scored, int) (float64, learn.Counts){
	"half-f1": learn.HalfF1Threshold,
	"best":    learn.BestThreshold,
}

// defaultMargin is the least gain in held-out event F1 for which a
// threshold is adopted; under it min_confidence is 0 and every event is
// published (the same margin the party ranker's switch needs).
const defaultMargin = 0.005

// choose applies the rule to held-out predictions and adopts its pick only
// when it raises their F1 by margin or more.
func choose(pick func([]learn.Scored, int) (float64, learn.Counts), preds []learn.Scored, missed int, margin float64) (adopted, candidate, gain float64) {
	t, _ := pick(preds, missed)
	candidate = roundThreshold(t)
	gain = learn.At(preds, missed, candidate).F1() - learn.At(preds, missed, 0).F1()
	if gain >= margin {
		return candidate, candidate, gain
	}
	return 0, candidate, gain
}

// train measures the model by leave-one-set-out cross-validation, picks
// the threshold by the named rule (adopted only for a held-out F1 gain of
// margin or more) and fits the final model on every set.
func train(ds *dataset, l2 float64, passes int, rule string, margin float64) (*report, error) {
	pick, ok := thresholdRules[rule]
	if !ok {
		return nil, fmt.Errorf("threshold rule %q: want half-f1 or best", rule)
	}
	rep := &report{passes: passes, examples: len(ds.examples), optional: ds.optional, rule: rule, margin: margin}
	for _, e := range ds.examples {
		if e.Label {
			rep.right++
		}
	}
	for _, n := range ds.missed {
		rep.missed += n
	}
	ex := trainable(ds.examples)
	if l2 == 0 {
		best := math.Inf(1)
		for _, v := range l2Grid {
			_, preds, err := learn.CrossValidate(ex, learn.Config{L2: v, Passes: passes})
			if err != nil {
				return nil, err
			}
			withFixed(preds, ds.examples)
			loss := pooledLoss(preds)
			rep.l2Losses = append(rep.l2Losses, loss)
			if loss < best {
				best, l2 = loss, v
			}
		}
	}
	rep.l2 = l2
	cfg := learn.Config{L2: l2, Passes: passes}
	folds, preds, err := learn.CrossValidate(ex, cfg)
	if err != nil {
		return nil, err
	}
	z := make([]float64, len(preds))
	fixed := make([]float64, len(preds))
	for i := range preds {
		z[i], fixed[i] = logitOf(preds[i].P), fixedOffset(ds.examples[i].Features)
	}
	if rep.platt, err = calibrate(preds, z, fixed); err != nil {
		return nil, err
	}
	for i := range folds {
		folds[i].LogLoss = groupLoss(preds, folds[i].Group)
	}
	rep.cvLoss = pooledLoss(preds)
	// the constant model of each fold: the other folds' base rate
	var cs []float64
	var ls []bool
	for _, f := range folds {
		pos, n := 0, 0
		for _, e := range ds.examples {
			if e.Group != f.Group {
				n++
				if e.Label {
					pos++
				}
			}
		}
		rate := (float64(pos) + 0.5) / (float64(n) + 1)
		for _, p := range preds {
			if p.Group == f.Group {
				cs = append(cs, rate)
				ls = append(ls, p.Right)
			}
		}
	}
	rep.cvConst = learn.LogLoss(cs, ls)
	for _, f := range folds {
		fr := foldReport{Fold: f, missed: ds.missed[f.Group]}
		var in, out []learn.Scored
		otherMissed := 0
		for _, p := range preds {
			if p.Group == f.Group {
				in = append(in, p)
			} else {
				out = append(out, p)
			}
		}
		for g, n := range ds.missed {
			if g != f.Group {
				otherMissed += n
			}
		}
		fr.threshold, fr.candidate, _ = choose(pick, out, otherMissed, margin)
		fr.off = learn.At(in, fr.missed, 0)
		fr.on = learn.At(in, fr.missed, fr.threshold)
		fr.cand = learn.At(in, fr.missed, fr.candidate)
		rep.f1Cand.TP += fr.cand.TP
		rep.f1Cand.FP += fr.cand.FP
		rep.f1Cand.FN += fr.cand.FN
		rep.f1Off.TP += fr.off.TP
		rep.f1Off.FP += fr.off.FP
		rep.f1Off.FN += fr.off.FN
		rep.f1On.TP += fr.on.TP
		rep.f1On.FP += fr.on.FP
		rep.f1On.FN += fr.on.FN
		for i, e := range ds.examples {
			if e.Group == f.Group && hasFeature(e.Features, "reported") {
				fr.reported++
				if preds[i].P < fr.candidate {
					fr.reportedOff++
				}
			}
		}
		rep.folds = append(rep.folds, fr)
	}
	for _, e := range ds.examples {
		if !hasFeature(e.Features, "reported") {
			continue
		}
		rep.reported.n++
		if e.Label {
			rep.reported.right++
		}
	}
	rep.threshold, rep.candidate, rep.gain = choose(pick, preds, rep.missed, margin)
	for i, e := range ds.examples {
		if hasFeature(e.Features, "reported") && preds[i].P < rep.candidate {
			rep.reported.dropped++
			if e.Label {
				rep.reported.droppedRight++
			}
		}
	}
	rep.bins = learn.Calibration(preds, 10)
	rep.preds = preds
	raw, err := learn.Train(ex, cfg)
	if err != nil {
		return nil, err
	}
	rep.model = scaled(raw, rep.platt.a, rep.platt.b)
	return rep, nil
}

// roundThreshold rounds a threshold to the two decimals the extractor
// rounds confidences to.
func roundThreshold(t float64) float64 { return math.Round(t*100) / 100 }

func pooledLoss(preds []learn.Scored) float64 {
	ps := make([]float64, len(preds))
	ls := make([]bool, len(preds))
	for i, p := range preds {
		ps[i], ls[i] = p.P, p.Right
	}
	return learn.LogLoss(ps, ls)
}

// groupLoss is the log-loss of one group's held-out predictions.
func groupLoss(preds []learn.Scored, group string) float64 {
	var ps []float64
	var ls []bool
	for _, p := range preds {
		if p.Group == group {
			ps, ls = append(ps, p.P), append(ls, p.Right)
		}
	}
	return learn.LogLoss(ps, ls)
}

func hasFeature(fs []string, f string) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// cvTable is the per-fold table of the header and of -v.
func (rep *report) cvTable(prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%-16s %6s %6s %8s %8s %6s %7s %7s %6s %7s\n", prefix, "held-out set", "events", "right", "logloss", "constant", "cand", "F1 off", "F1 cand", "thresh", "F1 on")
	for _, f := range rep.folds {
		fmt.Fprintf(&b, "%s%-16s %6d %6d %8.3f %8.3f %6.2f %7.3f %7.3f %6.2f %7.3f\n", prefix, f.Group, f.N, f.Positives, f.LogLoss, f.Constant, f.candidate, f.off.F1(), f.cand.F1(), f.threshold, f.on.F1())
	}
	fmt.Fprintf(&b, "%s%-16s %6d %6d %8.3f %8.3f %6s %7.3f %7.3f %6s %7.3f\n", prefix, "all (pooled)", rep.examples, rep.right, rep.cvLoss, rep.cvConst, "", rep.f1Off.F1(), rep.f1Cand.F1(), "", rep.f1On.F1())
	return b.String()
}

// binTable is the reliability table of the held-out predictions.
func (rep *report) binTable(prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%-10s %6s %8s %8s\n", prefix, "bin", "events", "mean p", "right")
	for _, x := range rep.bins {
		if x.N == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s%.1f-%.1f    %6d %8.3f %8.3f\n", prefix, x.Lo, x.Hi, x.N, x.MeanP, x.RightRate)
	}
	return b.String()
}

// details are the figures -v prints.
func (rep *report) details() string {
	var b strings.Builder
	if len(rep.l2Losses) > 0 {
		b.WriteString("L2 chosen by pooled CV log-loss:")
		for i, v := range l2Grid {
			fmt.Fprintf(&b, " %g: %.4f", v, rep.l2Losses[i])
		}
		b.WriteString("\n")
	}
	b.WriteString("leave-one-set-out cross-validation (each set's candidate threshold picked on the other sets' held-out predictions, adopted when it gains the margin there):\n")
	b.WriteString(rep.cvTable("  "))
	fmt.Fprintf(&b, "pooled: TP FP FN %d %d %d without the threshold, %d %d %d with it\n", rep.f1Off.TP, rep.f1Off.FP, rep.f1Off.FN, rep.f1On.TP, rep.f1On.FP, rep.f1On.FN)
	fmt.Fprintf(&b, "pooled at each set's candidate: TP FP FN %d %d %d\n", rep.f1Cand.TP, rep.f1Cand.FP, rep.f1Cand.FN)
	b.WriteString("per set, TP FP FN without -> at the candidate:")
	for _, f := range rep.folds {
		fmt.Fprintf(&b, " %s %d %d %d -> %d %d %d;", f.Group, f.off.TP, f.off.FP, f.off.FN, f.cand.TP, f.cand.FP, f.cand.FN)
	}
	b.WriteString("\n")
	b.WriteString("pooled held-out F1 by threshold:")
	for t := 0.0; t < 0.651; t += 0.05 {
		c := learn.At(rep.preds, rep.missed, t)
		fmt.Fprintf(&b, " %.2f: %.4f (%d %d %d)", t, c.F1(), c.TP, c.FP, c.FN)
	}
	b.WriteString("\n")
	b.WriteString("calibration of the held-out predictions:\n")
	b.WriteString(rep.binTable("  "))
	b.WriteString("calibration for new writers:\n")
	b.WriteString(rep.platt.table("  "))
	fmt.Fprintf(&b, "threshold: the rule %s picks %.2f over every held-out prediction, F1 gain %+.4f (margin %.3f): min_confidence %.2f\n", rep.rule, rep.candidate, rep.gain, rep.margin, rep.threshold)
	fmt.Fprintf(&b, "reported or alleged events: %d, %d right; at %.2f the held-out predictions drop %d of them (%d right)\n",
		rep.reported.n, rep.reported.right, rep.candidate, rep.reported.dropped, rep.reported.droppedRight)
	return b.String()
}

// writeTable writes confidence.tsv: a header with the command, the sets
// and the CV figures, then base, min_confidence and the weights.
func (rep *report) writeTable(w io.Writer, folds []fold) error {
	docs := map[string]string{}
	for _, t := range extract.ConfidenceTemplates() {
		docs[t.Name] = t.Doc
	}
	var names []string
	for _, f := range folds {
		names = append(names, f.name)
	}
	var b strings.Builder
	b.WriteString(`# The learned confidence of events (extract/confidence.go). An event's
# confidence is its estimated probability of being right:
#   confidence = sigmoid(base + the sum of the weights of its features)
# Features are named by the templates of extract/confidence_features.go
# (template=value, or a template's name alone for a yes/no reading; "&"
# joins the two readings of a conjunction). A feature with no row weighs 0.
# Events whose confidence is under min_confidence are not published
# (--min-confidence / Options.MinConfidence change it; 0 publishes all).
# A user's table (--tables DIR) may add rows: the last row of a feature
# wins; !feature removes the rows read before it (a later row adds it again).
# The row reported is fixed, not learned (the issue's contract: a reported or
# alleged event has a lower confidence than the same event stated); the trainer
# leaves reported and cue=report out of training and writes that row unchanged.
#
# Written by: go run ./cmd/newswire-train confidence -out extract/tables/confidence.tsv
`)
	fmt.Fprintf(&b, "# Trained on %d events (%d right; %d matching only optional gold events left out) of the sets\n#   %s\n",
		rep.examples, rep.right, rep.optional, strings.Join(names, ", "))
	b.WriteString("# (testdata/articles with the sample, testdata/heldout, testdata/forms split by file-name\n# prefix, each folder of testdata/train); never testdata/final, testdata/blind, ../shared.\n")
	fmt.Fprintf(&b, "# L2 %g, %d passes of coordinate descent (internal/learn). Threshold: the rule %s\n# picks %.2f over every held-out prediction; it gains %+.4f F1 there, so with the\n# margin %.3f min_confidence is %.2f.\n", rep.l2, rep.passes, rep.rule, rep.candidate, rep.gain, rep.margin, rep.threshold)
	b.WriteString("# Leave-one-set-out cross-validation (log-loss of the held-out events, model and\n# constant base rate; event F1 without a threshold, at the candidate the rule picks\n# on the other sets, and at the threshold adopted there with the margin):\n")
	b.WriteString(rep.cvTable("#   "))
	b.WriteString("# Calibration of the held-out predictions:\n")
	b.WriteString(rep.binTable("#   "))
	b.WriteString("# Calibration for new writers: the model is over-confident on the writers the\n# rules were never tuned on, so a Platt scaling sigmoid(a*z + b) over its logit z\n# is fit on their held-out predictions only and folded into this table (every\n# learned weight times a, base times a plus b; the fixed rows unchanged). The\n# figures above are after it (each train/tr* set scaled with a, b fit on the\n# others). Reliability of the train/tr* held-out predictions before and after:\n")
	b.WriteString(rep.platt.table("#   "))
	b.WriteString("# The cand column is optimistic: L2 is chosen on every set's held-out\n# predictions, and a set's candidate on the other sets' held-out predictions,\n# whose models were trained with that set (the CV is not nested).\n")
	b.WriteString("# columns: feature<TAB>weight<TAB>meaning\n")
	fmt.Fprintf(&b, "%s\t%.4f\t%s\n", "base", rep.model.Bias, "the intercept: every event")
	fmt.Fprintf(&b, "%s\t%.2f\t%s\n", "min_confidence", rep.threshold, fmt.Sprintf("the publishing threshold: the rule %s's pick over the held-out predictions when it gains at least %.3f F1 there, else 0", rep.rule, rep.margin))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing the table: %w", err)
	}
	// the weights, template by template in the templates' order
	order := map[string]int{}
	for i, t := range extract.ConfidenceTemplates() {
		order[t.Name] = i
	}
	feats := rep.model.Names()
	weights := map[string]float64{}
	meaning := map[string]string{}
	for _, f := range feats {
		weights[f] = rep.model.Weights[f]
		meaning[f] = docs[extract.ConfidenceTemplateOf(f)]
	}
	for _, x := range fixedWeights {
		if _, ok := weights[x.feature]; !ok {
			feats = append(feats, x.feature)
		}
		weights[x.feature], meaning[x.feature] = x.weight, x.meaning
	}
	sort.SliceStable(feats, func(i, j int) bool {
		return order[extract.ConfidenceTemplateOf(feats[i])] < order[extract.ConfidenceTemplateOf(feats[j])]
	})
	for _, f := range feats {
		v := math.Round(weights[f]*1e4) / 1e4
		if v == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\t%.4f\t%s\n", f, v, meaning[f]); err != nil {
			return fmt.Errorf("writing the table: %w", err)
		}
	}
	return nil
}
