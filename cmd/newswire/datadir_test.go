package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

func TestResolveDataDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/var/state")
	t.Setenv("HOME", "/home/ana")
	for in, want := range map[string]string{
		defaultDataDir: "/var/state/newswire/kafka",
		"~/nw":         "/home/ana/nw",
		"./data":       "./data",
		"":             "",
	} {
		if got := resolveDataDir(in); got != want {
			t.Errorf("resolveDataDir(%q) = %q, want %q", in, got, want)
		}
	}
	t.Setenv("XDG_STATE_HOME", "")
	if got := resolveDataDir(defaultDataDir); got != "/home/ana/.local/state/newswire/kafka" {
		t.Errorf("without XDG_STATE_HOME: %q", got)
	}
}

// The embedded broker keeps its data: articles published, the pipeline
// stopped mid-stream (as on SIGTERM), started again on the same data
// directory: every article has its record, and the stop logged how many
// were still queued.
func TestEmbeddedDataSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "kafka")
	file := filepath.Join(dir, "records.jsonl")
	c := runConfig{EmbeddedAddr: "127.0.0.1:0", EmbeddedData: data, Partitions: 3, Group: "g", InputTopic: "news.raw",
		EventsTopic: "news.events", ArticlesTopic: "news.articles", DeadLetterTopic: "news.deadletter",
		Sinks: "file", File: file, JSONLRecords: "articles", Workers: 1, MaxBytes: 1 << 20,
		BatchTimeout: 2 * time.Millisecond, SessionTimeout: 2 * time.Second, ShutdownTimeout: 10 * time.Second}
	const n = 600
	var msgs []kafka.Message
	want := map[string]bool{}
	for i := range n {
		id := fmt.Sprintf("keep-%03d", i)
		body := fmt.Sprintf("Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on March %d. The two ministers signed an agreement on fisheries number %d.", i%28+1, i)
		js, _ := json.Marshal(map[string]string{"id": id, "published": "2026-03-01", "body": body})
		msgs = append(msgs, kafka.Message{Key: []byte(id), Value: js})
		want[id] = true
	}
	ids := func() map[string]int {
		got := map[string]int{}
		b, _ := os.ReadFile(file)
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var r struct{ ID string }
			if json.Unmarshal(sc.Bytes(), &r) == nil {
				got[r.ID]++
			}
		}
		return got
	}
	run := func(publish bool, stopWhen func() bool) string {
		var logs syncBuffer
		log, _ := newLogger(&logs, "text", "info")
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		brokers := make(chan []string, 1)
		done := make(chan error, 1)
		go func() { done <- runPipeline(ctx, c, log, nil, func(b []string) { brokers <- b }) }()
		var bs []string
		select {
		case bs = <-brokers:
		case err := <-done:
			t.Fatal(err)
		}
		if publish {
			if _, err := publishMessages(ctx, bs, "news.raw", msgs); err != nil {
				t.Fatal(err)
			}
		}
		until(t, 120*time.Second, "the stop condition", stopWhen)
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("run: %v", err)
			}
		case <-time.After(60 * time.Second):
			t.Fatal("run did not stop within 60 s")
		}
		return logs.String()
	}
	// First run: stop after a few records, mid-stream.
	logs := run(true, func() bool { return len(ids()) >= 5 })
	first := len(ids())
	m := regexp.MustCompile(`embedded broker stopping"? queued=(\d+)`).FindStringSubmatch(logs)
	if m == nil {
		t.Fatalf("the stop did not log the backlog:\n%s", logs)
	}
	queued, _ := strconv.Atoi(m[1])
	if queued+first < n-50 { // what was processed plus what is queued is the stream (give or take uncommitted work)
		t.Errorf("logged %d queued after %d processed of %d", queued, first, n)
	}
	t.Logf("stopped after %d of %d articles; %d logged as queued", first, n, queued)
	if !strings.Contains(logs, "kept_in="+data) {
		t.Errorf("the stop does not say where the backlog is kept:\n%s", logs)
	}
	// Second run on the same directory, publishing nothing: everything
	// arrives.
	logs = run(false, func() bool { return len(ids()) == n })
	if !strings.Contains(logs, "restored=true") {
		t.Errorf("second start does not say it restored the data:\n%s", logs)
	}
	got := ids()
	for id := range want {
		if got[id] == 0 {
			t.Errorf("article %s lost across the restart", id)
		}
	}
	if first >= n {
		t.Logf("the first run finished everything before it was stopped; the restart only re-checked")
	}
}

// The embedded broker's data survives the process being killed (SIGKILL:
// no clean shutdown of the broker): articles published, `run` killed
// mid-stream, started again on the same directory: every article has its
// record.
func TestEmbeddedDataSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the binary twice")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "kafka")
	file := filepath.Join(dir, "records.jsonl")
	start := func() (*exec.Cmd, string, *syncBuffer) {
		cmd := exec.Command(os.Args[0], "run", "--embedded-addr", "127.0.0.1:0", "--embedded-data", data,
			"--partitions", "3", "--sinks", "file", "--file", file, "--workers", "1", "--metrics-addr", "",
			"--session-timeout", "2s", "--log-format", "text")
		cmd.Env = append(os.Environ(), "NEWSWIRE_TEST_MAIN=1")
		logs := &syncBuffer{}
		cmd.Stderr = logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		var addr string
		until(t, 60*time.Second, "the embedded broker's address", func() bool {
			m := regexp.MustCompile(`started embedded Kafka broker.* addr=(\S+)`).FindStringSubmatch(logs.String())
			if m != nil && strings.Contains(logs.String(), "msg=consuming") {
				addr = m[1]
				return true
			}
			return false
		})
		return cmd, addr, logs
	}
	const n = 400
	var msgs []kafka.Message
	for i := range n {
		id := fmt.Sprintf("kill-%03d", i)
		body := fmt.Sprintf("Trade Minister Li Wei met Foreign Minister Ana Soto in Quito on May %d. They signed accord number %d.", i%28+1, i)
		js, _ := json.Marshal(map[string]string{"id": id, "published": "2026-05-01", "body": body})
		msgs = append(msgs, kafka.Message{Key: []byte(id), Value: js})
	}
	count := func() map[string]bool {
		got := map[string]bool{}
		b, _ := os.ReadFile(file)
		for _, m := range regexp.MustCompile(`"id":"(kill-\d+)"`).FindAllStringSubmatch(string(b), -1) {
			got[m[1]] = true
		}
		return got
	}
	cmd, addr, _ := start()
	if _, err := publishMessages(context.Background(), []string{addr}, "news.raw", msgs); err != nil {
		t.Fatal(err)
	}
	until(t, 120*time.Second, "a few records", func() bool { return len(count()) >= 5 })
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	first := len(count())
	_, _, logs := start()
	until(t, 180*time.Second, "every article after the restart", func() bool { return len(count()) == n })
	if !strings.Contains(logs.String(), "restored=true") {
		t.Errorf("the restart did not restore the data:\n%s", logs.String())
	}
	t.Logf("killed after %d of %d articles; all %d there after the restart", first, n, n)
}
