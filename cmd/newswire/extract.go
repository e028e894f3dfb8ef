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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newswire extract [--pretty] [--with-text] [--max-bytes N] [--tables DIR] FILE...  (- for stdin; .json, .jsonl, .txt, .html)")
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
	x, err := extract.New(extract.Options{TablesDir: *tablesDir, WithText: *withText})
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
	fail := func(name string, err error) {
		failed++
		fmt.Fprintf(stderr, "newswire extract: %s: %v\n", name, err)
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
			if p.Err != nil {
				fail(name, p.Err)
				continue
			}
			rec, err := x.Extract(ctx, p.Article)
			if err != nil {
				fail(name, err)
				continue
			}
			if err := enc.Encode(rec); err != nil {
				fail(name, fmt.Errorf("write record: %w", err))
			}
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
		if strings.HasSuffix(strings.ToLower(path), ".jsonl") {
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
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open: %w", errors.Unwrap(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("is a directory")
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
	}
	return data, nil
}
