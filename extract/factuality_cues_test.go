package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFactualityCueRows: rows of event_cues.tsv added for plans dropped
// for good and for corrections: a visit shelved or postponed
// indefinitely is no event (a date after "indefinitely" is when it was
// put off, not a new one), and an agreement a correction says was wrongly
// reported is none; a report of the same agreement without the
// correction stays an event. Every sentence is written for this test.
func TestFactualityCueRows(t *testing.T) {
	cases := []struct {
		name, text, typ string
		event           bool
	}{
		{"postponed indefinitely, with the day of the decision", "A state visit to Accra by President Selma Kuyper was postponed indefinitely on Monday because of a rail strike.", extract.Visit, false},
		{"a correction", "A report on Tuesday wrongly said that Brelin Foods and Ostgard Dairy had signed a merger agreement.", extract.Agreement, false},
		{"a correction that says stated", "A story on Friday incorrectly stated that the port minister, Dalia Orsova, met her Greek counterpart, Nikos Petrakis, in Piraeus.", extract.Meeting, false},
		{"a correction that says erroneously reported", "Our report of May 2 erroneously reported that Brelin Foods and Ostgard Dairy had signed a merger agreement.", extract.Agreement, false},
		{"a statement alone stays", "The ministry stated that the port minister, Dalia Orsova, met her Greek counterpart, Nikos Petrakis, in Piraeus on Friday.", extract.Meeting, true},
		{"the report alone stays", "A report on Tuesday said that Brelin Foods and Ostgard Dairy had signed a merger agreement.", extract.Agreement, true},
		{"postponed to a date stays planned", "A state visit to Accra by President Selma Kuyper was postponed until June 9 because of a rail strike.", extract.Visit, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "cues", "2026-05-06", c.text)
			if got := len(eventsOf(rec, c.typ)) > 0; got != c.event {
				t.Errorf("%q: %s event %v, want %v: %s", c.text, c.typ, got, c.event, eventList(rec))
			}
		})
	}
}

// TestFactualityNothingAndFloat: "nothing" negates like "no" ("stressed
// that nothing had been agreed": no agreement), and an idea or plan
// "floated" is only hoped for ("floated the idea of a meeting with X"):
// neither tells an event. The true events beside them stay: a meeting
// told in the same sentence out of the cue's reach, a meeting after which
// a plan was floated, an agreement a later clause says "nothing" about.
// Every sentence is written for this test.
func TestFactualityNothingAndFloat(t *testing.T) {
	cases := []struct {
		name, text, typ string
		event           bool
	}{
		{"nothing had been agreed", "Fisheries Minister Oskar Brandvik and his Maltese counterpart, Clara Vella, said nothing had been agreed on quotas.", extract.Agreement, false},
		{"nothing has been agreed", "Nothing has been agreed between Ostvik Shipping and Harlan Ports, a spokeswoman said.", extract.Agreement, false},
		{"a meeting out of the cue's reach stays", "Nothing was signed on Friday when Fisheries Minister Oskar Brandvik met his Maltese counterpart, Clara Vella, in Valletta.", extract.Meeting, true},
		{"an agreement a later clause says nothing about stays", "Ostvik Shipping and Harlan Ports signed a berth agreement in Bergen on Monday; the companies said nothing about tariffs.", extract.Agreement, true},
		{"floated the idea of a meeting", "Mayor Petra Lindgren floated the idea of a meeting with the rail operator's chief executive, Omar Bellweather, in the spring.", extract.Meeting, false},
		{"floats a visit", "Trade Minister Ilse Maarten floats a visit to Nairobi as early as June.", extract.Visit, false},
		{"a meeting before a floated plan stays", "Mayor Petra Lindgren met the rail operator's chief executive, Omar Bellweather, in Tromsø on Monday, and later floated a plan to cut fares.", extract.Meeting, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "cues", "2026-05-06", c.text)
			if got := len(eventsOf(rec, c.typ)) > 0; got != c.event {
				t.Errorf("%q: %s event %v, want %v: %s", c.text, c.typ, got, c.event, eventList(rec))
			}
		})
	}
}
