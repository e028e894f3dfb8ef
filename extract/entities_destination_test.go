package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDestinationPlaces: a name no gazetteer lists, standing where a
// travel verb puts its destination ("toured X", "flew on to X", "landed
// in X"), is a place, with or without the learned tagger. What may also
// stand there stays what it is: a person the story names, a possessive
// ("flew to X's farm"), a vessel after "the", a company by its cue word, a
// club by its suffix. Every sentence is our own.
func TestDestinationPlaces(t *testing.T) {
	rules, err := extract.New(extract.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, name string
		place      bool // a LOCATION of that name, or none
	}{
		{"The health minister, Oskar Lindvall, toured Pelmaro on Thursday after the floods cut its only road.", "Pelmaro", true},
		{"After two days of talks the delegation flew on to Ostrevik, where a new ferry terminal opens next month.", "Ostrevik", true},
		{"Relief convoys landed in Karvuna late on Sunday, aid workers said.", "Karvuna", true},
		{"The bishop will visit Tumbeli and Ombassa in the coming week, his office said.", "Ombassa", true},
		// traps
		{"The coach, Mara Duvel, was sacked on Monday. Two club directors visited Duvel at her home the next day.", "Duvel", false},
		{"The senator said she would fly to Lemarr's cattle ranch for the weekend.", "Lemarr", false},
		{"The admiral flew to the Orvane Star, a supply vessel anchored offshore, on Tuesday.", "Orvane Star", false},
		{"Two analysts travelled to Brightvale Holdings in March to review its accounts.", "Brightvale Holdings", false},
		{"The squad travels to Kelso Rovers on Saturday for the cup tie.", "Kelso Rovers", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, x := range []struct {
				name string
				x    *extract.Extractor
			}{{"shipped", extractor(t)}, {"rules", rules}} {
				rec, err := x.x.Extract(context.Background(), extract.Article{ID: "destination", Published: "2026-07-08", Body: c.text, Form: "text"})
				if err != nil {
					t.Fatal(err)
				}
				if got := findEntity(rec, extract.Location, c.name) != nil; got != c.place {
					t.Errorf("%s: LOCATION %q is %v, want %v: %s", x.name, c.name, got, c.place, show(rec))
				}
			}
		})
	}
}

// TestDestinationPlaceEvents: the town a traveller visits is the visit's
// place, and its later bare mentions are that place too.
func TestDestinationPlaceEvents(t *testing.T) {
	rules, err := extract.New(extract.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, place string }{
		{"Kenya's water minister, Joseph Wambua, visited Lodwari on Friday to inspect a new borehole. In Lodwari he met county elders.", "Lodwari"},
		{"Chile's mining minister, Paula Riquelme, toured Vaskelo on Monday, a week after a landslide buried its main square.", "Vaskelo"},
	}
	for _, c := range cases {
		t.Run(c.place, func(t *testing.T) {
			for _, x := range []struct {
				name string
				x    *extract.Extractor
			}{{"shipped", extractor(t)}, {"rules", rules}} {
				rec, err := x.x.Extract(context.Background(), extract.Article{ID: "destination-events", Published: "2026-07-08", Body: c.text, Form: "text"})
				if err != nil {
					t.Fatal(err)
				}
				evs := eventsOf(rec, "visit")
				if len(evs) == 0 {
					t.Fatalf("%s: no visit: %s", x.name, show(rec))
				}
				if evs[0].Location != c.place {
					t.Errorf("%s: visit at %q, want %q: %s", x.name, evs[0].Location, c.place, show(rec))
				}
			}
		})
	}
}
