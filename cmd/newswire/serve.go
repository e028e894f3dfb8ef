package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/serve"
)

func init() {
	register("serve", command{summary: "HTTP API (POST /v1/extract) and a page showing an article's entities and events", run: serveCmd})
}

// serveConfig is everything `newswire serve` can be told.
type serveConfig struct {
	Addr            string
	MaxBytes        int
	MaxInFlight     int
	Tables          string
	ShutdownTimeout time.Duration
	LogFormat       string
	LogLevel        string
}

func serveFlags(c *serveConfig) *envFlags {
	f := newEnvFlags("serve")
	f.StringVar(&c.Addr, "addr", "127.0.0.1:8080", "listen address of the API and the page")
	f.IntVar(&c.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "size limit of one article (a request body, or one NDJSON line)")
	f.IntVar(&c.MaxInFlight, "max-in-flight", 2*runtime.NumCPU(), "extraction requests served at once; more get 429")
	f.StringVar(&c.Tables, "tables", "", "folder of rule tables extending the embedded ones")
	f.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", 20*time.Second, "bound on finishing in-flight requests after SIGINT/SIGTERM")
	f.StringVar(&c.LogFormat, "log-format", "text", "log format: text or json")
	f.StringVar(&c.LogLevel, "log-level", "info", "log level: debug, info, warn or error")
	f.bind(nil)
	return f
}

func serveCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c serveConfig
	f := serveFlags(&c)
	f.SetOutput(stderr)
	if err := f.parse(args, nil); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "newswire serve:", err)
		return 2
	}
	log, err := newLogger(stderr, c.LogFormat, c.LogLevel)
	if err != nil {
		fmt.Fprintln(stderr, "newswire serve:", err)
		return 2
	}
	x, err := extract.New(extract.Options{TablesDir: c.Tables, WithText: true})
	if err != nil {
		fmt.Fprintln(stderr, "newswire serve:", err)
		return 1
	}
	s := serve.New(serve.Config{Extractor: x, Cleaner: x.Cleaner(), MaxBytes: c.MaxBytes, MaxInFlight: c.MaxInFlight, Logger: log})
	s.Registry().MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s.SetReady(true)
	err = s.ListenAndServe(ctx, c.Addr, c.ShutdownTimeout, func(addr string) {
		log.Info("newswire serve: listening", "url", "http://"+addr+"/", "api", "POST /v1/extract", "sample", "http://"+addr+"/?sample=1")
	})
	if err != nil {
		log.Error("newswire serve failed", "err", err)
		return 1
	}
	log.Info("newswire serve: stopped")
	return 0
}
