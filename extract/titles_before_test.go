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
		{"an honorific between title and name", "Reporters waited for two hours outside the hearing before the Minister of Tourism, Dr. Ilse Varnholm, came out.", "Ilse Varnholm", "Minister of Tourism", ""},
		{"a sentence-initial The before the title", "The Secretary for Justice, Miriam Achola, would not discuss the ruling with reporters.", "Miriam Achola", "Secretary for Justice", ""},
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
		{"a list of fields before the name", "On a tour of the south the Minister of Housing, Railways and Aviation, Tarmo Kivistik, looked at flood barriers.", "Tarmo Kivistik", "Minister of Housing, Railways and Aviation", ""},
		{"a list of fields after the name", "Kalinda Pheri, minister of trade, industry and tourism, said exports rose in the spring.", "Kalinda Pheri", "minister of trade, industry and tourism", ""},
		{"a field run ending on Development", "Malawi's Minister of Rural Development, Chikondi Banda, toured the flooded districts.", "Chikondi Banda", "Minister of Rural Development", ""},
		{"a whole-chunk title before a comma and a name is no organization", "Asked about the strike, the Chief Secretary for Transport, Halvard Moen, declined to comment.", "Halvard Moen", "Chief Secretary for Transport", "Chief Secretary for Transport"},
		{"a noun goes on the list (trap)", "In the years of Kalinda Pheri, minister of finance, education and health spending doubled.", "Kalinda Pheri", "minister of finance", ""},
	})
}

// TestTitleAfterCoordinatedPerson: in "<name> and <Title> <name>" the words
// before "and" are a person of their own, not part of the title, when the
// story gives evidence no table does: a lower-case title right before them,
// or their last word standing alone later, as a surname. A capitalized
// field before a lower-case office word opens a title and is no
// organization. Traps: a field joined by "and" to the title's own field
// stays in the title, and a ministry whose name holds "and" stays an
// organization. Every sentence is our own.
func TestTitleAfterCoordinatedPerson(t *testing.T) {
	checkTitleOfCases(t, []titleOfCase{
		{"a lower-case title before the first person", "Fisheries minister Taveke Moana and Trade Minister Losa Fonua signed the pact in Apia.", "Losa Fonua", "Trade Minister", ""},
		{"the first person keeps the lower-case title", "Fisheries minister Taveke Moana and Trade Minister Losa Fonua signed the pact in Apia.", "Taveke Moana", "Fisheries minister", ""},
		{"the first person's surname stands alone later", "Talks between Taveke Moana and Energy Minister Losa Fonua ran late on Thursday. Moana told reporters the terms were settled.", "Losa Fonua", "Energy Minister", ""},
		{"a field before a lower-case office is no organization", "Fisheries minister Taveke Moana and Minister for Fisheries Sione Latu met in Neiafu. Moana said quotas would fall.", "Sione Latu", "Minister for Fisheries", "Fisheries"},
		{"a field joined by and stays in the title (trap)", "On Saturday the book fair was opened by Culture and Sport Secretary Losa Fonua.", "Losa Fonua", "Culture and Sport Secretary", ""},
		{"an article is no part of the title", "The Treasury secretary Losa Fonua cut the fuel levy. The Treasury said revenue would hold.", "Losa Fonua", "Treasury secretary", ""},
	})
	rec := extractText(t, "titles", "2026-06-09", "Health minister Ana Paz and her deputy visited the ward. Paz said the Health and Education Ministry would pay.")
	found := false
	for _, e := range rec.Entities {
		found = found || e.Type == extract.Organization && e.Text == "Health and Education Ministry"
		// "her deputy" is no name and no part of a title (trap)
		if (e.Type == extract.Person || e.Type == extract.Title) && strings.Contains(strings.ToLower(e.Text), "deputy") ||
			e.Type == extract.Person && strings.Contains(strings.ToLower(e.Title), "deputy") {
			t.Errorf("%s %q (title %q) takes in \"her deputy\": %s", e.Type, e.Text, e.Title, show(rec))
		}
	}
	if !found {
		t.Errorf("a ministry named with \"and\" is no longer an organization (trap): %s", show(rec))
	}
}

// TestPairRuleNeedsSurnameCue: a capitalized word standing alone is no
// surname unless a person's cue goes with it: a company is also named by
// one of its words ("Profits at Holt"), so the words before "and" are no
// person (trap). Every sentence is our own.
func TestPairRuleNeedsSurnameCue(t *testing.T) {
	rec := extractText(t, "titles", "2026-06-09", "Tarrant Holt and Trade Minister Tevita Halo signed the supply deal on Monday. Profits at Holt have doubled since March.")
	for _, e := range rec.Entities {
		if e.Type == extract.Person && strings.Contains(e.Text, "Holt") {
			t.Fatalf("a company's words are a person %q: %s", e.Text, show(rec))
		}
	}
}

// TestReceivedByTitledPerson: a trigger that needs its object ("received")
// reaches a person that an appositive title keeps more than six tokens
// away. Every sentence is our own.
func TestReceivedByTitledPerson(t *testing.T) {
	rec := extractText(t, "titles", "2026-06-09", "Aino Virta, a trade envoy from Finland, landed in Riga on Sunday.\n\nLate that evening the envoy was received by the minister of housing, railways and aviation, Dr Ilmars Ozols.")
	for _, e := range rec.Events {
		if e.Type != "meeting" {
			continue
		}
		for _, p := range e.Participants {
			if p.Name == "Ilmars Ozols" {
				return
			}
		}
	}
	t.Errorf("no meeting with Ilmars Ozols: %s", show(rec))
}
