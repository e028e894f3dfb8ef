package extract_test

import "testing"

// TestDealApproval: a deal told through its approval, ratification or
// acceptance (events_deal_approve.go, support verbs of class approve), and
// the approvals that are no deal with a party.
func TestDealApproval(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "council approves an agreement with another council",
			text: "After a long debate on Tuesday night, Marden Town Council approved an agreement with Ostley Borough Council to share a fleet of gritters over the winter.",
			typ:  "agreement", want: [][]string{{"Marden Town Council", "Ostley Borough Council"}}},
		{name: "parliament ratifies a treaty with a country",
			text: "Finland's parliament ratified a border agreement with Estonia on Thursday by 141 votes to 30, ending a decade of wrangling over the island.",
			typ:  "agreement", want: [][]string{{"Finland", "Estonia"}}},
		{name: "a league approves a takeover: its two sides, not the league",
			text: "The Northern Premier League has approved the takeover of Brackley Albion by Corbin Holdings, the club confirmed in a short statement on its website.",
			typ:  "agreement", want: [][]string{{"Brackley Albion", "Corbin Holdings"}}, banned: []string{"Northern Premier League"}},
		{name: "a regulator clears a merger between two companies",
			text: "The Kessler Commission endorsed the merger between Halvard Shipping and Ostrova Lines on Monday, subject to the sale of two ferry routes.",
			typ:  "agreement", want: [][]string{{"Halvard Shipping", "Ostrova Lines"}}, banned: []string{"Kessler Commission"}},
		{name: "a budget approved is no agreement",
			text: "Marden Town Council approved its budget for next year on Tuesday, with a 4 percent rise in council tax.",
			typ:  "agreement"},
		{name: "a plan endorsed is no agreement",
			text: "The board of Halvard Shipping endorsed a plan to cut 300 jobs at its yards in Tromso, the company said.",
			typ:  "agreement"},
		{name: "a deal rejected is none",
			text: "Marden Town Council rejected an agreement with Ostley Borough Council on Tuesday after residents objected to the cost.",
			typ:  "agreement"},
		{name: "a deal still to be approved is not approved again",
			text: "The agreement between Halvard Shipping and Ostrova Lines must still be approved by regulators in Oslo.",
			typ:  "agreement"},
	})
}

// TestAcceptedOffer: an offer, bid or takeover accepted by a company, its
// board or its shareholders is a deal between the company and the bidder
// (party rule accepted-offer); one made, rejected or considered is none.
func TestAcceptedOffer(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "shareholders vote to accept an offer",
			text: "At a short meeting in Hull on Friday, shareholders in Marrick Foods voted to accept the 600 million pound offer from Oostburg Group, the company said.",
			typ:  "agreement", want: [][]string{{"Marrick Foods", "Oostburg Group"}}},
		{name: "a board accepts a possessed bid",
			text: "Trelawny Systems' chief executive said the company's future was secure after Halvorsen Bank's board accepted Trelawny Systems's bid late on Tuesday.",
			typ:  "agreement", want: [][]string{{"Halvorsen Bank", "Trelawny Systems"}}},
		{name: "the board of a company accepts a takeover bid from an unknown name",
			text: "The board of Kestrel Mining accepted a takeover bid from Orvane Resources on Monday, the miner said in a filing.",
			typ:  "agreement", want: [][]string{{"Kestrel Mining", "Orvane Resources"}}},
		{name: "the bidder is the offer's own from-phrase, not a later one",
			text: "Orvane Software's board accepted Halberd Partners' offer on Wednesday, weeks after a rival approach from Sutter Capital was withdrawn.",
			typ:  "agreement", want: [][]string{{"Orvane Software", "Halberd Partners"}}, banned: []string{"Sutter Capital"}},
		{name: "a buyout accepted from a bidder",
			text: "Marrick Foods accepted a 600 million pound buyout from Oostburg Group on Monday and turned down a larger bid from Tessaro Holdings.",
			typ:  "agreement", want: [][]string{{"Marrick Foods", "Oostburg Group"}}, banned: []string{"Tessaro Holdings"}},
		{name: "an offer rejected is none",
			text: "Shareholders in Marrick Foods rejected the offer from Oostburg Group on Friday, saying it undervalued the business.",
			typ:  "agreement"},
		{name: "an offer considered is none",
			text: "Kinloch Systems said on Thursday that it was considering an offer from Sutter Capital and had hired advisers.",
			typ:  "agreement"},
		{name: "an offer made is none",
			text: "Oostburg Group made an offer of 600 million pounds for Marrick Foods on Friday, its second approach this year.",
			typ:  "agreement"},
		{name: "a bid to host a contest accepted is no deal",
			text: "The Olympic committee accepted Kenya's bid to host the 2036 Games on Monday.",
			typ:  "agreement"},
		{name: "a person accepting a job offer is no deal",
			text: "Ana Soto accepted an offer from Harvard University to teach law.",
			typ:  "agreement"},
		{name: "a person accepting an offer with no purpose told is no deal",
			text: "Ana Soto accepted an offer from Harvard University on Monday after weeks of talks.",
			typ:  "agreement"},
		{name: "an offer to buy accepted stays a deal",
			text: "The board of Kestrel Mining accepted an offer from Orvane Resources to buy the company on Monday, the miner said in a filing.",
			typ:  "agreement", want: [][]string{{"Kestrel Mining", "Orvane Resources"}}},
		{name: "shareholders voting against is none",
			text: "Shareholders in Marrick Foods voted against the offer from Oostburg Group at a meeting in Hull on Friday.",
			typ:  "agreement"},
	})
}

// TestMembersBody: a body's members approving a deal are the body (party
// rule members-body), never the person the story spoke of last.
func TestMembersBody(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "commissioners are their commission",
			text: "The Marden County Commission met on Tuesday. Its chair, Rita Okafor, said the session was long. Commissioners also approved a licensing agreement with Tessaro Foods for a market on county land.",
			typ:  "agreement", want: [][]string{{"Marden County Commission", "Tessaro Foods"}}, banned: []string{"Rita Okafor"}},
		{name: "councillors are their council",
			text: "Ostley Borough Council has struggled with winter roads. Leader Kevin Strang spoke first. Councillors then approved an agreement with Pellow Haulage to grit the hill roads.",
			typ:  "agreement", want: [][]string{{"Ostley Borough Council", "Pellow Haulage"}}, banned: []string{"Kevin Strang"}},
	})
}
