package pipeline_test

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/pipeline"
	"github.com/newswire/newswire/sinks"
)

func TestClassify(t *testing.T) {
	cases := []struct {
		name  string
		err   error
		class string
	}{
		{"SASL failure", kafka.SASLAuthenticationFailed, pipeline.ErrAuthentication},
		{"SASL handshake, wrapped", fmt.Errorf("SASL handshake failed: %w", kafka.UnsupportedSASLMechanism), pipeline.ErrAuthentication},
		{"topic ACL", kafka.TopicAuthorizationFailed, pipeline.ErrAuthorization},
		{"group ACL", fmt.Errorf("commit: %w", kafka.GroupAuthorizationFailed), pipeline.ErrAuthorization},
		{"cluster ACL", kafka.ClusterAuthorizationFailed, pipeline.ErrAuthorization},
		{"unknown topic", kafka.UnknownTopicOrPartition, pipeline.ErrUnknownTopic},
		{"write errors, one forbidden", kafka.WriteErrors{nil, kafka.NotLeaderForPartition, kafka.TopicAuthorizationFailed}, pipeline.ErrAuthorization},
		{"write errors, leader moves", kafka.WriteErrors{kafka.NotLeaderForPartition, nil}, pipeline.ErrRetriable},
		{"too large", kafka.MessageSizeTooLarge, pipeline.ErrTooLarge},
		{"not leader", kafka.NotLeaderForPartition, pipeline.ErrRetriable},
		{"request timed out", kafka.RequestTimedOut, pipeline.ErrRetriable},
		{"coordinator moving", kafka.NotCoordinatorForGroup, pipeline.ErrRetriable},
		{"rebalance", kafka.RebalanceInProgress, pipeline.ErrRetriable},
		{"log line from the group", errors.New("Failed to join group newswire: [58] SASL Authentication Failed: SASL Authentication failed"), pipeline.ErrAuthentication},
		{"log line, group ACL", errors.New("Failed to join group g: [30] Group Authorization Failed: the client is not authorized"), pipeline.ErrAuthorization},
		{"log line, leader", errors.New("failed to read from current broker for partition 3 of news.raw at offset 12: [6] Not Leader For Partition: the client attempted"), pipeline.ErrRetriable},
		{"unknown CA", fmt.Errorf("dial: %w", x509.UnknownAuthorityError{}), pipeline.ErrTLS},
		{"wrong host", x509.HostnameError{Certificate: &x509.Certificate{}, Host: "kafka"}, pipeline.ErrTLS},
		{"TLS in a log line", errors.New("Unable to establish connection to consumer group coordinator for group g: tls: failed to verify certificate: x509: certificate signed by unknown authority"), pipeline.ErrTLS},
		{"connection refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, pipeline.ErrRetriable},
		{"EOF", fmt.Errorf("read: %w", io.EOF), pipeline.ErrRetriable},
		{"deadline", context.DeadlineExceeded, pipeline.ErrRetriable},
		{"something else", errors.New("the sink is confused"), pipeline.ErrOther},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := pipeline.Classify(c.err); got != c.class {
				t.Errorf("Classify(%v) = %q, want %q", c.err, got, c.class)
			}
		})
	}
	if pipeline.Classify(nil) != "" {
		t.Error("Classify(nil) not empty")
	}
	for class, perm := range map[string]bool{pipeline.ErrAuthentication: true, pipeline.ErrTLS: true, pipeline.ErrAuthorization: true,
		pipeline.ErrUnknownTopic: true, pipeline.ErrRetriable: false, pipeline.ErrTooLarge: false, pipeline.ErrOther: false} {
		if pipeline.Permanent(class) != perm {
			t.Errorf("Permanent(%s) = %v", class, !perm)
		}
	}
}

// fakeClock is moved by the test: no sleeping.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time        { return c.t }
func (c *fakeClock) add(d time.Duration)   { c.t = c.t.Add(d) }
func newClock() *fakeClock                 { return &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} }
func health(c *fakeClock) *pipeline.Health { return healthReg(c, nil) }
func healthReg(c *fakeClock, reg prometheus.Registerer) *pipeline.Health {
	return pipeline.NewHealth(pipeline.HealthConfig{FatalAfter: 30 * time.Second, StaleAfter: 15 * time.Second, Now: c.now, Registerer: reg})
}

// TestHealthPermanentErrorIsFatalAfterABound: an error that never heals
// makes the process unready at once and fatal once it has lasted
// FatalAfter; the error names its class and cause.
func TestHealthPermanentErrorIsFatalAfterABound(t *testing.T) {
	clk := newClock()
	reg := prometheus.NewRegistry()
	h := healthReg(clk, reg)
	if h.Problem() != nil || h.Fatal() != nil {
		t.Fatal("a fresh Health has a problem")
	}
	for i := 0; i <= 6; i++ { // retried every 5 s, as the sink does at most
		h.Observe("produce", fmt.Errorf("write: %w", kafka.TopicAuthorizationFailed))
		if p := h.Problem(); p == nil {
			t.Fatalf("after %d failures: ready", i+1)
		}
		if i < 6 && h.Fatal() != nil {
			t.Fatalf("fatal after %v, before the 30 s bound", time.Duration(i)*5*time.Second)
		}
		if i < 6 {
			clk.add(5 * time.Second)
		}
	}
	err := h.Fatal()
	if err == nil {
		t.Fatal("not fatal after 30 s of authorization failures")
	}
	for _, want := range []string{"produce", "authorization", "Topic Authorization Failed"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("fatal error %q does not say %q", err, want)
		}
	}
	if n := testutil.ToFloat64(h.Errors().WithLabelValues("produce", pipeline.ErrAuthorization)); n != 7 {
		t.Errorf("newswire_kafka_errors_total{op=produce,class=authorization} = %v, want 7", n)
	}
	if n, err := testutil.GatherAndCount(reg, "newswire_kafka_errors_total"); err != nil || n != 1 {
		t.Errorf("registered series %d, %v", n, err)
	}
}

// TestHealthHeals: a success of the same operation, or the error no longer
// recurring, clears it; retriable errors are counted but never make the
// process unready.
func TestHealthHeals(t *testing.T) {
	clk := newClock()
	h := health(clk)
	h.Observe("consume", errors.New("Failed to join group g: [3] Unknown Topic Or Partition: the request is for a topic"))
	if h.Problem() == nil {
		t.Fatal("unknown topic: still ready")
	}
	clk.add(20 * time.Second)
	h.Observe("consume", nil)
	if h.Problem() != nil {
		t.Fatal("a success did not clear the problem")
	}
	// Stops recurring: healed after StaleAfter, and the clock of the bound
	// starts again.
	h.Observe("probe", kafka.SASLAuthenticationFailed)
	clk.add(16 * time.Second)
	if h.Problem() != nil {
		t.Error("an error that stopped recurring 16 s ago still counts")
	}
	h.Observe("probe", kafka.SASLAuthenticationFailed)
	clk.add(20 * time.Second)
	h.Observe("probe", kafka.SASLAuthenticationFailed)
	if h.Fatal() != nil {
		t.Error("fatal 20 s into a new episode")
	}
	// Retriable: counted, never a problem.
	h2 := health(clk)
	for range 100 {
		h2.Observe("produce", kafka.NotLeaderForPartition)
		clk.add(time.Second)
	}
	if h2.Problem() != nil || h2.Fatal() != nil {
		t.Error("retriable errors made the process unready")
	}
	if n := testutil.ToFloat64(h2.Errors().WithLabelValues("produce", pipeline.ErrRetriable)); n != 100 {
		t.Errorf("retriable errors counted %v, want 100", n)
	}
}

type failingSink struct{ err error }

func (f *failingSink) Write(context.Context, sinks.Batch) error { return f.err }

// TestHealthWrapSink: the sink wrapper observes produce outcomes; a record
// rejected for good is not a problem (it becomes a dead letter).
func TestHealthWrapSink(t *testing.T) {
	clk := newClock()
	h := health(clk)
	fs := &failingSink{err: fmt.Errorf("sinks: write 2 messages: %w", kafka.TopicAuthorizationFailed)}
	s := h.WrapSink(fs)
	if err := s.Write(context.Background(), sinks.Batch{}); !errors.Is(err, kafka.TopicAuthorizationFailed) {
		t.Fatalf("the wrapper changed the error: %v", err)
	}
	if h.Problem() == nil {
		t.Error("a refused write left the process ready")
	}
	fs.err = &sinks.RejectedError{Err: kafka.MessageSizeTooLarge}
	s.Write(context.Background(), sinks.Batch{})
	if h.Problem() != nil {
		t.Error("a rejected (too large) record counts as a problem")
	}
	// A source: fetch errors are observed as consume, a fetched message
	// heals them.
	src := &flakySource{err: fmt.Errorf("consumer group %q: %w", "g", kafka.GroupAuthorizationFailed)}
	ws := h.WrapSource(src)
	if _, err := ws.FetchMessage(context.Background()); !errors.Is(err, kafka.GroupAuthorizationFailed) {
		t.Fatalf("the wrapper changed the error: %v", err)
	}
	if p := h.Problem(); p == nil || !strings.Contains(p.Error(), "consume") || !strings.Contains(p.Error(), "authorization") {
		t.Errorf("the reader's group authorization failure: problem %v", p)
	}
	src.err = nil
	ws.FetchMessage(context.Background())
	if p := h.Problem(); p != nil {
		t.Errorf("a fetched message did not heal it: %v", p)
	}
}

type flakySource struct{ err error }

func (f *flakySource) FetchMessage(context.Context) (kafka.Message, error) {
	return kafka.Message{Topic: "t"}, f.err
}
func (f *flakySource) CommitMessages(context.Context, ...kafka.Message) error { return f.err }
