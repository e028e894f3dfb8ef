package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestLedePlace: a story with no dateline places a meeting or agreement
// with no place of its own, on the story's days, in the city its first
// sentence names after "in" or "at" (rule lede: place_lede.go). Sentences
// of our own.
func TestLedePlace(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	checkPlaces(t, x, []placeCase{
		{name: "an agreement of the story's week is in the lede's city",
			text: "Rowing federations from five northern countries began their annual congress in Auckland on Monday with a row over prize money. Norwegian federation head Kari Brekke and Danish federation head Søren Holm agreed on Tuesday to share a coaching budget for junior crews.",
			typ:  extract.Agreement, who: "Søren Holm", place: "Auckland", rule: "lede"},
		{name: "a meeting planned for the next days is there too",
			text: "A conference on glacier monitoring opened at a university campus in Innsbruck on Tuesday, drawing scientists from a dozen countries. Swiss geologist Lena Amsler will hold talks on Friday with Austrian glaciologist Tobias Reiter about melt records.",
			typ:  extract.Meeting, who: "Tobias Reiter", place: "Innsbruck", rule: "lede"},
		{name: "trap: a deal of last year is no event of the lede's days",
			text: "Rowing federations from five northern countries began their annual congress in Auckland on Monday with a row over prize money. Norwegian federation head Kari Brekke and Danish federation head Søren Holm signed a sponsorship agreement in March 2025.",
			typ:  extract.Agreement, who: "Søren Holm", place: ""},
		{name: "trap: a dateline's city comes first",
			text: "PERTH, May 20 (Coast Wire) - Rowing federations from five northern countries began their annual congress in Auckland on Monday. Norwegian federation head Kari Brekke and Danish federation head Søren Holm agreed on Tuesday to share a coaching budget for junior crews.",
			typ:  extract.Agreement, who: "Søren Holm", place: "Perth"},
	})
}

// TestLedePlaceNoHostedVisit: a meeting placed by the lede's city alone
// reads no visit of its guest (events_build.go): the lede says where the
// story is, not that the guest travelled there.
func TestLedePlaceNoHostedVisit(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Chess clubs from across the region gathered for a weekend tournament in Graz on Saturday. Austrian Sports Minister Georg Pichler hosted Slovenian Sports Minister Matej Zupan at a dinner on Sunday evening."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "lede", Published: "2026-05-20", Body: text, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	met := false
	for _, ev := range rec.Events {
		if ev.Type == extract.Visit && hasParty(ev, "Matej Zupan") {
			t.Errorf("a visit read from the lede's city: %s", eventList(rec))
		}
		met = met || ev.Type == extract.Meeting && hasParty(ev, "Matej Zupan") && ev.Location == "Graz"
	}
	if !met {
		t.Fatalf("no meeting of Matej Zupan in Graz: %s", eventList(rec))
	}
}
