package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/schema"
)

// checkSpans asserts the span contract on a record made with WithText:
// every span lies in the text, in order, and its text is the entity's text
// or one of its aliases, up to letter case (a dateline's "VIENNA" is a
// mention of Vienna; aliases differ in more than case); an event's spans hold its sentence and trigger.
func checkSpans(t *testing.T, rec *extract.Record) {
	t.Helper()
	runes := []rune(rec.Text)
	at := func(s extract.Span) (string, bool) {
		if s[0] < 0 || s[1] > len(runes) || s[0] >= s[1] {
			return "", false
		}
		return string(runes[s[0]:s[1]]), true
	}
	for _, e := range rec.Entities {
		if len(e.Spans) == 0 {
			t.Errorf("%s %q has no spans", e.Type, e.Text)
		}
		for i, s := range e.Spans {
			got, ok := at(s)
			if !ok {
				t.Errorf("%s %q: span %v outside the text (%d code points)", e.Type, e.Text, s, len(runes))
				continue
			}
			if i > 0 && s[0] < e.Spans[i-1][0] {
				t.Errorf("%s %q: spans out of order: %v", e.Type, e.Text, e.Spans)
			}
			if !strings.EqualFold(got, e.Text) && !containsFold(e.Aliases, got) {
				t.Errorf("%s %q (aliases %q): span %v reads %q", e.Type, e.Text, e.Aliases, s, got)
			}
		}
	}
	for _, ev := range rec.Events {
		if ev.SentenceSpan == nil || ev.TriggerSpan == nil {
			t.Errorf("event %s %q without spans", ev.Type, ev.Trigger)
			continue
		}
		if got, _ := at(*ev.SentenceSpan); got != ev.Sentence {
			t.Errorf("event %s: sentence span %v reads %q, sentence %q", ev.Type, *ev.SentenceSpan, got, ev.Sentence)
		}
		if got, _ := at(*ev.TriggerSpan); got != ev.Trigger {
			t.Errorf("event %s: trigger span %v reads %q, trigger %q", ev.Type, *ev.TriggerSpan, got, ev.Trigger)
		}
		if ev.TriggerSpan[0] < ev.SentenceSpan[0] || ev.TriggerSpan[1] > ev.SentenceSpan[1] {
			t.Errorf("event %s: trigger %v outside its sentence %v", ev.Type, *ev.TriggerSpan, *ev.SentenceSpan)
		}
	}
}

func containsFold(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// TestSpans checks the span contract over every article in testdata (the
// fuzz seeds are checked by FuzzExtract), and that these records with text
// and spans, and their event records, keep the v1 schemas.
func TestSpans(t *testing.T) {
	x, err := extract.New(extract.Options{WithText: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p, data := range inputFiles(t, "../testdata/*", "../testdata/*/*") {
		a, err := extract.Decoder{}.Decode(p, data)
		if err != nil {
			continue // bad inputs are tested elsewhere
		}
		rec, err := x.Extract(t.Context(), a)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if rec.Text == "" {
			t.Errorf("%s: WithText gave no text", p)
		}
		t.Run(filepath.Base(p), func(t *testing.T) {
			checkSpans(t, rec)
			js, _ := json.Marshal(rec)
			if err := schema.Validate(schema.Article, js); err != nil {
				t.Error(err)
			}
			for _, er := range rec.EventRecords() {
				js, _ := json.Marshal(er)
				if err := schema.Validate(schema.Event, js); err != nil {
					t.Error(err)
				}
			}
		})
		n++
	}
	if n < 40 {
		t.Errorf("only %d articles read", n)
	}
}

// TestSpansCorpus checks the span contract on news the rules were not
// written on: the first 500 articles of the speed corpus
// (../shared/corpus/bbc, or NEWSWIRE_BENCH_CORPUS), when present. (All
// 2,225 BBC articles passed when this test was written.)
func TestSpansCorpus(t *testing.T) {
	path := os.Getenv("NEWSWIRE_BENCH_CORPUS")
	if path == "" {
		path = "../../shared/corpus/bbc/articles.jsonl"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	x, err := extract.New(extract.Options{WithText: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(data), "\n") {
		if n == 500 {
			break
		}
		a, err := extract.Decoder{}.Decode("corpus.jsonl", []byte(line))
		if err != nil {
			continue
		}
		rec, err := x.Extract(t.Context(), a)
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		checkSpans(t, rec)
		n++
	}
	if n == 0 {
		t.Error("no article read from the corpus")
	}
}
