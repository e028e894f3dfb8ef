package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
)

func init() {
	register("publish", command{summary: "send articles (JSON, text, HTML; .jsonl one per line) to the input topic", run: publishCmd})
}

type publishConfig struct {
	Brokers  string
	Topic    string
	Security securityConfig
}

func publishFlags(c *publishConfig) *envFlags {
	f := newEnvFlags("publish")
	f.StringVar(&c.Brokers, "brokers", "127.0.0.1:9092", "Kafka bootstrap brokers, comma-separated (default: the embedded broker of newswire run)")
	f.StringVar(&c.Topic, "input-topic", "news.raw", "topic to publish to")
	c.Security.define(f)
	f.bind(withSecurityEnv(map[string]string{"brokers": "KAFKA_BROKERS"}))
	return f
}

func publishCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c publishConfig
	f := publishFlags(&c)
	f.SetOutput(stderr)
	f.Usage = func() {
		fmt.Fprintln(stderr, "usage: newswire publish [flags] FILE...   (- reads one article from stdin)")
		f.PrintDefaults()
	}
	if err := f.parse(args, nil); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if f.NArg() == 0 {
		f.Usage()
		return 2
	}
	var msgs []kafka.Message
	for _, name := range f.Args() {
		ms, err := readArticles(name, stdin)
		if err != nil {
			fmt.Fprintln(stderr, "newswire publish:", err)
			return 1
		}
		msgs = append(msgs, ms...)
	}
	log, _ := newLogger(stderr, "text", "warn")
	sec, err := c.Security.build(log)
	if err != nil {
		fmt.Fprintln(stderr, "newswire publish:", err)
		return 2
	}
	n, err := publishWith(ctx, splitList(c.Brokers), sec.trackedTransport(), c.Topic, msgs)
	if err != nil {
		fmt.Fprintln(stderr, "newswire publish:", err)
		return 1
	}
	fmt.Fprintf(stdout, "published %d articles to %s on %s\n", n, c.Topic, c.Brokers)
	return 0
}

// readArticles reads one file as messages: a .jsonl file gives one per
// non-empty line (key: its "id", else NAME-LINE), any other file one message
// with its bytes as they are (key: the base name without extension).
func readArticles(name string, stdin io.Reader) ([]kafka.Message, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
		name = "stdin"
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if elems := jsonArray(data); len(elems) > 0 {
		// A JSON array of envelopes: one message per element (key: its
		// "id", else NAME-POSITION), as the pipeline would read the array.
		out := make([]kafka.Message, 0, len(elems))
		for i, v := range elems {
			out = append(out, kafka.Message{Key: []byte(articleKey(v, fmt.Sprintf("%s-%d", base, i+1))), Value: v})
		}
		return out, nil
	}
	if !strings.EqualFold(filepath.Ext(name), ".jsonl") {
		return []kafka.Message{{Key: []byte(base), Value: data}}, nil
	}
	var out []kafka.Message
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		v := bytes.TrimSpace(sc.Bytes())
		if len(v) == 0 {
			continue
		}
		key := articleKey(v, fmt.Sprintf("%s-%d", base, line))
		out = append(out, kafka.Message{Key: []byte(key), Value: append([]byte(nil), v...)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

// articleKey is the "id" of a JSON envelope, else def.
func articleKey(v []byte, def string) string {
	var env struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(v, &env) == nil && env.ID != "" {
		return env.ID
	}
	return def
}

// jsonArray returns the elements of data when it is a whole JSON array,
// else nil.
func jsonArray(data []byte) []json.RawMessage {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(t) == 0 || t[0] != '[' {
		return nil
	}
	var elems []json.RawMessage
	if json.Unmarshal(t, &elems) != nil {
		return nil
	}
	return elems
}

// publishMessages writes msgs to topic, acknowledged by all in-sync replicas.
func publishMessages(ctx context.Context, brokers []string, topic string, msgs []kafka.Message) (int, error) {
	return publishWith(ctx, brokers, nil, topic, msgs)
}

// publishWith is publishMessages through transport (SASL, TLS; nil for
// kafka-go's default).
func publishWith(ctx context.Context, brokers []string, transport kafka.RoundTripper, topic string, msgs []kafka.Message) (int, error) {
	if len(brokers) == 0 {
		return 0, errors.New("no brokers (--brokers / KAFKA_BROKERS)")
	}
	w := &kafka.Writer{Addr: kafka.TCP(brokers...), Topic: topic, Balancer: &kafka.Hash{},
		RequiredAcks: kafka.RequireAll, BatchTimeout: 5 * time.Millisecond, BatchSize: 500, BatchBytes: 64 << 20,
		Transport: transport}
	defer w.Close()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	const chunk = 500
	for i := 0; i < len(msgs); i += chunk {
		if err := w.WriteMessages(ctx, msgs[i:min(i+chunk, len(msgs))]...); err != nil {
			return i, fmt.Errorf("publish to %s on %s: %w", topic, strings.Join(brokers, ","), explainVia(transport, err))
		}
	}
	return len(msgs), nil
}
