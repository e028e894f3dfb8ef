// Package kafkatest is test support: a kfake broker that watches the
// offsets its consumer groups commit and reports every step a partition's
// committed offset takes backward (what the pipeline's rebalance fence
// exists to prevent), and that injects broker errors into produce, fetch
// and commit requests on demand. The pipeline tests run it in process; the
// chaos test runs it as a separate process (Serve).
package kafkatest

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
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

// maxEvents bounds the event log a Report carries (the newest are kept);
// the first maxBackwardLogs backward moves keep the eventsBefore events
// up to them besides.
const (
	maxEvents       = 200
	maxBackwardLogs = 5
	eventsBefore    = 40
)

// Broker is a running kfake cluster with its commit watch and faults.
type Broker struct {
	c     *kfake.Cluster
	addr  string
	start time.Time

	mu       sync.Mutex
	pending  *commitReq                // the last commit passed to the cluster, its outcome not read yet
	last     map[groupPartition]commit // each partition's committed offset as last read from the cluster
	commits  int
	refused  int
	backward []string
	events   []string // ring of the newest maxEvents
	nEvents  int
	before   [][]string // the events up to each of the first maxBackwardLogs backward moves
	faults   map[int16]*fault
	injected map[int16]int
}

type groupPartition struct {
	group, topic string
	partition    int32
}

// commit is a committed offset read from the cluster, with the request
// that committed it.
type commit struct {
	offset     int64
	stamp      time.Time // the cluster's time of the commit: a new commit of the same offset changes it
	generation int32
	member     string
	at         time.Time
}

// commitReq is an offset commit request as it reached the cluster.
type commitReq struct {
	group, member string
	generation    int32
	parts         []commitPart
	at            time.Time
}

type commitPart struct {
	topic     string
	topicID   [16]byte
	partition int32
	offset    int64
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
	b := &Broker{c: c, addr: addrs[0], start: time.Now(), last: map[groupPartition]commit{},
		faults: map[int16]*fault{}, injected: map[int16]int{}}
	// One control function for every request, kept for good. It first
	// reads the outcome of the commit before (see settle), then decides
	// whether to fail the request (an injected fault), then notes what
	// passes through to the cluster (returning false lets kfake handle
	// it).
	c.Control(func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		return b.control(req)
	})
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
	// Commits counts the partition offsets the cluster accepted, Refused
	// those it refused (faults injected here are counted in Injected).
	Commits int `json:"commits"`
	Refused int `json:"refused"`
	// Backward lists every change of a partition's committed offset to
	// a lower one.
	Backward []string `json:"backward"`
	// Injected counts the requests failed on purpose, by request key.
	Injected map[string]int `json:"injected"`
	// Unsettled counts commit requests whose outcome could not be read
	// (the broker did not answer the report's own request): they went
	// unchecked.
	Unsettled int `json:"unsettled,omitempty"`
	// Events are the newest group events the watch saw, oldest first:
	// each commit with its outcome and the group's state after it,
	// commits failed on purpose, and joins, syncs and leaves with the
	// group's state before them. EventsSeen counts all of them.
	Events     []string `json:"events"`
	EventsSeen int      `json:"events_seen"`
	// BeforeBackward holds, for each of the first backward moves, the
	// events up to and including it (the log may have moved on since).
	BeforeBackward [][]string `json:"before_backward,omitempty"`
}

// Report returns what the broker saw so far. A commit is checked once
// its outcome is read, when the next request reaches the broker; Report
// sends one of its own so that every commit answered before the call is
// in it.
func (b *Broker) Report() Report {
	b.mu.Lock()
	waiting := b.pending
	b.mu.Unlock()
	pending := waiting != nil
	var flushErr error
	if pending {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		flushErr = b.flush(ctx)
		cancel()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	r := Report{Commits: b.commits, Refused: b.refused, Backward: append([]string{}, b.backward...), Injected: map[string]int{},
		EventsSeen: b.nEvents}
	// Only the commit that was waiting when Report was called counts as
	// unsettled: one that reached the broker during the flush is newer
	// than the call.
	if pending && b.pending == waiting {
		r.Unsettled = 1
		b.eventf("report: the outcome of the last commit could not be read: %v", flushErr)
	}
	for k, n := range b.injected {
		r.Injected[kmsg.NameForKey(k)] = n
	}
	r.Events = b.recent(maxEvents)
	for _, evs := range b.before {
		r.BeforeBackward = append(r.BeforeBackward, append([]string(nil), evs...))
	}
	return r
}

// recent returns the newest n events (at most), oldest first.
func (b *Broker) recent(n int) []string {
	var all []string
	if b.nEvents > len(b.events) {
		i := b.nEvents % len(b.events)
		all = append(append(all, b.events[i:]...), b.events[:i]...)
	} else {
		all = append(all, b.events...)
	}
	return all[max(0, len(all)-n):]
}

// flush makes one request of the broker and waits for its answer (an
// ApiVersions, which changes nothing): its passing the control function
// settles the commit before it.
func (b *Broker) flush(ctx context.Context) error {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", b.addr)
	if err != nil {
		return fmt.Errorf("kafkatest: flush: %w", err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	req := kmsg.NewPtrApiVersionsRequest()
	req.Version = 0
	if _, err := conn.Write(kmsg.NewRequestFormatter(kmsg.FormatterClientID("kafkatest")).AppendRequest(nil, req, 1)); err != nil {
		return fmt.Errorf("kafkatest: flush: %w", err)
	}
	var size [4]byte
	if _, err := io.ReadFull(conn, size[:]); err != nil {
		return fmt.Errorf("kafkatest: flush: %w", err)
	}
	if _, err := io.CopyN(io.Discard, conn, int64(binary.BigEndian.Uint32(size[:]))); err != nil {
		return fmt.Errorf("kafkatest: flush: %w", err)
	}
	return nil
}

func (b *Broker) control(req kmsg.Request) (kmsg.Response, error, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	// kfake handles one request at a time, each right after its control
	// function returns: the commit before this request is done with.
	b.settle()
	if f := b.faults[req.Key()]; f != nil && f.applies(req) {
		f.seen++
		if f.seen%f.every == 0 {
			if resp := failed(req, f.code); resp != nil {
				b.injected[req.Key()]++
				if r, ok := req.(*kmsg.OffsetCommitRequest); ok {
					b.eventf("commit group %s member %s gen %d: failed on purpose (error %d): %s",
						r.Group, r.MemberID, r.Generation, f.code, b.newCommitReq(r).offsets())
				}
				return resp, nil, true
			}
		}
	}
	switch r := req.(type) {
	case *kmsg.OffsetCommitRequest:
		b.pending = b.newCommitReq(r)
	case *kmsg.JoinGroupRequest:
		b.eventf("join group %s member %q; before: %s", r.Group, r.MemberID, b.groupState(r.Group))
	case *kmsg.SyncGroupRequest:
		b.eventf("sync group %s member %s gen %d; before: %s", r.Group, r.MemberID, r.Generation, b.groupState(r.Group))
	case *kmsg.LeaveGroupRequest:
		var ids []string
		for _, m := range r.Members {
			ids = append(ids, m.MemberID)
		}
		if r.MemberID != "" {
			ids = append(ids, r.MemberID)
		}
		b.eventf("leave group %s members %v; before: %s", r.Group, ids, b.groupState(r.Group))
	}
	return nil, nil, false
}

// newCommitReq copies what the watch needs of a commit request (the
// cluster rewrites the request's topics as it handles it).
func (b *Broker) newCommitReq(r *kmsg.OffsetCommitRequest) *commitReq {
	cr := &commitReq{group: r.Group, member: r.MemberID, generation: r.Generation, at: time.Now()}
	for _, t := range r.Topics {
		for _, p := range t.Partitions {
			cr.parts = append(cr.parts, commitPart{topic: t.Topic, topicID: t.TopicID, partition: p.Partition, offset: p.Offset})
		}
	}
	return cr
}

func (cr *commitReq) offsets() string {
	var s []string
	for _, p := range cr.parts {
		s = append(s, fmt.Sprintf("%s/%d=%d", p.name(), p.partition, p.offset))
	}
	return strings.Join(s, " ")
}

func (p commitPart) name() string {
	if p.topic != "" {
		return p.topic
	}
	return hex.EncodeToString(p.topicID[:])
}

// settle reads what the pending commit left committed, from the cluster
// itself: whether the cluster took or refused the commit (a member of an
// old generation, one the group no longer knows, a rebalance in flight…)
// is the cluster's decision, and the watch only ever compares offsets the
// cluster really holds. Every change of a committed offset is a commit,
// and each commit is settled before the next one is handled, so every
// change is seen.
func (b *Broker) settle() {
	cr := b.pending
	if cr == nil {
		return
	}
	b.pending = nil
	g := b.c.GroupInfo(cr.group)
	var outcome []string
	backward := false
	for _, p := range cr.parts {
		topic := p.topic
		if topic == "" {
			if ti := b.c.TopicIDInfo(p.topicID); ti != nil {
				topic = ti.Topic
			}
		}
		if topic == "" {
			b.refused++
			outcome = append(outcome, fmt.Sprintf("%s/%d %d refused (unknown topic id)", p.name(), p.partition, p.offset))
			continue
		}
		k := groupPartition{cr.group, topic, p.partition}
		prev, had := b.last[k]
		var now kfake.GroupCommit
		has := false
		if g != nil {
			now, has = g.Commits[topic][p.partition]
		}
		switch {
		case !has && had:
			b.refused++
			delete(b.last, k)
			outcome = append(outcome, fmt.Sprintf("%s/%d %d refused, and the committed %d is gone", topic, p.partition, p.offset, prev.offset))
		case !has:
			b.refused++
			outcome = append(outcome, fmt.Sprintf("%s/%d %d refused (nothing committed)", topic, p.partition, p.offset))
		case had && now.Offset == prev.offset && now.At.Equal(prev.stamp):
			b.refused++
			outcome = append(outcome, fmt.Sprintf("%s/%d %d refused (stays %d)", topic, p.partition, p.offset, prev.offset))
		default:
			b.commits++
			what := "accepted"
			if now.Offset != p.offset {
				what = fmt.Sprintf("not taken, yet the committed offset changed to %d", now.Offset)
			}
			if had {
				what += fmt.Sprintf(" (was %d)", prev.offset)
			}
			outcome = append(outcome, fmt.Sprintf("%s/%d %d %s", topic, p.partition, p.offset, what))
			if had && now.Offset < prev.offset {
				backward = true
				b.backward = append(b.backward, fmt.Sprintf(
					"group %s %s/%d: commit of offset %d (generation %d, member %s) after %d (generation %d, member %s, %v earlier)",
					cr.group, topic, p.partition, now.Offset, cr.generation, cr.member,
					prev.offset, prev.generation, prev.member, cr.at.Sub(prev.at).Round(time.Millisecond)))
			}
			b.last[k] = commit{offset: now.Offset, stamp: now.At, generation: cr.generation, member: cr.member, at: cr.at}
		}
	}
	b.eventf("commit group %s member %s gen %d: %s; after: %s", cr.group, cr.member, cr.generation,
		strings.Join(outcome, ", "), groupStateOf(g))
	if backward && len(b.before) < maxBackwardLogs {
		b.before = append(b.before, b.recent(eventsBefore))
	}
}

// groupState describes a group as the cluster holds it now.
func (b *Broker) groupState(group string) string { return groupStateOf(b.c.GroupInfo(group)) }

func groupStateOf(g *kfake.GroupInfo) string {
	if g == nil {
		return "no such group"
	}
	return fmt.Sprintf("group gen %d %s, %d members", g.Epoch, g.State, len(g.Members))
}

// eventf adds an event to the log, stamped with the time since the start.
func (b *Broker) eventf(format string, args ...any) {
	e := fmt.Sprintf("%+8.3fs ", time.Since(b.start).Seconds()) + fmt.Sprintf(format, args...)
	if len(b.events) < maxEvents {
		b.events = append(b.events, e)
	} else {
		b.events[b.nEvents%maxEvents] = e
	}
	b.nEvents++
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
