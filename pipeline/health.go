package pipeline

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/sinks"
)

// Classes of Kafka client errors, the class label of
// newswire_kafka_errors_total. The first four never heal by retrying: a
// person has to fix a credential, a certificate, an ACL or a topic.
const (
	ErrAuthentication = "authentication" // SASL refused: wrong user, password or mechanism
	ErrTLS            = "tls"            // certificate not trusted, wrong host name, not a TLS listener
	ErrAuthorization  = "authorization"  // an ACL forbids the topic, the group or the cluster operation
	ErrUnknownTopic   = "unknown-topic"  // the topic does not exist
	ErrTooLarge       = "too-large"      // a message over a size limit (dead-lettered, never retried)
	ErrRetriable      = "retriable"      // leader moves, timeouts, lost connections: retried with backoff
	ErrOther          = "other"          // anything else: retried
)

// Permanent reports whether errors of class never heal by retrying.
func Permanent(class string) bool {
	switch class {
	case ErrAuthentication, ErrTLS, ErrAuthorization, ErrUnknownTopic:
		return true
	}
	return false
}

// kafkaCode finds "[NN] " the way kafka-go prints a kafka.Error, for the
// errors kafka-go only hands out as log lines (the consumer group's).
var kafkaCode = regexp.MustCompile(`\[(-?\d+)\] [A-Z]`)

// Classify names the class of an error from kafka-go: a kafka.Error code
// (in any wrapping, in a kafka.WriteErrors, or printed in a log line), a TLS
// or certificate failure, else retriable (network and temporary errors)
// or other.
func Classify(err error) string {
	if err == nil {
		return ""
	}
	var ke kafka.Error
	if errors.As(err, &ke) {
		return classifyCode(ke)
	}
	var we kafka.WriteErrors
	if errors.As(err, &we) {
		worst := ""
		for _, e := range we {
			if e == nil {
				continue
			}
			if c := Classify(e); worst == "" || Permanent(c) {
				worst = c
			}
		}
		if worst != "" {
			return worst
		}
	}
	var (
		unknownCA *x509.UnknownAuthorityError
		hostname  x509.HostnameError
		invalid   x509.CertificateInvalidError
		verify    *tls.CertificateVerificationError
		header    tls.RecordHeaderError
	)
	if errors.As(err, &unknownCA) || errors.As(err, &hostname) || errors.As(err, &invalid) ||
		errors.As(err, &verify) || errors.As(err, &header) {
		return ErrTLS
	}
	msg := err.Error()
	if m := kafkaCode.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			return classifyCode(kafka.Error(n))
		}
	}
	switch {
	case strings.Contains(msg, "x509:") || strings.Contains(msg, "tls:") || strings.Contains(msg, "remote error: tls"):
		return ErrTLS
	case strings.Contains(msg, "SASL"):
		return ErrAuthentication
	}
	var temp interface{ Temporary() bool }
	var timeout interface{ Timeout() bool }
	if errors.As(err, &temp) && temp.Temporary() || errors.As(err, &timeout) && timeout.Timeout() ||
		errors.Is(err, context.DeadlineExceeded) || strings.Contains(msg, "connection refused") ||
		strings.Contains(msg, "EOF") || strings.Contains(msg, "connection reset") || strings.Contains(msg, "broken pipe") {
		return ErrRetriable
	}
	return ErrOther
}

func classifyCode(e kafka.Error) string {
	switch e {
	case kafka.SASLAuthenticationFailed, kafka.UnsupportedSASLMechanism, kafka.IllegalSASLState,
		kafka.DelegationTokenExpired:
		return ErrAuthentication
	case kafka.TopicAuthorizationFailed, kafka.GroupAuthorizationFailed, kafka.ClusterAuthorizationFailed,
		kafka.TransactionalIDAuthorizationFailed, kafka.DelegationTokenAuthorizationFailed, kafka.BrokerAuthorizationFailed:
		return ErrAuthorization
	case kafka.UnknownTopicOrPartition, kafka.InvalidTopic:
		return ErrUnknownTopic
	case kafka.MessageSizeTooLarge, kafka.RecordListTooLarge:
		return ErrTooLarge
	case kafka.RebalanceInProgress, kafka.IllegalGeneration, kafka.UnknownMemberId, kafka.MemberIDRequired:
		return ErrRetriable // group churn: rejoining heals it
	}
	if e.Temporary() || e.Timeout() {
		return ErrRetriable
	}
	return ErrOther
}

// Health watches the Kafka clients' errors. Every error is counted in
// newswire_kafka_errors_total{op,class}. An error of a class that never
// heals (Permanent) makes the process unready at once (Problem), and if
// such errors keep coming for FatalAfter with no success of the same
// operation in between, Fatal returns it: the process should stop, so that
// an orchestrator restarts it or alerts. Errors that stop recurring for
// StaleAfter count as healed. Safe for concurrent use.
type Health struct {
	fatalAfter, staleAfter time.Duration
	now                    func() time.Time
	log                    *slog.Logger
	errs                   *prometheus.CounterVec

	mu  sync.Mutex
	ops map[string]*opState
}

type opState struct {
	first, last time.Time
	err         error
	class       string
}

// HealthConfig configures NewHealth; zero values take the defaults noted.
type HealthConfig struct {
	FatalAfter time.Duration // default 30 s
	StaleAfter time.Duration // default 15 s
	Logger     *slog.Logger
	Registerer prometheus.Registerer // where newswire_kafka_errors_total goes; nil: nowhere
	Now        func() time.Time      // default time.Now (tests move a clock)
}

// NewHealth returns a Health.
func NewHealth(cfg HealthConfig) *Health {
	if cfg.FatalAfter <= 0 {
		cfg.FatalAfter = 30 * time.Second
	}
	if cfg.StaleAfter <= 0 {
		cfg.StaleAfter = 15 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	h := &Health{fatalAfter: cfg.FatalAfter, staleAfter: cfg.StaleAfter, now: cfg.Now, log: cfg.Logger,
		ops: map[string]*opState{},
		errs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newswire_kafka_errors_total",
			Help: "Errors of the Kafka clients, by operation (consume, produce, probe) and class (authentication, tls, authorization, unknown-topic, too-large, retriable, other)."},
			[]string{"op", "class"})}
	if cfg.Registerer != nil {
		cfg.Registerer.MustRegister(h.errs)
	}
	return h
}

// Errors is newswire_kafka_errors_total.
func (h *Health) Errors() *prometheus.CounterVec { return h.errs }

// Observe records the outcome of one operation: a nil err is a success
// and clears what was wrong with op. It returns err's class.
func (h *Health) Observe(op string, err error) string {
	if err == nil {
		h.mu.Lock()
		if st := h.ops[op]; st != nil {
			delete(h.ops, op)
			h.log.Info("Kafka "+op+" works again", "after", st.err)
		}
		h.mu.Unlock()
		return ""
	}
	class := Classify(err)
	h.errs.WithLabelValues(op, class).Inc()
	if !Permanent(class) {
		return class
	}
	now := h.now()
	h.mu.Lock()
	defer h.mu.Unlock()
	st := h.ops[op]
	if st == nil || now.Sub(st.last) > h.staleAfter {
		st = &opState{first: now}
		h.ops[op] = st
		h.log.Error("Kafka "+op+" failed with an error that does not heal by retrying; not ready",
			"class", class, "err", err, "exit_in", h.fatalAfter)
	}
	st.last, st.err, st.class = now, err, class
	return class
}

// Problem is the current error that does not heal (nil when none): while
// it is set the process is not ready.
func (h *Health) Problem() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.now()
	for op, st := range h.ops {
		if now.Sub(st.last) <= h.staleAfter {
			return fmt.Errorf("kafka %s: %s error: %w", op, st.class, st.err)
		}
	}
	return nil
}

// Fatal is an error that has not healed for FatalAfter (nil when none).
func (h *Health) Fatal() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.now()
	for op, st := range h.ops {
		if now.Sub(st.last) <= h.staleAfter && now.Sub(st.first) >= h.fatalAfter {
			return fmt.Errorf("kafka %s: %s error for %v, giving up: %w", op, st.class,
				now.Sub(st.first).Round(time.Second), st.err)
		}
	}
	return nil
}

// Watch checks Fatal every second until ctx ends and delivers the first
// fatal error.
func (h *Health) Watch(ctx context.Context) <-chan error {
	out := make(chan error, 1)
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := h.Fatal(); err != nil {
					out <- err
					return
				}
			}
		}
	}()
	return out
}

// WrapSink observes every write of s as op "produce". A record rejected
// for good (too large) is not a health problem: it becomes a dead letter.
func (h *Health) WrapSink(s Sink) Sink { return healthSink{s, h} }

type healthSink struct {
	s Sink
	h *Health
}

func (w healthSink) Write(ctx context.Context, b sinks.Batch) error {
	err := w.s.Write(ctx, b)
	if ctx.Err() == nil {
		var rej *sinks.RejectedError
		if err == nil || errors.As(err, &rej) {
			w.h.Observe("produce", nil)
		} else {
			w.h.Observe("produce", err)
		}
	}
	return err
}

// WrapSource observes the source's fetches as op "consume" and its
// commits as op "commit".
func (h *Health) WrapSource(s Source) Source { return &healthSource{s, h} }

type healthSource struct {
	s Source
	h *Health
}

func (w *healthSource) FetchMessage(ctx context.Context) (kafka.Message, error) {
	m, err := w.s.FetchMessage(ctx)
	if ctx.Err() == nil && !errors.Is(err, io.EOF) {
		w.h.Observe("consume", err)
	}
	return m, err
}

func (w *healthSource) CommitMessages(ctx context.Context, msgs ...kafka.Message) error {
	err := w.s.CommitMessages(ctx, msgs...)
	if ctx.Err() == nil {
		w.h.Observe("commit", err)
	}
	return err
}
