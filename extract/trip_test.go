package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripBounds: the verbs that begin or end a trip of N days bound the
// visit's date range ("wrapped up a three-day visit to Lima on Wednesday"),
// as does leaving the place visited ("left Lima on May 14"); the verbs of
// travel date it and name where it went.
func TestTripBounds(t *testing.T) {
	cases := []struct {
		name, text     string
		date, location string
		planned        bool
	}{
		{name: "wrapped up a visit", text: "Chilean Foreign Minister Ana Soto wrapped up a three-day visit to Lima on Wednesday.",
			date: "2026-05-18/2026-05-20", location: "Lima"},
		{name: "ended a state visit", text: "Ghanaian President Kofi Mensah ended a two-day state visit to Abuja on Tuesday with a speech to parliament.",
			date: "2026-05-18/2026-05-19", location: "Abuja"},
		{name: "began a tour", text: "Chilean Foreign Minister Ana Soto began a five-day tour of Peru on Monday.",
			date: "2026-05-18/2026-05-22", location: "Peru"},
		{name: "a tour beginning Monday", text: "Chilean Foreign Minister Ana Soto will make a five-day tour of Peru beginning Monday, her ministry said.",
			date: "2026-05-25/2026-05-29", location: "Peru", planned: true},
		{name: "a visit with digits", text: "Indian Prime Minister Ravi Menon began a 4-day visit to Tokyo on Monday.",
			date: "2026-05-18/2026-05-21", location: "Tokyo"},
		{name: "arrived in", text: "Chilean Foreign Minister Ana Soto arrived in Lima on Monday for talks on a border dispute.",
			date: "2026-05-18", location: "Lima"},
		{name: "left for", text: "Chilean Foreign Minister Ana Soto left for Quito on Tuesday after two days of talks in Lima.",
			date: "2026-05-19", location: "Quito"},
		{name: "arrival and departure", text: "Chilean Foreign Minister Ana Soto arrived in Lima on May 11 for talks on a border dispute. She met Peruvian President Luis Quispe the next morning. Soto left Lima on May 14, her ministry said.",
			date: "2026-05-11/2026-05-14", location: "Lima"},
		{name: "a departure from elsewhere leaves the visit a day", text: "Chilean Foreign Minister Ana Soto arrived in Lima on May 11 for talks on a border dispute. Peruvian President Luis Quispe left Cusco on May 12 to join her.",
			date: "2026-05-11", location: "Lima"},
		{name: "left the place after a visit of N days", text: "Chilean Foreign Minister Ana Soto left Lima on Tuesday after a three-day visit.",
			date: "2026-05-17/2026-05-19", location: "Lima"},
		{name: "concluded a visit", text: "Ghanaian President Kofi Mensah concluded a two-day state visit to Abuja on Tuesday.",
			date: "2026-05-18/2026-05-19", location: "Abuja"},
		{name: "left for, then left the place", text: "Chilean Foreign Minister Ana Soto left for Quito on Sunday. She met Ecuadorian President Luis Mora on Monday. Soto left Quito on Tuesday, her ministry said.",
			date: "2026-05-17/2026-05-19", location: "Quito"},
		{name: "a bare departure ends the visit told", text: "Chilean Foreign Minister Ana Soto arrived in Quito on Monday. She met Ecuadorian President Luis Mora on Tuesday and leaves on Thursday.",
			date: "2026-05-18/2026-05-21", location: "Quito"},
		{name: "a return after a visit of N days", text: "Chilean Foreign Minister Ana Soto flew home on Thursday after a four-day visit to Quito.",
			date: "2026-05-11/2026-05-14", location: "Quito"},
		{name: "a visit that lasts until", text: "Chilean Foreign Minister Ana Soto arrived in Quito on Monday for a visit that lasts until Thursday.",
			date: "2026-05-18/2026-05-21", location: "Quito"},
		{name: "a stay until", text: "Chilean Foreign Minister Ana Soto arrived in Quito on Monday and will stay until Friday.",
			date: "2026-05-18/2026-05-22", location: "Quito"},
		{name: "no bound: the day stays", text: "Chilean Foreign Minister Ana Soto made a three-day visit to Lima on Monday.",
			date: "2026-05-18", location: "Lima"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "trip", "2026-05-20", c.text)
			var ev *extract.Event
			for i, e := range rec.Events {
				if e.Type == extract.Visit && fold(e.Location) == fold(c.location) {
					ev = &rec.Events[i]
				}
			}
			if ev == nil {
				t.Fatalf("text %q: no visit to %s; events: %s", c.text, c.location, eventList(rec))
			}
			if ev.Date != c.date {
				t.Errorf("text %q: visit date %q, want %q", c.text, ev.Date, c.date)
			}
			if ev.Planned != c.planned {
				t.Errorf("text %q: planned=%v, want %v", c.text, ev.Planned, c.planned)
			}
		})
	}
}

// TestTripOfRegion: a tour of a region with stops is told by its stops: its
// length is no range of any one stop.
func TestTripOfRegion(t *testing.T) {
	text := "Irish Foreign Minister Niamh Doyle will make a five-day tour of the Middle East beginning Monday, with stops in Amman and Beirut, her department said."
	rec := extractText(t, "trip-region", "2026-05-20", text)
	for _, e := range rec.Events {
		if e.Type == extract.Visit && len(e.Date) > 10 {
			t.Errorf("visit to %q dated %q: the tour's range is no stop's", e.Location, e.Date)
		}
	}
}
