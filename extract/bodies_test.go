package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestBodyMeetsAlone: a named deliberative body that votes or meets is a
// meeting of its own, whatever the head of its name ("Commissioners
// Court" is a county's governing board, not a law court).
func TestBodyMeetsAlone(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"a commissioners court votes", "The Mesa Verde County Commissioners Court voted 3-2 on Tuesday to approve the road budget.",
			extract.Meeting, []string{"Mesa Verde County Commissioners Court"}, "body-vote"},
		{"a title word before a body's head noun is no person's title", "The Pan American Rowing Federation Executive Board met in Lima on Tuesday.",
			extract.Meeting, []string{"Pan American Rowing Federation Executive Board"}, "body-alone"},
		{"an executive board agrees alone", "The Pan American Rowing Federation Executive Board agreed on Tuesday to expand the calendar.",
			extract.Agreement, []string{"Pan American Rowing Federation Executive Board"}, "clause"},
		{"a person named like a body keeps the title", "Chief Executive Officer Ana Board met Trade Minister Li Wei in Lima on Monday.",
			extract.Meeting, []string{"Ana Board", "Li Wei"}, "clause-persons"},
		{"a named body approves a deal with another party", "The Harbor City Council approved an agreement with the Lakeside Water Authority on Tuesday.",
			extract.Agreement, []string{"Harbor City Council", "Lakeside Water Authority"}, "clause-named"},
	})
}

// TestLawCourtIsNoBody: a court that rules is no meeting.
func TestLawCourtIsNoBody(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "Local news\n\nThe Mesa Verde County District Court voted on Tuesday to approve the settlement."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "court", Published: "2026-03-04", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Events) != 0 {
		t.Errorf("a law court made events: %s", eventList(rec))
	}
}

// TestUnnamedBodyBorrowsNoPerson: "the board" approving a deal is a body's
// act; the person spoken of before is not its party.
func TestUnnamedBodyBorrowsNoPerson(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := "Local news\n\nTrade Minister Li Wei met Ana Soto in Lima on Monday. The board also approved an agreement with the Lakeside Water Authority."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "board", Published: "2026-03-04", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range rec.Events {
		if ev.Type == extract.Agreement {
			t.Errorf("an unnamed board's deal took borrowed parties: %s", eventList(rec))
		}
	}
}
