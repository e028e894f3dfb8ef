package score

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goldDirs are the project's gold folders, relative to this package.
var goldDirs = append(append([]string{"../../testdata", "../../testdata/articles", "../../testdata/heldout", "../../testdata/final", "../../testdata/forms", "../../testdata/blind"}, writerDirs("train")...), writerDirs("unread")...)

// writerDirs are the writers' sets' folders (testdata/train/*: training
// sets; testdata/unread/*: sets kept unread), one per writer.
func writerDirs(under string) []string {
	dirs, _ := filepath.Glob("../../testdata/" + under + "/*")
	var out []string
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			out = append(out, d)
		}
	}
	return out
}

func loadProjectGolds(t *testing.T) []Gold {
	t.Helper()
	var all []Gold
	for _, dir := range goldDirs {
		gs, err := LoadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, gs...)
	}
	return all
}

// TestProjectGoldsSelfConsistent scores every gold of the project against its
// own conversion: anything but a perfect score is an inconsistent gold (two
// entries sharing a name, two dates with one value, an event participant the
// gold does not know, ...).
func TestProjectGoldsSelfConsistent(t *testing.T) {
	golds := loadProjectGolds(t)
	var recs []Record
	for _, g := range golds {
		recs = append(recs, FromGold(g))
	}
	res := Score(golds, recs)
	t.Logf("%d golds\n%s", len(golds), res.Table())
	if res.EntityTotal.FP+res.EntityTotal.FN+res.EventTotal.FP+res.EventTotal.FN != 0 || len(res.Misses) != 0 {
		for _, m := range res.Misses {
			t.Error(m)
		}
	}
	if res.ExpansionsRight != res.ExpansionsGold || res.EventDatesRight != res.EventDatesGold ||
		res.EventLocationsRight != res.EventLocationsGold {
		t.Error("expansions, event dates or event locations not all right")
	}
}

var (
	point = `\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|W\d{2}))?`
	// dateValue is the shape of a required DATE value or event date.
	dateValue = regexp.MustCompile(`^` + point + `(/` + point + `)?$`)
	known     = map[string]bool{"PERSON": true, "TITLE": true, "ORGANIZATION": true, "LOCATION": true, "DATE": true, "ACRONYM": true}
)

// TestProjectGoldsWellFormed checks the fields the scorer reads.
func TestProjectGoldsWellFormed(t *testing.T) {
	for _, g := range loadProjectGolds(t) {
		bad := func(format string, args ...any) { t.Errorf(g.ID+": "+format, args...) }
		for _, sect := range []map[string][]GoldEntity{g.Entities, g.Optional} {
			for typ, es := range sect {
				if !known[typ] {
					bad("unknown entity type %q", typ)
				}
				for _, e := range es {
					switch typ {
					case "TITLE":
						if Norm(e.Title) == "" || Norm(e.Holder) == "" {
							bad("TITLE without holder or title: %+v", e)
						}
						if _, ok := findEntry(g, e.Holder, "PERSON"); !ok {
							bad("title holder %q is no PERSON", e.Holder)
						}
					case "DATE":
						if strings.TrimSpace(e.Value) == "" && Norm(e.Text) == "" {
							bad("DATE without value or text: %+v", e)
						}
					case "ACRONYM":
						if Norm(e.Short) == "" {
							bad("ACRONYM without short form: %+v", e)
						}
					default:
						if Norm(e.Name) == "" {
							bad("%s without name: %+v", typ, e)
						}
					}
				}
			}
		}
		for _, e := range g.Entities["DATE"] {
			if !dateValue.MatchString(e.Value) {
				bad("DATE %q has value %q, not a day, month, year, quarter or range", e.Text, e.Value)
			}
		}
		for _, evs := range [][]GoldEvent{g.Events, g.OptionalEvents} {
			for _, ev := range evs {
				switch ev.Type {
				case "meeting", "visit", "agreement":
				default:
					bad("event type %q", ev.Type)
				}
				if len(ev.Participants) == 0 {
					bad("event without participants: %+v", ev)
				}
				for _, p := range ev.Participants {
					if _, ok := findEntry(g, p, "PERSON", "ORGANIZATION", "LOCATION"); !ok {
						bad("event participant %q is no gold entity", p)
					}
				}
				if ev.Location != "" {
					if _, ok := findEntry(g, ev.Location, "LOCATION", "ORGANIZATION"); !ok {
						bad("event location %q is no gold entity", ev.Location)
					}
				}
				if ev.Date != "" && !dateValue.MatchString(ev.Date) {
					bad("event date %q", ev.Date)
				}
			}
		}
	}
}

// findEntry finds the gold entry (required or optional) of one of types
// known by name.
func findEntry(g Gold, name string, types ...string) (GoldEntity, bool) {
	k := keys(name)
	for _, sect := range []map[string][]GoldEntity{g.Entities, g.Optional} {
		for _, typ := range types {
			for _, e := range sect[typ] {
				if intersects(k, nameKeys(e)) {
					return e, true
				}
			}
		}
	}
	return GoldEntity{}, false
}

// TestEveryArticleHasAGold checks that each article file under
// testdata/articles, heldout, final, forms and blind has a gold file named after its id
// (the envelope's id for JSON, else the file name without extension), and
// each gold an article.
func TestEveryArticleHasAGold(t *testing.T) {
	for _, c := range []struct {
		dir  string
		want int
	}{{"../../testdata/articles", 18}, {"../../testdata/heldout", 12}, {"../../testdata/final", 12}, {"../../testdata/forms", 14}, {"../../testdata/blind", 14}} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) { everyArticleHasAGold(t, c.dir, c.want) })
	}
	train := writerDirs("train")
	if len(train) == 0 {
		t.Error("no training sets under testdata/train")
	}
	for _, dir := range train {
		t.Run("train/"+filepath.Base(dir), func(t *testing.T) { everyArticleHasAGold(t, dir, 10) })
	}
	for _, dir := range writerDirs("unread") {
		t.Run("unread/"+filepath.Base(dir), func(t *testing.T) { everyArticleHasAGold(t, dir, 10) })
	}
}

func everyArticleHasAGold(t *testing.T, dir string, want int) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		ext := filepath.Ext(name)
		if e.IsDir() || strings.HasSuffix(name, ".gold.json") || (ext != ".txt" && ext != ".json" && ext != ".html") {
			continue
		}
		id := strings.TrimSuffix(name, ext)
		if ext == ".json" {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			var env struct {
				ID        string `json:"id"`
				Published string `json:"published"`
			}
			if err := json.Unmarshal(b, &env); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if env.ID == "" || env.Published == "" {
				t.Errorf("%s: envelope without id or published", name)
			}
			id = env.ID
		}
		if prev, ok := ids[id]; ok {
			t.Errorf("%s and %s share the id %q", prev, name, id)
		}
		ids[id] = name
		if _, err := os.Stat(filepath.Join(dir, id+".gold.json")); err != nil {
			t.Errorf("%s: no gold %s.gold.json", name, id)
		}
	}
	golds, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		if _, ok := ids[g.ID]; !ok {
			t.Errorf("gold %s has no article", g.ID)
		}
	}
	if len(golds) < want {
		t.Errorf("%s: %d golds, want at least %d", dir, len(golds), want)
	}
}
