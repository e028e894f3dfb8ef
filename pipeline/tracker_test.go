package pipeline

import (
	"slices"
	"testing"
)

func TestTrackerCommitsInOrder(t *testing.T) {
	type step struct {
		add  []int64 // offsets fetched (partition 0)
		done []int   // indexes (in add order over the whole test) finished
		want int64   // committable offset after the step, -1 for none
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"in order", []step{{add: []int64{0, 1, 2}, done: []int{0, 1, 2}, want: 2}}},
		{"out of order waits for the gap", []step{
			{add: []int64{0, 1, 2, 3}, done: []int{1, 3}, want: -1},
			{done: []int{0}, want: 1},
			{done: []int{2}, want: 3},
		}},
		{"gaps in offsets (compaction, transactions) are fine", []step{
			{add: []int64{10, 12, 15}, done: []int{2, 0}, want: 10},
			{done: []int{1}, want: 15},
		}},
		{"rewind after a rebalance forgets pending and ignores late completions", []step{
			{add: []int64{0, 1, 2, 3}, done: []int{0}, want: 0},
			// kafka-go starts the partition again at the committed offset 1.
			{add: []int64{1, 2}, done: []int{2, 3}, want: 0}, // old tokens 2, 3: stale
			{done: []int{4}, want: 1},                        // new token for offset 1
			{done: []int{1}, want: 1},                        // old token for offset 1: stale
			{done: []int{5}, want: 2},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTracker()
			var toks []*Token
			for i, s := range tt.steps {
				for _, o := range s.add {
					toks = append(toks, tr.Add(Position{Topic: "t", Partition: 0, Offset: o}))
				}
				for _, d := range s.done {
					tr.Done(toks[d])
				}
				got := int64(-1)
				if c := tr.Committable(); len(c) == 1 {
					got = c[0].Offset
				}
				if got != s.want {
					t.Fatalf("step %d: committable %d, want %d", i, got, s.want)
				}
			}
		})
	}
}

func TestTrackerPartitionsIndependent(t *testing.T) {
	tr := NewTracker()
	a0 := tr.Add(Position{Topic: "t", Partition: 0, Offset: 0})
	b0 := tr.Add(Position{Topic: "t", Partition: 1, Offset: 0})
	b1 := tr.Add(Position{Topic: "t", Partition: 1, Offset: 1})
	tr.Done(b1)
	tr.Done(b0)
	c := tr.Committable()
	if len(c) != 1 || c[0].Partition != 1 || c[0].Offset != 1 {
		t.Fatalf("committable %+v, want partition 1 offset 1", c)
	}
	tr.Committed(c)
	if c := tr.Committable(); len(c) != 0 {
		t.Fatalf("committable after commit: %+v", c)
	}
	if n := tr.Pending(); n != 1 {
		t.Fatalf("pending %d, want 1", n)
	}
	tr.Done(a0)
	c = tr.Committable()
	slices.SortFunc(c, func(x, y Position) int { return x.Partition - y.Partition })
	if len(c) != 1 || c[0].Partition != 0 {
		t.Fatalf("committable %+v, want partition 0", c)
	}
}

// Uncommitted counts what a restart would deliver again: fetched and not
// done, and done but not yet committed.
func TestTrackerUncommitted(t *testing.T) {
	tr := NewTracker()
	a := tr.Add(Position{Topic: "t", Offset: 0})
	b := tr.Add(Position{Topic: "t", Offset: 1})
	tr.Add(Position{Topic: "t", Offset: 2})
	tr.Add(Position{Topic: "t", Partition: 1, Offset: 7})
	if n := tr.Uncommitted(); n != 4 {
		t.Fatalf("uncommitted %d, want 4", n)
	}
	tr.Done(a)
	tr.Done(b)
	if n := tr.Uncommitted(); n != 4 {
		t.Fatalf("done, not committed: uncommitted %d, want 4", n)
	}
	tr.Committed(tr.Committable())
	if n := tr.Uncommitted(); n != 2 {
		t.Fatalf("after the commit: uncommitted %d, want 2", n)
	}
	// The partition starts again (a rebalance gave it back): what was
	// pending there is forgotten, the new fetch counts.
	tr.Add(Position{Topic: "t", Offset: 2})
	if n := tr.Uncommitted(); n != 2 {
		t.Fatalf("after a restart: uncommitted %d, want 2", n)
	}
}

// A message fetched but never handed to a worker is forgotten: it holds
// nothing back and is not counted.
func TestTrackerForget(t *testing.T) {
	tr := NewTracker()
	a := tr.Add(Position{Topic: "t", Offset: 0})
	b := tr.Add(Position{Topic: "t", Offset: 1})
	tr.Forget(b)
	tr.Done(a)
	if c := tr.Committable(); len(c) != 1 || c[0].Offset != 0 {
		t.Fatalf("committable %+v, want offset 0", c)
	}
	tr.Committed(tr.Committable())
	if n := tr.Uncommitted(); n != 0 {
		t.Fatalf("uncommitted %d after forgetting the only unfinished message", n)
	}
	tr.Done(b) // late: ignored
	if c := tr.Committable(); len(c) != 0 {
		t.Fatalf("a forgotten message was committed: %+v", c)
	}
}

// A partition started again below the offset this member last committed
// (kafka-go read the group's offset before that commit landed) is redone,
// but its commits never go below the last one: the group's offset never
// moves back. (Seen by the broker's commit watch in the scale-out test:
// 147 committed, then 145, by the same member in the same generation.)
func TestTrackerRestartNeverCommitsLower(t *testing.T) {
	tr := NewTracker()
	add := func(o int64) *Token { return tr.Add(Position{Topic: "t", Partition: 0, Offset: o}) }
	committable := func() int64 {
		if c := tr.Committable(); len(c) == 1 {
			return c[0].Offset
		}
		return -1
	}
	for o := int64(0); o < 8; o++ {
		tr.Done(add(o))
	}
	if got := committable(); got != 7 {
		t.Fatalf("committable %d, want 7", got)
	}
	tr.Committed(tr.Committable())
	// Restart at 5: 5, 6, 7 are redone and not committed again.
	for o := int64(5); o < 8; o++ {
		tr.Done(add(o))
		if got := committable(); got != -1 {
			t.Fatalf("after redoing %d: committable %d, want none (7 is committed)", o, got)
		}
	}
	tr.Done(add(8))
	if got := committable(); got != 8 {
		t.Fatalf("committable %d, want 8", got)
	}
}

// Work the group refused to let this member commit (an earlier
// generation's) is released: not counted as committed, so a restart of the
// partition at the group's offset commits what it redoes (counting it as
// committed stalled a partition in the chaos test: 522 "committed" but
// refused, the partition given back at 438, the redone 438–522 never
// committed), and not counted as this member's uncommitted work.
func TestTrackerReleaseRefused(t *testing.T) {
	tr := NewTracker()
	add := func(o int64) *Token { return tr.Add(Position{Topic: "t", Partition: 0, Offset: o}) }
	for o := int64(10); o < 20; o++ {
		tr.Done(add(o))
	}
	c := tr.Committable()
	if len(c) != 1 || c[0].Offset != 19 {
		t.Fatalf("committable %v, want offset 19", c)
	}
	tr.Release(c)
	if got := tr.Committable(); len(got) != 0 {
		t.Fatalf("after release: committable %v, want none", got)
	}
	if n := tr.Uncommitted(); n != 0 {
		t.Fatalf("after release: %d uncommitted, want 0", n)
	}
	// The partition comes back starting at the group's offset, 10.
	for o := int64(10); o < 13; o++ {
		tr.Done(add(o))
	}
	if got := tr.Committable(); len(got) != 1 || got[0].Offset != 12 {
		t.Fatalf("after the restart: committable %v, want offset 12", got)
	}
}
