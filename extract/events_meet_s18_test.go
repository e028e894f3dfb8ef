package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestMeetingFrontedPronoun: a pronoun subject after a fronted phrase
// with no verb of its own ("On Wednesday she drives to X to meet Y") is
// the sentence's subject, as an opening pronoun is, and the infinitive of
// purpose shares it.
func TestMeetingFrontedPronoun(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"a fronted day before the pronoun",
			"Agriculture Minister Tove Brandsrud opened a dairy fair in Bergen on Monday. On Wednesday she drives to Stavanger to meet the county mayor, Arild Hovda, about ferry subsidies.",
			extract.Meeting, []string{"Tove Brandsrud", "Arild Hovda"}, "sentence-subject"},
		{"a fronted month and year before the pronoun",
			"Deputy Foreign Minister Marta Oyelaran has spent two years on the river dispute. In March 2025 she flew to Maputo to meet Water Minister Tomas Chissano alone.",
			extract.Meeting, []string{"Marta Oyelaran", "Tomas Chissano"}, "sentence-subject"},
	})
}
