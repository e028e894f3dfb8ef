package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestNextRound: "the next round of talks" with no party of its own is a
// later, planned meeting of the parties of the talks told before, with its
// own date and place and so its own id; with no meeting told before it
// borrows no one's parties.
func TestNextRound(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string // the parties of the later round; nil: no such meeting
		date, loc  string
		planned    bool
	}{
		{"next round with its own place and month",
			"Foreign Minister Marta Quenaya of Peru held talks with Foreign Minister Tomas Beleno of Colombia in Quito on Tuesday. The next round of talks will be held in Santiago in May, a spokesman said.",
			[]string{"Marta Quenaya", "Tomas Beleno"}, "2026-05", "Santiago", true},
		{"a second round between countries",
			"Armenia and Azerbaijan held talks on their border in Vienna on Monday. A second round of talks is scheduled for June in Geneva.",
			[]string{"Armenia", "Azerbaijan"}, "2026-06", "Geneva", true},
		{"a fresh round between companies",
			"Velmora Foods Inc and Brisk Dairy Group held talks in Leeds on Thursday over milk prices. A fresh round of talks is expected in Bristol on March 20.",
			[]string{"Velmora Foods Inc", "Brisk Dairy Group"}, "2026-03-20", "Bristol", true},
		{"a second round told as past",
			"Prime Minister Oskar Lindqvist held talks with President Hanna Vesterling in Turku on February 12. A second round of talks took place in Tallinn on Monday.",
			[]string{"Oskar Lindqvist", "Hanna Vesterling"}, "2026-03-02", "Tallinn", false},
		{"trap: no talks told before, only a signing",
			"Mayor Ilse Brandvold signed a decree on parking fees in Bergen on Monday. The next round of talks will be held in Trondheim in May.",
			nil, "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "rounds", Published: "2026-03-04", Body: "Politics news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			var later *extract.Event
			for i, ev := range rec.Events {
				if containsLine(ev.Explain, "participants by rule next-round") {
					later = &rec.Events[i]
				}
			}
			if c.want == nil {
				if later != nil {
					t.Errorf("a later round read with no talks told before: %s", eventList(rec))
				}
				return
			}
			if later == nil {
				t.Fatalf("no later round: %s", eventList(rec))
			}
			if later.Planned != c.planned || later.Date != c.date || later.Location != c.loc || len(later.Participants) != len(c.want) {
				t.Errorf("want meeting (planned %v) on %s in %s of %v: %s", c.planned, c.date, c.loc, c.want, eventList(rec))
			}
			if ev := matchEvent(&extract.Record{Events: []extract.Event{*later}, Entities: rec.Entities}, extract.Meeting, c.want); ev == nil {
				t.Errorf("want the parties %v: %s", c.want, eventList(rec))
			}
			n := 0
			for _, ev := range rec.Events {
				if ev.Type == extract.Meeting {
					n++
					if ev.ID == later.ID && ev.Date != later.Date {
						t.Errorf("the first meeting and the later round share an id: %s", eventList(rec))
					}
				}
			}
			if n != 2 {
				t.Errorf("want the first meeting and the later round apart: %s", eventList(rec))
			}
		})
	}
}
