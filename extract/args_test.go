package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

// Two articles of our own. In the first, a headline and a second
// sentence name the countries of an agreement whose lede names the two
// ministers who signed it; in the second a company chairman meets a
// president, the company named the sentence before.
const (
	argsPactText = "Chile and Norway sign fishing pact\n\nSANTIAGO, May 4 - Chile's foreign minister, Marta Quiroga, and Norwegian Trade Minister Henrik Aasland signed a fishing agreement in Santiago on Monday. Chile and Norway agreed the pact after two years of talks."
	argsPortText = "Ports news\n\nThe harbour authority of Valdora Shipping expanded its fleet last year. Its chairman, Ivo Brandt, met Kenyan President Wanjiru Odhiambo in Nairobi on Thursday."
)

func argsArticle(id, body string) Article {
	return Article{ID: id, Published: "2026-05-04", Form: "text", Body: body}
}

// offArgs is an Extractor with the reader off whatever the embedded
// table says.
func offArgs(t *testing.T) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x, err = x.WithArgsReader(false, 0.5, 0, nil); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestArgsTable: the embedded args.tsv loads, names only features some
// template makes, and has its switch and threshold rows.
func TestArgsTable(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ar := x.lx.args
	if len(ar.weights) == 0 || ar.threshold <= 0 || ar.threshold >= 1 {
		t.Errorf("embedded args.tsv: %d weights, threshold %v", len(ar.weights), ar.threshold)
	}
}

// TestArgCandidates: who the candidates of a draft are and what the
// templates say of them.
func TestArgCandidates(t *testing.T) {
	cases := []struct {
		body, trigger string
		cascade       []string
		name          string
		has, hasNot   []string
		absent        bool // the name is no candidate
	}{
		// the lede's signing: both ministers are the cascade's; Chile is
		// named in the sentence, before the trigger, at its start
		{body: argsPactText, trigger: "signed", cascade: []string{"Marta Quiroga", "Henrik Aasland"}, name: "Henrik Aasland",
			has: []string{"cascade=1", "kind=person", "dist=0", "side=before&prev=other", "gap=0-3", "clause", "titled", "type=agreement&cascade=1&kind=person"}},
		{body: argsPactText, trigger: "signed", name: "Chile",
			has: []string{"cascade=0", "kind=country", "dist=0", "side=before&prev=start", "lede", "mentions=2", "cascadekinds=person&kind=country"}, hasNot: []string{"linked"}},
		// the next sentence's agreement is published with the countries;
		// the Norwegian minister acts for one of them
		{body: argsPactText, trigger: "agreed", cascade: []string{"Chile", "Norway"}, name: "Henrik Aasland",
			has: []string{"cascade=0", "dist=1", "actsfor=country", "cascadekinds=country&kind=person", "lede"}, hasNot: []string{"clause", "gap=0-3"}},
		{body: argsPactText, trigger: "agreed", name: "Norway",
			has: []string{"cascade=1", "kind=country", "side=before&prev=cc", "actedby&cascade=0"}},
		// the headline: the minister named in the lede is a candidate
		{body: argsPactText, trigger: "sign", name: "Henrik Aasland",
			has: []string{"lede", "actsfor=country"}},
		// the chairman's company, named the sentence before
		{body: argsPortText, trigger: "met", cascade: []string{"Ivo Brandt", "Wanjiru Odhiambo"}, name: "Valdora Shipping",
			has: []string{"cascade=0", "kind=organization", "dist=1", "type=meeting&kind=organization"}, hasNot: []string{"side=before&prev=comma"}},
		{body: argsPortText, trigger: "met", name: "Wanjiru Odhiambo",
			has: []string{"cascade=1", "side=after&prev=other", "mentions=1"}},
		// a city is no party the guidelines allow
		{body: argsPortText, trigger: "met", name: "Nairobi", absent: true},
	}
	x := offArgs(t)
	for i, c := range cases {
		_, ads, err := x.ArgsDrafts(context.Background(), argsArticle("cands", c.body))
		if err != nil {
			t.Fatal(err)
		}
		var ad *ArgsDraft
		for j := range ads {
			if ads[j].Trigger == c.trigger || strings.HasPrefix(ads[j].Trigger, c.trigger+" ") {
				ad = &ads[j]
				break
			}
		}
		if ad == nil {
			t.Errorf("case %d: no draft of %q", i, c.trigger)
			continue
		}
		if c.cascade != nil && !reflect.DeepEqual(ad.Cascade, c.cascade) {
			t.Errorf("case %d: cascade %v, want %v", i, ad.Cascade, c.cascade)
		}
		var k *ArgsCandidate
		for j := range ad.Candidates {
			if ad.Candidates[j].Name == c.name {
				k = &ad.Candidates[j]
			}
		}
		if c.absent {
			if k != nil {
				t.Errorf("case %d: %s is a candidate of %q", i, c.name, c.trigger)
			}
			continue
		}
		if k == nil {
			t.Errorf("case %d: %s is no candidate of %q (%v)", i, c.name, c.trigger, ad.Candidates)
			continue
		}
		for _, f := range c.has {
			if !contains(k.Features, f) {
				t.Errorf("case %d: %s of %q lacks %s: %v", i, c.name, c.trigger, f, k.Features)
			}
		}
		for _, f := range c.hasNot {
			if contains(k.Features, f) {
				t.Errorf("case %d: %s of %q has %s", i, c.name, c.trigger, f)
			}
		}
		for _, f := range k.Features {
			if !knownArgFeature(f) {
				t.Errorf("case %d: feature %q no template names", i, f)
			}
		}
	}
}

func TestArgsGuard(t *testing.T) {
	cases := []struct {
		typ  string
		n    int
		want bool
	}{
		{Meeting, 0, false}, {Meeting, 1, false}, {Meeting, 2, true}, {Meeting, 3, true},
		{Agreement, 1, false}, {Agreement, 2, true},
		{Visit, 0, false}, {Visit, 1, true}, {Visit, 2, true},
	}
	for _, c := range cases {
		if got := ArgsGuard(c.typ, c.n); got != c.want {
			t.Errorf("ArgsGuard(%s, %d) = %v, want %v", c.typ, c.n, got, c.want)
		}
	}
}

// readerWith is an Extractor whose reader is on with these weights.
func readerWith(t *testing.T, threshold, bias float64, w map[string]float64) *Extractor {
	t.Helper()
	x, err := New(Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if x, err = x.WithArgsReader(true, threshold, bias, w); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestArgsReaderOneSided: weights that keep only the meeting's first
// party may not publish a meeting of one: the cascade's two stay.
func TestArgsReaderOneSided(t *testing.T) {
	x := readerWith(t, 0.5, -10, map[string]float64{"side=before&prev=comma": 20})
	rec, err := x.Extract(context.Background(), argsArticle("one-sided", argsPortText))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range rec.Events {
		if e.Type != Meeting {
			continue
		}
		found = true
		if len(e.Participants) < 2 {
			t.Errorf("meeting of %v: the reader made a two-sided meeting one-sided", e.Participants)
		}
		if !strings.Contains(strings.Join(e.Explain, "\n"), "kept the cascade's") {
			t.Errorf("explain does not say the cascade's set was kept: %q", e.Explain)
		}
	}
	if !found {
		t.Error("no meeting")
	}
}

// TestArgsReaderChoice: weights that favour the persons acting for the
// cascade's countries turn the countries' agreement into the ministers'
// (and --explain names the reader's choice).
func TestArgsReaderChoice(t *testing.T) {
	x := readerWith(t, 0.5, -10, map[string]float64{"kind=person": 8, "dist=1": 4, "lede": 4})
	rec, err := x.Extract(context.Background(), argsArticle("choice", argsPactText))
	if err != nil {
		t.Fatal(err)
	}
	var why []string
	for _, e := range rec.Events {
		for _, s := range e.Explain {
			if strings.Contains(s, "learned argument reader") {
				why = append(why, s)
			}
		}
		for _, p := range e.Participants {
			if p.Type != Person {
				t.Errorf("%s %q: party %s (%s) is no person", e.Type, e.Trigger, p.Name, p.Type)
			}
		}
	}
	chose := false
	for _, s := range why {
		if strings.HasPrefix(s, "participants by the learned argument reader: ") && strings.Contains(s, "left out") {
			chose = true
		}
	}
	if !chose {
		t.Errorf("no explanation names the reader's choice: %q", why)
	}
}

// TestArgsOffChangesNothing: with the reader off, collecting its
// candidates leaves every record of the training sets byte for byte as
// Extract makes it, and Extract with the shipped table (off) is the
// extractor with the reader off.
func TestArgsOffChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every training set three times")
	}
	sets, err := trainsets.List("..")
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if shipped.lx.args.on || shipped.lx.args.fill {
		t.Skip("the shipped reader is on (or fill-only): TestArgsReaderCV holds it")
	}
	off := offArgs(t)
	n, drafts := 0, 0
	for _, s := range sets {
		files, err := score.ArticleFiles(s.Dirs...)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Decoder{}.Decode(path, data)
			if err != nil {
				t.Fatal(err)
			}
			want, err := shipped.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			got, ads, err := off.ArgsDrafts(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			wb, _ := json.Marshal(want)
			gb, _ := json.Marshal(got)
			if string(wb) != string(gb) {
				t.Errorf("%s: the record changes when the candidates are collected", filepath.Base(path))
			}
			n++
			drafts += len(ads)
		}
	}
	if n < 300 || drafts == 0 {
		t.Errorf("%d articles, %d drafts: want every training set", n, drafts)
	}
}

// TestArgsChoose: the reader's set from the candidates' probabilities.
func TestArgsChoose(t *testing.T) {
	cands := []ArgsCandidate{
		{Name: "Peru", Cascade: true, First: 10},
		{Name: "Bolivia", Cascade: true, First: 12},
		{Name: "Lena Vargas", Person: true, ActsFor: []string{"Peru"}, First: 30},
		{Name: "Omar Quispe", Person: true, ActsFor: []string{"Bolivia"}, First: 20},
		{Name: "Andes Freight", First: 5},
	}
	cases := []struct {
		typ    string
		probs  []float64
		want   []string
		wantOK bool
	}{
		// the cascade's two countries
		{Meeting, []float64{0.9, 0.8, 0.1, 0.1, 0.1}, []string{"Peru", "Bolivia"}, true},
		// the persons acting for them: the countries give way, the
		// persons in the order the article first names them
		{Meeting, []float64{0.9, 0.8, 0.7, 0.6, 0.1}, []string{"Omar Quispe", "Lena Vargas"}, true},
		// one minister: Peru gives way to her, Bolivia stays (the cascade's first)
		{Agreement, []float64{0.9, 0.8, 0.7, 0.1, 0.1}, []string{"Bolivia", "Lena Vargas"}, true},
		// an added company, after the cascade's parties
		{Meeting, []float64{0.9, 0.8, 0.1, 0.1, 0.6}, []string{"Peru", "Bolivia", "Andes Freight"}, true},
		// one party for a meeting: the guard keeps the cascade's
		{Meeting, []float64{0.9, 0.1, 0.1, 0.1, 0.1}, []string{"Peru"}, false},
		// but a visit may have one visitor
		{Visit, []float64{0.1, 0.1, 0.1, 0.6, 0.1}, []string{"Omar Quispe"}, true},
		{Visit, []float64{0.1, 0.1, 0.1, 0.1, 0.1}, nil, false},
	}
	for i, c := range cases {
		got, ok := ArgsChoose(ArgsDraft{Type: c.typ, Candidates: cands}, c.probs, 0.5)
		if ok != c.wantOK || !reflect.DeepEqual(got, c.want) {
			t.Errorf("case %d: %v %v, want %v %v", i, got, ok, c.want, c.wantOK)
		}
	}
}

// argsFillText is an article of our own whose second body sentence tells
// of talks and names no one: no party rule gives that draft a set, while
// the sentence before names two officials.
const argsFillText = "Port officials confer\n\nROTTERDAM, June 9 - Harbour chief Pieter Dekker and Danish logistics minister Karen Holm spent Friday touring the container quays. Talks were held afterwards."

// fillWith is an Extractor whose reader runs fill-only with these weights.
func fillWith(t *testing.T, explain bool, threshold, bias float64, w map[string]float64) *Extractor {
	t.Helper()
	x, err := New(Options{Explain: explain})
	if err != nil {
		t.Fatal(err)
	}
	if x, err = x.WithArgsFill(threshold, bias, w); err != nil {
		t.Fatal(err)
	}
	return x
}

// meetingsWith lists the meetings of rec whose parties include name.
func meetingsWith(rec *Record, name string) []Event {
	var out []Event
	for _, e := range rec.Events {
		for _, p := range e.Participants {
			if e.Type == Meeting && p.Name == name {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// TestArgsFillOnly: fill-only (args.tsv's on 2), the reader gives parties
// to a draft no party rule gave any — weights that take every person
// make the unattributed talks the two officials' meeting, and --explain
// names the mode and says the parties came from nearby sentences —
// while the cascade alone publishes no such meeting.
func TestArgsFillOnly(t *testing.T) {
	a := argsArticle("fill", argsFillText)
	off, err := offArgs(t).Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if got := meetingsWith(off, "Karen Holm"); len(got) > 0 {
		t.Fatalf("the cascade alone already publishes %+v: the case tests nothing", got)
	}
	rec, err := fillWith(t, true, 0.5, -10, map[string]float64{"kind=person": 20}).Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	ms := meetingsWith(rec, "Karen Holm")
	if len(ms) == 0 {
		t.Fatalf("fill-only: no meeting of Karen Holm in %+v", rec.Events)
	}
	for _, e := range ms {
		var names []string
		for _, p := range e.Participants {
			names = append(names, p.Name)
		}
		if !contains(names, "Pieter Dekker") {
			t.Errorf("fill-only meeting of %v: want Pieter Dekker too", names)
		}
		if !strings.Contains(strings.Join(e.Explain, "\n"), "fill-only") {
			t.Errorf("explain does not name the fill-only reader: %q", e.Explain)
		}
		if !strings.Contains(strings.Join(e.Explain, "\n"), "from nearby sentences, by the argument reader") {
			t.Errorf("explain does not say the parties came from nearby sentences: %q", e.Explain)
		}
	}
}

// TestArgsFillKeepsCascade: fill-only, a draft the cascade gave parties
// keeps them, even under weights that (with the reader fully on) add the
// company named the sentence before.
func TestArgsFillKeepsCascade(t *testing.T) {
	w := map[string]float64{"kind=person": 20, "kind=organization": 20}
	a := argsArticle("keep", argsPortText)
	parties := func(x *Extractor) [][]string {
		rec, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		var out [][]string
		for _, e := range meetingsWith(rec, "Ivo Brandt") {
			var ns []string
			for _, p := range e.Participants {
				ns = append(ns, p.Name)
			}
			out = append(out, ns)
		}
		return out
	}
	want := parties(offArgs(t))
	if len(want) == 0 {
		t.Fatal("the cascade publishes no meeting of Ivo Brandt")
	}
	if on := parties(readerWith(t, 0.5, -10, w)); reflect.DeepEqual(on, want) {
		t.Fatalf("the reader fully on keeps %v too: the case tests nothing", on)
	}
	if got := parties(fillWith(t, false, 0.5, -10, w)); !reflect.DeepEqual(got, want) {
		t.Errorf("fill-only changed the cascade's parties %v to %v", want, got)
	}
}

// TestArgsFillSkipsTitle: a headline's draft names its own parties or none
// (enoughParties); the fill-only reader gives it none from the lede, so a
// headline telling of a meeting, whose first body sentence has two envoys
// visit a museum, publishes no meeting.
func TestArgsFillSkipsTitle(t *testing.T) {
	a := argsArticle("title", "Trade envoys meet\n\nGENEVA, March 3 - Brazilian trade envoy Lucia Ferraz and Icelandic fisheries commissioner Gunnar Eiriksson toured a glacier museum on Tuesday.")
	w := map[string]float64{"kind=person": 20}
	for _, c := range []struct {
		name string
		x    *Extractor
	}{{"off", offArgs(t)}, {"fill", fillWith(t, false, 0.5, -10, w)}} {
		rec, err := c.x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if got := meetingsWith(rec, "Lucia Ferraz"); len(got) > 0 {
			t.Errorf("%s: the headline became %+v", c.name, got)
		}
	}
}

// TestArgsFillNotSubject: the fill-only reader's set is the draft's own;
// it does not become the subject of the draft's sentence, so a later
// draft of that sentence with no parties of its own gets none by a
// party rule (only the reader, by its own name, may fill it too).
func TestArgsFillNotSubject(t *testing.T) {
	a := argsArticle("subj", "Rail freight news\n\nVIENNA, April 2 - Austrian transport minister Lena Gruber and Slovak rail executive Marek Hudak visited a freight terminal on Monday. Talks followed over dinner and a memorandum on rail freight was signed.")
	off, err := offArgs(t).Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(off.Events) > 0 {
		t.Fatalf("the cascade alone publishes %+v: the case tests nothing", off.Events)
	}
	rec, err := fillWith(t, false, 0.5, -10, map[string]float64{"kind=person": 20}).Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Events) == 0 {
		t.Fatal("fill-only publishes nothing: the case tests nothing")
	}
	for _, e := range rec.Events {
		if e.conf.rule != argsFillRule {
			t.Errorf("the %s %q got the reader's parties by rule %q", e.Type, e.Trigger, e.conf.rule)
		}
	}
}
