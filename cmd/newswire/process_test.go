package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/newswire/newswire/embedded"
	"github.com/newswire/newswire/extract"
)

// newswireProc starts `newswire run` as a child process against brokers.
func newswireProc(t *testing.T, brokers string, extra ...string) *exec.Cmd {
	t.Helper()
	args := append([]string{"run", "--brokers", brokers, "--group", "proc", "--metrics-addr", "",
		"--session-timeout", "2s", "--log-level", "warn"}, extra...)
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "NEWSWIRE_TEST_MAIN=1")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd
}

// articleRecords follows news.articles (and news.events) and counts
// records per key.
type articleRecords struct {
	events map[string]int
	mu     sync.Mutex
	keys   map[string]int
	n      int
}

func follow(t *testing.T, addr string) *articleRecords {
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ConsumeTopics("news.articles", "news.events"),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	a := &articleRecords{keys: map[string]int{}, events: map[string]int{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
				a.mu.Lock()
				if r.Topic == "news.events" {
					a.events[string(r.Key)]++
				} else {
					a.keys[string(r.Key)]++
					a.n++
				}
				a.mu.Unlock()
			})
		}
	}()
	t.Cleanup(func() { cancel(); <-done; cl.Close() })
	return a
}

func (a *articleRecords) total() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.n
}

func (a *articleRecords) distinct() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.keys)
}

func until(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The real binary (real extractor), killed with SIGKILL mid-stream, loses
// nothing: a second process finishes the stream, every article has its
// record and every event id the extractor gives these articles is on
// news.events (re-delivered articles give the same ids). The second process
// then gets SIGTERM, exits 0 within its bound and leaves every offset
// committed.
func TestProcessSIGKILLThenSIGTERM(t *testing.T) {
	const n, parts = 600, 4
	b, err := embedded.Start(embedded.Config{Topics: []string{"news.raw", "news.events", "news.articles", "news.deadletter"},
		Partitions: parts})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	recs := follow(t, b.Addr())
	var msgs []kafka.Message
	for i := range n {
		body := fmt.Sprintf("Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on March %d. Wire %d.", i%28+1, i)
		js, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("p-%d", i), "body": body})
		msgs = append(msgs, kafka.Message{Key: []byte(fmt.Sprintf("p-%d", i)), Value: js})
	}

	first := newswireProc(t, b.Addr())
	// Publish in small chunks while the first process consumes.
	published := make(chan error, 1)
	go func() {
		for i := 0; i < n; i += 20 {
			if _, err := publishMessages(context.Background(), []string{b.Addr()}, "news.raw", msgs[i:i+20]); err != nil {
				published <- err
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
		published <- nil
	}()
	until(t, 60*time.Second, "a first share of records", func() bool { return recs.distinct() >= n/4 })
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	killedAt := recs.distinct()
	if err := <-published; err != nil {
		t.Fatal(err)
	}

	second := newswireProc(t, b.Addr())
	until(t, 60*time.Second, "every article record", func() bool { return recs.distinct() == n })
	// The event ids the extractor gives the same articles.
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, m := range msgs {
		a, err := extract.Decoder{}.Decode(string(m.Key), m.Value)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range rec.Events {
			want[e.ID] = true
		}
	}
	until(t, 10*time.Second, "every event id", func() bool {
		recs.mu.Lock()
		defer recs.mu.Unlock()
		for id := range want {
			if recs.events[id] == 0 {
				return false
			}
		}
		return true
	})
	recs.mu.Lock()
	if len(recs.events) != len(want) {
		t.Errorf("%d distinct event ids on news.events, the extractor gives %d", len(recs.events), len(want))
	}
	recs.mu.Unlock()
	t.Logf("SIGKILL after %d of %d articles; %d records in all", killedAt, n, recs.total())

	start := time.Now()
	second.Process.Signal(syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- second.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no exit within 30 s of SIGTERM")
	}
	t.Logf("exited %v after SIGTERM", time.Since(start).Round(time.Millisecond))

	cl := &kafka.Client{Addr: kafka.TCP(b.Addr()), Timeout: 10 * time.Second}
	resp, err := cl.OffsetFetch(context.Background(), &kafka.OffsetFetchRequest{GroupID: "proc",
		Topics: map[string][]int{"news.raw": {0, 1, 2, 3}}})
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for _, p := range resp.Topics["news.raw"] {
		total += p.CommittedOffset
	}
	if total != n {
		t.Errorf("committed offsets add up to %d, want %d", total, n)
	}
}
