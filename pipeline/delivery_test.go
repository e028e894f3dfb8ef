package pipeline_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
)

// A consumer is killed mid-stream (connections cut, no further commit, no
// group leave: what SIGKILL does) and another takes over: every one of
// 1,000 articles ends up with its article record and every event id is on
// news.events. Re-delivered articles give the same ids (duplicates share
// keys, so the distinct-key counts equal the expected sets).
func TestAtLeastOnceAfterKill(t *testing.T) {
	const n = 1000
	addr := startBroker(t, 6)
	x := sentenceExtractor{}
	msgs := articles(n)
	wantIDs, wantEvents := expected(t, x, msgs)
	c := collect(t, addr, eventsTopic, articlesTopic)
	publish(t, addr, msgs)

	a := startMember(t, addr, memberOpts{group: "g", extractor: slow{x, 2 * time.Millisecond}, workers: 4, shutdown: time.Second})
	waitFor(t, 30*time.Second, "a third of the articles", func() bool { return len(c.records(articlesTopic)) >= n/3 })
	a.Kill(t)
	before := len(distinctKeys(c.records(articlesTopic)))
	if before >= n {
		t.Fatalf("the first consumer finished everything (%d) before the kill; slow it down", before)
	}

	startMember(t, addr, memberOpts{group: "g", extractor: x, workers: 2})
	waitFor(t, 60*time.Second, "every article record", func() bool {
		m, _ := missing(wantIDs, c.records(articlesTopic))
		return m == 0
	})
	waitFor(t, 10*time.Second, "every event", func() bool {
		m, _ := missing(wantEvents, c.records(eventsTopic))
		return m == 0
	})
	arts := c.records(articlesTopic)
	if got := len(distinctKeys(arts)); got != n {
		t.Errorf("%d distinct article ids, want %d", got, n)
	}
	if got := len(distinctKeys(c.records(eventsTopic))); got != len(wantEvents) {
		t.Errorf("%d distinct event ids, want %d (an id changed on re-delivery?)", got, len(wantEvents))
	}
	t.Logf("killed after %d articles; %d article records in all, %d re-deliveries", before, len(arts), len(arts)-n)
}

// blocking never finishes an article until released: a pod that dies
// before its first commit.
type blocking struct {
	started atomic.Int32
	release chan struct{}
}

func (b *blocking) Extract(ctx context.Context, a extract.Article) (*extract.Record, error) {
	b.started.Add(1)
	select {
	case <-b.release:
	case <-ctx.Done():
	}
	return nil, context.Canceled
}

// kafka-go #711: a member that dies before committing anything must not
// make its successor skip messages. The group has no committed offset, so
// the successor starts at FirstOffset and processes everything.
func TestPodDiesBeforeFirstCommit(t *testing.T) {
	const n = 60
	addr := startBroker(t, 3)
	x := sentenceExtractor{}
	msgs := articles(n)
	wantIDs, _ := expected(t, x, msgs)
	c := collect(t, addr, articlesTopic)
	publish(t, addr, msgs)

	b := &blocking{release: make(chan struct{})}
	a := startMember(t, addr, memberOpts{group: "g711", extractor: b, workers: 2, shutdown: time.Second})
	waitFor(t, 30*time.Second, "the first consumer to start work", func() bool { return b.started.Load() >= 2 })
	a.Kill(t)
	close(b.release)
	if off := committed(t, addr, "g711", 3); off[0] >= 0 || off[1] >= 0 || off[2] >= 0 {
		t.Fatalf("offsets committed before any article finished: %v", off)
	}
	// Messages published while no consumer runs are not skipped either.
	extra := articles(n + 20)[n:]
	publish(t, addr, extra)
	extraIDs, _ := expected(t, x, extra)
	for k := range extraIDs {
		wantIDs[k] = true
	}

	startMember(t, addr, memberOpts{group: "g711", extractor: x, workers: 2})
	waitFor(t, 60*time.Second, "every article record", func() bool {
		m, _ := missing(wantIDs, c.records(articlesTopic))
		return m == 0
	})
}

// Graceful shutdown in the middle of a stream: after Stop returns, each
// partition's committed offset is exactly past the messages processed from
// it: nothing processed is left uncommitted, nothing unprocessed is
// committed.
func TestGracefulShutdownCommitsProcessed(t *testing.T) {
	const n, parts = 400, 3
	addr := startBroker(t, parts)
	x := sentenceExtractor{}
	c := collect(t, addr, rawTopic, articlesTopic)
	publish(t, addr, articles(n))
	a := startMember(t, addr, memberOpts{group: "gs", extractor: slow{x, 3 * time.Millisecond}, workers: 4, session: 10 * time.Second})
	waitFor(t, 30*time.Second, "some articles", func() bool { return len(c.records(articlesTopic)) >= n/4 })
	start := time.Now()
	if err := a.Stop(t); err != nil {
		t.Fatalf("graceful stop: %v", err)
	}
	t.Logf("drained and committed in %v", time.Since(start))

	// Stop returned once every record was acknowledged: read them all.
	c.readToEnd(t, addr, articlesTopic)
	done := distinctKeys(c.records(articlesTopic))
	if len(done) >= n {
		t.Fatalf("all %d articles finished before the stop; slow the test down", n)
	}
	off := committed(t, addr, "gs", parts)
	raw := c.records(rawTopic)
	if len(raw) != n {
		t.Fatalf("collector saw %d raw messages, want %d", len(raw), n)
	}
	for _, r := range raw {
		below := r.Offset < off[r.Partition]
		if below != (done[string(r.Key)] > 0) {
			t.Errorf("partition %d offset %d (%s): committed offset %d, processed %v",
				r.Partition, r.Offset, r.Key, off[r.Partition], done[string(r.Key)] > 0)
		}
	}
	// A restarted consumer finishes the rest without redoing the done ones.
	b := startMember(t, addr, memberOpts{group: "gs", extractor: x, workers: 2})
	waitFor(t, 60*time.Second, "the rest", func() bool { return len(distinctKeys(c.records(articlesTopic))) == n })
	// Drained and stopped, the second consumer has written all it will.
	if err := b.Stop(t); err != nil {
		t.Fatalf("graceful stop: %v", err)
	}
	c.readToEnd(t, addr, articlesTopic)
	if got := len(c.records(articlesTopic)); got != n {
		t.Errorf("%d article records for %d articles: a committed article was processed again", got, n)
	}
}

var _ pipeline.Extractor = (*blocking)(nil)
