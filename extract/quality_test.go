package extract_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

// qualitySets are the scored article sets, with the micro-averaged F1 each
// must keep. "articles" (with the sample) is the set the rules were tuned
// on; "heldout" was written unseen and then used to find general failure
// classes; "final" has never been looked at article by article, so its
// figure is the honest estimate of quality on news the project has not
// seen. The bars sit a little under the figures in the README so that a
// regression fails the build and ordinary noise does not.
//
// "forms" exercises the phrasings the event layer must read and the traps it
// must not fall into (testdata/forms/README.md): a development set, with low
// bars for the event work to raise. "blind" is ordinary news with a realistic
// event density, never to be read article by article by whoever tunes the
// extractor: its test logs only totals, no per-article lines or misses.
var qualitySets = []struct {
	name                 string
	dirs                 []string
	minEntity, minEvents float64
	blind                bool
}{
	{"articles", []string{"../testdata", "../testdata/articles"}, 0.97, 0.93, false},
	{"heldout", []string{"../testdata/heldout"}, 0.94, 0.90, false},
	{"final", []string{"../testdata/final"}, 0.91, 0.80, false},
	// Event bars raised at the end of the sixth session (2026-11-28) a little
	// under the figures reached: articles 0.955, heldout 0.941, final 0.821.
	// forms 0.87 → 0.85: the sixth session's helpers added 72 articles of
	// their own (the eight dates-* ones alone took the set from 0.878 to
	// 0.861 with no code change); it ended at 0.857.
	// forms 0.85 → 0.84 (session 7, names helper): seven names-* articles of
	// fresh-wire entity readings, written before the fixes, scored events
	// 0.564 on main fc58ecd and 0.667 after them (their misses are trigger
	// and clause readings no entity rule reaches); with them forms is 0.848.
	// forms 0.84 → 0.85 again (session 7, fixb helper): after the session's
	// merges forms is 0.858 on main a024006 (520 72 100).
	// forms 0.85 → 0.84 (session 8, names helper): three names-* articles
	// of regional wires (provinces, title-word cities, possessive-named
	// unions) scored events 0.333 on main 13bb7e0 and 0.571 after the
	// session's merges; their misses are "the two sides" and visit readings
	// no entity rule reaches; with them forms is 0.849.
	{"forms", []string{"../testdata/forms"}, 0.93, 0.84, false},
	{"blind", []string{"../testdata/blind"}, 0.91, 0.80, true},
	// unread: writers' sets kept unread (testdata/unread/README.md): never
	// trained or tuned on, scored as totals only. Bars set a little under
	// the figures when they landed (session 21, main after its landing).
	{"unread", unreadDirs(), 0.87, 0.62, true},
}

// unreadDirs are the folders of testdata/unread, one per writer.
func unreadDirs() []string {
	dirs, _ := filepath.Glob("../testdata/unread/tr*")
	return dirs
}

// sharedSets are the shared dev sets of real news (../shared/eval, not in
// the repository; skipped when absent), scored on events only and only on
// the event types their gold has. The event layer was tuned on them, so
// their figures are upper bounds; voa-dev's third-party gold misses real
// events, so its recall is held as well as its F1. The bars (raised at the
// end of the fifth session, 2026-11-27, a little under the figures then:
// bbc-dev 0.926 R 0.863, voa-dev 0.617 R 0.690) keep what was reached
// from sliding back unnoticed.
var sharedSets = []struct {
	name                 string
	dir                  string
	types                []string
	minEvents, minRecall float64
}{
	{"bbc-dev", "../../shared/eval/bbc-dev", []string{"meeting", "visit", "agreement"}, 0.88, 0.82},
	{"voa-dev", "../../shared/eval/voa-dev", []string{"meeting", "visit"}, 0.58, 0.66},
}

// The sample article (testdata/north-news-2025-05-31.txt) must score at
// least this much.
var (
	sampleID         = "north-news-2025-05-31"
	minSampleEntity  = 0.95
	minSampleEventF1 = 0.90
)

// qualityVerbose logs every miss; NEWSWIRE_QUALITY_VERBOSE=1 does the same:
//
//	go test ./extract -run Quality -args -quality.v
var qualityVerbose = flag.Bool("quality.v", false, "log every miss of the quality test")

func verbose() bool { return *qualityVerbose || os.Getenv("NEWSWIRE_QUALITY_VERBOSE") == "1" }

// articleFiles lists the article files (gold files left out) of the
// folders (internal/score.ArticleFiles).
func articleFiles(t *testing.T, dirs []string) []string {
	t.Helper()
	files, err := score.ArticleFiles(dirs...)
	if err != nil {
		t.Fatalf("listing test articles: %v", err)
	}
	return files
}

func loadGolds(t *testing.T, dirs []string) []score.Gold {
	t.Helper()
	var golds []score.Gold
	for _, dir := range dirs {
		gs, err := score.LoadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		golds = append(golds, gs...)
	}
	return golds
}

// TestQuality runs the extractor over every set of test articles and
// scores the records against the gold files with internal/score. It logs
// the per-type table and fails when micro F1 falls below the set's bar; the
// "sample" subtest holds the sample article to its own, higher bar.
func TestQuality(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("building extractor: %v", err)
	}
	for _, set := range qualitySets {
		t.Run(set.name, func(t *testing.T) {
			if len(set.dirs) == 0 {
				t.Fatalf("set %s has no folders", set.name)
			}
			golds := loadGolds(t, set.dirs)
			records := extractAll(t, x, articleFiles(t, set.dirs))
			res := score.Score(golds, records)
			t.Logf("quality over %d articles\n%s", len(golds), res.Table())
			if set.blind {
				t.Log("blind set: totals only")
			} else {
				t.Log("per article (entity F1, event F1):\n" + perArticle(golds, records))
			}
			if verbose() && !set.blind {
				var b strings.Builder
				for _, m := range res.Misses {
					b.WriteString(m.String() + "\n")
				}
				t.Logf("%d misses:\n%s", len(res.Misses), b.String())
			}
			if f := res.EntityTotal.F1(); f < set.minEntity {
				t.Errorf("entity F1 %.3f, want at least %.3f", f, set.minEntity)
			}
			if f := res.EventTotal.F1(); f < set.minEvents {
				t.Errorf("event F1 %.3f, want at least %.3f", f, set.minEvents)
			}
			if set.name == "articles" {
				checkSample(t, golds, records)
			}
		})
	}
}

// extractAll decodes and extracts every file, checking each record's id.
func extractAll(t *testing.T, x *extract.Extractor, files []string) []score.Record {
	t.Helper()
	var records []score.Record
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading article: %v", err)
		}
		id, err := score.WantID(path, data)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Decoder{}.Decode(path, data)
		if err != nil {
			t.Errorf("decoding %s: %v", path, err)
			continue
		}
		if a.ID != id {
			t.Errorf("%s: decoded id %q, want %q", path, a.ID, id)
		}
		rec, err := x.Extract(t.Context(), a)
		if err != nil {
			t.Errorf("extracting %s: %v", path, err)
			continue
		}
		r, err := score.RecordOf(rec)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		records = append(records, r)
	}
	return records
}

// checkSample holds the sample article to its bar.
func checkSample(t *testing.T, golds []score.Gold, records []score.Record) {
	t.Run("sample", func(t *testing.T) {
		var g []score.Gold
		for _, x := range golds {
			if x.ID == sampleID {
				g = append(g, x)
			}
		}
		if len(g) == 0 {
			t.Fatalf("no gold for the sample %s", sampleID)
		}
		res := score.Score(g, records)
		if f := res.EntityTotal.F1(); f < minSampleEntity {
			t.Errorf("sample entity F1 %.3f, want at least %.2f", f, minSampleEntity)
		}
		if f := res.EventTotal.F1(); f < minSampleEventF1 {
			t.Errorf("sample event F1 %.3f, want at least %.2f", f, minSampleEventF1)
		}
		if t.Failed() {
			t.Log("\n" + res.Table())
			for _, m := range res.Misses {
				t.Log(m)
			}
		}
	})
}

// perArticle scores each gold on its own, one line each.
func perArticle(golds []score.Gold, records []score.Record) string {
	var b strings.Builder
	for _, g := range golds {
		res := score.Score([]score.Gold{g}, records)
		fmt.Fprintf(&b, "%-36s %6.3f %6.3f\n", g.ID, res.EntityTotal.F1(), res.EventTotal.F1())
	}
	return b.String()
}

// TestQualityShared scores the shared dev sets of real BBC and VOA news
// (events only): go test ./extract -run QualityShared -v.
func TestQualityShared(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("building extractor: %v", err)
	}
	for _, set := range sharedSets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.dir); err != nil {
				t.Skipf("%s absent (../shared is not in the repository): %v", set.dir, err)
			}
			golds := loadGolds(t, []string{set.dir}) // their entities only give aliases
			records := extractAll(t, x, articleFiles(t, []string{set.dir}))
			keep := map[string]bool{}
			for _, ty := range set.types {
				keep[ty] = true
			}
			for i := range records {
				evs := records[i].Events[:0]
				for _, e := range records[i].Events {
					if keep[e.Type] {
						evs = append(evs, e)
					}
				}
				records[i].Events = evs
			}
			res := score.Score(golds, records)
			t.Logf("events over %d articles\n%s", len(golds), res.Table())
			_, r, f := res.EventTotal.PRF()
			if f < set.minEvents {
				t.Errorf("event F1 %.3f, want at least %.3f", f, set.minEvents)
			}
			if r < set.minRecall {
				t.Errorf("event recall %.3f, want at least %.3f", r, set.minRecall)
			}
		})
	}
}
