package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A linear table is one of the learned tables of extract/tables
// (place_rank.tsv, date_rank.tsv, party_rank.tsv, args.tsv, reader.tsv):
// a logistic regression trained by cmd/newswire-train, one
// feature<TAB>weight row a feature, and a few special rows — the switch
// (1: the model decides, 0: the rules do), the intercept `bias`, for some
// tables a `threshold`, and `reset`. The format is documented once, in
// tables/README.md ("Learned tables"); linearTable reads and scores every
// one of them, linearFormat says how each table spells its switch and
// which features it knows.

// linearTable is a learned table: its switch, threshold, intercept and a
// weight per feature (a feature with no row weighs 0).
type linearTable struct {
	on        bool
	fill      bool    // switch 2 (tables whose format allows it): the model only fills what the rules leave empty
	threshold float64 // the least probability of a positive (tables with a threshold row)
	bias      float64
	weights   map[string]float64
}

// linearFormat is how one learned table spells its rows.
type linearFormat struct {
	model     string // what the table drives, for the errors of With… ("argument reader")
	switchRow string // the switch row's name: "on", "use" or "enabled"
	switchDoc string // what 1 and 0 mean: "1 (…) or 0 (…)"
	fillMode  bool   // the switch may also be 2: the model decides only where the rules decide nothing (args.tsv)
	threshold bool   // the table has a "threshold" row
	// known is true of a feature some template makes; nil: any feature
	known     func(feature string) bool
	templates string // where the templates are, for the error of an unknown feature
}

// special: the row named f is one of the format's special rows.
func (lf *linearFormat) special(f string) bool {
	return f == lf.switchRow || f == "bias" || f == "reset" || (lf.threshold && f == "threshold")
}

// row reads one row of the table: the switch (0 or 1), "threshold" (a
// probability; an error in a table with none, where it would otherwise be
// the weight of a feature no candidate has), "bias", "reset" (any number:
// drops the threshold, bias and weights read before it, so that a user's
// table can replace the embedded model; the switch stays as its own row
// set it), or a feature's weight. The last row of a name wins.
func (t *linearTable) row(lf *linearFormat, r row) error {
	f := r.col(0)
	w, err := strconv.ParseFloat(r.col(1), 64)
	if err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
		return fmt.Errorf("weight %q of %s: want a number", r.col(1), f)
	}
	switch {
	case f == lf.switchRow:
		if w != 0 && w != 1 && (w != 2 || !lf.fillMode) {
			return fmt.Errorf("%s %q: want %s", f, r.col(1), lf.switchDoc)
		}
		t.on, t.fill = w == 1, w == 2
	case f == "threshold" && lf.threshold:
		if w < 0 || w > 1 {
			return fmt.Errorf("threshold %q: want a probability from 0 to 1", r.col(1))
		}
		t.threshold = w
	case f == "threshold":
		return fmt.Errorf("threshold %q: the %s has no threshold (it takes the best-scoring candidate; only args.tsv and reader.tsv read one)", r.col(1), lf.model)
	case f == "bias":
		t.bias = w
	case f == "reset":
		*t = linearTable{on: t.on, fill: t.fill}
	default:
		if lf.known != nil && !lf.known(f) {
			return fmt.Errorf("feature %q: no template of %s makes it", f, lf.templates)
		}
		if t.weights == nil {
			t.weights = map[string]float64{}
		}
		t.weights[f] = w
	}
	return nil
}

// newTable is the table a trainer gives (Extractor.With…): an error for a
// threshold that is no probability or given to a table with none, a weight that is no number or a
// feature no template makes.
func (lf *linearFormat) newTable(on bool, threshold, bias float64, weights map[string]float64) (linearTable, error) {
	if math.IsNaN(threshold) || threshold < 0 || threshold > 1 {
		return linearTable{}, fmt.Errorf("%s: threshold %v: want a probability", lf.model, threshold)
	}
	if !lf.threshold && threshold != 0 {
		return linearTable{}, fmt.Errorf("%s: threshold %v: it has no threshold", lf.model, threshold)
	}
	if math.IsNaN(bias) || math.IsInf(bias, 0) {
		return linearTable{}, fmt.Errorf("%s: bias %v: want a number", lf.model, bias)
	}
	t := linearTable{on: on, threshold: threshold, bias: bias, weights: make(map[string]float64, len(weights))}
	for f, w := range weights {
		if lf.known != nil && !lf.known(f) {
			return linearTable{}, fmt.Errorf("%s: feature %q: no template makes it", lf.model, f)
		}
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return linearTable{}, fmt.Errorf("%s: weight of %q is %v", lf.model, f, w)
		}
		t.weights[f] = w
	}
	return t, nil
}

// score is the log-odds of a candidate with these features: the
// intercept plus each feature's weight (a feature listed twice counts
// twice).
func (t *linearTable) score(feats []string) float64 {
	z := t.bias
	for _, f := range feats {
		z += t.weights[f]
	}
	return z
}

// templateOf is the name of the template that makes feature f: the part
// before "=" of each of its "&"-joined conjuncts ("type=meeting&n=2" is
// made by "type&n").
func templateOf(f string) string {
	if !strings.ContainsAny(f, "=&") {
		return f
	}
	parts := strings.Split(f, "&")
	for i, p := range parts {
		parts[i], _, _ = strings.Cut(p, "=")
	}
	return strings.Join(parts, "&")
}
