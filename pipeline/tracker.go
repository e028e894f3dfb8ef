package pipeline

import (
	"sync"
)

// Position is where one input message is: its topic, partition and offset.
type Position struct {
	Topic     string
	Partition int
	Offset    int64
}

// Tracker keeps, per topic partition, the messages fetched and not yet
// committed, in fetch order, and says which offset may be committed: the
// last message of the longest finished prefix. Workers finish out of order;
// commits stay in order, so an offset is committed only once that message and
// every earlier one of its partition are done.
//
// A fetched offset at or below one already tracked for its partition means
// the reader started the partition again (a rebalance gave it back at its
// committed offset): what was pending is forgotten, since those messages are
// delivered again, and their late completions are ignored. Nothing at or
// below the last offset committed is committed again.
//
// Which generation of the consumer group may commit what is the reader's
// business (GroupReader refuses commits of an earlier generation's work).
type Tracker struct {
	mu    sync.Mutex
	parts map[partitionKey]*partState
	// notify gets a value (without blocking) when something became committable.
	notify chan struct{}
}

type partState struct {
	queue       []*Token // fetched, not yet popped, in fetch order
	last        int64    // offset of the last message added
	finished    []int64  // offsets popped from the queue (done), not yet committed
	committable int64    // offset of the last message of the finished prefix, -1 if none
	committed   int64    // offset of the last message committed, -1 if none
}

// Token is one tracked message; hand it back to Done.
type Token struct {
	pos   Position
	done  bool
	stale bool // forgotten: a restart of its partition re-delivers it
	ps    *partState
}

// Position is where the token's message is.
func (tok *Token) Position() Position { return tok.pos }

// NewTracker returns an empty tracker.
func NewTracker() *Tracker {
	return &Tracker{parts: map[partitionKey]*partState{}, notify: make(chan struct{}, 1)}
}

// Add records a fetched message, in fetch order.
func (t *Tracker) Add(p Position) *Token {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := partitionKey{p.Topic, p.Partition}
	ps := t.parts[k]
	if ps == nil {
		ps = &partState{last: -1, committable: -1, committed: -1}
		t.parts[k] = ps
	}
	if p.Offset <= ps.last {
		for _, tok := range ps.queue {
			tok.stale = true
		}
		ps.queue, ps.finished = nil, nil
		// ps.committed stays: the restart may begin below an offset this
		// member already committed (the group's offset was read before
		// that commit landed); committing the redone messages would move
		// the group's offset back.
	}
	ps.last = p.Offset
	tok := &Token{pos: p, ps: ps}
	ps.queue = append(ps.queue, tok)
	return tok
}

// Forget drops a message that was added but will never be processed (the
// pipeline stopped before handing it to a worker): it is not counted as
// uncommitted and holds nothing back.
func (t *Tracker) Forget(tok *Token) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if tok.stale || tok.done {
		return
	}
	tok.stale = true
	q := tok.ps.queue
	for i := len(q) - 1; i >= 0; i-- {
		if q[i] == tok {
			tok.ps.queue = append(q[:i], q[i+1:]...)
			return
		}
	}
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
		if o := ps.queue[0].pos.Offset; o > ps.committed {
			ps.committable = o
			ps.finished = append(ps.finished, o)
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

// Ready returns a channel that receives when Committable may have changed.
func (t *Tracker) Ready() <-chan struct{} { return t.notify }

// Committable returns, for each partition whose finished prefix moved past
// its last commit, the position of the last message of that prefix.
func (t *Tracker) Committable() []Position {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []Position
	for k, ps := range t.parts {
		if ps.committable >= 0 && ps.committable > ps.committed {
			out = append(out, Position{Topic: k.topic, Partition: k.partition, Offset: ps.committable})
		}
	}
	return out
}

// Committed records that the offsets after ps were committed.
func (t *Tracker) Committed(ps []Position) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, p := range ps {
		if st := t.parts[partitionKey{p.Topic, p.Partition}]; st != nil && p.Offset > st.committed {
			st.committed = p.Offset
			i := 0
			for i < len(st.finished) && st.finished[i] <= p.Offset {
				i++
			}
			st.finished = st.finished[i:]
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

// Release forgets the finished prefixes up to ps, which this member may not
// commit (CommitMessages refused them: they belong to an earlier
// generation, and the partition's owner has them delivered again or has
// committed past them). They are neither committed nor counted as this
// member's uncommitted work, and a later restart of the partition at a
// lower offset commits again what it redoes.
func (t *Tracker) Release(ps []Position) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, p := range ps {
		st := t.parts[partitionKey{p.Topic, p.Partition}]
		if st == nil {
			continue
		}
		if st.committable <= p.Offset {
			st.committable = -1
		}
		i := 0
		for i < len(st.finished) && st.finished[i] <= p.Offset {
			i++
		}
		st.finished = st.finished[i:]
	}
}

// Uncommitted counts fetched messages whose offsets are not committed:
// those a restart delivers again.
func (t *Tracker) Uncommitted() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, ps := range t.parts {
		n += len(ps.queue) + len(ps.finished)
	}
	return n
}
