package extract_test

import "testing"

// TestOccasionSides: a passive agreement clause with no party of its own
// takes the persons of the "between" phrase of the meeting noun it was
// concluded at, and so does a deal noun whose support verb follows it in
// the passive ("a deal was struck at a lunch between ...")
// (events_deal_occasion.go); traps: talks told in a clause
// of their own, a by-phrase that names the signers, an offer, a denial.
func TestOccasionSides(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "at a meeting, with a place before between",
			text: "ABUJA, March 3, 2026 - The fishing accord was signed on Friday at a meeting in Lagos between Nigeria's trade minister, Bola Adeyemi, and Ghana's finance minister, Kofi Mensah.",
			typ:  "agreement", want: [][]string{{"Bola Adeyemi", "Kofi Mensah"}}},
		{name: "in a call, each side with a city",
			text: "ABUJA, March 3, 2026 - The cement supply contract was signed in a telephone call late on Friday between Delta Rail's chairman, Bola Adeyemi, in Abuja and Coastline Cement's founder, Kofi Mensah, in Accra.",
			typ:  "agreement", want: [][]string{{"Bola Adeyemi", "Kofi Mensah"}}},
		{name: "the deal noun's support verb after it, in the passive",
			text: "ACCRA, March 3, 2026 - A ferry deal was struck at a lunch between the harbour master, Ama Owusu, and the shipping line's owner, Yaw Boateng.",
			typ:  "agreement", want: [][]string{{"Ama Owusu", "Yaw Boateng"}}},
		{name: "trap: no deal was struck",
			text: "ACCRA, March 3, 2026 - No ferry deal was struck at a lunch between the harbour master, Ama Owusu, and the shipping line's owner, Yaw Boateng.",
			typ:  "agreement"},
		{name: "trap: a passive deal noun with no occasion names no one",
			text: "ACCRA, March 3, 2026 - Harbour master Ama Owusu toured the docks with Yaw Boateng on Monday. A ferry deal was struck after two weeks of haggling over fees.",
			typ:  "agreement", banned: []string{"Ama Owusu", "Yaw Boateng"}},
		{name: "trap: the talks in a clause of their own",
			text: "ABUJA, March 3, 2026 - The fishing accord was signed on Friday, and talks between Nigeria's trade minister, Bola Adeyemi, and Ghana's finance minister, Kofi Mensah, resume in May.",
			typ:  "agreement", banned: []string{"Bola Adeyemi", "Kofi Mensah"}},
		{name: "trap: an offer made at a meeting",
			text: "ABUJA, March 3, 2026 - A new fishing accord was offered on Friday at a meeting in Lagos between Nigeria's trade minister, Bola Adeyemi, and Ghana's finance minister, Kofi Mensah.",
			typ:  "agreement"},
		{name: "trap: a denial",
			text: "ABUJA, March 3, 2026 - The ministry denied that a fishing accord was signed at a meeting in Lagos between Nigeria's trade minister, Bola Adeyemi, and Ghana's finance minister, Kofi Mensah.",
			typ:  "agreement"},
	})
}

// TestOccasionOfDeal: a meeting noun in the occasion phrase of an
// agreement verb was held by the agreement's sides, the persons its own
// clause names (events_deal_occasion.go); trap: a negated agreement.
func TestOccasionOfDeal(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "agreed in a call",
			text: "NAIROBI, March 3, 2026 - The rail board's chair, Amina Wekesa, and the port authority's head, Tom Mutua, settled a freight deal on Friday in a video call that lasted an hour.",
			typ:  "meeting", want: [][]string{{"Amina Wekesa", "Tom Mutua"}}},
		{name: "trap: no agreement reached in the call",
			text: "NAIROBI, March 3, 2026 - The rail board's chair, Amina Wekesa, and the port authority's head, Tom Mutua, did not sign a freight deal during a telephone call on Friday.",
			typ:  "meeting", banned: []string{"Amina Wekesa", "Tom Mutua"}},
	})
}
