package main

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// refuseProduce answers every produce request except to news.raw with
// NOT_LEADER_FOR_PARTITION (retriable: the writer keeps retrying), and
// counts the refusals.
func refuseProduce(c *kfake.Cluster) *atomic.Int64 {
	var refused atomic.Int64
	c.ControlKey(int16(kmsg.Produce), func(kr kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		req := kr.(*kmsg.ProduceRequest)
		if len(req.Topics) == 0 || req.Topics[0].Topic == "news.raw" {
			return nil, nil, false
		}
		refused.Add(1)
		resp := req.ResponseKind().(*kmsg.ProduceResponse)
		for _, t := range req.Topics {
			rt := kmsg.NewProduceResponseTopic()
			rt.Topic = t.Topic
			for _, p := range t.Partitions {
				rp := kmsg.NewProduceResponseTopicPartition()
				rp.Partition, rp.ErrorCode = p.Partition, kerr.NotLeaderForPartition.Code
				rt.Partitions = append(rt.Partitions, rp)
			}
			resp.Topics = append(resp.Topics, rt)
		}
		return resp, nil, true
	})
	return &refused
}

// Defect 4 of issue 6: SIGTERM while every produce fails. run returns
// within --shutdown-timeout plus its documented 10 s (the wait below adds
// 30 s for a busy machine; before the fix kafka-go's writer went on
// retrying what it held for minutes), with an error that says how many
// messages were left uncommitted and will be delivered again.
func TestShutdownBoundedWhileProducesFail(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(2, newswireTopics...),
		kfake.GroupMinSessionTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	refused := refuseProduce(c)
	addr := c.ListenAddrs()[0]
	cfg := securedRun(t, addr, "g-shutdown", securityConfig{})
	cfg.Sinks, cfg.ShutdownTimeout = "kafka", 3*time.Second
	r := startRun(t, cfg)
	var msgs []kafka.Message
	for i := range 200 {
		msgs = append(msgs, articleMsg(fmt.Sprintf("stuck-%d", i)))
	}
	if _, err := publishMessages(context.Background(), []string{addr}, "news.raw", msgs); err != nil {
		t.Fatal(err)
	}
	until(t, 60*time.Second, "produce requests refused", func() bool { return refused.Load() >= 100 })

	start := time.Now()
	r.cancel() // SIGTERM
	err = r.wait(t, cfg.ShutdownTimeout+10*time.Second+30*time.Second)
	t.Logf("returned after %v: %v", time.Since(start), err)
	if err == nil {
		t.Fatal("run returned no error though its work was left uncommitted")
	}
	m := regexp.MustCompile(`(\d+) fetched messages left uncommitted; they will be delivered again`).FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("the error does not say how many messages will be delivered again: %v", err)
	}
	if n, _ := strconv.Atoi(m[1]); n < 1 || n > len(msgs) {
		t.Errorf("%d messages left uncommitted, want 1..%d", n, len(msgs))
	}
}
