package extract

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDateFeatureTemplates: each named template of the date ranker, on
// candidates of its own.
func TestDateFeatureTemplates(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	base := dateCandView{value: "2026-05-12", rules: []string{"own-clause", "scene-focal"}, cascade: true, n: 3,
		form: "absolute", typ: "meeting", trigger: "verb", pub: pub, hasPub: true, cascadeV: "2026-05-12"}
	with := func(edit func(v *dateCandView)) dateCandView {
		v := base
		edit(&v)
		return v
	}
	cases := []struct {
		template string
		view     dateCandView
		want     []string
	}{
		{"rule", base, []string{"rule:own-clause", "rule:scene-focal"}},
		{"best", base, []string{"best:own-clause"}},
		{"best", with(func(v *dateCandView) { v.rules = nil }), []string{"best:none"}},
		{"cascade", base, []string{"cascade"}},
		{"cascade", with(func(v *dateCandView) { v.cascade = false }), nil},
		{"agree", base, []string{"agree:2"}},
		{"agree", with(func(v *dateCandView) { v.rules = []string{"a", "b", "c", "d"} }), []string{"agree:3+"}},
		{"gran", base, []string{"gran:day"}},
		{"gran", with(func(v *dateCandView) { v.value = "2026-05-12/2026-05-14" }), []string{"gran:range"}},
		{"gran", with(func(v *dateCandView) { v.value = "2026-W20" }), []string{"gran:week"}},
		{"gran", with(func(v *dateCandView) { v.value = "2026-05" }), []string{"gran:month"}},
		{"gran", with(func(v *dateCandView) { v.value = "2026-Q2" }), []string{"gran:quarter"}},
		{"gran", with(func(v *dateCandView) { v.value = "2026" }), []string{"gran:year"}},
		{"side", base, []string{"side:before"}},
		{"side", with(func(v *dateCandView) { v.value = "2026-05" }), []string{"side:holds"}},
		{"side", with(func(v *dateCandView) { v.value = "2026-05-20" }), []string{"side:after"}},
		{"side", with(func(v *dateCandView) { v.hasPub = false }), []string{"side:nopub"}},
		{"side-tense", with(func(v *dateCandView) { v.future = true }), []string{"side:before&plan"}},
		{"side-tense", base, []string{"side:before&past"}},
		{"form", base, []string{"form:absolute"}},
		{"form", with(func(v *dateCandView) { v.form = "" }), []string{"form:none"}},
		{"best-type", base, []string{"best:own-clause&meeting"}},
		{"best-tense", with(func(v *dateCandView) { v.future = true }), []string{"best:own-clause&plan"}},
		{"best-trigger", with(func(v *dateCandView) { v.trigger = "title" }), []string{"best:own-clause&title"}},
		{"cascade-best", base, []string{"cascade&best:own-clause"}},
		{"cascade-best", with(func(v *dateCandView) { v.cascade = false }), nil},
		{"vs-cascade", with(func(v *dateCandView) { v.cascade, v.cascadeV = false, "2026-05" }), []string{"within:cascade"}},
		{"vs-cascade", with(func(v *dateCandView) { v.cascade, v.value = false, "2026-05" }), []string{"holds:cascade"}},
		{"vs-cascade", with(func(v *dateCandView) { v.cascade, v.cascadeV = false, "2026-05-13" }), nil},
		{"range", with(func(v *dateCandView) {
			v.value, v.startBest, v.endBest, v.days = "2026-05-12/2026-05-14", "own-clause", "published-day", 3
		}), []string{"range:start=own-clause", "range:end=published-day", "range:days=3", "range&meeting", "range&past"}},
		{"range", base, nil},
		{"trip", with(func(v *dateCandView) { v.startBest, v.days, v.tripDays = "own-clause", 3, 3 }), []string{"range:trip-length"}},
		{"trip", with(func(v *dateCandView) { v.startBest, v.days, v.tripDays = "own-clause", 2, 3 }), nil},
		{"trip-cue", with(func(v *dateCandView) { v.rules, v.tripCues = []string{"trip-from"}, []string{"travel", "end"} }), []string{"trip-from&travel", "trip-from&end"}},
		{"trip-cue", with(func(v *dateCandView) { v.rules = []string{"trip-to"} }), []string{"trip-to&none"}},
		{"trip-cue", base, nil},
		{"mention", with(func(v *dateCandView) { v.party, v.said = true, true }), []string{"mention:party", "mention:said"}},
		{"mention", base, nil},
		{"count", base, []string{"cands:3&cascade"}},
		{"count", with(func(v *dateCandView) { v.n = 6 }), []string{"cands:4+&cascade"}},
		{"count", with(func(v *dateCandView) { v.cascade = false }), nil},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.template] = true
		i := slices.IndexFunc(dateFeatureTemplates, func(x struct {
			name, what string
			f          func(v dateCandView) []string
		}) bool {
			return x.name == c.template
		})
		if i < 0 {
			t.Fatalf("no template %q", c.template)
		}
		if got := dateFeatureTemplates[i].f(c.view); !slices.Equal(got, c.want) {
			t.Errorf("%s of %+v: %v, want %v", c.template, c.view, got, c.want)
		}
	}
	for _, tm := range dateFeatureTemplates {
		if !seen[tm.name] {
			t.Errorf("template %q has no case", tm.name)
		}
	}
}

// TestDateRankTable: date_rank.tsv's rows parse, a bad row names what is
// wrong, and a user's table overrides the switch and the weights.
func TestDateRankTable(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	if lx.dateRank.weights == nil && lx.dateRank.bias == 0 {
		t.Error("the embedded date_rank.tsv has no weights")
	}
	for _, c := range []struct{ rows, err string }{
		{"on\t2\n", "want 1"},
		{"cascade\tmany\n", "want a number"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "date_rank.tsv"), []byte(c.rows), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := loadLexicon(dir); err == nil || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "date_rank.tsv") {
			t.Errorf("rows %q: error %v, want one naming date_rank.tsv and %q", c.rows, err, c.err)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "date_rank.tsv"), []byte("on\t1\nbias\t-2\nbest:published-day\t9.5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err = loadLexicon(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !lx.dateRank.on || lx.dateRank.bias != -2 || lx.dateRank.weights["best:published-day"] != 9.5 {
		t.Errorf("user table: on %v bias %v weight %v, want on, -2, 9.5", lx.dateRank.on, lx.dateRank.bias, lx.dateRank.weights["best:published-day"])
	}
	if p := dateProb(&lx.dateRank, []string{"best:published-day", "best:published-day"}); p < 0.999 {
		t.Errorf("score %v: a feature listed twice counts once, sigmoid(7.5) wanted", p)
	}
}

// TestDateCandidates: every reading's date is a candidate, one per value,
// its readings in the cascade's order; the cascade's is marked.
func TestDateCandidates(t *testing.T) {
	x, err := New(Options{DateCandidates: true})
	if err != nil {
		t.Fatal(err)
	}
	a := Article{ID: "cands", Published: "2026-05-14", Body: "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Tuesday. " +
		"Soto also held talks with Finance Minister Rui Costa, her office said on Wednesday."}
	rec, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var talks *Event
	for i, e := range rec.Events {
		if e.Type == Meeting && namedIn(e, "Rui Costa") {
			talks = &rec.Events[i]
		}
	}
	if talks == nil {
		t.Fatalf("no meeting with Rui Costa: %+v", rec.Events)
	}
	got := map[string][]string{}
	cascade := ""
	for _, c := range talks.DateCandidates {
		got[c.Value] = c.Rules
		if c.Cascade {
			cascade = c.Value
		}
		if len(c.Features) == 0 {
			t.Errorf("candidate %s has no features", c.Value)
		}
	}
	if cascade != talks.Date {
		t.Errorf("cascade candidate %q, event date %q", cascade, talks.Date)
	}
	// Wednesday is the saying's (reporting-verb), Tuesday the scene's, and
	// the published day is proposed by nothing but its own reading
	for v, rule := range map[string]string{"2026-05-13": "reporting-verb", "2026-05-12": "scene-focal", "2026-05-14": "published-day"} {
		if !slices.Contains(got[v], rule) {
			t.Errorf("candidate %s: readings %v, want %s among them (all: %v)", v, got[v], rule, got)
		}
	}
	for _, c := range talks.DateCandidates {
		for i := 1; i < len(c.Rules); i++ {
			if ruleRank(c.Rules[i-1]) > ruleRank(c.Rules[i]) {
				t.Errorf("candidate %s: readings %v out of the cascade's order", c.Value, c.Rules)
			}
		}
	}
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err = plain.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rec.Events {
		if len(e.DateCandidates) > 0 {
			t.Errorf("candidates filled without Options.DateCandidates: %+v", e)
		}
	}
}

// TestDateRankExplain: when date_rank.tsv turns the ranker on, its choice
// dates the event and --explain names it with its readings, its score and
// the cascade's date it beat; turned off, the cascade's date stands and
// --explain says what the ranker would pick.
func TestDateRankExplain(t *testing.T) {
	body := "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Tuesday."
	run := func(on string) *Event {
		t.Helper()
		dir := t.TempDir()
		// a table that prefers the published day over every reading
		if err := os.WriteFile(filepath.Join(dir, "date_rank.tsv"), []byte("on\t"+on+"\nbias\t0\nbest:published-day\t30\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		x, err := New(Options{TablesDir: dir, Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		rec, err := x.Extract(context.Background(), Article{ID: "rank", Published: "2026-05-14", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range rec.Events {
			if e.Type == Meeting && namedIn(e, "Li Wei") {
				return &rec.Events[i]
			}
		}
		t.Fatalf("no meeting: %+v", rec.Events)
		return nil
	}
	ev := run("1")
	all := strings.Join(ev.Explain, "\n")
	if ev.Date != "2026-05-14" || !strings.Contains(all, "date 2026-05-14 by learned ranker (rules published-day; score 1.00) over 2026-05-12 (own-clause") {
		t.Errorf("ranker on: date %q, explain:\n%s", ev.Date, all)
	}
	if strings.Contains(all, "date by reading own-clause") {
		t.Errorf("ranker on: the cascade's reading still named as deciding:\n%s", all)
	}
	ev = run("0")
	all = strings.Join(ev.Explain, "\n")
	if ev.Date != "2026-05-12" || !strings.Contains(all, "date by reading own-clause") || !strings.Contains(all, "date ranker off (date_rank.tsv): it would pick 2026-05-14 by learned ranker") {
		t.Errorf("ranker off: date %q, explain:\n%s", ev.Date, all)
	}
}

// TestDateCandidateKinds: the candidates no cascade reading gives — a
// neighbouring sentence's date, a range between two days, a trip of the
// length the sentence names — with the features that describe them.
func TestDateCandidateKinds(t *testing.T) {
	x, err := New(Options{DateCandidates: true})
	if err != nil {
		t.Fatal(err)
	}
	a := Article{ID: "kinds", Published: "2026-05-14", Body: "Foreign Minister Ana Soto arrived in Lima on Monday for a three-day visit. " +
		"On Wednesday she met Trade Minister Li Wei at the foreign ministry."}
	rec, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var visit *Event
	for i, e := range rec.Events {
		if e.Type == Visit && namedIn(e, "Ana Soto") {
			visit = &rec.Events[i]
		}
	}
	if visit == nil {
		t.Fatalf("no visit: %+v", rec.Events)
	}
	byValue := map[string]DateCandidate{}
	for _, c := range visit.DateCandidates {
		byValue[c.Value] = c
	}
	for _, w := range []struct {
		value, rule, feature string
	}{
		{"2026-05-11", "own-clause", "form:relative"},
		{"2026-05-13", "sentence-after-1", "form:relative"},
		{"2026-05-11/2026-05-13", "trip-from", "range:trip-length"},
		{"2026-05-11/2026-05-13", "range", "trip-from&travel"},
		{"2026-05-09/2026-05-11", "trip-to", "trip-to&travel"},
		{"2026-05-13/2026-05-14", "range", "range:end=published-day"},
	} {
		c, ok := byValue[w.value]
		if !ok {
			t.Errorf("no candidate %s (have %v)", w.value, visit.DateCandidates)
			continue
		}
		if !slices.Contains(c.Rules, w.rule) {
			t.Errorf("candidate %s: readings %v, want %s", w.value, c.Rules, w.rule)
		}
		if !slices.Contains(c.Features, w.feature) {
			t.Errorf("candidate %s: features %v, want %s", w.value, c.Features, w.feature)
		}
	}
}
