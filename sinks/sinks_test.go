package sinks_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sinks"
)

func record() *extract.Record {
	return &extract.Record{Schema: extract.ArticleSchema, ID: "a1", URL: "https://example.org/a1", Headline: "H",
		Form: "text", Events: []extract.Event{
			{ID: "e1", Type: extract.Meeting, Participants: []extract.Participant{{Name: "Ana Soto", Type: extract.Person}}, Trigger: "met", Sentence: "S1.", Confidence: 0.9},
			{ID: "e2", Type: extract.Visit, Participants: []extract.Participant{}, Trigger: "visited", Sentence: "S2.", Confidence: 0.7},
		}}
}

func headers(m kafka.Message) map[string]string {
	out := map[string]string{}
	for _, h := range m.Headers {
		out[h.Key] = string(h.Value)
	}
	return out
}

type captured struct{ msgs []kafka.Message }

func (c *captured) WriteMessages(_ context.Context, msgs ...kafka.Message) error {
	c.msgs = append(c.msgs, msgs...)
	return nil
}

func TestKafkaMessages(t *testing.T) {
	ts := time.Date(2025, 5, 31, 8, 0, 0, 0, time.UTC)
	src := sinks.Source{Topic: "news.raw", Partition: 2, Offset: 41, Key: []byte("k"), Value: []byte("0123456789"),
		Headers: []sinks.Header{{Key: "trace", Value: []byte("x")}}, Time: ts}
	topics := sinks.Topics{Events: "ev", Articles: "ar", DeadLetter: "dl"}
	tests := []struct {
		name    string
		topics  Topics
		batch   sinks.Batch
		want    []string // topic/key per message
		headers map[int]map[string]string
	}{
		{"record", topics, sinks.Batch{Source: src, Record: record()}, []string{"ev/e1", "ev/e2", "ar/a1"},
			map[int]map[string]string{
				0: {"ce_specversion": "1.0", "ce_id": "e1", "ce_type": "newswire.event.meeting",
					"ce_source": "https://example.org/a1", "ce_time": "2025-05-31T08:00:00Z", "content-type": "application/json"},
				1: {"ce_type": "newswire.event.visit"},
				2: {"ce_type": "newswire.article", "ce_id": "a1"},
			}},
		{"events only", sinks.Topics{Events: "ev"}, sinks.Batch{Source: src, Record: record()}, []string{"ev/e1", "ev/e2"}, nil},
		{"dead letter", topics, sinks.Batch{Source: src, DeadLetter: &sinks.DeadLetter{Class: "bad-json", Message: "boom"}},
			[]string{"dl/k"}, map[int]map[string]string{0: {"trace": "x", "newswire_error_class": "bad-json",
				"newswire_error_message": "boom", "newswire_source_topic": "news.raw",
				"newswire_source_partition": "2", "newswire_source_offset": "41"}}},
		{"dead letters off", sinks.Topics{Events: "ev"}, sinks.Batch{Source: src, DeadLetter: &sinks.DeadLetter{Class: "empty"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &captured{}
			k := sinks.NewKafka(w, tt.topics)
			if err := k.Write(context.Background(), tt.batch); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range w.msgs {
				got = append(got, m.Topic+"/"+string(m.Key))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Fatalf("messages %v, want %v", got, tt.want)
			}
			for i, want := range tt.headers {
				h := headers(w.msgs[i])
				for k, v := range want {
					if h[k] != v {
						t.Errorf("message %d header %s = %q, want %q", i, k, h[k], v)
					}
				}
			}
			if tt.name == "record" {
				var er extract.EventRecord
				if err := json.Unmarshal(w.msgs[0].Value, &er); err != nil || er.Schema != extract.EventSchema || er.Article.ID != "a1" {
					t.Errorf("event value %s (%v)", w.msgs[0].Value, err)
				}
			}
		})
	}
}

// Topics is a local alias so that the table reads well.
type Topics = sinks.Topics

func TestLines(t *testing.T) {
	for _, tt := range []struct {
		kind  string
		lines int
	}{{sinks.LinesArticles, 1}, {sinks.LinesEvents, 2}, {sinks.LinesAll, 3}} {
		t.Run(tt.kind, func(t *testing.T) {
			var buf bytes.Buffer
			l, err := sinks.NewLines(&buf, tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			if err := l.Write(context.Background(), sinks.Batch{Record: record()}); err != nil {
				t.Fatal(err)
			}
			l.Write(context.Background(), sinks.Batch{DeadLetter: &sinks.DeadLetter{Class: "empty"}})
			if n := strings.Count(buf.String(), "\n"); n != tt.lines {
				t.Errorf("%d lines, want %d:\n%s", n, tt.lines, buf.String())
			}
		})
	}
	if _, err := sinks.NewLines(&bytes.Buffer{}, "everything"); err == nil {
		t.Error("unknown kind accepted")
	}
}

func ExampleLines() {
	l, _ := sinks.NewLines(nopCloser{}, sinks.LinesEvents)
	rec := &extract.Record{Schema: extract.ArticleSchema, ID: "a1", Form: "text",
		Events: []extract.Event{{ID: "e1", Type: extract.Meeting, Participants: []extract.Participant{}, Trigger: "met", Sentence: "They met."}}}
	l.Write(context.Background(), sinks.Batch{Record: rec})
	// Output: {"schema":"newswire.event/v1","id":"e1","type":"meeting","participants":[],"trigger":"met","sentence":"They met.","confidence":0,"article":{"id":"a1"}}
}

type nopCloser struct{}

func (nopCloser) Write(p []byte) (int, error) { fmt.Print(string(p)); return len(p), nil }

func ExampleKafka_Messages() {
	k := sinks.NewKafka(nil, sinks.Topics{Events: "news.events"})
	msgs, _ := k.Messages(sinks.Batch{Record: &extract.Record{ID: "a1", Events: []extract.Event{{ID: "e1", Type: "visit"}}}})
	for _, m := range msgs {
		fmt.Println(m.Topic, string(m.Key), headers(m)["ce_type"])
	}
	// Output: news.events e1 newswire.event.visit
}

type failingWriter struct{ err error }

func (f failingWriter) WriteMessages(context.Context, ...kafka.Message) error { return f.err }

func TestKafkaRejected(t *testing.T) {
	for _, tt := range []struct {
		name     string
		err      error
		rejected bool
	}{
		{"writer batch limit", kafka.MessageTooLargeError{}, true},
		{"broker limit in write errors", kafka.WriteErrors{nil, kafka.MessageSizeTooLarge}, true},
		{"transient", kafka.LeaderNotAvailable, false},
		{"network", fmt.Errorf("dial: connection refused"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := sinks.NewKafka(failingWriter{tt.err}, sinks.Topics{Articles: "a"}).
				Write(context.Background(), sinks.Batch{Record: record()})
			var rej *sinks.RejectedError
			if got := errors.As(err, &rej); got != tt.rejected {
				t.Errorf("rejected = %v for %v", got, err)
			}
		})
	}
}

// A dead letter is cut to fit the brokers' limit, headers and framing
// included, and says how large its value was; one that fits is unchanged.
func TestDeadLetterFits(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 2<<20)
	src := sinks.Source{Topic: "news.raw", Partition: 1, Offset: 7, Key: []byte("huge-1"), Value: big,
		Headers: []sinks.Header{{Key: "origin", Value: []byte("test")}}}
	b := sinks.Batch{Source: src, DeadLetter: &sinks.DeadLetter{Class: "too-large", Message: strings.Repeat("why ", 5000)}}
	for _, limit := range []int{sinks.DefaultMaxMessageBytes, 64 << 10, 4 << 20} {
		w := &captured{}
		if err := sinks.NewKafka(w, sinks.Topics{DeadLetter: "dl"}).Limit(limit).Write(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		m := w.msgs[0]
		h := headers(m)
		if n := sinks.MessageSize(m); n > limit {
			t.Errorf("limit %d: dead letter of %d bytes", limit, n)
		}
		if len(h["newswire_error_message"]) > 2048 {
			t.Errorf("limit %d: error header of %d bytes", limit, len(h["newswire_error_message"]))
		}
		if !bytes.HasPrefix(big, m.Value) || h["origin"] != "test" {
			t.Errorf("limit %d: value or original headers changed", limit)
		}
		if cut := len(m.Value) < len(big); cut != (h["newswire_truncated_from"] == strconv.Itoa(len(big))) {
			t.Errorf("limit %d: value %d bytes, truncated header %q", limit, len(m.Value), h["newswire_truncated_from"])
		}
		if limit >= 4<<20 && len(m.Value) != len(big) {
			t.Errorf("limit %d: a dead letter that fits was cut", limit)
		}
		if limit == sinks.DefaultMaxMessageBytes && len(m.Value) < sinks.DefaultMaxMessageBytes-8<<10 {
			t.Errorf("limit %d: cut to %d bytes, far below what fits", limit, len(m.Value))
		}
	}
}

// A record over the brokers' limit is refused alone: the batch's other
// records are written, and the error names the one refused.
func TestKafkaOversizeRecordAlone(t *testing.T) {
	rec := record()
	rec.Events[1].Sentence = strings.Repeat("A very long sentence without end ", 40000)
	w := &captured{}
	err := sinks.NewKafka(w, sinks.Topics{Events: "ev", Articles: "ar"}).Limit(sinks.DefaultMaxMessageBytes).
		Write(context.Background(), sinks.Batch{Source: sinks.Source{Topic: "news.raw"}, Record: rec})
	var rej *sinks.RejectedError
	if !errors.As(err, &rej) || !strings.Contains(err.Error(), "ev/e2") || !strings.Contains(err.Error(), "ar/a1") {
		t.Fatalf("error %v: want a rejection naming ev/e2 and ar/a1", err)
	}
	if len(w.msgs) != 1 || string(w.msgs[0].Key) != "e1" {
		t.Errorf("written %d messages; want e1 alone", len(w.msgs))
	}
}
