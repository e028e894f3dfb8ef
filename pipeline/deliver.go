package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sinks"
)

// process turns one message into its batches (one per article it holds)
// and starts their delivery, which marks the message done once every one
// is acknowledged.
func (p *Pipeline) process(ctx context.Context, j job, slots chan struct{}, deliveries *sync.WaitGroup) {
	m := j.msg
	src := sinks.Source{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset,
		Key: m.Key, Value: m.Value, Time: m.Time}
	for _, h := range m.Headers {
		src.Headers = append(src.Headers, sinks.Header{Key: h.Key, Value: h.Value})
	}
	start := time.Now()
	bs, err := p.batches(ctx, m, src)
	p.m.Extraction.Observe(time.Since(start).Seconds())
	if err != nil {
		// Cancelled during drain: leave it uncommitted.
		p.log.Debug("extraction abandoned", "topic", m.Topic, "partition", m.Partition, "offset", m.Offset, "err", err)
		p.m.InFlight.Dec()
		return
	}
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		p.m.InFlight.Dec()
		return
	}
	deliveries.Go(func() {
		defer func() { <-slots }()
		p.finish(ctx, j, bs)
	})
}

// finish delivers the batches of one message and marks the message done
// once every one is acknowledged; a batch that cannot be delivered without
// losing its input stops the pipeline.
func (p *Pipeline) finish(ctx context.Context, j job, bs []sinks.Batch) {
	defer p.m.InFlight.Dec()
	m := j.msg
	for i := range bs {
		if err := p.deliver(ctx, &bs[i]); err != nil {
			if ctx.Err() == nil {
				p.fail(fmt.Errorf("pipeline: %s/%d@%d left uncommitted: %w", m.Topic, m.Partition, m.Offset, err))
			}
			return
		}
	}
	p.tracker.Done(j.tok)
	for _, b := range bs {
		if dl := b.DeadLetter; dl != nil {
			p.m.DeadLettered.WithLabelValues(dl.Class).Inc()
			p.log.Warn("dead-lettered", "class", dl.Class, "error", dl.Message,
				"topic", m.Topic, "partition", m.Partition, "offset", m.Offset, "element", b.Source.Element)
			continue
		}
		p.m.Processed.Inc()
		for _, e := range b.Record.Events {
			p.m.Events.WithLabelValues(e.Type).Inc()
		}
	}
	if !m.Time.IsZero() {
		p.m.EndToEnd.Observe(time.Since(m.Time).Seconds())
	}
}

// extract decodes and extracts one message. Bad input comes back as a dead
// letter; err is set only when ctx ended first.
func (p *Pipeline) extract(ctx context.Context, m kafka.Message) (rec *extract.Record, dl *sinks.DeadLetter, err error) {
	if len(m.Value) > p.cfg.MaxBytes {
		return nil, &sinks.DeadLetter{Class: extract.ClassTooLarge,
			Message: fmt.Sprintf("%d bytes, over the limit of %d", len(m.Value), p.cfg.MaxBytes)}, nil
	}
	name := string(m.Key)
	if name == "" {
		name = fmt.Sprintf("%s-%d-%d", m.Topic, m.Partition, m.Offset)
	}
	a, dl := p.decode(name, m.Value)
	if dl != nil {
		return nil, dl, nil
	}
	return p.extractArticle(ctx, a)
}

// decode decodes one message; bad input, or a panic, is a dead letter.
func (p *Pipeline) decode(name string, value []byte) (a extract.Article, dl *sinks.DeadLetter) {
	defer func() {
		if r := recover(); r != nil {
			dl = &sinks.DeadLetter{Class: sinks.ClassPanic, Message: fmt.Sprintf("panic in extraction: %v", r)}
		}
	}()
	a, err := p.cfg.Decoder.Decode(name, value)
	if err != nil {
		return a, deadLetter(err, "decode")
	}
	return a, nil
}

// normalize makes empty lists [] rather than null in the JSON, as the
// record schemas require.
func normalize(rec *extract.Record) {
	if rec.Entities == nil {
		rec.Entities = []extract.Entity{}
	}
	if rec.Events == nil {
		rec.Events = []extract.Event{}
	}
	for i := range rec.Events {
		if rec.Events[i].Participants == nil {
			rec.Events[i].Participants = []extract.Participant{}
		}
	}
}

func deadLetter(err error, stage string) *sinks.DeadLetter {
	class := extract.ErrorClass(err)
	if class == "" {
		class = sinks.ClassExtract
	}
	return &sinks.DeadLetter{Class: class, Message: fmt.Sprintf("%s: %v", stage, err)}
}

// deadLetterAttempts is how many times a dead letter the sinks refuse for
// good is tried (with backoff) before the pipeline gives up on its input.
const deadLetterAttempts = 5

// deliver writes b to every sink, in two explicit steps:
//
//  1. a record: written as made; when a sink can never take it (over a
//     size limit), the input becomes a record-rejected dead letter;
//  2. a dead letter (bad input, or step 1's): written, a refusal retried
//     with backoff (see writeDeadLetter).
//
// It returns nil once every sink acknowledged, ctx's error when it ended
// first, and another error when even the dead letter cannot be written:
// then the input must stay uncommitted.
func (p *Pipeline) deliver(ctx context.Context, b *sinks.Batch) error {
	if b.DeadLetter == nil {
		err := p.writeAll(ctx, *b)
		var rej *sinks.RejectedError
		if !errors.As(err, &rej) {
			return err
		}
		p.log.Warn("record refused for good; dead-lettering the input", "err", err,
			"topic", b.Source.Topic, "partition", b.Source.Partition, "offset", b.Source.Offset)
		b.Record = nil
		b.DeadLetter = &sinks.DeadLetter{Class: sinks.ClassRejected, Message: err.Error()}
	}
	return p.writeDeadLetter(ctx, *b)
}

// writeDeadLetter writes a dead letter. Dead letters are cut to fit the
// brokers' limit, so a refusal is either passing or means a limit below
// the one configured (--max-message-bytes): it is retried
// deadLetterAttempts times with backoff (0.2 s doubling), then given up.
func (p *Pipeline) writeDeadLetter(ctx context.Context, b sinks.Batch) error {
	backoff := 200 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := p.writeAll(ctx, b)
		var rej *sinks.RejectedError
		if !errors.As(err, &rej) {
			return err
		}
		if attempt == deadLetterAttempts {
			return fmt.Errorf("dead letter (%s) refused %d times; is --max-message-bytes above the dead-letter topic's limit? %w",
				b.DeadLetter.Class, attempt, err)
		}
		p.m.SinkRetries.Inc()
		p.log.Warn("dead letter refused; retrying", "err", err, "attempt", attempt, "retry_in", backoff)
		if !sleepCtx(ctx, backoff) {
			return ctx.Err()
		}
		backoff *= 2
	}
}

// writeAll writes b to each sink in turn, retrying a failed write with
// backoff until it succeeds, ctx ends or the sink refuses it for good
// (*sinks.RejectedError, returned at once).
func (p *Pipeline) writeAll(ctx context.Context, b sinks.Batch) error {
	for _, s := range p.cfg.Sinks {
		backoff := 100 * time.Millisecond
		for {
			err := s.Write(ctx, b)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var rej *sinks.RejectedError
			if errors.As(err, &rej) {
				return err
			}
			p.m.SinkRetries.Inc()
			p.log.Warn("sink write failed; retrying", "err", err, "retry_in", backoff)
			if !sleepCtx(ctx, backoff) {
				return ctx.Err()
			}
			backoff = min(backoff*2, 5*time.Second)
		}
	}
	return nil
}
