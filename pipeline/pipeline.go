// Package pipeline consumes raw articles from Kafka, extracts their records
// on a pool of workers and hands the results to sinks, committing input
// offsets in order per partition once everything derived from a message is
// acknowledged: at-least-once delivery, nothing lost.
package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sinks"
)

// Source is where input messages come from; a *GroupReader (NewReader) is
// one. FetchMessage must not commit. (A *kafka.Reader with a GroupID also
// fits, but commits with whatever generation is current, so after a
// rebalance a late commit can move a partition's offset back.)
type Source interface {
	FetchMessage(ctx context.Context) (kafka.Message, error)
	CommitMessages(ctx context.Context, msgs ...kafka.Message) error
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
	// MaxEvents is the most events kept per article (default
	// DefaultMaxEvents); MaxRecordBytes the largest article record, as JSON
	// (default: Kafka's default message size limit less room for headers).
	// A record over either is cut and says so (see bound).
	MaxEvents      int
	MaxRecordBytes int
	// LargeBytes: inputs larger than this are extracted on a lane of their
	// own (LargeWorkers workers, default 1) next to the Workers, so that a
	// few huge inputs never hold up normal articles. Default
	// DefaultLargeBytes; negative turns the lane off.
	LargeBytes   int
	LargeWorkers int
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

	// fatal ends fetching when the pipeline cannot go on without losing
	// input (a dead letter no sink can take); the first cause is returned
	// by Run.
	fatalMu sync.Mutex
	fatal   error
	stop    context.CancelCauseFunc
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
	if cfg.MaxEvents <= 0 {
		cfg.MaxEvents = DefaultMaxEvents
	}
	if cfg.MaxRecordBytes <= 0 {
		cfg.MaxRecordBytes = sinks.DefaultMaxMessageBytes - sinks.RecordHeadroom
	}
	if cfg.LargeBytes == 0 {
		cfg.LargeBytes = DefaultLargeBytes
	}
	if cfg.LargeWorkers <= 0 {
		cfg.LargeWorkers = 1
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

// DefaultLargeBytes is the input size above which an article goes to the
// large lane: news articles are a few kilobytes of text and most HTML pages
// under 200 KB, so only the exceptional input is counted large.
const DefaultLargeBytes = 256 << 10

// largeQueue is how many large inputs may wait for the large lane before
// fetching waits for it (their values are held in memory).
const largeQueue = 16

// DefaultGCPercent is the garbage-collector target `newswire run` sets
// (Go's GOGC, default 100): extraction allocates a lot of short-lived maps
// (prose's tagger), and at 300 the pipeline benchmark ran 5–10 % faster on
// two cores, for about 100 MB more resident memory (125 MB → 232 MB for the
// extractor over the BBC corpus).
const DefaultGCPercent = 300

// fail stops fetching for good: the pipeline cannot go on without losing
// input. Run drains what is in flight and returns err.
func (p *Pipeline) fail(err error) {
	p.fatalMu.Lock()
	defer p.fatalMu.Unlock()
	if p.fatal == nil {
		p.fatal = err
		p.log.Error("pipeline stopping", "err", err)
		if p.stop != nil {
			p.stop(err)
		}
	}
}

func (p *Pipeline) fatalErr() error {
	p.fatalMu.Lock()
	defer p.fatalMu.Unlock()
	return p.fatal
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
