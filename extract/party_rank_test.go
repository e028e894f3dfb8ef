package extract

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// An article of our own with two party sets for one meeting: the persons
// (the cascade's, by clause-persons) and their companies
// (clause-span-organizations).
const partyRankText = "LIMA, March 3 - Harlow Mining chief executive Tom Reyes met Ana Soto, the head of Calvera Holdings, on Friday. The two executives discussed a merger."

func partyRankArticle() Article {
	return Article{ID: "party-rank", Body: partyRankText, Published: "2026-03-03"}
}

// TestPartyRankTable: the embedded table loads, and a user's table can
// switch the ranker on and replace the model.
func TestPartyRankTable(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	// Whether the embedded table switches the ranker on is held to a fresh
	// cross-validation by TestPartyRankerCV (cmd/newswire-train).
	if len(lx.partyRank.weights) == 0 {
		t.Error("the embedded party_rank.tsv has no weights")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "party_rank.tsv"), []byte("use\t1\nreset\t0\nrule=clause\t0.5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err = loadLexicon(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := linearTable{on: true, weights: map[string]float64{"rule=clause": 0.5}}
	if !reflect.DeepEqual(lx.partyRank, want) {
		t.Errorf("user table: %+v, want %+v", lx.partyRank, want)
	}
}

func TestPartyTemplateHelpers(t *testing.T) {
	rel := []struct {
		a, b []string
		want string
	}{
		{[]string{"A", "B"}, []string{"B", "A"}, "same"},
		{[]string{"A", "B", "C"}, []string{"A", "B"}, "superset"},
		{[]string{"A"}, []string{"A", "B"}, "subset"},
		{[]string{"A", "C"}, []string{"A", "B"}, "overlap"},
		{[]string{"C"}, []string{"A", "B"}, "disjoint"},
	}
	for _, c := range rel {
		if got := setRelation(c.a, c.b); got != c.want {
			t.Errorf("setRelation(%v, %v) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		n, top int
		want   string
	}{{1, 3, "1"}, {2, 3, "2"}, {3, 3, "3+"}, {7, 4, "4+"}} {
		if got := bucket(c.n, c.top); got != c.want {
			t.Errorf("bucket(%d, %d) = %s, want %s", c.n, c.top, got, c.want)
		}
	}
	for f, want := range map[string]bool{"cascade": true, "refined": true, "rule=clause": true, "type=visit&n=2": true, "type=visit&top=clause": true, "agree=3+": true, "type=visit": false, "top=clause": false, "": false} {
		if got := knownPartyFeature(f); got != want {
			t.Errorf("knownPartyFeature(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestPartyTemplates: each template's features for the two candidates of
// the test article.
func TestPartyTemplates(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, pds, err := x.PartyDrafts(context.Background(), partyRankArticle())
	if err != nil {
		t.Fatal(err)
	}
	if len(pds) != 1 || len(pds[0].Candidates) != 2 {
		t.Fatalf("drafts %+v, want one with two candidates", pds)
	}
	persons, orgs := pds[0].Candidates[0], pds[0].Candidates[1]
	if !reflect.DeepEqual(persons.Names, []string{"Tom Reyes", "Ana Soto"}) || !reflect.DeepEqual(orgs.Names, []string{"Harlow Mining", "Calvera Holdings"}) {
		t.Fatalf("candidates %v and %v", persons.Names, orgs.Names)
	}
	has := func(k PartyCandidate, f string) bool {
		for _, g := range k.Features {
			if g == f {
				return true
			}
		}
		return false
	}
	cases := []struct {
		k        PartyCandidate
		feat     string
		expected bool
	}{
		{persons, "cascade", true},
		{orgs, "cascade", false},
		{persons, "rule=clause-persons", true},
		{persons, "rule=clause-span-persons", true},
		{orgs, "rule=clause-span-organizations", true},
		{persons, "type=meeting&top=clause-persons", true},
		{orgs, "type=meeting&top=clause-span-organizations", true},
		{persons, "agree=3+", true},
		{orgs, "agree=1", true},
		{persons, "n=2", true},
		{persons, "type=meeting&n=2", true},
		{persons, "types=person", true},
		{orgs, "types=organization", true},
		{persons, "sentence=all", true},
		{persons, "vs=same", true},
		{orgs, "vs=disjoint", true},
		{persons, "refined", false},
		{persons, "context=borrowed", false},
	}
	for _, c := range cases {
		if got := has(c.k, c.feat); got != c.expected {
			t.Errorf("%v: feature %s = %v, want %v (features %v)", c.k.Names, c.feat, got, c.expected, c.k.Features)
		}
	}
	if len(PartyTemplates()) != len(partyTemplates) {
		t.Error("PartyTemplates does not list every template")
	}
}

// TestPartyRankerChoice: with the ranker on, the candidate whose weights
// sum highest gives the event's parties and --explain names the choice;
// with it off, the cascade's set stays and nothing is said.
func TestPartyRankerChoice(t *testing.T) {
	base, err := New(Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		on      bool
		weights map[string]float64
		parties []string
		explain string // a line of Explain starting so; "" for no ranker line
	}{
		{"off", false, map[string]float64{"rule=clause-span-organizations": 5}, []string{"Tom Reyes", "Ana Soto"}, ""},
		{"on, companies weigh more", true, map[string]float64{"rule=clause-span-organizations": 5}, []string{"Harlow Mining", "Calvera Holdings"},
			"participants: the learned ranker chose Harlow Mining, Calvera Holdings (rules clause-span-organizations; score 0.99) over the cascade's Tom Reyes, Ana Soto"},
		{"on, the cascade weighs more", true, map[string]float64{"cascade": 1}, []string{"Tom Reyes", "Ana Soto"},
			"participants: the learned ranker kept the cascade's Tom Reyes, Ana Soto (rules clause-persons"},
		{"on, a tie keeps the cascade", true, nil, []string{"Tom Reyes", "Ana Soto"}, "participants: the learned ranker kept the cascade's"},
	}
	for _, c := range cases {
		x, err := base.WithPartyRanker(c.on, 0, c.weights)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := x.Extract(context.Background(), partyRankArticle())
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Events) != 1 {
			t.Fatalf("%s: events %+v, want one", c.name, rec.Events)
		}
		ev := rec.Events[0]
		var got []string
		for _, p := range ev.Participants {
			got = append(got, p.Name)
		}
		if !reflect.DeepEqual(got, c.parties) {
			t.Errorf("%s: parties %v, want %v", c.name, got, c.parties)
		}
		line := ""
		for _, e := range ev.Explain {
			if strings.HasPrefix(e, "participants: the learned ranker") {
				line = e
			}
		}
		if c.explain == "" && line != "" || c.explain != "" && !strings.HasPrefix(line, c.explain) {
			t.Errorf("%s: explain line %q, want %q", c.name, line, c.explain)
		}
	}
	// a measuring caller's choice wins over the cascade's
	rec, pds, err := base.PartyDraftsChoosing(context.Background(), partyRankArticle(), func(PartyDraft) int { return 1 })
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Events) != 1 || len(rec.Events[0].Participants) != 2 || rec.Events[0].Participants[0].Name != "Harlow Mining" {
		t.Errorf("choosing the second candidate: events %+v", rec.Events)
	}
	if len(pds) != 1 || pds[0].Chosen != 0 {
		t.Errorf("choosing: drafts %+v, want the extractor's own choice (0) reported", pds)
	}
	if _, err := base.WithPartyRanker(true, 0, map[string]float64{"colour": 1}); err == nil {
		t.Error("WithPartyRanker took a feature no template makes")
	}
}

// TestPartyDraftsChangeNothing: collecting the candidates (every later
// rule run on a copy of the draft) leaves every record as Extract makes
// it, over the articles set.
func TestPartyDraftsChangeNothing(t *testing.T) {
	dir := t.TempDir() // the cascade deciding: the ranker off whatever the embedded table says
	if err := os.WriteFile(filepath.Join(dir, "party_rank.tsv"), []byte("use\t0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{TablesDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("articles: %v %v", files, err)
	}
	n := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Decoder{}.Decode(path, data)
		if err != nil {
			t.Fatal(err)
		}
		want, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		got, pds, err := x.PartyDrafts(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the record changes when the candidates are collected", path)
		}
		for _, pd := range pds {
			if pd.Chosen != 0 {
				t.Errorf("%s: the cascade deciding, draft %q chose candidate %d", path, pd.Trigger, pd.Chosen)
			}
			n += len(pd.Candidates)
		}
	}
	if n == 0 {
		t.Error("no candidates collected")
	}
}

// TestPartyRankerTwoSides: a ranker whose weights favour one-party sets
// still may not turn a meeting the cascade gives two sides into a
// meeting of one (oneSided). Without the rule this table publishes a
// meeting of Ana Soto alone.
func TestPartyRankerTwoSides(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "party_rank.tsv"), []byte("use\t1\nreset\t0\nn=1\t5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{TablesDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	a := Article{ID: "two-sides", Published: "2026-03-04", Form: "text", Body: "Diplomacy news\n\nPresident Ana Soto met envoys of Kenya and Uganda in Lima on Tuesday."}
	rec, pds, err := x.PartyDrafts(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	oneParty := 0
	for _, pd := range pds {
		for _, k := range pd.Candidates {
			if len(k.Names) < 2 {
				oneParty++
			}
		}
	}
	if oneParty != 0 {
		t.Errorf("%d one-party candidates offered for a two-sided meeting", oneParty)
	}
	for _, e := range rec.Events {
		if e.Type == Meeting && len(e.Participants) < 2 {
			t.Errorf("meeting of %v: the ranker made a two-sided meeting one-sided", e.Participants)
		}
	}
	if len(rec.Events) == 0 {
		t.Error("no event")
	}
}
