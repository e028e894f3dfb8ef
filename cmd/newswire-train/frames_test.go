package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

// TestFramesLayout: the roles a reading holds a gold event's parties in,
// through the gold's names and aliases; two parties, or a visitor and the
// destination.
func TestFramesLayout(t *testing.T) {
	g := score.Gold{ID: "g", Entities: map[string][]score.GoldEntity{
		"PERSON":   {{Name: "Mira Costal", Aliases: []string{"Costal"}}, {Name: "Teodor Valk"}},
		"LOCATION": {{Name: "Brenova"}},
	}}
	meet := score.GoldEvent{Type: "meeting", Participants: []string{"Mira Costal", "Teodor Valk"}}
	visit := score.GoldEvent{Type: "visit", Participants: []string{"Mira Costal"}, Location: "Brenova"}
	cases := []struct {
		name  string
		ge    score.GoldEvent
		roles map[string][]string
		want  []string // nil: no layout
	}{
		{"subject and with", meet, map[string][]string{"subj": {"Costal"}, "with": {"Teodor Valk"}}, []string{"subj", "with"}},
		{"both between", meet, map[string][]string{"between": {"Mira Costal", "Teodor Valk"}}, []string{"between"}},
		{"subject and object", meet, map[string][]string{"subj": {"Mira Costal"}, "obj": {"Teodor Valk"}, "in": {"Brenova"}}, []string{"subj", "obj"}},
		{"one party only", meet, map[string][]string{"subj": {"Mira Costal"}, "obj": {"Lars Olm"}}, nil},
		{"a party in no party role", meet, map[string][]string{"subj": {"Mira Costal"}, "to": {"Teodor Valk"}}, nil},
		{"visitor and destination", visit, map[string][]string{"subj": {"Costal"}, "to": {"Brenova"}}, []string{"subj", "dest:to"}},
		{"visitor and destination as object", visit, map[string][]string{"poss": {"Mira Costal"}, "obj": {"Brenova"}}, []string{"poss", "dest:obj"}},
		{"destination alone", visit, map[string][]string{"to": {"Brenova"}}, nil},
		{"a meeting's place is no party", meet, map[string][]string{"subj": {"Mira Costal"}, "in": {"Brenova"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := layout(g, c.ge, extract.FrameReading{Roles: c.roles})
			if ok != (c.want != nil) || !reflect.DeepEqual(got, c.want) && c.want != nil {
				t.Errorf("layout %v %v, want %v", got, ok, c.want)
			}
		})
	}
}

// TestPickLemma: among the lemmas the morphology allows, the one the
// texts use, else one English spelling allows, else the shortest.
func TestPickLemma(t *testing.T) {
	vocab := map[string]int{"arrives": 2, "initial": 4}
	cases := []struct {
		lemmas []string
		want   string
	}{
		{[]string{"huddl", "huddle"}, "huddle"},
		{[]string{"arriv", "arrive"}, "arrive"},
		{[]string{"host", "hoste"}, "host"},
		{[]string{"plan", "plann", "planne"}, "plan"},
		{[]string{"carry", "carrie"}, "carry"},
		{[]string{"prais", "praise"}, "praise"},
		{[]string{"focus", "focuse"}, "focus"},
		{[]string{"judg", "judge"}, "judge"},
	}
	for _, c := range cases {
		if got := pickLemma(c.lemmas, vocab); got != c.want {
			t.Errorf("pickLemma(%q) = %q, want %q", c.lemmas, got, c.want)
		}
	}
}

// frameTestArticle is one of the induction test's articles: its set, text
// and gold meetings (pairs of persons; each person a title's holder).
type frameTestArticle struct {
	set, text string
	meetings  [][2]string
}

// TestFramesInduction proposes, counts and keeps frames over articles of
// our own in two sets: "huddle" states meetings the rules miss in both
// sets and is kept; "praise" names two parties of a missed meeting once
// and is wrong elsewhere, so it is proposed and not kept; "scold" is
// proposed in one set only and kept by none.
func TestFramesInduction(t *testing.T) {
	arts := []frameTestArticle{
		{"a", "Finance Minister Mira Costal huddled with Defence Minister Teodor Valk in Brenova on Tuesday.", [][2]string{{"Mira Costal", "Teodor Valk"}}},
		{"a", "Trade Minister Ilse Brandvik huddled with Energy Minister Oskar Lind in Tarnholm on Friday. Later Brandvik praised Lind for his patience.", [][2]string{{"Ilse Brandvik", "Oskar Lind"}}},
		{"b", "Health Minister Ana Ferrel huddled with Labour Minister Pavel Dorn in Ostrava on Monday.", [][2]string{{"Ana Ferrel", "Pavel Dorn"}}},
		{"b", "Interior Minister Rosa Quell praised Justice Minister Emil Sarto in a speech on Monday. Quell scolded Sarto.", [][2]string{{"Rosa Quell", "Emil Sarto"}}},
		{"b", "Culture Minister Petra Hollis praised Sports Minister Ivo Brask on Sunday.", nil},
	}
	ctx := context.Background()
	tmp := t.TempDir()
	x0, err := learnedExtractor(tmp, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var fas []*frameArt
	for i, a := range arts {
		g := score.Gold{ID: "t" + string(rune('0'+i)), Entities: map[string][]score.GoldEntity{}}
		for _, m := range a.meetings {
			g.Events = append(g.Events, score.GoldEvent{Type: "meeting", Participants: []string{m[0], m[1]}})
			for _, p := range m {
				g.Entities["PERSON"] = append(g.Entities["PERSON"], score.GoldEntity{Name: p, Aliases: []string{p[strings.LastIndexByte(p, ' ')+1:]}})
			}
		}
		art := extract.Article{ID: g.ID, Body: a.text, Published: "2026-03-12"}
		rec, doc, err := x0.FrameReadings(ctx, art)
		if err != nil {
			t.Fatal(err)
		}
		fas = append(fas, &frameArt{set: a.set, art: art, gold: g, events: rec.Events, match: score.MatchEvents(g, scoredEvents(rec.Events)), readings: doc.Readings, sents: doc.Sentences})
	}
	for _, fa := range fas {
		for j, m := range fa.match.Matched {
			if m {
				t.Fatalf("%s: the rules alone already find %v: the test needs a frame they lack", fa.art.ID, fa.gold.Events[j])
			}
		}
	}
	all := func(string) bool { return true }
	props := propose(fas, all, nil)
	got := map[string]string{}
	for _, p := range props {
		got[p.key()] = p.row()
	}
	for k, want := range map[string]string{
		"huddle\tverb": "huddle\tverb\tmeeting\tsubj|", // and with
		"praise\tverb": "praise\tverb\tmeeting\tsubj|obj\t",
		"scold\tverb":  "scold\tverb\tmeeting\tsubj|obj\t",
	} {
		if !strings.HasPrefix(got[k], want) || k == "huddle\tverb" && !strings.Contains(got[k], "|with") {
			t.Errorf("proposal %q: %q, want %q (all: %v)", k, got[k], want, got)
		}
	}
	// a vetoed proposal is never made
	for _, p := range propose(fas, all, map[string]bool{"praise\tverb": true}) {
		if p.key() == "praise\tverb" {
			t.Error("vetoed praise proposed")
		}
	}
	// a set left out proposes nothing
	for _, p := range propose(fas, func(s string) bool { return s == "a" }, nil) {
		if p.sets["b"] > 0 {
			t.Errorf("%s proposed from the set left out", p.key())
		}
	}
	x, err := learnedExtractor(tmp, 1, rowsOf(props))
	if err != nil {
		t.Fatal(err)
	}
	counts, _, err := countFrames(ctx, x, fas, all)
	if err != nil {
		t.Fatal(err)
	}
	kept := map[string]learnedRow{}
	for _, r := range keep(props, counts, framesOptions{}) {
		kept[r.p.key()] = r
	}
	h, ok := kept["huddle\tverb"]
	if !ok {
		t.Fatalf("huddle not kept: counts %v", dumpCounts(counts))
	}
	if h.sets != 2 || h.right != 3 || h.wrong != 0 {
		t.Errorf("huddle: %d sets, %d right, %d wrong; want 2, 3, 0", h.sets, h.right, h.wrong)
	}
	if _, ok := kept["praise\tverb"]; ok {
		t.Errorf("praise kept: counts %v", dumpCounts(counts))
	}
	if _, ok := kept["scold\tverb"]; ok {
		t.Errorf("scold kept (one set): counts %v", dumpCounts(counts))
	}
}

func dumpCounts(c frameCounts) map[string]map[string]frameTally {
	out := map[string]map[string]frameTally{}
	for k, m := range c {
		out[k] = map[string]frameTally{}
		for s, t := range m {
			out[k][s] = *t
		}
	}
	return out
}

// TestFramesCV induces the frames again with each training set held out
// in turn and holds the shipped table to it: its switch row is what the
// cross-validation's bar gives, and its rows are a fresh induction's.
func TestFramesCV(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every training set once per fold")
	}
	rep, err := induceFrames(context.Background(), filepath.Join("..", ".."), framesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("leave-one-set-out:\n%s", rep.report)
	if len(rep.folds) < 10 {
		t.Fatalf("%d folds, want every training set", len(rep.folds))
	}
	checkRetrained(t, "frames_learned.tsv", rep.table, "on", "the fresh induction's header says why", "go run ./cmd/newswire-train frames -write")
	if _, err := os.Stat(filepath.Join("..", "..", "testdata", "train")); err != nil {
		t.Fatal(err)
	}
}
