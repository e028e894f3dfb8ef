package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/newswire/newswire/extract"
)

func init() {
	register("demo", command{summary: "embedded broker + pipeline + the sample article; prints its event records and exits", run: demoCmd})
}

const sampleArticle = "testdata/north-news-2025-05-31.txt"

func demoCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f := flag.NewFlagSet("demo", flag.ContinueOnError)
	f.SetOutput(stderr)
	file := f.String("file", sampleArticle, "article to publish")
	timeout := f.Duration("timeout", 2*time.Minute, "give up after this long")
	verbose := f.Bool("v", false, "log the pipeline's progress")
	if err := f.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	level := "warn"
	if *verbose {
		level = "info"
	}
	log, _ := newLogger(stderr, "text", level)
	msgs, err := readArticles(*file, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "newswire demo: %v (run it from the repository root, or give --file)\n", err)
		return 1
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()

	// The pipeline on an embedded broker at a free port.
	c := runConfig{EmbeddedAddr: "127.0.0.1:0", Partitions: 3, Group: "newswire-demo", InputTopic: "news.raw",
		EventsTopic: "news.events", ArticlesTopic: "news.articles", DeadLetterTopic: "news.deadletter",
		Sinks: "kafka", Workers: runtime.NumCPU(), MaxBytes: extract.DefaultMaxBytes,
		BatchTimeout: 5 * time.Millisecond, SessionTimeout: 10 * time.Second, ShutdownTimeout: 10 * time.Second}
	pctx, stopPipeline := context.WithCancel(ctx)
	defer stopPipeline()
	brokersCh := make(chan []string, 1)
	pdone := make(chan error, 1)
	go func() { pdone <- runPipeline(pctx, c, log, stdout, func(b []string) { brokersCh <- b }) }()
	var brokers []string
	select {
	case brokers = <-brokersCh:
	case err := <-pdone:
		fmt.Fprintln(stderr, "newswire demo: pipeline:", err)
		return 1
	}
	fmt.Fprintf(stderr, "embedded Kafka broker on %s; pipeline consuming news.raw\n", brokers[0])

	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics("news.events", "news.articles", "news.deadletter"),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(100*time.Millisecond))
	if err != nil {
		fmt.Fprintln(stderr, "newswire demo:", err)
		return 1
	}
	defer cl.Close()
	if _, err := publishMessages(ctx, brokers, c.InputTopic, msgs); err != nil {
		fmt.Fprintln(stderr, "newswire demo:", err)
		return 1
	}
	fmt.Fprintf(stderr, "published %s to news.raw; event records on news.events:\n", filepath.Base(*file))

	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	want := map[string]int{} // article id -> events expected, once its record is seen
	seen := map[string]int{}
	printed := 0
	for articles := 0; ; {
		if articles == len(msgs) && done(want, seen) {
			break
		}
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "newswire demo: timed out waiting for the records")
			return 1
		}
		var fail bool
		fs.EachRecord(func(r *kgo.Record) {
			switch r.Topic {
			case "news.events":
				var er extract.EventRecord
				if json.Unmarshal(r.Value, &er) == nil {
					seen[er.Article.ID]++
					printed++
					enc.Encode(er)
				}
			case "news.articles":
				var rec extract.Record
				if json.Unmarshal(r.Value, &rec) == nil {
					want[rec.ID] = len(rec.Events)
					articles++
				}
			case "news.deadletter":
				fmt.Fprintf(stderr, "dead letter %s: %s\n", r.Key, headerOf(r, "newswire_error_message"))
				articles++
				fail = true
			}
		})
		if fail && articles == len(msgs) {
			break
		}
	}
	stopPipeline()
	if err := <-pdone; err != nil {
		fmt.Fprintln(stderr, "newswire demo: pipeline:", err)
	}
	fmt.Fprintf(stderr, "%d event records from %d article(s); done\n", printed, len(msgs))
	if printed == 0 {
		fmt.Fprintln(stderr, "(no events found: the extractor found none in this article)")
	}
	return 0
}

func done(want, seen map[string]int) bool {
	for id, n := range want {
		if seen[id] < n {
			return false
		}
	}
	return true
}

func headerOf(r *kgo.Record, key string) string {
	for _, h := range r.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}
