package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
)

// defaultDataDir is the embedded broker's data directory unless told
// otherwise: state that must outlive the process, where the XDG base
// directory specification puts it.
const defaultDataDir = "$XDG_STATE_HOME/newswire/kafka"

// resolveDataDir expands $XDG_STATE_HOME (default ~/.local/state, else
// ./.newswire-state when there is no home) and a leading ~/.
func resolveDataDir(dir string) string {
	home, _ := os.UserHomeDir()
	if rest, ok := strings.CutPrefix(dir, "$XDG_STATE_HOME"); ok {
		state := os.Getenv("XDG_STATE_HOME")
		switch {
		case state != "":
		case home != "":
			state = filepath.Join(home, ".local", "state")
		default:
			state = ".newswire-state"
		}
		return state + rest
	}
	if rest, ok := strings.CutPrefix(dir, "~/"); ok && home != "" {
		return filepath.Join(home, rest)
	}
	return dir
}

// backlog is how many messages of topic the group has not committed yet:
// the sum over partitions of the high-water mark minus the committed offset
// (the log start when nothing is committed).
func backlog(brokers []string, group, topic string) (int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cl := &kafka.Client{Addr: kafka.TCP(brokers...), Timeout: 5 * time.Second}
	md, err := cl.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, err
	}
	if len(md.Topics) != 1 || md.Topics[0].Error != nil {
		return 0, fmt.Errorf("topic %s: no metadata", topic)
	}
	var parts []int
	lreq := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, p := range md.Topics[0].Partitions {
		parts = append(parts, p.ID)
		lreq.Topics[topic] = append(lreq.Topics[topic], kafka.FirstOffsetOf(p.ID), kafka.LastOffsetOf(p.ID))
	}
	lo, err := cl.ListOffsets(ctx, lreq)
	if err != nil {
		return 0, err
	}
	of, err := cl.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: parts}})
	if err != nil {
		return 0, err
	}
	next := map[int]int64{}
	for _, p := range of.Topics[topic] {
		next[p.Partition] = p.CommittedOffset
	}
	var n int64
	for _, p := range lo.Topics[topic] {
		if p.Error != nil {
			return 0, p.Error
		}
		from := next[p.Partition]
		if from < p.FirstOffset {
			from = p.FirstOffset
		}
		n += max(p.LastOffset-from, 0)
	}
	return n, nil
}
