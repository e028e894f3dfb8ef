package pipeline

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/sinks"
)

// multiDecoder is a Decoder that also reads an input holding several
// articles (a JSON array of envelopes); extract.Decoder is one.
type multiDecoder interface {
	DecodeAll(name string, data []byte) ([]extract.Part, error)
}

// batches turns one input message into what the sinks receive: one batch
// per article it holds, each with its record or its dead letter. A message
// holding a JSON array of envelopes gives one batch per element, and a bad
// element is dead-lettered alone (its value the element, its position in a
// header) while the others go on. err is set only when ctx ended first.
func (p *Pipeline) batches(ctx context.Context, m kafka.Message, src sinks.Source) ([]sinks.Batch, error) {
	md, ok := p.cfg.Decoder.(multiDecoder)
	if !ok || len(m.Value) > p.cfg.MaxBytes {
		rec, dl, err := p.extract(ctx, m)
		return []sinks.Batch{{Source: src, Record: rec, DeadLetter: dl}}, err
	}
	parts, err := decodeAll(md, inputName(m), m.Value)
	if err != nil {
		return []sinks.Batch{{Source: src, DeadLetter: deadLetter(err, "decode")}}, nil
	}
	bs := make([]sinks.Batch, len(parts))
	for i, part := range parts {
		b := sinks.Batch{Source: src}
		if part.Index > 0 {
			b.Source.Element, b.Source.Value = part.Index, part.Raw
		}
		if part.Err != nil {
			b.DeadLetter = deadLetter(part.Err, "decode")
		} else {
			rec, dl, err := p.extractArticle(ctx, part.Article)
			if err != nil {
				return nil, err
			}
			b.Record, b.DeadLetter = rec, dl
		}
		bs[i] = b
	}
	return bs, nil
}

// inputName names a message in errors and gives articles without an id of
// their own one: the key, else topic-partition-offset.
func inputName(m kafka.Message) string {
	if len(m.Key) > 0 {
		return string(m.Key)
	}
	return fmt.Sprintf("%s-%d-%d", m.Topic, m.Partition, m.Offset)
}

// decodeAll decodes, turning a panic in the decoder into an error.
func decodeAll(md multiDecoder, name string, data []byte) (parts []extract.Part, err error) {
	defer func() {
		if r := recover(); r != nil {
			parts, err = nil, &extract.InputError{Class: sinks.ClassPanic, Err: fmt.Errorf("panic in decoding: %v", r)}
		}
	}()
	return md.DecodeAll(name, data)
}

// extractArticle extracts one decoded article. A failure or a panic comes
// back as a dead letter; err is set only when ctx ended first.
func (p *Pipeline) extractArticle(ctx context.Context, a extract.Article) (rec *extract.Record, dl *sinks.DeadLetter, err error) {
	defer func() {
		if r := recover(); r != nil {
			rec, err = nil, nil
			dl = &sinks.DeadLetter{Class: sinks.ClassPanic, Message: fmt.Sprintf("panic in extraction: %v", r)}
		}
	}()
	rec, xerr := p.cfg.Extractor.Extract(ctx, a)
	if xerr != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		return nil, deadLetter(xerr, "extract"), nil
	}
	if rec == nil {
		return nil, &sinks.DeadLetter{Class: sinks.ClassExtract, Message: "extractor returned no record"}, nil
	}
	normalize(rec)
	p.bound(rec)
	return rec, nil, nil
}
