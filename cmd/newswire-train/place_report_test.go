package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

func TestMissClass(t *testing.T) {
	cases := []struct {
		name string
		m    placeMiss
		want string
	}{
		{"gold has none", placeMiss{place: "Quito"}, "extra-place"},
		{"none, gold in the sentence", placeMiss{gold: "Quito", goldInSent: true, goldInText: true}, "none/gold-in-sentence"},
		{"none, gold elsewhere", placeMiss{gold: "Quito"}, "none/gold-elsewhere"},
		{"gold no entity", placeMiss{gold: "Quito", place: "Lima", rule: "near"}, "gold-not-an-entity"},
		{"country for city", placeMiss{gold: "Quito", place: "Ecuador", goldInText: true, goldKind: "city", placeKind: "country"}, "country-for-city"},
		{"city for country", placeMiss{gold: "Ecuador", place: "Quito", goldInText: true, goldKind: "country", placeKind: "city"}, "city-for-country"},
		{"dateline over sentence", placeMiss{gold: "Cuenca", place: "Quito", goldInText: true, goldInSent: true, goldKind: "city", placeKind: "city", rule: "dateline"}, "dateline-over-sentence"},
		{"venue", placeMiss{gold: "Quito", place: "Carondelet Palace", goldInText: true, goldKind: "city", placeKind: "site", rule: "venue"}, "venue"},
		{"other in sentence", placeMiss{gold: "Cuenca", place: "Quito", goldInText: true, goldInSent: true, goldKind: "city", placeKind: "city", rule: "near"}, "other/gold-in-sentence/near"},
		{"other elsewhere", placeMiss{gold: "Cuenca", place: "Quito", goldInText: true, goldKind: "city", placeKind: "city", rule: "inherited"}, "other/gold-elsewhere/inherited"},
	}
	for _, c := range cases {
		if got := missClass(c.m); got != c.want {
			t.Errorf("%s: class %q, want %q", c.name, got, c.want)
		}
	}
}

func TestPlaceRuleOf(t *testing.T) {
	cases := []struct {
		explain []string
		want    string
	}{
		{[]string{"date by reading own-clause", "place by rule near"}, "near"},
		{[]string{"place by rule clause", "place Chile by rule host-country: the host's own country"}, "host-country"},
		{[]string{"a later leg of the same trip (reading trip-leg, events_trips.go): place Osorno, 2026-02-03 from its own stretch of the clause"}, "trip-leg"},
		{[]string{"place: none"}, ""},
	}
	for _, c := range cases {
		if got := placeRuleOf(c.explain); got != c.want {
			t.Errorf("placeRuleOf(%q) = %q, want %q", c.explain, got, c.want)
		}
	}
}

// TestPlaceMisses extracts an article of ours and checks the report's
// rows against a gold that places one event right and one wrong.
func TestPlaceMisses(t *testing.T) {
	x, err := extract.New(extract.Options{PlaceCandidates: true, Explain: true, WithText: true})
	if err != nil {
		t.Fatal(err)
	}
	a := extract.Article{ID: "placemiss-test", Published: "2026-02-04", Body: "Chile's foreign minister, Ana Ferrada, met Peru's foreign minister, Tomas Villar, in Arica on Tuesday to discuss fishing rights.\n\nOn Wednesday Ferrada travelled to Tacna, where she signed a water agreement with Villar."}
	rec, err := x.Extract(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	g := score.Gold{ID: a.ID, Events: []score.GoldEvent{
		{Type: "meeting", Participants: []string{"Ana Ferrada", "Tomas Villar"}, Location: "Arica"},
		{Type: "visit", Participants: []string{"Ana Ferrada"}, Location: "Peru"},
	}}
	var tally placeTally
	ms := placeMisses("test", g, *rec, &tally)
	var b bytes.Buffer
	writePlaceMisses(&b, ms)
	if tally.gold != 2 || tally.right != 1 || len(ms) != 1 {
		t.Fatalf("tally %+v, %d misses; want 2 matched with a gold place, 1 right, 1 miss\n%s", tally, len(ms), b.String())
	}
	m := ms[0]
	if m.typ != "visit" || m.gold != "Peru" || m.place != "Tacna" || m.class != "city-for-country" || m.rule != "clause" {
		t.Errorf("miss %+v; want the visit, gold Peru, placed in Tacna by rule clause, class city-for-country", m)
	}
	if !strings.Contains(b.String(), "sentence places: Tacna/city") {
		t.Errorf("the report names no place of the sentence:\n%s", b.String())
	}
}
