package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// titleOfCase: the PERSON entity named person has exactly the title want
// ("" : no title), and no ORGANIZATION has the text notOrg when it is set.
type titleOfCase struct{ name, text, person, want, notOrg string }

func checkTitleOfCases(t *testing.T, cases []titleOfCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "titles", "2026-06-09", c.text)
			var got *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Organization && c.notOrg != "" && strings.EqualFold(e.Text, c.notOrg) {
					t.Fatalf("%q is an organization: %s", e.Text, show(rec))
				}
				if e.Type == extract.Person && e.Text == c.person {
					got = &rec.Entities[i]
				}
			}
			if got == nil {
				t.Fatalf("no person %q: %s", c.person, show(rec))
			}
			if got.Title != c.want {
				t.Fatalf("%q: title %q, want %q: %s", c.person, got.Title, c.want, show(rec))
			}
		})
	}
}

// TestTitleBeforeName: a title with its complement, then a comma and the
// name, belongs to that person also when an honorific opens the name
// ("Dr.", "Prof.") and when the sentence opens with "The" before the
// title. Traps: a title's person is not the next person joined by "and".
// Every sentence is our own.
func TestTitleBeforeName(t *testing.T) {
	checkTitleOfCases(t, []titleOfCase{
		{"an honorific between title and name", "Ghana's Minister of Mines, Dr. Efua Mensah, toured the gold fields near Tarkwa on Friday.", "Efua Mensah", "Minister of Mines", ""},
		{"a sentence-initial The before the title", "The Secretary for Justice, Miriam Achola, refused to comment on the ruling.", "Miriam Achola", "Secretary for Justice", ""},
		{"The, a title and an honorific", "The Minister of Health, Prof. Nnamdi Eze, opened the new clinic wing in Enugu.", "Nnamdi Eze", "Minister of Health", ""},
		{"the next person joined by and has no title (trap)", "The minister, Dr. Ama Owusu, and Mr. Kwesi Arthur inspected the bridge.", "Kwesi Arthur", "", ""},
		{"the honorific's person keeps a bare title", "The minister, Dr. Ama Owusu, and Mr. Kwesi Arthur inspected the bridge.", "Ama Owusu", "minister", ""},
	})
}

// TestTitleFieldList: a title's field may be a list of fields with commas
// that "and" closes, before the name and after it, or a run of
// capitalized words ending on a word of class domainend ("Development").
// Trap: a list that a lower-case noun goes on is the sentence's, not the
// title's. Every sentence is our own.
func TestTitleFieldList(t *testing.T) {
	checkTitleOfCases(t, []titleOfCase{
		{"a list of fields before the name", "Zambia's Minister of Energy, Mines and Water, Mutale Chanda, opened the substation on Tuesday.", "Mutale Chanda", "Minister of Energy, Mines and Water", ""},
		{"a list of fields after the name", "Kalinda Pheri, minister of trade, industry and tourism, said exports rose in the spring.", "Kalinda Pheri", "minister of trade, industry and tourism", ""},
		{"a field run ending on Development", "Malawi's Minister of Rural Development, Chikondi Banda, toured the flooded districts.", "Chikondi Banda", "Minister of Rural Development", ""},
		{"a noun goes on the list (trap)", "In the years of Kalinda Pheri, minister of finance, education and health spending doubled.", "Kalinda Pheri", "minister of finance", ""},
	})
}
