// Package serve is newswire's HTTP interface: POST /v1/extract answers an
// article record (with its text and spans) for a JSON envelope, plain text,
// an HTML page or a stream of envelopes; GET / is a page that shows the
// entities and events of an article pasted into it; /openapi.json describes
// the API; /healthz, /readyz and /metrics are for operators.
package serve

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sample"
	"github.com/newswire/newswire/schema"
)

// Extractor makes the record of one article; *extract.Extractor built with
// WithText is one (the record's text is what the spans index).
type Extractor interface {
	Extract(ctx context.Context, a extract.Article) (*extract.Record, error)
}

// Config configures a Server.
type Config struct {
	// Extractor is shared by every request.
	Extractor Extractor
	// MaxBytes limits one article (a request body, or one line of an NDJSON
	// stream); 0 means extract.DefaultMaxBytes.
	MaxBytes int
	// MaxInFlight bounds the extraction requests served at once; beyond
	// it a request gets 429. 0 means 8.
	MaxInFlight int
	// MaxLines bounds the envelopes of one NDJSON request; 0 means 10000.
	MaxLines int
	// Cleaner reads HTML pages; nil means the embedded vocabulary (pass
	// the Extractor's, extract.Extractor.Cleaner, to honour its TablesDir).
	Cleaner *extract.Cleaner
	Logger  *slog.Logger
}

// Error classes of the API beyond the decoder's (extract.Class*).
const (
	ClassUnsupportedType = "unsupported-media-type"
	ClassMethod          = "method-not-allowed"
	ClassNotFound        = "not-found"
	ClassBusy            = "busy"
	ClassNotReady        = "not-ready"
	ClassExtract         = "extract-failed"
)

// APIError is the body of every 4xx and 5xx answer.
type APIError struct {
	Class  string `json:"class"`
	Reason string `json:"reason"`
}

// Server is the HTTP interface. Build it with New; it is ready once
// SetReady(true) is called (the caller decides when: after the extractor
// loaded, and false again while shutting down).
type Server struct {
	cfg      Config
	mux      *http.ServeMux
	sem      chan struct{}
	ready    atomic.Bool
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	inFlight prometheus.Gauge
}

//go:embed page openapi.json
var files embed.FS

// New builds a server.
func New(cfg Config) *Server {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = extract.DefaultMaxBytes
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 8
	}
	if cfg.MaxLines <= 0 {
		cfg.MaxLines = 10000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), sem: make(chan struct{}, cfg.MaxInFlight), reg: prometheus.NewRegistry()}
	s.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newswire_http_requests_total",
		Help: "HTTP requests answered, by route and status code."}, []string{"route", "code"})
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "newswire_http_request_duration_seconds",
		Help: "Time to answer an HTTP request, by route and status code.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)},
		[]string{"route", "code"})
	s.inFlight = prometheus.NewGauge(prometheus.GaugeOpts{Name: "newswire_http_extract_in_flight",
		Help: "Extraction requests being served."})
	s.reg.MustRegister(s.requests, s.latency, s.inFlight)

	page, _ := fs.Sub(files, "page")
	s.mux.HandleFunc("POST /v1/extract", s.extract)
	s.mux.HandleFunc("/v1/extract", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, ClassMethod, r.Method+" /v1/extract: use POST")
	})
	s.mux.HandleFunc("GET /openapi.json", s.file("openapi.json", "application/json"))
	s.mux.HandleFunc("GET /schema/{name}", s.schema)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	s.mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if !s.ready.Load() {
			writeError(w, http.StatusServiceUnavailable, ClassNotReady, "not ready: starting or shutting down")
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
	s.mux.HandleFunc("GET /{$}", s.file("page/index.html", "text/html; charset=utf-8"))
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(page)))
	s.mux.HandleFunc("GET /world.svg", s.world)
	s.mux.HandleFunc("GET /sample", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(sample.Article)
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, ClassNotFound, r.Method+" "+r.URL.Path+": no such route (see /openapi.json)")
	})
	return s
}

// SetReady says whether /readyz answers 200 and /v1/extract serves.
func (s *Server) SetReady(ok bool) { s.ready.Store(ok) }

// Registry is the server's metrics registry (the Go and process
// collectors may be added by the caller).
func (s *Server) Registry() *prometheus.Registry { return s.reg }

// ServeHTTP counts and times every request by its route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	_, route := s.mux.Handler(r)
	if route == "" || route == "/" {
		route = "other"
	}
	sw := &statusWriter{ResponseWriter: w}
	s.mux.ServeHTTP(sw, r)
	code := strconv.Itoa(sw.status())
	s.requests.WithLabelValues(route, code).Inc()
	s.latency.WithLabelValues(route, code).Observe(time.Since(start).Seconds())
}

func (s *Server) file(name, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := files.ReadFile(name)
		if err != nil {
			writeError(w, http.StatusNotFound, ClassNotFound, name)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(data)
	}
}

func (s *Server) schema(w http.ResponseWriter, r *http.Request) {
	data, err := schema.File(r.PathValue("name"))
	if err != nil {
		writeError(w, http.StatusNotFound, ClassNotFound, "no schema "+r.PathValue("name"))
		return
	}
	w.Header().Set("Content-Type", "application/schema+json")
	w.Write(data)
}

// extract is POST /v1/extract.
func (s *Server) extract(w http.ResponseWriter, r *http.Request) {
	if !s.ready.Load() {
		writeError(w, http.StatusServiceUnavailable, ClassNotReady, "not ready: starting or shutting down")
		return
	}
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, ClassBusy, fmt.Sprintf("%d extraction requests in flight already; retry later", cap(s.sem)))
		return
	}
	s.inFlight.Inc()
	defer s.inFlight.Dec()

	ctype, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil && r.Header.Get("Content-Type") != "" {
		writeError(w, http.StatusUnsupportedMediaType, ClassUnsupportedType, "Content-Type "+strconv.Quote(r.Header.Get("Content-Type"))+": "+err.Error())
		return
	}
	var form string
	switch ctype {
	case "application/json":
		form = extract.FormJSON
	case "text/plain":
		form = extract.FormText
	case "text/html", "application/xhtml+xml":
		form = extract.FormHTML
	case "application/x-ndjson", "application/jsonl":
		s.extractStream(w, r)
		return
	}
	if form == "" {
		writeError(w, http.StatusUnsupportedMediaType, ClassUnsupportedType,
			fmt.Sprintf("Content-Type %q: send application/json (an envelope), text/plain, text/html or application/x-ndjson (envelopes, one a line)", r.Header.Get("Content-Type")))
		return
	}
	if r.ContentLength > int64(s.cfg.MaxBytes) {
		writeError(w, http.StatusRequestEntityTooLarge, extract.ClassTooLarge,
			fmt.Sprintf("request body of %d bytes, over the %d-byte limit (--max-bytes)", r.ContentLength, s.cfg.MaxBytes))
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, int64(s.cfg.MaxBytes)))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, extract.ClassTooLarge,
				fmt.Sprintf("request body over the %d-byte limit (--max-bytes)", s.cfg.MaxBytes))
			return
		}
		writeError(w, http.StatusBadRequest, "read", "reading the request body: "+err.Error())
		return
	}
	name := r.URL.Query().Get("id")
	if name == "" {
		name = "request"
	}
	rec, code, apiErr := s.one(r.Context(), name, data, form)
	if apiErr != nil {
		writeError(w, code, apiErr.Class, apiErr.Reason)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// one decodes and extracts one article; a failure comes with its status.
func (s *Server) one(ctx context.Context, name string, data []byte, form string) (*extract.Record, int, *APIError) {
	a, err := extract.Decoder{MaxBytes: s.cfg.MaxBytes, Cleaner: s.cfg.Cleaner}.DecodeAs(name, data, form)
	if err != nil {
		return nil, statusOf(err), &APIError{Class: classOf(err), Reason: reason(err, name)}
	}
	rec, err := s.cfg.Extractor.Extract(ctx, a)
	if err != nil {
		if cls := extract.ErrorClass(err); cls != "" {
			return nil, statusOf(err), &APIError{Class: cls, Reason: reason(err, name)}
		}
		if ctx.Err() != nil {
			return nil, 499, &APIError{Class: "canceled", Reason: "the request was canceled"}
		}
		s.cfg.Logger.Error("extraction failed", "id", a.ID, "err", err)
		return nil, http.StatusInternalServerError, &APIError{Class: ClassExtract, Reason: err.Error()}
	}
	return rec, http.StatusOK, nil
}

// streamError is one line of an NDJSON answer that is not a record.
type streamError struct {
	Line  int      `json:"line"`
	Error APIError `json:"error"`
}

// extractStream answers an NDJSON request line by line: a record per
// envelope, or an error line naming the input line, so nothing is dropped.
func (s *Server) extractStream(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	rc := http.NewResponseController(w)
	br := bufio.NewReaderSize(r.Body, 64<<10)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, s.cfg.MaxBytes)
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			if n > s.cfg.MaxLines {
				enc.Encode(streamError{Line: n, Error: APIError{Class: extract.ClassTooLarge,
					Reason: fmt.Sprintf("more than %d envelopes in one request; the rest is not read", s.cfg.MaxLines)}})
				return
			}
			if tooLong {
				enc.Encode(streamError{Line: n, Error: APIError{Class: extract.ClassTooLarge,
					Reason: fmt.Sprintf("line %d: over the %d-byte limit (--max-bytes)", n, s.cfg.MaxBytes)}})
			} else {
				rec, _, apiErr := s.one(r.Context(), fmt.Sprintf("line-%d", n), line, extract.FormJSON)
				if apiErr != nil {
					enc.Encode(streamError{Line: n, Error: *apiErr})
				} else {
					enc.Encode(rec)
				}
			}
			rc.Flush()
		}
		if err != nil {
			if !errors.Is(err, io.EOF) && r.Context().Err() == nil {
				enc.Encode(streamError{Line: n, Error: APIError{Class: "read", Reason: "reading the request body: " + err.Error()}})
			}
			return
		}
	}
}

// readLine reads one line of at most max bytes; a longer line is read to
// its end and reported too long.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if !tooLong {
			line = append(line, chunk...)
			if len(line) > max {
				tooLong, line = true, nil
			}
		}
		if e != nil {
			return line, tooLong, e
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

// reason is an input error's message without its class and the input's
// name, which the answer gives apart.
func reason(err error, name string) string {
	var ie *extract.InputError
	if !errors.As(err, &ie) {
		return err.Error()
	}
	return strings.TrimPrefix(ie.Err.Error(), name+": ")
}

func classOf(err error) string {
	if c := extract.ErrorClass(err); c != "" {
		return c
	}
	return ClassExtract
}

// statusOf maps an input error class to its HTTP status.
func statusOf(err error) int {
	switch extract.ErrorClass(err) {
	case extract.ClassTooLarge:
		return http.StatusRequestEntityTooLarge
	case extract.ClassNoText, extract.ClassNoBody:
		return http.StatusUnprocessableEntity
	case "":
		return http.StatusInternalServerError
	}
	return http.StatusBadRequest
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

func writeError(w http.ResponseWriter, code int, class, reason string) {
	writeJSON(w, code, APIError{Class: class, Reason: reason})
}

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

// Unwrap lets http.ResponseController reach Flush.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully: not ready, no new connections, in-flight requests finish
// within grace.
func (s *Server) ListenAndServe(ctx context.Context, addr string, grace time.Duration, started func(addr string)) error {
	srv := &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	ln, err := listen(addr)
	if err != nil {
		return err
	}
	if started != nil {
		started(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.SetReady(false)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func listen(addr string) (net.Listener, error) { return net.Listen("tcp", addr) }
