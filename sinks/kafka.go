package sinks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
	// cut so that the dead letter fits the brokers' message size limit.
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
// returns from Write only once the writer has had every message of the
// batch acknowledged.
type Kafka struct {
	w      MessageWriter
	topics Topics
	// max is the largest message the brokers accept (0: DefaultMaxMessageBytes).
	max int
}

// DefaultMaxMessageBytes is Kafka's default message.max.bytes: the largest
// record batch a broker accepts unless the broker or the topic
// (max.message.bytes) raises it.
const DefaultMaxMessageBytes = 1048588

// NewKafka returns a sink writing to topics through w, for brokers that
// accept messages up to DefaultMaxMessageBytes (see Limit).
func NewKafka(w MessageWriter, topics Topics) *Kafka {
	return &Kafka{w: w, topics: topics}
}

// Limit sets the largest message the brokers accept on the output topics
// (their message.max.bytes or the topics' max.message.bytes). A dead letter
// is cut to fit it; a record that cannot fit is refused (RejectedError)
// without holding back the other records of its batch.
func (k *Kafka) Limit(maxMessageBytes int) *Kafka {
	k.max = maxMessageBytes
	return k
}

func (k *Kafka) limit() int {
	if k.max > 0 {
		return k.max
	}
	return DefaultMaxMessageBytes
}

// Sizes of the Kafka record format (v2) that MessageSize counts.
const (
	batchOverhead  = 61 // record batch header
	recordOverhead = 21 // length, attributes, timestamp and offset deltas, at their largest
	varintMax      = 5  // a length prefix at its largest
)

// MessageSize is an upper bound of the bytes m takes on a broker when
// written alone: a record batch header, the record's framing, its key,
// value and headers (uncompressed, as this package writes them).
func MessageSize(m kafka.Message) int {
	n := batchOverhead + recordOverhead + 2*varintMax + len(m.Key) + len(m.Value) + varintMax
	for _, h := range m.Headers {
		n += 2*varintMax + len(h.Key) + len(h.Value)
	}
	return n
}

// RecordHeadroom is what the headers and framing of a record message may
// take beyond its JSON value: a record is kept to the brokers' limit minus
// this (the pipeline cuts larger ones, see pipeline.Config.MaxRecordBytes).
const RecordHeadroom = 16 << 10

// NewWriter returns a kafka-go writer configured for at-least-once delivery:
// synchronous writes acknowledged by all in-sync replicas, keys hashed to
// partitions, and a short batch timeout instead of kafka-go's 1 s default.
//
// maxMessageBytes is the largest message the brokers accept (0:
// DefaultMaxMessageBytes): the writer never puts more than that in one
// record batch, so that a batch of messages that each fit is never refused
// as a whole.
func NewWriter(brokers []string, batchTimeout time.Duration, maxMessageBytes int, transport kafka.RoundTripper) *kafka.Writer {
	if maxMessageBytes <= 0 {
		maxMessageBytes = DefaultMaxMessageBytes
	}
	return &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		BatchTimeout: batchTimeout,
		BatchSize:    1000,
		BatchBytes:   int64(maxMessageBytes - batchOverhead),
		MaxAttempts:  5,
		Transport:    transport,
	}
}

// Write publishes the batch: the events and the article record, or the dead
// letter. A message over the brokers' limit is not sent; the others are,
// and then Write returns a RejectedError naming what was refused.
func (k *Kafka) Write(ctx context.Context, b Batch) error {
	msgs, err := k.Messages(b)
	if err != nil {
		return err
	}
	fit := msgs[:0:0]
	var over []string
	for _, m := range msgs {
		if n := MessageSize(m); n > k.limit() {
			over = append(over, fmt.Sprintf("%s/%s (%d bytes)", m.Topic, m.Key, n))
		} else {
			fit = append(fit, m)
		}
	}
	where := fmt.Sprintf("%s/%d@%d", b.Source.Topic, b.Source.Partition, b.Source.Offset)
	if len(fit) > 0 {
		if err := k.w.WriteMessages(ctx, fit...); err != nil {
			err = fmt.Errorf("sinks: write %d messages for %s: %w", len(fit), where, err)
			refused, others := sizeRefusals(err, fit)
			if others {
				return err
			}
			over = append(over, refused...)
			if len(refused) == 0 {
				over = append(over, err.Error())
			}
		}
	}
	if len(over) > 0 {
		return &RejectedError{Err: fmt.Errorf("sinks: %s: %d of %d messages over the brokers' limit of %d bytes "+
			"(--max-message-bytes): %s", where, len(over), len(msgs), k.limit(), strings.Join(over, ", "))}
	}
	return nil
}

// sizeRefusals splits the per-message errors of a failed write: the
// messages refused for their size, and whether any failed for another
// reason (then the write as a whole is retried).
func sizeRefusals(err error, msgs []kafka.Message) (refused []string, others bool) {
	var we kafka.WriteErrors
	if !errors.As(err, &we) || len(we) != len(msgs) {
		return nil, !tooLarge(err)
	}
	for i, e := range we {
		switch {
		case e == nil:
		case errors.Is(e, kafka.MessageSizeTooLarge):
			refused = append(refused, fmt.Sprintf("%s/%s (refused by the broker)", msgs[i].Topic, msgs[i].Key))
		default:
			others = true
		}
	}
	return refused, others
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
		return []kafka.Message{FitDeadLetter(DeadLetterMessage(k.topics.DeadLetter, b), k.limit())}, nil
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

// FitDeadLetter cuts the value of a dead letter so that the whole message
// fits limit bytes (MessageSize), and says so in a HeaderTruncated header
// giving the original size. A message whose key and headers alone exceed
// the limit keeps no value and still does not fit: the broker refuses it.
func FitDeadLetter(m kafka.Message, limit int) kafka.Message {
	if MessageSize(m) <= limit {
		return m
	}
	orig := len(m.Value)
	m.Headers = append(m.Headers[:len(m.Headers):len(m.Headers)],
		kafka.Header{Key: HeaderTruncated, Value: []byte(strconv.Itoa(orig))})
	keep := max(0, orig-(MessageSize(m)-limit))
	m.Value = m.Value[:keep]
	return m
}

// maxErrorMessage bounds the error text in a dead letter's header.
const maxErrorMessage = 2048

// DeadLetterMessage is the dead-letter message of a batch: the original key,
// value and headers plus headers naming the error and where the input was.
func DeadLetterMessage(topic string, b Batch) kafka.Message {
	hs := make([]kafka.Header, 0, len(b.Source.Headers)+5)
	for _, h := range b.Source.Headers {
		hs = append(hs, kafka.Header{Key: h.Key, Value: h.Value})
	}
	hs = append(hs,
		kafka.Header{Key: HeaderErrorClass, Value: []byte(b.DeadLetter.Class)},
		kafka.Header{Key: HeaderErrorMessage, Value: []byte(cut(b.DeadLetter.Message, maxErrorMessage))},
		kafka.Header{Key: HeaderSourceTopic, Value: []byte(b.Source.Topic)},
		kafka.Header{Key: HeaderSourcePartition, Value: []byte(strconv.Itoa(b.Source.Partition))},
		kafka.Header{Key: HeaderSourceOffset, Value: []byte(strconv.FormatInt(b.Source.Offset, 10))},
	)
	if b.Source.Element > 0 {
		hs = append(hs, kafka.Header{Key: HeaderSourceElement, Value: []byte(strconv.Itoa(b.Source.Element))})
	}
	return kafka.Message{Topic: topic, Key: b.Source.Key, Value: b.Source.Value, Headers: hs}
}

// cut shortens s to at most n bytes, on a rune boundary, marking the cut.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n - len("…")
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
