package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// roleNameCase: the entity of exactly that text (or alias) has type typ ("":
// no PERSON, LOCATION or ORGANIZATION of that text) and, when title is
// set, that title.
type roleNameCase struct{ name, text, entity, typ, title string }

func checkRoleNameCases(t *testing.T, cases []roleNameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "names", "2026-04-14", c.text)
			var got *extract.Entity
			for i, e := range rec.Entities {
				if e.Type != extract.Person && e.Type != extract.Location && e.Type != extract.Organization {
					continue
				}
				if strings.EqualFold(e.Text, c.entity) {
					got = &rec.Entities[i]
				}
			}
			switch {
			case c.typ == "" && got != nil:
				t.Fatalf("%q is a %s, want none: %s", c.entity, got.Type, show(rec))
			case c.typ == "":
			case got == nil:
				t.Fatalf("no entity %q: %s", c.entity, show(rec))
			case got.Type != c.typ:
				t.Fatalf("%q: %s, want %s: %s", c.entity, got.Type, c.typ, show(rec))
			case c.title != "" && !strings.EqualFold(got.Title, c.title):
				t.Fatalf("%q: title %q, want %q: %s", c.entity, got.Title, c.title, show(rec))
			}
		})
	}
}

// TestRoleNounBeforeName: a sentence-initial word no table knows, before a
// known given name and a surname, is the person's role, not part of the
// name (trimChunk, roleBeforeName): a word of class rolenoun, or one the
// story writes in lower case too as a role ("the stationmaster"). Traps: a
// role the titles table knows stays the person's title, and a first word
// the story writes only capitalized (a given name the table lacks), or in
// lower case only as no role ("from memory", "the memory of"), stays in the
// person's name.
// Every sentence is our own.
func TestRoleNounBeforeName(t *testing.T) {
	checkRoleNameCases(t, []roleNameCase{
		{"a role noun before the name", "Lifeguard Tomas Okoro said two swimmers were pulled from the surf on Saturday.", "Tomas Okoro", extract.Person, ""},
		{"the role noun is no part of the name", "Lifeguard Tomas Okoro said two swimmers were pulled from the surf on Saturday.", "Lifeguard Tomas Okoro", "", ""},
		{"a role noun before a name with no other cue", "Beekeeper Hannah Rostova told the inquiry that most hives beside the motorway had collapsed.", "Hannah Rostova", extract.Person, ""},
		{"a role written in lower case elsewhere in the story", "Stationmaster Grace Mbeki locked the ticket hall at noon. The stationmaster then phoned the police.", "Grace Mbeki", extract.Person, ""},
		{"an unknown first word written once stays (trap)", "Ayomba Hannah Kessy chaired the water committee for a decade.", "Hannah Kessy", "", ""},
		{"an unknown first word written once stays in the person's name (trap)", "Ayomba Hannah Kessy chaired the water committee for a decade.", "Ayomba Hannah Kessy", extract.Person, ""},
		{"a role the titles table knows is the title (trap)", "Ambassador Petra Lindahl toured the shipyard in Gdansk on Monday.", "Petra Lindahl", extract.Person, "Ambassador"},
		{"a first word written capitalized mid-sentence stays (trap)", "Zorvan Hannah Okoro chaired the session. Delegates thanked Zorvan for her patience.", "Hannah Okoro", "", ""},
		{"a word written in lower case elsewhere, but not as a role, stays (trap)", "Memory Hannah Zulu told reporters the bakery had no flour. She later drew the street plan from memory.", "Memory Hannah Zulu", extract.Person, ""},
		{"a word written in lower case after the article, before of, stays (trap)", "Memory Hannah Zulu told reporters the bakery had no flour. The memory of the fire stayed with the staff.", "Memory Hannah Zulu", extract.Person, ""},
		{"a first word written capitalized mid-sentence stays in the person's name (trap)", "Zorvan Hannah Okoro chaired the session. Delegates thanked Zorvan for her patience.", "Zorvan Hannah Okoro", extract.Person, ""},
	})
}

// TestPlaceWordSurname: a known given name and a surname that is a place
// word (Lake, Bay, Park) name a person where the context is a person's: a
// title before, a title in apposition, a reporting verb after, or an
// inverted attribution before (rulePlaceWordSurname). Traps: the same
// names after a locative preposition, with no person's context, or as the
// subject of the clause a reporting verb opens stay places. Every sentence is
// our own.
func TestPlaceWordSurname(t *testing.T) {
	checkRoleNameCases(t, []roleNameCase{
		{"a title before", "Transport minister Ilse Lake opened the rebuilt bridge in Graz on Friday.", "Ilse Lake", extract.Person, "Transport minister"},
		{"a title in apposition", "Ilse Lake, the transport minister, toured the tram depot on Friday.", "Ilse Lake", extract.Person, "transport minister"},
		{"a reporting verb before", "\"The bridge is safe,\" said Conrad Bay after the inspection.", "Conrad Bay", extract.Person, ""},
		{"a reporting verb after", "Hannah Park told councillors the budget would balance by March.", "Hannah Park", extract.Person, ""},
		{"after a locative preposition (trap)", "Campers pitched their tents near Ilse Lake on Friday.", "Ilse Lake", extract.Location, ""},
		{"no person's context (trap)", "Ferries to Conrad Bay were suspended because of the storm.", "Conrad Bay", extract.Location, ""},
		{"a name opening what a reporting verb reports (trap)", "Engineers said Conrad Lake had risen a metre since the thaw began.", "Conrad Lake", extract.Location, ""},
		{"a reporting verb's clause subject (trap)", "The council said Ilse Park would stay shut during the jazz festival.", "Ilse Park", extract.Location, ""},
	})
}

// TestFacilityModifier: an adjective of class facilitymod ("international",
// "national") between a name and a lower-case facility noun keeps the
// name a site's: a LOCATION, no person, with one name word too
// (facilityMod). Traps: a person's name before "told reporters at the
// airport" and the adjective alone before a noun that names no site stay
// as they were. Every sentence is our own.
func TestFacilityModifier(t *testing.T) {
	checkRoleNameCases(t, []roleNameCase{
		{"a given name and surname before an international airport", "Relief flights landed at Hannah Tumbelo international airport on Monday.", "Hannah Tumbelo", extract.Location, ""},
		{"one name word before a national stadium", "Supporters filled the Kwabeni national stadium for the cup final.", "Kwabeni", extract.Location, ""},
		{"a person near an airport (trap)", "Hannah Tumbelo told reporters at the airport that international flights had resumed.", "Hannah Tumbelo", extract.Person, ""},
		{"the adjective before no site noun (trap)", "Hannah Tumbelo praised international cooperation on Monday.", "Hannah Tumbelo", extract.Person, ""},
	})
}
