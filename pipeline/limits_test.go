package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
	"github.com/newswire/newswire/schema"
	"github.com/newswire/newswire/sinks"
)

// defaultLimitCluster is a broker at Kafka's default message.max.bytes
// (1,048,588) whose input topic alone accepts up to 4 MiB, as an operator
// who raised news.raw would have it.
func defaultLimitCluster(t *testing.T, partitions int, opts ...kfake.Opt) (*kfake.Cluster, string) {
	t.Helper()
	c, addr := startCluster(t, partitions, append([]kfake.Opt{kfake.BrokerConfigs(map[string]string{
		"message.max.bytes": strconv.Itoa(sinks.DefaultMaxMessageBytes)})}, opts...)...)
	setTopicConfig(t, addr, rawTopic, "max.message.bytes", strconv.Itoa(4<<20))
	return c, addr
}

func setTopicConfig(t *testing.T, addr, topic, name, value string) {
	t.Helper()
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
	resp, err := cl.IncrementalAlterConfigs(context.Background(), &kafka.IncrementalAlterConfigsRequest{
		Resources: []kafka.IncrementalAlterConfigsRequestResource{{ResourceType: kafka.ResourceTypeTopic,
			ResourceName: topic, Configs: []kafka.IncrementalAlterConfigsRequestConfig{
				{Name: name, Value: value, ConfigOperation: kafka.ConfigOperationSet}}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range resp.Resources {
		if r.Error != nil {
			t.Fatalf("set %s=%s on %s: %v", name, value, topic, r.Error)
		}
	}
}

// refuseDeadLetters answers the next n produce requests to the
// dead-letter topic with the codes in turn (cycling), and counts them.
func refuseDeadLetters(c *kfake.Cluster, n int64, codes ...int16) *atomic.Int64 {
	var done atomic.Int64
	c.ControlKey(int16(kmsg.Produce), func(kr kmsg.Request) (kmsg.Response, error, bool) {
		req := kr.(*kmsg.ProduceRequest)
		if done.Load() >= n {
			c.DropControl()
			return nil, nil, false
		}
		c.KeepControl()
		if len(req.Topics) != 1 || req.Topics[0].Topic != deadTopic {
			return nil, nil, false
		}
		code := codes[int(done.Add(1)-1)%len(codes)]
		resp := req.ResponseKind().(*kmsg.ProduceResponse)
		for _, t := range req.Topics {
			rt := kmsg.NewProduceResponseTopic()
			rt.Topic = t.Topic
			for _, p := range t.Partitions {
				rp := kmsg.NewProduceResponseTopicPartition()
				rp.Partition, rp.ErrorCode = p.Partition, code
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp, nil, true
	})
	return &done
}

// Defect 2 of issue 6: with the brokers at Kafka's default message size
// limit, a 2 MiB over-size input and a 1 MiB input that is not UTF-8 are
// dead-lettered, cut to fit with their original size in a header, though
// the first dead-letter writes are refused (MESSAGE_TOO_LARGE, then
// NOT_ENOUGH_REPLICAS: passing refusals, retried). Every offset is
// committed and the dead-letter counter counts exactly what was written.
func TestDeadLettersFitTheBroker(t *testing.T) {
	c, addr := defaultLimitCluster(t, 1)
	huge := bytes.Repeat([]byte("All work and no play. "), (2<<20)/22)
	notUTF8 := append(bytes.Repeat([]byte("Minister met officials. "), (1<<20)/24-1), 0xff, 0xfe)
	notUTF8 = append(notUTF8, bytes.Repeat([]byte("x"), (1<<20)-len(notUTF8))...)
	msgs := []kafka.Message{article(0), {Key: []byte("huge-1"), Value: huge}, article(1),
		{Key: []byte("latin-1"), Value: notUTF8}, article(2)}
	publish(t, addr, msgs)
	refused := refuseDeadLetters(c, 4, kerr.MessageTooLarge.Code, kerr.NotEnoughReplicas.Code)

	col := collect(t, addr, articlesTopic, deadTopic)
	metrics := pipeline.NewMetrics(prometheus.NewRegistry())
	startMember(t, addr, memberOpts{group: "g-dl", extractor: sentenceExtractor{}, workers: 2, metrics: metrics})
	waitFor(t, 60*time.Second, "every offset committed", func() bool {
		return committed(t, addr, "g-dl", 1)[0] == int64(len(msgs))
	})
	col.readToEnd(t, addr, deadTopic, articlesTopic)
	if n := refused.Load(); n < 4 {
		t.Errorf("only %d dead-letter writes refused; the test wants 4", n)
	}
	want := map[string][]byte{"huge-1": huge, "latin-1": notUTF8}
	dead := distinctKeys(col.records(deadTopic))
	if len(dead) != len(want) {
		t.Fatalf("dead letters for %v, want huge-1 and latin-1", dead)
	}
	for _, r := range col.records(deadTopic) {
		orig := want[string(r.Key)]
		from, _ := header(r, sinks.HeaderTruncated)
		if from != strconv.Itoa(len(orig)) || !bytes.HasPrefix(orig, r.Value) || len(r.Value) < 1<<20-16<<10 {
			t.Errorf("dead letter %s: %d bytes kept of %d, truncated header %q", r.Key, len(r.Value), len(orig), from)
		}
	}
	if got := len(distinctKeys(col.records(articlesTopic))); got != 3 {
		t.Errorf("%d article records, want 3", got)
	}
	counted := testutil.ToFloat64(metrics.DeadLettered.WithLabelValues(extract.ClassTooLarge)) +
		testutil.ToFloat64(metrics.DeadLettered.WithLabelValues(extract.ClassNotUTF8))
	if int(counted) != len(col.records(deadTopic)) {
		t.Errorf("dead-letter counter %v, %d written", counted, len(col.records(deadTopic)))
	}
}

// Defect 2, last resort: a dead letter the broker will never take (the
// dead-letter topic's limit is below the one the pipeline was told) stops
// the pipeline with an error that says so, and the bad input's offset is
// not committed: it is not lost, the next run meets it again.
func TestUnwritableDeadLetterStopsUncommitted(t *testing.T) {
	_, addr := defaultLimitCluster(t, 1)
	setTopicConfig(t, addr, deadTopic, "max.message.bytes", "2000")
	bad := []byte(strings.Repeat("All work and no play. ", 500)) // 11 kB, over the 8 kB input limit
	publish(t, addr, []kafka.Message{article(0), {Key: []byte("bad-1"), Value: bad}, article(1)})
	m := startMember(t, addr, memberOpts{group: "g-stop", extractor: sentenceExtractor{}, workers: 1, maxBytes: 8 << 10})
	var err error
	select {
	case err = <-m.done:
		m.cancel()
		m.cancel = nil
		m.writer.Close()
		m.reader.Close()
	case <-time.After(60 * time.Second):
		t.Fatal("the pipeline did not stop")
	}
	if err == nil || !strings.Contains(err.Error(), "dead letter (too-large) refused") ||
		!strings.Contains(err.Error(), "left uncommitted") {
		t.Fatalf("error %v: want the refused dead letter and the uncommitted count named", err)
	}
	if off := committed(t, addr, "g-stop", 1)[0]; off > 1 {
		t.Errorf("committed offset %d: the input that could not be dead-lettered (offset 1) was committed", off)
	}
}

// Defect 3 of issue 6: a valid 1 MiB article of repeated sentences (one
// event each with the stand-in extractor: about 13,000) gives an article
// record bounded by the limits, schema-valid, saying how many events were
// dropped and why, and one event record per kept event; nothing is
// dead-lettered. A tighter record limit cuts events further to fit.
func TestOutputBoundedByLimits(t *testing.T) {
	var sb strings.Builder
	total := 0
	for ; sb.Len() < 1<<20-200; total++ {
		fmt.Fprintf(&sb, "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima for talks number %d. ", total)
	}
	body := sb.String()
	env, _ := json.Marshal(map[string]string{"id": "repeat-1", "body": body})
	for _, tc := range []struct {
		name                      string
		maxEvents, maxRecordBytes int
	}{
		{"max events", 1000, 0},
		{"max record bytes", 5000, 200 << 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, addr := defaultLimitCluster(t, 1)
			col := collect(t, addr, eventsTopic, articlesTopic, deadTopic)
			publish(t, addr, []kafka.Message{{Key: []byte("repeat-1"), Value: env}, article(1)})
			group := "g-bound-" + strconv.Itoa(tc.maxEvents)
			startMember(t, addr, memberOpts{group: group, extractor: sentenceExtractor{}, workers: 2,
				maxEvents: tc.maxEvents, maxRecordBytes: tc.maxRecordBytes})
			waitFor(t, 60*time.Second, "both offsets committed", func() bool { return committed(t, addr, group, 1)[0] == 2 })
			col.readToEnd(t, addr, eventsTopic, articlesTopic, deadTopic)
			if d := col.records(deadTopic); len(d) > 0 {
				class, _ := header(d[0], sinks.HeaderErrorClass)
				t.Fatalf("%d dead letters (%s); want the bounded record", len(d), class)
			}
			var rec extract.Record
			var raw []byte
			for _, r := range col.records(articlesTopic) {
				if string(r.Key) == "repeat-1" {
					raw = r.Value
				}
			}
			if err := json.Unmarshal(raw, &rec); err != nil {
				t.Fatalf("article record: %v", err)
			}
			if err := schema.Validate(schema.Article, raw); err != nil {
				t.Errorf("bounded record: %v", err)
			}
			tr := rec.Truncated
			if tr == nil || tr.EventsDropped+len(rec.Events) != total || tr.Reason == "" || len(rec.Events) > tc.maxEvents {
				t.Fatalf("record with %d events, truncated %+v; want at most %d of %d kept and the rest counted",
					len(rec.Events), tr, tc.maxEvents, total)
			}
			if tc.maxRecordBytes > 0 && (len(raw) > tc.maxRecordBytes || len(rec.Events) >= tc.maxEvents) {
				t.Errorf("record of %d bytes with %d events; want under %d bytes, cut below %d events",
					len(raw), len(rec.Events), tc.maxRecordBytes, tc.maxEvents)
			}
			kept := map[string]bool{}
			for _, e := range rec.Events {
				kept[e.ID] = true
			}
			got := map[string]bool{}
			for _, r := range col.records(eventsTopic) {
				var er extract.EventRecord
				if json.Unmarshal(r.Value, &er) == nil && er.Article.ID == "repeat-1" {
					got[er.ID] = true
				}
			}
			if len(got) != len(kept) {
				t.Errorf("%d event records of the article, its record keeps %d events", len(got), len(kept))
			}
			t.Logf("%d of %d events kept, record %d bytes: %s", len(rec.Events), total, len(raw), tr.Reason)
		})
	}
}
