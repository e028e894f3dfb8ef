package extract_test

import "testing"

// TestOccasionSides: a passive agreement clause with no party of its own
// takes the persons of the "between" phrase of the meeting noun it was
// concluded at (events_deal_occasion.go); traps: talks told in a clause
// of their own, a by-phrase that names the signers, an offer, a denial.
func TestOccasionSides(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "at a meeting, with a place before between",
			text: "ABUJA, March 3, 2026 - The fishing accord was signed on Friday at a meeting in Lagos between Nigeria's trade minister, Bola Adeyemi, and Ghana's finance minister, Kofi Mensah.",
			typ:  "agreement", want: [][]string{{"Bola Adeyemi", "Kofi Mensah"}}},
		{name: "during a call, each side with a city",
			text: "ABUJA, March 3, 2026 - The supply contract was signed on Friday during a video call between Delta Rail's chairman, Bola Adeyemi, in Abuja and Coastline Cement's founder, Kofi Mensah, in Accra.",
			typ:  "agreement", want: [][]string{{"Bola Adeyemi", "Kofi Mensah"}}},
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
