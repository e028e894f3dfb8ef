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
