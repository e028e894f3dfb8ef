package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestToldBefore: "the meeting" (or "the talks", "the deal") with no party
// of its own is the event already told, not a new one of whoever its
// sentence names; a definite noun with its own party is read as usual.
func TestToldBefore(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		typ        string
		want       []string // the one event of typ
	}{
		{"an aide confirms the meeting", "Opposition leader Nadia Kariuki met President Samuel Otieno in Nairobi on Monday. Otieno's spokesman, Peter Wafula, confirmed the meeting on Tuesday.",
			extract.Meeting, []string{"Nadia Kariuki", "Samuel Otieno"}},
		{"a lawyer describes the deal", "Harbin Motors agreed to buy Lotte Axles on Monday. Analyst Greta Holm of Norra Securities called the deal expensive.",
			extract.Agreement, []string{"Harbin Motors", "Lotte Axles"}},
		{"the meeting with its own party is its own", "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday. The meeting with Finance Minister Rui Costa on Tuesday was shorter.",
			"", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "told", Published: "2026-03-04", Body: "Politics news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if c.want == nil {
				// the second meeting names Rui Costa: it is not the first
				for _, ev := range rec.Events {
					for _, p := range ev.Participants {
						if p.Name == "Rui Costa" && containsLine(ev.Explain, "participants by rule told-before") {
							t.Errorf("a meeting with its own party read as the one told before: %s", eventList(rec))
						}
					}
				}
				if len(rec.Events) < 2 {
					t.Errorf("want the second meeting apart: %s", eventList(rec))
				}
				return
			}
			n := 0
			for _, ev := range rec.Events {
				if ev.Type == c.typ {
					n++
				}
			}
			if ev := matchEvent(rec, c.typ, c.want); ev == nil || n != 1 {
				t.Errorf("want one %s of %v, got %d: %s", c.typ, c.want, n, eventList(rec))
			}
		})
	}
}
