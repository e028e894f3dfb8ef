package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// recallCase is one short article and the events of one type it must (or
// must not) tell.
type recallCase struct {
	name, text string
	typ        string
	want       [][]string // each an event's parties; none: no event of typ
	planned    []bool     // optional: per wanted event, its planned flag
	published  string     // the envelope's date ("" for none)
}

func checkRecall(t *testing.T, cases []recallCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "recall", c.published, "World news\n\n"+c.text)
			evs := eventsOf(rec, c.typ)
			if len(c.want) == 0 {
				if len(evs) > 0 {
					t.Fatalf("want no %s, got %s", c.typ, eventList(rec))
				}
				return
			}
			if len(evs) != len(c.want) {
				t.Errorf("%d %s events, want %d: %s", len(evs), c.typ, len(c.want), eventList(rec))
			}
			for i, w := range c.want {
				ev := matchEvent(rec, c.typ, w)
				if ev == nil {
					t.Errorf("no %s of %v: %s", c.typ, w, eventList(rec))
					continue
				}
				if len(ev.Participants) != len(w) {
					t.Errorf("%s of %v has participants %v", c.typ, w, ev.Participants)
				}
				if i < len(c.planned) {
					found := false
					for _, e := range evs {
						if e.Planned == c.planned[i] && len(e.Participants) == len(w) && matchEvent(&extract.Record{Events: []extract.Event{e}, Entities: rec.Entities}, c.typ, w) != nil {
							found = true
						}
					}
					if !found {
						t.Errorf("no %s of %v with planned=%v: %s", c.typ, w, c.planned[i], eventList(rec))
					}
				}
			}
		})
	}
}

// TestPlanIsNotThePastMeeting: a plan of the same parties, undated like
// the meeting told before it (an article with no published date cannot
// resolve "next month"), is another event, not a mention of it.
func TestPlanIsNotThePastMeeting(t *testing.T) {
	checkRecall(t, []recallCase{
		{name: "met, then plan a summit",
			text: "Interior Minister Dana Okafor and Mayor Tomas Ruelle met harbour owners in Marseille to discuss the strike. They plan to hold a wider summit next month with unions and shipping firms.",
			typ:  extract.Meeting, want: [][]string{{"Dana Okafor", "Tomas Ruelle"}, {"Dana Okafor", "Tomas Ruelle"}}, planned: []bool{false, true}},
		{name: "the same talks told twice stay one",
			text: "Interior Minister Dana Okafor and Mayor Tomas Ruelle met harbour owners in Marseille last week to discuss the strike. The meeting lasted three hours, Ruelle said.",
			typ:  extract.Meeting, want: [][]string{{"Dana Okafor", "Tomas Ruelle"}}},
	})
}
