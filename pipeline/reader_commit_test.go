package pipeline

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/internal/kafkatest"
)

// A commit whose caller stopped waiting (the commit loop stopping for the
// final commit) still goes to the broker; the next commit must not be sent
// until that one is answered, or the older, lower offsets can land last
// and move the committed offset back (the chaos test caught this once
// under load: the same member committed 385, then 383). The first commit
// is held before it is sent, as a busy machine can hold its goroutine.
func TestCommitAfterAbandonedCommit(t *testing.T) {
	b, err := kafkatest.Start(kafkatest.Config{Topics: []string{"in"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: "in", RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	var msgs []kafka.Message
	for i := range 10 {
		msgs = append(msgs, kafka.Message{Value: []byte("m" + strconv.Itoa(i))})
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()

	r, err := NewReader(ReaderConfig{Brokers: []string{b.Addr()}, GroupID: "g", Topic: "in"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	held, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int32
	r.commitOffsets = func(g *kafka.Generation, offsets map[string]map[int]int64) error {
		if calls.Add(1) == 1 {
			close(held)
			<-release
		}
		return g.CommitOffsets(offsets)
	}
	var fetched []kafka.Message
	for len(fetched) < 10 {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			t.Fatalf("fetch: %v", err)
		}
		fetched = append(fetched, m)
	}

	// The first commit (up to offset 5) is held; its caller gives up.
	ctx1, cancel1 := context.WithCancel(ctx)
	first := make(chan error, 1)
	go func() { first <- r.CommitMessages(ctx1, fetched[4]) }()
	<-held
	cancel1()
	if err := <-first; !errors.Is(err, context.Canceled) {
		t.Fatalf("abandoned commit: %v", err)
	}

	// The next commit (up to offset 9) waits for the first to be answered.
	second := make(chan error, 1)
	go func() { second <- r.CommitMessages(ctx, fetched[8]) }()
	for r.Stats().Waited == 0 {
		select {
		case err := <-second:
			second <- err
			t.Errorf("a commit was sent while an abandoned one was still in flight (%v)", err)
		case <-ctx.Done():
			t.Fatal("timed out waiting for the second commit to wait or finish")
		case <-time.After(5 * time.Millisecond): // polling Stats
			continue
		}
		break
	}
	close(release)
	if err := <-second; err != nil {
		t.Fatalf("second commit: %v", err)
	}
	// Both commits reached the broker (the first one last, when sent out
	// of order).
	for b.Report().Commits < 2 {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for both commits: %+v", b.Report())
		case <-time.After(5 * time.Millisecond):
		}
	}
	rep := b.Report()
	for _, s := range rep.Backward {
		t.Errorf("committed offset moved backward: %s", s)
	}
	if got := b.Cluster().GroupInfo("g").Commits["in"][0].Offset; got != 9 {
		t.Errorf("committed offset %d, want 9; broker events:\n%s", got, strings.Join(rep.Events, "\n"))
	}
}
