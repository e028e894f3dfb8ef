package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/extract/tables"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

// TestLearnedFrames: a row of frames_learned.tsv reads its lemma's forms
// as triggers only when the switch row is on 1, and --explain says the
// frame is learned with its provenance.
func TestLearnedFrames(t *testing.T) {
	const row = "huddle\tverb\tmeeting\tsubj|obj|with\t\t3\t7\t0.64\n"
	cases := []struct {
		name  string
		table string
		text  string
		want  bool // a meeting of Mira Costal and Teodor Valk
	}{
		{"on: the past form", "on\t1\n" + row, "Finance Minister Mira Costal huddled with Teodor Valk in Brenova on Tuesday.", true},
		{"on: the third person", "on\t1\n" + row, "Finance Minister Mira Costal huddles with Teodor Valk in Brenova.", true},
		{"off: no event", "on\t0\n" + row, "Finance Minister Mira Costal huddled with Teodor Valk in Brenova on Tuesday.", false},
		{"the last switch row decides", "on\t1\n" + row + "on\t0\n", "Finance Minister Mira Costal huddled with Teodor Valk in Brenova on Tuesday.", false},
		{"a hand-written frame's form stays its own", "on\t1\nmeet\tverb\tagreement\tsubj|with\t\t2\t2\t0.60\n", "Finance Minister Mira Costal met Defence Minister Teodor Valk in Brenova on Tuesday.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeTables(t, map[string]string{"frames_learned.tsv": c.table})
			x, err := extract.New(extract.Options{TablesDir: dir, Explain: true})
			if err != nil {
				t.Fatal(err)
			}
			rec, err := x.Extract(context.Background(), extract.Article{ID: "huddle", Body: c.text, Published: "2026-03-12"})
			if err != nil {
				t.Fatal(err)
			}
			var got *extract.Event
			for i, ev := range rec.Events {
				if ev.Type == extract.Meeting && hasParty(ev, "Mira Costal") && hasParty(ev, "Teodor Valk") {
					got = &rec.Events[i]
				}
			}
			if (got != nil) != c.want {
				t.Fatalf("meeting found %v, want %v: %s", got != nil, c.want, eventList(rec))
			}
			if got == nil {
				return
			}
			learned := strings.Contains(got.Explain[0], "learned, 3 sets, precision 0.64")
			if learned != strings.HasPrefix(c.table, "on\t1\n"+row) {
				t.Errorf("explain %q: learned %v", got.Explain[0], learned)
			}
		})
	}
}

// TestLearnedFramesMalformed: a bad row of frames_learned.tsv fails New
// with the file and line.
func TestLearnedFramesMalformed(t *testing.T) {
	cases := []struct {
		name, content string
		line          int
	}{
		{"switch neither 0 nor 1", "# mine\non\tyes\n", 2},
		{"no precision", "huddle\tverb\tmeeting\tsubj|with\t\t3\t7\n", 1},
		{"precision over 1", "on\t1\nhuddle\tverb\tmeeting\tsubj|with\t\t3\t7\t1.5\n", 2},
		{"sets no count", "huddle\tverb\tmeeting\tsubj|with\t\tmany\t7\t0.6\n", 1},
		{"unknown role", "huddle\tverb\tmeeting\tsubj|beside\t\t3\t7\t0.6\n", 1},
		{"no type", "huddle\tverb\t\tsubj\t\t3\t7\t0.6\n", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeTables(t, map[string]string{"frames_learned.tsv": c.content})
			_, err := extract.New(extract.Options{TablesDir: dir})
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.Contains(msg, "frames_learned.tsv") || !strings.Contains(msg, "line "+strconv.Itoa(c.line)) {
				t.Errorf("error %q does not name frames_learned.tsv line %d", msg, c.line)
			}
		})
	}
}

// TestLearnedFramesOffChangesNothing: with the switch off, the learned
// rows change no record of any training set: the shipped rows with "on 0"
// against no learned rows at all.
func TestLearnedFramesOffChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every training set twice")
	}
	shipped, err := tables.FS.ReadFile("frames_learned.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var none strings.Builder
	rows := 0
	for _, line := range strings.Split(string(shipped), "\n") {
		c := strings.Split(line, "\t")
		if len(c) >= 3 && c[0] != "veto" && !strings.HasPrefix(c[0], "#") {
			none.WriteString("!" + c[0] + "\n")
			rows++
		}
	}
	// rows of our own too, should the shipped table have none
	const mine = "huddle\tverb\tmeeting\tsubj|obj|with\t\t3\t7\t0.64\nparley\tnoun\tmeeting\tposs|with|between\t\t2\t3\t0.60\n"
	off, err := extract.New(extract.Options{TablesDir: writeTables(t, map[string]string{"frames_learned.tsv": mine + "on\t0\n"})})
	if err != nil {
		t.Fatal(err)
	}
	bare, err := extract.New(extract.Options{TablesDir: writeTables(t, map[string]string{"frames_learned.tsv": none.String() + "on\t0\n"})})
	if err != nil {
		t.Fatal(err)
	}
	sets, err := trainsets.List(filepath.Join(".."))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range sets {
		files, err := score.ArticleFiles(s.Dirs...)
		if err != nil {
			t.Fatal(err)
		}
		{
			for _, path := range files {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				a, err := extract.Decoder{}.Decode(path, data)
				if err != nil {
					t.Fatal(err)
				}
				r1, err := off.Extract(context.Background(), a)
				if err != nil {
					t.Fatal(err)
				}
				r2, err := bare.Extract(context.Background(), a)
				if err != nil {
					t.Fatal(err)
				}
				j1, _ := json.Marshal(r1)
				j2, _ := json.Marshal(r2)
				if string(j1) != string(j2) {
					t.Errorf("%s: the learned rows switched off change the record", path)
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("%d articles compared, want every training set's", n)
	}
	t.Logf("%d articles, %d shipped rows", n, rows)
}
