package pipeline

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the pipeline's Prometheus metrics. A nil *Metrics records
// nothing.
type Metrics struct {
	Consumed     prometheus.Counter
	Processed    prometheus.Counter
	DeadLettered *prometheus.CounterVec // by class
	Events       *prometheus.CounterVec // by type
	Commits      prometheus.Counter
	CommitErrors prometheus.Counter
	SinkRetries  prometheus.Counter
	Truncated    prometheus.Counter
	Extraction   prometheus.Histogram
	EndToEnd     prometheus.Histogram
	Lag          *prometheus.GaugeVec // by topic, partition
	InFlight     prometheus.Gauge
}

// NewMetrics creates the metrics and registers them with reg (when not nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	latency := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}
	m := &Metrics{
		Consumed: prometheus.NewCounter(prometheus.CounterOpts{Name: "newswire_articles_consumed_total",
			Help: "Input messages fetched from the input topic."}),
		Processed: prometheus.NewCounter(prometheus.CounterOpts{Name: "newswire_articles_processed_total",
			Help: "Input messages turned into article records and acknowledged by the sinks."}),
		DeadLettered: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newswire_articles_deadlettered_total",
			Help: "Input messages sent to the dead-letter topic, by error class."}, []string{"class"}),
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newswire_events_produced_total",
			Help: "Event records produced, by event type."}, []string{"type"}),
		Commits: prometheus.NewCounter(prometheus.CounterOpts{Name: "newswire_offset_commits_total",
			Help: "Successful offset commits."}),
		CommitErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "newswire_offset_commit_errors_total",
			Help: "Failed offset commits (retried)."}),
		SinkRetries: prometheus.NewCounter(prometheus.CounterOpts{Name: "newswire_sink_retries_total",
			Help: "Sink writes that failed and were retried."}),
		Truncated: prometheus.NewCounter(prometheus.CounterOpts{Name: "newswire_records_truncated_total",
			Help: "Article records cut to the output limits (--max-events, --max-message-bytes)."}),
		Extraction: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newswire_extraction_seconds",
			Help: "Time to decode and extract one article.", Buckets: latency}),
		EndToEnd: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "newswire_end_to_end_seconds",
			Help: "From the input message's timestamp to its records acknowledged by the sinks.", Buckets: latency}),
		Lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "newswire_consumer_lag",
			Help: "Messages behind the high-water mark, per input partition, as of the last fetch."},
			[]string{"topic", "partition"}),
		InFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "newswire_in_flight",
			Help: "Fetched messages not yet finished."}),
	}
	if reg != nil {
		reg.MustRegister(m.Consumed, m.Processed, m.DeadLettered, m.Events, m.Commits, m.CommitErrors,
			m.SinkRetries, m.Truncated, m.Extraction, m.EndToEnd, m.Lag, m.InFlight)
	}
	return m
}

func (m *Metrics) lag(topic string, partition int, lag int64) {
	if m == nil {
		return
	}
	if lag < 0 {
		lag = 0
	}
	m.Lag.WithLabelValues(topic, strconv.Itoa(partition)).Set(float64(lag))
}
