package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDestinationPlaces: a name no gazetteer lists, standing where a
// travel verb puts its destination ("toured X", "flew on to X", "landed
// in X"), or after the "in" a few words after a meeting's or a deal's
// trigger ("held talks in X"), is a place, with or without the learned
// tagger. What may also stand there stays what it is: a person the story
// names, one with a known given name, one visited "at home" or "in
// custody"; a name modifying the noun after it ("meet in X invitational
// race"); a possessive ("flew to X's farm"), a vessel after "the", a
// company by its cue word, a club by its suffix. Every sentence is our own.
func TestDestinationPlaces(t *testing.T) {
	rules, err := extract.New(extract.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, name string
		place      bool // a LOCATION of that name, or none
		rulesOnly  bool // the learned tagger types the name by itself
	}{
		{"The health minister, Oskar Lindvall, toured Pelmaro on Thursday after the floods cut its only road.", "Pelmaro", true, false},
		{"After two days of talks the delegation flew on to Ostrevik, where a new ferry terminal opens next month.", "Ostrevik", true, false},
		{"Relief convoys landed in Karvuna late on Sunday, aid workers said.", "Karvuna", true, false},
		{"The bishop will visit Tumbeli and Ombassa in the coming week, his office said.", "Ombassa", true, false},
		{"The two railway unions held a first round of talks in Quellbrook over the weekend, a spokesman said.", "Quellbrook", true, false},
		{"Inspectors visited Brannock yesterday and found the school roof unsafe.", "Brannock", true, true},
		{"The finance ministers met the lenders in Sorvaag on Friday to restructure the loan.", "Sorvaag", true, false},
		// traps
		{"The two sprinters meet again in Harrowgate invitational race on Saturday afternoon.", "Harrowgate", false, true},
		{"The rival pianists met in Oskarsholm competition rounds before either turned twenty.", "Oskarsholm", false, true},
		{"The harbour was closed to cargo boats until noon. Later the governor visited Ketevu Marandi at home to hear her claim.", "Ketevu Marandi", false, false},
		{"Her lawyer visited Ravelle Oduya in custody on Wednesday, the court heard.", "Ravelle Oduya", false, false},
		{"Two nurses from the union visited Orvath in hospital after the strike ended.", "Orvath", false, false},
		{"The mayor visited Margaret Tollensby before the vote on the bridge.", "Margaret Tollensby", false, false},
		{"The coach, Mara Duvel, was sacked on Monday. Two club directors visited Duvel at her home the next day.", "Duvel", false, false},
		{"The senator said she would fly to Lemarr's cattle ranch for the weekend.", "Lemarr", false, false},
		{"The admiral flew to the Orvane Star, a supply vessel anchored offshore, on Tuesday.", "Orvane Star", false, false},
		{"Two analysts travelled to Brightvale Holdings in March to review its accounts.", "Brightvale Holdings", false, false},
		{"The visitors travel to Drenmouth Athletic on Saturday for the league match.", "Drenmouth Athletic", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, x := range []struct {
				name string
				x    *extract.Extractor
			}{{"shipped", extractor(t)}, {"rules", rules}} {
				if c.rulesOnly && x.name != "rules" {
					continue
				}
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
