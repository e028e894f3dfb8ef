package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
	"github.com/newswire/newswire/sinks"
)

// panicky panics on articles whose id starts with "panic".
type panicky struct{ x pipeline.Extractor }

func (p panicky) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	if strings.HasPrefix(a.ID, "panic") {
		panic("extractor blew up on " + a.ID)
	}
	return p.x.Extract(ctx, a)
}

// Bad messages interleaved with good ones: each bad one lands on the
// dead-letter topic with its original key and value, its class, the error
// and where it came from; every good one still produces its records; each
// case is counted. Which inputs the decoder rejects is asked of the decoder
// itself, so the test holds while the decoder grows stricter.
func TestPoisonMessagesInterleaved(t *testing.T) {
	const maxBytes = 8 << 10
	for _, tc := range []struct {
		name string
		dec  pipeline.Decoder
	}{
		{"extract.Decoder", extract.Decoder{MaxBytes: maxBytes}},
		{"strict stand-in decoder", strictDecoder{extract.Decoder{MaxBytes: maxBytes}}},
	} {
		t.Run(tc.name, func(t *testing.T) { testPoison(t, tc.dec, maxBytes) })
	}
}

// strictDecoder rejects what the finished extract.Decoder is specified to
// reject, so that every dead-letter class is exercised whatever state the
// real decoder is in.
type strictDecoder struct{ d extract.Decoder }

func (s strictDecoder) Decode(name string, data []byte) (extract.Article, error) {
	in := func(class, msg string) error { return &extract.InputError{Class: class, Err: errors.New(msg)} }
	switch trimmed := strings.TrimSpace(string(data)); {
	case len(data) == 0:
		return extract.Article{}, in(extract.ClassEmpty, "no bytes")
	case !utf8.Valid(data):
		return extract.Article{}, in(extract.ClassNotUTF8, "invalid UTF-8")
	case strings.HasPrefix(trimmed, "{"):
		var env struct{ ID, Body string }
		if err := json.Unmarshal(data, &env); err != nil {
			return extract.Article{}, in(extract.ClassBadJSON, err.Error())
		}
	case strings.HasPrefix(strings.ToLower(trimmed), "<!doctype") || strings.HasPrefix(trimmed, "<html"):
		if !strings.Contains(trimmed, "<p") {
			return extract.Article{}, in(extract.ClassNoText, "no paragraphs")
		}
	}
	return s.d.Decode(name, data)
}

func testPoison(t *testing.T, dec pipeline.Decoder, maxBytes int) {
	bad := []struct {
		key   string
		value []byte
		class string // "" = whatever the decoder says
	}{
		{"bad-empty", nil, extract.ClassEmpty},
		{"bad-utf8", []byte("Minister \xff\xfe met \xc3\x28 officials in Lima."), ""},
		{"bad-json", []byte(`{"id": "bad-json", "body": "truncated`), ""},
		{"bad-large", []byte(strings.Repeat("All work and no play. ", maxBytes/20)), extract.ClassTooLarge},
		{"bad-html", []byte("<!doctype html><html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>"), ""},
		{"panic-1", []byte("Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on March 3."), sinks.ClassPanic},
	}
	x := panicky{sentenceExtractor{}}

	var msgs []kafka.Message
	wantDead := map[string]string{} // key -> class
	good := map[string]bool{}
	for i := 0; i < 30; i++ {
		m := article(i)
		msgs = append(msgs, m)
		good[string(m.Key)] = true
		if i%5 == 0 && i/5 < len(bad) {
			b := bad[i/5]
			msgs = append(msgs, kafka.Message{Key: []byte(b.key), Value: b.value,
				Headers: []kafka.Header{{Key: "origin", Value: []byte("test")}}})
			class := b.class
			if class == "" {
				if _, err := dec.Decode(b.key, b.value); err != nil {
					class = extract.ErrorClass(err)
				}
			}
			if class == "" {
				t.Logf("%s: the decoder accepts it today; expecting a record", b.key)
				good[b.key] = true
				continue
			}
			wantDead[b.key] = class
		}
	}
	addr := startBroker(t, 2)
	c := collect(t, addr, rawTopic, articlesTopic, deadTopic)
	reg := prometheus.NewRegistry()
	metrics := pipeline.NewMetrics(reg)
	startMember(t, addr, memberOpts{extractor: x, workers: 2, maxBytes: maxBytes, metrics: metrics, decoder: dec})
	publish(t, addr, msgs)

	waitFor(t, 30*time.Second, "all records and dead letters", func() bool {
		return len(distinctKeys(c.records(articlesTopic))) >= len(good) && len(c.records(deadTopic)) >= len(wantDead)
	})
	if m, some := missing(good, c.records(articlesTopic)); m > 0 {
		t.Errorf("%d good articles without a record, e.g. %v", m, some)
	}
	raw := map[string]string{}
	for _, r := range c.records(rawTopic) {
		raw[string(r.Key)] = fmt.Sprintf("%d/%d", r.Partition, r.Offset)
	}
	dead := c.records(deadTopic)
	if len(dead) != len(wantDead) {
		t.Errorf("%d dead letters, want %d", len(dead), len(wantDead))
	}
	for _, r := range dead {
		key := string(r.Key)
		class, _ := header(r, sinks.HeaderErrorClass)
		msg, _ := header(r, sinks.HeaderErrorMessage)
		topic, _ := header(r, sinks.HeaderSourceTopic)
		part, _ := header(r, sinks.HeaderSourcePartition)
		off, _ := header(r, sinks.HeaderSourceOffset)
		origin, _ := header(r, "origin")
		if want, ok := wantDead[key]; !ok || class != want {
			t.Errorf("dead letter %q: class %q, want %q", key, class, want)
		}
		if msg == "" || topic != rawTopic || part+"/"+off != raw[key] || origin != "test" {
			t.Errorf("dead letter %q: message %q source %s %s/%s (raw at %s) origin %q", key, msg, topic, part, off, raw[key], origin)
		}
		for _, b := range bad {
			if b.key == key && string(r.Value) != string(b.value) {
				t.Errorf("dead letter %q: value changed", key)
			}
		}
		if _, err := strconv.Atoi(part); err != nil {
			t.Errorf("dead letter %q: partition header %q", key, part)
		}
	}
	counts := map[string]int{}
	for _, class := range wantDead {
		counts[class]++
	}
	// Counters move just after the sinks' acks, so a record can be seen
	// on its topic a moment before it is counted.
	countsMatch := func() bool {
		for class, n := range counts {
			if int(testutil.ToFloat64(metrics.DeadLettered.WithLabelValues(class))) != n {
				return false
			}
		}
		return int(testutil.ToFloat64(metrics.Processed)) == len(good)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !countsMatch() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	for class, n := range counts {
		if got := testutil.ToFloat64(metrics.DeadLettered.WithLabelValues(class)); int(got) != n {
			t.Errorf("dead-letter counter for %s = %v, want %d", class, got, n)
		}
	}
	if got := testutil.ToFloat64(metrics.Processed); int(got) != len(good) {
		t.Errorf("processed counter %v, want %d", got, len(good))
	}
}

// An extractor failing for another reason than bad input (not a panic, not
// a cancelled context) dead-letters the message rather than blocking its
// partition.
func TestExtractFailureDeadLetters(t *testing.T) {
	addr := startBroker(t, 1)
	c := collect(t, addr, articlesTopic, deadTopic)
	startMember(t, addr, memberOpts{extractor: failing{}, workers: 1})
	publish(t, addr, articles(3))
	waitFor(t, 30*time.Second, "dead letters", func() bool { return len(c.records(deadTopic)) == 3 })
	for _, r := range c.records(deadTopic) {
		if class, _ := header(r, sinks.HeaderErrorClass); class != sinks.ClassExtract {
			t.Errorf("class %q, want %q", class, sinks.ClassExtract)
		}
	}
}

type failing struct{}

func (failing) Extract(context.Context, extract.Article) (*extract.Record, error) {
	return nil, errors.New("model not loaded")
}

// rejecting rejects for good the records of articles whose id starts with
// "huge", as Kafka does a record over its size limit.
type rejecting struct{ pipeline.Sink }

func (r rejecting) Write(ctx context.Context, b sinks.Batch) error {
	if b.Record != nil && strings.HasPrefix(b.Record.ID, "huge") {
		return &sinks.RejectedError{Err: errors.New("message size too large")}
	}
	return r.Sink.Write(ctx, b)
}

// A record the sink can never accept does not block its partition: the
// input goes to the dead-letter topic and later messages flow.
func TestRejectedRecordDeadLetters(t *testing.T) {
	addr := startBroker(t, 1)
	c := collect(t, addr, articlesTopic, deadTopic)
	startMember(t, addr, memberOpts{extractor: newExtractor(t), workers: 1,
		wrapSink: func(s pipeline.Sink) pipeline.Sink { return rejecting{s} }})
	publish(t, addr, []kafka.Message{
		{Key: []byte("huge-1"), Value: []byte("A very long article.")},
		{Key: []byte("fine-1"), Value: []byte("A short article.")},
	})
	waitFor(t, 30*time.Second, "the dead letter and the record", func() bool {
		return len(c.records(deadTopic)) == 1 && len(c.records(articlesTopic)) == 1
	})
	d := c.records(deadTopic)[0]
	if class, _ := header(d, sinks.HeaderErrorClass); class != sinks.ClassRejected || string(d.Key) != "huge-1" {
		t.Errorf("dead letter %s class %q", d.Key, class)
	}
}
