// Command goldpred prints the records a perfect extractor would print for a
// folder of gold files, one JSON object a line. Scoring them with score.go
// checks that the golds parse and are self-consistent:
//
//	go run ./internal/score/cmd/goldpred testdata/articles > /tmp/gold.jsonl
//	go run /work/shared/eval/score.go -gold testdata/articles -pred /tmp/gold.jsonl
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/newswire/newswire/internal/score"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: goldpred GOLD_DIR...")
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, dir := range os.Args[1:] {
		golds, err := score.LoadGold(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "goldpred:", err)
			os.Exit(1)
		}
		for _, g := range golds {
			if err := enc.Encode(score.FromGold(g)); err != nil {
				fmt.Fprintln(os.Stderr, "goldpred: writing record:", err)
				os.Exit(1)
			}
		}
	}
}
