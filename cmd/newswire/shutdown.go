package main

import (
	"io"
	"log/slog"
	"sync"
	"time"
)

// closeTimeout bounds the steps of shutdown after the pipeline's drain
// (--shutdown-timeout) and final commit (5 s): leaving the consumer group
// and flushing the producer run side by side, each for at most this long,
// so run exits within --shutdown-timeout plus 10 s.
const closeTimeout = 5 * time.Second

// closeBounded closes c, waiting at most d: a broker that is gone, or
// refuses every write (kafka-go's writer retries what it holds until its
// attempts run out), must not hang the exit. Past d the close is
// abandoned, logged, and goes on until the process exits.
func closeBounded(log *slog.Logger, what string, c io.Closer, d time.Duration) {
	done := make(chan struct{})
	go func() {
		c.Close()
		close(done)
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		log.Warn(what+" did not close in time; abandoned", "after", d)
	}
}

// onceCloser closes its Closer at most once, bounded: the deferred close
// on early returns and the one at shutdown are the same.
type onceCloser struct {
	once sync.Once
	log  *slog.Logger
	what string
	c    io.Closer
}

func (o *onceCloser) Close() error {
	o.once.Do(func() { closeBounded(o.log, o.what, o.c, closeTimeout) })
	return nil
}

// closeAll closes cs side by side, each bounded by closeTimeout.
func closeAll(cs ...io.Closer) {
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Go(func() { c.Close() })
	}
	wg.Wait()
}
