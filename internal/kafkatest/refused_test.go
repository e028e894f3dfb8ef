package kafkatest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// The tests here drive a consumer group by hand, request by request, so
// that the broker refuses a commit exactly when the test wants it to.
// Nothing waits on the clock: each step waits for its answer or for the
// group state it needs (with a generous bound, never a sleep).

const testGroup = "g"

// groupMember is one hand-driven member of testGroup.
type groupMember struct {
	t   *testing.T
	cl  *kgo.Client
	id  string
	gen int32
}

func newMember(t *testing.T, b *Broker) *groupMember {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return &groupMember{t: t, cl: cl}
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// join joins the group (asking for a member id first, as a v4+ client
// does) and returns once the rebalance it started or joined completed.
func (m *groupMember) join(ctx context.Context) error {
	meta := kmsg.NewConsumerMemberMetadata()
	meta.Topics = []string{"t"}
	for {
		req := kmsg.NewPtrJoinGroupRequest()
		req.Group, req.MemberID, req.ProtocolType = testGroup, m.id, "consumer"
		req.SessionTimeoutMillis, req.RebalanceTimeoutMillis = 120_000, 120_000
		p := kmsg.NewJoinGroupRequestProtocol()
		p.Name, p.Metadata = "range", meta.AppendTo(nil)
		req.Protocols = append(req.Protocols, p)
		resp, err := req.RequestWith(ctx, m.cl)
		if err != nil {
			return err
		}
		if resp.ErrorCode == kerr.MemberIDRequired.Code {
			m.id = resp.MemberID
			continue
		}
		if err := kerr.ErrorForCode(resp.ErrorCode); err != nil {
			return err
		}
		m.id, m.gen = resp.MemberID, resp.Generation
		return nil
	}
}

// sync sends the member's SyncGroup; the leader passes the assignment
// (member id -> partitions of t).
func (m *groupMember) sync(ctx context.Context, assign map[string][]int32) error {
	req := kmsg.NewPtrSyncGroupRequest()
	req.Group, req.MemberID, req.Generation = testGroup, m.id, m.gen
	for id, ps := range assign {
		a := kmsg.NewConsumerMemberAssignment()
		at := kmsg.NewConsumerMemberAssignmentTopic()
		at.Topic, at.Partitions = "t", ps
		a.Topics = append(a.Topics, at)
		sa := kmsg.NewSyncGroupRequestGroupAssignment()
		sa.MemberID, sa.MemberAssignment = id, a.AppendTo(nil)
		req.GroupAssignment = append(req.GroupAssignment, sa)
	}
	resp, err := req.RequestWith(ctx, m.cl)
	if err != nil {
		return err
	}
	return kerr.ErrorForCode(resp.ErrorCode)
}

// commitAs commits offset for t/0 as member id of generation gen and
// returns the broker's error code for the partition.
func commitAs(t *testing.T, b *Broker, cl *kgo.Client, id string, gen int32, offset int64) int16 {
	t.Helper()
	req := kmsg.NewPtrOffsetCommitRequest()
	req.Group, req.MemberID, req.Generation = testGroup, id, gen
	rt := kmsg.NewOffsetCommitRequestTopic()
	rt.Topic = "t" // v10 and later name the topic by its id
	if ti := b.Cluster().TopicInfo("t"); ti != nil {
		rt.TopicID = ti.TopicID
	}
	rp := kmsg.NewOffsetCommitRequestTopicPartition()
	rp.Partition, rp.Offset = 0, offset
	rt.Partitions = append(rt.Partitions, rp)
	req.Topics = append(req.Topics, rt)
	resp, err := req.RequestWith(testCtx(t), cl)
	if err != nil {
		t.Fatalf("commit %d: %v", offset, err)
	}
	if len(resp.Topics) != 1 || len(resp.Topics[0].Partitions) != 1 {
		t.Fatalf("commit %d: answer %+v", offset, resp)
	}
	return resp.Topics[0].Partitions[0].ErrorCode
}

func wantCode(t *testing.T, what string, got int16, want *kerr.Error) {
	t.Helper()
	if want == nil && got != 0 || want != nil && got != want.Code {
		t.Fatalf("%s: broker answered %v, want %v", what, kerr.ErrorForCode(got), want)
	}
}

func startOne(t *testing.T) *Broker {
	t.Helper()
	b, err := Start(Config{Topics: []string{"t"}, Partitions: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// A commit the broker refuses during a rebalance, carrying the newest
// generation any request has carried, changes nothing, so the lower
// commit the new owner then makes is no step backward. (The watch once
// took such a commit as accepted and reported a false "moved backward".)
func TestCommitWatchRefusedInRebalance(t *testing.T) {
	b := startOne(t)
	ctx := testCtx(t)
	a, c := newMember(t, b), newMember(t, b)
	if err := a.join(ctx); err != nil {
		t.Fatalf("a joins: %v", err)
	}
	if err := a.sync(ctx, map[string][]int32{a.id: {0}}); err != nil {
		t.Fatalf("a syncs: %v", err)
	}
	wantCode(t, "a commits 10", commitAs(t, b, a.cl, a.id, a.gen, 10), nil)

	// c joins: the group prepares a rebalance and waits for a to rejoin.
	joined := make(chan error, 1)
	go func() { joined <- c.join(ctx) }()
	if _, err := b.Cluster().WaitGroupInfo(ctx, testGroup, func(g *kfake.GroupInfo) bool {
		return g != nil && g.State == "PreparingRebalance"
	}); err != nil {
		t.Fatalf("waiting for the rebalance: %v", err)
	}
	if err := a.join(ctx); err != nil {
		t.Fatalf("a rejoins: %v", err)
	}
	if err := <-joined; err != nil {
		t.Fatalf("c joins: %v", err)
	}
	if a.gen != c.gen || a.gen < 2 {
		t.Fatalf("generations after the rebalance: a %d, c %d", a.gen, c.gen)
	}
	// The new generation is not synced yet: the commit is refused.
	wantCode(t, "a commits 20 before the sync", commitAs(t, b, a.cl, a.id, a.gen, 20), kerr.RebalanceInProgress)

	if err := a.sync(ctx, map[string][]int32{a.id: {}, c.id: {0}}); err != nil {
		t.Fatalf("a syncs: %v", err)
	}
	if err := c.sync(ctx, nil); err != nil {
		t.Fatalf("c syncs: %v", err)
	}
	wantCode(t, "c commits 15", commitAs(t, b, c.cl, c.id, c.gen, 15), nil)
	r := b.Report()
	if len(r.Backward) != 0 || r.Commits != 2 || r.Refused != 1 {
		t.Fatalf("10, a refused 20, then 15: %+v", r)
	}
	// The event log tells the story: the refused commit and the group
	// state it met.
	if !containsEvent(r.Events, "t/0 20 refused (stays 10)", "CompletingRebalance") ||
		!containsEvent(r.Events, "t/0 15 accepted (was 10)", "Stable") {
		t.Errorf("events:\n%s", strings.Join(r.Events, "\n"))
	}

	// A real step back is still reported.
	wantCode(t, "c commits 12", commitAs(t, b, c.cl, c.id, c.gen, 12), nil)
	r = b.Report()
	if len(r.Backward) != 1 || !strings.Contains(r.Backward[0], "t/0: commit of offset 12") ||
		!strings.Contains(r.Backward[0], "after 15") {
		t.Fatalf("15, then 12: %+v", r)
	}
	// The events up to the step back are kept with it.
	if len(r.BeforeBackward) != 1 || len(r.BeforeBackward[0]) != len(r.Events) ||
		!strings.Contains(r.BeforeBackward[0][len(r.Events)-1], "t/0 12 accepted (was 15)") {
		t.Fatalf("events before the step back: %q", r.BeforeBackward)
	}
	t.Logf("events:\n%s", strings.Join(r.Events, "\n"))
}

// A commit from a member the group no longer knows (its session expired)
// is refused even when it carries the group's newest generation; so is one
// carrying a generation into a group that has no members.
func TestCommitWatchRefusedUnknownMember(t *testing.T) {
	b := startOne(t)
	ctx := testCtx(t)
	a := newMember(t, b)
	if err := a.join(ctx); err != nil {
		t.Fatalf("a joins: %v", err)
	}
	if err := a.sync(ctx, map[string][]int32{a.id: {0}}); err != nil {
		t.Fatalf("a syncs: %v", err)
	}
	wantCode(t, "a commits 10", commitAs(t, b, a.cl, a.id, a.gen, 10), nil)
	wantCode(t, "a gone member commits 30", commitAs(t, b, a.cl, "gone-member", a.gen, 30), kerr.UnknownMemberID)
	wantCode(t, "a commits 11", commitAs(t, b, a.cl, a.id, a.gen, 11), nil)
	if r := b.Report(); len(r.Backward) != 0 || r.Commits != 2 || r.Refused != 1 {
		t.Fatalf("10, a refused 30, then 11: %+v", r)
	}

	// An empty group takes only commits from outside any generation.
	other := startOne(t)
	cl := newMember(t, other).cl
	wantCode(t, "simple commit 10", commitAs(t, other, cl, "", -1, 10), nil)
	wantCode(t, "generation 3 into an empty group", commitAs(t, other, cl, "m", 3, 20), kerr.IllegalGeneration)
	wantCode(t, "simple commit 15", commitAs(t, other, cl, "", -1, 15), nil)
	if r := other.Report(); len(r.Backward) != 0 || r.Commits != 2 || r.Refused != 1 {
		t.Fatalf("10, refused 20, then 15: %+v", r)
	}
	wantCode(t, "simple commit 5", commitAs(t, other, cl, "", -1, 5), nil)
	if r := other.Report(); len(r.Backward) != 1 || !strings.Contains(r.Backward[0], "commit of offset 5") {
		t.Fatalf("15, then 5: %+v", r)
	}
}

// containsEvent says whether one event holds all of parts.
func containsEvent(events []string, parts ...string) bool {
	for _, e := range events {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(e, p)
		}
		if all {
			return true
		}
	}
	return false
}

// The event log keeps the newest maxEvents events, oldest first.
func TestEventLogBounded(t *testing.T) {
	b := startOne(t)
	cl := newMember(t, b).cl
	const n = maxEvents + 25
	for i := range n {
		wantCode(t, "simple commit", commitAs(t, b, cl, "", -1, int64(i)), nil)
	}
	r := b.Report()
	if r.EventsSeen != n || len(r.Events) != maxEvents || r.Commits != n || len(r.Backward) != 0 {
		t.Fatalf("%d commits: %d events seen, %d kept, %d commits, backward %v", n, r.EventsSeen, len(r.Events), r.Commits, r.Backward)
	}
	for i, e := range r.Events {
		want := fmt.Sprintf("t/0 %d accepted", n-maxEvents+i)
		if !strings.Contains(e, want) {
			t.Fatalf("event %d: %q, want %q", i, e, want)
		}
	}
}
