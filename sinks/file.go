package sinks

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// Which records the JSON-lines sinks write.
const (
	LinesArticles = "articles" // one article record per input article
	LinesEvents   = "events"   // one event record per event
	LinesAll      = "all"      // both, article record first
)

// Lines writes records as JSON lines to a writer (a file or stdout). Dead
// letters are not written: they go to the dead-letter topic. Safe for
// concurrent use; lines of one batch stay together.
type Lines struct {
	mu   sync.Mutex
	w    *bufio.Writer
	c    io.Closer
	kind string
}

// NewLines returns a sink writing kind (Lines*) records to w. If w is an
// io.Closer, Close closes it.
func NewLines(w io.Writer, kind string) (*Lines, error) {
	switch kind {
	case LinesArticles, LinesEvents, LinesAll:
	default:
		return nil, fmt.Errorf("sinks: unknown JSON-lines record kind %q (want articles, events or all)", kind)
	}
	l := &Lines{w: bufio.NewWriter(w), kind: kind}
	if c, ok := w.(io.Closer); ok {
		l.c = c
	}
	return l, nil
}

// Write appends the batch's records and flushes them to the underlying writer.
func (l *Lines) Write(ctx context.Context, b Batch) error {
	if b.Record == nil {
		return nil
	}
	var lines [][]byte
	if l.kind != LinesEvents {
		js, err := json.Marshal(b.Record)
		if err != nil {
			return fmt.Errorf("sinks: encode article record %s: %w", b.Record.ID, err)
		}
		lines = append(lines, js)
	}
	if l.kind != LinesArticles {
		for _, er := range b.Record.EventRecords() {
			js, err := json.Marshal(er)
			if err != nil {
				return fmt.Errorf("sinks: encode event record %s: %w", er.ID, err)
			}
			lines = append(lines, js)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, js := range lines {
		l.w.Write(js)
		l.w.WriteByte('\n')
	}
	if err := l.w.Flush(); err != nil {
		return fmt.Errorf("sinks: write JSON lines: %w", err)
	}
	return nil
}

// Close flushes and closes the underlying writer when it is a Closer.
func (l *Lines) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.w.Flush()
	if l.c != nil {
		if cerr := l.c.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
