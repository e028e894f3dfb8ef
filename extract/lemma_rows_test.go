package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestUserLemmaRows: a user's table (--tables DIR) may name a lemma with
// its part of speech instead of listing its forms, and every form the
// morphology makes counts: "verb:mothball" in event_cues.tsv negates
// "mothballed" and "mothballs"; "verb:wallop" in word_classes.tsv (class
// defeat) makes both sides of "walloped" and "wallops" teams. Each text is
// also read without the user's rows, so the test fails if the row does
// nothing.
func TestUserLemmaRows(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		text  string
		// with says whether the user's row is loaded
		check func(t *testing.T, rec *extract.Record, with bool)
	}{
		{name: "event cue, past",
			files: map[string]string{"event_cues.tsv": "# user cues\nverb:mothball\tnegate\n"},
			text:  "Foreign Minister Ana Soto mothballed talks with Trade Minister Li Wei in Lima on Monday.",
			check: func(t *testing.T, rec *extract.Record, with bool) {
				if got := matchEvent(rec, extract.Meeting, []string{"Ana Soto", "Li Wei"}) != nil; got == with {
					t.Errorf("with the user's row %v: meeting found %v: %s", with, got, eventList(rec))
				}
			}},
		{name: "event cue, third person",
			files: map[string]string{"event_cues.tsv": "verb:mothball\tnegate\n"},
			text:  "Foreign Minister Ana Soto mothballs a visit to Lima on Monday.",
			check: func(t *testing.T, rec *extract.Record, with bool) {
				if got := matchEvent(rec, extract.Visit, []string{"Ana Soto"}) != nil; got == with {
					t.Errorf("with the user's row %v: visit found %v: %s", with, got, eventList(rec))
				}
			}},
		{name: "event cue, filtered forms",
			files: map[string]string{"event_cues.tsv": "verb:mothball:third\tnegate\n"},
			text:  "Foreign Minister Ana Soto mothballed talks with Trade Minister Li Wei in Lima on Monday.",
			check: func(t *testing.T, rec *extract.Record, with bool) {
				// the filter keeps "mothballs" only: "mothballed" stays no cue
				if matchEvent(rec, extract.Meeting, []string{"Ana Soto", "Li Wei"}) == nil {
					t.Errorf("with the user's row %v: no meeting: %s", with, eventList(rec))
				}
			}},
		{name: "word class",
			files: map[string]string{"word_classes.tsv": "verb:wallop\tdefeat\n"},
			text:  "Ashcombe walloped Kelbury in the league on Saturday. Ashcombe wallops Denholt often.",
			check: func(t *testing.T, rec *extract.Record, with bool) {
				for _, team := range []string{"Ashcombe", "Kelbury", "Denholt"} {
					if got := findEntity(rec, extract.Organization, team) != nil; got != with {
						t.Errorf("with the user's row %v: %s an ORGANIZATION %v: %s", with, team, got, show(rec))
					}
				}
			}},
	}
	plain, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x, err := extract.New(extract.Options{TablesDir: writeTables(t, c.files)})
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			for _, with := range []bool{false, true} {
				e := plain
				if with {
					e = x
				}
				rec, err := e.Extract(context.Background(), extract.Article{ID: "lemma", Published: "2025-10-09", Body: c.text})
				if err != nil {
					t.Fatal(err)
				}
				c.check(t, rec, with)
			}
		})
	}
}

// TestBadLemmaRow: a lemma row the loader cannot read fails New with the
// file, the line and what is wrong.
func TestBadLemmaRow(t *testing.T) {
	cases := []struct {
		file, content string
		line          int
		want          string
	}{
		{"word_classes.tsv", "# user rows\nverb:wallop:pasts\tdefeat\n", 2, `form "pasts" of a verb`},
		{"word_classes.tsv", "noun:\tsport\n", 1, "no lemma"},
		{"event_cues.tsv", "\nnoun:delay:gerund\tpostpone\n", 2, `form "gerund" of a noun`},
	}
	for _, c := range cases {
		dir := writeTables(t, map[string]string{c.file: c.content})
		_, err := extract.New(extract.Options{TablesDir: dir})
		if err == nil {
			t.Errorf("%s %q: no error", c.file, c.content)
			continue
		}
		for _, w := range []string{c.file, fmt.Sprintf("line %d", c.line), c.want} {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s %q: error %q does not say %s", c.file, c.content, err, w)
			}
		}
	}
}
