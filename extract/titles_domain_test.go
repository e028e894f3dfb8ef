package extract_test

import (
	"slices"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTitleFieldAffairs: a title's field after "for"/"of" that ends on
// "Affairs" is read by its last word whatever region or adjective stands
// before it (class domainend), and "Administration" is a field of office,
// so the name after the title is one person. Traps: "Affairs" in an
// organization's name that no title opens stays the organization's, and a
// title to a place ("Ambassador to") keeps its place reading. A list of
// fields may close on "Affairs" too ("of Women and Gender Affairs"), and
// capitalized words after a title that open with a body's head noun
// ("Committee Member") are an office of that body, with its field: the
// title stretches over them and the name after them, if any, is the
// person's.
func TestTitleFieldAffairs(t *testing.T) {
	cases := []struct {
		name, text string
		person     string // a person the record must hold
		title      string // and that person's title
		notPerson  string // a text no person may carry ("" for none)
	}{
		{"region before affairs", "Special Envoy for Horn of Africa Affairs Ingrid Solberg met Foreign Minister Dawit Alemu in Addis Ababa on Monday.", "Ingrid Solberg", "Special Envoy for Horn of Africa Affairs", ""},
		{"adjective before affairs", "Deputy Minister for Consular Affairs Teodora Vlasic received the families at the ministry on Friday.", "Teodora Vlasic", "Deputy Minister for Consular Affairs", ""},
		{"two words before affairs", "Assistant Secretary for East Asian Affairs Wendell Okafor toured the depot on Tuesday.", "Wendell Okafor", "Assistant Secretary for East Asian Affairs", ""},
		{"administration", "Chief Secretary for Administration Harriet Mok Siu-lan met trade envoys on Monday.", "Harriet Mok Siu-lan", "Chief Secretary for Administration", ""},
		{"trap: organization named affairs", "The Institute for Regional Affairs said on Monday that Ilse Brandauer would lead its new study.", "Ilse Brandauer", "", "Institute"},
		{"trap: ambassador to a place", "Ambassador to Portugal Kwame Asante met Mayor Lidia Rocha in Porto on Friday.", "Kwame Asante", "Ambassador to Portugal", ""},
		{"listed fields closed by affairs", "Minister of Women and Gender Affairs Odile Marchand will tour a shelter in Brest next week.", "Odile Marchand", "Minister of Women and Gender Affairs", "Affairs Odile Marchand"},
		{"trap: listed fields with no closing word", "A week later Minister of Fisheries and Water Rangi Tawhiri opened the hatchery near Nelson.", "Rangi Tawhiri", "Minister of Fisheries and Water", ""},
		{"a body word after a title opens an office and its field, then the name", "County Executive Committee Member for Transport Kofi Otieno toured the new bus depot in Nakuru on Thursday.", "Kofi Otieno", "County Executive Committee Member for Transport", "Committee Member"},
		{"a body word after a title opens an office, then the name", "On Sunday, Executive Committee Member Halima Barasa handed over two ambulances to the hospital.", "Halima Barasa", "Executive Committee Member", "Committee Member Halima Barasa"},
		{"trap: a two-word field before the name is no part of a person", "County Executive Committee Member for Water Services Ruth Chebet inspected the dam with Mayor Peter Kamau on Tuesday.", "Peter Kamau", "Mayor", "Services Ruth Chebet"},
		{"trap: an office and its field with no name after it", "The County Executive Committee Member for Water told Governor Lydia Ouma last week that the dam was late.", "Lydia Ouma", "Governor", "Committee Member"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "domain", "2026-03-11", c.text)
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
			if c.notPerson != "" && slices.ContainsFunc(persons, func(p string) bool { return p == c.notPerson }) {
				t.Fatalf("%q read as a person: %s", c.notPerson, show(rec))
			}
		})
	}
}

// TestTitleOfOrganizationForAffairs: after "of the", an organization's
// head noun (org_cues.tsv: "Institute", "Council") opens an organization
// named "for ... Affairs", not the title's field: the title is the word
// before it and the organization stands alone.
func TestTitleOfOrganizationForAffairs(t *testing.T) {
	cases := []struct {
		name, text, person, title, org string
	}{
		{"institute", "Director of the Institute for Baltic Affairs Mara Lindqvist attended the talks in Riga on Tuesday.", "Mara Lindqvist", "Director", "Institute for Baltic Affairs"},
		{"council", "Chairman of the Council for Maritime Affairs Tomas Berg opened the hearing in Bergen on Monday.", "Tomas Berg", "Chairman", "Council for Maritime Affairs"},
		{"trap: a field of office after the title stays", "Deputy Minister for Consular Affairs Teodora Vlasic received the families at the ministry on Friday.", "Teodora Vlasic", "Deputy Minister for Consular Affairs", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "domain", "2026-03-11", c.text)
			person, org := false, c.org == ""
			for _, e := range rec.Entities {
				switch {
				case e.Type == extract.Person && e.Text == c.person && e.Title == c.title:
					person = true
				case e.Type == extract.Organization && e.Text == c.org:
					org = true
				}
			}
			if !person || !org {
				t.Fatalf("want person %q titled %q and organization %q: %s", c.person, c.title, c.org, show(rec))
			}
		})
	}
}
