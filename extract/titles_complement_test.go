package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTitleComplementBefore: a title whose complement runs over commas,
// "and" or a bracketed acronym, set before a name between commas, makes
// the name a person (titles.go titleComplementBefore): the title keeps a
// complement that names a field or a place, and is the head alone when
// the complement names an organization (whom the person acts for;
// actingLinks). Trap: a lower-case phrase between the title and the name
// is no complement.
// Every sentence is invented.
func TestTitleComplementBefore(t *testing.T) {
	cases := []struct {
		name, text string
		person     string // a person the record must hold ("" for none)
		title      string // and that person's title
		notPerson  string // a text no person may carry ("" for none)
	}{
		{name: "field list with commas",
			text:   "On Tuesday she met Norway's Minister of Fisheries, Coasts and Harbours, Sindre Aalvik, in Tromso.",
			person: "Sindre Aalvik", title: "Minister of Fisheries, Coasts and Harbours"},
		{name: "organization with an acronym: the head alone",
			text:   "Later she called on the secretary-general of the Andean Fisheries Council (AFC), Ruperto Quisbert, at its offices in La Paz.",
			person: "Ruperto Quisbert", title: "secretary-general"},
		{name: "envoy for a country",
			text:   "The special envoy for Eritrea, Maren Tofte, flew to Asmara on Monday for two days of talks.",
			person: "Maren Tofte", title: "special envoy for Eritrea"},
		{name: "trap: a lower-case phrase is no complement",
			text:      "The chair of the fishing club and several friends, Lake Varna Outfitters, sponsored the regatta on Sunday.",
			notPerson: "Lake Varna Outfitters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "complement", "2026-03-11", c.text)
			found := c.person == ""
			for _, e := range rec.Entities {
				if e.Type != extract.Person {
					continue
				}
				if e.Text == c.notPerson {
					t.Fatalf("%q read as a person: %s", c.notPerson, show(rec))
				}
				if e.Text == c.person && e.Title == c.title {
					found = true
				}
			}
			if !found {
				t.Fatalf("no person %q with title %q: %s", c.person, c.title, show(rec))
			}
		})
	}
}
