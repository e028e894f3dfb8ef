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
// title. Traps: a given name inside the run, or two words no table knows
// before the comma, are the holder; a country after "of" stays a place;
// after a head that is no government office (titles.tsv office), or with
// a body's or a company's word in it, the run is the employer, not the
// field, and that organization stays one.
func TestTitleFieldBeforeApposedName(t *testing.T) {
	cases := []struct {
		name, text string
		person     string // a person the record must hold
		title      string // and that person's title ("" for any)
		notPerson  string // a text no person may carry ("" for none)
		org        string // an organization the record must hold ("" for none)
		loc        string // a location the record must hold ("" for none)
		notOrg     string // a text no organization may carry ("" for none)
	}{
		{"two-word field before the comma", "A report on dams that the Minister for Water Security, Tomas Varga Lindqvist, tabled on Friday names six rivers.", "Tomas Varga Lindqvist", "Minister for Water Security", "Security", "", "", ""},
		{"a list of fields closed by and", "Repairs to the coastal highway were promised on Monday when the Minister of Housing, Roads and Bridges, Ines Kovacevic, toured Split.", "Ines Kovacevic", "Minister of Housing, Roads and Bridges", "Bridges", "", "", ""},
		{"responsible after the head", "According to the Minister Responsible for Rural Water, Oyelaran Bakare, forty boreholes will be drilled before the rains.", "Oyelaran Bakare", "Minister Responsible for Rural Water", "Responsible", "", "", ""},
		{"trap: after a company head the run is the employer", "Speaking near Umea, the managing director of Norrland Timber Holdings, Elin Sjoberg, promised forty new jobs.", "Elin Sjoberg", "managing director", "", "Norrland Timber Holdings", "", ""},
		{"trap: a body in the run is the employer", "Farmers heard the deputy chair of the Regional Water Council, Paulo Mendes Tavira, say that quotas would stay.", "Paulo Mendes Tavira", "deputy chair", "", "Regional Water Council", "", ""},
		{"trap: a body after an office is the employer", "Harbour staff in Bergen heard the Secretary of the Fishing Boards Council, Halvard Innset, defend quotas.", "Halvard Innset", "Secretary", "", "Fishing Boards Council", "", ""},
		{"trap: a given name in the run is the holder", "On Thursday the Minister for Energy Maria Ostrowska, Gdansk's former mayor, opened a substation there.", "Maria Ostrowska", "Minister for Energy", "", "", "", ""},
		{"trap: an unknown name in the run is the holder", "A new ferry terminal was opened in Mombasa by the Minister for Tourism Kaveh Ondrusek, Malta's chief negotiator, on Saturday.", "Kaveh Ondrusek", "Minister for Tourism", "", "", "", "Tourism Kaveh Ondrusek"},
		{"trap: an unknown name after a country's title", "Peru's Minister for Housing Olumide Varkonyi, Lima's flood envoy, pledged new homes by June.", "Olumide Varkonyi", "", "", "", "Peru", ""},
		{"trap: a holder whose surname is also a town's name", "Nurses cheered when the Minister of Health Chikondi Banda, Malawi's chief delegate, promised new clinics.", "Chikondi Banda", "", "", "", "", ""},
		{"trap: a country after of stays a place", "Quotas were on the table when the Agriculture Minister of Norway, Bertil Solheim, landed in Reykjavik.", "Bertil Solheim", "", "", "", "Norway", ""},
		{"a company's word in the field makes no organization", "Street traders applauded when the grant scheme was launched by Ghana's Minister of Small Enterprises, Kwabena Ostrander.", "Kwabena Ostrander", "Minister of Small Enterprises", "", "", "Ghana", "Small Enterprises"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "apposed", "2026-05-14", c.text)
			var persons, orgs, locs []string
			found := false
			for _, e := range rec.Entities {
				switch e.Type {
				case extract.Organization:
					orgs = append(orgs, e.Text)
				case extract.Location:
					locs = append(locs, e.Text)
				case extract.Person:
					persons = append(persons, e.Text)
					if e.Text == c.person && (c.title == "" || e.Title == c.title) {
						found = true
					}
				}
			}
			if !found {
				t.Fatalf("no person %q with title %q: %s", c.person, c.title, show(rec))
			}
			if c.notPerson != "" && slices.Contains(persons, c.notPerson) {
				t.Fatalf("%q read as a person: %s", c.notPerson, show(rec))
			}
			if c.org != "" && !slices.Contains(orgs, c.org) {
				t.Fatalf("no organization %q: %s", c.org, show(rec))
			}
			if c.loc != "" && !slices.Contains(locs, c.loc) {
				t.Fatalf("no location %q: %s", c.loc, show(rec))
			}
			if c.notOrg != "" && slices.Contains(orgs, c.notOrg) {
				t.Fatalf("%q read as an organization: %s", c.notOrg, show(rec))
			}
		})
	}
}
