package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestAimOfMeeting: "settle" or "agree" in the infinitive of a meeting's
// purpose tells what the meeting was for, no agreement; the meeting itself
// stays. A signing in that infinitive, an agreement told by its own
// finite verb, and a settlement bought by a payment are events. Every
// sentence is written for this test.
func TestAimOfMeeting(t *testing.T) {
	cases := []struct {
		name, text string
		agreement  bool // an agreement event is wanted
		meeting    bool // a meeting event is wanted
	}{
		{"met to settle the terms", "Harbour Commissioner Nadia Okoro met the ferry operator's owner, Pieter Vos, at the quay on Monday to settle the last terms of the lease.",
			false, true},
		{"will meet to agree a timetable", "Education Minister Carla Benn and the teachers' leader, Omar Sayed, will meet again on Thursday to agree a timetable for the new exams.",
			false, true},
		{"held talks to settle", "Transport Minister Tomas Lind held talks in Gdansk with the port authority's director, Gudrun Halls, on Monday to settle the fees for the winter.",
			false, true},
		{"talks to finalise", "Talks between Mayor Ines Duarte and the bus company's chief, Rafael Mora, to finalise the contract went on until late on Tuesday.",
			false, true},
		{"met and agreed is an agreement", "Harbour Commissioner Nadia Okoro met the ferry operator's owner, Pieter Vos, on Monday and agreed to extend the lease by two years.",
			true, true},
		{"met to sign is a signing", "Harbour Commissioner Nadia Okoro met the ferry operator's owner, Pieter Vos, at the quay on Monday to sign a new lease.",
			true, true},
		{"agreed to settle: the agreeing is the event", "Harbour Commissioner Nadia Okoro and the ferry operator's owner, Pieter Vos, agreed on Monday to settle the dispute by arbitration.",
			true, false},
		{"a payment to settle charges is a settlement", "Tarvik Homes Ltd agreed on Monday to pay Lorn City Council 3 million euros to settle a lawsuit over flooded houses.",
			true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "aim", "2026-05-06", c.text)
			if got := len(eventsOf(rec, extract.Agreement)) > 0; got != c.agreement {
				t.Errorf("%q: agreement %v, want %v: %s", c.text, got, c.agreement, eventList(rec))
			}
			if got := len(eventsOf(rec, extract.Meeting)) > 0; got != c.meeting {
				t.Errorf("%q: meeting %v, want %v: %s", c.text, got, c.meeting, eventList(rec))
			}
		})
	}
}
