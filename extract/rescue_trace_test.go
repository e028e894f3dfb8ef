package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/internal/trainsets"
)

// TestRemovedTrace: with removed candidates kept, a sentence whose event a
// rule removes keeps that candidate beside the record, named by the rule,
// with the parties it would have had; the record's events are those of a
// run that does not keep them. Every sentence is our own.
func TestRemovedTrace(t *testing.T) {
	x := testExtractor(t)
	keep := *x
	keep.keepRemoved = true
	cases := []struct {
		name, text string
		rule       string   // the rule that removes the candidate
		typ        string   // its type
		parties    []string // names its parties hold (some, not all)
	}{
		{"denial", "MERIDA, Mexico, March 3, 2026 (Coastline Wire) - Interior Minister Lucia Ferrante denied that she had met rebel commander Tomas Oyelaran in Merida last week.",
			"negated", Meeting, []string{"Lucia Ferrante", "Tomas Oyelaran"}},
		{"hope", "OSLO, March 3, 2026 (Coastline Wire) - Prime Minister Ingrid Valstad said she hoped to meet President Ruben Amasova in Oslo next month.",
			"hoped for, offered, invited or proposed", Meeting, []string{"Ingrid Valstad", "Ruben Amasova"}},
		{"cancelled", "TALLINN, March 3, 2026 (Coastline Wire) - Foreign Minister Kadri Mets cancelled her visit to Riga on Tuesday after the storm closed the airport.",
			"negated", Visit, []string{"Kadri Mets"}},
		{"not", "ACCRA, March 3, 2026 (Coastline Wire) - Finance Minister Kofi Asante did not meet Trade Secretary Helen Marsh during the forum in Accra on Monday.",
			"negated", Meeting, []string{"Kofi Asante", "Helen Marsh"}},
		{"conditional", "ACCRA, March 3, 2026 (Coastline Wire) - Energy Minister Kofi Asante will sign a supply agreement with Trade Secretary Helen Marsh in Accra on Monday if the prices hold, officials said.",
			"conditional", Agreement, []string{"Kofi Asante", "Helen Marsh"}},
		{"postponed", "NAIROBI, March 3, 2026 (Coastline Wire) - President Amina Wekesa has postponed her visit to Kampala because of the floods.",
			"postponed without a date", Visit, []string{"Amina Wekesa"}},
		{"the press", "ACCRA, March 3, 2026 (Coastline Wire) - Finance Minister Kofi Asante met reporters in Accra on Monday.",
			"sense: the press", Meeting, []string{"Kofi Asante"}},
		{"undated plan", "LIMA, March 3, 2026 (Coastline Wire) - The union said its leader, Rosa Quispe, would visit the mine.",
			"undated-plan", Visit, []string{"Rosa Quispe"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := Article{ID: "rescue-" + strings.ReplaceAll(tc.name, " ", "-"), Body: tc.text}
			plain, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			kept, err := keep.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if len(plain.removed) != 0 {
				t.Errorf("a plain run keeps %d removed candidates", len(plain.removed))
			}
			pj, _ := json.Marshal(plain.Events)
			kj, _ := json.Marshal(kept.Events)
			if string(pj) != string(kj) {
				t.Errorf("keeping removed candidates changed the events:\n plain %s\n kept  %s", pj, kj)
			}
			for _, e := range plain.Events {
				if e.Type == tc.typ {
					t.Errorf("the %s is published: %+v", tc.typ, e.Participants)
				}
			}
			var found []string
			for _, rm := range kept.removed {
				found = append(found, rm.rule+" "+rm.ev.Type+" "+partyList(rm.ev))
				if rm.rule != tc.rule || rm.ev.Type != tc.typ {
					continue
				}
				ok := true
				for _, p := range tc.parties {
					if !strings.Contains(partyList(rm.ev), p) {
						ok = false
					}
				}
				if ok {
					return
				}
			}
			t.Errorf("no %s removed by %q with %v; kept %q", tc.typ, tc.rule, tc.parties, found)
		})
	}
}

func partyList(e Event) string {
	var ps []string
	for _, p := range e.Participants {
		ps = append(ps, p.Name)
	}
	return strings.Join(ps, "; ")
}

// TestKeepRemovedLeavesEventsAlone: over our own articles and heldout
// (with -short), else every training set, keeping removed candidates never
// changes a published event (a removed draft restores the run's context:
// rescue_trace.go).
func TestKeepRemovedLeavesEventsAlone(t *testing.T) {
	x := testExtractor(t)
	keep := *x
	keep.keepRemoved = true
	dirs := []string{"../testdata", "../testdata/articles", "../testdata/heldout"}
	if !testing.Short() {
		sets, err := trainsets.List("..")
		if err != nil {
			t.Fatal(err)
		}
		dirs = nil
		for _, s := range sets {
			dirs = append(dirs, s.Dirs...)
		}
		sort.Strings(dirs)
	}
	plain := readFold(t, x, dirs)
	kept := readFold(t, &keep, dirs)
	n := 0
	for i := range plain {
		pj, _ := json.Marshal(plain[i].rec.Events)
		kj, _ := json.Marshal(kept[i].rec.Events)
		if string(pj) != string(kj) {
			t.Errorf("%s: keeping removed candidates changed the events:\n plain %s\n kept  %s", plain[i].path, pj, kj)
		}
		n += len(kept[i].rec.removed)
	}
	if n == 0 {
		t.Error("no removed candidate kept over the sets")
	}
	t.Logf("%d articles, %d removed candidates kept", len(plain), n)
}

// testExtractor is the package's shared extractor (clause_test.go).
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() { testX, testXErr = New(Options{}) })
	if testXErr != nil {
		t.Fatal(testXErr)
	}
	return testX
}

// TestRestoreNeverPanics: restore puts back what a removed draft may
// write, and an event a removed draft added (which no pass does today) is
// cut off with a trace line, not a panic: Extract runs on any input.
func TestRestoreNeverPanics(t *testing.T) {
	var lines []string
	d := &document{keepRemoved: true, trace: func(f string, a ...any) { lines = append(lines, fmt.Sprintf(f, a...)) }}
	d.events = []Event{{Type: Meeting, Trigger: "met"}}
	r := &eventRun{d: d, seen: map[string]int{"e1": 0}, venues: map[string]bool{}}
	s := r.saveRun()
	// what a removed draft's passes may write
	d.events = append(d.events, Event{Type: Visit, Trigger: "visited"})
	r.seen["e2"] = 1
	r.venues["Lima"] = true
	d.describedNames = map[string]bool{"the council": true}
	d.session = 4
	d.speaker = &entity{canon: "Rosa Quispe"}
	r.storyDate = "2026-03-03"
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("restore panicked: %v", p)
			}
		}()
		r.restore(s)
	}()
	if len(d.events) != 1 || d.events[0].Trigger != "met" {
		t.Errorf("events after restore: %+v", d.events)
	}
	if len(r.seen) != 1 || len(r.venues) != 0 || d.describedNames != nil || d.session != 0 || d.speaker != nil || r.storyDate != "" {
		t.Errorf("not restored: seen %v venues %v described %v session %d speaker %v story date %q",
			r.seen, r.venues, d.describedNames, d.session, d.speaker, r.storyDate)
	}
	if len(lines) != 1 || !strings.Contains(lines[0], `added event visit "visited"`) {
		t.Errorf("trace lines: %q", lines)
	}
}

// TestTripSummaryRemovedTrace: a trip summary dropped for its stops
// (merge_tripsummary.go) is kept beside the record as rule trip-summary,
// and the stops stay the published visits. The sentences are our own.
func TestTripSummaryRemovedTrace(t *testing.T) {
	keep := *testExtractor(t)
	keep.keepRemoved = true
	a := Article{ID: "rescue-trip-summary", Published: "2026-03-01", Form: "text",
		Body: "Chilean Trade Minister Paula Ortiz set out on Sunday on a tour of Ecuador and Colombia to sell copper wire.\n\nOrtiz spends Monday in Quito with Ecuadorean importers.\n\nOn Wednesday Ortiz flies to Bogota for a meeting of Andean ministers."}
	rec, err := keep.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var places, found []string
	for _, e := range rec.Events {
		if e.Type == Visit {
			places = append(places, e.Location)
		}
	}
	for _, rm := range rec.removed {
		found = append(found, rm.rule+" "+rm.ev.Type+" "+rm.ev.Location)
	}
	if !slices.Contains(found, "trip-summary visit Ecuador") {
		t.Errorf("no trip summary to Ecuador kept as removed; kept %q (published visits %q)", found, places)
	}
	if slices.Contains(places, "Ecuador") {
		t.Errorf("the summary is published: visits %q", places)
	}
}
