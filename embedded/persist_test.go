package embedded

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

// TestLoopbackOnly: the broker binds 127.0.0.1 and refuses any other
// address.
func TestLoopbackOnly(t *testing.T) {
	b, err := Start(Config{Topics: []string{"t"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	host, _, err := net.SplitHostPort(b.Addr())
	if err != nil || host != "127.0.0.1" {
		t.Errorf("broker address %q, want 127.0.0.1:PORT", b.Addr())
	}
	for _, addr := range []string{"0.0.0.0:0", "[::]:0", "192.0.2.1:0", ":0"} {
		if ln, err := loopbackOnly("tcp", addr); err == nil {
			ln.Close()
			t.Errorf("listening on %s was allowed", addr)
		}
	}
	ln, err := loopbackOnly("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("127.0.0.1 refused: %v", err)
	}
	ln.Close()
}

// TestDataDirKeepsMessagesAndOffsets: a broker started again on the same
// data directory has every message and the group's committed offsets; a
// topic added to the config is created; a second broker on a directory in
// use is refused.
func TestDataDirKeepsMessagesAndOffsets(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	b, err := Start(Config{Topics: []string{"in"}, Partitions: 2, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if b.Restored() {
		t.Error("a fresh directory reported as restored")
	}
	if _, err := Start(Config{Topics: []string{"in"}, DataDir: dir}); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("second broker on the same directory: %v, want refused as in use", err)
	}
	w := &kafka.Writer{Addr: kafka.TCP(b.Addr()), Topic: "in", Balancer: &kafka.Hash{}, RequiredAcks: kafka.RequireAll, BatchTimeout: time.Millisecond}
	var msgs []kafka.Message
	for i := range 50 {
		msgs = append(msgs, kafka.Message{Key: []byte(fmt.Sprintf("k%d", i)), Value: []byte(fmt.Sprintf("v%d", i))})
	}
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()
	cl := &kafka.Client{Addr: kafka.TCP(b.Addr())}
	hwm := highWater(ctx, t, cl, "in", 2)
	if hwm[0]+hwm[1] != 50 {
		t.Fatalf("high-water marks %v, want 50 messages", hwm)
	}
	if _, err := cl.OffsetCommit(ctx, &kafka.OffsetCommitRequest{GroupID: "g", GenerationID: -1,
		Topics: map[string][]kafka.OffsetCommit{"in": {{Partition: 0, Offset: 3}, {Partition: 1, Offset: 4}}}}); err != nil {
		t.Fatal(err)
	}
	b.Close()

	b2, err := Start(Config{Topics: []string{"in", "new"}, Partitions: 2, DataDir: dir})
	if err != nil {
		t.Fatalf("restart on the same directory: %v", err)
	}
	defer b2.Close()
	if !b2.Restored() {
		t.Error("restart not reported as restored")
	}
	cl = &kafka.Client{Addr: kafka.TCP(b2.Addr())}
	if got := highWater(ctx, t, cl, "in", 2); got != hwm {
		t.Errorf("after restart high-water marks %v, want %v", got, hwm)
	}
	of, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: "g", Topics: map[string][]int{"in": {0, 1}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range of.Topics["in"] {
		if want := int64(3 + p.Partition); p.CommittedOffset != want {
			t.Errorf("partition %d committed %d after restart, want %d", p.Partition, p.CommittedOffset, want)
		}
	}
	// Every message is there to read, in order.
	r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{b2.Addr()}, Topic: "in", Partition: 0, MaxWait: 100 * time.Millisecond})
	defer r.Close()
	for i := int64(0); i < hwm[0]; i++ {
		m, err := r.ReadMessage(ctx)
		if err != nil || m.Offset != i || !strings.HasPrefix(string(m.Value), "v") {
			t.Fatalf("read %d after restart: %v %+v", i, err, m)
		}
	}
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{"new"}})
	if err != nil || len(md.Topics) != 1 || md.Topics[0].Error != nil || len(md.Topics[0].Partitions) != 2 {
		t.Errorf("topic added on restart: %+v %v", md, err)
	}
}

func highWater(ctx context.Context, t *testing.T, cl *kafka.Client, topic string, n int) (out [2]int64) {
	t.Helper()
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for p := range n {
		req.Topics[topic] = append(req.Topics[topic], kafka.LastOffsetOf(p))
	}
	resp, err := cl.ListOffsets(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range resp.Topics[topic] {
		if p.Error != nil {
			t.Fatal(p.Error)
		}
		out[p.Partition] = p.LastOffset
	}
	return out
}
