package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// rankStory is our own wire: a meeting placed in its sentence away from
// the dateline's city, a visit to a country the story names a city of, an
// agreement in a city of the country visited, a planned meeting.
const rankStory = "LIMA, March 3 (Andes Wire) - Foreign Minister Ana Soto met Trade Minister Li Wei in Cusco on Monday, a day after she toured Peru's south.\n\n" +
	"Soto flew to Bolivia on Tuesday. In La Paz she signed a water accord with Energy Minister Rosa Quispe.\n\n" +
	"The two ministers will hold talks in Chile next month."

func rankRecord(t *testing.T, opts extract.Options) *extract.Record {
	t.Helper()
	x, err := extract.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := x.Extract(t.Context(), extract.Article{ID: "rank", Published: "2026-03-03", Body: rankStory})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func eventByTrigger(t *testing.T, rec *extract.Record, trigger string) extract.Event {
	t.Helper()
	for _, e := range rec.Events {
		if e.Trigger == trigger {
			return e
		}
	}
	t.Fatalf("no event with trigger %q", trigger)
	return extract.Event{}
}

// TestPlaceTemplates: each feature template of the place ranker, on the
// candidates of one story: the features a candidate must have and must
// not have.
func TestPlaceTemplates(t *testing.T) {
	rec := rankRecord(t, extract.Options{PlaceCandidates: true})
	cases := []struct {
		template, trigger, place string
		want, not                []string
	}{
		{"rule", "met", "Cusco", []string{"rule:near", "rule:sentence"}, []string{"rule:dateline"}},
		{"rule", "met", "Lima", []string{"rule:dateline", "rule:dateline-city"}, []string{"rule:near"}},
		{"first", "met", "Cusco", []string{"first:near"}, []string{"first:sentence"}},
		{"first", "flew to", "Bolivia", []string{"first:clause"}, nil},
		{"cascade", "met", "Cusco", []string{"cascade:yes"}, nil},
		{"cascade", "met", "Lima", nil, []string{"cascade:yes"}},
		{"agree", "met", "Lima", []string{"agree:2"}, []string{"agree:1", "agree:3+"}},
		{"agree", "met", "Cusco", []string{"agree:3+"}, nil},
		{"kind", "met", "Cusco", []string{"kind:city"}, []string{"kind:country"}},
		{"kind", "met", "Peru", []string{"kind:country"}, nil},
		{"dateline", "met", "Lima", []string{"dateline:city"}, nil},
		{"dateline", "met", "Peru", []string{"dateline:holds"}, nil},
		{"dateline", "met", "Cusco", []string{"dateline:other"}, nil},
		{"nest", "met", "Peru", []string{"nest:holds"}, []string{"nest:inside"}},
		{"nest", "met", "Cusco", []string{"nest:inside"}, []string{"nest:holds"}},
		{"mentions", "met", "Cusco", []string{"mentions:1"}, nil},
		{"where", "met", "Cusco", []string{"where:sentence", "where:after", "where:tokens-3-7"}, []string{"where:before"}},
		{"where", "met", "Lima", []string{"where:dateline"}, []string{"where:sentence"}},
		{"where", "signed a water accord", "Bolivia", []string{"where:previous"}, nil},
		{"where", "signed a water accord", "Peru", []string{"where:previous"}, []string{"where:earlier"}},
		{"where", "flew to", "La Paz", []string{"where:later"}, nil},
		{"event", "met", "Cusco", []string{"event:meeting", "event:meeting&first:near", "event:meeting&kind:city"}, []string{"event:planned"}},
		{"event", "hold talks", "Chile", []string{"event:planned", "event:planned&first:near"}, nil},
		{"versus", "met", "Lima", []string{"versus:near", "versus:apart", "versus:meeting:city>city", "versus:near>dateline"}, nil},
		{"versus", "met", "Peru", []string{"versus:holds", "versus:meeting:city>country&versus:holds"}, nil},
		{"versus", "met", "Cusco", nil, []string{"versus:near"}}, // the cascade's own choice is no rival of itself
		{"versus", "flew to", "La Paz", []string{"versus:inside", "versus:visit:country>city"}, nil},
		{"count", "met", "Cusco", []string{"count:3"}, nil},
		{"count", "hold talks", "Chile", []string{"count:2"}, nil},
	}
	for _, c := range cases {
		t.Run(c.template+"/"+c.trigger+"/"+c.place, func(t *testing.T) {
			e := eventByTrigger(t, rec, c.trigger)
			var cand *extract.PlaceCandidate
			for i := range e.PlaceCandidates {
				if e.PlaceCandidates[i].Place == c.place {
					cand = &e.PlaceCandidates[i]
				}
			}
			if cand == nil {
				t.Fatalf("%s %q: no candidate %q in %+v", e.Type, c.trigger, c.place, e.PlaceCandidates)
			}
			for _, f := range c.want {
				if !slices.Contains(cand.Features, f) {
					t.Errorf("%s lacks %q: %v", c.place, f, cand.Features)
				}
			}
			for _, f := range c.not {
				if slices.Contains(cand.Features, f) {
					t.Errorf("%s has %q: %v", c.place, f, cand.Features)
				}
			}
		})
	}
}

// TestPlaceCandidatesKeepCascade: asking for the candidates changes no
// record (every rule is read, and the cascade's choice stands), on the
// rank story and on our articles set; and the cascade's candidate is the
// event's place.
func TestPlaceCandidatesKeepCascade(t *testing.T) {
	plain, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := extract.New(extract.Options{PlaceCandidates: true})
	if err != nil {
		t.Fatal(err)
	}
	arts := []extract.Article{{ID: "rank", Published: "2026-03-03", Body: rankStory}}
	files, _ := filepath.Glob("../testdata/articles/*")
	for _, f := range files {
		if strings.HasSuffix(f, ".gold.json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Decoder{}.Decode(f, data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	withCands := 0
	for _, a := range arts {
		r1, err := plain.Extract(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := cands.Extract(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		b1, _ := json.Marshal(r1)
		b2, _ := json.Marshal(r2)
		if string(b1) != string(b2) {
			t.Errorf("%s: the record changes with PlaceCandidates", a.ID)
		}
		for _, e := range r2.Events {
			if len(e.PlaceCandidates) > 0 {
				withCands++
			}
			for _, c := range e.PlaceCandidates {
				if c.Cascade && c.Place != e.Location {
					t.Errorf("%s %s %q: the cascade's candidate %q is not its place %q", a.ID, e.Type, e.Trigger, c.Place, e.Location)
				}
			}
		}
	}
	if withCands < 20 {
		t.Errorf("only %d events carry place candidates", withCands)
	}
}

// TestPlaceRankerExplain: with a user's table that turns the ranker on
// and weighs the dateline's city up, the meeting in Cusco is placed in
// Lima, and --explain names the learned choice and what it was chosen
// over; off (the embedded table), the cascade's Cusco stands; with
// PlaceCandidates the cascade's choice stands whatever the table says.
func TestPlaceRankerExplain(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "place_rank.tsv"), []byte("enabled\t1\ndateline:city\t9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	on := eventByTrigger(t, rankRecord(t, extract.Options{TablesDir: dir, Explain: true}), "met")
	if on.Location != "Lima" {
		t.Errorf("ranker on: place %q, want Lima", on.Location)
	}
	why := strings.Join(on.Explain, "\n")
	for _, want := range []string{"place Lima by learned ranker (rules dateline, dateline-city; score ", ") over Cusco (near, sentence", "place by rule learned", "place Lima inherited from the story's events"} {
		if !strings.Contains(why, want) {
			t.Errorf("explain lacks %q:\n%s", want, why)
		}
	}
	if off := eventByTrigger(t, rankRecord(t, extract.Options{Explain: true}), "met"); off.Location != "Cusco" || strings.Contains(strings.Join(off.Explain, "\n"), "learned ranker") {
		t.Errorf("ranker off: place %q, explain %q; want Cusco by the cascade", off.Location, off.Explain)
	}
	if kept := eventByTrigger(t, rankRecord(t, extract.Options{TablesDir: dir, PlaceCandidates: true}), "met"); kept.Location != "Cusco" {
		t.Errorf("with PlaceCandidates: place %q, want the cascade's Cusco", kept.Location)
	}
}

// BenchmarkPlaceRanker is the corpus benchmark (BenchmarkExtractCorpus,
// with the tagger) with the place ranker off, as shipped, and on: every
// place rule read and every candidate described and scored.
//
//	GOMAXPROCS=1 go test ./extract -run '^$' -bench PlaceRanker -benchtime 2x
func BenchmarkPlaceRanker(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "place_rank.tsv"), []byte("enabled\t1\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("off", func(b *testing.B) { benchCorpus(b, extract.Options{}) })
	b.Run("on", func(b *testing.B) { benchCorpus(b, extract.Options{TablesDir: dir}) })
}
