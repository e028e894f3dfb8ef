package pipeline_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/kafkatest"
	"github.com/newswire/newswire/pipeline"
	"github.com/newswire/newswire/sinks"
)

const (
	rawTopic      = "news.raw"
	eventsTopic   = "news.events"
	articlesTopic = "news.articles"
	deadTopic     = "news.deadletter"
)

var allTopics = []string{rawTopic, eventsTopic, articlesTopic, deadTopic}

// startBroker starts a broker on a free port (kfake, configured as the
// embedded one) that watches every offset commit: the test fails if any
// commit moved a partition's committed offset backward (kafkatest).
func startBroker(t testing.TB, partitions int) string {
	t.Helper()
	return startWatchedBroker(t, partitions).Addr()
}

func startWatchedBroker(t testing.TB, partitions int) *kafkatest.Broker {
	t.Helper()
	b, err := kafkatest.Start(kafkatest.Config{Topics: allTopics, Partitions: partitions})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// Runs after the members' cleanups (registered later, run earlier).
		r := b.Report()
		for _, s := range r.Backward {
			t.Errorf("committed offset moved backward: %s", s)
		}
		if r.Unsettled > 0 {
			t.Errorf("the broker could not read the outcome of %d commit(s): they went unchecked", r.Unsettled)
		}
		for i, evs := range r.BeforeBackward {
			t.Logf("broker events up to backward move %d:\n%s", i+1, strings.Join(evs, "\n"))
		}
		if t.Failed() {
			t.Logf("broker events (the last %d of %d):\n%s", len(r.Events), r.EventsSeen, strings.Join(r.Events, "\n"))
		}
		b.Close()
	})
	return b
}

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("NEWSWIRE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("test", t.Name())
	}
	return slog.New(slog.DiscardHandler)
}

// publish writes msgs to the input topic, acknowledged by the broker.
func publish(t testing.TB, addr string, msgs []kafka.Message) {
	t.Helper()
	w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: rawTopic, Balancer: &kafka.Hash{},
		RequiredAcks: kafka.RequireAll, BatchTimeout: 2 * time.Millisecond, BatchSize: 500,
		BatchBytes: 32 << 20}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatalf("publish %d messages: %v", len(msgs), err)
	}
}

// article is a generated wire with a known set of sentences.
func article(i int) kafka.Message {
	people := []string{"Ana Soto", "Li Wei", "Omar Haddad", "Marta Kowalski", "Kenji Sato", "Ines Duarte"}
	cities := []string{"Lima", "Oslo", "Nairobi", "Hanoi", "Quito", "Riga"}
	p1, p2 := people[i%len(people)], people[(i+1)%len(people)]
	city := cities[(i/7)%len(cities)]
	body := fmt.Sprintf("Foreign Minister %s met Trade Minister %s in %s on March %d. "+
		"The two ministers signed an agreement on fisheries. "+
		"%s later visited the port of %s with officials from wire %d.",
		p1, p2, city, i%28+1, p1, city, i)
	env := map[string]string{"id": fmt.Sprintf("wire-%04d", i), "headline": fmt.Sprintf("Ministers meet in %s (%d)", city, i),
		"published": "2025-03-01", "body": body}
	js, _ := json.Marshal(env)
	return kafka.Message{Key: []byte(env["id"]), Value: js}
}

// sentenceExtractor is a stand-in for the real extractor that gives every
// sentence of the body one event, with an id stable across deliveries. It
// makes the delivery tests independent of what the NLP finds and of how long
// it takes (the sample-article test and the binary's SIGKILL test use the
// real extractor).
type sentenceExtractor struct{}

func (sentenceExtractor) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rec := &extract.Record{Schema: extract.ArticleSchema, ID: a.ID, Source: a.Source, URL: a.URL,
		Published: a.Published, Headline: a.Headline, Form: a.Form, Entities: []extract.Entity{}}
	if rec.Form == "" {
		rec.Form = "text"
	}
	// The skeleton decoder keeps a JSON envelope whole in Body; the real one
	// unwraps it. Accept both.
	text := a.Body
	var env struct{ Body, Headline string }
	if json.Unmarshal([]byte(text), &env) == nil && env.Body != "" {
		text = env.Body
	}
	rec.Words = len(strings.Fields(text))
	rec.Events = []extract.Event{}
	types := []string{extract.Meeting, extract.Agreement, extract.Visit}
	for i, sent := range strings.SplitAfter(text, ". ") {
		sent = strings.TrimSpace(sent)
		if sent == "" {
			continue
		}
		h := sha1.Sum([]byte(rec.ID + "|" + sent))
		rec.Events = append(rec.Events, extract.Event{ID: "ev-" + hex.EncodeToString(h[:8]), Type: types[i%3],
			Participants: []extract.Participant{}, Trigger: "t", Sentence: sent, Confidence: 0.5})
	}
	return rec, nil
}

func newExtractor(t testing.TB) *extract.Extractor {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// killableDialer opens TCP connections that Kill closes all at once, and
// refuses new ones after it: the network view of a SIGKILLed process.
type killableDialer struct {
	mu     sync.Mutex
	conns  []net.Conn
	killed bool
}

func (d *killableDialer) dial(ctx context.Context, network, address string) (net.Conn, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.killed {
		return nil, fmt.Errorf("killed")
	}
	c, err := (&net.Dialer{}).DialContext(ctx, network, address)
	if err == nil {
		d.conns = append(d.conns, c)
	}
	return c, err
}

func (d *killableDialer) Kill() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.killed = true
	for _, c := range d.conns {
		c.Close()
	}
}

var memberSeq atomic.Int32

// member is one running pipeline (one pod).
type member struct {
	cancel context.CancelFunc
	done   chan error
	reader *pipeline.GroupReader
	writer *kafka.Writer
	dialer *killableDialer
}

type memberOpts struct {
	group     string
	workers   int
	extractor pipeline.Extractor
	maxBytes  int
	session   time.Duration
	decoder   pipeline.Decoder
	metrics   *pipeline.Metrics
	wrapSink  func(pipeline.Sink) pipeline.Sink
	shutdown  time.Duration // drain bound; default 30 s (generous for loaded CI machines)
	// maxEvents and maxRecordBytes are the output limits (0: the defaults).
	maxEvents, maxRecordBytes int
	largeBytes                int // the large lane's threshold (0: default, -1: off)
}

// startMember runs a pipeline against addr until stop or kill.
func startMember(t testing.TB, addr string, o memberOpts) *member {
	t.Helper()
	if o.group == "" {
		o.group = "g-" + t.Name()
	}
	if o.shutdown == 0 {
		o.shutdown = 30 * time.Second
	}
	if o.session == 0 {
		o.session = 2 * time.Second
	}
	kd := &killableDialer{}
	log := testLogger(t).With("member", memberSeq.Add(1))
	r, err := pipeline.NewReader(pipeline.ReaderConfig{Brokers: []string{addr}, GroupID: o.group, Topic: rawTopic,
		MaxMessageBytes: o.maxBytes, SessionTimeout: o.session,
		Dialer: &kafka.Dialer{Timeout: 5 * time.Second, DialFunc: kd.dial}, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	w := sinks.NewWriter([]string{addr}, 2*time.Millisecond, max(o.maxBytes, 1<<20),
		&kafka.Transport{Dial: kd.dial})
	var k pipeline.Sink = sinks.NewKafka(w, sinks.Topics{Events: eventsTopic, Articles: articlesTopic, DeadLetter: deadTopic})
	if o.wrapSink != nil {
		k = o.wrapSink(k)
	}
	p, err := pipeline.New(pipeline.Config{Source: r, Extractor: o.extractor, Sinks: []pipeline.Sink{k},
		Workers: o.workers, MaxBytes: o.maxBytes, Decoder: o.decoder, ShutdownTimeout: o.shutdown,
		MaxEvents: o.maxEvents, MaxRecordBytes: o.maxRecordBytes, LargeBytes: o.largeBytes,
		Logger: log, Metrics: o.metrics})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &member{cancel: cancel, done: make(chan error, 1), reader: r, writer: w, dialer: kd}
	go func() { m.done <- p.Run(ctx) }()
	t.Cleanup(func() { m.Stop(t) })
	return m
}

// Stop drains gracefully (as on SIGTERM) and closes the reader (leaving
// the group) and the writer.
func (m *member) Stop(t testing.TB) error {
	if m.cancel == nil {
		return nil
	}
	m.cancel()
	m.cancel = nil
	var err error
	select {
	case err = <-m.done:
	case <-time.After(30 * time.Second):
		t.Errorf("pipeline did not stop within 30 s")
	}
	m.writer.Close()
	m.reader.Close()
	return err
}

// Kill cuts every connection at once and abandons the pipeline without
// any further commit or group leave (as on SIGKILL). Start members to be
// killed with a short shutdown bound: the abandoned drain cannot finish.
func (m *member) Kill(t testing.TB) {
	if m.cancel == nil {
		return
	}
	m.dialer.Kill()
	m.cancel()
	m.cancel = nil
	<-m.done
	go m.reader.Close() // cannot reach the broker: no leave, no commit
	go m.writer.Close()
}

// collector reads topics from the beginning with franz-go.
type collector struct {
	cl *kgo.Client
	mu sync.Mutex
	by map[string][]*kgo.Record
	at map[string][]time.Time // when each record arrived
}

func collect(t testing.TB, addr string, topics ...string) *collector {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ConsumeTopics(topics...),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	c := &collector{cl: cl, by: map[string][]*kgo.Record{}, at: map[string][]time.Time{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			fs := cl.PollFetches(ctx)
			c.mu.Lock()
			now := time.Now()
			fs.EachRecord(func(r *kgo.Record) {
				c.by[r.Topic] = append(c.by[r.Topic], r)
				c.at[r.Topic] = append(c.at[r.Topic], now)
			})
			c.mu.Unlock()
		}
	}()
	t.Cleanup(func() { cancel(); <-done; cl.Close() })
	return c
}

// records returns a copy of what arrived on topic so far.
func (c *collector) records(topic string) []*kgo.Record {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*kgo.Record(nil), c.by[topic]...)
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func header(r *kgo.Record, key string) (string, bool) {
	for _, h := range r.Headers {
		if h.Key == key {
			return string(h.Value), true
		}
	}
	return "", false
}

// distinctKeys counts distinct record keys.
func distinctKeys(rs []*kgo.Record) map[string]int {
	m := map[string]int{}
	for _, r := range rs {
		m[string(r.Key)]++
	}
	return m
}

// slow wraps an extractor with a fixed delay per article, so that a test can
// act while work is in flight.
type slow struct {
	x pipeline.Extractor
	d time.Duration
}

func (s slow) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	select {
	case <-time.After(s.d):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.x.Extract(ctx, a)
}

// articles generates n article messages.
func articles(n int) []kafka.Message {
	out := make([]kafka.Message, n)
	for i := range out {
		out[i] = article(i)
	}
	return out
}

// expected returns the article ids and event ids the extractor gives msgs.
func expected(t testing.TB, x pipeline.Extractor, msgs []kafka.Message) (ids, events map[string]bool) {
	t.Helper()
	ids, events = map[string]bool{}, map[string]bool{}
	for _, m := range msgs {
		rec, err := x.Extract(context.Background(), mustDecode(t, m))
		if err != nil {
			t.Fatal(err)
		}
		ids[rec.ID] = true
		for _, e := range rec.Events {
			events[e.ID] = true
		}
	}
	return ids, events
}

// missing lists wanted keys not among the records' keys (at most 5).
func missing(want map[string]bool, rs []*kgo.Record) (n int, some []string) {
	got := distinctKeys(rs)
	for k := range want {
		if got[k] == 0 {
			n++
			if len(some) < 5 {
				some = append(some, k)
			}
		}
	}
	return n, some
}

// committed returns the group's committed offset per partition of the
// input topic (-1 when none).
func committed(t testing.TB, addr, group string, partitions int) []int64 {
	t.Helper()
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
	ps := make([]int, partitions)
	for i := range ps {
		ps[i] = i
	}
	resp, err := cl.OffsetFetch(context.Background(), &kafka.OffsetFetchRequest{GroupID: group,
		Topics: map[string][]int{rawTopic: ps}})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]int64, partitions)
	for i := range out {
		out[i] = -1
	}
	for _, p := range resp.Topics[rawTopic] {
		if p.Error != nil {
			t.Fatalf("offset fetch partition %d: %v", p.Partition, p.Error)
		}
		out[p.Partition] = p.CommittedOffset
	}
	return out
}

// arrivals returns when the records of topic arrived, in order.
func (c *collector) arrivals(topic string) []time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Time(nil), c.at[topic]...)
}

// endOffsets returns the high-water mark of every partition of topic.
func endOffsets(t testing.TB, addr, topic string) map[int]int64 {
	t.Helper()
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
	md, err := cl.Metadata(context.Background(), &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil || len(md.Topics) != 1 || md.Topics[0].Error != nil {
		t.Fatalf("metadata of %s: %v %+v", topic, err, md)
	}
	var reqs []kafka.OffsetRequest
	for _, p := range md.Topics[0].Partitions {
		reqs = append(reqs, kafka.LastOffsetOf(p.ID))
	}
	resp, err := cl.ListOffsets(context.Background(), &kafka.ListOffsetsRequest{
		Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		t.Fatalf("list offsets of %s: %v", topic, err)
	}
	out := map[int]int64{}
	for _, p := range resp.Topics[topic] {
		if p.Error != nil {
			t.Fatalf("list offsets of %s partition %d: %v", topic, p.Partition, p.Error)
		}
		out[p.Partition] = p.LastOffset
	}
	return out
}

// readToEnd waits until the collector has read every record the topics
// hold now: up to each partition's high-water mark.
func (c *collector) readToEnd(t testing.TB, addr string, topics ...string) {
	t.Helper()
	for _, topic := range topics {
		end := endOffsets(t, addr, topic)
		waitFor(t, 30*time.Second, topic+" read to its high-water mark", func() bool {
			seen := map[int]int64{}
			for _, r := range c.records(topic) {
				seen[int(r.Partition)] = max(seen[int(r.Partition)], r.Offset+1)
			}
			for p, e := range end {
				if seen[p] < e {
					return false
				}
			}
			return true
		})
	}
}
