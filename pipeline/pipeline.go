// Package pipeline consumes raw articles from Kafka, extracts their records
// on a pool of workers and hands the results to sinks, committing input
// offsets in order per partition once everything derived from a message is
// acknowledged: at-least-once delivery, nothing lost.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sinks"
)

// Source is where input messages come from; a *kafka.Reader with a GroupID
// is one. FetchMessage must not commit.
type Source interface {
	FetchMessage(ctx context.Context) (kafka.Message, error)
	CommitMessages(ctx context.Context, msgs ...kafka.Message) error
}

// rebalanceCounter is a Source that counts consumer-group generations;
// *kafka.Reader does (ReaderStats.Rebalances, reset on every call).
type rebalanceCounter interface {
	Stats() kafka.ReaderStats
}

// Extractor builds the record of one article; *extract.Extractor is one. It
// must be safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, a extract.Article) (*extract.Record, error)
}

// Decoder turns raw bytes into an article; extract.Decoder is one.
type Decoder interface {
	Decode(name string, data []byte) (extract.Article, error)
}

// Sink receives everything derived from one input message and returns once
// it is acknowledged.
type Sink interface {
	Write(ctx context.Context, b sinks.Batch) error
}

// Config configures a Pipeline. Source, Extractor and Sinks are required.
type Config struct {
	Source    Source
	Decoder   Decoder // default extract.Decoder{MaxBytes: MaxBytes}
	Extractor Extractor
	Sinks     []Sink

	// Workers is the number of concurrent extractions; default one per CPU.
	Workers int
	// MaxBytes is the size limit of one input message; larger ones are
	// dead-lettered without being decoded. Default extract.DefaultMaxBytes.
	MaxBytes int
	// ShutdownTimeout bounds the drain after the context is cancelled:
	// in-flight messages still unfinished then are abandoned (not committed,
	// so delivered again). Default 20 s.
	ShutdownTimeout time.Duration
	// MaxInFlight bounds the batches handed to the sinks and not yet
	// acknowledged. Delivery runs apart from the extraction workers, so that
	// a worker never idles waiting for acks and the producer can batch many
	// messages per request. Default 1024.
	MaxInFlight int
	// CommitInterval, when positive, batches commits: at most one commit per
	// interval. 0 commits as soon as a partition's finished prefix grows.
	CommitInterval time.Duration

	Logger  *slog.Logger
	Metrics *Metrics
}

// Pipeline is a configured consumer; Run runs it.
type Pipeline struct {
	cfg     Config
	log     *slog.Logger
	m       *Metrics
	tracker *Tracker

	rebalMu   sync.Mutex
	rebalNext time.Time
	gens      int64 // consumer-group generations seen
}

// New checks cfg and returns a pipeline.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Source == nil || cfg.Extractor == nil || len(cfg.Sinks) == 0 {
		return nil, errors.New("pipeline: Source, Extractor and at least one Sink are required")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = extract.DefaultMaxBytes
	}
	if cfg.Decoder == nil {
		cfg.Decoder = extract.Decoder{MaxBytes: cfg.MaxBytes}
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 1024
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 20 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	return &Pipeline{cfg: cfg, log: cfg.Logger, m: cfg.Metrics, tracker: NewTracker()}, nil
}

type job struct {
	msg kafka.Message
	tok *Token
}

// DefaultGCPercent is the garbage-collector target `newswire run` sets
// (Go's GOGC, default 100): extraction allocates a lot of short-lived maps
// (prose's tagger), and at 300 the pipeline benchmark ran 5–10 % faster on
// two cores, for about 100 MB more resident memory (125 MB → 232 MB for the
// extractor over the BBC corpus).
const DefaultGCPercent = 300

// Run consumes until ctx is cancelled or the source is closed, then drains:
// it stops fetching, lets the workers finish (at most ShutdownTimeout),
// commits what is finished and returns. It does not close the source or the
// sinks. The error is nil after a clean drain.
func (p *Pipeline) Run(ctx context.Context) error {
	// Work outlives ctx by up to ShutdownTimeout so that a drain can finish.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	jobs := make(chan job, p.cfg.Workers)
	var workers, deliveries sync.WaitGroup
	slots := make(chan struct{}, p.cfg.MaxInFlight)
	for range p.cfg.Workers {
		workers.Go(func() {
			for j := range jobs {
				p.process(workCtx, j, slots, &deliveries)
			}
		})
	}
	commitCtx, stopCommitter := context.WithCancel(workCtx)
	committerDone := make(chan struct{})
	go func() {
		defer close(committerDone)
		p.commitLoop(commitCtx)
	}()

	fetchErr := p.fetchLoop(ctx, jobs)
	close(jobs)

	drained := make(chan struct{})
	go func() { workers.Wait(); deliveries.Wait(); close(drained) }()
	timer := time.NewTimer(p.cfg.ShutdownTimeout)
	defer timer.Stop()
	var err error
	select {
	case <-drained:
	case <-timer.C:
		err = fmt.Errorf("pipeline: drain did not finish within %v; %d messages left uncommitted",
			p.cfg.ShutdownTimeout, p.tracker.Pending())
		cancelWork()
		<-drained
	}
	stopCommitter()
	<-committerDone
	// Final commit, retried for at most 5 s (a commit sent while the group
	// rebalances fails; after the rebalance the fence leaves nothing of this
	// member's to commit, which is right: the new owner redoes it).
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	for {
		cerr := p.commit(cctx)
		if cerr == nil {
			break
		}
		if !sleepCtx(cctx, 200*time.Millisecond) {
			if err == nil {
				err = cerr
			}
			break
		}
	}
	if fetchErr != nil && err == nil {
		err = fetchErr
	}
	p.log.Info("pipeline stopped", "uncommitted", p.tracker.Pending(), "err", err)
	return err
}

// fetchLoop fetches until ctx is done or the source is closed.
func (p *Pipeline) fetchLoop(ctx context.Context, jobs chan<- job) error {
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
		p.checkRebalance(false)
		tok := p.tracker.Add(m)
		select {
		case jobs <- job{m, tok}:
		case <-ctx.Done():
			// Fetched, never processed, never committed: delivered again.
			p.m.InFlight.Dec()
			return nil
		}
	}
}

// process turns one message into a batch and starts its delivery, which
// marks it done once acknowledged.
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

// finish delivers the batches of one message (one per article it holds)
// and marks the message done once every one is acknowledged.
func (p *Pipeline) finish(ctx context.Context, j job, bs []sinks.Batch) {
	defer p.m.InFlight.Dec()
	for i := range bs {
		if !p.deliver(ctx, &bs[i]) {
			return
		}
	}
	m := j.msg
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
	defer func() {
		if r := recover(); r != nil {
			rec, err = nil, nil
			dl = &sinks.DeadLetter{Class: sinks.ClassPanic, Message: fmt.Sprintf("panic in extraction: %v", r)}
		}
	}()
	a, derr := p.cfg.Decoder.Decode(name, m.Value)
	if derr != nil {
		return nil, deadLetter(derr, "decode"), nil
	}
	rec, xerr := p.cfg.Extractor.Extract(ctx, a)
	if xerr != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		return nil, deadLetter(xerr, "extract"), nil
	}
	if rec == nil {
		return nil, &sinks.DeadLetter{Class: sinks.ClassExtract, Message: "extractor returned no record"}, nil
	}
	normalize(rec)
	return rec, nil, nil
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

// deliver writes b to every sink, retrying each until it succeeds or ctx
// ends, and reports whether all acknowledged (it may change b into a dead
// letter). A record a sink rejects for good (over a size limit) becomes a
// dead letter; a dead letter rejected for good is logged and dropped.
func (p *Pipeline) deliver(ctx context.Context, b *sinks.Batch) bool {
	for i := 0; i < len(p.cfg.Sinks); i++ {
		backoff := 100 * time.Millisecond
		for {
			err := p.cfg.Sinks[i].Write(ctx, *b)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return false
			}
			var rej *sinks.RejectedError
			if errors.As(err, &rej) {
				if b.DeadLetter != nil {
					p.log.Error("dead letter rejected by a sink; dropped", "err", err, "class", b.DeadLetter.Class,
						"topic", b.Source.Topic, "partition", b.Source.Partition, "offset", b.Source.Offset)
					return true
				}
				b.Record = nil
				b.DeadLetter = &sinks.DeadLetter{Class: sinks.ClassRejected, Message: err.Error()}
				i = -1 // start again with the dead letter
				break
			}
			p.m.SinkRetries.Inc()
			p.log.Warn("sink write failed; retrying", "err", err, "retry_in", backoff)
			if !sleepCtx(ctx, backoff) {
				return false
			}
			backoff = min(backoff*2, 5*time.Second)
		}
	}
	return true
}

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

// checkRebalance fences the tracker when the group moved to a new
// generation since the last check. Unless force, it asks at most every 10 ms.
func (p *Pipeline) checkRebalance(force bool) {
	rc, ok := p.cfg.Source.(rebalanceCounter)
	if !ok {
		return
	}
	p.rebalMu.Lock()
	defer p.rebalMu.Unlock()
	now := time.Now()
	if !force && now.Before(p.rebalNext) {
		return
	}
	p.rebalNext = now.Add(10 * time.Millisecond)
	if n := rc.Stats().Rebalances; n > 0 {
		p.tracker.Fence()
		p.m.Lag.Reset() // partitions may have moved
		p.gens += n
		if p.gens > 1 {
			p.log.Info("consumer group rebalanced; work fetched before is not committed by this member", "generation", p.gens)
		} else {
			p.log.Debug("joined the consumer group")
		}
	}
}

// commit commits every partition's finished prefix.
func (p *Pipeline) commit(ctx context.Context) error {
	p.checkRebalance(true)
	msgs := p.tracker.Committable()
	if len(msgs) == 0 {
		return nil
	}
	if err := p.cfg.Source.CommitMessages(ctx, msgs...); err != nil {
		for _, m := range msgs {
			p.log.Debug("commit failed", "topic", m.Topic, "partition", m.Partition, "offset", m.Offset+1)
		}
		p.m.CommitErrors.Inc()
		return fmt.Errorf("pipeline: commit %d partitions: %w", len(msgs), err)
	}
	p.tracker.Committed(msgs)
	p.m.Commits.Inc()
	for _, m := range msgs {
		p.log.Debug("committed", "topic", m.Topic, "partition", m.Partition, "offset", m.Offset+1)
	}
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
