package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestRestatedMeeting: a progressive "is meeting" is a verb, and a meeting
// noun set off after a meeting verb ("..., in their first meeting since
// 2019") counts the verb's meeting instead of telling a second one. Every
// sentence is written for this test.
func TestRestatedMeeting(t *testing.T) {
	cases := []struct {
		name, text string
		want       [][]string // the meetings, by participants
	}{
		{name: "progressive, then the count of meetings",
			text: "Harbour Line chief executive Nils Ek is meeting Ms Vos of Delta Ferries on Thursday, in their third meeting since the spring.",
			want: [][]string{{"Nils Ek", "Vos"}}},
		{name: "past, then the first meeting since a year",
			text: "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday, in their first meeting since 2019.",
			want: [][]string{{"Ana Soto", "Li Wei"}}},
		{name: "past, then the count between their countries",
			text: "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday, in the second meeting between Chile and China this year.",
			want: [][]string{{"Ana Soto", "Li Wei"}}},
		{name: "a second meeting of other people is its own",
			text: "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday, and a second meeting between Finance Minister Tomas Rydell and Mayor Rosa Lind followed on Tuesday.",
			want: [][]string{{"Ana Soto", "Li Wei"}, {"Tomas Rydell", "Rosa Lind"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "restated", "2026-06-01", c.text)
			evs := eventsOf(rec, extract.Meeting)
			if len(evs) != len(c.want) {
				t.Fatalf("%d meetings, want %d: %s", len(evs), len(c.want), eventList(rec))
			}
			for _, w := range c.want {
				if matchEvent(rec, extract.Meeting, w) == nil {
					t.Errorf("no meeting of %v: %s", w, eventList(rec))
				}
			}
		})
	}
}
