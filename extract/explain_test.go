package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestExplain: with Options.Explain every event says which frame, clause
// reading and confidence terms made it; without, the field stays empty.
func TestExplain(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	a := extract.Article{ID: "explain", Published: "2026-03-02", Body: "Foreign Minister Ana Soto will meet with Trade Minister Li Wei in Lima on Friday."}
	rec, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	ev := matchEvent(rec, extract.Meeting, []string{"Ana Soto", "Li Wei"})
	if ev == nil {
		t.Fatalf("no meeting: %s", eventList(rec))
	}
	all := strings.Join(ev.Explain, "\n")
	for _, want := range []string{`frame "meet" (verb, meeting`, "clause: future", "subject Ana Soto", "with Li Wei", "date 2026-03-06 from its sentence", "place Lima from its sentence", "confidence"} {
		if !strings.Contains(all, want) {
			t.Errorf("explain lacks %q:\n%s", want, all)
		}
	}
	if !ev.Planned || ev.Date != "2026-03-06" {
		t.Errorf("planned %v date %q, want a planned meeting on 2026-03-06", ev.Planned, ev.Date)
	}
	plain := extractText(t, "explain", "2026-03-02", a.Body)
	for _, e := range plain.Events {
		if len(e.Explain) > 0 {
			t.Errorf("explain filled without Options.Explain: %v", e.Explain)
		}
	}
}

// TestEventEvidence: one event told twice is one event with the second
// mention as its evidence.
func TestEventEvidence(t *testing.T) {
	rec := extractText(t, "twice", "2026-03-03", "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday. "+
		"Soto and Li met for two hours on Monday, officials said.")
	evs := eventsOf(rec, extract.Meeting)
	if len(evs) != 1 {
		t.Fatalf("%d meetings, want 1: %s", len(evs), eventList(rec))
	}
	if len(evs[0].Evidence) != 1 || !strings.Contains(evs[0].Evidence[0].Sentence, "two hours") {
		t.Errorf("evidence %+v, want the second sentence", evs[0].Evidence)
	}
}

// TestHostedVisit: "X hosted Y in Z" is a meeting of X and Y and Y's visit
// to Z (the frame's guest role).
func TestHostedVisit(t *testing.T) {
	rec := extractText(t, "hosted", "2026-03-04", "Austrian Foreign Minister Lukas Brenner hosted Croatian Foreign Minister Ivo Horvat at the foreign ministry in Vienna on Tuesday.")
	if matchEvent(rec, extract.Meeting, []string{"Lukas Brenner", "Ivo Horvat"}) == nil {
		t.Errorf("no meeting: %s", eventList(rec))
	}
	v := matchEvent(rec, extract.Visit, []string{"Ivo Horvat"})
	if v == nil || v.Location != "Vienna" || len(v.Participants) != 1 {
		t.Errorf("no visit of Ivo Horvat to Vienna alone: %s", eventList(rec))
	}
}
