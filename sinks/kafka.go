package sinks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
)

// CloudEvents Kafka protocol binding, binary mode: the record is the message
// value and the event attributes are headers.
const (
	HeaderSpecVersion = "ce_specversion"
	HeaderID          = "ce_id"
	HeaderType        = "ce_type"
	HeaderSource      = "ce_source"
	HeaderTime        = "ce_time"
	HeaderSubject     = "ce_subject"
	HeaderContentType = "content-type"

	// EventTypePrefix prefixes the event type in ce_type: newswire.event.meeting.
	EventTypePrefix = "newswire.event."
	// ArticleType is the ce_type of article records.
	ArticleType = "newswire.article"
)

// Dead-letter headers, added to the original message's headers.
const (
	HeaderErrorClass      = "newswire_error_class"
	HeaderErrorMessage    = "newswire_error_message"
	HeaderSourceTopic     = "newswire_source_topic"
	HeaderSourcePartition = "newswire_source_partition"
	HeaderSourceOffset    = "newswire_source_offset"
	// HeaderSourceElement, when present, is the 1-based position of the
	// dead-lettered element in an input holding a JSON array of envelopes;
	// the value is then that element alone.
	HeaderSourceElement = "newswire_source_element"
	// HeaderTruncated, when present, gives the original size of a value
	// cut to the dead-letter size limit.
	HeaderTruncated = "newswire_truncated_from"
)

// MessageWriter writes messages synchronously; *kafka.Writer with Async
// false is one.
type MessageWriter interface {
	WriteMessages(ctx context.Context, msgs ...kafka.Message) error
}

// Topics names the output topics of the Kafka sink; an empty name turns that
// output off.
type Topics struct {
	Events     string // one message per event
	Articles   string // one message per article record
	DeadLetter string // bad input, original key and value
}

// Kafka publishes event records, article records and dead letters. It
// returns from Write only once the writer has had every message of the batch
// acknowledged.
type Kafka struct {
	w      MessageWriter
	topics Topics
	// dlMax caps the value of a dead letter (0: no cap), so that an
	// over-size input cannot block its partition by failing to publish.
	dlMax int
}

// NewKafka returns a sink writing to topics through w.
func NewKafka(w MessageWriter, topics Topics) *Kafka {
	return &Kafka{w: w, topics: topics}
}

// LimitDeadLetters cuts dead-letter values longer than n bytes to n bytes
// (with a HeaderTruncated header); use the input size limit.
func (k *Kafka) LimitDeadLetters(n int) *Kafka {
	k.dlMax = n
	return k
}

// NewWriter returns a kafka-go writer configured for at-least-once delivery:
// synchronous writes acknowledged by all in-sync replicas, keys hashed to
// partitions, and a short batch timeout instead of kafka-go's 1 s default.
func NewWriter(brokers []string, batchTimeout time.Duration, maxMessageBytes int, transport kafka.RoundTripper) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		BatchTimeout: batchTimeout,
		BatchSize:    1000,
		BatchBytes:   int64(maxMessageBytes) + 1<<20,
		MaxAttempts:  5,
		Transport:    transport,
	}
}

// Write publishes the batch: the events and the article record, or the dead
// letter.
func (k *Kafka) Write(ctx context.Context, b Batch) error {
	msgs, err := k.Messages(b)
	if err != nil {
		return err
	}
	if len(msgs) == 0 {
		return nil
	}
	if err := k.w.WriteMessages(ctx, msgs...); err != nil {
		err = fmt.Errorf("sinks: write %d messages for %s/%d@%d: %w",
			len(msgs), b.Source.Topic, b.Source.Partition, b.Source.Offset, err)
		if tooLarge(err) {
			return &RejectedError{Err: err}
		}
		return err
	}
	return nil
}

// RejectedError is a write that can never succeed, such as a record over
// the broker's message size limit: retrying would block the partition.
type RejectedError struct{ Err error }

func (e *RejectedError) Error() string { return "rejected: " + e.Err.Error() }
func (e *RejectedError) Unwrap() error { return e.Err }

// tooLarge reports whether err, or any per-message error in it, says a
// message is over a size limit (the writer's BatchBytes or the broker's).
func tooLarge(err error) bool {
	if errors.Is(err, kafka.MessageSizeTooLarge) {
		return true
	}
	var we kafka.WriteErrors
	if errors.As(err, &we) {
		for _, e := range we {
			if e != nil && errors.Is(e, kafka.MessageSizeTooLarge) {
				return true
			}
		}
	}
	return false
}

// Messages builds the Kafka messages of a batch.
func (k *Kafka) Messages(b Batch) ([]kafka.Message, error) {
	if b.DeadLetter != nil {
		if k.topics.DeadLetter == "" {
			return nil, nil
		}
		m := DeadLetterMessage(k.topics.DeadLetter, b)
		if k.dlMax > 0 && len(m.Value) > k.dlMax {
			m.Headers = append(m.Headers, kafka.Header{Key: HeaderTruncated, Value: []byte(strconv.Itoa(len(m.Value)))})
			m.Value = m.Value[:k.dlMax]
		}
		return []kafka.Message{m}, nil
	}
	if b.Record == nil {
		return nil, nil
	}
	var msgs []kafka.Message
	if k.topics.Events != "" {
		for _, er := range b.Record.EventRecords() {
			m, err := EventMessage(k.topics.Events, er, b.Source.Time)
			if err != nil {
				return nil, err
			}
			msgs = append(msgs, m)
		}
	}
	if k.topics.Articles != "" {
		js, err := json.Marshal(b.Record)
		if err != nil {
			return nil, fmt.Errorf("sinks: encode article record %s: %w", b.Record.ID, err)
		}
		msgs = append(msgs, kafka.Message{
			Topic: k.topics.Articles,
			Key:   []byte(b.Record.ID),
			Value: js,
			Headers: ceHeaders(b.Record.ID, ArticleType, articleSource(b.Record.ID, b.Record.URL),
				b.Record.ID, b.Source.Time),
		})
	}
	return msgs, nil
}

// EventMessage is the message of one event record: key = event id, value =
// the record as JSON, CloudEvents binary-mode headers. t is the time of the
// input message, so that a re-delivered article yields identical messages.
func EventMessage(topic string, er extract.EventRecord, t time.Time) (kafka.Message, error) {
	js, err := json.Marshal(er)
	if err != nil {
		return kafka.Message{}, fmt.Errorf("sinks: encode event record %s: %w", er.ID, err)
	}
	return kafka.Message{
		Topic: topic,
		Key:   []byte(er.ID),
		Value: js,
		Headers: ceHeaders(er.ID, EventTypePrefix+er.Type,
			articleSource(er.Article.ID, er.Article.URL), er.Article.ID, t),
	}, nil
}

func ceHeaders(id, typ, source, subject string, t time.Time) []kafka.Header {
	if t.IsZero() {
		t = time.Now()
	}
	return []kafka.Header{
		{Key: HeaderSpecVersion, Value: []byte("1.0")},
		{Key: HeaderID, Value: []byte(id)},
		{Key: HeaderType, Value: []byte(typ)},
		{Key: HeaderSource, Value: []byte(source)},
		{Key: HeaderSubject, Value: []byte(subject)},
		{Key: HeaderTime, Value: []byte(t.UTC().Format(time.RFC3339Nano))},
		{Key: HeaderContentType, Value: []byte("application/json")},
	}
}

// articleSource is the CloudEvents source: the article's URL when it has an
// absolute one, else a URN naming the article.
func articleSource(id, u string) string {
	if pu, err := url.Parse(u); err == nil && pu.IsAbs() {
		return u
	}
	return "urn:newswire:article:" + url.PathEscape(id)
}

// DeadLetterMessage is the dead-letter message of a batch: the original key,
// value and headers plus headers naming the error and where the input was.
func DeadLetterMessage(topic string, b Batch) kafka.Message {
	hs := make([]kafka.Header, 0, len(b.Source.Headers)+5)
	for _, h := range b.Source.Headers {
		hs = append(hs, kafka.Header{Key: h.Key, Value: h.Value})
	}
	hs = append(hs,
		kafka.Header{Key: HeaderErrorClass, Value: []byte(b.DeadLetter.Class)},
		kafka.Header{Key: HeaderErrorMessage, Value: []byte(b.DeadLetter.Message)},
		kafka.Header{Key: HeaderSourceTopic, Value: []byte(b.Source.Topic)},
		kafka.Header{Key: HeaderSourcePartition, Value: []byte(strconv.Itoa(b.Source.Partition))},
		kafka.Header{Key: HeaderSourceOffset, Value: []byte(strconv.FormatInt(b.Source.Offset, 10))},
	)
	if b.Source.Element > 0 {
		hs = append(hs, kafka.Header{Key: HeaderSourceElement, Value: []byte(strconv.Itoa(b.Source.Element))})
	}
	return kafka.Message{Topic: topic, Key: b.Source.Key, Value: b.Source.Value, Headers: hs}
}
