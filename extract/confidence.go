package extract

import (
	"fmt"
	"math"
	"strings"

	"github.com/newswire/newswire/internal/learn"
)

// The confidence pass: an event's confidence is a learned, calibrated
// estimate of the probability that it is right (that a reader holding the
// guidelines would list the same event with the same parties). It is the
// logistic model of confidence.tsv over the event's features
// (confidence_features.go, confTemplates):
//
//	confidence = sigmoid(base + the sum of the weights of its features)
//
// A feature the table does not weigh weighs 0. The table is written by
// the training command (cmd/newswire-train), which fits the weights to
// the project's training sets and picks the threshold min_confidence by
// cross-validation: an event under it is not published, and the trace
// says so ("dropped: confidence 0.12 < threshold 0.20").

// confBase and confThreshold are the two rows of confidence.tsv that are
// no feature: the intercept and the publishing threshold.
const (
	confBase      = "base"
	confThreshold = "min_confidence"
)

// confidenceOf scores a feature list: the probability, rounded to two
// decimals. It builds no string: the explanation (confidenceWhy) is made
// only when --explain or the trace asks for it.
func (lx *lexicon) confidenceOf(features []string) float64 {
	z := lx.weights[confBase]
	for _, f := range features {
		z += lx.weights[f]
	}
	return math.Round(learn.Sigmoid(z)*100) / 100
}

// confidenceWhy is the explanation line of a confidence c: every weighed
// term of the feature list.
func (lx *lexicon) confidenceWhy(features []string, c float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %+.2f", confBase, lx.weights[confBase])
	unweighed := 0
	for _, f := range features {
		w, ok := lx.weights[f]
		if !ok || w == 0 {
			unweighed++
			continue
		}
		fmt.Fprintf(&b, ", %s %+.2f", f, w)
	}
	line := fmt.Sprintf("confidence %.2f = sigmoid(%s)", c, b.String())
	if unweighed > 0 {
		line += fmt.Sprintf("; %d more features weigh 0", unweighed)
	}
	return line
}

// mentionConfidence is the confidence of one mention on its own, at build
// time (it is the evidence's confidence when the mention is merged).
func (d *document) mentionConfidence(ev *Event) float64 {
	f := ev.conf
	f.eventFacts(ev, 1, d.ref)
	return d.lx.confidenceOf(f.features())
}

// scoreEvents is the last event pass: each event's confidence from its
// own mention's readings and what the merges made of it, and the events
// under the threshold (min < 0: the table's) dropped, each with a trace
// line.
func (d *document) scoreEvents(lx *lexicon, min float64) {
	if min < 0 {
		min = lx.weights[confThreshold]
	}
	kept := d.events[:0]
	for i := range d.events {
		e := d.events[i]
		f := e.conf
		f.eventFacts(&e, 1+len(e.Evidence), d.ref)
		e.features = f.features()
		c := lx.confidenceOf(e.features)
		e.Confidence = c
		if len(e.Explain) > 0 {
			e.Explain = append(e.Explain, lx.confidenceWhy(e.features, c))
		}
		if c < min {
			d.tracef("event %s %s %q: dropped: confidence %.2f < threshold %.2f (%s)", e.Type, partyNames(&e), e.Trigger, c, min, lx.confidenceWhy(e.features, c))
			continue
		}
		kept = append(kept, e)
	}
	clear(d.events[len(kept):])
	d.events = kept
}
