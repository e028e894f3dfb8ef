package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPlaceCueLowerFlag: a place cue flagged lower in location_cues.tsv
// ("River water lower") is also a facility noun, so a name right before it
// in lower case names the feature; the same cue re-added by a user without
// the flag still ends a capitalised name but no longer makes "the X river"
// a place; a flag other than lower fails New naming the table. Every
// sentence is our own.
func TestPlaceCueLowerFlag(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		text  string
		place string // the LOCATION wanted, "" for none
		not   string // a LOCATION that must not be named
	}{
		{name: "embedded: river is flagged lower",
			text:  "Ferries crossed the Velmar river at dawn on Friday.",
			place: "Velmar river"},
		{name: "user row without the flag: no lower-case facility",
			files: map[string]string{"location_cues.tsv": "!River\nRiver\twater\n"},
			text:  "Ferries crossed the Velmar river at dawn on Friday.",
			not:   "Velmar river"},
		{name: "user row without the flag: still a capitalised cue",
			files: map[string]string{"location_cues.tsv": "!River\nRiver\twater\n"},
			text:  "Ferries crossed the Velmar River at dawn on Friday.",
			place: "Velmar River"},
		{name: "user flag on a new cue",
			files: map[string]string{"location_cues.tsv": "Lagoon\twater\tlower\n"},
			text:  "Fishermen returned to the Osei Mensah lagoon on Tuesday.",
			place: "Osei Mensah lagoon"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := extract.Options{NoTagger: true}
			if c.files != nil {
				opts.TablesDir = writeTables(t, c.files)
			}
			x, err := extract.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := x.Extract(context.Background(), extract.Article{ID: "flag", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if c.place != "" && findEntity(rec, extract.Location, c.place) == nil {
				t.Errorf("no LOCATION %q: %s", c.place, show(rec))
			}
			if c.not != "" && findEntity(rec, extract.Location, c.not) != nil {
				t.Errorf("LOCATION %q, want none: %s", c.not, show(rec))
			}
		})
	}
	dir := writeTables(t, map[string]string{"location_cues.tsv": "Creek\twater\tlowercase\n"})
	if _, err := extract.New(extract.Options{TablesDir: dir, NoTagger: true}); err == nil || !strings.Contains(err.Error(), "location_cues.tsv") || !strings.Contains(err.Error(), "lowercase") {
		t.Errorf("a flag other than lower: err %v, want one naming location_cues.tsv and the flag", err)
	}
}
