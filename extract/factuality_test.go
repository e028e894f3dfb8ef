package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFactualityClasses: every class of the factuality item, each
// stated of the same two ministers: what happened, is going on or is
// scheduled is an event (a scheduled one planned); what is hoped for,
// proposed, offered, invited, rejected, denied, cancelled, postponed
// without a date, collapsed, hypothetical or conditional, and "no
// agreement", is none; postponed to a date is planned at the new date;
// reported and alleged events are kept (published, with the lower
// confidence TestConfidenceReported holds).
// Every sentence is written for this test.
func TestFactualityClasses(t *testing.T) {
	const lead = "The foreign ministry gave details in a statement. "
	cases := []struct {
		class, text, typ string
		event, planned   bool
		date             string // when an event: its date ("" unchecked)
		reported         bool   // when an event: told as reported (TestConfidenceReported reads these)
		pending          string
	}{
		{class: "happened", typ: extract.Meeting, event: true, date: "2026-03-02",
			text: "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday."},
		{class: "ongoing", typ: extract.Meeting, event: true,
			text: "Chilean Foreign Minister Ana Soto is holding talks with Peruvian Foreign Minister Rosa Salcedo in Lima."},
		{class: "scheduled", typ: extract.Meeting, event: true, planned: true, date: "2026-03-06",
			text: "Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Rosa Salcedo in Lima on Friday."},
		{class: "hoped for", typ: extract.Meeting,
			text: "Chilean Foreign Minister Ana Soto hopes to meet Peruvian Foreign Minister Rosa Salcedo in Lima soon."},
		{class: "proposed", typ: extract.Meeting,
			text: "Chilean Foreign Minister Ana Soto proposed a meeting with Peruvian Foreign Minister Rosa Salcedo in Lima next month."},
		{class: "offered", typ: extract.Meeting,
			text: "Chilean Foreign Minister Ana Soto offered to host Peruvian Foreign Minister Rosa Salcedo in Santiago."},
		{class: "invited", typ: extract.Visit,
			text: "Chilean Foreign Minister Ana Soto invited Peruvian Foreign Minister Rosa Salcedo to visit Santiago in May."},
		{class: "rejected", typ: extract.Agreement,
			text: "Peru rejected a draft agreement with Chile on fishing rights on Monday."},
		{class: "denied", typ: extract.Meeting,
			text: "Peruvian Foreign Minister Rosa Salcedo denied that she had met Chilean Foreign Minister Ana Soto in Lima."},
		{class: "cancelled", typ: extract.Meeting,
			text: "A meeting between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo in Lima on Friday was cancelled."},
		{class: "postponed without a date", typ: extract.Visit,
			text: lead + "Chilean Foreign Minister Ana Soto postponed her visit to Lima."},
		{class: "postponed until after an event is no date", typ: extract.Meeting,
			text: "Talks between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo were put off until after the election."},
		{class: "postponed to a date", typ: extract.Visit, event: true, planned: true, date: "2026-03-20",
			text: lead + "Chilean Foreign Minister Ana Soto postponed her visit to Lima until March 20."},
		{class: "postponed to a date, the old date in the clause", typ: extract.Meeting, event: true, planned: true, date: "2026-03-10",
			text: "A meeting between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo, planned for Friday, has been pushed back to next Tuesday."},
		{class: "postponed, the old date in a relative clause", typ: extract.Meeting,
			text: "Chile postponed a summit of Andean foreign ministers that was due to open in Lima on March 16."},
		{class: "rescheduled for a date", typ: extract.Meeting, event: true, planned: true, date: "2026-03-20",
			text: "Talks between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo were rescheduled for March 20."},
		{class: "broken off", typ: extract.Meeting,
			text: "Peru broke off talks with Chile on fishing rights on Monday."},
		{class: "requested", typ: extract.Meeting,
			text: "Chilean Foreign Minister Ana Soto requested a meeting with Peruvian Foreign Minister Rosa Salcedo."},
		{class: "considered", typ: extract.Visit,
			text: lead + "Chilean Foreign Minister Ana Soto is considering a visit to Lima in April."},
		{class: "collapsed", typ: extract.Meeting,
			text: "Talks between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo collapsed on Monday."},
		{class: "hypothetical (modal after a noun)", typ: extract.Meeting,
			text: "A meeting between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo could take place in Lima in April."},
		{class: "hypothetical (modal verb group)", typ: extract.Agreement,
			text: "Chile and Peru might sign a fishing accord in April, a diplomat said."},
		{class: "conditional before", typ: extract.Visit,
			text: "If the ceasefire holds, Chilean Foreign Minister Ana Soto will visit Lima on Friday."},
		{class: "conditional after a plan", typ: extract.Visit,
			text: lead + "Chilean Foreign Minister Ana Soto will visit Lima on Friday if the ceasefire holds."},
		{class: "condition phrase after a plan", typ: extract.Visit,
			text: lead + "Chilean Foreign Minister Ana Soto will visit Lima on Friday provided that the ceasefire holds."},
		{class: "a condition after a past event is no condition", typ: extract.Meeting, event: true, date: "2026-03-02",
			text: "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Rosa Salcedo on Monday to ask if the border could reopen."},
		{class: "no agreement", typ: extract.Agreement,
			text: "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo met in Lima on Monday but reached no agreement on fishing rights."},
		{class: "failed to reach an agreement", typ: extract.Agreement,
			text: "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo failed to reach an agreement on fishing rights on Monday."},
		{class: "an existing agreement, dated in an earlier year", typ: extract.Agreement,
			text: "Peruvian Foreign Minister Rosa Salcedo said the fishing accord signed with Chile in 2019 had kept the peace at sea."},
		{class: "an existing named agreement after a comma", typ: extract.Agreement,
			text: "Peru and Chile still fish under the Arica Protocol, signed by their foreign ministers in May 2021."},
		{class: "a participle agreement dated this week is the news", typ: extract.Agreement, event: true, date: "2026-03-02",
			text: "The fishing accord, signed by Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo on Monday, opens the border waters to both fleets."},
		{class: "reportedly", typ: extract.Meeting, event: true, reported: true,
			text: "Chilean Foreign Minister Ana Soto reportedly met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday."},
		{class: "allegedly", typ: extract.Meeting, event: true, reported: true,
			text: "Chilean Foreign Minister Ana Soto allegedly met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday."},
		{class: "rumoured", typ: extract.Meeting, event: true, reported: true,
			text: "Chilean Foreign Minister Ana Soto is rumoured to have met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday."},
		{class: "according to, after the event", typ: extract.Meeting, event: true, reported: true,
			text: "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Rosa Salcedo in Lima on Monday, according to two diplomats."},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "factuality", "2026-03-04", c.text)
			evs := eventsOf(rec, c.typ)
			if !c.event {
				if len(evs) > 0 {
					t.Errorf("%q: want no %s event, got %s", c.text, c.typ, eventList(rec))
				}
				return
			}
			if len(evs) != 1 {
				t.Fatalf("%q: want one %s event, got %s", c.text, c.typ, eventList(rec))
			}
			ev := evs[0]
			if ev.Planned != c.planned {
				t.Errorf("%q: planned %v, want %v", c.text, ev.Planned, c.planned)
			}
			if c.date != "" && ev.Date != c.date {
				t.Errorf("%q: date %q, want %q", c.text, ev.Date, c.date)
			}
		})
	}
}
