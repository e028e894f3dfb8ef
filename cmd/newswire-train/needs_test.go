package main

import (
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

// ev is an event of the type with the named participants.
func ev(typ string, names ...string) extract.Event {
	e := extract.Event{Type: typ}
	for _, n := range names {
		e.Participants = append(e.Participants, extract.Participant{Name: n})
	}
	return e
}

// TestNeedVerdict: a removed trigger beside the gold matches a gold event
// the record misses, one it has, only an optional one, or none (same type,
// participant Jaccard >= 0.5).
func TestNeedVerdict(t *testing.T) {
	g := score.Gold{ID: "x",
		Events: []score.GoldEvent{
			{Type: "meeting", Participants: []string{"Rita Olsen", "Piet Maas"}},
			{Type: "visit", Participants: []string{"Rita Olsen"}},
		},
		OptionalEvents: []score.GoldEvent{{Type: "agreement", Participants: []string{"Vaxholm Rowing Club", "Piet Maas"}}},
	}
	rec := []extract.Event{ev("meeting", "Rita Olsen", "Piet Maas")}
	cases := []struct {
		name string
		ev   extract.Event
		want needVerdict
	}{
		{"the visit the record misses", ev("visit", "Rita Olsen"), needMissed},
		{"the meeting the record has", ev("meeting", "Piet Maas", "Rita Olsen"), needFound},
		{"half the parties is enough", ev("meeting", "Rita Olsen"), needFound},
		{"an optional agreement", ev("agreement", "Piet Maas", "Vaxholm Rowing Club"), needOptional},
		{"another type", ev("agreement", "Rita Olsen", "Piet Maas"), needFalse},
		{"other parties", ev("visit", "Ines Brandt"), needFalse},
		{"a third of the parties", ev("meeting", "Rita Olsen", "Ines Brandt", "Omar Diallo"), needFalse},
	}
	for _, c := range cases {
		if got := needVerdictOf(g, rec, c.ev); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNeedRows: candidates counted per frame and need, most first; the
// totals per need; the sets of the missed events.
func TestNeedRows(t *testing.T) {
	cs := []needCandidate{
		{set: "train/tr1", frame: "spend verb", need: "span", verdict: needMissed, effect: 1},
		{set: "train/tr2", frame: "spend verb", need: "span", verdict: needFalse, effect: -1, noParty: true},
		{set: "train/tr2", frame: "spend verb", need: "span", verdict: needMissed, effect: 1},
		{set: "forms", frame: "discuss verb", need: "mutual", verdict: needFound},
		{set: "forms", frame: "talk verb", need: "mutual", verdict: needOptional},
	}
	rows := needRows(cs)
	if len(rows) != 3 || rows[0].frame != "spend verb" {
		t.Fatalf("rows %+v", rows)
	}
	r := rows[0]
	if r.cands != 3 || r.missed != 2 || r.bad != 1 || r.noParty != 1 || r.gain != 2 || r.cost != 1 || r.missedSets["train/tr1"] != 1 || r.missedSets["train/tr2"] != 1 {
		t.Errorf("spend/span row %+v", *r)
	}
	tot := needTotals(rows)
	if len(tot) != 2 || tot[0].need != "span" || tot[1].need != "mutual" || tot[1].cands != 2 || tot[1].found != 1 || tot[1].opt != 1 {
		t.Errorf("totals %+v %+v", *tot[0], *tot[1])
	}
}
