package extract_test

import (
	"slices"
	"testing"
)

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
		{name: "met a country's field-first minister, named after",
			text: "Ruth Amsel, chief executive of Corvane Energy, met Germany's economy minister, Tobias Renner, in Berlin on Thursday to discuss the terminal.",
			typ:  "meeting", want: [][]string{{"Ruth Amsel", "Tobias Renner"}}},
		{name: "met a field-first minister named before his name",
			text: "Ruth Amsel, chief executive of Corvane Energy, met trade minister Tobias Renner in Berlin on Thursday.",
			typ:  "meeting", want: [][]string{{"Ruth Amsel", "Tobias Renner"}}},
		{name: "speaking to a field-first correspondent is no meeting",
			text: "A senior army officer, in an interview with the Kelbury Post's defence correspondent Ana Lisle, said on Monday that recruitment was still falling short.",
			typ:  "meeting"},
		{name: "a minister's targets are met by no one",
			text: "Corvane Energy said on Thursday that its Louisiana terminal had failed to meet the economy minister's targets for emissions last year.",
			typ:  "meeting"},
		{name: "a deal's terms set off by a comma after its support verb",
			text: "Ardent Federal Solutions Inc. today announced that it has entered into a five-year, $212 million contract with the Department of Veterans Affairs to rebuild its scheduling systems.",
			typ:  "agreement", want: [][]string{{"Ardent Federal Solutions Inc.", "Department of Veterans Affairs"}}},
		{name: "a company named in apposition to its subsidiary's description",
			text: "Corvane Energy Partners LP today announced that its subsidiary, Corvane LNG Marketing LLC, has signed a 15-year supply agreement with Hanseatic Stadtwerke AG.",
			typ:  "agreement", want: [][]string{{"Corvane LNG Marketing LLC", "Hanseatic Stadtwerke AG"}}},
		{name: "a subsidiary's description before a list of names is no apposition",
			text: "Corvane Energy Partners LP said its subsidiary, Corvane LNG Marketing LLC, Orlo Freight Ltd. and Veltra Biosciences AG had formed a shipping group.",
			typ:  "agreement"},
		{name: "a Malay university and a company with its two-part legal form",
			text: "Universiti Teknologi Kelana and Halcyon Semiconductor Sdn. Bhd. yesterday signed a memorandum of understanding to set up a joint chip design laboratory in Penang.",
			typ:  "agreement", want: [][]string{{"Universiti Teknologi Kelana", "Halcyon Semiconductor Sdn. Bhd."}}},
		{name: "they after a reporting verb are its coordinated subject",
			text: "Marchetti Controls Corp. (NYSE: MCC), a supplier of automation equipment, and Tallgrass Sensing plc, which designs sensors for turbines, today announced that they have entered into a definitive agreement under which Marchetti will buy Tallgrass.",
			typ:  "agreement", want: [][]string{{"Marchetti Controls Corp.", "Tallgrass Sensing plc"}}},
		{name: "they after a reporting verb of one subject are not its subject",
			text: "Orlo Freight Ltd. and Veltra Biosciences AG signed a supply agreement in Basel on Monday. Kelbury Shipping Co. said on Tuesday that they had also agreed to share warehouses.",
			typ:  "agreement", want: [][]string{{"Orlo Freight Ltd.", "Veltra Biosciences AG"}}, banned: []string{"Kelbury Shipping Co."}},
		{name: "a legal form in lower case ends the name",
			text: "Harbor Foods plc said on Monday it had signed a distribution agreement with Orlo Freight Ltd. covering its stores in Sweden.",
			typ:  "agreement", want: [][]string{{"Harbor Foods plc", "Orlo Freight Ltd."}}},
	})
}

// TestReleaseDatelineDate: the date a wire's dateline carries ("SEATTLE--
// (BUSINESS WIRE)--Sept. 9, 2026--") dates the story, not the deal its
// first sentence announces, so the signing told next ("was signed on
// Tuesday ... by" the two chief executives, who stand for the companies)
// is the same agreement, dated by its own clause and named by its
// signatories.
func TestReleaseDatelineDate(t *testing.T) {
	rec := extractText(t, "release-dateline", "2026-09-09",
		"Harbor Foods and Orlo Freight Sign Shipping Agreement\n\n"+
			"SEATTLE--(BUSINESS WIRE)--Sept. 9, 2026--Harbor Foods Inc. and Orlo Freight Ltd., a carrier of chilled goods, today announced that they have entered into a five-year shipping agreement.\n\n"+
			"The agreement was signed on Tuesday in Portland by Harbor Foods chief executive Lena Ostrova and Orlo Freight chief executive Marcus Bell.")
	evs := eventsOf(rec, "agreement")
	if len(evs) != 1 {
		t.Fatalf("want one agreement, got %s", eventList(rec))
	}
	if evs[0].Date != "2026-09-08" {
		t.Errorf("date %q, want 2026-09-08 (the signing's own); events: %s", evs[0].Date, eventList(rec))
	}
	var names []string
	for _, p := range evs[0].Participants {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Lena Ostrova") || !slices.Contains(names, "Marcus Bell") {
		t.Errorf("want the signatories among the parties; events: %s", eventList(rec))
	}
}
