package extract_test

import (
	"slices"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOccasionSides: a passive agreement clause with no party of its own
// takes the persons of the "between" phrase of the meeting noun it was
// concluded at, and so does a deal noun whose support verb follows it in
// the passive (events_deal_occasion.go). The "between" phrase is the
// coordination of two sides only: a source, a participle phrase or a
// further preposition after it names no side. Traps: a meeting set for
// later in a clause of its own, a negated deal, an offer, a denial.
func TestOccasionSides(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "after an active lede, sides with plain titles",
			text: "BODO, June 9, 2026 - Two fishing towns ended a ten-year quarrel over cod quotas on Tuesday. A settlement was signed at a dinner between Mayor Lena Holm of Bodo and Governor Piet Vos of Tromso.",
			typ:  "agreement", want: [][]string{{"Lena Holm", "Piet Vos"}}},
		{name: "a side named by a pronoun",
			text: "BODO, June 9, 2026 - Governor Piet Vos flew north on Monday. The ferry contract was concluded during a lunch between him and Mayor Lena Holm.",
			typ:  "agreement", want: [][]string{{"Lena Holm", "Piet Vos"}}},
		{name: "what was agreed told after the signing",
			text: "DENVER, June 9, 2026 - A water pact was signed in a video call between Senator Tomas Lind and Mayor Ana Ruiz that gives the city half the reservoir.",
			typ:  "agreement", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "a deal noun with its support verb after it, in the passive",
			text: "LEEDS, June 9, 2026 - A pay agreement was reached at a lunch between Coach Mia Berg and Captain Ola Dahl after weeks of feuding.",
			typ:  "agreement", want: [][]string{{"Mia Berg", "Ola Dahl"}}},
		{name: "a source after the sides is no side",
			text: "DENVER, June 9, 2026 - The bridge lease was signed at a breakfast meeting between Senator Tomas Lind and Mayor Ana Ruiz, according to city spokesman Nils Ek.",
			typ:  "agreement", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "a participle phrase after the sides names no side",
			text: "DENVER, June 9, 2026 - The bridge lease was signed at a dinner between Senator Tomas Lind and Mayor Ana Ruiz, attended by Judge Eva Sand.",
			typ:  "agreement", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "a further preposition after the sides names no side",
			text: "DENVER, June 9, 2026 - The bridge lease was signed at a lunch between Senator Tomas Lind and Mayor Ana Ruiz at the request of their bishop, Karl Moe.",
			typ:  "agreement", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "a relative clause on a side's people names no side",
			text: "DENVER, June 9, 2026 - The bridge lease was signed at a working lunch between Senator Tomas Lind and Mayor Ana Ruiz, whose deputy Nils Ek had long argued for it.",
			typ:  "agreement", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "an earlier failure told after the sides names no side",
			text: "DENVER, June 9, 2026 - The bridge lease was signed during a call between Senator Tomas Lind and Mayor Ana Ruiz, a year after a plan drawn up by Judge Eva Sand fell apart.",
			typ:  "agreement", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "trap: the meeting set for later in a clause of its own",
			text: "DENVER, June 9, 2026 - The bridge lease was signed in March and comes up for review at a dinner between Senator Tomas Lind and Mayor Ana Ruiz next spring.",
			typ:  "agreement", banned: []string{"Ana Ruiz", "Tomas Lind"}},
		{name: "trap: no pay agreement was reached",
			text: "LEEDS, June 9, 2026 - No pay agreement was reached at a lunch between Coach Mia Berg and Captain Ola Dahl after weeks of feuding.",
			typ:  "agreement"},
		{name: "trap: a passive deal noun with no occasion names no one",
			text: "LEEDS, June 9, 2026 - Coach Mia Berg had a long talk with captain Ola Dahl on Monday. A truce was reached after weeks of feuding over the captaincy.",
			typ:  "agreement", banned: []string{"Mia Berg", "Ola Dahl"}},
		{name: "trap: an offer made at a dinner",
			text: "BODO, June 9, 2026 - A new quota plan was offered at a dinner between Mayor Lena Holm of Bodo and Governor Piet Vos of Tromso.",
			typ:  "agreement"},
		{name: "trap: a denial",
			text: "BODO, June 9, 2026 - Both towns denied that a quota settlement was signed at a dinner between Mayor Lena Holm of Bodo and Governor Piet Vos of Tromso.",
			typ:  "agreement"},
	})
}

// TestOccasionSidesJoinsDeal: the occasion's persons sign the deal of
// their companies told before: one agreement, the persons'.
func TestOccasionSidesJoinsDeal(t *testing.T) {
	text := "Business news\n\nOSLO, June 9, 2026 - Nordvik Shipping agreed on Monday to share its container terminal with Halden Ports for ten years. The contract was signed at a dinner between Nordvik chairwoman Siri Lunde and Halden president Erik Holt.\n"
	rec := cascadeText(t, "deal", "2026-06-09", text)
	var deals [][]string
	for _, ev := range rec.Events {
		if ev.Type != extract.Agreement {
			continue
		}
		var ps []string
		for _, p := range ev.Participants {
			ps = append(ps, p.Name)
		}
		deals = append(deals, ps)
	}
	if len(deals) != 1 || len(deals[0]) != 2 || !slices.Contains(deals[0], "Siri Lunde") || !slices.Contains(deals[0], "Erik Holt") {
		t.Errorf("want one agreement with Siri Lunde and Erik Holt, got %v; events: %s", deals, eventList(rec))
	}
}

// TestOccasionOfDeal: a meeting noun in the occasion phrase of an
// agreement verb was held by the agreement's sides, the persons its own
// clause names (events_deal_occasion.go). A negated deal leaves the call
// or meeting held; a call that may come is no meeting.
func TestOccasionOfDeal(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "agreed in a call",
			text: "NAIROBI, March 3, 2026 - The rail board's chair, Amina Wekesa, and the port authority's head, Tom Mutua, settled a freight deal on Friday in a video call that lasted an hour.",
			typ:  "meeting", want: [][]string{{"Amina Wekesa", "Tom Mutua"}}},
		{name: "the deal failed, the call was held",
			text: "DENVER, June 9, 2026 - Senator Tomas Lind and Mayor Ana Ruiz did not settle the dock dispute in a phone call on Thursday, both offices said.",
			typ:  "meeting", want: [][]string{{"Ana Ruiz", "Tomas Lind"}}},
		{name: "trap: a call that may come",
			text: "DENVER, June 9, 2026 - Senator Tomas Lind and Mayor Ana Ruiz could settle the dock dispute in a call next week, an aide said.",
			typ:  "meeting", banned: []string{"Ana Ruiz", "Tomas Lind"}},
	})
}
