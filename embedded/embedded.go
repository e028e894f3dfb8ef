// Package embedded runs an in-process Kafka-protocol broker (kfake from
// franz-go) for the zero-set-up default, the demo and the tests. Any Kafka
// client, kcat included, can read and write its topics over TCP.
package embedded

import (
	"fmt"
	"strconv"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
)

// Config of an embedded broker.
type Config struct {
	// Port to listen on at 127.0.0.1; 0 picks a free one.
	Port int
	// Topics to create, each with Partitions partitions (default 6).
	Topics     []string
	Partitions int
	// MaxMessageBytes is the broker's message size limit (default 16 MiB, so
	// that over-size articles reach the pipeline and its dead-letter topic).
	MaxMessageBytes int
	// MinSessionTimeout is the smallest consumer-group session timeout the
	// broker accepts (default 1 s, so tests can detect dead members quickly).
	MinSessionTimeout time.Duration
}

// Broker is a running embedded broker.
type Broker struct {
	c    *kfake.Cluster
	addr string
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
	c, err := kfake.NewCluster(
		kfake.Ports(cfg.Port),
		kfake.SeedTopics(int32(cfg.Partitions), cfg.Topics...),
		kfake.GroupMinSessionTimeout(cfg.MinSessionTimeout),
		kfake.BrokerConfigs(map[string]string{"message.max.bytes": mb}),
	)
	if err != nil {
		return nil, fmt.Errorf("embedded: start broker on 127.0.0.1:%d: %w", cfg.Port, err)
	}
	addrs := c.ListenAddrs()
	if len(addrs) == 0 {
		c.Close()
		return nil, fmt.Errorf("embedded: broker has no listen address")
	}
	return &Broker{c: c, addr: addrs[0]}, nil
}

// Addr is the broker's host:port.
func (b *Broker) Addr() string { return b.addr }

// Close stops the broker; its data is gone.
func (b *Broker) Close() { b.c.Close() }
