// Package sinks delivers what the pipeline made of one input message: the
// article record, its event records, or a dead letter. Each sink's Write
// returns only once its output is durable enough to commit the input offset
// (acknowledged by all in-sync replicas for Kafka, handed to the operating
// system for files and stdout).
package sinks

import (
	"time"

	"github.com/newswire/newswire/extract"
)

// Source is the input message a batch was derived from.
type Source struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Headers   []Header
	Time      time.Time // the input message's timestamp
	// Element is the 1-based position of the article in an input holding a
	// JSON array of envelopes (then Value is that element alone); 0 when
	// the input is one article.
	Element int
}

// Header is one Kafka message header.
type Header struct {
	Key   string
	Value []byte
}

// DeadLetter is an input message that could not be turned into a record.
type DeadLetter struct {
	Class   string // extract.Class* or ClassPanic, ClassExtract
	Message string // the error text
}

// Error classes of dead letters beyond the input classes of package extract.
const (
	// ClassPanic is a panic inside extraction, recovered.
	ClassPanic = "panic"
	// ClassExtract is any other extraction failure.
	ClassExtract = "extract-failed"
	// ClassRejected is a record a sink can never accept (over the broker's
	// message size limit): the input goes to the dead-letter topic instead.
	ClassRejected = "record-rejected"
)

// Batch is everything derived from one input message: either Record (an
// article record whose events are published one by one) or DeadLetter.
type Batch struct {
	Source     Source
	Record     *extract.Record
	DeadLetter *DeadLetter
}
