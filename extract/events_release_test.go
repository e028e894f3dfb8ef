package extract_test

import "testing"

// TestReleaseReadings: the forms of press releases and corporate
// announcements (events_release.go, orgforms.go, support verb "enter
// into"): a deal entered into, a company named with two legal forms,
// "X and Y Z GmbH" as two companies when X leads a company's name
// elsewhere, and the closing sections (About, forward-looking statements,
// contacts) that tell no event. Every sentence is invented.
func TestReleaseReadings(t *testing.T) {
	about := "\n\nAbout Veltra Biosciences\nVeltra Biosciences AG is based in Basel, Switzerland, and employs 900 people.\n\n"
	runDealCases(t, []dealCase{
		{name: "entered into an agreement with",
			text: "BASEL, Switzerland, March 2, 2026 -- Veltra Biosciences AG, a maker of industrial enzymes, today announced that it has entered into a five-year supply agreement with Orlo Freight Ltd. under which Orlo will carry its products to ports in Asia.",
			typ:  "agreement", want: [][]string{{"Veltra Biosciences AG", "Orlo Freight Ltd."}}},
		{name: "entered into force is no agreement",
			text: "The rules entered into force on Monday, and regulators in Basel said they would review them next year.",
			typ:  "agreement"},
		{name: "entered into talks is no agreement",
			text: "Veltra Biosciences AG said on Monday that it had entered into talks with several lenders about refinancing its debt.",
			typ:  "agreement"},
		{name: "two legal forms after a comma are one name",
			text: "Veltra Biosciences AG said on Tuesday that it had signed a licensing agreement with Kasumi Pharmaceutical Co., Ltd. for its enzyme platform in Japan.",
			typ:  "agreement", want: [][]string{{"Veltra Biosciences AG", "Kasumi Pharmaceutical Co., Ltd."}}, banned: []string{"Ltd."}},
		{name: "a company's short name coordinated with another company",
			text: "Northbeam Software Inc. reported higher bookings on Tuesday. As the first step in its plan, Northbeam and Alderic Cloud GmbH, a Munich hosting firm, have entered into a partnership agreement to serve retailers in Germany.",
			typ:  "agreement", want: [][]string{{"Northbeam Software Inc.", "Alderic Cloud GmbH"}}},
		{name: "one name with and when its first word leads nothing else",
			text: "Tolvane and Brisk Shipbuilding Ltd. said on Monday that it had signed a contract with Orlo Freight Ltd. for two tugboats.",
			typ:  "agreement", want: [][]string{{"Tolvane and Brisk Shipbuilding Ltd.", "Orlo Freight Ltd."}}, banned: []string{"Tolvane"}},
		{name: "the forward-looking statements tell no agreement",
			text: "Veltra Biosciences AG reported higher sales on Monday and said demand from brewers had doubled in a year, helped by a warm summer across Europe." + about +
				"Forward-Looking Statements\nThis release contains forward-looking statements, including statements about our ability to enter into agreements with partners such as Orlo Freight Ltd. and to sign new contracts with brewers.\n\nMedia Contact:\nLise Marten, +41 61 555 0100",
			typ: "agreement"},
		{name: "an About section's places make no event's place",
			text: "Veltra Biosciences AG and Orlo Freight Ltd. today announced that they have signed a shipping agreement." + about + "About Orlo Freight\nOrlo Freight Ltd. is headquartered in Rotterdam and signed its first contract with Veltra Biosciences AG in 2019.",
			typ:  "agreement", want: [][]string{{"Veltra Biosciences AG", "Orlo Freight Ltd."}}},
	})
}
