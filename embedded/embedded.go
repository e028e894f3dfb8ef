// Package embedded runs an in-process Kafka-protocol broker (kfake from
// franz-go) for the zero-set-up default, the demo and the tests. Any Kafka
// client, kcat included, can read and write its topics over TCP. It listens
// on the loopback interface only.
package embedded

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
)

// Config of an embedded broker.
type Config struct {
	// Port to listen on at 127.0.0.1; 0 picks a free one.
	Port int
	// Topics to create, each with Partitions partitions (default 6). On a
	// data directory that already holds topics, the missing ones are
	// created and the existing ones are kept as they are.
	Topics     []string
	Partitions int
	// MaxMessageBytes is the broker's message size limit (default 16 MiB, so
	// that over-size articles reach the pipeline and its dead-letter topic).
	MaxMessageBytes int
	// MinSessionTimeout is the smallest consumer-group session timeout the
	// broker accepts (default 1 s, so tests can detect dead members quickly).
	MinSessionTimeout time.Duration
	// DataDir, when set, keeps topics, messages and committed offsets in
	// this directory (kfake.DataDir): a broker started again on it goes on
	// where the last one stopped. Empty keeps everything in memory. One
	// broker at a time: a lock file in the directory refuses a second.
	DataDir string
	// SyncWrites makes every write durable before it is acknowledged
	// (fsync, kfake.SyncWrites): safe against power loss, slower. Without
	// it, writes survive the process being killed but not the machine
	// losing power (Kafka's own default).
	SyncWrites bool
}

// Broker is a running embedded broker.
type Broker struct {
	c        *kfake.Cluster
	addr     string
	restored bool
	unlock   func()
}

// loopbackOnly listens like net.Listen but refuses any address that is not
// on the loopback interface: the embedded broker has no authentication and
// must not be reachable from the network.
func loopbackOnly(network, address string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("embedded: refusing to listen on %s: loopback only", address)
	}
	return net.Listen(network, address)
}

// Start starts a one-broker cluster with the topics created.
func Start(cfg Config) (*Broker, error) {
	if cfg.Partitions <= 0 {
		cfg.Partitions = 6
	}
	if cfg.MaxMessageBytes <= 0 {
		cfg.MaxMessageBytes = 16 << 20
	}
	if cfg.MinSessionTimeout <= 0 {
		cfg.MinSessionTimeout = time.Second
	}
	mb := strconv.Itoa(cfg.MaxMessageBytes)
	opts := []kfake.Opt{
		kfake.Ports(cfg.Port),
		kfake.ListenFn(loopbackOnly),
		kfake.SeedTopics(int32(cfg.Partitions), cfg.Topics...),
		kfake.GroupMinSessionTimeout(cfg.MinSessionTimeout),
		kfake.BrokerConfigs(map[string]string{"message.max.bytes": mb}),
	}
	b := &Broker{unlock: func() {}}
	if cfg.DataDir != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("embedded: data directory: %w", err)
		}
		unlock, err := lockDir(cfg.DataDir)
		if err != nil {
			return nil, err
		}
		b.unlock = unlock
		if _, err := os.Stat(filepath.Join(cfg.DataDir, "meta.json")); err == nil {
			b.restored = true
		}
		opts = append(opts, kfake.DataDir(cfg.DataDir))
		if cfg.SyncWrites {
			opts = append(opts, kfake.SyncWrites())
		}
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		b.unlock()
		return nil, fmt.Errorf("embedded: start broker on 127.0.0.1:%d: %w", cfg.Port, err)
	}
	b.c = c
	addrs := c.ListenAddrs()
	if len(addrs) == 0 {
		b.Close()
		return nil, fmt.Errorf("embedded: broker has no listen address")
	}
	b.addr = addrs[0]
	if b.restored {
		if err := b.createMissing(cfg.Topics, cfg.Partitions); err != nil {
			b.Close()
			return nil, err
		}
	}
	return b, nil
}

// createMissing creates the topics a restored data directory lacks (kfake
// seeds topics only into an empty one).
func (b *Broker) createMissing(topics []string, partitions int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl := &kafka.Client{Addr: kafka.TCP(b.addr)}
	req := &kafka.CreateTopicsRequest{}
	for _, t := range topics {
		req.Topics = append(req.Topics, kafka.TopicConfig{Topic: t, NumPartitions: partitions, ReplicationFactor: 1})
	}
	resp, err := cl.CreateTopics(ctx, req)
	if err != nil {
		return fmt.Errorf("embedded: create topics: %w", err)
	}
	for t, err := range resp.Errors {
		if err != nil && !errors.Is(err, kafka.TopicAlreadyExists) {
			return fmt.Errorf("embedded: create topic %s: %w", t, err)
		}
	}
	return nil
}

// Addr is the broker's host:port.
func (b *Broker) Addr() string { return b.addr }

// Restored reports whether the broker started on a data directory that
// already held a broker's state (topics, messages, offsets).
func (b *Broker) Restored() bool { return b.restored }

// Close stops the broker. With a data directory, everything is written
// there first; without one, its data is gone.
func (b *Broker) Close() {
	if b.c != nil {
		b.c.Close()
	}
	b.unlock()
	b.unlock = func() {}
}
