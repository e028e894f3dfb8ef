package extract_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/extract"
)

// Extract one short article and print its people and events.
func Example() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	rec, err := x.Extract(context.Background(), extract.Article{
		ID:        "pacific-wire-1009",
		Published: "2025-10-09T06:00:00Z",
		Body: "CANBERRA, Oct 9 (Pacific Wire) - Japanese Foreign Minister Kenji Mori met " +
			"Australian Foreign Minister Claire Dunn in Canberra on Tuesday. " +
			"Mori said the two countries would work together on critical minerals.",
	})
	if err != nil {
		panic(err)
	}
	for _, e := range rec.Entities {
		if e.Type == extract.Person {
			fmt.Printf("%s (%s) aliases=%v\n", e.Text, e.Title, e.Aliases)
		}
	}
	for _, ev := range rec.Events {
		var names []string
		for _, p := range ev.Participants {
			names = append(names, p.Name)
		}
		fmt.Printf("%s %s in %s: %s\n", ev.Type, ev.Date, ev.Location, strings.Join(names, ", "))
	}
	// Output:
	// Kenji Mori (Foreign Minister) aliases=[Mori]
	// Claire Dunn (Foreign Minister) aliases=[]
	// meeting 2025-10-07 in Canberra: Kenji Mori, Claire Dunn
}

// Decode detects the form of an article and takes its id from the envelope,
// else from the file name.
func ExampleDecoder_Decode() {
	dec := extract.Decoder{MaxBytes: 1 << 16}
	for _, in := range []struct{ name, data string }{
		{"feed/lima-0415.json", `{"id":"lp-0415","published":"2026-04-15","body":"Peru and Chile agreed to reopen a border crossing."}`},
		{"wires/reuters-vienna.txt", "VIENNA, Dec 1 (Reuters) - OPEC ministers met on Monday."},
		{"pages/lome.html", "<html><body><article><p>West African leaders met in Lome.</p></article></body></html>"},
		{"empty.txt", "  \n"},
	} {
		a, err := dec.Decode(in.name, []byte(in.data))
		if err != nil {
			fmt.Printf("%s: error class %s\n", in.name, extract.ErrorClass(err))
			continue
		}
		fmt.Printf("%s: id=%s form=%s body=%q\n", in.name, a.ID, a.Form, a.Body)
	}
	// Output:
	// feed/lima-0415.json: id=lp-0415 form=json body="Peru and Chile agreed to reopen a border crossing."
	// wires/reuters-vienna.txt: id=reuters-vienna form=text body="VIENNA, Dec 1 (Reuters) - OPEC ministers met on Monday."
	// pages/lome.html: id=lome form=html body="West African leaders met in Lome."
	// empty.txt: error class empty
}

// CleanHTML keeps a page's article paragraphs and its metadata.
func ExampleCleanHTML() {
	page, err := extract.CleanHTML(`<!DOCTYPE html><html><head>
<meta property="og:title" content="Dredging talks in Montevideo">
<meta property="article:published_time" content="2026-02-12T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<p>Argentine and Uruguayan officials met in Montevideo on Monday.</p>
<div class="ad-slot"><p>Subscribe now for unlimited access to all our stories.</p></div>
<p>They agreed to dredge the River Plate channel.</p>
</article>
<footer><p>© River News</p></footer>
</body></html>`)
	if err != nil {
		panic(err)
	}
	fmt.Println(page.Headline)
	fmt.Println(page.Published)
	fmt.Println(page.Body)
	// Output:
	// Dredging talks in Montevideo
	// 2026-02-12T10:00:00Z
	// Argentine and Uruguayan officials met in Montevideo on Monday.
	// They agreed to dredge the River Plate channel.
}

// A Cleaner with the user's vocabulary: a boilerplate.tsv in the tables
// folder adds class words ("factbox" as furniture here).
func ExampleNewCleaner() {
	dir, err := os.MkdirTemp("", "tables")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "boilerplate.tsv"), []byte("factbox\tword\t-40\n"), 0o644); err != nil {
		panic(err)
	}
	c, err := extract.NewCleaner(dir)
	if err != nil {
		panic(err)
	}
	page, err := c.Clean(`<html><body><article>
<p>Argentine and Uruguayan officials met in Montevideo on Monday.</p>
<div class="factbox"><p>The River Plate estuary is 290 kilometres long.</p></div>
<p>They agreed to dredge the River Plate channel.</p>
</article></body></html>`)
	if err != nil {
		panic(err)
	}
	fmt.Println(page.Body)
	// Output:
	// Argentine and Uruguayan officials met in Montevideo on Monday.
	// They agreed to dredge the River Plate channel.
}
