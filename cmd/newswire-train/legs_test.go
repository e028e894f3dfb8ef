package main

import (
	"testing"

	"github.com/newswire/newswire/internal/score"
)

// TestLegsClass: the first class of a group of gold events sharing type
// and parties, by what we output beside them.
func TestLegsClass(t *testing.T) {
	two := []score.GoldEvent{
		{Type: "visit", Participants: []string{"Ana Ruiz"}, Date: "2026-05-04", Location: "Quito"},
		{Type: "visit", Participants: []string{"Ana Ruiz"}, Date: "2026-05-06", Location: "Cuenca"},
	}
	cases := []struct {
		name string
		ours []legOurs
		want string
	}{
		{"none", nil, "other: none of ours"},
		{"one event holding both legs' mentions", []legOurs{{date: "2026-05-04", place: "Quito", paired: 0, mentions: []string{"2026-05-04@Quito", "2026-05-06@Cuenca"}}}, "merged legs"},
		{"one event, the other leg missed", []legOurs{{date: "2026-05-04", place: "Quito", paired: 0, mentions: []string{"2026-05-04@Quito"}}}, "other: fewer, a leg missed"},
		{"three for two", []legOurs{{paired: 0}, {paired: 1}, {paired: -1}}, "split"},
		{"crossed pairs", []legOurs{{date: "2026-05-06", place: "Cuenca", paired: 0}, {date: "2026-05-04", place: "Quito", paired: 1}}, "pairing order"},
		{"both right", []legOurs{{date: "2026-05-04", place: "Quito", paired: 0}, {date: "2026-05-06", place: "Cuenca", paired: 1}}, "right"},
		{"a wrong date", []legOurs{{date: "2026-05-03", place: "Quito", paired: 0}, {date: "2026-05-06", place: "Cuenca", paired: 1}}, "other: same count, wrong values"},
	}
	for _, c := range cases {
		gr := legGroup{typ: "visit", gold: two, ours: c.ours, g: score.Gold{ID: "x", Events: two}}
		if got := legsClass(gr); got != c.want {
			t.Errorf("%s: class %q, want %q", c.name, got, c.want)
		}
	}
}
