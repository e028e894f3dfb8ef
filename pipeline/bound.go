package pipeline

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
)

// DefaultMaxEvents is the most events kept per article unless
// Config.MaxEvents says otherwise: far more than a news article has (a long
// report has a few dozen), so only pathological input (a page of one
// sentence repeated) reaches it.
const DefaultMaxEvents = 1000

// bound keeps a record within the output limits, so that the output of one
// input is bounded by it and every record fits the brokers' message size:
//
//  1. at most MaxEvents events, the first ones in article order;
//  2. an article record of at most MaxRecordBytes of JSON: the text (when
//     asked for) goes first, then events from the end, then entities from
//     the end.
//
// An event record is never larger than the article record it comes from,
// so the kept events fit too. What was dropped and why is said in
// rec.Truncated; the record is unchanged when it fits.
func (p *Pipeline) bound(rec *extract.Record) {
	var t extract.Truncation
	var reasons []string
	if n := len(rec.Events); n > p.cfg.MaxEvents {
		t.EventsDropped = n - p.cfg.MaxEvents
		rec.Events = rec.Events[:p.cfg.MaxEvents]
		reasons = append(reasons, fmt.Sprintf("more than %d events", p.cfg.MaxEvents))
	}
	if len(reasons) > 0 {
		rec.Truncated = &t // counted in the size below
	}
	limit := p.cfg.MaxRecordBytes
	if jsonSize(rec) > limit {
		reasons = append(reasons, fmt.Sprintf("record over %d bytes", limit))
		rec.Truncated = &t
		if rec.Text != "" {
			rec.Text, t.TextDropped = "", true
		}
		events, entities := rec.Events, rec.Entities
		if jsonSize(rec) > limit {
			// The most events that fit (with every entity), else none.
			k := sort.Search(len(events)+1, func(k int) bool {
				rec.Events = events[:k]
				return jsonSize(rec) > limit
			}) - 1
			rec.Events = events[:max(k, 0)]
			t.EventsDropped += len(events) - len(rec.Events)
		}
		if jsonSize(rec) > limit {
			k := sort.Search(len(entities)+1, func(k int) bool {
				rec.Entities = entities[:k]
				return jsonSize(rec) > limit
			}) - 1
			rec.Entities = entities[:max(k, 0)]
			t.EntitiesDropped = len(entities) - len(rec.Entities)
		}
	}
	if len(reasons) > 0 {
		t.Reason = strings.Join(reasons, "; ")
		rec.Truncated = &t
		p.m.Truncated.Inc()
		p.log.Warn("record cut to the output limits", "id", rec.ID, "events_dropped", t.EventsDropped,
			"entities_dropped", t.EntitiesDropped, "text_dropped", t.TextDropped, "reason", t.Reason)
	}
}

// jsonSize is the size of v as JSON.
func jsonSize(v any) int {
	var c countWriter
	if err := json.NewEncoder(&c).Encode(v); err != nil {
		return 0
	}
	return int(c) - 1 // Encode's newline
}

type countWriter int

func (c *countWriter) Write(b []byte) (int, error) {
	*c += countWriter(len(b))
	return len(b), nil
}
