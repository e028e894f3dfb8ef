package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start and end a line of text; the text between two of them
// (or two <br>s) is one block.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// paraTags hold one paragraph of text: their score goes to the element
// around them, as readability scores the parent of a <p>.
var paraTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
	atom.Pre: true, atom.Figcaption: true, atom.Caption: true, atom.Address: true,
	atom.Summary: true, atom.Legend: true,
}

func isBlock(n *html.Node) bool {
	if n.DataAtom != 0 {
		return blockTags[n.DataAtom]
	}
	return false
}

// textBlock is one run of text between block boundaries.
type textBlock struct {
	owner *html.Node // the innermost block element holding it
	text  string     // whitespace collapsed
	chars int        // non-space bytes
	links int        // non-space bytes inside <a>
}

// blockWalker cuts the text under an element into blocks.
type blockWalker struct {
	vocab *htmlVocab
	skip  func(*html.Node) bool // elements left out (nil: none)
	emit  func(textBlock)
	// cellsInline reads a table row as one line, its cells apart by a space
	cellsInline bool
	buf         []byte
	chars       int
	links       int
	inLink      int
	owner       *html.Node
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.addText(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	default:
		return
	}
	if w.vocab.drop[n.Data] || hiddenElement(n) {
		return
	}
	if w.skip != nil && w.skip(n) {
		if isBlock(n) {
			w.flush()
		}
		return
	}
	switch {
	case n.DataAtom == atom.Br:
		w.flush()
	case w.cellsInline && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && !hasBlockChild(n):
		w.addText(" ")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.addText(" ")
	case isBlock(n):
		w.flush()
		prev := w.owner
		w.owner = n
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.flush()
		w.owner = prev
	case n.DataAtom == atom.A:
		w.inLink++
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.inLink--
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
	}
}

// addText appends text, collapsing runs of white space to one space.
func (w *blockWalker) addText(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			if len(w.buf) > 0 && w.buf[len(w.buf)-1] != ' ' {
				w.buf = append(w.buf, ' ')
			}
			continue
		}
		if c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0 { // no-break space
			if len(w.buf) > 0 && w.buf[len(w.buf)-1] != ' ' {
				w.buf = append(w.buf, ' ')
			}
			i++
			continue
		}
		w.buf = append(w.buf, c)
		w.chars++
		if w.inLink > 0 {
			w.links++
		}
	}
}

func (w *blockWalker) flush() {
	if w.chars > 0 {
		w.emit(textBlock{owner: w.owner, text: strings.TrimSpace(string(w.buf)), chars: w.chars, links: w.links})
	}
	w.buf, w.chars, w.links = w.buf[:0], 0, 0
}

// hiddenElement: the hidden attribute or aria-hidden="true".
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}
