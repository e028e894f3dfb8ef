package extract_test

import "testing"

// TestMeetingCounterpart: an agreement whose clause names one party is
// made with the other parties of the meeting its own sentence tells, when
// that party took part in it (events_deal_counterpart.go); traps: the
// meeting told only in an earlier sentence and a one-sided agreement with no meeting at all.
func TestMeetingCounterpart(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "end of the talks",
			text: "Special envoy Ines Varga held talks with rebel commander Tomas Okello in Gulu on Monday and Tuesday.\n\n" +
				"At the end of the talks on Tuesday, Okello agreed to withdraw his fighters from three checkpoints, the envoy's office said.",
			typ: "agreement", want: [][]string{{"Ines Varga", "Tomas Okello"}}},
		{name: "during the meeting, a pronoun subject",
			text: "Trade Minister Sofia Lind met Brazilian Agriculture Minister Paulo Teixeira in Stockholm on Thursday.\n\n" +
				"During the meeting, he agreed to lift a ban on Swedish pork imports.",
			typ: "agreement", want: [][]string{{"Paulo Teixeira", "Sofia Lind"}}},
		{name: "the meeting only in the sentence before",
			text: "Coach Marco Bellini met club chairman Hugh Tarrant and director Ann Dowie in Glasgow on Friday.\n\n" +
				"Bellini signed a contract until 2029 on Sunday.",
			typ: "agreement", banned: []string{"Hugh Tarrant", "Ann Dowie"}},
		{name: "no meeting at all",
			text: "Mayor Lena Hart agreed on Monday to step down at the end of the year, her office said.",
			typ:  "agreement"},
	})
}

// TestQuotedAgreement: an agreement inside a quotation is told as fact
// when the writer quotes only the predicate of a readout (quoted-predicate)
// or a speaker reports in the past that third parties agreed or signed
// (quoted-agreement); traps: a view ("agreed with", "agreed that"), a
// plan, a possibility, a negation and a condition stay no event.
func TestQuotedAgreement(t *testing.T) {
	call := "President Nurlan Abenov of Kazakhstan spoke by telephone with Kyrgyz President Aida Sydykova on Tuesday.\n\n"
	runDealCases(t, []dealCase{
		{name: "quoted predicate",
			text: call + "The two presidents \"agreed to instruct their transport ministers to draw up a new fee schedule\", the readout said.",
			typ:  "agreement", want: [][]string{{"Aida Sydykova", "Nurlan Abenov"}}},
		{name: "a statement's quoted report",
			text: call + "A panel on rail tariffs will be formed, the presidential office said, adding: \"They agreed on that within the first hour.\"",
			typ:  "agreement", want: [][]string{{"Aida Sydykova", "Nurlan Abenov"}}},
		{name: "a speaker's report of the other side",
			text: "Envoy Ines Varga held talks with commander Tomas Okello in Gulu on Monday.\n\n" +
				"\"By midnight he agreed to free the hostages,\" Varga, who led the mediation, told reporters.",
			typ: "agreement", want: [][]string{{"Ines Varga", "Tomas Okello"}}},
		{name: "agreed with: a view",
			text: call + "\"He agreed with me that the crossing must reopen soon,\" Abenov told reporters.",
			typ:  "agreement"},
		{name: "a plan in a quotation",
			text: call + "\"The two sides will sign a new treaty before the harvest,\" the readout quoted Abenov as saying.",
			typ:  "agreement"},
		{name: "a possibility in a quotation",
			text: call + "\"The ministers could agree to a new schedule within a month,\" an official said.",
			typ:  "agreement"},
		{name: "a negation in a quotation",
			text: call + "\"They never agreed to any new fees,\" a Kyrgyz official said.",
			typ:  "agreement"},
	})
}

// TestJointVentureSides: a joint venture formed, set up or entered into
// and an agreement executed are agreements; a clause that names both
// sides by name, neither a person, is not left for a person the sentence
// names later (salient-person). Traps: "it signed" with a person spoken of before (a company acts,
// not the person), a company "formed by a merger" long ago
// (the merger is the agent, not a deal made), "executed its strategy".
func TestJointVentureSides(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "executed an agreement",
			text: "PERTH, Aug 26 (Wire) - A copper project will go ahead after Corran Minerals Limited signed a binding joint venture agreement with Okavu Resources Pte Ltd, the miner told the exchange on Tuesday.",
			typ:  "agreement", want: [][]string{{"Corran Minerals Limited", "Okavu Resources Pte Ltd"}}},
		{name: "formed a joint venture, a minister met after",
			text: "Tessaly Shipping set up a joint venture with Kandor Ports in 2021 for a feeder terminal, a deal its chief executive sealed after meeting the shipping minister, Ravi Menon, in New Delhi.",
			typ:  "agreement", want: [][]string{{"Kandor Ports", "Tessaly Shipping"}}, banned: []string{"Ravi Menon"}},
		{name: "set up a joint venture",
			text: "Brightwater Energy and Solano Power set up a joint venture last year to build wind farms off the coast of Chile.",
			typ:  "agreement", want: [][]string{{"Brightwater Energy", "Solano Power"}}},
		{name: "it signed: no person spoken of",
			text: "Dr. Aidan Moore, who founded the sonar maker in 2009, will join the board of Brandvik Marine ASA as chief technology officer, the Oslo company said on Tuesday.\n\n" +
				"\"Aidan built something rare,\" said Moore's former partner Lena Holt.\n\n" +
				"Separately, the group announced that it signed a memorandum of understanding with Sorland Ferries AB on May 28 to test electric tugs.",
			typ: "agreement", banned: []string{"Lena Holt", "Aidan Moore"}},
		{name: "formed by a merger",
			text: "Velmar Health, which was formed by a merger of two hospital groups in 1999, said on Monday that profits rose.",
			typ:  "agreement"},
		{name: "executed a strategy",
			text: "Corran Minerals Limited executed its strategy well this year, chief executive Grace Mwale told shareholders in Perth on Tuesday.",
			typ:  "agreement"},
	})
}

// TestAgreementOnMeetingDay: an agreement whose parties are those of the
// meeting told just before, with no date of its own, is dated by that
// meeting — not by the story's focal person's background date (scene.go,
// parties-event). Trap: an agreement with a date of its own keeps it.
func TestAgreementOnMeetingDay(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a quoted outcome after a dated meeting",
			"President Nurlan Abenov, who signed a transit treaty with Kyrgyzstan in 2011, said on Tuesday the fees were too high. " +
				"Abenov has asked his government to review the treaty. Abenov's office gave no details.\n\n" +
				"Separately, Agriculture Minister Dana Seitkali met Deputy Prime Minister Bakyt Usenov in Geneva on Monday. " +
				"\"We agreed that our experts will meet again before the end of May,\" Seitkali told reporters after the meeting.",
			"2026-05-18"},
		{"its own date",
			"Agriculture Minister Dana Seitkali met Deputy Prime Minister Bakyt Usenov in Geneva on Monday. " +
				"The two ministers agreed on Tuesday to open the crossing.",
			"2026-05-19"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "deal-day", "2026-05-20", "World news\n\n"+c.text)
			evs := eventsOf(rec, "agreement")
			for _, ev := range evs {
				if len(ev.Participants) == 2 && ev.Participants[0].Name != "" && (ev.Participants[0].Name == "Dana Seitkali" || ev.Participants[1].Name == "Dana Seitkali") {
					if ev.Date != c.want {
						t.Errorf("agreement dated %q, want %q; events: %s", ev.Date, c.want, eventList(rec))
					}
					return
				}
			}
			t.Errorf("no agreement of Seitkali; events: %s", eventList(rec))
		})
	}
}

// TestGroupOfNamedIsNoBackReference: a group noun whose of-phrase names an
// organization ("Farm ministers of the Danube Grain
// Council gathered ... and agreed") is that body's people, not the parties of
// the event told last (events.go anaphoricSubject, groupOfNamed). Trap:
// "the two ministers" with no of-phrase still points back.
func TestGroupOfNamedIsNoBackReference(t *testing.T) {
	talks := "18:05 - Prime Minister Lim Wei Jie held talks with Thai Prime Minister Somchai Rattana in Bangkok.\n\n"
	runDealCases(t, []dealCase{
		{name: "ministers of a named forum",
			text: talks + "21:30 - In Vienna, farm ministers of the Danube Grain Council agreed to lift the export quota by a tenth.",
			typ:  "agreement", want: [][]string{{"Danube Grain Council"}}, banned: []string{"Lim Wei Jie", "Somchai Rattana"}},
		{name: "the two prime ministers point back",
			text: talks + "21:30 - The two prime ministers agreed to open a consulate in Chiang Mai.",
			typ:  "agreement", want: [][]string{{"Lim Wei Jie", "Somchai Rattana"}}},
	})
}
