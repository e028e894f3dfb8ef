package extract_test

import (
	"context"
	"fmt"

	"github.com/newswire/newswire/extract"
)

// With WithText the record carries the text it read; every entity's spans
// are code point offsets into it, so a caller can highlight each mention
// ("São Paulo —" is 11 code points and 14 bytes).
func ExampleOptions_withText() {
	x, err := extract.New(extract.Options{WithText: true})
	if err != nil {
		panic(err)
	}
	rec, err := x.Extract(context.Background(), extract.Article{ID: "a", Published: "2025-10-09",
		Body: "São Paulo — Foreign Minister Ana Soto met Kenyan President Li Wei in São Paulo on Tuesday. Soto said the talks were useful."})
	if err != nil {
		panic(err)
	}
	text := []rune(rec.Text)
	for _, e := range rec.Entities {
		if e.Type != extract.Person {
			continue
		}
		for _, s := range e.Spans {
			fmt.Printf("%s %v %q\n", e.Text, s, string(text[s[0]:s[1]]))
		}
	}
	ev := rec.Events[0]
	fmt.Printf("%s: trigger %q at %v\n", ev.Type, string(text[ev.TriggerSpan[0]:ev.TriggerSpan[1]]), *ev.TriggerSpan)
	// Output:
	// Ana Soto [29 37] "Ana Soto"
	// Ana Soto [91 95] "Soto"
	// Li Wei [59 65] "Li Wei"
	// meeting: trigger "met" at [38 41]
}
