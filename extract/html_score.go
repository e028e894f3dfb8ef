package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The body finder, after readability: every block of 25 characters or more
// scores the block elements around it (1, plus one per comma, plus one per
// 100 characters up to 3), the nearest fully and the ones above it less; an
// element's score starts at its vocabulary weight and is scaled by its
// share of text outside links. The best element, moved up to an ancestor
// that scores as well, and its siblings that score near it (or read like
// paragraphs) are the body.

// nodeStats is what the body finder knows of one element.
type nodeStats struct {
	chars, links int     // non-space text bytes under it, of them in links
	score        float64 // content score (candidates only)
	candidate    bool
	weight       int
	seq          int // order of first sight, to break ties
}

// siblingFloor is the least score of a sibling joining the body.
var siblingFloor = 3.0

type scorer struct {
	vocab  *htmlVocab
	stats  map[*html.Node]*nodeStats
	blocky map[*html.Node]bool // hasBlockChild, remembered
}

func newScorer(v *htmlVocab) *scorer {
	return &scorer{vocab: v, stats: map[*html.Node]*nodeStats{}, blocky: map[*html.Node]bool{}}
}

func (s *scorer) get(n *html.Node) *nodeStats {
	st := s.stats[n]
	if st == nil {
		st = &nodeStats{seq: len(s.stats)}
		s.stats[n] = st
	}
	return st
}

// blockParent is the nearest block element above n.
func blockParent(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isBlock(p) {
			return p
		}
	}
	return nil
}

// add counts a block: its text in every element above it, its score in the
// block elements nearest it.
func (s *scorer) add(b textBlock) {
	for p := b.owner; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		st := s.get(p)
		st.chars += b.chars
		st.links += b.links
	}
	if b.chars < 25 || b.owner == nil || headingTags[b.owner.DataAtom] {
		return
	}
	score := 1 + float64(strings.Count(b.text, ",")+strings.Count(b.text, "，")+strings.Count(b.text, "、"))
	score += float64(min(b.chars/100, 3))
	n := b.owner
	if paraTags[n.DataAtom] || !s.hasBlockChild(n) {
		n = blockParent(n)
	}
	for level := 0; n != nil && level < 5; level++ {
		if n.DataAtom == atom.Html {
			break
		}
		st := s.get(n)
		if !st.candidate {
			st.candidate = true
			st.weight = s.vocab.weight(n)
		}
		div := 1.0
		switch {
		case level == 1:
			div = 2
		case level > 1:
			div = float64(level * 3)
		}
		st.score += score / div
		n = blockParent(n)
	}
}

func (st *nodeStats) linkDensity() float64 {
	if st.chars == 0 {
		return 0
	}
	return float64(st.links) / float64(st.chars)
}

// final is the score scaled by the share of text outside links and by the
// vocabulary's evidence: +25 is half as much again, -25 half as much.
func (st *nodeStats) final() float64 {
	evidence := min(max(1+float64(st.weight)/50, 0.1), 2.5)
	return st.score * evidence * (1 - st.linkDensity())
}

var headingTags = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// best returns the elements of the body, in document order.
func (s *scorer) best(root *html.Node) []*html.Node {
	var top *html.Node
	topScore := 0.0
	for n, st := range s.stats {
		if !st.candidate {
			continue
		}
		if f := st.final(); top == nil || f > topScore || (f == topScore && st.seq < s.stats[top].seq) {
			top, topScore = n, f
		}
	}
	if top == nil || topScore <= 0 {
		return []*html.Node{root}
	}
	top, topScore = s.joinSplitBody(top, topScore)
	// an ancestor that scores better than the ones between wins
	last := topScore
	threshold := topScore / 3
	for p := blockParent(top); p != nil && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = blockParent(p) {
		st := s.stats[p]
		if st == nil || !st.candidate {
			continue
		}
		f := st.final()
		if f < threshold {
			break
		}
		if f > last {
			top, topScore = p, f
			break
		}
		last = f
	}
	// the only child of its parent: the parent
	for p := top.Parent; p != nil && p.DataAtom != atom.Body && p.DataAtom != atom.Html && onlyElementChild(p, top); p = p.Parent {
		top = p
	}
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}
	}
	var out []*html.Node
	limit := max(siblingFloor, topScore*0.2)
	topClass := attrOf(top, "class")
	inner := s.bestInside(parent)
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		st := s.stats[c]
		if st == nil || st.chars == 0 {
			continue
		}
		bonus := 0.0
		if topClass != "" && attrOf(c, "class") == topClass {
			bonus = topScore * 0.2
		}
		if st.candidate && st.final()+bonus >= limit {
			out = append(out, c)
			continue
		}
		// a wrapper with no furniture word, around a strong block
		if score, ok := inner[c]; ok && score+bonus >= limit && s.vocab.weight(c) >= 0 {
			out = append(out, c)
			continue
		}
		if s.vocab.weight(c) <= furnitureWeight {
			continue
		}
		ld := st.linkDensity()
		if c.DataAtom == atom.P || (isBlock(c) && !s.hasBlockChild(c)) {
			if st.chars > 80 && ld < 0.25 {
				out = append(out, c)
			} else if st.chars > 0 && ld == 0 && endsSentence(textOf(c)) {
				out = append(out, c)
			}
		}
	}
	return out
}

// bestInside maps each child of parent to the best score of a candidate
// in it (itself included): a sibling wrapping a strong block joins the body
// however deep the block sits.
func (s *scorer) bestInside(parent *html.Node) map[*html.Node]float64 {
	out := map[*html.Node]float64{}
	for n, st := range s.stats {
		if !st.candidate {
			continue
		}
		c := n
		for c != nil && c.Parent != parent {
			c = c.Parent
		}
		if c == nil {
			continue
		}
		if f, ok := out[c]; !ok || st.final() > f {
			out[c] = st.final()
		}
	}
	return out
}

// hasBlockChild: an element holding only text and inline elements is a
// paragraph, whatever its tag (readability turns such a div into a p).
func (s *scorer) hasBlockChild(n *html.Node) bool {
	if v, ok := s.blocky[n]; ok {
		return v
	}
	v := false
	for c := n.FirstChild; c != nil && !v; c = c.NextSibling {
		v = c.Type == html.ElementNode && (isBlock(c) || s.hasBlockChild(c))
	}
	s.blocky[n] = v
	return v
}

// hasBlockChild without memory, for one look.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock(c) || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// joinSplitBody: a body split in two blocks elsewhere than side by side
// (two sections, each with its own wrappers) is the two blocks' nearest
// common ancestor, when another block scores at least half the top's and
// that ancestor holds little more text than the blocks.
func (s *scorer) joinSplitBody(top *html.Node, topScore float64) (*html.Node, float64) {
	var others []*html.Node
	for n, st := range s.stats {
		if !st.candidate || n == top || st.final() < 0.5*topScore || holds(n, top) || holds(top, n) ||
			st.weight < 0 || st.linkDensity() > 0.25 {
			continue
		}
		others = append(others, n)
	}
	best := top
	for _, o := range others {
		a := commonAncestor(top, o)
		if a == nil || a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			continue
		}
		st := s.stats[a]
		if st == nil || float64(st.chars) > 1.25*float64(s.stats[top].chars+s.stats[o].chars) {
			continue
		}
		if holds(a, best) {
			best = a
		}
	}
	if best == top {
		return top, topScore
	}
	return best, max(topScore, s.stats[best].final())
}

// holds reports whether a holds b (or is b).
func holds(a, b *html.Node) bool {
	for ; b != nil; b = b.Parent {
		if b == a {
			return true
		}
	}
	return false
}

func commonAncestor(a, b *html.Node) *html.Node {
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

func onlyElementChild(p, c *html.Node) bool {
	for x := p.FirstChild; x != nil; x = x.NextSibling {
		if x.Type == html.ElementNode && x != c {
			return false
		}
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			return false
		}
	}
	return true
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return strings.TrimSpace(b.String())
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, ".”") || strings.HasSuffix(s, ".\"") || strings.HasSuffix(s, "。")
}
