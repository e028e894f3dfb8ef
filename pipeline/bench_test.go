package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
)

// benchCorpus loads the BBC articles (JSON lines) from the shared corpus
// next to the repository, or NEWSWIRE_BENCH_CORPUS; it skips when absent.
func benchCorpus(b *testing.B) (values [][]byte, words []int) {
	path := os.Getenv("NEWSWIRE_BENCH_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "shared", "corpus", "bbc", "articles.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var env map[string]any
		if json.Unmarshal(sc.Bytes(), &env) != nil {
			continue
		}
		// The message key becomes the article id: the corpus's own ids
		// repeat as the benchmark cycles through it, and the latency
		// benchmark matches records to messages by key.
		delete(env, "id")
		v, err := json.Marshal(env)
		if err != nil {
			continue
		}
		body, _ := env["body"].(string)
		values = append(values, v)
		words = append(words, len(strings.Fields(body)))
	}
	if len(values) == 0 {
		b.Skipf("no articles in %s", path)
	}
	return values, words
}

// benchMessages makes n messages cycling through the corpus, with unique
// keys (the key is the article id when the envelope has none).
func benchMessages(values [][]byte, words []int, n int, tag string) ([]kafka.Message, int) {
	msgs := make([]kafka.Message, n)
	total := 0
	for i := range msgs {
		j := i % len(values)
		msgs[i] = kafka.Message{Key: []byte(fmt.Sprintf("%s-%d", tag, i)), Value: values[j]}
		total += words[j]
	}
	return msgs, total
}

// BenchmarkExtractOneCore is the extractor alone on one goroutine: the
// baseline the pipeline's throughput is compared with.
func BenchmarkExtractOneCore(b *testing.B) {
	values, words := benchCorpus(b)
	x := newExtractor(b)
	dec := extract.Decoder{}
	ctx := context.Background()
	total := 0
	b.ResetTimer()
	for i := range b.N {
		j := i % len(values)
		a, err := dec.Decode("a", values[j])
		if err != nil {
			continue
		}
		if _, err := x.Extract(ctx, a); err != nil {
			b.Fatal(err)
		}
		total += words[j]
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/s, "articles/s")
	b.ReportMetric(float64(total)/s, "words/s")
}

// BenchmarkPipelineThroughput measures the pipeline working through a
// backlog: b.N articles are published to the embedded broker first, then a
// member (one worker per CPU) consumes them, extracts, and publishes every
// record to news.events and news.articles. articles/s and words/s are taken
// from the first article record's arrival to the last, so the group join
// and the load generator's publishing are not counted; the broker, both
// Kafka clients, JSON and a consumer reading the output are.
func BenchmarkPipelineThroughput(b *testing.B) {
	values, words := benchCorpus(b)
	addr := startBroker(b, 6)
	x := newExtractor(b)
	c := collect(b, addr, articlesTopic)
	msgs, totalWords := benchMessages(values, words, b.N, "t")
	publish(b, addr, msgs)
	defer debug.SetGCPercent(debug.SetGCPercent(pipeline.DefaultGCPercent)) // as `newswire run` does
	b.ResetTimer()
	startMember(b, addr, memberOpts{group: "bench", extractor: x, workers: benchWorkers()})
	waitFor(b, 10*time.Minute, "every article record", func() bool { return len(c.records(articlesTopic)) >= b.N })
	b.StopTimer()
	at := c.arrivals(articlesTopic)
	if len(at) < 2 || !at[len(at)-1].After(at[0]) {
		return // the b.N=1 probe run: nothing to time
	}
	s := at[len(at)-1].Sub(at[0]).Seconds()
	n := float64(len(at) - 1)
	b.ReportMetric(n/s, "articles/s")
	b.ReportMetric(float64(totalWords)*n/float64(b.N)/s, "words/s")
}

// BenchmarkPipelineLatency publishes b.N corpus articles at a steady rate
// (NEWSWIRE_BENCH_RATE articles/s; by default half of a throughput
// measured first) and reports publish-to-visible latency: to the article's
// first event on news.events (event-p50/p99-ms, when the extractor finds
// events) and to its article record on news.articles (p50/p99-ms).
func BenchmarkPipelineLatency(b *testing.B) {
	values, words := benchCorpus(b)
	addr := startBroker(b, 6)
	x := newExtractor(b)

	var mu sync.Mutex
	sent := map[string]time.Time{}
	var recLat, evLat []float64
	seenEv := map[string]bool{}
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ConsumeTopics(articlesTopic, eventsTopic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(50*time.Millisecond))
	if err != nil {
		b.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan struct{}, 1<<16)
	go func() {
		for ctx.Err() == nil {
			fs := cl.PollFetches(ctx)
			now := time.Now()
			mu.Lock()
			fs.EachRecord(func(r *kgo.Record) {
				switch r.Topic {
				case articlesTopic:
					if t0, ok := sent[string(r.Key)]; ok {
						recLat = append(recLat, now.Sub(t0).Seconds()*1000)
						got <- struct{}{}
					}
				case eventsTopic:
					var er extract.EventRecord
					if json.Unmarshal(r.Value, &er) == nil && !seenEv[er.Article.ID] {
						if t0, ok := sent[er.Article.ID]; ok {
							seenEv[er.Article.ID] = true
							evLat = append(evLat, now.Sub(t0).Seconds()*1000)
						}
					}
				}
			})
			mu.Unlock()
		}
	}()
	defer debug.SetGCPercent(debug.SetGCPercent(pipeline.DefaultGCPercent)) // as `newswire run` does
	startMember(b, addr, memberOpts{group: "bench-lat", extractor: x, workers: benchWorkers()})

	w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: rawTopic, Balancer: &kafka.Hash{}, RequiredAcks: kafka.RequireAll,
		BatchTimeout: time.Millisecond, Async: true, BatchBytes: 32 << 20}
	defer w.Close()
	send := func(m kafka.Message) {
		mu.Lock()
		sent[string(m.Key)] = time.Now()
		mu.Unlock()
		w.WriteMessages(ctx, m)
	}

	rate, _ := strconv.ParseFloat(os.Getenv("NEWSWIRE_BENCH_RATE"), 64)
	if rate <= 0 {
		// Calibrate: full speed for a while, then half of that.
		cal, _ := benchMessages(values, words, 400, "cal")
		start := time.Now()
		for _, m := range cal {
			send(m)
		}
		for range cal {
			<-got
		}
		rate = float64(len(cal)) / time.Since(start).Seconds() / 2
	} else {
		send(kafka.Message{Key: []byte("warm-up"), Value: values[0]})
		<-got
	}
	mu.Lock()
	recLat, evLat = nil, nil
	mu.Unlock()

	msgs, _ := benchMessages(values, words, b.N, "l")
	interval := time.Duration(float64(time.Second) / rate)
	b.ResetTimer()
	next := time.Now()
	for _, m := range msgs {
		if d := time.Until(next); d > 0 {
			time.Sleep(d) // pacing the load generator, not synchronisation
		}
		send(m)
		next = next.Add(interval)
	}
	deadline := time.After(5 * time.Minute)
	for range msgs {
		select {
		case <-got:
		case <-deadline:
			b.Fatal("records did not all arrive within 5 minutes")
		}
	}
	b.StopTimer()
	time.Sleep(100 * time.Millisecond) // let the last events arrive
	mu.Lock()
	defer mu.Unlock()
	b.ReportMetric(rate, "articles/s-offered")
	b.ReportMetric(pct(recLat, 50), "p50-ms")
	b.ReportMetric(pct(recLat, 99), "p99-ms")
	if len(evLat) > 0 {
		b.ReportMetric(pct(evLat, 50), "event-p50-ms")
		b.ReportMetric(pct(evLat, 99), "event-p99-ms")
	}
}

func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p / 100)
	return s[i]
}

// benchWorkers is the pipeline's worker count in the benchmarks: one per
// CPU, as `newswire run` defaults to, or NEWSWIRE_BENCH_WORKERS.
func benchWorkers() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSWIRE_BENCH_WORKERS")); err == nil && n > 0 {
		return n
	}
	return runtime.NumCPU()
}
