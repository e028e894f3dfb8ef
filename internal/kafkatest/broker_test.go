package kafkatest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

func commitOffset(t *testing.T, addr string, offset int64) {
	t.Helper()
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
	// Generation -1: a commit from outside any group generation, which the
	// broker accepts for a group with no members.
	resp, err := cl.OffsetCommit(context.Background(), &kafka.OffsetCommitRequest{GroupID: "g", GenerationID: -1,
		Topics: map[string][]kafka.OffsetCommit{"t": {{Partition: 0, Offset: offset}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range resp.Topics["t"] {
		if p.Error != nil {
			t.Fatalf("commit %d: %v", offset, p.Error)
		}
	}
}

// The watch reports a commit that moves a partition's offset back, and
// only that.
func TestCommitWatch(t *testing.T) {
	b, err := Start(Config{Topics: []string{"t"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	commitOffset(t, b.Addr(), 10)
	commitOffset(t, b.Addr(), 12)
	commitOffset(t, b.Addr(), 12)
	if r := b.Report(); len(r.Backward) != 0 || r.Commits != 3 {
		t.Fatalf("forward commits: %+v", r)
	}
	commitOffset(t, b.Addr(), 7)
	r := b.Report()
	if len(r.Backward) != 1 || !strings.Contains(r.Backward[0], "t/0: commit of offset 7") ||
		!strings.Contains(r.Backward[0], "after 12") {
		t.Fatalf("a commit from 12 back to 7: %+v", r)
	}
}

// Injected errors fail one request in every n of a key, on the topics
// named, and are counted.
func TestInject(t *testing.T) {
	b, err := Start(Config{Topics: []string{"t", "other"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Inject(Produce, 6, 1, "t"); err != nil { // NOT_LEADER_FOR_PARTITION
		t.Fatal(err)
	}
	produce := func(topic string) error {
		cl := &kafka.Client{Addr: kafka.TCP(b.Addr()), Timeout: 10 * time.Second}
		resp, err := cl.Produce(context.Background(), &kafka.ProduceRequest{Topic: topic, Partition: 0,
			RequiredAcks: kafka.RequireAll, Records: kafka.NewRecordReader(kafka.Record{Value: kafka.NewBytes([]byte("x"))})})
		if err != nil {
			return err
		}
		return resp.Error
	}
	if err := produce("t"); !errors.Is(err, kafka.NotLeaderForPartition) {
		t.Errorf("produce to t: %v, want NOT_LEADER_FOR_PARTITION", err)
	}
	if err := produce("other"); err != nil {
		t.Errorf("produce to another topic: %v", err)
	}
	if err := b.Inject(Produce, 0, 0); err != nil {
		t.Fatal(err)
	}
	if err := produce("t"); err != nil {
		t.Errorf("after the injection stopped: %v", err)
	}
	if got := b.Report().Injected["Produce"]; got != 1 {
		t.Errorf("%d produce requests failed on purpose, want 1", got)
	}
	if err := b.Inject(Heartbeat, 6, 1); err == nil {
		t.Error("injecting into heartbeats: no error")
	}
}
