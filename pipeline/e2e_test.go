package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/schema"
	"github.com/newswire/newswire/sinks"
)

// The sample article goes in; its events come out on news.events keyed by
// event id with CloudEvents headers, and its article record on
// news.articles. Expected events are what the real extractor returns for the
// same file, so the test checks real events once the extractor is complete.
func TestEndToEndSampleArticle(t *testing.T) {
	addr := startBroker(t, 3)
	x := newExtractor(t)
	path := filepath.Join("..", "testdata", "north-news-2025-05-31.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const key = "north-news-2025-05-31"
	a, err := extract.Decoder{}.Decode(key, data)
	if err != nil {
		t.Fatal(err)
	}
	want, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}

	c := collect(t, addr, eventsTopic, articlesTopic, deadTopic)
	startMember(t, addr, memberOpts{extractor: x, workers: 2})
	publish(t, addr, []kafka.Message{{Key: []byte(key), Value: data}})

	waitFor(t, 30*time.Second, "the article record", func() bool { return len(c.records(articlesTopic)) >= 1 })
	waitFor(t, 10*time.Second, "all events", func() bool { return len(c.records(eventsTopic)) >= len(want.Events) })

	arts := c.records(articlesTopic)
	var got extract.Record
	if err := json.Unmarshal(arts[0].Value, &got); err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(schema.Article, arts[0].Value); err != nil {
		t.Errorf("article record from the pipeline: %v", err)
	}
	if string(arts[0].Key) != want.ID || got.ID != want.ID || got.Schema != extract.ArticleSchema {
		t.Errorf("article record key %q id %q schema %q, want id %q", arts[0].Key, got.ID, got.Schema, want.ID)
	}
	if len(got.Events) != len(want.Events) {
		t.Errorf("article record has %d events, the extractor gives %d", len(got.Events), len(want.Events))
	}

	evs := c.records(eventsTopic)
	if len(evs) != len(want.Events) {
		t.Errorf("%d messages on %s, want %d", len(evs), eventsTopic, len(want.Events))
	}
	var wantIDs, gotIDs []string
	for _, e := range want.Events {
		wantIDs = append(wantIDs, e.ID)
	}
	for _, r := range evs {
		var er extract.EventRecord
		if err := json.Unmarshal(r.Value, &er); err != nil {
			t.Fatalf("event value: %v", err)
		}
		gotIDs = append(gotIDs, string(r.Key))
		if err := schema.Validate(schema.Event, r.Value); err != nil {
			t.Errorf("event record from the pipeline: %v", err)
		}
		checks := map[string]string{
			sinks.HeaderSpecVersion: "1.0",
			sinks.HeaderID:          er.ID,
			sinks.HeaderType:        "newswire.event." + er.Type,
			sinks.HeaderContentType: "application/json",
			sinks.HeaderSource:      "urn:newswire:article:" + key,
		}
		if string(r.Key) != er.ID {
			t.Errorf("event key %q, value id %q", r.Key, er.ID)
		}
		if er.Schema != extract.EventSchema || er.Article.ID != key {
			t.Errorf("event record schema %q article %q", er.Schema, er.Article.ID)
		}
		for h, v := range checks {
			if got, _ := header(r, h); got != v {
				t.Errorf("event %s header %s = %q, want %q", er.ID, h, got, v)
			}
		}
		if ts, _ := header(r, sinks.HeaderTime); ts == "" {
			t.Errorf("event %s has no %s", er.ID, sinks.HeaderTime)
		} else if _, err := time.Parse(time.RFC3339Nano, ts); err != nil {
			t.Errorf("ce_time %q: %v", ts, err)
		}
	}
	slices.Sort(wantIDs)
	slices.Sort(gotIDs)
	if !slices.Equal(wantIDs, gotIDs) {
		t.Errorf("event ids on %s = %v, want %v", eventsTopic, gotIDs, wantIDs)
	}
	if n := len(c.records(deadTopic)); n != 0 {
		t.Errorf("%d dead letters for a good article", n)
	}
	t.Logf("%d events for the sample article", len(evs))
}

// The same pipeline with the stand-in extractor, which always finds events,
// so that keys and headers of event messages are checked today.
func TestEndToEndEventsAndHeaders(t *testing.T) {
	addr := startBroker(t, 3)
	x := sentenceExtractor{}
	c := collect(t, addr, eventsTopic, articlesTopic)
	startMember(t, addr, memberOpts{extractor: x, workers: 2})
	msg := article(7)
	publish(t, addr, []kafka.Message{msg})
	want, _ := x.Extract(context.Background(), mustDecode(t, msg))
	waitFor(t, 30*time.Second, "events", func() bool { return len(c.records(eventsTopic)) >= len(want.Events) })
	waitFor(t, 10*time.Second, "the article record", func() bool { return len(c.records(articlesTopic)) == 1 })
	if err := schema.Validate(schema.Article, c.records(articlesTopic)[0].Value); err != nil {
		t.Errorf("article record from the pipeline: %v", err)
	}
	evs := c.records(eventsTopic)
	if len(evs) != 3 || len(want.Events) != 3 {
		t.Fatalf("%d event messages, %d expected events; want 3", len(evs), len(want.Events))
	}
	for i, r := range evs {
		var er extract.EventRecord
		if err := json.Unmarshal(r.Value, &er); err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(schema.Event, r.Value); err != nil {
			t.Errorf("event record from the pipeline: %v", err)
		}
		if ty, _ := header(r, sinks.HeaderType); ty != "newswire.event."+er.Type {
			t.Errorf("event %d: ce_type %q for type %q", i, ty, er.Type)
		}
		if id, _ := header(r, sinks.HeaderID); id != string(r.Key) || id != er.ID {
			t.Errorf("event %d: ce_id %q key %q id %q", i, id, r.Key, er.ID)
		}
		if er.Article.ID != "wire-0007" {
			t.Errorf("event %d: article ref %+v", i, er.Article)
		}
	}
}

func mustDecode(t testing.TB, m kafka.Message) extract.Article {
	t.Helper()
	a, err := extract.Decoder{}.Decode(string(m.Key), m.Value)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
