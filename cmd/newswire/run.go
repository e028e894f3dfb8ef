package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/embedded"
	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
	"github.com/newswire/newswire/sinks"
)

func init() {
	register("run", command{summary: "the Kafka pipeline (embedded broker when no brokers are configured)", run: runCmd})
}

// runConfig is everything `newswire run` can be told.
type runConfig struct {
	Brokers         string
	EmbeddedAddr    string
	EmbeddedData    string
	EmbeddedSync    bool
	Partitions      int
	Group           string
	InputTopic      string
	EventsTopic     string
	ArticlesTopic   string
	DeadLetterTopic string
	Sinks           string
	File            string
	JSONLRecords    string
	Workers         int
	MaxBytes        int
	MaxMessageBytes int
	MaxEvents       int
	LargeBytes      int
	BatchTimeout    time.Duration
	SessionTimeout  time.Duration
	ShutdownTimeout time.Duration
	MetricsAddr     string
	LogFormat       string
	LogLevel        string
	Tables          string
	GCPercent       int
	WithText        bool
	FatalAfter      time.Duration
	Security        securityConfig
}

// runFlags defines the flags of run on a new flag set.
func runFlags(c *runConfig) *envFlags {
	f := newEnvFlags("run")
	f.StringVar(&c.Brokers, "brokers", "", "Kafka bootstrap brokers, comma-separated; empty starts an embedded broker")
	f.StringVar(&c.EmbeddedAddr, "embedded-addr", "127.0.0.1:9092", "listen address of the embedded broker (127.0.0.1 only)")
	f.StringVar(&c.EmbeddedData, "embedded-data", defaultDataDir, "data directory of the embedded broker, kept across restarts; \"\" keeps everything in memory")
	f.BoolVar(&c.EmbeddedSync, "embedded-sync", false, "fsync every write of the embedded broker (survives power loss; slower)")
	f.IntVar(&c.Partitions, "partitions", 6, "partitions of each topic the embedded broker creates")
	f.StringVar(&c.Group, "group", "newswire", "consumer group id")
	f.StringVar(&c.InputTopic, "input-topic", "news.raw", "topic of raw articles")
	f.StringVar(&c.EventsTopic, "events-topic", "news.events", "topic of event records (one message per event); empty disables")
	f.StringVar(&c.ArticlesTopic, "articles-topic", "news.articles", "topic of article records; empty disables")
	f.StringVar(&c.DeadLetterTopic, "deadletter-topic", "news.deadletter", "topic of bad input; empty only logs and counts it")
	f.StringVar(&c.Sinks, "sinks", "kafka", "record sinks, comma-separated: kafka, file, stdout")
	f.StringVar(&c.File, "file", "newswire-records.jsonl", "JSON-lines file of the file sink (appended to)")
	f.StringVar(&c.JSONLRecords, "jsonl-records", sinks.LinesArticles, "records the file and stdout sinks write: articles, events or all")
	f.IntVar(&c.Workers, "workers", runtime.NumCPU(), "concurrent extraction workers")
	f.IntVar(&c.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "size limit of one input message; larger ones are dead-lettered")
	f.IntVar(&c.MaxMessageBytes, "max-message-bytes", sinks.DefaultMaxMessageBytes, "largest message the brokers accept on the output topics (message.max.bytes / max.message.bytes): records are kept below it, dead letters cut to fit")
	f.IntVar(&c.LargeBytes, "large-bytes", pipeline.DefaultLargeBytes, "inputs larger than this are extracted on a lane of their own (one worker) so they never hold up normal articles; negative: no such lane")
	f.IntVar(&c.MaxEvents, "max-events", pipeline.DefaultMaxEvents, "most events kept per article; the record of an article with more says how many were dropped")
	f.DurationVar(&c.BatchTimeout, "batch-timeout", 5*time.Millisecond, "producer batch timeout")
	f.DurationVar(&c.SessionTimeout, "session-timeout", 10*time.Second, "consumer-group session timeout")
	f.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", 20*time.Second, "bound on draining in-flight work after SIGINT/SIGTERM")
	f.StringVar(&c.MetricsAddr, "metrics-addr", ":9464", "address of /metrics, /healthz and /readyz; empty disables")
	f.StringVar(&c.LogFormat, "log-format", "text", "log format: text or json")
	f.StringVar(&c.LogLevel, "log-level", "info", "log level: debug, info, warn or error")
	f.StringVar(&c.Tables, "tables", "", "folder of rule tables extending the embedded ones")
	f.IntVar(&c.GCPercent, "gc-percent", pipeline.DefaultGCPercent, "garbage-collector target percentage (Go's GOGC); higher trades memory for throughput")
	f.BoolVar(&c.WithText, "with-text", false, "put the text the extractor read into each article record (spans index it)")
	f.DurationVar(&c.FatalAfter, "fatal-after", 30*time.Second, "how long an error that retrying cannot heal (authentication, TLS, authorization, unknown topic) may last before run exits non-zero")
	c.Security.define(f)
	f.bind(withSecurityEnv(map[string]string{"brokers": "KAFKA_BROKERS"}))
	return f
}

func runCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c runConfig
	f := runFlags(&c)
	f.SetOutput(stderr)
	if err := f.parse(args, nil); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "newswire run:", err)
		return 2
	}
	log, err := newLogger(stderr, c.LogFormat, c.LogLevel)
	if err != nil {
		fmt.Fprintln(stderr, "newswire run:", err)
		return 2
	}
	if c.GCPercent > 0 {
		debug.SetGCPercent(c.GCPercent)
	}
	if err := runPipeline(ctx, c, log, stdout, nil); err != nil {
		log.Error("newswire run failed", "err", err)
		return 1
	}
	return 0
}

func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log format %q: want text or json", format)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// runPipeline runs the pipeline until ctx ends, then drains and returns.
// started, when set, gets the brokers once the pipeline is consuming.
func runPipeline(ctx context.Context, c runConfig, log *slog.Logger, stdout io.Writer, started func(brokers []string)) error {
	if c.Workers <= 0 {
		return fmt.Errorf("--workers must be positive, got %d", c.Workers)
	}
	if c.MaxBytes <= 0 {
		return fmt.Errorf("--max-bytes must be positive, got %d", c.MaxBytes)
	}
	if c.MaxMessageBytes == 0 {
		c.MaxMessageBytes = sinks.DefaultMaxMessageBytes
	}
	if c.MaxMessageBytes < 2*sinks.RecordHeadroom {
		return fmt.Errorf("--max-message-bytes must be at least %d, got %d", 2*sinks.RecordHeadroom, c.MaxMessageBytes)
	}
	if c.MaxEvents == 0 {
		c.MaxEvents = pipeline.DefaultMaxEvents
	}
	if c.MaxEvents < 0 {
		return fmt.Errorf("--max-events must be positive, got %d", c.MaxEvents)
	}
	var ready atomic.Bool
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics := pipeline.NewMetrics(reg)
	sec, err := c.Security.build(log)
	if err != nil {
		return err
	}
	health := pipeline.NewHealth(pipeline.HealthConfig{FatalAfter: c.FatalAfter, Logger: log, Registerer: reg})
	if c.MetricsAddr != "" {
		stop, addr, err := serveOpsCheck(c.MetricsAddr, reg, readiness(&ready, health), log)
		if err != nil {
			return err
		}
		defer stop()
		log.Info("serving /metrics, /healthz and /readyz", "addr", addr)
	}

	brokers := splitList(c.Brokers)
	if len(brokers) == 0 && (sec.SASL != nil || sec.TLS != nil) {
		return fmt.Errorf("SASL/TLS settings (KAFKA_SASL_*, KAFKA_TLS*) need a cluster (--brokers / KAFKA_BROKERS); the embedded broker listens on 127.0.0.1 without them")
	}
	if len(brokers) == 0 {
		host, portStr, err := net.SplitHostPort(c.EmbeddedAddr)
		port, perr := strconv.Atoi(portStr)
		if err != nil || perr != nil || (host != "127.0.0.1" && host != "localhost" && host != "") {
			return fmt.Errorf("--embedded-addr %q: want 127.0.0.1:PORT", c.EmbeddedAddr)
		}
		topics := []string{c.InputTopic}
		for _, t := range []string{c.EventsTopic, c.ArticlesTopic, c.DeadLetterTopic} {
			if t != "" {
				topics = append(topics, t)
			}
		}
		dataDir := resolveDataDir(c.EmbeddedData)
		b, err := embedded.Start(embedded.Config{Port: port, Topics: topics, Partitions: c.Partitions,
			MaxMessageBytes: max(16<<20, 2*c.MaxBytes), DataDir: dataDir, SyncWrites: c.EmbeddedSync})
		if err != nil {
			return fmt.Errorf("no brokers configured (--brokers / KAFKA_BROKERS) and the embedded broker failed: %w", err)
		}
		defer b.Close()
		brokers = []string{b.Addr()}
		kept := dataDir
		if kept == "" {
			kept = "memory only: queued articles are lost at exit"
		}
		log.Info("no brokers configured: started embedded Kafka broker (kfake)",
			"addr", b.Addr(), "topics", strings.Join(topics, ","), "partitions", c.Partitions,
			"data", kept, "restored", b.Restored())
		defer func() {
			// Runs before the broker closes: say what is still queued.
			n, err := backlog(brokers, c.Group, c.InputTopic)
			switch {
			case err != nil:
				log.Warn("could not measure the input backlog", "err", err)
			case dataDir == "" && n > 0:
				log.Warn("embedded broker stopping in memory-only mode: queued articles are lost", "queued", n, "topic", c.InputTopic)
			case dataDir == "":
				log.Info("embedded broker stopping", "queued", 0, "topic", c.InputTopic)
			default:
				log.Info("embedded broker stopping", "queued", n, "topic", c.InputTopic, "kept_in", dataDir)
			}
		}()
	}

	x, err := extract.New(extract.Options{TablesDir: c.Tables, WithText: c.WithText})
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}
	// SIGTERM while starting (an orchestrator scaling down; loading the
	// extractor takes a while): nothing was fetched, so nothing is left to
	// deliver: a clean stop.
	if ctx.Err() != nil {
		log.Info("stopped before consuming")
		return nil
	}
	if err := checkTopics(ctx, brokers, sec.trackedTransport(), c.InputTopic, c.EventsTopic, c.ArticlesTopic, c.DeadLetterTopic); err != nil {
		if ctx.Err() != nil {
			log.Info("stopped before consuming")
			return nil
		}
		return err
	}

	var ss []pipeline.Sink
	writer := sinks.NewWriter(brokers, c.BatchTimeout, c.MaxMessageBytes, sec.transport())
	producer := &onceCloser{log: log, what: "producer", c: writer}
	defer producer.Close()
	topics := sinks.Topics{DeadLetter: c.DeadLetterTopic}
	var closers []io.Closer
	defer func() {
		for _, cl := range closers {
			cl.Close()
		}
	}()
	for _, s := range splitList(c.Sinks) {
		switch s {
		case "kafka":
			topics.Events, topics.Articles = c.EventsTopic, c.ArticlesTopic
		case "file":
			fh, err := os.OpenFile(c.File, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
			if err != nil {
				return fmt.Errorf("file sink: %w", err)
			}
			l, err := sinks.NewLines(fh, c.JSONLRecords)
			if err != nil {
				fh.Close()
				return err
			}
			closers = append(closers, l)
			ss = append(ss, l)
		case "stdout":
			l, err := sinks.NewLines(struct{ io.Writer }{stdout}, c.JSONLRecords)
			if err != nil {
				return err
			}
			closers = append(closers, l)
			ss = append(ss, l)
		default:
			return fmt.Errorf("--sinks: unknown sink %q (want kafka, file or stdout)", s)
		}
	}
	// The Kafka sink always runs: it carries dead letters even when records
	// go only to files.
	ss = append([]pipeline.Sink{health.WrapSink(sinks.NewKafka(writer, topics).Limit(c.MaxMessageBytes))}, ss...)

	reader, err := pipeline.NewReader(pipeline.ReaderConfig{Brokers: brokers, GroupID: c.Group, Topic: c.InputTopic,
		MaxMessageBytes: c.MaxBytes, SessionTimeout: c.SessionTimeout, Dialer: sec.dialer(), Logger: log})
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Config{Source: health.WrapSource(reader), Extractor: x, Sinks: ss, Workers: c.Workers,
		Decoder:  extract.Decoder{MaxBytes: c.MaxBytes, Cleaner: x.Cleaner()},
		MaxBytes: c.MaxBytes, MaxEvents: c.MaxEvents, MaxRecordBytes: c.MaxMessageBytes - sinks.RecordHeadroom,
		LargeBytes:      c.LargeBytes,
		ShutdownTimeout: c.ShutdownTimeout, Logger: log, Metrics: metrics})
	if err != nil {
		reader.Close()
		return err
	}
	log.Info("consuming", "brokers", strings.Join(brokers, ","), "group", c.Group, "topic", c.InputTopic,
		"workers", c.Workers, "sinks", c.Sinks)
	ready.Store(true)
	if started != nil {
		started(brokers)
	}
	runCtx, fatal := watchHealth(ctx, health, sec, brokers, c, log)
	runErr := p.Run(runCtx)
	ready.Store(false)
	// Leave the group and flush the producer, side by side, each bounded.
	closeAll(&onceCloser{log: log, what: "consumer", c: reader}, producer)
	if err := fatal(); err != nil {
		return err
	}
	return runErr
}

// checkTopics fails clearly when a topic newswire uses does not exist
// (empty names are skipped).
func checkTopics(ctx context.Context, brokers []string, transport kafka.RoundTripper, topics ...string) error {
	cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	var want []string
	for _, t := range topics {
		if t != "" {
			want = append(want, t)
		}
	}
	cl := &kafka.Client{Addr: kafka.TCP(brokers...), Timeout: 10 * time.Second, Transport: transport}
	md, err := cl.Metadata(cctx, &kafka.MetadataRequest{Topics: want})
	if err != nil {
		return fmt.Errorf("brokers %s: %w", strings.Join(brokers, ","), explainVia(transport, err))
	}
	ok := map[string]bool{}
	for _, t := range md.Topics {
		ok[t.Name] = t.Error == nil && len(t.Partitions) > 0
	}
	var missing []string
	for _, t := range want {
		if !ok[t] {
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("topics %s do not exist on %s (create them, or run without brokers for the embedded default)",
			strings.Join(missing, ", "), strings.Join(brokers, ","))
	}
	return nil
}

// serveOps serves /metrics, /healthz and /readyz; stop shuts it down.
func serveOps(addr string, reg *prometheus.Registry, ready *atomic.Bool, log *slog.Logger) (stop func(), bound string, err error) {
	return serveOpsCheck(addr, reg, readiness(ready, nil), log)
}

// serveOpsCheck is serveOps with readiness asked of ready: nil is ready,
// an error is served with the 503 to say why not.
func serveOpsCheck(addr string, reg *prometheus.Registry, ready func() error, log *slog.Logger) (stop func(), bound string, err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("--metrics-addr %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := ready(); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("ops server", "err", err)
		}
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, ln.Addr().String(), nil
}
