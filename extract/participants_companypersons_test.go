package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCompaniesPersons: a counted plural of persons ("the two chief
// executives", "both chairmen") after an event of two organizations is
// the person the story gave each organization as its own, one each
// (rule last-event, participants_companypersons.go). When the noun names
// a title, each person taken holds it, a company's only person too; the
// organizations stay the parties when one of them has no such person, or
// two the description cannot tell apart.
func TestCompaniesPersons(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"two chief executives after a deal of their companies",
			"Brightfold Software signed an agreement with the grocery chain Marlow Stores on Thursday to test its checkout tools in 40 shops. " +
				"Brightfold chief executive Anika Sorensen expects the trial to start before Christmas. Dev Patil, chief executive of Marlow Stores, called the tools easy to use. " +
				"Next month the two chief executives are scheduled to meet in Leeds to pick the first shops.",
			extract.Meeting, []string{"Anika Sorensen", "Dev Patil"}, "clause-described-subject"},
		{"both chairmen: an irregular plural",
			"Corvane Insurance struck a deal with Heddle Mutual on Monday to share a claims centre. " +
				"Corvane chairman Lionel Brisk predicted lower costs, while Ottilie Marsh, chairman of Heddle Mutual, promised no branch closures. " +
				"Both chairmen expect to meet in Bristol on Oct. 2 about the centre's staffing.",
			extract.Meeting, []string{"Lionel Brisk", "Ottilie Marsh"}, "clause-described-subject"},
		{"a company with two persons: the one holding the title described",
			"Brightfold Software signed an agreement with the grocery chain Marlow Stores on Thursday to test its checkout tools in 40 shops. " +
				"Brightfold chairman Owen Tarrant welcomed the order, and Brightfold chief executive Anika Sorensen expects the trial to start before Christmas. Marlow Stores chief executive Dev Patil called the tools easy to use. " +
				"Next month the two chief executives are scheduled to meet in Leeds to pick the first shops.",
			extract.Meeting, []string{"Anika Sorensen", "Dev Patil"}, "clause-described-subject"},
		{"two directors: a one-word title the persons' longer titles end on",
			"Pellow Foods struck a deal with the packaging maker Crantock Ltd on Wednesday to switch to paper trays. " +
				"Pellow finance director Aled Rhys called the switch cheaper in the long run, and Crantock managing director Yusra Qadir welcomed the volume. " +
				"The two directors will meet in Cardiff on Nov. 9 to fix delivery dates.",
			extract.Meeting, []string{"Aled Rhys", "Yusra Qadir"}, "clause-described-subject"},
		// traps: the organizations stay the parties
		{"a company's only person holds another title",
			"Brightfold Software signed an agreement with the grocery chain Marlow Stores on Thursday to test its checkout tools in 40 shops. " +
				"Brightfold spokesman Felix Orme expects the trial to start before Christmas. Dev Patil, chief executive of Marlow Stores, called the tools easy to use. " +
				"Next month the two chief executives are scheduled to meet in Leeds to pick the first shops.",
			extract.Meeting, []string{"Brightfold Software", "Marlow Stores"}, "clause-described-subject"},
		{"a lone chief executive is none of both chairmen",
			"Corvane Insurance struck a deal with Heddle Mutual on Monday to share a claims centre. " +
				"Corvane chief executive Lionel Brisk predicted lower costs, while Ottilie Marsh, chairman of Heddle Mutual, promised no branch closures. " +
				"Both chairmen expect to meet in Bristol on Oct. 2 about the centre's staffing.",
			extract.Meeting, []string{"Corvane Insurance", "Heddle Mutual"}, "clause-described-subject"},
		{"the chief executive of a third company is no party",
			"Brightfold Software signed an agreement with the grocery chain Marlow Stores on Thursday to test its checkout tools in 40 shops. " +
				"Brightfold chief executive Anika Sorensen expects the trial to start before Christmas. Rival supplier Tillcraft, whose chief executive Noor Haddad had pitched to Marlow, would not comment. " +
				"Next month the two chief executives are scheduled to meet in Leeds to pick the first shops.",
			extract.Meeting, []string{"Brightfold Software", "Marlow Stores"}, "clause-described-subject"},
		{"two persons of one company and no title to tell them apart",
			"Corvane Insurance struck a deal with Heddle Mutual on Monday to share a claims centre. " +
				"Corvane chairman Lionel Brisk predicted lower costs, and Corvane chief executive Hana Dvorak agreed. Ottilie Marsh, chairman of Heddle Mutual, promised no branch closures. " +
				"The two executives expect to meet in Bristol on Oct. 2 about the centre's staffing.",
			extract.Meeting, []string{"Corvane Insurance", "Heddle Mutual"}, "clause-described-subject"},
	})
}

// TestPeopleFromCountriesList: a plural title head before "from" or "of"
// and a list of countries ("negotiators from A, B and C") takes the whole
// list as its complement, the first country too (clause.go
// peopleComplement); countries whose people only attended are no parties
// of what others signed.
func TestPeopleFromCountriesList(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"a deal sealed by directors of three countries",
			"Customs directors of Ghana, Togo and Benin sealed a deal for the lagoon ports in Cotonou on Saturday.",
			extract.Agreement, []string{"Ghana", "Togo", "Benin"}, "clause-named"},
		{"commissioners of three countries approve an accord",
			"Late on Friday, the water commissioners of Peru, Bolivia and Ecuador approved an accord to share flood forecasts for the Andes.",
			extract.Agreement, []string{"Peru", "Bolivia", "Ecuador"}, "clause-named"},
		{"observers who only attended are no parties",
			"Envoys from Chile, Uruguay and Paraguay looked on in Asuncion on Tuesday as Argentina and Brazil signed a pact on river dredging.",
			extract.Agreement, []string{"Argentina", "Brazil"}, "clause-named"},
	})
}

// TestRoundOfCompaniesTalks: a round of talks with no party of its own
// after a deal two persons signed for their companies is a sitting of
// the companies' talks (events_rounds.go, and events_actors.go leaves it
// the companies'); after a deal of two persons the story gave no
// employer, the round stays theirs.
func TestRoundOfCompaniesTalks(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"an earlier round after two heads signed for a union and an employer",
			"Gwen Ashby, chairwoman of the Brewery Workers Guild, and Rupert Vale, finance director of Hopwell Breweries, signed a wage deal in York on Tuesday.\n\n" +
				"A first round of talks had been held in Leeds in January. In March a second round was held in Hull.",
			extract.Meeting, []string{"Brewery Workers Guild", "Hopwell Breweries"}, "next-round"},
		{"the round stays the bodies' when their heads also met",
			"Gwen Ashby, chairwoman of the Brewery Workers Guild, and Rupert Vale, finance director of Hopwell Breweries, signed a wage deal in York on Tuesday.\n\n" +
				"A first round of talks had been held in Leeds in January. In March a second round was held in Hull.\n\n" +
				"Ashby and Vale met again on Wednesday in York to plan the new shift patterns.",
			extract.Meeting, []string{"Brewery Workers Guild", "Hopwell Breweries"}, "next-round"},
		// trap: no employer told, the negotiators stay the parties
		{"a round after two mayors signed",
			"Mayor Ilse Brandt of Kiel and Mayor Søren Dahl of Aarhus signed a twinning pact in Kiel on Tuesday.\n\n" +
				"A first round of talks had been held in Aarhus in January. In March a second round was held in Kiel.",
			extract.Meeting, []string{"Ilse Brandt", "Søren Dahl"}, "next-round"},
	})
}
