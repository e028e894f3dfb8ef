package main

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDateMissClass: each miss gets the first, mechanical class the
// report counts.
func TestDateMissClass(t *testing.T) {
	cands := func(vs ...string) []extract.DateCandidate {
		var out []extract.DateCandidate
		for _, v := range vs {
			out = append(out, extract.DateCandidate{Value: v})
		}
		return out
	}
	for _, c := range []struct {
		m    dateMiss
		want string
	}{
		{dateMiss{gold: "2026-05-04", date: ""}, "undated"},
		{dateMiss{gold: "2026", date: "2026-05-04"}, "finer than gold"},
		{dateMiss{gold: "2026-05-04", date: "2026"}, "coarser than gold"},
		{dateMiss{gold: "2026-05-04/2026-05-06", date: "2026-05-04"}, "coarser than gold"},
		{dateMiss{gold: "2026-05-04/2026-05-06", date: "2026-05-05"}, "range vs day"},
		{dateMiss{gold: "2026-05-04", date: "2026-05-05", reading: "own-clause", cands: cands("2026-05-05")}, "gold not among candidates (own-clause)"},
		{dateMiss{gold: "2026-05-04", date: "2026-05-05", reading: "inherited", cands: cands("2026-05-05", "2026-05-04")}, "wrong pick (inherited)"},
	} {
		if got := dateMissClass(c.m); got != c.want {
			t.Errorf("gold %s, got %s: class %q, want %q", c.m.gold, c.m.date, got, c.want)
		}
	}
}

// TestWriteDateMisses: the report lists each miss with its candidates
// (the cascade's marked *, the gold's G), marks the crossed ones, prints
// both totals and counts the classes.
func TestWriteDateMisses(t *testing.T) {
	ms := []dateMiss{{set: "tr1", article: "a1", typ: "visit", gold: "2026-05-04", date: "2026-05-05", reading: "own-clause",
		sentence: "She flew to Lima on Tuesday.", cands: []extract.DateCandidate{{Value: "2026-05-05", Rules: []string{"own-clause"}, Cascade: true}, {Value: "2026-05-04", Rules: []string{"scene-any"}}}},
		{set: "tr1", article: "a2", typ: "meeting", gold: "2026-06-10", date: "2026-06-12", reading: "own-clause", crossed: true}}
	var b strings.Builder
	writeDateMisses(&b, ms, dateTotals{dated: 10, tiedDated: 10, tiedRight: 9})
	out := b.String()
	for _, want := range []string{"== tr1/a1 visit: gold 2026-05-04, got \"2026-05-05\" by \"own-clause\" [wrong pick (own-clause)]\n",
		"== tr1/a2 meeting: gold 2026-06-10, got \"2026-06-12\" by \"own-clause\" [gold not among candidates (own-clause)] crossed\n",
		"*  2026-05-05", " G 2026-05-04", "10 matched events with a gold date, 8 right, 2 wrong",
		"tie-aware pairing (reading aid, not the measure): 10 matched events with a gold date, 9 right; 1 of the wrong above are crossed",
		"    1  wrong pick (own-clause)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}
