package extract

import (
	"context"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newswire/newswire/extract/tables"
)

// TestConfidenceOf: confidence is the sigmoid of the intercept plus the
// weights of the features, rounded to two decimals; the explanation names
// every weighed term and counts those that weigh 0.
func TestConfidenceOf(t *testing.T) {
	lx := &lexicon{weights: map[string]float64{"base": 1, "frame=meet": 0.5, "reported": -2, "zero": 0}}
	cases := []struct {
		features []string
		want     float64
		explain  string
	}{
		{nil, 0.73, "confidence 0.73 = sigmoid(base +1.00)"},
		{[]string{"frame=meet"}, 0.82, "confidence 0.82 = sigmoid(base +1.00, frame=meet +0.50)"},
		{[]string{"frame=meet", "reported"}, 0.38, "confidence 0.38 = sigmoid(base +1.00, frame=meet +0.50, reported -2.00)"},
		{[]string{"unseen", "zero"}, 0.73, "confidence 0.73 = sigmoid(base +1.00); 2 more features weigh 0"},
	}
	for _, c := range cases {
		got := lx.confidenceOf(c.features)
		ex := lx.confidenceWhy(c.features, got)
		if got != c.want || ex != c.explain {
			t.Errorf("confidenceOf(%v) = %v %q, want %v %q", c.features, got, ex, c.want, c.explain)
		}
	}
}

// TestConfidenceTemplates: each named template turns the readings into its
// features, one case per template (and the yes/no ones off).
func TestConfidenceTemplates(t *testing.T) {
	full := confFacts{frame: "hold talks", verb: true, support: false, form: "past+participle", passive: true, relative: true,
		roles: []string{"subj", "with"}, reported: true, quoted: true, cues: []string{"report", "future"}, infinitive: true,
		afterComma: true, before: "PUNCT", rule: "clause-persons", contextual: true, borrowed: true, unnamed: true,
		dateReading: "own-clause", ownDate: true, ownPlace: true, placeRule: "clause", position: "lede", derived: "leg",
		typ: "meeting", types: []string{"PERSON", "ORGANIZATION", "PERSON"}, persons: 2, grain: "day", age: "week", place: true, planned: true, mentions: 2}
	empty := confFacts{typ: "visit", types: []string{"PERSON"}, grain: "none", age: "unknown", position: "later", mentions: 5}
	cases := []struct {
		template    string
		full, empty []string
	}{
		{"type", []string{"type=meeting"}, []string{"type=visit"}},
		{"frame", []string{"frame=hold_talks"}, nil},
		{"pos", []string{"pos=verb"}, []string{"pos=noun"}},
		{"form", []string{"form=past+participle"}, nil},
		{"clause", []string{"clause=passive", "clause=relative"}, []string{"clause=stated"}},
		{"role", []string{"role=subj", "role=with"}, []string{}},
		{"reported", []string{"reported"}, nil},
		{"quoted", []string{"quoted"}, nil},
		{"cue", []string{"cue=report", "cue=future"}, []string{}},
		{"infinitive", []string{"infinitive"}, nil},
		{"after_comma", []string{"after_comma"}, nil},
		{"before", []string{"before=PUNCT"}, nil},
		{"planned", []string{"planned"}, nil},
		{"party_rule", []string{"party_rule=clause-persons"}, nil},
		{"contextual", []string{"contextual"}, nil},
		{"borrowed", []string{"borrowed"}, nil},
		{"unnamed", []string{"unnamed"}, nil},
		{"parties", []string{"parties=3"}, []string{"parties=1"}},
		{"types", []string{"types=ORGANIZATION+PERSON"}, []string{"types=PERSON"}},
		{"two_persons", []string{"two_persons"}, nil},
		{"date_reading", []string{"date_reading=own-clause"}, []string{"date_reading=none"}},
		{"own_date", []string{"own_date"}, nil},
		{"date_grain", []string{"date_grain=day"}, []string{"date_grain=none"}},
		{"date_age", []string{"date_age=week"}, []string{"date_age=unknown"}},
		{"place_rule", []string{"place_rule=clause"}, []string{"place_rule=none"}},
		{"own_place", []string{"own_place"}, nil},
		{"position", []string{"position=lede"}, []string{"position=later"}},
		{"mentions", []string{"mentions=2"}, []string{"mentions=3+"}},
		{"derived", []string{"derived=leg"}, nil},
		{"type&pos", []string{"type=meeting&pos=verb"}, []string{"type=visit&pos=noun"}},
		{"type&party_rule", []string{"type=meeting&party_rule=clause-persons"}, nil},
		{"type&types", []string{"type=meeting&types=ORGANIZATION+PERSON"}, []string{"type=visit&types=PERSON"}},
		{"type&position", []string{"type=meeting&position=lede"}, []string{"type=visit&position=later"}},
		{"type&contextual", []string{"type=meeting&contextual"}, nil},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.template] = true
		var tpl *confTemplate
		for i := range confTemplates {
			if confTemplates[i].name == c.template {
				tpl = &confTemplates[i]
			}
		}
		if tpl == nil {
			t.Errorf("no template %q", c.template)
			continue
		}
		if got := tpl.of(&full); !reflect.DeepEqual(got, c.full) {
			t.Errorf("%s of the full readings = %q, want %q", c.template, got, c.full)
		}
		if got := tpl.of(&empty); !(len(got) == 0 && len(c.empty) == 0) && !reflect.DeepEqual(got, c.empty) {
			t.Errorf("%s of the bare readings = %q, want %q", c.template, got, c.empty)
		}
	}
	names := map[string]bool{}
	for _, tpl := range confTemplates {
		if !seen[tpl.name] {
			t.Errorf("template %q has no case here", tpl.name)
		}
		if names[tpl.name] {
			t.Errorf("template %q twice", tpl.name)
		}
		names[tpl.name] = true
		if tpl.doc == "" || strings.ContainsAny(tpl.name, " \t=") {
			t.Errorf("template %q: needs a doc and a name with no space, tab or '='", tpl.name)
		}
	}
	for _, f := range full.features() {
		if strings.ContainsAny(f, " \t") {
			t.Errorf("feature %q holds a space or tab", f)
		}
	}
}

func TestDateGrainAndAge(t *testing.T) {
	ref := refDate{t: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), hasDay: true, hasYear: true}
	cases := []struct{ v, grain, age string }{
		{"", "none", "unknown"},
		{"2026-03-02", "day", "week"},
		{"2026-02-10", "day", "month"},
		{"2025-11-30", "day", "older"},
		{"2026-03-06", "day", "ahead"},
		{"2026-03-02/2026-03-05", "range", "week"},
		{"2026-W10", "week", "unknown"},
		{"2026-Q2", "part-year", "unknown"},
		{"2025-06", "month", "older"},
		{"2027", "year", "ahead"},
		{"XXXX-05-14", "no-year", "unknown"},
	}
	for _, c := range cases {
		if g := dateGrainName(c.v); g != c.grain {
			t.Errorf("dateGrainName(%q) = %q, want %q", c.v, g, c.grain)
		}
		if a := dateAge(c.v, ref); a != c.age {
			t.Errorf("dateAge(%q) = %q, want %q", c.v, a, c.age)
		}
	}
	if a := dateAge("2026-03-02", refDate{}); a != "unknown" {
		t.Errorf("no published day: %q, want unknown", a)
	}
}

var (
	confOnce sync.Once
	confX    *Extractor
	confErr  error
)

// featuresOf extracts a text with the threshold off and returns each
// event's trigger with its features.
func featuresOf(t *testing.T, published, body string) map[string][]string {
	t.Helper()
	confOnce.Do(func() { confX, confErr = New(Options{}) })
	if confErr != nil {
		t.Fatal(confErr)
	}
	rec, feats, err := confX.EventFeatures(context.Background(), Article{ID: "conf", Published: published, Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for i, e := range rec.Events {
		out[e.Type+" "+e.Trigger] = feats[i]
	}
	return out
}

// TestConfidenceReadings: the features the passes' readings give real
// sentences, one reading per case (every sentence written for this test).
func TestConfidenceReadings(t *testing.T) {
	cases := []struct {
		name, text, event string
		want, not         []string
	}{
		{"a stated meeting in the lede, persons from the clause",
			"Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday.", "meeting met",
			[]string{"type=meeting", "frame=meet", "pos=verb", "clause=stated", "role=subj", "role=obj", "position=lede", "two_persons", "types=PERSON", "parties=2", "own_date", "date_grain=day", "date_age=week", "own_place", "mentions=1", "before=NAME", "type=meeting&pos=verb"},
			[]string{"reported", "quoted", "planned", "infinitive", "contextual"}},
		{"reported",
			"Chilean Foreign Minister Ana Soto reportedly met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday.", "meeting met",
			[]string{"reported", "cue=report"}, nil},
		{"planned, future clause",
			"Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Rosa Salcedo in Lima on Friday.", "meeting meet",
			[]string{"planned", "clause=future", "date_age=ahead", "cue=future"}, []string{"clause=stated"}},
		{"a purpose infinitive",
			"Soto's deputy, Marco Ibarra, met Peruvian trade officials in Lima on Monday to settle the terms with Rosa Salcedo.", "agreement settle",
			[]string{"infinitive", "before=prep"}, []string{"before=to"}}, // the word's class (word_classes.tsv), never the word
		{"an appositive noun after a comma",
			"Officials said on Monday that Ana Soto had ended the dispute, a visit to Quito that angered her critics.", "visit visit",
			[]string{"after_comma", "before=PUNCT", "pos=noun"}, nil},
		{"a later sentence, merged mentions",
			"Ana Soto arrived in Lima on Monday. The weather was mild. Ports were open. Soto met Rosa Salcedo on Monday. Soto and Salcedo met again for two hours on Monday, officials said.", "meeting met",
			[]string{"position=later", "mentions=2"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := featuresOf(t, "2026-03-04", c.text)
			feats, ok := got[c.event]
			if !ok {
				t.Fatalf("no event %q among %v", c.event, got)
			}
			for _, w := range c.want {
				if !slices.Contains(feats, w) {
					t.Errorf("features lack %q: %v", w, feats)
				}
			}
			for _, w := range c.not {
				if slices.Contains(feats, w) {
					t.Errorf("features hold %q: %v", w, feats)
				}
			}
		})
	}
}

// TestConfidenceTable: the shipped table parses; its intercept and
// threshold are there, the threshold a probability; every template has a
// weighed feature (a feature with no row weighs 0, as the table's header
// says); and the features a trained table weighs are ones the templates
// make.
func TestConfidenceTable(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := lx.weights[confBase]; !ok {
		t.Error("no base row")
	}
	if th, ok := lx.weights[confThreshold]; !ok || th < 0 || th > 1 {
		t.Errorf("min_confidence %v (present %v), want a probability", th, ok)
	}
	rows, err := loadTable("", "confidence.tsv")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, tpl := range confTemplates {
		names[tpl.name] = true
	}
	has := map[string]bool{}
	for _, r := range rows {
		f := r.col(0)
		if f == confBase || f == confThreshold {
			continue
		}
		if len(r.cols) < 3 || r.col(2) == "" {
			t.Errorf("row %q: no meaning", f)
		}
		parts := strings.Split(f, "&")
		for i, p := range parts {
			parts[i], _, _ = strings.Cut(p, "=")
		}
		tpl := strings.Join(parts, "&")
		if !names[tpl] {
			t.Errorf("row %q: no template %q makes it", f, tpl)
		}
		has[tpl] = true
	}
	for _, tpl := range confTemplates {
		if !has[tpl.name] {
			t.Errorf("template %q: no weighed feature in confidence.tsv", tpl.name)
		}
	}
	if !strings.Contains(string(must(t)(fs.ReadFile(tables.FS, "confidence.tsv"))), "A feature with no row weighs 0") {
		t.Error("the header does not document the default weight")
	}
}

// TestConfidenceReported: the contract (issue 7) that reported
// or alleged events are kept with a lower confidence: the same meeting
// told with "reportedly", "allegedly" or "according to" carries the
// reported reading, stays published and has a strictly lower confidence
// than told plainly. The reading's weight is a fixed row of
// confidence.tsv, not learned, so the contract holds by construction.
func TestConfidenceReported(t *testing.T) {
	confidence := func(text string) (float64, []string) {
		t.Helper()
		confOnce.Do(func() { confX, confErr = New(Options{}) })
		if confErr != nil {
			t.Fatal(confErr)
		}
		rec, feats, err := confX.EventFeatures(context.Background(), Article{ID: "conf", Published: "2026-03-04", Body: text, Form: "text"})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range rec.Events {
			if e.Type == "meeting" && e.Trigger == "met" {
				return e.Confidence, feats[i]
			}
		}
		t.Fatalf("%q: no meeting: %+v", text, rec.Events)
		return 0, nil
	}
	plain, feats := confidence("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday.")
	if slices.Contains(feats, "reported") {
		t.Fatalf("the plain meeting reads as reported: %v", feats)
	}
	for _, text := range []string{
		"Chilean Foreign Minister Ana Soto reportedly met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday.",
		"Chilean Foreign Minister Ana Soto allegedly met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday.",
		"Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday, according to two diplomats.",
	} {
		c, feats := confidence(text)
		if !slices.Contains(feats, "reported") {
			t.Errorf("%q: no reported reading: %v", text, feats)
		}
		if c >= plain {
			t.Errorf("%q: confidence %.2f, not under the plain meeting's %.2f", text, c, plain)
		}
	}
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	if w := lx.weights["reported"]; w >= 0 {
		t.Errorf("confidence.tsv weighs reported %+.2f: want the fixed negative row", w)
	}
	if w, ok := lx.weights["cue=report"]; ok && w != 0 {
		t.Errorf("confidence.tsv weighs cue=report %+.2f: the report cue is not learned", w)
	}
}

func must(t *testing.T) func(b []byte, err error) []byte {
	return func(b []byte, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
}

// TestCuesIn: the one pass over a sentence finds the cue kinds that
// cueIn finds kind by kind (sentences written for this test).
func TestCuesIn(t *testing.T) {
	for _, text := range []string{
		"Ana Soto reportedly met Li Wei in Lima on Monday, but the talks were later called off.",
		"Ana Soto hopes to visit Quito again next month unless the vote is postponed.",
		"No 10 said the two leaders began a three-day visit, according to officials.",
		"The ministers met separately on Friday.",
	} {
		d := analysed(t, "2026-03-10", text)
		for _, s := range d.sent {
			got := d.cuesIn(s)
			for _, x := range confCueNames {
				_, _, want := d.cueIn(d.lx, s.t0, s.t1, s, x.e)
				if got[x.e] != want {
					t.Errorf("%q: cue %s: one pass %v, cueIn %v", text, x.name, got[x.e], want)
				}
			}
		}
	}
}
