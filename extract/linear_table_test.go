package extract

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// linearTables are the five learned tables, each with its loader, its
// switch row, a feature some template makes and one none makes ("" for a
// table that takes any feature).
var linearTables = []struct {
	file, switchRow string
	model           string
	threshold       bool
	feature, bad    string
	load            func(*lexicon, row) error
	table           func(*lexicon) linearTable
}{
	{"place_rank.tsv", "enabled", "place ranker", false, "kind:city", "", (*lexicon).placeRankRow, func(lx *lexicon) linearTable { return lx.placeRank }},
	{"date_rank.tsv", "on", "date ranker", false, "best:published-day", "", (*lexicon).loadDateRank, func(lx *lexicon) linearTable { return lx.dateRank }},
	{"party_rank.tsv", "use", "party ranker", false, "type=meeting&top=clause", "colour=red", (*lexicon).partyRankRow, func(lx *lexicon) linearTable { return lx.partyRank }},
	{"args.tsv", "on", "argument reader", true, "type=meeting&cascade=0&kind=person", "colour=red", (*lexicon).argsRow, func(lx *lexicon) linearTable { return lx.args }},
	{"reader.tsv", "on", "reader", true, "meeting|coord", "party|coord", (*lexicon).loadReader, func(lx *lexicon) linearTable { return lx.reader.linearTable }},
}

// linearCase is rows of a table, and what they read as or the error they
// give.
type linearCase struct {
	name string
	rows [][]string
	want linearTable
	err  string
}

// TestLinearTableRows: every learned table reads its special rows alike —
// the switch takes 1 or 0, the threshold (where the table has one) a
// probability, a weight a finite number, reset drops the model read
// before it but not the switch, the last row of a name wins — and fails
// on a feature no template of its own makes.
func TestLinearTableRows(t *testing.T) {
	for _, tb := range linearTables {
		f := tb.feature
		cases := []linearCase{
			{"rows", [][]string{{tb.switchRow, "1"}, {"bias", "-0.5"}, {f, "2"}}, linearTable{on: true, bias: -0.5, weights: map[string]float64{f: 2}}, ""},
			{"the last row wins", [][]string{{tb.switchRow, "1"}, {tb.switchRow, "0"}, {f, "1"}, {f, "3"}}, linearTable{weights: map[string]float64{f: 3}}, ""},
			{"reset keeps the switch", [][]string{{tb.switchRow, "1"}, {"bias", "1"}, {f, "2"}, {"reset", "0"}, {f, "4"}}, linearTable{on: true, weights: map[string]float64{f: 4}}, ""},
			{"a switch is 1 or 0", [][]string{{tb.switchRow, "3"}}, linearTable{}, tb.switchRow + ` "3": want 1 (`},
			{"a weight is a number", [][]string{{f, "heavy"}}, linearTable{}, `weight "heavy" of ` + f + ": want a number"},
			{"a weight is finite", [][]string{{f, "NaN"}}, linearTable{}, "want a number"},
			{"an infinite weight", [][]string{{"bias", "+Inf"}}, linearTable{}, "want a number"},
		}
		if tb.threshold {
			cases = append(cases,
				linearCase{"threshold", [][]string{{"threshold", "0.4"}, {"reset", "1"}, {"threshold", "0.25"}}, linearTable{threshold: 0.25}, ""},
				linearCase{"a threshold is a probability", [][]string{{"threshold", "1.5"}}, linearTable{}, `threshold "1.5": want a probability`})
		}
		if tb.file == "args.tsv" {
			// the argument reader's switch has a third value: 2 fills
			// only the drafts the cascade leaves without parties
			cases = append(cases,
				linearCase{"fill-only", [][]string{{tb.switchRow, "2"}, {"reset", "0"}}, linearTable{fill: true}, ""},
				linearCase{"fill-only, then on", [][]string{{tb.switchRow, "2"}, {tb.switchRow, "1"}}, linearTable{on: true}, ""})
		} else {
			cases = append(cases, linearCase{"no fill-only switch", [][]string{{tb.switchRow, "2"}}, linearTable{}, tb.switchRow + ` "2": want 1 (`})
		}
		if !tb.threshold {
			// a table with no threshold rejects the row rather than read
			// it as the weight of a feature named "threshold"
			cases = append(cases, linearCase{"no threshold row", [][]string{{"threshold", "0.4"}}, linearTable{}, `threshold "0.4": the ` + tb.model + " has no threshold"})
		}
		if tb.bad != "" {
			cases = append(cases, linearCase{"a feature no template makes", [][]string{{tb.bad, "1"}}, linearTable{}, `feature "` + tb.bad + `": no template`})
		}
		for _, c := range cases {
			lx := &lexicon{}
			var err error
			for i, r := range c.rows {
				if err = tb.load(lx, row{file: tb.file, line: i + 1, cols: r}); err != nil {
					break
				}
			}
			got := tb.table(lx)
			switch {
			case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
				t.Errorf("%s, %s: error %v, want one saying %q", tb.file, c.name, err, c.err)
			case c.err == "" && err != nil:
				t.Errorf("%s, %s: %v", tb.file, c.name, err)
			case c.err == "" && !reflect.DeepEqual(got, c.want) && !(len(got.weights) == 0 && len(c.want.weights) == 0 && got.on == c.want.on && got.fill == c.want.fill && got.bias == c.want.bias && got.threshold == c.want.threshold):
				t.Errorf("%s, %s: read as %+v, want %+v", tb.file, c.name, got, c.want)
			}
		}
	}
}

// TestLinearNewTable: a trainer's weights (Extractor.With…) are checked
// as a table's rows are, and scored as the intercept plus each feature's
// weight.
func TestLinearNewTable(t *testing.T) {
	for _, c := range []struct {
		lf        *linearFormat
		threshold float64
		weights   map[string]float64
		err       string
	}{
		{&argsFormat, 0.4, map[string]float64{"lede": 1, "clause": -0.5}, ""},
		{&argsFormat, 1.5, nil, "argument reader: threshold 1.5: want a probability"},
		{&argsFormat, 0.4, map[string]float64{"colour=red": 1}, `argument reader: feature "colour=red": no template`},
		{&partyRankFormat, 0, map[string]float64{"cascade": math.NaN()}, `party ranker: weight of "cascade" is NaN`},
		{&readerFormat, 0.3, map[string]float64{"meeting|coord": 1}, ""},
		{&placeRankFormat, 0, map[string]float64{"anything:at-all": 1}, ""},
		{&partyRankFormat, 0.5, nil, "party ranker: threshold 0.5: it has no threshold"},
	} {
		tb, err := c.lf.newTable(true, c.threshold, -1, c.weights)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s %v: error %v, want one saying %q", c.lf.model, c.weights, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.lf.model, err)
		}
		want := -1.0
		var fs []string
		for f, w := range c.weights {
			fs = append(fs, f, "unweighed")
			want += w
		}
		if z := tb.score(fs); !tb.on || tb.threshold != c.threshold || z != want {
			t.Errorf("%s: on %v threshold %v score %v, want on, %v, %v", c.lf.model, tb.on, tb.threshold, z, c.threshold, want)
		}
	}
}

// TestTemplateOf: a feature's template is the names of its conjuncts.
func TestTemplateOf(t *testing.T) {
	for f, want := range map[string]string{
		"lede":                            "lede",
		"kind=person":                     "kind",
		"type=meeting&cascade=0&kind=org": "type&cascade&kind",
		"actedby&cascade=1":               "actedby&cascade",
	} {
		if got := templateOf(f); got != want {
			t.Errorf("templateOf(%q) = %q, want %q", f, got, want)
		}
	}
}
