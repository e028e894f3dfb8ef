package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/segmentio/kafka-go"
)

// commitLoop commits finished prefixes as they grow, until ctx ends.
func (p *Pipeline) commitLoop(ctx context.Context) {
	retry := time.NewTicker(time.Second)
	defer retry.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-p.tracker.Ready():
		case <-retry.C:
		}
		if err := p.commit(ctx); err != nil && ctx.Err() == nil {
			p.log.Warn("offset commit failed; will retry", "err", err)
		}
		if p.cfg.CommitInterval > 0 && !sleepCtx(ctx, p.cfg.CommitInterval) {
			return
		}
	}
}

// commit commits every partition's finished prefix. Which of them the
// consumer group lets this member commit is the source's business
// (GroupReader skips an earlier generation's work).
func (p *Pipeline) commit(ctx context.Context) error {
	ps := p.tracker.Committable()
	if len(ps) == 0 {
		return nil
	}
	msgs := make([]kafka.Message, len(ps))
	for i, pos := range ps {
		msgs[i] = kafka.Message{Topic: pos.Topic, Partition: pos.Partition, Offset: pos.Offset}
	}
	err := p.cfg.Source.CommitMessages(ctx, msgs...)
	var nc *NotCommittedError
	if errors.As(err, &nc) {
		// Not this member's to commit any more: release them (the
		// partition's owner redoes or has done them), record the rest.
		refused := map[Position]bool{}
		for _, m := range nc.Messages {
			refused[Position{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset}] = true
		}
		var rel []Position
		for _, pos := range ps {
			if refused[pos] {
				rel = append(rel, pos)
			}
		}
		p.tracker.Release(rel)
		ps = slices.DeleteFunc(ps, func(pos Position) bool { return refused[pos] })
		err = nil
	}
	if err != nil {
		p.m.CommitErrors.Inc()
		return fmt.Errorf("pipeline: commit %d partitions: %w", len(ps), err)
	}
	if len(ps) == 0 {
		return nil
	}
	p.tracker.Committed(ps)
	p.m.Commits.Inc()
	for _, pos := range ps {
		p.log.Debug("committed", "topic", pos.Topic, "partition", pos.Partition, "offset", pos.Offset+1)
	}
	return nil
}
