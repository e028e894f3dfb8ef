// Command newswire-train trains the extractor's learned components from the
// training sets in the repository and cross-validates them, one writer's
// set held out at a time:
//
//	go run ./cmd/newswire-train confidence -out extract/tables/confidence.tsv  # the events' confidence
//	go run ./cmd/newswire-train date -write    # the date ranker: extract/tables/date_rank.tsv
//	go run ./cmd/newswire-train place -write   # the place ranker: extract/tables/place_rank.tsv
//	go run ./cmd/newswire-train party -out extract/tables/party_rank.tsv      # the party ranker
//	go run ./cmd/newswire-train rescue         # what the removal rules remove; no table
//	go run ./cmd/newswire-train frames -write  # learned event frames: extract/tables/frames_learned.tsv
//	go run ./cmd/newswire-train needs -sets articles,train/tr21  # what each frame's need removes (reading aid)
//
// The sets are those of internal/trainsets.List (never testdata/final,
// testdata/blind or ../shared). Each subcommand is a file of this folder
// that registers itself in commands; run one without a table flag to see
// its cross-validation alone.
package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
)

// command is a subcommand: what it does, and how it runs.
type command struct {
	what string
	run  func(ctx context.Context, args []string) error
}

// commands are the subcommands, by name.
var commands = map[string]command{}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	cmd, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "newswire-train: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	if err := cmd.run(context.Background(), os.Args[2:]); err != nil {
		fmt.Fprintf(os.Stderr, "newswire-train %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func usage() {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "  %-12s %s\n", n, commands[n].what)
	}
	fmt.Fprintf(os.Stderr, "usage: newswire-train COMMAND [flags]\ncommands:\n%s", b.String())
}
