package main

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// opsAddr is the address run logged for /metrics, /healthz and /readyz.
func opsAddr(t *testing.T, r *running) string {
	t.Helper()
	var addr string
	until(t, 30*time.Second, "the ops address in the log", func() bool {
		m := regexp.MustCompile(`readyz" addr=(\S+)`).FindStringSubmatch(r.logs.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	})
	return addr
}

func get(addr, path string) (int, string) {
	resp, err := http.Get("http://" + addr + path)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// watchReady polls /readyz until stopped, recording every answer that is
// not 200 with its body. stop waits for the poller to finish, so that no
// answer from after it is recorded.
func watchReady(addr string) (notReady func() []string, stop func()) {
	var seen atomic.Pointer[[]string]
	seen.Store(&[]string{})
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if code, body := get(addr, "/readyz"); code != 200 && code != 0 {
				l := append(append([]string(nil), *seen.Load()...), body)
				seen.Store(&l)
			}
		}
	}()
	var once sync.Once
	return func() []string { return *seen.Load() }, func() { once.Do(func() { close(quit); <-done }) }
}

// An authorization failure that appears while running (the user may no
// longer write news.events): /readyz turns 503 naming it, and after
// --fatal-after run stops by itself with an error naming authorization.
func TestRuntimeAuthorizationFailureStopsRun(t *testing.T) {
	acl := func(res kmsg.ACLResourceType, name string, op kmsg.ACLOperation, allow bool) kfake.ACL {
		return kfake.ACL{Resource: res, Name: name, Pattern: kmsg.ACLResourcePatternTypeLiteral, Operation: op, Allow: allow}
	}
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(2, newswireTopics...), kfake.GroupMinSessionTimeout(time.Second),
		kfake.EnableSASL(), kfake.EnableACLs(), kfake.Superuser("PLAIN", "admin", "admin-pw"),
		kfake.User("PLAIN", "newswire", "newswire-pw",
			acl(kmsg.ACLResourceTypeTopic, "*", kmsg.ACLOperationAll, true),
			acl(kmsg.ACLResourceTypeGroup, "*", kmsg.ACLOperationAll, true),
			acl(kmsg.ACLResourceTypeCluster, "kafka-cluster", kmsg.ACLOperationAll, true),
			acl(kmsg.ACLResourceTypeTopic, "news.events", kmsg.ACLOperationWrite, false)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	addr := c.ListenAddrs()[0]
	cfg := securedRun(t, addr, "g-authz", securityConfig{SASLMechanism: "PLAIN", SASLUsername: "newswire", SASLPassword: "newswire-pw"})
	cfg.MetricsAddr, cfg.FatalAfter, cfg.ShutdownTimeout = "127.0.0.1:0", 2*time.Second, 2*time.Second
	r := startRun(t, cfg)
	ops := opsAddr(t, r)
	notReady, stop := watchReady(ops)
	defer stop()
	if code, _ := get(ops, "/readyz"); code != 200 {
		t.Fatalf("/readyz %d before any failure", code)
	}
	admin, _ := securityConfig{SASLMechanism: "PLAIN", SASLUsername: "admin", SASLPassword: "admin-pw"}.build(discard())
	if _, err := publishWith(context.Background(), []string{addr}, admin.transport(), "news.raw", []kafka.Message{articleMsg("authz-1")}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = r.wait(t, 30*time.Second)
	if err == nil || !strings.Contains(err.Error(), "authorization") || !strings.Contains(err.Error(), "produce") {
		t.Fatalf("run returned %v, want an error naming the produce authorization failure", err)
	}
	t.Logf("stopped %v after the article was published: %v", time.Since(start).Round(time.Millisecond), err)
	saw := false
	for _, body := range notReady() {
		if strings.Contains(body, "authorization") {
			saw = true
		}
	}
	if !saw {
		t.Errorf("/readyz never answered 503 naming authorization; not-ready answers: %q", notReady())
	}
	if !strings.Contains(r.logs.String(), "does not heal") {
		t.Errorf("no error-level log naming the problem:\n%s", r.logs.String())
	}
}

// A topic deleted while running: the producer's unknown-topic errors (and
// the probe) stop run after --fatal-after, with an error naming it.
func TestRuntimeUnknownTopicStopsRun(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(2, newswireTopics...), kfake.GroupMinSessionTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	addr := c.ListenAddrs()[0]
	cfg := securedRun(t, addr, "g-unknown", securityConfig{})
	cfg.FatalAfter, cfg.ShutdownTimeout = 2*time.Second, 2*time.Second
	r := startRun(t, cfg)
	cl := &kafka.Client{Addr: kafka.TCP(addr)}
	resp, err := cl.DeleteTopics(context.Background(), &kafka.DeleteTopicsRequest{Topics: []string{"news.events"}})
	if err != nil || resp.Errors["news.events"] != nil {
		t.Fatalf("delete news.events: %v %v", err, resp)
	}
	if _, err := publishMessages(context.Background(), []string{addr}, "news.raw", []kafka.Message{articleMsg("unknown-1")}); err != nil {
		t.Fatal(err)
	}
	err = r.wait(t, 30*time.Second)
	if err == nil || !strings.Contains(err.Error(), "unknown-topic") {
		t.Fatalf("run returned %v, want an error naming the unknown topic", err)
	}
}

// Retriable errors (every produce of records refused with
// NOT_LEADER_FOR_PARTITION for a while) are retried with backoff and
// counted; the process stays ready, nothing is lost, and a stop is clean.
func TestRetriableErrorsAreRetried(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(2, newswireTopics...), kfake.GroupMinSessionTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var failing atomic.Bool
	var refused, first atomic.Int64 // refusals, and when the first was (unix ns)
	failing.Store(true)
	c.ControlKey(int16(kmsg.Produce), func(kr kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		req := kr.(*kmsg.ProduceRequest)
		if !failing.Load() || len(req.Topics) == 0 || req.Topics[0].Topic == "news.raw" {
			return nil, nil, false
		}
		if refused.Add(1) == 1 {
			first.Store(time.Now().UnixNano())
		}
		resp := req.ResponseKind().(*kmsg.ProduceResponse)
		for _, t := range req.Topics {
			rt := kmsg.NewProduceResponseTopic()
			rt.Topic = t.Topic
			for _, p := range t.Partitions {
				rp := kmsg.NewProduceResponseTopicPartition()
				rp.Partition, rp.ErrorCode = p.Partition, 6 // NOT_LEADER_FOR_PARTITION
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp, nil, true
	})
	addr := c.ListenAddrs()[0]
	cfg := securedRun(t, addr, "g-retry", securityConfig{})
	cfg.MetricsAddr, cfg.FatalAfter = "127.0.0.1:0", 2*time.Second
	r := startRun(t, cfg)
	ops := opsAddr(t, r)
	notReady, stop := watchReady(ops)
	defer stop()
	if _, err := publishMessages(context.Background(), []string{addr}, "news.raw", []kafka.Message{articleMsg("retry-1"), articleMsg("retry-2")}); err != nil {
		t.Fatal(err)
	}
	metric := regexp.MustCompile(`newswire_kafka_errors_total\{class="retriable",op="produce"\} (\d+)`)
	until(t, 60*time.Second, "a retriable produce error counted", func() bool {
		_, body := get(ops, "/metrics")
		return metric.MatchString(body)
	})
	// Longer than --fatal-after: retriable errors never stop the process.
	until(t, 60*time.Second, "refusals for longer than --fatal-after", func() bool {
		return refused.Load() > 0 && time.Since(time.Unix(0, first.Load())) > 3*time.Second
	})
	failing.Store(false)
	until(t, 60*time.Second, "both records after the refusals end", func() bool {
		return fileHas(cfg.File, `"id":"retry-1"`) && fileHas(cfg.File, `"id":"retry-2"`)
	})
	stop()
	if err := r.stop(t); err != nil {
		t.Fatalf("run: %v", err)
	}
	if n := notReady(); len(n) > 0 {
		t.Errorf("/readyz answered not ready during retriable errors: %q", n)
	}
	t.Logf("%d produce requests refused", refused.Load())
}
