// Package kafkatest is test support: a kfake broker that watches every
// offset commit the consumer group sends and fails the ones that would move
// a partition's committed offset backward (what the pipeline's rebalance
// fence exists to prevent), and that injects broker errors into produce,
// fetch and commit requests on demand. The pipeline tests run it in
// process; the chaos test runs it as a separate process (Serve).
package kafkatest

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// Config of a test broker; zero values take the defaults noted.
type Config struct {
	Port       int      // 0 picks a free one
	Topics     []string // created with Partitions partitions each (default 6)
	Partitions int
	// MaxMessageBytes is message.max.bytes (default 16 MiB).
	MaxMessageBytes int
	// MinSessionTimeout is group.min.session.timeout.ms (default 1 s).
	MinSessionTimeout time.Duration
}

// Broker is a running kfake cluster with its commit watch and faults.
type Broker struct {
	c    *kfake.Cluster
	addr string

	mu         sync.Mutex
	generation map[string]int32          // group -> highest generation any of its requests carried
	last       map[groupPartition]commit // the last commit taken as accepted
	commits    int
	backward   []string
	faults     map[int16]*fault
	injected   map[int16]int
}

type groupPartition struct {
	group, topic string
	partition    int32
}

type commit struct {
	offset     int64
	generation int32
	member     string
	at         time.Time
}

type fault struct {
	code   int16
	every  int             // fail one request in every
	topics map[string]bool // only requests touching one of these; nil: any
	seen   int
}

// Request keys the broker injects errors into.
const (
	Produce      int16 = 0
	Fetch        int16 = 1
	OffsetCommit int16 = 8
	Heartbeat    int16 = 12
	SyncGroup    int16 = 14
)

// Start starts a one-broker cluster on 127.0.0.1 with the topics created
// and the commit watch installed.
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
	c, err := kfake.NewCluster(
		kfake.Ports(cfg.Port),
		kfake.SeedTopics(int32(cfg.Partitions), cfg.Topics...),
		kfake.GroupMinSessionTimeout(cfg.MinSessionTimeout),
		kfake.BrokerConfigs(map[string]string{"message.max.bytes": strconv.Itoa(cfg.MaxMessageBytes)}),
	)
	if err != nil {
		return nil, fmt.Errorf("kafkatest: start broker: %w", err)
	}
	addrs := c.ListenAddrs()
	if len(addrs) == 0 {
		c.Close()
		return nil, fmt.Errorf("kafkatest: broker has no listen address")
	}
	b := &Broker{c: c, addr: addrs[0], generation: map[string]int32{}, last: map[groupPartition]commit{},
		faults: map[int16]*fault{}, injected: map[int16]int{}}
	// One control function per key, kept for good: each first decides
	// whether to fail the request (an injected fault), then observes what
	// passes through to the cluster (returning false lets kfake handle it).
	for _, key := range []int16{Produce, Fetch, OffsetCommit, Heartbeat, SyncGroup} {
		c.ControlKey(key, func(req kmsg.Request) (kmsg.Response, error, bool) {
			c.KeepControl()
			return b.control(req)
		})
	}
	return b, nil
}

// Addr is the broker's host:port.
func (b *Broker) Addr() string { return b.addr }

// Cluster is the kfake cluster, for further control.
func (b *Broker) Cluster() *kfake.Cluster { return b.c }

// Close stops the broker.
func (b *Broker) Close() { b.c.Close() }

// Inject makes one request of key in every `every` fail with the Kafka
// error code (every 0 stops injecting into key); with topics, only requests
// touching one of them count. Produce, Fetch and OffsetCommit are
// supported.
func (b *Broker) Inject(key, code int16, every int, topics ...string) error {
	switch key {
	case Produce, Fetch, OffsetCommit:
	default:
		return fmt.Errorf("kafkatest: cannot inject errors into request key %d", key)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if every <= 0 {
		delete(b.faults, key)
		return nil
	}
	f := &fault{code: code, every: every}
	if len(topics) > 0 {
		f.topics = map[string]bool{}
		for _, t := range topics {
			f.topics[t] = true
		}
	}
	b.faults[key] = f
	return nil
}

// Report is what the broker saw.
type Report struct {
	// Commits counts the offset commits taken as accepted.
	Commits int `json:"commits"`
	// Backward lists every accepted commit that moved a partition's
	// committed offset below an earlier accepted one.
	Backward []string `json:"backward"`
	// Injected counts the requests failed on purpose, by request key.
	Injected map[string]int `json:"injected"`
}

// Report returns what the broker saw so far.
func (b *Broker) Report() Report {
	b.mu.Lock()
	defer b.mu.Unlock()
	r := Report{Commits: b.commits, Backward: append([]string{}, b.backward...), Injected: map[string]int{}}
	for k, n := range b.injected {
		r.Injected[kmsg.NameForKey(k)] = n
	}
	return r
}

func (b *Broker) control(req kmsg.Request) (kmsg.Response, error, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if f := b.faults[req.Key()]; f != nil && f.applies(req) {
		f.seen++
		if f.seen%f.every == 0 {
			if resp := failed(req, f.code); resp != nil {
				b.injected[req.Key()]++
				return resp, nil, true
			}
		}
	}
	switch r := req.(type) {
	case *kmsg.HeartbeatRequest:
		b.sawGeneration(r.Group, r.Generation)
	case *kmsg.SyncGroupRequest:
		b.sawGeneration(r.Group, r.Generation)
	case *kmsg.OffsetCommitRequest:
		b.sawCommit(r)
	}
	return nil, nil, false
}

func (b *Broker) sawGeneration(group string, gen int32) {
	if gen > b.generation[group] {
		b.generation[group] = gen
	}
}

// sawCommit checks a commit on its way to the cluster. The cluster accepts
// a commit only from a member of the group's current generation; a request
// carrying an older generation than one already seen is refused, so it
// cannot move anything and is not checked. (One carrying the newest
// generation seen is taken as accepted: at worst a refused request is
// checked too, which can only add a report, never hide one.)
func (b *Broker) sawCommit(r *kmsg.OffsetCommitRequest) {
	if r.Generation >= 0 && r.Generation < b.generation[r.Group] {
		return
	}
	b.sawGeneration(r.Group, r.Generation)
	now := time.Now()
	for _, t := range r.Topics {
		topic := t.Topic
		if topic == "" {
			topic = hex.EncodeToString(t.TopicID[:])
		}
		for _, p := range t.Partitions {
			k := groupPartition{r.Group, topic, p.Partition}
			prev, ok := b.last[k]
			if ok && p.Offset < prev.offset {
				b.backward = append(b.backward, fmt.Sprintf(
					"group %s %s/%d: commit of offset %d (generation %d, member %s) after %d (generation %d, member %s, %v earlier)",
					r.Group, topic, p.Partition, p.Offset, r.Generation, r.MemberID,
					prev.offset, prev.generation, prev.member, now.Sub(prev.at).Round(time.Millisecond)))
			}
			b.last[k] = commit{offset: p.Offset, generation: r.Generation, member: r.MemberID, at: now}
			b.commits++
		}
	}
}

// applies says whether a request touches one of the fault's topics.
func (f *fault) applies(req kmsg.Request) bool {
	if f.topics == nil {
		return true
	}
	var names []string
	switch r := req.(type) {
	case *kmsg.ProduceRequest:
		for _, t := range r.Topics {
			names = append(names, t.Topic)
		}
	case *kmsg.FetchRequest:
		for _, t := range r.Topics {
			names = append(names, t.Topic)
		}
	case *kmsg.OffsetCommitRequest:
		for _, t := range r.Topics {
			names = append(names, t.Topic)
		}
	}
	for _, n := range names {
		if f.topics[n] {
			return true
		}
	}
	return false
}

// failed builds the response failing every partition of req with code.
func failed(req kmsg.Request, code int16) kmsg.Response {
	switch r := req.(type) {
	case *kmsg.ProduceRequest:
		if r.Acks == 0 {
			return nil // no response expected
		}
		resp := r.ResponseKind().(*kmsg.ProduceResponse)
		for _, t := range r.Topics {
			rt := kmsg.NewProduceResponseTopic()
			rt.Topic, rt.TopicID = t.Topic, t.TopicID
			for _, p := range t.Partitions {
				rp := kmsg.NewProduceResponseTopicPartition()
				rp.Partition, rp.ErrorCode = p.Partition, code
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp
	case *kmsg.FetchRequest:
		resp := r.ResponseKind().(*kmsg.FetchResponse)
		for _, t := range r.Topics {
			rt := kmsg.NewFetchResponseTopic()
			rt.Topic, rt.TopicID = t.Topic, t.TopicID
			for _, p := range t.Partitions {
				rp := kmsg.NewFetchResponseTopicPartition()
				rp.Partition, rp.ErrorCode = p.Partition, code
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp
	case *kmsg.OffsetCommitRequest:
		resp := r.ResponseKind().(*kmsg.OffsetCommitResponse)
		for _, t := range r.Topics {
			rt := kmsg.NewOffsetCommitResponseTopic()
			rt.Topic, rt.TopicID = t.Topic, t.TopicID
			for _, p := range t.Partitions {
				rp := kmsg.NewOffsetCommitResponseTopicPartition()
				rp.Partition, rp.ErrorCode = p.Partition, code
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp
	}
	return nil
}
