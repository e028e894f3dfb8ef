// Package sample holds the bundled sample article, a copy of
// testdata/north-news-2025-05-31.txt (a test keeps the two equal), for the
// commands and the page that show newswire at work without any input.
package sample

import _ "embed"

// Name is the sample article's file name; its id is the name without ".txt".
const Name = "north-news-2025-05-31.txt"

//go:embed north-news-2025-05-31.txt
var Article []byte
