package pipeline_test

import (
	"fmt"

	"github.com/newswire/newswire/pipeline"
)

// Workers finish out of order; the tracker commits only finished prefixes.
func ExampleTracker() {
	tr := pipeline.NewTracker()
	var toks []*pipeline.Token
	for off := int64(0); off < 3; off++ {
		toks = append(toks, tr.Add(pipeline.Position{Topic: "news.raw", Partition: 0, Offset: off}))
	}
	tr.Done(toks[2])
	fmt.Println(len(tr.Committable())) // offset 0 and 1 still running
	tr.Done(toks[0])
	fmt.Println(tr.Committable()[0].Offset) // 0 is done: commit it
	tr.Done(toks[1])
	fmt.Println(tr.Committable()[0].Offset) // 0..2 done
	// Output:
	// 0
	// 0
	// 2
}

// New checks the configuration: a pipeline needs a source, an extractor
// and at least one sink. (With a pipeline.NewReader as Source, Run blocks
// until its context ends, then drains and commits.)
func ExampleNew() {
	_, err := pipeline.New(pipeline.Config{Workers: 2})
	fmt.Println(err)
	// Output: pipeline: Source, Extractor and at least one Sink are required
}
