package sinks_test

import (
	"bytes"
	"fmt"

	"github.com/segmentio/kafka-go"

	"github.com/newswire/newswire/sinks"
)

// A dead letter of a 2 MiB input is cut so that the whole message fits a
// broker at Kafka's default limit, and says how large the value was.
func ExampleFitDeadLetter() {
	m := kafka.Message{Topic: "news.deadletter", Key: []byte("huge-1"), Value: bytes.Repeat([]byte("x"), 2<<20),
		Headers: []kafka.Header{{Key: sinks.HeaderErrorClass, Value: []byte("too-large")}}}
	m = sinks.FitDeadLetter(m, sinks.DefaultMaxMessageBytes)
	fmt.Println(sinks.MessageSize(m) <= sinks.DefaultMaxMessageBytes, len(m.Value) > 1<<20-1024)
	fmt.Println(m.Headers[len(m.Headers)-1].Key, string(m.Headers[len(m.Headers)-1].Value))
	// Output:
	// true true
	// newswire_truncated_from 2097152
}
