package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/newswire/newswire/extract"
)

func init() {
	register("extract", command{summary: "print one article record per article (JSON lines)", run: runExtract})
}

// runExtract: newswire extract [--pretty] [--max-bytes N] [--tables DIR] FILE... ("-" for stdin).
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pretty := fs.Bool("pretty", false, "indent the JSON records")
	maxBytes := fs.Int("max-bytes", envInt("NEWSWIRE_MAX_BYTES", extract.DefaultMaxBytes), "size limit of one article in bytes (env NEWSWIRE_MAX_BYTES)")
	tablesDir := fs.String("tables", os.Getenv("NEWSWIRE_TABLES"), "folder of rule tables extending the embedded ones (env NEWSWIRE_TABLES)")
	withText := fs.Bool("with-text", false, "add the text the extractor read (\"text\") to each record: the offsets of the spans")
	explain := fs.Bool("explain", false, "add to each event why it exists (\"explain\"): its frame, clause reading, resolutions and confidence terms")
	trace := fs.Bool("trace", false, "print the extractor's decisions on stderr: the classify rule that typed each name chunk, what the learned tagger changed, geocoding and events")
	noTagger := fs.Bool("no-tagger", false, "rules only: turn the learned entity tagger off")
	minConf := fs.Float64("min-confidence", 0, "publish only events whose confidence is at least this, from 0 (every event) to 1; when not given, min_confidence of confidence.tsv")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newswire extract [--pretty] [--with-text] [--explain] [--trace] [--no-tagger] [--min-confidence P] [--max-bytes N] [--tables DIR] FILE...  (- for stdin; .json, .jsonl, .txt, .html)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opts := extract.Options{TablesDir: *tablesDir, WithText: *withText, Explain: *explain, NoTagger: *noTagger}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "min-confidence" {
			opts.MinConfidence = minConf // New refuses a value outside 0..1
		}
	})
	if *trace {
		var mu sync.Mutex
		opts.Trace = func(format string, args ...any) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(stderr, "trace: "+format+"\n", args...)
		}
	}
	x, err := extract.New(opts)
	if err != nil {
		fmt.Fprintln(stderr, "newswire extract:", err)
		return 1
	}
	dec := extract.Decoder{MaxBytes: *maxBytes, Cleaner: x.Cleaner()}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	prog := newProgress(stderr, isTerminal(stderr) || os.Getenv("NEWSWIRE_PROGRESS") == "1")
	fail := func(name string, err error) {
		failed++
		prog.clear()
		fmt.Fprintf(stderr, "newswire extract: %s: %s\n", name, describe(name, err))
		prog.failed()
	}
	// emit writes the records of one input: one article, or each envelope
	// of a JSON array (a bad element is reported and the others go on).
	emit := func(name string, data []byte) {
		parts, err := dec.DecodeAll(name, data)
		if err != nil {
			fail(name, err)
			return
		}
		for _, p := range parts {
			pname := name
			if p.Index > 0 {
				pname = fmt.Sprintf("%s[%d]", name, p.Index)
			}
			if p.Err != nil {
				fail(pname, p.Err)
				continue
			}
			rec, err := x.Extract(ctx, p.Article)
			if err != nil {
				fail(pname, err)
				continue
			}
			if err := enc.Encode(rec); err != nil {
				fail(pname, fmt.Errorf("write record: %w", err))
			}
			prog.article(rec.Words)
		}
	}
	for _, path := range fs.Args() {
		if ctx.Err() != nil {
			break
		}
		data, err := readInput(path, stdin, *maxBytes)
		if err != nil {
			fail(path, err)
			continue
		}
		if strings.HasSuffix(strings.ToLower(path), ".jsonl") || (path == "-" && isJSONLines(data)) {
			for n, line := range bytes.Split(data, []byte("\n")) {
				if len(bytes.TrimSpace(line)) == 0 {
					continue
				}
				emit(fmt.Sprintf("%s:%d", path, n+1), line)
			}
			continue
		}
		emit(path, data)
	}
	prog.done()
	if failed > 0 {
		fmt.Fprintf(stderr, "newswire extract: %d input(s) failed\n", failed)
		return 1
	}
	return 0
}

// readInput reads a file (or stdin for "-"). A .jsonl file may hold many
// articles, so only single-article files are held to the size limit here;
// the decoder checks each article.
func readInput(path string, stdin io.Reader, maxBytes int) ([]byte, error) {
	var r io.Reader
	size := int64(-1) // a file's real size, when known
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open: %w", errors.Unwrap(err))
		}
		defer f.Close()
		st, err := f.Stat()
		if err == nil && st.IsDir() {
			return nil, fmt.Errorf("is a directory")
		}
		if err == nil {
			size = st.Size()
		}
		r = f
	}
	limit := int64(maxBytes) + 1
	if strings.HasSuffix(strings.ToLower(filepath.Base(path)), ".jsonl") || path == "-" {
		limit = 1 << 31
	}
	data, err := io.ReadAll(io.LimitReader(r, limit))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	// A JSON array of envelopes may hold many articles: the limit is per
	// article (the decoder checks each), so read the rest of it.
	if int64(len(data)) == limit && bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n"), []byte("[")) {
		rest, err := io.ReadAll(io.LimitReader(r, 1<<31))
		if err != nil {
			return nil, fmt.Errorf("read: %w", err)
		}
		data = append(data, rest...)
	} else if int64(len(data)) == limit && size > limit {
		// over the limit: say how large the file is, not how much was read
		return nil, &extract.InputError{Class: extract.ClassTooLarge,
			Err: fmt.Errorf("%s: %d bytes, over the %d-byte limit", path, size, maxBytes)}
	}
	return data, nil
}

// describe words an input's error for its stderr line, which names the
// input first: the class of bad input, then the reason, without the name
// again ("empty.txt: empty: no article text (empty input)").
func describe(name string, err error) string {
	var ie *extract.InputError
	if errors.As(err, &ie) {
		msg := ie.Err.Error()
		for _, p := range []string{name + ": ", filepath.Base(name) + ": "} {
			msg = strings.TrimPrefix(msg, p)
		}
		return ie.Class + ": " + msg
	}
	return strings.TrimPrefix(err.Error(), name+": ")
}

// isJSONLines: stdin holding JSON lines (one envelope a line) rather than
// one article: several lines, each a JSON object, and not one JSON value.
func isJSONLines(data []byte) bool {
	t := bytes.TrimSpace(data)
	if len(t) == 0 || t[0] != '{' || json.Valid(t) {
		return false
	}
	n := 0
	for _, line := range bytes.Split(t, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' {
			return false
		}
		n++
	}
	return n > 1
}
