package pipeline_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
)

// startCluster starts a kfake cluster with the pipeline's topics on a free
// port, for tests that inject faults with ControlKey or configure the
// broker (opts come after the defaults, so they win).
func startCluster(t testing.TB, partitions int, opts ...kfake.Opt) (*kfake.Cluster, string) {
	t.Helper()
	all := append([]kfake.Opt{
		kfake.NumBrokers(1),
		kfake.SeedTopics(int32(partitions), allTopics...),
		kfake.GroupMinSessionTimeout(time.Second),
		kfake.BrokerConfigs(map[string]string{"message.max.bytes": "16777216"}),
	}, opts...)
	c, err := kfake.NewCluster(all...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, c.ListenAddrs()[0]
}

// failFetches makes the broker answer the next n fetch requests with code
// for every partition asked, and counts them.
func failFetches(c *kfake.Cluster, n int64, code int16) *atomic.Int64 {
	var done atomic.Int64
	c.ControlKey(int16(kmsg.Fetch), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
		if done.Load() >= n {
			c.DropControl()
			return nil, nil, false
		}
		c.KeepControl()
		req := kreq.(*kmsg.FetchRequest)
		resp := req.ResponseKind().(*kmsg.FetchResponse)
		for _, rt := range req.Topics {
			st := kmsg.NewFetchResponseTopic()
			st.Topic, st.TopicID = rt.Topic, rt.TopicID
			for _, rp := range rt.Partitions {
				sp := kmsg.NewFetchResponseTopicPartition()
				sp.Partition = rp.Partition
				sp.ErrorCode = code
				sp.HighWatermark, sp.LastStableOffset, sp.LogStartOffset = -1, -1, -1
				st.Partitions = append(st.Partitions, sp)
			}
			resp.Topics = append(resp.Topics, st)
		}
		done.Add(1)
		return resp, nil, true
	})
	return &done
}

// gate holds every extraction until opened, counting those started.
type gate struct {
	x       sentenceExtractor
	started atomic.Int32
	open    chan struct{}
}

func (g *gate) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	g.started.Add(1)
	select {
	case <-g.open:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.x.Extract(ctx, a)
}

// Defect 1 of issue 6: a partition leader moving (fetches answered with
// NOT_LEADER_FOR_PARTITION or UNKNOWN_TOPIC_OR_PARTITION, as on every
// leader election) while articles are in flight is not a rebalance: once
// they finish, their offsets are committed and the group's lag reaches 0
// without a restart, and the member is still in its first generation.
func TestLeaderMoveIsNotARebalance(t *testing.T) {
	for _, tc := range []struct {
		name string
		code int16
	}{
		{"NOT_LEADER_FOR_PARTITION", kerr.NotLeaderForPartition.Code},
		{"UNKNOWN_TOPIC_OR_PARTITION", kerr.UnknownTopicOrPartition.Code},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const parts = 2
			c, addr := startCluster(t, parts)
			publish(t, addr, articles(6))
			end := endOffsets(t, addr, rawTopic)

			g := &gate{open: make(chan struct{})}
			m := startMember(t, addr, memberOpts{group: "g-leader", extractor: g, workers: 2, session: 10 * time.Second})

			waitFor(t, 30*time.Second, "articles in flight", func() bool { return g.started.Load() >= 2 })
			faults := failFetches(c, 4, tc.code)
			waitFor(t, 30*time.Second, "the fetch errors", func() bool { return faults.Load() >= 4 })
			close(g.open)

			var off []int64
			waitFor(t, 60*time.Second, "every partition committed to its end (lag 0)", func() bool {
				off = committed(t, addr, "g-leader", parts)
				return off[0] == end[0] && off[1] == end[1]
			})
			if gens := m.reader.Stats().Generations; gens != 1 {
				t.Errorf("%d consumer-group generations, want 1 (a leader move is no rebalance)", gens)
			}
		})
	}
}

// source is what the fence test needs of a reader.
type source interface {
	FetchMessage(ctx context.Context) (kafka.Message, error)
	CommitMessages(ctx context.Context, msgs ...kafka.Message) error
	Close() error
}

// fetch fetches the next message, going on past the errors a member meets
// while the group rebalances (they are reported, then retried).
func fetch(ctx context.Context, t testing.TB, s source) kafka.Message {
	t.Helper()
	for {
		m, err := s.FetchMessage(ctx)
		if err == nil {
			return m
		}
		if ctx.Err() != nil {
			t.Fatal(err)
		}
		t.Logf("fetch: %v", err)
	}
}

func newSource(t testing.TB, addr, group string) (source, func() any) {
	r, err := pipeline.NewReader(pipeline.ReaderConfig{Brokers: []string{addr}, GroupID: group, Topic: rawTopic,
		SessionTimeout: 10 * time.Second, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, func() any { return r.Stats() }
}

// The rebalance fence: work fetched in an earlier generation is never
// committed once its partition belongs to another member, so the group's
// offset never moves back, even while a metrics collector reads the
// reader's stats all along (kafka-go's ReaderStats are reset by every
// reader of them, which silently disabled the old fence).
func TestEarlierGenerationNeverCommitsBackward(t *testing.T) {
	const parts = 2
	_, addr := startCluster(t, parts)
	publish(t, addr, articles(40))
	end := endOffsets(t, addr, rawTopic)
	if end[0] < 2 || end[1] < 2 {
		t.Fatalf("end offsets %v: want both partitions used", end)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	a, stats := newSource(t, addr, "g-fence")
	stop, collector := make(chan struct{}), make(chan struct{})
	go func() { // a metrics collector
		defer close(collector)
		for {
			select {
			case <-stop:
				return
			default:
				stats()
			}
		}
	}()
	defer func() { close(stop); <-collector }()
	// A fetches (and "processes") the first message of each partition.
	first := map[int]kafka.Message{}
	for len(first) < parts {
		m := fetch(ctx, t, a)
		if _, ok := first[m.Partition]; !ok {
			first[m.Partition] = m
		}
	}
	// B joins: the group rebalances and gives B one partition, which B
	// reads to its end and commits.
	b, _ := newSource(t, addr, "g-fence")
	m := fetch(ctx, t, b)
	moved := m.Partition
	for m.Offset < end[moved]-1 {
		m = fetch(ctx, t, b)
		if m.Partition != moved {
			t.Fatalf("B reads partitions %d and %d; want one of two", moved, m.Partition)
		}
	}
	if err := b.CommitMessages(ctx, m); err != nil {
		t.Fatal(err)
	}
	if off := committed(t, addr, "g-fence", parts); off[moved] != end[moved] {
		t.Fatalf("B committed partition %d at %d, want %d", moved, off[moved], end[moved])
	}
	// A finishes its old work on the moved partition late and commits it.
	err := a.CommitMessages(ctx, first[moved])
	t.Logf("late commit of generation-1 work: %v", err)
	if off := committed(t, addr, "g-fence", parts); off[moved] != end[moved] {
		t.Errorf("partition %d: committed offset moved back from %d to %d", moved, end[moved], off[moved])
	}
}
