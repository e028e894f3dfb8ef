package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// Three consumers in one group share six partitions; one leaves gracefully
// mid-run and a fourth joins, so the group rebalances twice while messages
// are in flight and offsets are being committed (kafka-go delivers stale
// messages after a rebalance, #1398, and commits may straddle generations):
// every article is processed, no event id is missing, and once the others
// have left, the survivor commits every partition to its end offset.
func TestScaleOutAndRebalance(t *testing.T) {
	const n, parts = 1200, 6
	addr := startBroker(t, parts)
	x := sentenceExtractor{}
	msgs := articles(n)
	wantIDs, wantEvents := expected(t, x, msgs)
	c := collect(t, addr, rawTopic, eventsTopic, articlesTopic)
	publish(t, addr, msgs)

	sx := slow{x, 4 * time.Millisecond}
	// Members leave gracefully here, so a long session timeout costs nothing
	// and keeps a loaded machine from evicting a slow member.
	ms := []*member{
		startMember(t, addr, memberOpts{group: "gx", extractor: sx, workers: 2, session: 10 * time.Second}),
		startMember(t, addr, memberOpts{group: "gx", extractor: sx, workers: 2, session: 10 * time.Second}),
		startMember(t, addr, memberOpts{group: "gx", extractor: sx, workers: 2, session: 10 * time.Second}),
	}
	waitFor(t, 30*time.Second, "a quarter of the articles", func() bool { return len(c.records(articlesTopic)) >= n/4 })
	if err := ms[1].Stop(t); err != nil {
		t.Errorf("member leaving: %v", err)
	}
	waitFor(t, 30*time.Second, "half of the articles", func() bool { return len(c.records(articlesTopic)) >= n/2 })
	ms = append(ms, startMember(t, addr, memberOpts{group: "gx", extractor: sx, workers: 2, session: 10 * time.Second}))

	waitFor(t, 90*time.Second, "every article record", func() bool {
		m, _ := missing(wantIDs, c.records(articlesTopic))
		return m == 0
	})
	waitFor(t, 10*time.Second, "every event", func() bool {
		m, _ := missing(wantEvents, c.records(eventsTopic))
		return m == 0
	})
	// The others leave; the survivor takes every partition and commits
	// each to its end; then it stops gracefully and the offsets stay there.
	for _, m := range []*member{ms[0], ms[2]} {
		if err := m.Stop(t); err != nil {
			t.Errorf("stop: %v", err)
		}
	}
	end := make([]int64, parts)
	for _, r := range c.records(rawTopic) {
		end[r.Partition] = max(end[r.Partition], r.Offset+1)
	}
	var off []int64
	waitFor(t, 60*time.Second, "the survivor to commit every partition to its end", func() bool {
		off = committed(t, addr, "gx", parts)
		return slices.Equal(off, end)
	})
	if err := ms[3].Stop(t); err != nil {
		t.Errorf("stop: %v", err)
	}
	if off = committed(t, addr, "gx", parts); !slices.Equal(off, end) {
		t.Errorf("after the last graceful stop: committed %v, end %v", off, end)
	}
	t.Logf("%d article records for %d articles (%d re-deliveries)", len(c.records(articlesTopic)), n, len(c.records(articlesTopic))-n)
}
