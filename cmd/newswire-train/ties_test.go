package main

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

// tourGold: one envoy calls on the same minister twice, in two capitals
// on two days; the second leg is the one with no date in the gold.
func tourGold() score.Gold {
	return score.Gold{ID: "tour", Entities: map[string][]score.GoldEntity{
		"PERSON":   {{Name: "Ilse Marrow", Aliases: []string{"Marrow"}}, {Name: "Dov Kessel", Aliases: []string{"Kessel"}}},
		"LOCATION": {{Name: "Tallinn"}, {Name: "Riga"}},
	}, Events: []score.GoldEvent{
		{Type: "visit", Participants: []string{"Ilse Marrow", "Dov Kessel"}, Date: "2027-09-14", Location: "Tallinn"},
		{Type: "visit", Participants: []string{"Ilse Marrow", "Dov Kessel"}, Location: "Riga"},
	}}
}

func tourVisit(date, place string) extract.Event {
	return extract.Event{Type: "visit", Date: date, Location: place,
		Participants: []extract.Participant{{Name: "Marrow", Type: "PERSON"}, {Name: "Kessel", Type: "PERSON"}}}
}

// TestPairTied: with the legs extracted in the other order, the official
// pairing gives each the other leg's date and place; the tie-aware one
// pairs each with its own.
func TestPairTied(t *testing.T) {
	evs := []extract.Event{tourVisit("", "Riga"), tourVisit("2027-09-14", "Tallinn")}
	got := pairTied(tourGold(), evs)
	want := tiedPairing{dated: []bool{false, true}, dateRight: []bool{false, true}, placed: []bool{true, true}, placeRight: []bool{true, true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairTied = %+v, want %+v", got, want)
	}
}

// TestPlaceMissesCrossed: a place missed only because the official
// pairing crosses the legs is marked crossed, and the tallies give both
// pairings' right places.
func TestPlaceMissesCrossed(t *testing.T) {
	rec := extract.Record{ID: "tour", Events: []extract.Event{tourVisit("", "Riga"), tourVisit("2027-09-14", "Tallinn")}}
	var tally placeTally
	ms := placeMisses("test", tourGold(), rec, &tally)
	if want := (placeTally{gold: 2, right: 0, tiedGold: 2, tiedRight: 2}); tally != want {
		t.Errorf("tally %+v, want %+v", tally, want)
	}
	if len(ms) != 2 || !ms[0].crossed || !ms[1].crossed {
		t.Fatalf("misses %+v, want both crossed", ms)
	}
	var b bytes.Buffer
	writePlaceMisses(&b, ms)
	writePlaceTallies(&b, []string{"test"}, map[string]*placeTally{"test": &tally}, ms)
	for _, want := range []string{"  crossed\n", "test\t2\t0\t0\t2\t2\n", "crossed\t2 of the 2 misses listed"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
