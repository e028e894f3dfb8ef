package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what CleanHTML keeps of a web page.
type Page struct {
	Headline  string
	Published string
	Body      string // the article's paragraphs, one a line
}

// Cleaner finds the article body of web pages with a vocabulary of page
// furniture (tables/boilerplate.tsv). It is safe for concurrent use.
type Cleaner struct {
	vocab *htmlVocab
}

// NewCleaner builds a Cleaner from the embedded vocabulary and, when
// tablesDir is set, the user's boilerplate.tsv in it.
func NewCleaner(tablesDir string) (*Cleaner, error) {
	v, err := loadHTMLVocab(tablesDir)
	if err != nil {
		return nil, err
	}
	return &Cleaner{vocab: v}, nil
}

var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return NewCleaner("") })

// CleanHTML keeps the article body of a whole page with the embedded
// vocabulary (see Cleaner.Clean).
func CleanHTML(page string) (Page, error) {
	c, err := defaultCleaner()
	if err != nil {
		return Page{}, err
	}
	return c.Clean(page)
}

// Clean keeps the article body of a whole page, one paragraph a line,
// without navigation, related-article lists, captions, appeals, ads and
// footers. The headline comes from og:title, h1 or title; the published date
// from JSON-LD datePublished, article:published_time or a time element.
//
// The body is the page's JSON-LD articleBody when it is there and as long as
// the body found in the page (a teaser is not taken); else the block of the
// page that scores best on text and link density, with class and id words
// as evidence (see html_score.go).
func (c *Cleaner) Clean(page string) (Page, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		return Page{}, fmt.Errorf("parse html: %w", err)
	}
	ld := jsonLD(doc)
	p := Page{Headline: headlineOf(doc), Published: publishedOf(doc, ld)}
	root := doc.Get(0)
	if b := doc.Find("body"); b.Length() > 0 {
		root = b.Get(0)
	}
	lines := c.domBody(root)
	p.Body = chooseBody(lines, ldArticleBody(ld))
	if strings.TrimSpace(p.Body) == "" {
		return p, &InputError{Class: ClassNoText, Err: fmt.Errorf("html page has no article text")}
	}
	return p, nil
}

// domBody finds the body in the page's elements: first with furniture left
// out, then (when that leaves too little) with every element read.
func (c *Cleaner) domBody(root *html.Node) []string {
	lines := c.domBodyPass(root, true)
	if words(lines) < 50 {
		if again := c.domBodyPass(root, false); words(again) > 2*words(lines) {
			return again
		}
	}
	return lines
}

func (c *Cleaner) domBodyPass(root *html.Node, strip bool) []string {
	// the text outside links of every element, for the furniture rule
	raw := map[*html.Node]int{}
	w := blockWalker{vocab: c.vocab, emit: func(b textBlock) {
		for p := b.owner; p != nil; p = p.Parent {
			raw[p] += b.chars - b.links
		}
	}}
	w.walk(root)
	w.flush()
	total := raw[root]
	// furniture: weight at or under furnitureWeight, unless it holds most
	// of the page's text
	var skip func(*html.Node) bool
	if strip {
		skip = func(n *html.Node) bool {
			return c.vocab.weight(n) <= furnitureWeight && !holdsMost(raw[n], total, 0.4)
		}
	}
	s := newScorer(c.vocab)
	w = blockWalker{vocab: c.vocab, skip: skip, emit: s.add}
	w.walk(root)
	w.flush()
	body := s.best(root)
	return c.render(body, s, raw)
}

// render reads the body's elements: furniture inside it (unless it holds
// half the body's text), link lists and the headline are left out, and so
// are lines that are mostly links.
func (c *Cleaner) render(body []*html.Node, s *scorer, raw map[*html.Node]int) []string {
	var lines []string
	for _, top := range body {
		all := raw[top]
		skip := func(n *html.Node) bool {
			if n == top {
				return false
			}
			if n.DataAtom == atom.H1 {
				return true
			}
			if holdsMost(raw[n], all, 0.5) {
				return false
			}
			if c.vocab.weight(n) <= furnitureWeight {
				return true
			}
			switch n.DataAtom {
			case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Dl, atom.Aside:
				if ns := s.stats[n]; ns != nil {
					return ns.linkDensity() > 0.5
				}
			}
			return false
		}
		w := blockWalker{vocab: c.vocab, skip: skip, cellsInline: true, emit: func(b textBlock) {
			if float64(b.links) > 0.6*float64(b.chars) {
				return
			}
			lines = append(lines, b.text)
		}}
		w.walk(top)
		w.flush()
	}
	return lines
}

// chooseBody takes the JSON-LD body when it is about as long as the page's
// (or the page gave none), else the page's.
func chooseBody(lines []string, ld string) string {
	dom := strings.Join(lines, "\n")
	if ld == "" {
		return dom
	}
	nd, nl := len(strings.Fields(dom)), len(strings.Fields(ld))
	if float64(nl) >= 0.7*float64(nd) {
		return ld
	}
	return dom
}

// holdsMost: an element with at least share of the text around it (and
// more than a line of it) is the body, whatever its names say.
func holdsMost(chars, around int, share float64) bool {
	return chars >= 100 && float64(chars) >= share*float64(around)
}

func words(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(strings.Fields(l))
	}
	return n
}
