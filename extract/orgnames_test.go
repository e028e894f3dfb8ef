package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestWrittenOrgNames: an organization the tables know is named as the
// article writes it; the table's own spelling stays an alias.
func TestWrittenOrgNames(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, want, alias string
	}{
		{"the article's spelling", "Forecasts from the Organization for Economic Cooperation and Development (OECD) fell on Tuesday.",
			"Organization for Economic Cooperation and Development", "Organisation for Economic Co-operation and Development"},
		{"the table's spelling when the article writes it", "Forecasts from the Organisation for Economic Co-operation and Development (OECD) fell on Tuesday.",
			"Organisation for Economic Co-operation and Development", "OECD"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "org", Published: "2026-03-04", Body: "Economy news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range rec.Entities {
				if e.Type != "ORGANIZATION" || !strings.Contains(e.Text+strings.Join(e.Aliases, "|"), "Economic") {
					continue
				}
				if e.Text != c.want {
					t.Errorf("text %q, want %q (aliases %v)", e.Text, c.want, e.Aliases)
				}
				found := false
				for _, a := range e.Aliases {
					found = found || a == c.alias
				}
				if !found {
					t.Errorf("aliases %v lack %q", e.Aliases, c.alias)
				}
				return
			}
			t.Errorf("no organization: %+v", rec.Entities)
		})
	}
}
