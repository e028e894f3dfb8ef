package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
)

func TestBound(t *testing.T) {
	mk := func(events, entities int, text string) *extract.Record {
		rec := &extract.Record{Schema: extract.ArticleSchema, ID: "a", Form: "text", Text: text}
		for i := range events {
			rec.Events = append(rec.Events, extract.Event{ID: fmt.Sprint("e", i), Type: extract.Meeting,
				Participants: []extract.Participant{}, Trigger: "met", Sentence: strings.Repeat("s", 100)})
		}
		for i := range entities {
			rec.Entities = append(rec.Entities, extract.Entity{Type: extract.Person, Text: fmt.Sprint("Person ", i, strings.Repeat("n", 100))})
		}
		normalize(rec)
		return rec
	}
	tests := []struct {
		name                string
		rec                 *extract.Record
		maxEvents, maxBytes int
		want                *extract.Truncation // nil: unchanged
	}{
		{"fits", mk(10, 10, "text"), 100, 1 << 20, nil},
		{"too many events", mk(30, 0, ""), 20, 1 << 20, &extract.Truncation{EventsDropped: 10}},
		{"text goes first", mk(5, 5, strings.Repeat("t", 20000)), 100, 10000, &extract.Truncation{TextDropped: true}},
		{"then events", mk(100, 5, ""), 1000, 5000, &extract.Truncation{EventsDropped: 70}},
		{"then entities", mk(10, 200, ""), 1000, 5000, &extract.Truncation{EventsDropped: 10, EntitiesDropped: 160}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(Config{Source: nopSource{}, Extractor: nopExtractor{}, Sinks: []Sink{nil},
				MaxEvents: tt.maxEvents, MaxRecordBytes: tt.maxBytes})
			if err != nil {
				t.Fatal(err)
			}
			before := jsonSize(tt.rec)
			p.bound(tt.rec)
			got := tt.rec.Truncated
			if tt.want == nil {
				if got != nil || jsonSize(tt.rec) != before {
					t.Fatalf("a record within the limits was changed: %+v", got)
				}
				return
			}
			if got == nil || got.Reason == "" {
				t.Fatalf("truncated %+v, want %+v with a reason", got, tt.want)
			}
			// Event and entity counts depend on JSON sizes: check the
			// order of what goes and that the result fits snugly.
			if got.TextDropped != tt.want.TextDropped || (got.EventsDropped > 0) != (tt.want.EventsDropped > 0) ||
				(got.EntitiesDropped > 0) != (tt.want.EntitiesDropped > 0) {
				t.Errorf("truncated %+v, want like %+v", got, tt.want)
			}
			if size := jsonSize(tt.rec); size > tt.maxBytes {
				t.Errorf("record of %d bytes, limit %d", size, tt.maxBytes)
			}
			if len(tt.rec.Events) > tt.maxEvents {
				t.Errorf("%d events kept, limit %d", len(tt.rec.Events), tt.maxEvents)
			}
			if tt.name == "too many events" && got.EventsDropped != 10 {
				t.Errorf("%d events dropped, want 10", got.EventsDropped)
			}
		})
	}
}

type nopSource struct{}

func (nopSource) FetchMessage(context.Context) (kafka.Message, error)    { return kafka.Message{}, io.EOF }
func (nopSource) CommitMessages(context.Context, ...kafka.Message) error { return nil }

type nopExtractor struct{}

func (nopExtractor) Extract(context.Context, extract.Article) (*extract.Record, error) {
	return nil, errors.New("not used")
}
