package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPersonAndTitledPerson: "X Y and (prefix) Title Z" is two persons,
// not an organization "Y and prefix" (entities_pair.go); a name of an
// organization joined by "and" stays whole. Every sentence is our own.
func TestPersonAndTitledPerson(t *testing.T) {
	cases := []struct {
		name, text string
		persons    []string
		notOrg     string // no organization of this name
	}{
		{"a country abbreviation in the title", "The plea agreement was signed by Warren Tolliver and Assistant U.S. Attorney Priya Raman on Monday.",
			[]string{"Warren Tolliver", "Priya Raman"}, "Tolliver and Assistant U.S."},
		{"a country abbreviation first", "Mara Quint and U.S. Ambassador Leo Hart met in Quito on Monday.",
			[]string{"Mara Quint", "Leo Hart"}, "Quint and U.S."},
		{"a demonym first", "Ana Soto and Chilean Foreign Minister Rui Lemos signed the accord.",
			[]string{"Ana Soto", "Rui Lemos"}, ""},
		{"an organization joined by and stays whole", "Food and Drug Administration Commissioner Karl Lund met Ana Soto on Monday.",
			[]string{"Karl Lund", "Ana Soto"}, "Food"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "pair", "2026-03-11", c.text)
			have := map[string]string{}
			for _, e := range rec.Entities {
				have[e.Text] = e.Type
			}
			for _, p := range c.persons {
				if have[p] != extract.Person {
					t.Fatalf("%s: type %q, want PERSON: %s", p, have[p], show(rec))
				}
			}
			if c.notOrg != "" && have[c.notOrg] == extract.Organization {
				t.Fatalf("%q is an organization: %s", c.notOrg, show(rec))
			}
		})
	}
}

// TestPossessedPlaceAfterAnd: "X of Y and Chile's Z" is two organizations
// and a country, not one organization "X of Y and Chile"; "Ministry of
// Trade and Industry" stays one name (entities_pair.go). Every sentence is
// our own.
func TestPossessedPlaceAfterAnd(t *testing.T) {
	cases := []struct {
		name, text string
		orgs       []string
	}{
		{"a country owning the second name", "The Calloway Institute of Marine Science and Chile's Andes Mining Group signed an accord on Monday.",
			[]string{"Calloway Institute of Marine Science", "Andes Mining Group"}},
		{"a complement joined by and", "The Ministry of Trade and Industry signed an accord with Peru on Monday.",
			[]string{"Ministry of Trade and Industry"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "pair", "2026-03-11", c.text)
			have := map[string]string{}
			for _, e := range rec.Entities {
				have[e.Text] = e.Type
			}
			for _, o := range c.orgs {
				if have[o] != extract.Organization {
					t.Fatalf("%s: type %q, want ORGANIZATION: %s", o, have[o], show(rec))
				}
			}
		})
	}
}
