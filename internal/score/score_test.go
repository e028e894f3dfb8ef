package score

import (
	"reflect"
	"strings"
	"testing"
)

// testGold is a small gold with every entity type, an optional section and
// events, used by the table-driven tests below.
func testGold() Gold {
	return Gold{
		ID: "a1",
		Entities: map[string][]GoldEntity{
			"PERSON": {
				{Name: "Mei Tanaka", Aliases: []string{"Tanaka", "Ms. Tanaka"}},
				{Name: "Lars Berg", Aliases: []string{"Berg"}},
				{Name: "Ana Soto", Aliases: []string{"Soto"}},
			},
			"TITLE": {
				{Holder: "Mei Tanaka", Title: "chief executive"},
				{Holder: "Lars Berg", Title: "Chief Executive Officer"},
			},
			"ORGANIZATION": {{Name: "Financial Action Task Force", Aliases: []string{"FATF"}}},
			"LOCATION": {
				{Name: "United States", Aliases: []string{"US", "U.S."}},
				{Name: "Tokyo"},
			},
			"DATE": {
				{Text: "May 31", Value: "2025-05-31"},
				{Text: "May 27 to May 29", Value: "2025-05-27/2025-05-29"},
			},
			"ACRONYM": {
				{Short: "FATF", Long: "Financial Action Task Force"},
				{Short: "ITAR"},
			},
		},
		Optional: map[string][]GoldEntity{
			"ORGANIZATION": {{Name: "The North News"}},
			"DATE":         {{Text: "next month", Value: "2025-06"}},
			"ACRONYM":      {{Short: "U.S."}},
			"TITLE":        {{Holder: "Mei Tanaka", Title: "CEO"}},
		},
		Events: []GoldEvent{
			{Type: "meeting", Participants: []string{"Mei Tanaka", "Lars Berg"}, Date: "2025-05-31", Location: "Tokyo"},
			{Type: "agreement", Participants: []string{"Mei Tanaka", "Lars Berg", "Ana Soto"}, Date: "2025-05-31"},
		},
		OptionalEvents: []GoldEvent{{Type: "visit", Participants: []string{"Ana Soto"}}},
	}
}

// with returns the gold's own conversion changed by edit.
func with(edit func(r *Record)) Record {
	r := FromGold(testGold())
	edit(&r)
	return r
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"The Pentagon":        "pentagon",
		"  U.S.  ":            "us",
		"Washington, D.C.":    "washington dc",
		"India-U.S. COMPACT":  "india us compact",
		"Kirin   Freight":     "kirin freight",
		"Commerce & Industry": "commerce industry",
		"Ms. Tanaka":          "ms tanaka",
		"Brandão":             "brandão",
		"P5+1":                "p51",
		"":                    "",
	} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScore(t *testing.T) {
	type want struct {
		typ        string // entity type, or "event "+event type
		tp, fp, fn int
	}
	tests := []struct {
		name   string
		record Record
		want   []want
		miss   string // a miss kind that must be reported, if any
	}{
		{
			name:   "gold against its own conversion is perfect",
			record: FromGold(testGold()),
			want: []want{{"PERSON", 3, 0, 0}, {"TITLE", 2, 0, 0}, {"ORGANIZATION", 1, 0, 0},
				{"LOCATION", 2, 0, 0}, {"DATE", 2, 0, 0}, {"ACRONYM", 2, 0, 0},
				{"event meeting", 1, 0, 0}, {"event agreement", 1, 0, 0}},
		},
		{
			name: "an extra entity is a false positive",
			record: with(func(r *Record) {
				r.Entities = append(r.Entities, Entity{Type: "PERSON", Text: "Vikram Misri"})
			}),
			want: []want{{"PERSON", 3, 1, 0}},
			miss: "FP PERSON",
		},
		{
			name: "a missing entity is a false negative",
			record: with(func(r *Record) {
				r.Entities = r.Entities[1:] // drops Mei Tanaka
			}),
			want: []want{{"PERSON", 2, 0, 1}},
			miss: "FN PERSON",
		},
		{
			name: "an optional hit counts nothing",
			record: with(func(r *Record) {
				r.Entities = append(r.Entities,
					Entity{Type: "ORGANIZATION", Text: "North News"},
					Entity{Type: "DATE", Text: "next month", Value: "2025-06"},
					Entity{Type: "ACRONYM", Text: "U.S."},
					Entity{Type: "TITLE", Text: "CEO", Holder: "Tanaka"})
			}),
			want: []want{{"ORGANIZATION", 1, 0, 0}, {"DATE", 2, 0, 0}, {"ACRONYM", 2, 0, 0}, {"TITLE", 2, 0, 0}},
		},
		{
			name: "aliases match both ways and several hits count once",
			record: Record{ID: "a1", Entities: []Entity{
				{Type: "PERSON", Text: "Ms. Tanaka"},
				{Type: "PERSON", Text: "Tanaka"},
				{Type: "PERSON", Text: "L. Berg", Aliases: []string{"Berg"}},
				{Type: "ORGANIZATION", Text: "FATF"},
				{Type: "LOCATION", Text: "the U.S."},
			}},
			want: []want{{"PERSON", 2, 0, 1}, {"ORGANIZATION", 1, 0, 0}, {"LOCATION", 1, 0, 1}},
		},
		{
			name: "titles come from PERSON.title and TITLE.holder alike",
			record: Record{ID: "a1", Entities: []Entity{
				{Type: "PERSON", Text: "Mei Tanaka", Title: "Chief Executive"},
				{Type: "TITLE", Text: "chief executive", Holder: "Tanaka"},
				{Type: "TITLE", Text: "chairman", Holder: "Lars Berg"},
			}},
			want: []want{{"TITLE", 1, 1, 1}},
		},
		{
			name: "dates are scored on value",
			record: Record{ID: "a1", Entities: []Entity{
				{Type: "DATE", Text: "Saturday", Value: "2025-05-31"},
				{Type: "DATE", Text: "May 31", Value: "2025-05-31"},
				{Type: "DATE", Text: "May 27", Value: "2025-05-27"},
			}},
			want: []want{{"DATE", 1, 1, 1}},
		},
		{
			name: "acronyms are scored on the short form",
			record: Record{ID: "a1", Entities: []Entity{
				{Type: "ACRONYM", Text: "FATF", Expansion: "Financial Action Task Force"},
				{Type: "ACRONYM", Text: "ITAR", Expansion: "International Traffic in Arms Regulations"},
				{Type: "ACRONYM", Text: "CEO"},
			}},
			want: []want{{"ACRONYM", 2, 1, 0}},
			miss: "SPURIOUS EXPANSION",
		},
		{
			name: "event matches at Jaccard 0.5 through aliases",
			record: with(func(r *Record) {
				r.Events = []Event{
					{Type: "meeting", Participants: []Participant{{Name: "Tanaka"}}, Date: "2025-05-31", Location: "Tokyo"},
					{Type: "Agreement", Participants: []Participant{{Name: "Tanaka"}, {Name: "Berg"}}},
				}
			}),
			want: []want{{"event meeting", 1, 0, 0}, {"event agreement", 1, 0, 0}},
			miss: "EVENT DATE",
		},
		{
			name: "event below Jaccard 0.5 is a false positive and a miss",
			record: with(func(r *Record) {
				r.Events = []Event{
					{Type: "agreement", Participants: []Participant{{Name: "Ana Soto"}}},
					{Type: "meeting", Participants: []Participant{{Name: "Mei Tanaka"}, {Name: "Lars Berg"}}},
				}
			}),
			want: []want{{"event agreement", 0, 1, 1}, {"event meeting", 1, 0, 0}},
			miss: "FN EVENT",
		},
		{
			name: "an event of the wrong type does not match",
			record: with(func(r *Record) {
				r.Events = []Event{{Type: "visit", Participants: []Participant{{Name: "Mei Tanaka"}, {Name: "Lars Berg"}}}}
			}),
			want: []want{{"event visit", 0, 1, 0}, {"event meeting", 0, 0, 1}, {"event agreement", 0, 0, 1}},
		},
		{
			name: "an optional event counts nothing, unscored types are ignored",
			record: with(func(r *Record) {
				r.Events = append(r.Events,
					Event{Type: "visit", Participants: []Participant{{Name: "Soto"}}},
					Event{Type: "protest", Participants: []Participant{{Name: "Ana Soto"}}})
			}),
			want: []want{{"event visit", 0, 0, 0}, {"event meeting", 1, 0, 0}},
		},
		{
			name: "each gold event matches one prediction",
			record: with(func(r *Record) {
				r.Events = append(r.Events, r.Events[0])
			}),
			want: []want{{"event meeting", 1, 1, 0}},
		},
		{
			name:   "no record: every gold entry is missed",
			record: Record{ID: "other"},
			want:   []want{{"PERSON", 0, 0, 3}, {"event meeting", 0, 0, 1}},
			miss:   "NO RECORD",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Score([]Gold{testGold()}, []Record{tt.record})
			for _, w := range tt.want {
				var got Tally
				if typ, ok := strings.CutPrefix(w.typ, "event "); ok {
					got = res.Events[typ]
				} else {
					got = res.Entities[w.typ]
				}
				if got != (Tally{w.tp, w.fp, w.fn}) {
					t.Errorf("%s: got %+v, want tp %d fp %d fn %d", w.typ, got, w.tp, w.fp, w.fn)
				}
			}
			if tt.miss != "" {
				found := false
				for _, m := range res.Misses {
					found = found || m.Kind == tt.miss
				}
				if !found {
					t.Errorf("no %q among misses %v", tt.miss, res.Misses)
				}
			}
			if t.Failed() {
				t.Log(res.Table())
			}
		})
	}
}

func TestScoreTotals(t *testing.T) {
	res := Score([]Gold{testGold()}, []Record{FromGold(testGold())})
	if res.EntityTotal != (Tally{TP: 12}) || res.EventTotal != (Tally{TP: 2}) {
		t.Errorf("totals: entities %+v events %+v", res.EntityTotal, res.EventTotal)
	}
	if res.EntityTotal.F1() != 1 || res.EventTotal.F1() != 1 || len(res.Misses) != 0 {
		t.Errorf("self score not perfect:\n%s%v", res.Table(), res.Misses)
	}
	if res.ExpansionsRight != 1 || res.ExpansionsGold != 1 {
		t.Errorf("expansions %d of %d, want 1 of 1", res.ExpansionsRight, res.ExpansionsGold)
	}
	if res.EventDatesRight != 2 || res.EventLocationsRight != 1 || res.EventLocationsGold != 1 {
		t.Errorf("event dates %d/%d locations %d/%d", res.EventDatesRight, res.EventDatesGold,
			res.EventLocationsRight, res.EventLocationsGold)
	}
}

func TestTallyPRF(t *testing.T) {
	tests := []struct {
		t       Tally
		p, r, f float64
	}{
		{Tally{}, 1, 1, 1},
		{Tally{TP: 1, FP: 1, FN: 2}, 0.5, 1.0 / 3, 0.4},
		{Tally{FP: 3}, 0, 0, 0},
		{Tally{TP: 4}, 1, 1, 1},
	}
	for _, tt := range tests {
		p, r, f := tt.t.PRF()
		if !near(p, tt.p) || !near(r, tt.r) || !near(f, tt.f) {
			t.Errorf("%+v: got %.3f %.3f %.3f, want %.3f %.3f %.3f", tt.t, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestJaccard(t *testing.T) {
	set := func(s ...string) map[string]bool { return keys(s...) }
	tests := []struct {
		a, b map[string]bool
		want float64
	}{
		{set("a", "b"), set("a", "b"), 1},
		{set("a"), set("a", "b"), 0.5},
		{set("a", "c"), set("a", "b"), 1.0 / 3},
		{set(), set(), 0},
		{set("a"), set("b"), 0},
	}
	for _, tt := range tests {
		if got := Jaccard(tt.a, tt.b); !near(got, tt.want) {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestReadRecordsMergesByID(t *testing.T) {
	in := `{"id":"a1","entities":[{"type":"PERSON","text":"Mei Tanaka"}],"events":[]}

{"id":"a1","entities":[{"type":"PERSON","text":"Berg","expansion":null}],"events":[]}
`
	recs, err := ReadRecords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	res := Score([]Gold{testGold()}, recs)
	if got := res.Entities["PERSON"]; got != (Tally{TP: 2, FN: 1}) {
		t.Errorf("PERSON %+v, want tp 2 fn 1", got)
	}
	if _, err := ReadRecords(strings.NewReader("{not json\n")); err == nil {
		t.Error("no error for a bad line")
	}
}

func TestMatchEvents(t *testing.T) {
	ev := func(typ string, names ...string) Event {
		e := Event{Type: typ}
		for _, n := range names {
			e.Participants = append(e.Participants, Participant{Name: n})
		}
		return e
	}
	cases := []struct {
		name     string
		preds    []Event
		verdicts []Verdict
		gold     []int
		matched  []bool
	}{
		{"aliases resolve; a partial overlap of one half matches", []Event{ev("meeting", "Tanaka", "Berg"), ev("agreement", "Soto", "Berg")},
			[]Verdict{Right, Right}, []int{0, 1}, []bool{true, true}},
		{"the wrong type is wrong", []Event{ev("visit", "Tanaka", "Berg")}, []Verdict{Wrong}, []int{-1}, []bool{false, false}},
		{"a duplicate is wrong: each gold event matches once, the better overlap first", []Event{ev("meeting", "Tanaka", "Berg", "Soto"), ev("meeting", "Mei Tanaka", "Lars Berg")},
			[]Verdict{Wrong, Right}, []int{-1, 0}, []bool{true, false}},
		{"an optional event counts nothing", []Event{ev("visit", "Ana Soto")}, []Verdict{Optional}, []int{-1}, []bool{false, false}},
		{"an unscored type", []Event{ev("election", "Ana Soto")}, []Verdict{Unscored}, []int{-1}, []bool{false, false}},
		{"under half the union: wrong", []Event{ev("agreement", "Soto")}, []Verdict{Wrong}, []int{-1}, []bool{false, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := MatchEvents(testGold(), c.preds)
			if !reflect.DeepEqual(m.Verdicts, c.verdicts) || !reflect.DeepEqual(m.Gold, c.gold) || !reflect.DeepEqual(m.Matched, c.matched) {
				t.Errorf("got %+v, want verdicts %v gold %v matched %v", m, c.verdicts, c.gold, c.matched)
			}
		})
	}
}

func TestSamePlace(t *testing.T) {
	g := Gold{Entities: map[string][]GoldEntity{"LOCATION": {{Name: "Kyiv", Aliases: []string{"Kiev"}}}}}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Kyiv", "Kiev", true},
		{"the Kyiv", "kyiv", true},
		{"Kyiv", "Lviv", false},
		{"Odesa", "odesa", true}, // unknown to the gold: compared by Norm
		{"", "", false},
		{"Kyiv", "", false},
	} {
		if got := SamePlace(g, c.a, c.b); got != c.want {
			t.Errorf("SamePlace(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// legsGold is an article with two gold meetings of the same two parties,
// told on different days in different towns, and a third party that
// joins the later one only when a case asks for it.
func legsGold(third bool) Gold {
	g := Gold{ID: "legs", Entities: map[string][]GoldEntity{
		"PERSON":   {{Name: "Corin Vale", Aliases: []string{"Vale"}}, {Name: "Pita Aroha", Aliases: []string{"Aroha"}}, {Name: "Moana Reti"}},
		"LOCATION": {{Name: "Nelson"}, {Name: "Timaru"}},
	}, Events: []GoldEvent{
		{Type: "meeting", Participants: []string{"Corin Vale", "Pita Aroha"}, Date: "2027-03-09", Location: "Nelson"},
		{Type: "meeting", Participants: []string{"Corin Vale", "Pita Aroha"}, Date: "2027-03-11", Location: "Timaru"},
	}}
	if third {
		g.Events[1].Participants = append(g.Events[1].Participants, "Moana Reti")
	}
	return g
}

// TestMatchEventsTied: equal overlaps are broken by date and place
// agreement (MatchEventsTied), never a better overlap; MatchEvents keeps
// the official order.
func TestMatchEventsTied(t *testing.T) {
	meet := func(date, place string, names ...string) Event {
		e := Event{Type: "meeting", Date: date, Location: place}
		for _, n := range names {
			e.Participants = append(e.Participants, Participant{Name: n})
		}
		return e
	}
	cases := []struct {
		name          string
		third         bool
		preds         []Event
		official, tie []int
	}{
		{"legs told in reverse order: the official pairing crosses, the tie-aware one aligns", false,
			[]Event{meet("2027-03-11", "Timaru", "Vale", "Aroha"), meet("2027-03-09", "Nelson", "Corin Vale", "Pita Aroha")},
			[]int{0, 1}, []int{1, 0}},
		{"a right date outweighs a right place", false,
			[]Event{meet("2027-03-11", "Nelson", "Vale", "Aroha")},
			[]int{0}, []int{1}},
		{"no agreement either way: gold order", false,
			[]Event{meet("2027-04-01", "Oamaru", "Vale", "Aroha")},
			[]int{0}, []int{0}},
		{"a better overlap is not overridden by agreement", true,
			[]Event{meet("2027-03-09", "Nelson", "Vale", "Aroha", "Moana Reti"), meet("2027-03-11", "Timaru", "Vale", "Aroha")},
			[]int{1, 0}, []int{1, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := legsGold(c.third)
			if got := MatchEvents(g, c.preds).Gold; !reflect.DeepEqual(got, c.official) {
				t.Errorf("MatchEvents: gold %v, want %v", got, c.official)
			}
			if got := MatchEventsTied(g, c.preds).Gold; !reflect.DeepEqual(got, c.tie) {
				t.Errorf("MatchEventsTied: gold %v, want %v", got, c.tie)
			}
		})
	}
}

// TestScoreTied: Score's official date and place counts follow
// MatchEvents, its tie-aware ones MatchEventsTied, and Table prints both.
func TestScoreTied(t *testing.T) {
	rec := Record{ID: "legs", Events: []Event{
		{Type: "meeting", Participants: []Participant{{"Vale"}, {"Aroha"}}, Date: "2027-03-11", Location: "Timaru"},
		{Type: "meeting", Participants: []Participant{{"Vale"}, {"Aroha"}}, Date: "2027-03-09", Location: "Nelson"},
	}}
	res := Score([]Gold{legsGold(false)}, []Record{rec})
	if res.EventTotal != (Tally{TP: 2}) {
		t.Errorf("events %+v, want tp 2", res.EventTotal)
	}
	got := [8]int{res.EventDatesRight, res.EventDatesGold, res.EventLocationsRight, res.EventLocationsGold,
		res.TiedDatesRight, res.TiedDatesGold, res.TiedLocationsRight, res.TiedLocationsGold}
	if want := [8]int{0, 2, 0, 2, 2, 2, 2, 2}; got != want {
		t.Errorf("official dates, places, then tie-aware: %v, want %v", got, want)
	}
	for _, want := range []string{"right date: 0 of 2, right location: 0 of 2", "tie-aware pairing (reading aid, not the measure): date 2 of 2, location 2 of 2"} {
		if !strings.Contains(res.Table(), want) {
			t.Errorf("table lacks %q:\n%s", want, res.Table())
		}
	}
}
