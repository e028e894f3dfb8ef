package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress shows, on a terminal, how far `extract` is through many inputs:
// articles done, words per second, errors so far, on one line redrawn at
// most every interval. It prints nothing when stderr is not a terminal
// (a file, a pipe, CI logs) or when there is only one article.
type progress struct {
	w        io.Writer
	on       bool
	interval time.Duration
	start    time.Time
	last     time.Time
	articles int
	words    int
	errors   int
	shown    bool
}

func newProgress(w io.Writer, terminal bool) *progress {
	return &progress{w: w, on: terminal, interval: 250 * time.Millisecond, start: time.Now()}
}

// isTerminal: w is a character device (a terminal), not a file or a pipe.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) article(words int) {
	p.articles++
	p.words += words
	p.draw(false)
}

func (p *progress) failed() {
	p.errors++
	p.draw(false)
}

// draw redraws the line: from the second article on, at most every
// interval (always when forced).
func (p *progress) draw(force bool) {
	if !p.on || p.articles+p.errors < 2 {
		return
	}
	now := time.Now()
	if !force && p.shown && now.Sub(p.last) < p.interval {
		return
	}
	p.last = now
	rate := 0.0
	if s := now.Sub(p.start).Seconds(); s > 0 {
		rate = float64(p.words) / s
	}
	fmt.Fprintf(p.w, "\r\033[K%d articles, %.0f words/s, %d errors", p.articles, rate, p.errors)
	p.shown = true
}

// clear takes the line away before an error line is printed.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// done leaves the final count on its own line.
func (p *progress) done() {
	if !p.on || p.articles+p.errors < 2 {
		return
	}
	p.draw(true)
	fmt.Fprintln(p.w)
}
