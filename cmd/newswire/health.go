package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/pipeline"
)

// withSecurityEnv adds the KAFKA_* variables of the security flags to a
// flag set's variable overrides.
func withSecurityEnv(m map[string]string) map[string]string {
	for k, v := range securityEnv {
		m[k] = v
	}
	return m
}

// readiness is ready once started (and not stopping) and while no Kafka
// error that retrying cannot heal is current.
func readiness(started *atomic.Bool, h *pipeline.Health) func() error {
	return func() error {
		if !started.Load() {
			return errors.New("starting or stopping")
		}
		if h != nil {
			return h.Problem()
		}
		return nil
	}
}

// probeEvery is how often run asks the cluster whether its topics and
// consumer group are still there and allowed, on a fresh connection (so a
// revoked credential shows even while old connections live on).
const probeEvery = 10 * time.Second

// watchHealth runs the probe and stops the pipeline (cancels the returned
// context) once health reports an error that has not healed for
// --fatal-after; fatal then returns that error, for a non-zero exit.
func watchHealth(ctx context.Context, h *pipeline.Health, sec *kafkaSecurity, brokers []string, c runConfig,
	log *slog.Logger) (context.Context, func() error) {
	runCtx, stop := context.WithCancel(ctx)
	var (
		mu  sync.Mutex
		err error
	)
	go func() {
		t := time.NewTicker(probeEvery)
		defer t.Stop()
		for {
			h.Observe("probe", probe(runCtx, sec, brokers, c))
			select {
			case <-runCtx.Done():
				return
			case <-t.C:
			}
		}
	}()
	go func() {
		select {
		case e := <-h.Watch(runCtx):
			log.Error("stopping: a Kafka error has not healed", "err", e, "fatal_after", c.FatalAfter)
			mu.Lock()
			err = e
			mu.Unlock()
			stop()
		case <-runCtx.Done():
		}
	}()
	return runCtx, func() error {
		stop()
		mu.Lock()
		defer mu.Unlock()
		return err
	}
}

// probe asks, on a new connection with the configured credentials, for the
// metadata of every topic run uses and the group's committed offsets: what
// a bad credential, a missing topic or a missing ACL breaks.
func probe(ctx context.Context, sec *kafkaSecurity, brokers []string, c runConfig) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	tr := sec.trackedTransport()
	defer tr.CloseIdleConnections()
	cl := &kafka.Client{Addr: kafka.TCP(brokers...), Transport: tr}
	var topics []string
	for _, t := range []string{c.InputTopic, c.EventsTopic, c.ArticlesTopic, c.DeadLetterTopic} {
		if t != "" {
			topics = append(topics, t)
		}
	}
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: topics})
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			return nil
		}
		return tr.explain(err)
	}
	found := map[string]bool{}
	var parts []int
	for _, t := range md.Topics {
		if t.Error != nil {
			return fmt.Errorf("topic %s: %w", t.Name, t.Error)
		}
		found[t.Name] = true
		if t.Name == c.InputTopic {
			for _, p := range t.Partitions {
				parts = append(parts, p.ID)
			}
		}
	}
	for _, t := range topics {
		if !found[t] {
			return fmt.Errorf("topic %s: %w", t, kafka.UnknownTopicOrPartition)
		}
	}
	of, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: c.Group, Topics: map[string][]int{c.InputTopic: parts}})
	if err != nil {
		return tr.explain(err)
	}
	if of.Error != nil {
		return fmt.Errorf("consumer group %s: %w", c.Group, of.Error)
	}
	for _, p := range of.Topics[c.InputTopic] {
		if p.Error != nil {
			return fmt.Errorf("consumer group %s, topic %s: %w", c.Group, c.InputTopic, p.Error)
		}
	}
	return nil
}

// explainKafkaError prefixes an error that retrying cannot heal with what
// to check, keeping the error itself (for errors.Is and the class).
func explainKafkaError(err error) error {
	switch pipeline.Classify(err) {
	case pipeline.ErrAuthentication:
		return fmt.Errorf("authentication failed (check KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and the password): %w", err)
	case pipeline.ErrTLS:
		return fmt.Errorf("TLS failed (check KAFKA_TLS_CA_FILE, the broker address's host name, and that the listener speaks TLS): %w", err)
	case pipeline.ErrAuthorization:
		return fmt.Errorf("not authorized (check the ACLs of the user on the topics and the consumer group): %w", err)
	}
	if strings.Contains(err.Error(), "EOF") {
		// A broker that closes the connection during the handshake is
		// often a TLS listener spoken to in plain text, or a SASL one
		// without SASL.
		return fmt.Errorf("%w (if the cluster needs TLS or SASL, set KAFKA_TLS / KAFKA_SASL_MECHANISM)", err)
	}
	return err
}
