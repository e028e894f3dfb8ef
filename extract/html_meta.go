package extract

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page's own metadata: headline, published date and the article body
// its JSON-LD or microdata declares.

func headlineOf(doc *goquery.Document) string {
	return firstNonEmpty(
		attr(doc, `meta[property="og:title"]`, "content"),
		collapse(doc.Find("h1").First().Text()),
		collapse(doc.Find("title").First().Text()),
	)
}

func publishedOf(doc *goquery.Document, ld []any) string {
	var out string
	for _, v := range ld {
		if out = datePublished(v); out != "" {
			break
		}
	}
	return firstNonEmpty(out,
		attr(doc, `meta[property="article:published_time"]`, "content"),
		attr(doc, `meta[name="article:published_time"]`, "content"),
		attr(doc, `meta[itemprop="datePublished"]`, "content"),
		attr(doc, `meta[name="date"]`, "content"),
		attr(doc, `time[datetime]`, "datetime"),
	)
}

// jsonLD parses the page's JSON-LD blocks (those that parse).
func jsonLD(doc *goquery.Document) []any {
	var out []any
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			out = append(out, v)
		}
	})
	return out
}

// datePublished finds datePublished anywhere in a JSON-LD value.
func datePublished(v any) string {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok {
			return s
		}
		for _, c := range x {
			if s := datePublished(c); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range x {
			if s := datePublished(c); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldArticleBody is the longest articleBody of an article object (any
// @type ending in "Article", or a BlogPosting) anywhere in the JSON-LD,
// @graph included, as plain text.
func ldArticleBody(ld []any) string {
	best := ""
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if isArticleType(x["@type"]) {
				if s, ok := x["articleBody"].(string); ok {
					if s = plainText(s); len(s) > len(best) {
						best = s
					}
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, v := range ld {
		walk(v)
	}
	return best
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, y := range x {
			if isArticleType(y) {
				return true
			}
		}
	}
	return false
}

// plainText reads text that may hold markup or entities: paragraphs one a
// line, white space collapsed.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		var lines []string
		for _, l := range strings.Split(s, "\n") {
			if l = collapse(l); l != "" {
				lines = append(lines, l)
			}
		}
		return strings.Join(lines, "\n")
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return collapse(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	var lines []string
	w := blockWalker{vocab: &htmlVocab{}, emit: func(b textBlock) { lines = append(lines, b.text) }}
	w.walk(root)
	w.flush()
	return strings.Join(lines, "\n")
}

func attr(doc *goquery.Document, sel, name string) string {
	v, _ := doc.Find(sel).First().Attr(name)
	return strings.TrimSpace(v)
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
