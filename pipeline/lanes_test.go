package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
)

// heavy holds every article whose id starts with "huge" until released,
// as a slow extraction of a huge input would; others go through.
type heavy struct {
	x       sentenceExtractor
	started atomic.Int32
	release chan struct{}
}

func (h *heavy) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	if strings.HasPrefix(a.ID, "huge") {
		h.started.Add(1)
		select {
		case <-h.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return h.x.Extract(ctx, a)
}

// Defect 6 of issue 6: huge inputs never hold up normal articles. With two
// workers and two huge inputs whose extraction does not finish, every
// normal article published after them still gets its record (before, both
// workers sat on the huge ones and everything behind them waited). Once
// the huge ones finish, every partition is committed to its end: lanes do
// not break the commit order.
func TestHugeInputsDoNotStallOthers(t *testing.T) {
	const parts = 3
	addr := startBroker(t, parts)
	col := collect(t, addr, articlesTopic)
	h := &heavy{release: make(chan struct{})}
	big := strings.Repeat("Officials met in Oslo on Monday. ", 3000) // 99 kB
	var msgs []kafka.Message
	for i := range 2 {
		id := fmt.Sprintf("huge-%d", i)
		msgs = append(msgs, kafka.Message{Key: []byte(id), Value: []byte(big)})
	}
	small := articles(30)
	msgs = append(msgs, small...)
	publish(t, addr, msgs)
	startMember(t, addr, memberOpts{group: "g-lanes", extractor: h, workers: 2, largeBytes: 64 << 10})
	want := map[string]bool{}
	for _, s := range small {
		want[string(s.Key)] = true
	}
	waitFor(t, 60*time.Second, "every normal article's record while the huge ones are held", func() bool {
		n, _ := missing(want, col.records(articlesTopic))
		return n == 0
	})
	if got := h.started.Load(); got > 1 {
		t.Errorf("%d huge inputs extracting at once; the large lane has one worker", got)
	}
	close(h.release)
	end := endOffsets(t, addr, rawTopic)
	waitFor(t, 60*time.Second, "every partition committed to its end", func() bool {
		off := committed(t, addr, "g-lanes", parts)
		for p, e := range end {
			if off[p] != e {
				return false
			}
		}
		return true
	})
}

// BenchmarkSmallLatencyWithHugeInputs measures normal articles' latency
// (publish to article record) while 1 MiB inputs arrive among them, with
// the large lane (default threshold) and without it (as before). b.N small
// articles (the generated wires, real extractor) are published at
// NEWSWIRE_BENCH_RATE articles/s (default 10), with a 1 MiB input of the
// same kind of text after every b.N/8 of them (eight in all).
func BenchmarkSmallLatencyWithHugeInputs(b *testing.B) {
	rate := 10.0
	if r, err := strconv.ParseFloat(os.Getenv("NEWSWIRE_BENCH_RATE"), 64); err == nil && r > 0 {
		rate = r
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20-4096; i++ {
		var env struct{ Body string }
		json.Unmarshal(article(i).Value, &env)
		sb.WriteString(env.Body + " ")
	}
	hugeBody, _ := json.Marshal(map[string]string{"body": sb.String()})
	for _, lane := range []struct {
		name  string
		large int
	}{{"lane", 0}, {"no-lane", -1}} {
		b.Run(lane.name, func(b *testing.B) {
			addr := startBroker(b, 6)
			x := newExtractor(b)
			var mu sync.Mutex
			sent := map[string]time.Time{}
			var lat []float64
			got := make(chan struct{}, 1<<16)
			cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ConsumeTopics(articlesTopic),
				kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(50*time.Millisecond))
			if err != nil {
				b.Fatal(err)
			}
			defer cl.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() {
				for ctx.Err() == nil {
					fs := cl.PollFetches(ctx)
					now := time.Now()
					mu.Lock()
					fs.EachRecord(func(r *kgo.Record) {
						if t0, ok := sent[string(r.Key)]; ok {
							lat = append(lat, now.Sub(t0).Seconds()*1000)
							got <- struct{}{}
						}
					})
					mu.Unlock()
				}
			}()
			defer debug.SetGCPercent(debug.SetGCPercent(pipeline.DefaultGCPercent))
			startMember(b, addr, memberOpts{group: "bench-lanes", extractor: x, workers: benchWorkers(),
				largeBytes: lane.large, shutdown: time.Second}) // huge ones left at the end are abandoned
			w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: rawTopic, Balancer: &kafka.Hash{},
				RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond, Async: true, BatchBytes: 32 << 20}
			defer w.Close()
			interval := time.Duration(float64(time.Second) / rate)
			every := max(b.N/8, 1)
			b.ResetTimer()
			next := time.Now()
			for i := range b.N {
				if i%every == 0 {
					w.WriteMessages(ctx, kafka.Message{Key: []byte(fmt.Sprintf("huge-%d", i)), Value: hugeBody})
				}
				if d := time.Until(next); d > 0 {
					time.Sleep(d) // pacing the load generator, not synchronisation
				}
				m := article(100000 + i)
				mu.Lock()
				sent[string(m.Key)] = time.Now()
				mu.Unlock()
				w.WriteMessages(ctx, m)
				next = next.Add(interval)
			}
			deadline := time.After(10 * time.Minute)
			for range b.N {
				select {
				case <-got:
				case <-deadline:
					b.Fatal("records did not all arrive within 10 minutes")
				}
			}
			b.StopTimer()
			mu.Lock()
			defer mu.Unlock()
			b.ReportMetric(pct(lat, 50), "small-p50-ms")
			b.ReportMetric(pct(lat, 90), "small-p90-ms")
			b.ReportMetric(pct(lat, 99), "small-p99-ms")
		})
	}
}
