package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCompaniesPersons: a counted plural of persons ("the two chief
// executives", "both chairmen") after an event of two organizations is
// the person the story gave each organization as its own, one each
// (rule last-event, participants_companypersons.go); the organizations
// stay the parties when one of them has no person of its own, or two
// the description cannot tell apart.
func TestCompaniesPersons(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"two chief executives after a deal of their companies",
			"The Danish shipbuilder Norvik Yards agreed on Tuesday to build four ferries for the Chilean operator Austral Navegacion. " +
				"Norvik chief executive Mette Kjaergaard called the order the largest in the yard's history. The ships should sail from 2028, according to Ignacio Torrealba, chief executive of Austral Navegacion. " +
				"The two chief executives plan to hold talks in Valparaiso in May about a dock for servicing the fleet.",
			extract.Meeting, []string{"Mette Kjaergaard", "Ignacio Torrealba"}, "clause-described-subject"},
		{"both chairmen: an irregular plural",
			"Kestrel Bank reached a deal with Orlo Credit on Monday to merge their card businesses. " +
				"Tomas Wexler, chairman of Kestrel Bank, called the deal overdue, and Beatrix Halloran, chairman of Orlo Credit, said staff would keep their jobs. " +
				"Both chairmen will meet again in Geneva on June 3 to settle the board seats.",
			extract.Meeting, []string{"Tomas Wexler", "Beatrix Halloran"}, "clause-described-subject"},
		{"a company with two persons: the one holding the title described",
			"The Danish shipbuilder Norvik Yards agreed on Tuesday to build four ferries for the Chilean operator Austral Navegacion. " +
				"Norvik chairman Jens Holm praised the yard's workers, and Norvik chief executive Mette Kjaergaard thanked the buyer. Austral Navegacion chief executive Ignacio Torrealba expects the first ship in 2028. " +
				"The two chief executives plan to hold talks in Valparaiso in May about a dock for servicing the fleet.",
			extract.Meeting, []string{"Mette Kjaergaard", "Ignacio Torrealba"}, "clause-described-subject"},
		// traps: the organizations stay the parties
		{"the chief executive of a third company is no party",
			"The Danish shipbuilder Norvik Yards agreed on Tuesday to build four ferries for the Chilean operator Austral Navegacion. " +
				"Norvik chief executive Mette Kjaergaard called the order the largest in the yard's history. Rival builder Halvsund, whose chief executive Per Lindqvist had bid for the contract, declined to comment. " +
				"The two chief executives plan to hold talks in Valparaiso in May about a dock for servicing the fleet.",
			extract.Meeting, []string{"Norvik Yards", "Austral Navegacion"}, "clause-described-subject"},
		{"two persons of one company and no title to tell them apart",
			"Kestrel Bank reached a deal with Orlo Credit on Monday to merge their card businesses. " +
				"Tomas Wexler, chairman of Kestrel Bank, called the deal overdue, and Kestrel Bank chief executive Ruth Abney echoed him. Beatrix Halloran, chairman of Orlo Credit, said staff would keep their jobs. " +
				"The two executives will meet again in Geneva on June 3 to settle the board seats.",
			extract.Meeting, []string{"Kestrel Bank", "Orlo Credit"}, "clause-described-subject"},
	})
}

// TestPeopleFromCountriesList: a plural title head before "from" or "of"
// and a list of countries ("negotiators from A, B and C") takes the whole
// list as its complement, the first country too (clause.go
// peopleComplement); countries whose people only attended are no parties
// of what others signed.
func TestPeopleFromCountriesList(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"advisers from three countries agree",
			"Security advisers from Norway, Sweden and Finland reached an accord in Tromso on Wednesday on joint Arctic drills.",
			extract.Agreement, []string{"Norway", "Sweden", "Finland"}, "clause-named"},
		{"negotiators of three countries sign",
			"Negotiators of Kenya, Tanzania and Uganda signed a protocol on lake fishing in Mwanza late on Friday.",
			extract.Agreement, []string{"Kenya", "Tanzania", "Uganda"}, "clause-named"},
		{"observers who only attended are no parties",
			"Observers from Norway, Sweden and Finland looked on in Reykjavik on Tuesday as Denmark and Iceland signed a pact on fishing rights.",
			extract.Agreement, []string{"Denmark", "Iceland"}, "clause-named"},
	})
}

// TestRoundOfCompaniesTalks: a round of talks with no party of its own
// after a deal two persons signed for their companies is a sitting of
// the companies' talks (events_rounds.go, and events_actors.go leaves it
// the companies'); after a deal of two persons the story gave no
// employer, the round stays theirs.
func TestRoundOfCompaniesTalks(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"a later round after heads signed for their companies",
			"Osprey Freight and Talvik Lines signed a ten-year charter deal in Helsinki on Friday. " +
				"Osprey Freight chief executive Marta Osei and Talvik Lines chairman Jari Lehto signed the contract in the Talvik boardroom.\n\n" +
				"A first round of negotiations was held in Tallinn in March 2025. The next round came in Riga in October 2025.",
			extract.Meeting, []string{"Osprey Freight", "Talvik Lines"}, "next-round"},
		{"a later round stays the companies' when their heads also met",
			"Osprey Freight and Talvik Lines signed a ten-year charter deal in Helsinki on Friday. " +
				"Osprey Freight chief executive Marta Osei and Talvik Lines chairman Jari Lehto signed the contract in the Talvik boardroom.\n\n" +
				"A first round of negotiations was held in Tallinn in March 2025. The next round came in Riga in October 2025.\n\n" +
				"After the ceremony, Osei and Lehto held talks over lunch in Helsinki on the next ship orders.",
			extract.Meeting, []string{"Osprey Freight", "Talvik Lines"}, "next-round"},
		// trap: no employer told, the negotiators stay the parties
		{"a later round after two ministers signed",
			"Peruvian Trade Minister Elena Vargas and Chilean Trade Minister Tomas Riquelme signed a fruit protocol in Arica on Friday.\n\n" +
				"A first round of negotiations was held in Lima in March 2025. The next round came in Tacna in October 2025.",
			extract.Meeting, []string{"Elena Vargas", "Tomas Riquelme"}, "next-round"},
	})
}
