package extract_test

import (
	"slices"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTitleFieldBeforeApposedName: a title whose field runs on in
// capitals up to the comma that opens an apposed name keeps that whole run
// as its field; no word of the field is a person. A list of fields with
// commas closes on its "and". "Responsible" after a head belongs to the
// title. Traps: a given name inside the run is the holder; after a head
// that is no government office (titles.tsv office), or with a body's word
// in it, the run is the employer, not the field.
func TestTitleFieldBeforeApposedName(t *testing.T) {
	cases := []struct {
		name, text string
		person     string // a person the record must hold
		title      string // and that person's title
		notPerson  string // a text no person may carry ("" for none)
	}{
		{"two-word field before the comma", "Late on Friday the delegates were received by the Minister for Water Security, Tomas Varga Lindqvist, at a lakeside hotel near Kisumu.", "Tomas Varga Lindqvist", "Minister for Water Security", "Security"},
		{"a list of fields closed by and", "Harbour upgrades were announced on Monday by the Minister of Ports, Inland Navigation and Logistics, Ines Kovacevic, in Rijeka.", "Ines Kovacevic", "Minister of Ports, Inland Navigation and Logistics", "Inland Navigation"},
		{"responsible after the head", "Growers from three valleys met the Minister Responsible for Rural Roads, Oyelaran Bakare, in Abeokuta on Wednesday.", "Oyelaran Bakare", "Minister Responsible for Rural Roads", "Responsible"},
		{"trap: after a company head the run is the employer", "Speaking near Umea, the managing director of Norrland Timber Holdings, Elin Sjoberg, promised forty new jobs.", "Elin Sjoberg", "managing director", ""},
		{"trap: a body in the run is the employer", "Farmers heard the deputy chair of the Regional Water Council, Paulo Mendes Tavira, say that quotas would stay.", "Paulo Mendes Tavira", "deputy chair", ""},
		{"trap: a body after an office is the employer", "Harbour staff in Bergen heard the Secretary of the Fishing Boards Council, Halvard Innset, defend quotas.", "Halvard Innset", "Secretary", ""},
		{"trap: a given name in the run is the holder", "On Thursday the Minister for Energy Maria Ostrowska, who chairs the grid board, opened a substation in Gdansk.", "Maria Ostrowska", "Minister for Energy", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "apposed", "2026-05-14", c.text)
			var persons []string
			found := false
			for _, e := range rec.Entities {
				if e.Type != extract.Person {
					continue
				}
				persons = append(persons, e.Text)
				if e.Text == c.person && (c.title == "" || e.Title == c.title) {
					found = true
				}
			}
			if !found {
				t.Fatalf("no person %q with title %q: %s", c.person, c.title, show(rec))
			}
			if c.notPerson != "" && slices.Contains(persons, c.notPerson) {
				t.Fatalf("%q read as a person: %s", c.notPerson, show(rec))
			}
		})
	}
}
