package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/pipeline"
	"github.com/newswire/newswire/sinks"
)

// TestJSONArrayOnTheTopic: one input message holding a JSON array of
// envelopes gives one article record per good element and one dead letter
// per bad element (the element as value, its position in a header); the
// message is committed once all of them are acknowledged; JSON that is not
// one envelope is dead-lettered as bad-json.
func TestJSONArrayOnTheTopic(t *testing.T) {
	const group = "g-array"
	msgs := []kafka.Message{
		{Key: []byte("feed"), Value: []byte(`[{"id":"arr-a","body":"Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on March 3."},
			null,
			{"body":"Kenya and Ethiopia signed an agreement on power exports on Tuesday."},
			{"id":"arr-d","body":"Norwegian and Danish ministers met in Oslo. They signed a fisheries accord."}]`)},
		article(1),
		{Key: []byte("garbage"), Value: []byte(`{"id":"garbage","body":"Officials met in Oslo."}}`)},
		{Key: []byte("number"), Value: []byte(`42`)},
		{Key: []byte("empty-array"), Value: []byte(`[]`)},
	}
	addr := startBroker(t, 1)
	c := collect(t, addr, articlesTopic, eventsTopic, deadTopic)
	metrics := pipeline.NewMetrics(prometheus.NewRegistry())
	m := startMember(t, addr, memberOpts{group: group, extractor: sentenceExtractor{}, workers: 2,
		decoder: extract.Decoder{}, metrics: metrics})
	publish(t, addr, msgs)

	wantArticles := map[string]bool{"arr-a": true, "feed-3": true, "arr-d": true, string(article(1).Key): true}
	waitFor(t, 30*time.Second, "records and dead letters", func() bool {
		return len(distinctKeys(c.records(articlesTopic))) >= len(wantArticles) && len(c.records(deadTopic)) >= 4
	})
	if n, some := missing(wantArticles, c.records(articlesTopic)); n > 0 {
		t.Errorf("%d articles without a record: %v", n, some)
	}
	if got := len(c.records(articlesTopic)); got != len(wantArticles) {
		t.Errorf("%d article records, want %d", got, len(wantArticles))
	}
	// Every event of the array's articles is published.
	x := sentenceExtractor{}
	parts, err := extract.Decoder{}.DecodeAll("feed", msgs[0].Value)
	if err != nil {
		t.Fatal(err)
	}
	evs := map[string]bool{}
	for _, p := range parts {
		if p.Err == nil {
			rec, _ := x.Extract(context.Background(), p.Article)
			for _, e := range rec.Events {
				evs[e.ID] = true
			}
		}
	}
	if len(evs) < 3 {
		t.Fatalf("only %d events expected from the array; the check would be too weak", len(evs))
	}
	waitFor(t, 30*time.Second, "the array's events", func() bool {
		n, _ := missing(evs, c.records(eventsTopic))
		return n == 0
	})

	type dead struct{ class, element, value string }
	want := map[string]dead{
		"feed":        {extract.ClassBadJSON, "2", "null"},
		"garbage":     {extract.ClassBadJSON, "", string(msgs[2].Value)},
		"number":      {extract.ClassBadJSON, "", "42"},
		"empty-array": {extract.ClassEmpty, "", "[]"},
	}
	got := c.records(deadTopic)
	if len(got) != len(want) {
		t.Errorf("%d dead letters, want %d", len(got), len(want))
	}
	for _, r := range got {
		class, _ := header(r, sinks.HeaderErrorClass)
		el, _ := header(r, sinks.HeaderSourceElement)
		msg, _ := header(r, sinks.HeaderErrorMessage)
		w, ok := want[string(r.Key)]
		if !ok || class != w.class || el != w.element || string(r.Value) != w.value {
			t.Errorf("dead letter %s: class %q element %q value %q (%s), want %+v", r.Key, class, el, r.Value, msg, w)
		}
	}
	// All five messages are committed, the array's only once every one of
	// its records and its dead letter were acknowledged.
	waitFor(t, 30*time.Second, "every offset committed", func() bool {
		return committed(t, addr, group, 1)[0] == int64(len(msgs))
	})
	m.Stop(t)
	if got := testutil.ToFloat64(metrics.Processed); int(got) != len(wantArticles) {
		t.Errorf("processed counter %v, want %d (one per article, not per message)", got, len(wantArticles))
	}
	if got := testutil.ToFloat64(metrics.DeadLettered.WithLabelValues(extract.ClassBadJSON)); got != 3 {
		t.Errorf("bad-json counter %v, want 3", got)
	}
}
