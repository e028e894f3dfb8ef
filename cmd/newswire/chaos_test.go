package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/kafkatest"
	"github.com/newswire/newswire/sinks"
)

// chaosBrokerEnv makes the test binary the chaos test's broker process
// (kafkatest.Serve; see TestMain).
const chaosBrokerEnv = "NEWSWIRE_TEST_CHAOS_BROKER"

var chaosTopics = []string{"news.raw", "news.events", "news.articles", "news.deadletter"}

const chaosPartitions = 6

func chaosBrokerMain() int {
	return kafkatest.Serve(kafkatest.Config{Topics: chaosTopics, Partitions: chaosPartitions}, os.Stdin, os.Stdout)
}

// The chaos settings: consumers run with a 2 s session timeout; a partition
// with lag whose committed offset does not move for longer than that plus
// chaosMargin fails the test (a stalled group).
const (
	chaosSession  = 2 * time.Second
	chaosMargin   = 30 * time.Second
	chaosMaxBytes = 64 << 10
)

// TestChaos runs the pipeline the way operators break it. A broker in a
// process of its own (kfake, over TCP, watching every offset commit and
// what it left committed);
// 3,000 articles with poison mixed in (bad JSON, not UTF-8, over the size
// limit), published while the group consumes; consumers that are real
// `newswire run` processes (the real extractor), three SIGKILLed and
// restarted, one added and one stopped (a scale-up and a scale-down), while
// the broker fails some produce, fetch and commit requests. It checks that
// no article is lost (every good id has its article record), every poison
// input is dead-lettered with its class, duplicates carry identical event
// ids, no committed offset ever moved back, every offset ends committed, and
// that no partition stays idle with lag for longer than the session
// timeout plus a margin (a stalled group fails at once). Skipped with -short.
func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("a few minutes of processes and faults; skipped with -short")
	}
	const n = 3000
	br := startChaosBroker(t)
	addr := br.addr

	msgs, good, poison := chaosInput(n)
	out := followChaos(t, addr)
	watch := watchLag(t, addr, "chaos", chaosSession+chaosMargin)

	// Publish in chunks, keeping a bounded backlog, so that the stream lasts
	// through every kill and rebalance below.
	pubCtx, stopPub := context.WithCancel(context.Background())
	defer stopPub()
	published := make(chan error, 1)
	go func() {
		w := &kafka.Writer{Addr: kafka.TCP(addr), Topic: "news.raw", Balancer: &kafka.Hash{},
			RequiredAcks: kafka.RequireAll, BatchTimeout: 2 * time.Millisecond, BatchSize: 100, BatchBytes: 8 << 20}
		defer w.Close()
		for i := 0; i < len(msgs); i += 100 {
			for pubCtx.Err() == nil && i-out.settled() > 400 {
				time.Sleep(20 * time.Millisecond) // pacing the load generator
			}
			if err := w.WriteMessages(pubCtx, msgs[i:min(i+100, len(msgs))]...); err != nil {
				published <- err
				return
			}
		}
		published <- nil
	}()

	cs := &consumers{t: t, addr: addr, dir: t.TempDir()}
	t.Cleanup(cs.killAll)
	t.Cleanup(func() {
		if t.Failed() {
			cs.dumpLogs(t)
		}
	})
	c1, c2 := cs.start("c1"), cs.start("c2")
	var events []chaosEvent
	mark := func(what string) {
		events = append(events, chaosEvent{what: what, at: time.Now(), settled: out.settled()})
		t.Logf("%s at %d of %d inputs settled", what, out.settled(), len(msgs))
	}
	progress := func(frac float64) {
		t.Helper()
		want := int(frac * float64(len(msgs)))
		chaosWait(t, watch, 3*time.Minute, fmt.Sprintf("%d inputs settled", want), func() bool { return out.settled() >= want })
	}

	progress(0.05)
	for _, f := range []struct {
		key, code int16
		every     int
		topics    []string
	}{
		{kafkatest.Produce, 6, 20, []string{"news.events", "news.articles", "news.deadletter"}}, // NOT_LEADER_OR_FOLLOWER
		{kafkatest.Fetch, 6, 25, []string{"news.raw"}},                                          // NOT_LEADER_OR_FOLLOWER
		{kafkatest.OffsetCommit, 14, 8, nil},                                                    // COORDINATOR_LOAD_IN_PROGRESS
	} {
		br.inject(t, f.key, f.code, f.every, f.topics...)
	}
	mark("faults on")

	progress(0.15)
	c1.kill()
	mark("SIGKILL c1")
	c1 = cs.start("c1'")

	progress(0.30)
	c3 := cs.start("c3")
	mark("scale-up: c3 joins")

	progress(0.45)
	c2.kill()
	mark("SIGKILL c2")
	c2 = cs.start("c2'")

	progress(0.60)
	// c3 has a share of the partitions and works on them.
	chaosWait(t, watch, 2*time.Minute, "c3 to consume", func() bool { return c3.consumed() > 0 })
	c3.term(t)
	mark("scale-down: c3 stopped (SIGTERM)")

	progress(0.75)
	c1.kill()
	mark("SIGKILL c1'")
	c1 = cs.start("c1''")

	if err := <-published; err != nil {
		t.Fatalf("publish: %v", err)
	}
	chaosWait(t, watch, 3*time.Minute, "every good article's record and every dead letter", func() bool {
		return out.missing(good, poison) == 0
	})
	mark("all inputs settled")
	for _, key := range []int16{kafkatest.Produce, kafkatest.Fetch, kafkatest.OffsetCommit} {
		br.inject(t, key, 0, 0)
	}
	end := chaosEnd(t, addr)
	chaosWait(t, watch, 2*time.Minute, "every partition committed to its end", func() bool {
		return slices.Equal(chaosCommitted(t, addr, "chaos"), end)
	})
	for _, c := range []*consumer{c1, c2} {
		c.term(t)
	}
	if got := chaosCommitted(t, addr, "chaos"); !slices.Equal(got, end) {
		t.Errorf("after the graceful stops: committed %v, end offsets %v", got, end)
	}
	watch.stop()
	for _, s := range watch.stalls() {
		t.Errorf("stalled: %s", s)
	}

	// Everything the consumers wrote, read to the high-water marks.
	out.readToEnd(t, addr)
	out.check(t, good, poison)
	rep := br.report(t)
	for _, s := range rep.Backward {
		t.Errorf("committed offset moved backward: %s", s)
	}
	if rep.Unsettled > 0 {
		t.Errorf("the broker could not read the outcome of %d commit(s): they went unchecked", rep.Unsettled)
	}
	for _, k := range []string{"Produce", "Fetch", "OffsetCommit"} {
		if rep.Injected[k] == 0 {
			t.Errorf("no %s request was failed: the fault injection did not run", k)
		}
	}
	t.Logf("broker: %d partition offset commits accepted, %d refused by the group, %d backward; failed on purpose: %v",
		rep.Commits, rep.Refused, len(rep.Backward), rep.Injected)
	out.reportDuplicates(t, events)
}

type chaosEvent struct {
	what    string
	at      time.Time
	settled int
}

// chaosInput builds n good articles with poison mixed in: one input in
// fifty is bad JSON, not UTF-8 or over the size limit. It returns the
// messages in publishing order, the good ids, and the dead-letter class
// each poison key must get (asked of the decoder, as the pipeline does).
func chaosInput(n int) (msgs []kafka.Message, good map[string]bool, poison map[string]string) {
	good, poison = map[string]bool{}, map[string]string{}
	people := []string{"Ana Soto", "Li Wei", "Omar Haddad", "Marta Kowalski", "Kenji Sato", "Ines Duarte"}
	cities := []string{"Lima", "Oslo", "Nairobi", "Hanoi", "Quito", "Riga"}
	dec := extract.Decoder{MaxBytes: chaosMaxBytes}
	for i := range n {
		id := fmt.Sprintf("chaos-%04d", i)
		p1, p2, city := people[i%6], people[(i/6+1+i)%6], cities[(i/36)%6]
		if p2 == p1 {
			p2 = people[(i+3)%6]
		}
		body := fmt.Sprintf("Foreign Minister %s met Trade Minister %s in %s on March %d. "+
			"The two ministers signed an agreement on fisheries. %s later visited the port of %s (wire %d).",
			p1, p2, city, i%28+1, p1, city, i)
		js, _ := json.Marshal(map[string]string{"id": id, "headline": "Ministers meet in " + city, "body": body})
		msgs = append(msgs, kafka.Message{Key: []byte(id), Value: js})
		good[id] = true
		if i%50 != 25 {
			continue
		}
		key := fmt.Sprintf("poison-%04d", i)
		var v []byte
		switch (i / 50) % 3 {
		case 0:
			v = []byte(`{"id": "` + key + `", "body": "a truncated envelope`)
		case 1:
			v = []byte("Minister \xff\xfe met \xc3\x28 officials in " + city + ".")
		case 2:
			v = []byte(strings.Repeat("All work and no play makes a dull wire. ", chaosMaxBytes/40+100))
		}
		class := extract.ClassTooLarge
		if len(v) <= chaosMaxBytes {
			_, err := dec.Decode(key, v)
			class = extract.ErrorClass(err)
		}
		if class == "" {
			panic(fmt.Sprintf("the decoder accepts poison %q", v[:min(len(v), 40)]))
		}
		poison[key] = class
		msgs = append(msgs, kafka.Message{Key: []byte(key), Value: v})
	}
	return msgs, good, poison
}

// chaosBroker is the broker process.
type chaosBroker struct {
	addr string
	cmd  *exec.Cmd
	mu   sync.Mutex
	in   io.WriteCloser
	out  *bufio.Scanner
}

func startChaosBroker(t *testing.T) *chaosBroker {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), chaosBrokerEnv+"=1")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	b := &chaosBroker{cmd: cmd, in: in, out: bufio.NewScanner(stdout)}
	b.out.Buffer(nil, 4<<20) // a report carries the broker's event log
	t.Cleanup(func() {
		in.Close() // the broker exits when its input ends
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	if !b.out.Scan() || !strings.HasPrefix(b.out.Text(), "addr ") {
		t.Fatalf("broker process: %q %v", b.out.Text(), b.out.Err())
	}
	b.addr = strings.TrimPrefix(b.out.Text(), "addr ")
	// A failed run keeps the broker's account of the group: the last
	// commits with their outcomes, joins, syncs and leaves.
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		r, err := b.tryReport()
		if err != nil {
			t.Logf("broker events: %v", err)
			return
		}
		for i, evs := range r.BeforeBackward {
			t.Logf("broker events up to backward move %d:\n%s", i+1, strings.Join(evs, "\n"))
		}
		t.Logf("broker events (the last %d of %d):\n%s", len(r.Events), r.EventsSeen, strings.Join(r.Events, "\n"))
	})
	return b
}

func (b *chaosBroker) command(t *testing.T, line string) string {
	t.Helper()
	r, err := b.tryCommand(line)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (b *chaosBroker) tryCommand(line string) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, err := fmt.Fprintln(b.in, line); err != nil {
		return "", fmt.Errorf("broker process: %v", err)
	}
	if !b.out.Scan() {
		return "", fmt.Errorf("broker process ended: %v", b.out.Err())
	}
	r := b.out.Text()
	if strings.HasPrefix(r, "error") {
		return "", fmt.Errorf("broker process: %s: %s", line, r)
	}
	return r, nil
}

func (b *chaosBroker) inject(t *testing.T, key, code int16, every int, topics ...string) {
	t.Helper()
	if r := b.command(t, fmt.Sprintf("inject %d %d %d %s", key, code, every, strings.Join(topics, " "))); r != "ok" {
		t.Fatalf("broker process: inject: %s", r)
	}
}

func (b *chaosBroker) report(t *testing.T) kafkatest.Report {
	t.Helper()
	r, err := b.tryReport()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (b *chaosBroker) tryReport() (kafkatest.Report, error) {
	var r kafkatest.Report
	line, err := b.tryCommand("report")
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return r, fmt.Errorf("broker report: %v", err)
	}
	return r, nil
}

// consumers are the `newswire run` processes of the test.
type consumers struct {
	t    *testing.T
	addr string
	dir  string
	mu   sync.Mutex
	all  []*consumer
}

type consumer struct {
	name   string
	cmd    *exec.Cmd
	log    string
	exited chan error
}

func (cs *consumers) start(name string) *consumer {
	cs.t.Helper()
	logPath := filepath.Join(cs.dir, name+".log")
	lf, err := os.Create(logPath)
	if err != nil {
		cs.t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "run", "--brokers", cs.addr, "--group", "chaos", "--metrics-addr", "127.0.0.1:0",
		"--session-timeout", chaosSession.String(), "--shutdown-timeout", "10s", "--workers", "1",
		"--max-bytes", strconv.Itoa(chaosMaxBytes), "--log-level", "debug")
	cmd.Env = append(os.Environ(), "NEWSWIRE_TEST_MAIN=1")
	cmd.Stdout, cmd.Stderr = lf, lf
	if err := cmd.Start(); err != nil {
		cs.t.Fatal(err)
	}
	c := &consumer{name: name, cmd: cmd, log: logPath, exited: make(chan error, 1)}
	go func() { c.exited <- cmd.Wait(); lf.Close() }()
	cs.mu.Lock()
	cs.all = append(cs.all, c)
	cs.mu.Unlock()
	return c
}

// consumed returns the process's newswire_articles_consumed_total (-1
// until its metrics answer).
func (c *consumer) consumed() float64 {
	data, _ := os.ReadFile(c.log)
	_, rest, ok := strings.Cut(string(data), `msg="serving /metrics, /healthz and /readyz" addr=`)
	if !ok {
		return -1
	}
	addr, _, _ := strings.Cut(rest, "\n")
	resp, err := http.Get("http://" + strings.TrimSpace(addr) + "/metrics")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "newswire_articles_consumed_total "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err == nil {
				return f
			}
		}
	}
	return -1
}

// kill is SIGKILL: no drain, no commit, no group leave.
func (c *consumer) kill() {
	c.cmd.Process.Signal(syscall.SIGKILL)
	<-c.exited
	c.exited <- nil
}

// term is SIGTERM: the process must drain, commit, leave and exit 0
// within its bound.
func (c *consumer) term(t *testing.T) {
	t.Helper()
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-c.exited:
		c.exited <- err
		if err != nil {
			data, _ := os.ReadFile(c.log)
			t.Errorf("%s after SIGTERM: %v; log:\n%s", c.name, err, data)
		}
	case <-time.After(45 * time.Second):
		t.Errorf("%s: no exit within 45 s of SIGTERM", c.name)
		c.kill()
	}
}

func (cs *consumers) killAll() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, c := range cs.all {
		c.cmd.Process.Kill()
	}
}

// dumpLogs prints the last lines of every consumer's log and keeps the
// logs in a folder that outlives the test.
func (cs *consumers) dumpLogs(t *testing.T) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	keep, err := os.MkdirTemp("", "newswire-chaos-logs-")
	if err == nil {
		t.Logf("consumer logs (debug level) kept in %s", keep)
	}
	for _, c := range cs.all {
		data, _ := os.ReadFile(c.log)
		if keep != "" {
			os.WriteFile(filepath.Join(keep, filepath.Base(c.log)), data, 0o644)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		t.Logf("--- %s (last %d lines of %d)\n%s", c.name, min(len(lines), 40), len(lines),
			strings.Join(lines[max(0, len(lines)-40):], "\n"))
	}
}

// chaosOutput follows the output topics.
type chaosOutput struct {
	mu      sync.Mutex
	arts    map[string][][]string // article id -> event ids of each article record
	artAt   []arrival
	events  map[string]int
	dead    map[string][]string // key -> classes
	offsets map[string]map[int32]int64
}

type arrival struct {
	at  time.Time
	dup bool
}

func followChaos(t *testing.T, addr string) *chaosOutput {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ConsumeTopics("news.articles", "news.events", "news.deadletter"),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	o := &chaosOutput{arts: map[string][][]string{}, events: map[string]int{}, dead: map[string][]string{},
		offsets: map[string]map[int32]int64{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			fs := cl.PollFetches(ctx)
			o.mu.Lock()
			now := time.Now()
			fs.EachRecord(func(r *kgo.Record) {
				if o.offsets[r.Topic] == nil {
					o.offsets[r.Topic] = map[int32]int64{}
				}
				o.offsets[r.Topic][r.Partition] = max(o.offsets[r.Topic][r.Partition], r.Offset+1)
				key := string(r.Key)
				switch r.Topic {
				case "news.articles":
					var rec struct {
						Events []struct {
							ID string `json:"id"`
						} `json:"events"`
					}
					ids := []string{"unparsable record"}
					if json.Unmarshal(r.Value, &rec) == nil {
						ids = []string{}
						for _, e := range rec.Events {
							ids = append(ids, e.ID)
						}
						slices.Sort(ids)
					}
					o.artAt = append(o.artAt, arrival{at: now, dup: len(o.arts[key]) > 0})
					o.arts[key] = append(o.arts[key], ids)
				case "news.events":
					o.events[key]++
				case "news.deadletter":
					class := ""
					for _, h := range r.Headers {
						if h.Key == sinks.HeaderErrorClass {
							class = string(h.Value)
						}
					}
					o.dead[key] = append(o.dead[key], class)
				}
			})
			o.mu.Unlock()
		}
	}()
	t.Cleanup(func() { cancel(); <-done; cl.Close() })
	return o
}

// settled counts inputs with an outcome: an article record or a dead letter.
func (o *chaosOutput) settled() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.arts) + len(o.dead)
}

// missing counts good ids without an article record and poison keys without
// a dead letter.
func (o *chaosOutput) missing(good map[string]bool, poison map[string]string) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := 0
	for id := range good {
		if len(o.arts[id]) == 0 {
			n++
		}
	}
	for k := range poison {
		if len(o.dead[k]) == 0 {
			n++
		}
	}
	return n
}

func (o *chaosOutput) readToEnd(t *testing.T, addr string) {
	t.Helper()
	for _, topic := range []string{"news.articles", "news.events", "news.deadletter"} {
		end := chaosEndOf(t, addr, topic)
		until(t, 30*time.Second, topic+" read to its high-water mark", func() bool {
			o.mu.Lock()
			defer o.mu.Unlock()
			for p, e := range end {
				if o.offsets[topic][int32(p)] < e {
					return false
				}
			}
			return true
		})
	}
}

// check verifies the outcome of every input.
func (o *chaosOutput) check(t *testing.T, good map[string]bool, poison map[string]string) {
	t.Helper()
	o.mu.Lock()
	defer o.mu.Unlock()
	lost := 0
	for id := range good {
		if len(o.arts[id]) == 0 {
			lost++
			if lost <= 5 {
				t.Errorf("lost: %s has no article record", id)
			}
		}
		if len(o.dead[id]) > 0 {
			t.Errorf("good article %s dead-lettered: %v", id, o.dead[id])
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d good articles lost", lost, len(good))
	}
	for k, class := range poison {
		if len(o.dead[k]) == 0 {
			t.Errorf("poison %s not dead-lettered", k)
		}
		for _, c := range o.dead[k] {
			if c != class {
				t.Errorf("poison %s dead-lettered as %q, want %q", k, c, class)
			}
		}
		if len(o.arts[k]) > 0 {
			t.Errorf("poison %s has an article record", k)
		}
	}
	wantEvents := map[string]bool{}
	changed := 0
	for id, recs := range o.arts {
		for _, ids := range recs[1:] {
			if !slices.Equal(ids, recs[0]) {
				changed++
				if changed <= 5 {
					t.Errorf("article %s re-delivered with other event ids: %v, first %v", id, ids, recs[0])
				}
			}
		}
		for _, e := range recs[0] {
			wantEvents[e] = true
		}
	}
	if len(wantEvents) == 0 {
		t.Errorf("no events in any article record: the extractor found nothing to check ids on")
	}
	for e := range wantEvents {
		if o.events[e] == 0 {
			t.Errorf("event %s of an article record is not on news.events", e)
			break
		}
	}
	if len(o.events) != len(wantEvents) {
		t.Errorf("%d distinct event ids on news.events, the article records name %d", len(o.events), len(wantEvents))
	}
}

// reportDuplicates logs the duplicate article records that arrived after
// each event, until the next.
func (o *chaosOutput) reportDuplicates(t *testing.T, events []chaosEvent) {
	o.mu.Lock()
	defer o.mu.Unlock()
	total, dups := len(o.artAt), 0
	for _, a := range o.artAt {
		if a.dup {
			dups++
		}
	}
	t.Logf("%d article records for %d articles: %d duplicates", total, len(o.arts), dups)
	for i, ev := range events {
		next := time.Now().Add(time.Hour)
		if i+1 < len(events) {
			next = events[i+1].at
		}
		d := 0
		for _, a := range o.artAt {
			if a.dup && !a.at.Before(ev.at) && a.at.Before(next) {
				d++
			}
		}
		t.Logf("duplicates after %-34s %4d", ev.what+":", d)
	}
}

// lagWatch polls the group's committed offsets and the input's end offsets
// and notes any partition whose committed offset stays below its end
// without moving for longer than limit.
type lagWatch struct {
	mu      sync.Mutex
	stalled []string
	cancel  context.CancelFunc
	done    chan struct{}
}

func watchLag(t *testing.T, addr, group string, limit time.Duration) *lagWatch {
	w := &lagWatch{done: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	go func() {
		defer close(w.done)
		cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
		last := make([]int64, chaosPartitions)
		moved := make([]time.Time, chaosPartitions)
		reported := make([]bool, chaosPartitions)
		for i := range moved {
			moved[i], last[i] = time.Now(), -2
		}
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			end, err1 := listEnd(ctx, cl, "news.raw")
			off, err2 := fetchCommitted(ctx, cl, group)
			if err1 != nil || err2 != nil {
				continue // the broker is busy; the next poll will tell
			}
			now := time.Now()
			for p := range chaosPartitions {
				if off[p] != last[p] || off[p] >= end[p] {
					last[p], moved[p], reported[p] = off[p], now, false
					continue
				}
				if idle := now.Sub(moved[p]); idle > limit && !reported[p] {
					reported[p] = true
					w.mu.Lock()
					w.stalled = append(w.stalled, fmt.Sprintf("news.raw/%d idle %v with lag %d (committed %d, end %d); limit %v",
						p, idle.Round(time.Second), end[p]-max(off[p], 0), off[p], end[p], limit))
					w.mu.Unlock()
				}
			}
		}
	}()
	t.Cleanup(w.stop)
	return w
}

func (w *lagWatch) stop() {
	w.cancel()
	<-w.done
}

func (w *lagWatch) stalls() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.stalled...)
}

// chaosWait polls cond until it holds; it fails at once when the lag watch
// saw a stalled partition, and after d.
func chaosWait(t *testing.T, w *lagWatch, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if s := w.stalls(); len(s) > 0 {
			t.Fatalf("waiting for %s: a partition stalled: %s", what, strings.Join(s, "; "))
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func listEnd(ctx context.Context, cl *kafka.Client, topic string) ([]int64, error) {
	var reqs []kafka.OffsetRequest
	for p := range chaosPartitions {
		reqs = append(reqs, kafka.LastOffsetOf(p))
	}
	resp, err := cl.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, err
	}
	out := make([]int64, chaosPartitions)
	for _, p := range resp.Topics[topic] {
		if p.Error != nil {
			return nil, p.Error
		}
		out[p.Partition] = p.LastOffset
	}
	return out, nil
}

// fetchCommitted returns the group's committed offsets (-1: none).
func fetchCommitted(ctx context.Context, cl *kafka.Client, group string) ([]int64, error) {
	ps := make([]int, chaosPartitions)
	for i := range ps {
		ps[i] = i
	}
	resp, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{"news.raw": ps}})
	if err != nil {
		return nil, err
	}
	if resp.Error != nil {
		return nil, resp.Error
	}
	out := make([]int64, chaosPartitions)
	for _, p := range resp.Topics["news.raw"] {
		if p.Error != nil {
			return nil, p.Error
		}
		out[p.Partition] = p.CommittedOffset
	}
	return out, nil
}

func chaosEndOf(t *testing.T, addr, topic string) []int64 {
	t.Helper()
	end, err := listEnd(context.Background(), &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}, topic)
	if err != nil {
		t.Fatalf("end offsets of %s: %v", topic, err)
	}
	return end
}

func chaosEnd(t *testing.T, addr string) []int64 { return chaosEndOf(t, addr, "news.raw") }

func chaosCommitted(t *testing.T, addr, group string) []int64 {
	t.Helper()
	off, err := fetchCommitted(context.Background(), &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}, group)
	if err != nil {
		t.Fatalf("committed offsets: %v", err)
	}
	return off
}
