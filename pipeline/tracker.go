package pipeline

import (
	"sync"

	"github.com/segmentio/kafka-go"
)

// Tracker keeps, per topic partition, the messages fetched and not yet
// committed, in fetch order, and says which offset may be committed: the
// last message of the longest finished prefix. Workers finish out of order;
// commits stay in order, so an offset is committed only once that message and
// every earlier one of its partition are done.
//
// After a rebalance (Fence), what was fetched before is never committed by
// this member: its partitions may have moved, and a late commit would move
// the group's offset back.
//
// A fetched offset at or below one already tracked for its partition means
// the reader started the partition again (a rebalance gave it back, or
// kafka-go handed out messages left in its queue from the previous
// generation, kafka-go #1398): what was pending is forgotten, since those
// messages are delivered again, and their late completions are ignored.
// Nothing at or below the last offset committed is committed again.
type Tracker struct {
	mu    sync.Mutex
	parts map[topicPartition]*partState
	// notify gets a value (without blocking) when something became committable.
	notify chan struct{}
}

type topicPartition struct {
	topic     string
	partition int
}

type partState struct {
	queue       []*Token // fetched, not yet popped, in fetch order
	last        int64    // offset of the last message added
	committable *kafka.Message
	committed   int64 // offset of the last message committed, -1 if none
}

// Token is one tracked message; hand it back to Done.
type Token struct {
	msg    kafka.Message
	done   bool
	stale  bool // forgotten: a restart of its partition re-delivers it
	fenced bool // fetched before a rebalance: orders, never commits
	ps     *partState
}

// NewTracker returns an empty tracker.
func NewTracker() *Tracker {
	return &Tracker{parts: map[topicPartition]*partState{}, notify: make(chan struct{}, 1)}
}

// Add records a fetched message, in fetch order.
func (t *Tracker) Add(m kafka.Message) *Token {
	// Keep only what a commit needs; the value may be large.
	m = kafka.Message{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset}
	t.mu.Lock()
	defer t.mu.Unlock()
	k := topicPartition{m.Topic, m.Partition}
	ps := t.parts[k]
	if ps == nil {
		ps = &partState{last: -1, committed: -1}
		t.parts[k] = ps
	}
	if m.Offset <= ps.last {
		for _, tok := range ps.queue {
			tok.stale = true
		}
		ps.queue = nil
		// ps.committed stays: the restart may begin below an offset this
		// member already committed (kafka-go fetched the group's offset
		// before that commit landed); committing the redone messages
		// would move the group's offset back.
	}
	ps.last = m.Offset
	tok := &Token{msg: m, ps: ps}
	ps.queue = append(ps.queue, tok)
	return tok
}

// Done marks a message finished: every record derived from it is acked.
func (t *Tracker) Done(tok *Token) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if tok.stale || tok.done {
		return
	}
	tok.done = true
	ps := tok.ps
	advanced := false
	for len(ps.queue) > 0 && ps.queue[0].done {
		if !ps.queue[0].fenced {
			m := ps.queue[0].msg
			ps.committable = &m
			advanced = true
		}
		ps.queue[0] = nil
		ps.queue = ps.queue[1:]
	}
	if advanced {
		select {
		case t.notify <- struct{}{}:
		default:
		}
	}
}

// Fence is called when the consumer group moved to a new generation: work
// fetched before it is never committed by this member, since its partition
// may now belong to another member that has committed further (a late
// commit would move the group's offset back). Fenced messages keep their
// place in their partition's order, so nothing fetched after the fence is
// committed before them.
func (t *Tracker) Fence() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, ps := range t.parts {
		ps.committable = nil
		for _, tok := range ps.queue {
			tok.fenced = true
		}
	}
}

// Ready returns a channel that receives when Committable may have changed.
func (t *Tracker) Ready() <-chan struct{} { return t.notify }

// Committable returns, for each partition whose finished prefix moved past
// its last commit, the last message of that prefix.
func (t *Tracker) Committable() []kafka.Message {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []kafka.Message
	for _, ps := range t.parts {
		if c := ps.committable; c != nil && c.Offset > ps.committed {
			out = append(out, *c)
		}
	}
	return out
}

// Committed records that msgs were committed.
func (t *Tracker) Committed(msgs []kafka.Message) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, m := range msgs {
		if ps := t.parts[topicPartition{m.Topic, m.Partition}]; ps != nil && m.Offset > ps.committed {
			ps.committed = m.Offset
		}
	}
}

// Pending counts fetched messages not yet done (stale ones excluded).
func (t *Tracker) Pending() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, ps := range t.parts {
		for _, tok := range ps.queue {
			if !tok.done {
				n++
			}
		}
	}
	return n
}
