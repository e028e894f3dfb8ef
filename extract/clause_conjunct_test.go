package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestConjunctSubject: a second predicate after "and" or "but" shares the
// first one's subject (clause_conjunct.go), not the name nearest its verb.
// Every sentence is our own.
func TestConjunctSubject(t *testing.T) {
	cases := []struct {
		name, text string
		typ        string
		trigger    string
		want       string // participants joined by "+", sorted
	}{
		{"met and flew", "Foreign Minister Ana Soto met Defence Minister Rui Costa in Lisbon on Monday and flew to Brussels on Tuesday.",
			extract.Visit, "flew to", "Ana Soto"},
		{"will fly to meet, and will travel", "Trade Minister Ines Lobo will fly to Accra on Friday to meet President Kofi Badu, and will travel to Lome next week.",
			extract.Visit, "travel to", "Ines Lobo"},
		{"met but left", "Senator Jo Park met Governor Ruth Sands in Denver on Monday but left for Boise on Tuesday.",
			extract.Visit, "left for", "Jo Park"},
		{"signed and is due in", "Premier Lu Fang signed a grain accord with President Omar Haddad on Monday, and is due in Tunis on Friday.",
			extract.Visit, "is due in", "Lu Fang"},
		{"reported predicate", "Aides said Governor Ruth Sands met Senator Jo Park and flew to Boise on Tuesday.",
			extract.Visit, "flew to", "Ruth Sands"},
		{"a relative clause's verb is no first predicate", "Rui Costa, who met Ana Soto on Monday, and Li Wei flew to Brussels on Tuesday.",
			extract.Visit, "flew to", "Li Wei+Rui Costa"},
		// subordinate-skipped: a subordinate clause between the two
		// predicates is not the first predicate
		{"a subordinate clause between", "Ana Soto served two terms as president. She visited Tallinn in 1991, weeks after Estonia restored its independence, and met Estonian Prime Minister Jaan Tamm there.",
			extract.Meeting, "met", "Ana Soto+Jaan Tamm"},
		{"a when-clause between", "Governor Ruth Sands toured the coast. She flew to Boise on Monday, when Idaho lifted its alert, and met Mayor Lin Ode on Tuesday.",
			extract.Meeting, "met", "Lin Ode+Ruth Sands"},
		{"a because-clause between", "Minister Ines Lobo stayed in Accra because the talks ran late, but met President Kofi Badu on Friday.",
			extract.Meeting, "met", "Ines Lobo+Kofi Badu"},
		// an offer taken up after "and": the accepting verb continues the
		// first predicate (factuality.go, accepted)
		{"met and accepted an invitation", "Trade Minister Ines Lobo met President Kofi Badu in Accra on Monday and accepted an invitation to visit Kumasi in June.",
			extract.Visit, "visit", "Ines Lobo"},
		{"spoke with, and accepted an invitation", "Norway's trade minister, Siri Dahl, spoke by phone on Monday with Chile's economy minister, Pablo Reyes, and accepted an invitation to visit Valparaiso in May.",
			extract.Visit, "visit", "Siri Dahl"},
		// traps: the clause before "and" is the main one
		{"trap: and inside a when-clause with no comma", "Senator Rui Costa resigned when Governor Ana Soto went ahead and met Mayor Li Wei in Lima.",
			extract.Meeting, "met", "Ana Soto+Li Wei"},
		{"trap: a fronted subordinate clause", "After the talks ended, Minister Ines Lobo flew to Lome and met President Kofi Badu there.",
			extract.Meeting, "met", "Ines Lobo+Kofi Badu"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := cascadeText(t, "conjunct", "2026-03-11", c.text)
			for _, e := range eventsOf(rec, c.typ) {
				if e.Trigger != c.trigger {
					continue
				}
				names := partyNames(e)
				if got := strings.Join(names, "+"); got != c.want {
					t.Fatalf("%s %q: parties %s, want %s", c.typ, c.trigger, got, c.want)
				}
				return
			}
			t.Fatalf("want a %s by %q, got %s", c.typ, c.trigger, show(rec))
		})
	}
}
