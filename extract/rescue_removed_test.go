package extract

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/newswire/newswire/internal/score"
)

func TestRemovalRuleNamed(t *testing.T) {
	for rule, want := range map[string]bool{
		"negated": true, "conditional": true, "undated-plan": true, "merge": true, "sense: the press": true,
		"sense: ": false, "": false, "not a rule": false, "invalid:subject-object": false,
	} {
		if got := RemovalRuleNamed(rule); got != want {
			t.Errorf("RemovalRuleNamed(%q) = %v, want %v", rule, got, want)
		}
	}
	for _, f := range factualityRules {
		if !RemovalRuleNamed(f.name) {
			t.Errorf("factuality rule %q is not named", f.name)
		}
	}
}

// TestRemovedCandidates: over our own articles and heldout, the record is
// Extract's, and every removed candidate carries a named rule, its pass
// and its features (the rule's first).
func TestRemovedCandidates(t *testing.T) {
	x := testExtractor(t)
	n := 0
	for _, fa := range readFold(t, x, []string{"../testdata/articles", "../testdata/heldout"}) {
		data, err := os.ReadFile(fa.path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Decoder{}.Decode(fa.path, data)
		if err != nil {
			t.Fatal(err)
		}
		rec, removed, err := x.RemovedCandidates(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		pj, _ := json.Marshal(fa.rec.Events)
		kj, _ := json.Marshal(rec.Events)
		if string(pj) != string(kj) {
			t.Errorf("%s: RemovedCandidates changed the events", fa.path)
		}
		for _, rm := range removed {
			n++
			if !RemovalRuleNamed(rm.Rule) || rm.Pass != removalPass(rm.Rule) || len(rm.Features) == 0 || rm.Features[0] != "rule="+rm.Rule {
				t.Errorf("%s: candidate %s %q: rule %q, pass %q, features %v", fa.path, rm.Event.Type, rm.Event.Trigger, rm.Rule, rm.Pass, rm.Features)
			}
		}
	}
	if n == 0 {
		t.Error("no removed candidate over articles and heldout")
	}
}

// foldArticle is one article with a gold and its record.
type foldArticle struct {
	path string
	gold score.Gold
	rec  *Record
}

// readFold extracts with x every article of the folders that has a gold.
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
		files, err := score.ArticleFiles(dir)
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
