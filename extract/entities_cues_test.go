package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCompanyCueRows: organization cue words of org_cues.tsv added for
// business and science news (Trading, Seafood, Instituto): a name ending
// or starting with one is an organization, not a person the "X Y said"
// guess makes of two capitalized words. Every sentence is our own.
func TestCompanyCueRows(t *testing.T) {
	cases := []struct{ text, org string }{
		{"I went to Shanghai in November to see our distributor, Haiyang Trading, but we did not sign anything.", "Haiyang Trading"},
		{"Lena Berg has run Vesteral Seafood since 2021, the company said.", "Vesteral Seafood"},
		{"Rector Ana Soto of the Instituto Tecnologico de Sonora met Karl Lund on Monday.", "Instituto Tecnologico de Sonora"},
	}
	for _, c := range cases {
		t.Run(c.org, func(t *testing.T) {
			rec := extractText(t, "cues", "2026-03-11", c.text)
			for _, e := range rec.Entities {
				if e.Text == c.org {
					if e.Type != extract.Organization {
						t.Fatalf("%s: %s, want ORGANIZATION", c.org, e.Type)
					}
					return
				}
			}
			t.Fatalf("no entity %q: %s", c.org, show(rec))
		})
	}
}
