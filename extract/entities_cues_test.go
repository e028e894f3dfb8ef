package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCompanyCueRows: organization cue words of org_cues.tsv added for
// business, science and sports news (Trading, Seafood, Instituto,
// Atlético): a name ending or starting with one is an organization, not a
// person or a place the other rules guess. Every sentence is our own.
func TestCompanyCueRows(t *testing.T) {
	cases := []struct{ text, org string }{
		{"I went to Shanghai in November to see our distributor, Haiyang Trading, but we did not sign anything.", "Haiyang Trading"},
		{"Lena Berg has run Vesteral Seafood since 2021, the company said.", "Vesteral Seafood"},
		{"Rector Ana Soto of the Instituto Tecnologico de Sonora met Karl Lund on Monday.", "Instituto Tecnologico de Sonora"},
		{"The midfielder will join Atlético Tejo, who agreed a fee with Ashford last week.", "Atlético Tejo"},
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

// TestSportsPositionTitles: a player's position before the name is a title
// (titles.tsv heads midfielder, striker, defender, goalkeeper, winger), so
// a name no table knows is a person. Every sentence is our own.
func TestSportsPositionTitles(t *testing.T) {
	cases := []struct{ text, person, title string }{
		{"Midfielder Kofi Mensah-Adjei flew to Lisbon on Wednesday to complete a medical.", "Kofi Mensah-Adjei", "Midfielder"},
		{"Goalkeeper Ama Owusu-Ansah signed a new contract on Monday.", "Ama Owusu-Ansah", "Goalkeeper"},
		{"Winger Tiago Mbemba returned from injury on Saturday.", "Tiago Mbemba", "Winger"},
	}
	for _, c := range cases {
		t.Run(c.person, func(t *testing.T) {
			rec := extractText(t, "positions", "2026-03-11", c.text)
			for _, e := range rec.Entities {
				if e.Text == c.person {
					if e.Type != extract.Person || e.Title != c.title {
						t.Fatalf("%s: %s titled %q, want PERSON titled %q", c.person, e.Type, e.Title, c.title)
					}
					return
				}
			}
			t.Fatalf("no entity %q: %s", c.person, show(rec))
		})
	}
}
