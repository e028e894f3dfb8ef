package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
)

// ReaderConfig is what NewReader needs; zero durations take the defaults
// noted.
type ReaderConfig struct {
	Brokers []string
	GroupID string
	Topic   string
	// MaxMessageBytes is the largest input message expected; fetches are
	// sized so that one such message always fits.
	MaxMessageBytes int
	SessionTimeout  time.Duration // default 10 s
	// Dialer, when set, opens the reader's connections (TLS and SASL are
	// set on it; tests use it to cut connections abruptly).
	Dialer *kafka.Dialer
	// KafkaLogger is kafka-go's own debug log (optional).
	KafkaLogger kafka.Logger
	// Logger gets the reader's own events: generations joined, commits
	// refused because they belong to an earlier generation (optional).
	Logger *slog.Logger
}

// GroupReader is one member of a consumer group reading one topic. It is
// built from kafka-go's ConsumerGroup and one partition reader per
// assigned partition, so that it knows which generation every message was
// fetched in:
//
//   - a message fetched in a generation that has ended is never handed out
//     (kafka-go's group Reader hands out what its queue still holds, #1398);
//   - a commit is sent only for partitions assigned in the current
//     generation and only for offsets at or after the first one fetched in
//     it, so a late commit of work from an earlier generation can never move
//     a partition's offset backward (another member may own it now, or did
//     in between and committed further);
//   - a partition leader moving (NOT_LEADER_FOR_PARTITION,
//     UNKNOWN_TOPIC_OR_PARTITION on a fetch) only makes that partition's
//     reader reconnect: it is not a new generation, and work in flight is
//     committed as usual.
//
// Generations are observed from the group itself (kafka.ConsumerGroup.Next),
// never from ReaderStats counters, which count fetch errors too and are
// reset by whoever reads them.
//
// Fetch with FetchMessage and commit with CommitMessages (synchronous: it
// returns once the broker has the offsets).
type GroupReader struct {
	cfg ReaderConfig
	log *slog.Logger
	cg  *kafka.ConsumerGroup

	msgs chan fetched
	errs chan error // errors from the group or the partition readers

	ctx    context.Context // ends on Close
	cancel context.CancelFunc
	done   chan struct{} // closed when the generation loop returns
	closed sync.Once

	mu    sync.Mutex
	gen   *kafka.Generation // current generation; nil between generations
	parts map[partitionKey]*assigned

	// commitSlot is held by one commit from before it is sent until the
	// broker answered it, even when its caller stopped waiting: a commit
	// sent after one still in flight could reach the broker first and be
	// overwritten by the older, lower offsets.
	commitSlot chan struct{}
	// commitOffsets sends a commit (Generation.CommitOffsets; tests
	// delay it).
	commitOffsets func(*kafka.Generation, map[string]map[int]int64) error

	generations atomic.Int64 // generations joined
	stale       atomic.Int64 // messages of ended generations dropped
	refused     atomic.Int64 // commits of earlier generations not sent
	waited      atomic.Int64 // commits that waited for an abandoned one to be answered
}

type partitionKey struct {
	topic     string
	partition int
}

// assigned is a partition of the current generation.
type assigned struct {
	first int64 // offset of the first message handed out in this generation; -1 before
}

type fetched struct {
	msg kafka.Message
	gen *kafka.Generation
}

// NewReader returns a consumer-group member set up for the pipeline:
//   - a partition nobody committed yet is read from its first offset, so a
//     member that died before its first commit loses nothing (kafka-go #711
//     is the same setting at LastOffset, losing them);
//   - small per-partition queues, short heartbeats and fetch waits, so
//     rebalances and new messages are noticed quickly.
//
// The member joins the group in the background; errors joining it (or
// fetching) are returned by FetchMessage, which goes on afterwards. Close
// leaves the group.
func NewReader(cfg ReaderConfig) (*GroupReader, error) {
	session := cfg.SessionTimeout
	if session <= 0 {
		session = 10 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dialer := cfg.Dialer
	if dialer == nil {
		dialer = &kafka.Dialer{Timeout: 10 * time.Second, DualStack: true}
	}
	cfg.Dialer = dialer
	cg, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:                cfg.GroupID,
		Brokers:           cfg.Brokers,
		Dialer:            dialer,
		Topics:            []string{cfg.Topic},
		HeartbeatInterval: max(session/10, 100*time.Millisecond),
		SessionTimeout:    session,
		RebalanceTimeout:  max(2*session, 2*time.Second),
		JoinGroupBackoff:  500 * time.Millisecond,
		StartOffset:       kafka.FirstOffset,
		Logger:            cfg.KafkaLogger,
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: consumer group %q: %w", cfg.GroupID, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &GroupReader{cfg: cfg, log: log, cg: cg, msgs: make(chan fetched), errs: make(chan error),
		ctx: ctx, cancel: cancel, done: make(chan struct{}), commitSlot: make(chan struct{}, 1),
		commitOffsets: (*kafka.Generation).CommitOffsets}
	go r.run()
	return r, nil
}

// run takes each generation in turn and starts a reader per assigned
// partition; the group ends a generation (and so those readers) when it
// rebalances.
func (r *GroupReader) run() {
	defer close(r.done)
	for {
		gen, err := r.cg.Next(r.ctx)
		if err != nil {
			if r.ctx.Err() != nil || errors.Is(err, kafka.ErrGroupClosed) {
				return
			}
			r.report(fmt.Errorf("consumer group %q: %w", r.cfg.GroupID, err))
			continue
		}
		parts := map[partitionKey]*assigned{}
		var list []int
		for topic, as := range gen.Assignments {
			for _, a := range as {
				parts[partitionKey{topic, a.ID}] = &assigned{first: -1}
				if topic == r.cfg.Topic {
					list = append(list, a.ID)
				}
			}
		}
		r.mu.Lock()
		r.gen, r.parts = gen, parts
		r.mu.Unlock()
		r.generations.Add(1)
		r.log.Info("consumer group generation joined", "group", r.cfg.GroupID, "generation", gen.ID,
			"member", gen.MemberID, "partitions", list)
		for topic, as := range gen.Assignments {
			for _, a := range as {
				gen.Start(func(ctx context.Context) { r.readPartition(ctx, gen, topic, a.ID, a.Offset) })
			}
		}
		gen.Start(func(ctx context.Context) {
			select {
			case <-ctx.Done():
			case <-r.ctx.Done():
			}
			r.mu.Lock()
			if r.gen == gen {
				r.gen, r.parts = nil, nil
			}
			r.mu.Unlock()
		})
	}
}

// readPartition hands out one partition's messages for one generation.
func (r *GroupReader) readPartition(ctx context.Context, gen *kafka.Generation, topic string, partition int, offset int64) {
	maxBytes := r.cfg.MaxMessageBytes
	if maxBytes <= 0 {
		maxBytes = 1 << 20
	}
	pr := kafka.NewReader(kafka.ReaderConfig{
		Brokers:         r.cfg.Brokers,
		Topic:           topic,
		Partition:       partition,
		Dialer:          r.cfg.Dialer,
		MinBytes:        1,
		MaxBytes:        2*maxBytes + 1<<20,
		MaxWait:         250 * time.Millisecond,
		ReadBackoffMin:  10 * time.Millisecond,
		ReadBackoffMax:  250 * time.Millisecond,
		QueueCapacity:   8,
		ReadLagInterval: -1,
		Logger:          r.cfg.KafkaLogger,
	})
	defer pr.Close()
	if err := pr.SetOffset(offset); err != nil {
		r.report(fmt.Errorf("partition %d of %s: start at offset %d: %w", partition, topic, offset, err))
		return
	}
	// Either ends the generation's context for this reader.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(r.ctx, cancel)
	defer stop()
	for {
		m, err := pr.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			// The partition reader retries by itself; say why it is stuck.
			r.report(fmt.Errorf("fetch partition %d of %s: %w", partition, topic, err))
			continue
		}
		select {
		case r.msgs <- fetched{m, gen}:
		case <-ctx.Done():
			return
		}
	}
}

// report hands err to a FetchMessage call waiting now; with none waiting
// it is logged only, so that a stuck reader never blocks the group.
func (r *GroupReader) report(err error) {
	select {
	case r.errs <- err:
	default:
		r.log.Warn("consumer", "err", err)
	}
}

// FetchMessage returns the next message of the current generation. It
// returns io.EOF once the reader is closed, and the errors of the group or
// the partition readers (which go on retrying) as they happen.
func (r *GroupReader) FetchMessage(ctx context.Context) (kafka.Message, error) {
	for {
		select {
		case <-ctx.Done():
			return kafka.Message{}, ctx.Err()
		case <-r.done:
			return kafka.Message{}, io.EOF
		case err := <-r.errs:
			return kafka.Message{}, err
		case f := <-r.msgs:
			r.mu.Lock()
			current := f.gen == r.gen
			if current {
				if a := r.parts[partitionKey{f.msg.Topic, f.msg.Partition}]; a != nil && a.first < 0 {
					a.first = f.msg.Offset
				}
			}
			r.mu.Unlock()
			if !current {
				r.stale.Add(1)
				continue
			}
			return f.msg, nil
		}
	}
}

// CommitMessages commits, for each partition, the offset after the
// highest message given, with the current generation. Messages that belong
// to an earlier generation (their partition is not assigned now, or was
// given back starting after them) are not committed: the member owning
// the partition has them delivered again or has committed past them. The
// call returns once the broker has the offsets, or ctx ends (the commit
// itself is bounded by the group's 5 s request timeout). Commits reach the
// broker one at a time, in order: when ctx ends first, the next commit
// waits until the broker answered this one, so an abandoned commit can
// never land after a later one and move the offsets back.
func (r *GroupReader) CommitMessages(ctx context.Context, msgs ...kafka.Message) error {
	select {
	case r.commitSlot <- struct{}{}:
	default:
		r.waited.Add(1) // only an abandoned commit holds the slot: the pipeline commits from one goroutine
		select {
		case r.commitSlot <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	sent := false
	defer func() {
		if !sent {
			<-r.commitSlot
		}
	}()
	r.mu.Lock()
	gen := r.gen
	offsets := map[string]map[int]int64{}
	var refused []kafka.Message
	for _, m := range msgs {
		a := r.parts[partitionKey{m.Topic, m.Partition}]
		if gen == nil || a == nil || a.first < 0 || m.Offset < a.first {
			refused = append(refused, m)
			continue
		}
		if offsets[m.Topic] == nil {
			offsets[m.Topic] = map[int]int64{}
		}
		offsets[m.Topic][m.Partition] = max(offsets[m.Topic][m.Partition], m.Offset+1)
	}
	r.mu.Unlock()
	var notCommitted error
	if len(refused) > 0 {
		r.refused.Add(int64(len(refused)))
		r.log.Debug("commit of an earlier generation's work not sent", "partitions", len(refused))
		notCommitted = &NotCommittedError{Messages: refused}
	}
	if len(offsets) == 0 {
		return notCommitted
	}
	done := make(chan error, 1)
	sent = true
	go func() {
		err := r.commitOffsets(gen, offsets)
		<-r.commitSlot
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("commit in generation %d: %w", gen.ID, err)
		}
		return notCommitted
	case <-ctx.Done():
		return ctx.Err()
	}
}

// NotCommittedError is returned by CommitMessages when some messages were
// not committed because they belong to an earlier generation (the others
// were): the member owning their partitions now has them delivered again
// or has committed past them, so this member must neither count them as
// committed nor as its own uncommitted work.
type NotCommittedError struct {
	Messages []kafka.Message
}

func (e *NotCommittedError) Error() string {
	return fmt.Sprintf("%d partitions not committed: their work belongs to an earlier consumer-group generation", len(e.Messages))
}

// ReaderStats counts what the reader did since it started; reading them
// resets nothing.
type ReaderStats struct {
	Generations int64 // consumer-group generations joined
	Stale       int64 // fetched messages dropped because their generation ended
	Refused     int64 // partition commits not sent because they belong to an earlier generation
	// Waited counts commits that waited for an earlier one still in
	// flight, whose caller had stopped waiting for it (a shutdown).
	Waited int64
}

// Stats returns the reader's counters.
func (r *GroupReader) Stats() ReaderStats {
	return ReaderStats{Generations: r.generations.Load(), Stale: r.stale.Load(), Refused: r.refused.Load(),
		Waited: r.waited.Load()}
}

// Close leaves the group and stops the partition readers.
func (r *GroupReader) Close() error {
	var err error
	r.closed.Do(func() {
		r.cancel()
		err = r.cg.Close()
		<-r.done
	})
	return err
}
