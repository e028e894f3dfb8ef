package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
)

// finalCommitTimeout bounds the last commit after the drain: Run returns
// within ShutdownTimeout plus this.
const finalCommitTimeout = 5 * time.Second

// job is one fetched message on its way to a worker.
type job struct {
	msg kafka.Message
	tok *Token
}

// Run consumes until ctx is cancelled, the source is closed or the pipeline
// cannot go on without losing input; then it drains: it stops fetching,
// lets the workers and deliveries finish (at most ShutdownTimeout), commits
// what is finished (at most 5 s more) and returns. It does not close the
// source or the sinks.
//
// The error is nil when everything fetched was committed. Otherwise it says
// why the pipeline stopped and how many fetched messages were left
// uncommitted: those are delivered again, to this group's next member.
func (p *Pipeline) Run(ctx context.Context) error {
	fetchCtx, stopFetching := context.WithCancelCause(ctx)
	defer stopFetching(nil)
	p.fatalMu.Lock()
	p.stop = stopFetching
	p.fatalMu.Unlock()
	// Work outlives ctx by up to ShutdownTimeout so that a drain can finish.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	// Two lanes: normal inputs go to the Workers; large ones wait for the
	// large lane's own workers, so they never occupy all the others.
	lanes := lanes{normal: make(chan job, p.cfg.Workers), large: make(chan job, largeQueue), largeBytes: p.cfg.LargeBytes}
	var workers, deliveries sync.WaitGroup
	slots := make(chan struct{}, p.cfg.MaxInFlight)
	work := func(q <-chan job) {
		for j := range q {
			p.process(workCtx, j, slots, &deliveries)
		}
	}
	for range p.cfg.Workers {
		workers.Go(func() { work(lanes.normal) })
	}
	if p.cfg.LargeBytes > 0 {
		for range p.cfg.LargeWorkers {
			workers.Go(func() { work(lanes.large) })
		}
	}
	commitCtx, stopCommitter := context.WithCancel(workCtx)
	committerDone := make(chan struct{})
	go func() {
		defer close(committerDone)
		p.commitLoop(commitCtx)
	}()

	fetchErr := p.fetchLoop(fetchCtx, lanes)
	close(lanes.normal)
	close(lanes.large)
	drainErr := p.drain(&workers, &deliveries, cancelWork)
	stopCommitter()
	<-committerDone
	commitErr := p.finalCommit(context.WithoutCancel(ctx))

	err := errors.Join(p.fatalErr(), fetchErr, drainErr, commitErr)
	if n := p.tracker.Uncommitted(); n > 0 {
		err = errors.Join(err, fmt.Errorf("pipeline: %d fetched messages left uncommitted; they will be delivered again", n))
	}
	p.log.Info("pipeline stopped", "uncommitted", p.tracker.Uncommitted(), "err", err)
	return err
}

// lanes are the job queues of the workers.
type lanes struct {
	normal, large chan job
	largeBytes    int // inputs over it go to large; <= 0: everything to normal
}

// of is the lane of a message: the large one for an input over largeBytes.
// The tracker keeps each partition's commits in order whatever lane its
// messages took.
func (l lanes) of(m kafka.Message) chan<- job {
	if l.largeBytes > 0 && len(m.Value) > l.largeBytes {
		return l.large
	}
	return l.normal
}

// fetchLoop fetches until ctx is done or the source is closed.
func (p *Pipeline) fetchLoop(ctx context.Context, lanes lanes) error {
	backoff := 50 * time.Millisecond
	for {
		m, err := p.cfg.Source.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, io.EOF) {
				return nil
			}
			p.log.Warn("fetch failed", "err", err, "retry_in", backoff)
			if !sleepCtx(ctx, backoff) {
				return nil
			}
			backoff = min(backoff*2, 5*time.Second)
			continue
		}
		backoff = 50 * time.Millisecond
		p.m.Consumed.Inc()
		p.m.InFlight.Inc()
		if m.HighWaterMark > 0 {
			p.m.lag(m.Topic, m.Partition, m.HighWaterMark-m.Offset-1)
		}
		tok := p.tracker.Add(Position{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset})
		select {
		case lanes.of(m) <- job{m, tok}:
		case <-ctx.Done():
			// Fetched, never processed, never committed: delivered again.
			p.tracker.Forget(tok)
			p.m.InFlight.Dec()
			return nil
		}
	}
}

// drain waits for the workers and deliveries, at most ShutdownTimeout;
// after that it cancels what is left (left uncommitted, delivered again).
func (p *Pipeline) drain(workers, deliveries *sync.WaitGroup, cancelWork context.CancelFunc) error {
	drained := make(chan struct{})
	go func() { workers.Wait(); deliveries.Wait(); close(drained) }()
	timer := time.NewTimer(p.cfg.ShutdownTimeout)
	defer timer.Stop()
	select {
	case <-drained:
		return nil
	case <-timer.C:
		err := fmt.Errorf("pipeline: drain did not finish within %v (%d messages unfinished)",
			p.cfg.ShutdownTimeout, p.tracker.Pending())
		cancelWork()
		<-drained
		return err
	}
}

// finalCommit commits what is finished, retrying for at most
// finalCommitTimeout (a commit sent while the group rebalances fails; after
// the rebalance the reader refuses what belonged to the old generation,
// which is right: the new owner redoes it).
func (p *Pipeline) finalCommit(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, finalCommitTimeout)
	defer cancel()
	for {
		err := p.commit(ctx)
		if err == nil {
			return nil
		}
		if !sleepCtx(ctx, 200*time.Millisecond) {
			return err
		}
	}
}
