package pipeline

import (
	"time"

	"github.com/segmentio/kafka-go"
)

// ReaderConfig is what NewReader needs; zero durations take the defaults
// noted.
type ReaderConfig struct {
	Brokers []string
	GroupID string
	Topic   string
	// MaxMessageBytes is the largest input message expected; fetches are
	// sized so that one such message always fits.
	MaxMessageBytes int
	SessionTimeout  time.Duration // default 10 s
	// Dialer, when set, opens the reader's connections (tests use it to cut
	// them abruptly).
	Dialer *kafka.Dialer
	Logger kafka.Logger // optional, kafka-go's own debug log
}

// NewReader returns a consumer-group reader set up for the pipeline:
//   - StartOffset FirstOffset, so a partition nobody committed yet is read
//     from its start: a member that died before its first commit loses
//     nothing (kafka-go #711 is the same setting at LastOffset, losing them);
//   - CommitInterval 0, so CommitMessages is synchronous and returns only once
//     the broker has the offsets;
//   - a small internal queue, since kafka-go hands out what it holds from
//     the previous generation after a rebalance (#1398);
//   - short heartbeats and fetch waits, so rebalances and new messages are
//     noticed quickly.
//
// Fetch with FetchMessage (never ReadMessage, which commits on receipt) and
// commit through the pipeline's tracker.
func NewReader(cfg ReaderConfig) *kafka.Reader {
	session := cfg.SessionTimeout
	if session <= 0 {
		session = 10 * time.Second
	}
	maxBytes := cfg.MaxMessageBytes
	if maxBytes <= 0 {
		maxBytes = 1 << 20
	}
	return kafka.NewReader(kafka.ReaderConfig{
		Brokers:           cfg.Brokers,
		GroupID:           cfg.GroupID,
		Topic:             cfg.Topic,
		Dialer:            cfg.Dialer,
		StartOffset:       kafka.FirstOffset,
		CommitInterval:    0,
		MinBytes:          1,
		MaxBytes:          2*maxBytes + 1<<20,
		MaxWait:           250 * time.Millisecond,
		ReadBackoffMin:    10 * time.Millisecond,
		ReadBackoffMax:    250 * time.Millisecond,
		QueueCapacity:     32, // few stale messages after a rebalance (kafka-go #1398)
		SessionTimeout:    session,
		HeartbeatInterval: max(session/10, 100*time.Millisecond),
		RebalanceTimeout:  max(2*session, 2*time.Second),
		JoinGroupBackoff:  500 * time.Millisecond,
		Logger:            cfg.Logger,
	})
}
