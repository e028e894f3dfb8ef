package extract

import (
	"context"
	"strings"
)

// What the training command (cmd/newswire-train) reads of the extractor:
// every event with the threshold off, and the features the confidence
// model weighs.

// EventFeatures extracts an article with the confidence threshold off
// (every event published) and returns its record and each event's
// confidence features (confTemplates), in the order of Record.Events.
func (x *Extractor) EventFeatures(ctx context.Context, a Article) (*Record, [][]string, error) {
	rec, err := x.extract(ctx, a, 0)
	if err != nil {
		return nil, nil, err
	}
	out := make([][]string, len(rec.Events))
	for i := range rec.Events {
		out[i] = rec.Events[i].features
	}
	return rec, out, nil
}

// ConfidenceTemplate names one feature template of the confidence model
// and says what it reads.
type ConfidenceTemplate struct {
	Name, Doc string
}

// ConfidenceTemplates lists the feature templates, in the order --explain
// lists their terms.
func ConfidenceTemplates() []ConfidenceTemplate {
	out := make([]ConfidenceTemplate, len(confTemplates))
	for i, t := range confTemplates {
		out[i] = ConfidenceTemplate{t.name, t.doc}
	}
	return out
}

// ConfidenceTemplateOf names the template a feature comes from: the part
// of its name before "=" in each conjunct ("type=visit&pos=noun" is
// type&pos).
func ConfidenceTemplateOf(feature string) string {
	parts := strings.Split(feature, "&")
	for i, p := range parts {
		parts[i], _, _ = strings.Cut(p, "=")
	}
	return strings.Join(parts, "&")
}
