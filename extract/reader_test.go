package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

// readerCands extracts one article of the given body (published on
// Thursday 5 March 2026) and returns its pair reader candidates.
func readerCands(t *testing.T, body string) []extract.ReaderCandidate {
	t.Helper()
	_, cs, err := extractor(t).ReaderCandidates(context.Background(), extract.Article{ID: "reader-test", Published: "2026-03-05", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestReaderCandidates: which (pair, type) candidates a sentence gives,
// and the features that describe them. Each body opens with a sentence of
// its own so that the one tested is no headline.
func TestReaderCandidates(t *testing.T) {
	const lead = "The port authority published its figures this week. "
	cases := []struct {
		name, body string
		typ        string
		parties    [2]string // "" for no candidate of the type
		has, hasNo []string  // features it has, and does not have
	}{
		{
			name: "coordinated subject, no trigger the rules read",
			body: lead + "Talia Vorn and Oskar Lindqvar shared a dinner in Lisbon on Tuesday.",
			typ:  "meeting", parties: [2]string{"Oskar Lindqvar", "Talia Vorn"},
			has:   []string{"meeting|coord", "meeting|btw=and", "meeting|verb=shar", "meeting|vtag=VBD@after", "meeting|kinds=person+person", "meeting|date", "meeting|place", "meeting|pos=body", "meeting|dist=1", "meeting|rule=none", "meeting|nsent=1", "meeting|bias", "meeting|trig=near", "meeting|tlemma=dinner", "meeting|titled=0"},
			hasNo: []string{"meeting|pos=title", "meeting|quoted"},
		},
		{
			name: "the same pair as an agreement candidate",
			body: lead + "Talia Vorn and Oskar Lindqvar shared a dinner in Lisbon on Tuesday.",
			typ:  "agreement", parties: [2]string{"Oskar Lindqvar", "Talia Vorn"},
			has: []string{"agreement|coord", "agreement|frame=other", "agreement|trig=none", "agreement|tlemma=none"},
		},
		{
			name: "a meeting the rules found is no meeting candidate",
			body: lead + "Talia Vorn met Oskar Lindqvar in Lisbon on Tuesday.",
			typ:  "meeting",
		},
		{
			name: "but the pair's agreement is, next to the rules' meeting",
			body: lead + "Talia Vorn met Oskar Lindqvar in Lisbon on Tuesday.",
			typ:  "agreement", parties: [2]string{"Oskar Lindqvar", "Talia Vorn"},
			has: []string{"agreement|rule=pair", "agreement|btw=meet", "agreement|verb=meet", "agreement|vtag=VBD@between"},
		},
		{
			name: "titles, and a trigger between the pair",
			body: lead + "Foreign Minister Talia Vorn signed a fishing accord with Oskar Lindqvar in Lisbon on Tuesday.",
			typ:  "meeting", parties: [2]string{"Oskar Lindqvar", "Talia Vorn"},
			has: []string{"meeting|titled=1", "meeting|frame=other", "meeting|trig=none"},
		},
		{
			name: "one person and a city: no pair",
			body: lead + "Talia Vorn spoke in Lisbon on Tuesday.",
			typ:  "meeting",
		},
		{
			name: "a company and a country",
			body: lead + "Veltrani Holdings praised Portugal's new port rules on Tuesday.",
			typ:  "agreement", parties: [2]string{"Portugal", "Veltrani Holdings"},
			has:   []string{"agreement|kinds=country+org", "agreement|verb=prais", "agreement|frame=none", "agreement|post='s"},
			hasNo: []string{"agreement|coord"},
		},
		{
			name: "a negated plan, two sentences naming the pair",
			body: lead + "Talia Vorn will not sign the accord with Oskar Lindqvar, aides said. Oskar Lindqvar criticised Talia Vorn on Friday.",
			typ:  "meeting", parties: [2]string{"Oskar Lindqvar", "Talia Vorn"},
			has:   []string{"meeting|cue=future", "meeting|cue=negation", "meeting|cue=negate", "meeting|cue=report", "meeting|nsent=2", "meeting|count=2", "meeting|btw=not", "meeting|verb=sign", "meeting|dist=6", "meeting|dist=1"},
			hasNo: []string{"meeting|btw=far"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *extract.ReaderCandidate
			cs := readerCands(t, c.body)
			for i := range cs {
				if cs[i].Type == c.typ && (got == nil || cs[i].Parties == c.parties) {
					got = &cs[i]
				}
			}
			if c.parties[0] == "" {
				if got != nil {
					t.Fatalf("a %s candidate %v, want none", c.typ, got.Parties)
				}
				return
			}
			if got == nil || got.Parties != c.parties {
				t.Fatalf("no %s candidate %v among %+v", c.typ, c.parties, cs)
			}
			fs := map[string]bool{}
			for _, f := range got.Features {
				fs[f] = true
			}
			for _, f := range c.has {
				if !fs[f] {
					t.Errorf("no feature %s in %v", f, got.Features)
				}
			}
			for _, f := range c.hasNo {
				if fs[f] {
					t.Errorf("feature %s in %v", f, got.Features)
				}
			}
		})
	}
}

// TestReaderProposes: with the reader on, a candidate over the threshold
// becomes an event dated and placed by the existing passes, and
// --explain and --trace say the pair reader proposed it.
func TestReaderProposes(t *testing.T) {
	for _, sentences := range []bool{false, true} {
		t.Run(fmt.Sprintf("sentences=%v", sentences), func(t *testing.T) { readerProposes(t, sentences) })
	}
}

// readerProposes is TestReaderProposes with a candidate scored as the
// union of its sentences or as its best sentence (one sentence here: the
// same probability).
func readerProposes(t *testing.T, sentences bool) {
	var trace bytes.Buffer
	x, err := extract.New(extract.Options{Explain: true, Trace: func(format string, args ...any) { fmt.Fprintf(&trace, format+"\n", args...) }})
	if err != nil {
		t.Fatal(err)
	}
	if x, err = x.WithReader(true, 0.5, -2, map[string]float64{"meeting|coord": 3}); err != nil {
		t.Fatal(err)
	}
	x = x.WithReaderSentences(sentences)
	body := "The port authority published its figures this week. Talia Vorn and Oskar Lindqvar shared a dinner in Lisbon on Tuesday."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "reader-on", Published: "2026-03-05", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	var ev *extract.Event
	for i, e := range rec.Events {
		if e.Type == "meeting" {
			ev = &rec.Events[i]
		}
	}
	if ev == nil {
		t.Fatalf("no meeting in %+v\ntrace:\n%s", rec.Events, trace.String())
	}
	var names []string
	for _, p := range ev.Participants {
		names = append(names, p.Name)
	}
	if strings.Join(names, "+") != "Oskar Lindqvar+Talia Vorn" && strings.Join(names, "+") != "Talia Vorn+Oskar Lindqvar" {
		t.Errorf("participants %v", names)
	}
	if ev.Date != "2026-03-03" || ev.Location != "Lisbon" {
		t.Errorf("date %q place %q, want 2026-03-03 Lisbon", ev.Date, ev.Location)
	}
	if !strings.Contains(strings.Join(ev.Explain, "\n"), "proposed by the pair reader, p=0.73, sentence 1") {
		t.Errorf("explain %q", ev.Explain)
	}
	if !strings.Contains(trace.String(), "proposed by the pair reader, p=0.73, sentence 1: [Oskar Lindqvar Talia Vorn]") {
		t.Errorf("trace:\n%s", trace.String())
	}
	for _, e := range rec.Events {
		if e.Type != "meeting" {
			t.Errorf("a %s proposed (p 0.12 under the threshold)", e.Type)
		}
	}
}

// TestReaderBlocked: a candidate the factuality rules would remove is
// never proposed, whatever its probability, and --trace says why.
func TestReaderBlocked(t *testing.T) {
	var trace bytes.Buffer
	x, err := extract.New(extract.Options{Trace: func(format string, args ...any) { fmt.Fprintf(&trace, format+"\n", args...) }})
	if err != nil {
		t.Fatal(err)
	}
	if x, err = x.WithReader(true, 0.5, -2, map[string]float64{"meeting|coord": 5}); err != nil {
		t.Fatal(err)
	}
	body := "The port authority published its figures this week. Talia Vorn and Oskar Lindqvar called off their talks in Lisbon on Tuesday."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "reader-blocked", Published: "2026-03-05", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rec.Events {
		if e.Type == "meeting" {
			t.Errorf("a meeting proposed: %+v", e)
		}
	}
	if !strings.Contains(trace.String(), "the pair reader's [Oskar Lindqvar Talia Vorn] (p=0.95) not proposed: negated") {
		t.Errorf("trace:\n%s", trace.String())
	}
	_, cs, err := x.ReaderCandidates(context.Background(), extract.Article{ID: "reader-blocked", Published: "2026-03-05", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Type == "meeting" && (c.Blocked == "" || c.Proposed) {
			t.Errorf("candidate %+v: want blocked, not proposed", c)
		}
	}
}

// TestReaderOffChangesNothing: with the reader off — the shipped table, or
// off with any weights and a low threshold, its candidates read for
// training or not — every record of the training sets is byte for byte
// the one the extractor gives without reading them.
func TestReaderOffChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every training set twice")
	}
	sets, err := trainsets.List(filepath.Join(".."))
	if err != nil {
		t.Fatal(err)
	}
	x := extractor(t)
	off, err := x.WithReader(false, 0.01, 1, map[string]float64{"meeting|coord": 5, "agreement|bias": 3})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range sets {
		files, err := score.ArticleFiles(s.Dirs...)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.Decoder{}.Decode(path, data)
			if err != nil {
				t.Fatal(err)
			}
			want, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			observed, _, err := off.ReaderCandidates(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			wb, _ := json.Marshal(want)
			gb, _ := json.Marshal(observed)
			if !bytes.Equal(wb, gb) {
				t.Errorf("%s: the record changes when the reader's candidates are read:\n%s\n%s", path, wb, gb)
			}
			n++
		}
	}
	if n < 300 {
		t.Errorf("%d articles, want every training set's", n)
	}
}
