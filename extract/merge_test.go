package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestMergeMentions: the merge pass makes one event of the mentions of one
// event whose ids differ (a headline naming fewer parties, countries and
// then their ministers, a date or place given in one mention only, "the
// visit" after the announcement), and keeps apart what only looks alike
// (the same two people meeting again elsewhere, a separate meeting on the
// sidelines, a plan beside a signing told in the past, another partner).
// Every sentence is written for this test.
func TestMergeMentions(t *testing.T) {
	cases := []struct {
		name, published, text, typ string
		n                          int      // events of typ wanted
		parts                      []string // the merged event's parties (exactly, when n == 1)
		date, place                string   // the merged event's, when n == 1 ("" unchecked)
		evidence                   int      // at least this many further mentions (n == 1)
		pending                    string
	}{
		{name: "a headline names two of the three", published: "2026-03-03", typ: extract.Meeting, n: 1,
			text:  "Soto, Salcedo hold talks on copper\n\nLIMA (Andes Wire) - Chilean Foreign Minister Ana Soto met Chinese Trade Minister Li Wei and Peruvian Foreign Minister Rosa Salcedo in Lima on Monday. The three discussed copper exports.",
			parts: []string{"Ana Soto", "Li Wei", "Rosa Salcedo"}, date: "2026-03-02", place: "Lima", evidence: 1},
		{name: "countries, then their ministers sign the accord", published: "2026-03-03", typ: extract.Agreement, n: 1,
			text:  "Chile and Peru signed a copper accord on Monday. Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo signed the accord at the foreign ministry in Lima.",
			parts: []string{"Ana Soto", "Rosa Salcedo"}, date: "2026-03-02", place: "Lima", evidence: 1},
		{name: "a visit announced, then its visit in the next paragraph", published: "2026-04-27", typ: extract.Visit, n: 1,
			text:  "Kenyan Trade Minister Wanjiru Kamau will visit Accra from Tuesday to Thursday, her ministry said. She is due to meet Ghanaian Finance Minister Kofi Mensah on Wednesday.\n\nKamau's visit follows a dispute over cocoa tariffs that closed two Ghanaian ports.",
			parts: []string{"Wanjiru Kamau"}, date: "2026-04-28/2026-04-30", place: "Accra", evidence: 1},
		{name: "the same two ministers again, elsewhere", published: "2026-03-04", typ: extract.Meeting, n: 2,
			text: "Chilean Foreign Minister Ana Soto met Chinese Trade Minister Li Wei in Lima on Monday. On Tuesday, Soto and Li met again in Cusco."},
		{name: "the same two ministers on another day", published: "2026-03-05", typ: extract.Meeting, n: 2,
			text: "Chilean Foreign Minister Ana Soto met Chinese Trade Minister Li Wei in Lima on Monday. Soto met Li in Santiago on Wednesday to sign the accord."},
		{name: "a separate meeting on the sidelines", published: "2026-03-03", typ: extract.Meeting, n: 2,
			text: "Chilean Foreign Minister Ana Soto hosted Chinese Trade Minister Li Wei and Peruvian Foreign Minister Rosa Salcedo in Santiago on Monday. Soto held a separate meeting with Li on the sidelines."},
		{name: "a planned tour and a past trip (no published date)", typ: extract.Visit, n: 2,
			text: "Kenyan Trade Minister Wanjiru Kamau is due to lead next summer's trade tour to Ghana, her ministry said. Kamau went on the trip in 2019 as a junior minister."},
		{name: "a signing told, a second one planned", published: "2026-03-03", typ: extract.Agreement, n: 2,
			text: "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo signed a memorandum on copper on Monday. The two ministers plan to sign a full trade agreement in April."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "merge", c.published, c.text)
			evs := eventsOf(rec, c.typ)
			if len(evs) != c.n {
				t.Fatalf("%d %s events, want %d: %s", len(evs), c.typ, c.n, eventList(rec))
			}
			if c.n != 1 {
				return
			}
			ev := evs[0]
			if len(ev.Participants) != len(c.parts) || matchEvent(rec, c.typ, c.parts) == nil {
				t.Errorf("participants %v, want %v", ev.Participants, c.parts)
			}
			if c.date != "" && ev.Date != c.date {
				t.Errorf("date %q, want %q", ev.Date, c.date)
			}
			if c.place != "" && fold(ev.Location) != fold(c.place) {
				t.Errorf("place %q, want %q", ev.Location, c.place)
			}
			if len(ev.Evidence) < c.evidence {
				t.Errorf("evidence %+v, want at least %d further mentions", ev.Evidence, c.evidence)
			}
			for _, x := range ev.Evidence {
				if x.SentenceSpan == nil || x.TriggerSpan == nil || x.Trigger == "" || !strings.Contains(rec.Text+x.Sentence, x.Trigger) {
					t.Errorf("evidence without its spans or trigger: %+v", x)
				}
			}
		})
	}
}

// TestMergeExplained: --explain says which rules made two mentions one
// event, and the id is the merged event's.
func TestMergeExplained(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	// a sentence between: right after the first, the ministers would be
	// its parties at once (country-representatives, events_discourse_next.go)
	a := extract.Article{ID: "merge-explain", Published: "2026-03-03", Body: "Chile and Peru signed a copper accord on Monday. " +
		"Copper prices rose on the news. " +
		"Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Rosa Salcedo signed the accord at the foreign ministry in Lima."}
	rec, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	evs := eventsOf(rec, extract.Agreement)
	if len(evs) != 1 {
		t.Fatalf("%d agreements, want 1: %s", len(evs), eventList(rec))
	}
	all := strings.Join(evs[0].Explain, "\n")
	for _, want := range []string{`merged with "signed the accord"`, "participants compatible", "one holds the other", "refers back", "the accord"} {
		if !strings.Contains(all, want) {
			t.Errorf("explain lacks %q:\n%s", want, all)
		}
	}
	plain := extractText(t, "merge-explain", a.Published, a.Body)
	if len(plain.Events) != 1 || plain.Events[0].ID != evs[0].ID {
		t.Errorf("ids with and without explain differ: %s vs %s", eventList(plain), eventList(rec))
	}
}

// TestExplainStaysTrue: over every test article, each event's explanation
// names what the event finally is — each participant, its date, its place,
// its confidence — after every pass that changes an event once built (the
// merge pass, a departure ending a visit, a hosted guest's visit).
func TestExplainStaysTrue(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p, data := range inputFiles(t, "../testdata/*", "../testdata/*/*") {
		a, err := extract.Decoder{}.Decode(p, data)
		if err != nil {
			continue // inputs that are meant to fail are tested elsewhere
		}
		rec, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, e := range rec.Events {
			n++
			all := strings.Join(e.Explain, "\n")
			if len(e.Explain) == 0 || !strings.HasPrefix(e.Explain[0], "frame ") {
				t.Errorf("%s: %s %q: explanation does not start with its frame: %q", p, e.Type, e.Trigger, e.Explain)
				continue
			}
			var missing []string
			for _, pa := range e.Participants {
				if !strings.Contains(all, pa.Name) {
					missing = append(missing, "participant "+pa.Name)
				}
			}
			if e.Date != "" && !strings.Contains(all, "date "+e.Date) {
				missing = append(missing, "date "+e.Date)
			}
			if e.Location != "" && !strings.Contains(all, "place "+e.Location) {
				missing = append(missing, "place "+e.Location)
			}
			if c := fmt.Sprintf("confidence %.2f", e.Confidence); !strings.Contains(all, c) {
				missing = append(missing, c)
			}
			if len(missing) > 0 {
				t.Errorf("%s: %s %q: explanation lacks %s:\n%s", p, e.Type, e.Trigger, strings.Join(missing, ", "), all)
			}
		}
	}
	if n == 0 {
		t.Fatal("no event in the test articles")
	}
}
