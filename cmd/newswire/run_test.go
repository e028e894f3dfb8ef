package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/embedded"
	"github.com/newswire/newswire/pipeline"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// `newswire run` with no brokers starts the embedded broker and says so;
// the file and stdout sinks write JSON lines; bad input is dead-lettered
// even when records go to files only.
func TestRunEmbeddedWithFileAndStdoutSinks(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "records.jsonl")
	var logs, stdout syncBuffer
	log, _ := newLogger(&logs, "json", "info")
	c := runConfig{EmbeddedAddr: "127.0.0.1:0", Partitions: 2, Group: "g", InputTopic: "news.raw",
		EventsTopic: "news.events", ArticlesTopic: "news.articles", DeadLetterTopic: "news.deadletter",
		Sinks: "file,stdout", File: file, JSONLRecords: "all", Workers: 2, MaxBytes: 1 << 20,
		BatchTimeout: 2 * time.Millisecond, SessionTimeout: 2 * time.Second, ShutdownTimeout: 5 * time.Second,
		WithText: true}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	brokers := make(chan []string, 1)
	done := make(chan error, 1)
	go func() { done <- runPipeline(ctx, c, log, &stdout, func(b []string) { brokers <- b }) }()
	var bs []string
	select {
	case bs = <-brokers:
	case err := <-done:
		t.Fatal(err)
	}
	sample, err := readArticles(filepath.Join("..", "..", sampleArticle), nil)
	if err != nil {
		t.Fatal(err)
	}
	msgs := append(sample, kafka.Message{Key: []byte("empty")})
	if _, err := publishMessages(ctx, bs, "news.raw", msgs); err != nil {
		t.Fatal(err)
	}
	until(t, 30*time.Second, "the record in the file", func() bool {
		b, _ := os.ReadFile(file)
		return bytes.Contains(b, []byte(`"id":"north-news-2025-05-31"`))
	})
	until(t, 10*time.Second, "the dead letter", func() bool { return strings.Contains(logs.String(), "dead-lettered") })
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
	if !strings.Contains(logs.String(), "embedded Kafka broker") {
		t.Errorf("log does not say the embedded broker started:\n%s", logs.String())
	}
	b, _ := os.ReadFile(file)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("file line is not JSON: %s", line)
		}
	}
	if !strings.Contains(stdout.String(), `"schema":"newswire.article/v1"`) {
		t.Errorf("stdout sink wrote %q", stdout.String())
	}
	// --with-text: the article record carries the text its spans index
	withText := false
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r struct {
			ID, Text string
		}
		if json.Unmarshal([]byte(line), &r) == nil && r.ID == "north-news-2025-05-31" && r.Text != "" {
			withText = strings.HasPrefix(r.Text, "The North News")
		}
	}
	if !withText {
		t.Error("--with-text: no article record with the sample's text")
	}
}

func TestOpsEndpoints(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := pipeline.NewMetrics(reg)
	m.Events.WithLabelValues("meeting").Inc()
	m.DeadLettered.WithLabelValues("empty").Inc()
	m.Lag.WithLabelValues("news.raw", "0").Set(3)
	var ready atomic.Bool
	log, _ := newLogger(io.Discard, "text", "error")
	stop, addr, err := serveOps("127.0.0.1:0", reg, &ready, log)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz %d", code)
	}
	if code, _ := get("/readyz"); code != 503 {
		t.Errorf("/readyz before ready: %d", code)
	}
	ready.Store(true)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz when ready: %d", code)
	}
	_, body := get("/metrics")
	for _, name := range []string{"newswire_articles_consumed_total", "newswire_articles_processed_total",
		`newswire_articles_deadlettered_total{class="empty"}`, `newswire_events_produced_total{type="meeting"}`,
		"newswire_extraction_seconds_bucket", "newswire_end_to_end_seconds_bucket",
		`newswire_consumer_lag{partition="0",topic="news.raw"}`} {
		if !strings.Contains(body, name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
}

// Against a cluster that lacks a topic, run stops at once naming it.
func TestRunMissingTopic(t *testing.T) {
	b, err := embedded.Start(embedded.Config{Topics: []string{"news.raw", "news.events", "news.articles"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var out, errb syncBuffer
	code := mainCode([]string{"run", "--brokers", b.Addr(), "--metrics-addr", ""}, nil, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "news.deadletter") {
		t.Errorf("exit %d, stderr %s", code, errb.String())
	}
}

// SIGTERM while `run` is still starting (an orchestrator scaling down a
// pod that has not begun consuming) is a clean stop, exit 0: nothing was
// fetched, so nothing is left to deliver. (The chaos test's scale-downs
// met it as exit 1, "Metadata: context canceled".)
func TestRunStoppedWhileStarting(t *testing.T) {
	b, err := embedded.Start(embedded.Config{Topics: []string{"news.raw", "news.events", "news.articles", "news.deadletter"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the signal came before the consumer started
	var out, errb syncBuffer
	code := runCmd(ctx, []string{"--brokers", b.Addr(), "--metrics-addr", ""}, nil, &out, &errb)
	if code != 0 || !strings.Contains(errb.String(), "stopped before consuming") {
		t.Errorf("exit %d, stderr %s", code, errb.String())
	}
}
