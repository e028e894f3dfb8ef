package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// The spans pass of the record builder: where each entity's mentions, each
// event's sentence and trigger stand in the text. The passes work in byte
// offsets; the record gives Unicode code points (see Span), converted once
// at the end.

// byteSpan locates sub inside the token span s: the surface form of a
// mention may be part of its tokens ("U.S." in "India-U.S."). The whole
// token range when sub is not in it.
func (d *document) byteSpan(s span, sub string) Span {
	if s.empty() {
		return Span{}
	}
	b0, b1 := d.toks[s.t0].start, d.toks[s.t1-1].end
	if sub != "" && sub != d.text[b0:b1] {
		if k := strings.Index(d.text[b0:b1], sub); k >= 0 {
			return Span{b0 + k, b0 + k + len(sub)}
		}
	}
	return Span{b0, b1}
}

// spanIndex holds every mention's byte span by what it is a mention of,
// built in one pass over the mentions, dates and tokens (a lookup per
// entity would make long articles quadratic).
type spanIndex struct {
	ents      map[*entity][]Span
	dates     map[string][]Span   // by value
	dateForms map[string][]string // by value: the surface forms
	acronyms  map[string][]Span   // by the acronym without a final period
}

func (d *document) spanIndex() *spanIndex {
	x := &spanIndex{ents: map[*entity][]Span{}, dates: map[string][]Span{}, dateForms: map[string][]string{}, acronyms: map[string][]Span{}}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.ent != nil {
			x.ents[m.ent] = append(x.ents[m.ent], d.byteSpan(m.span, m.text))
		}
	}
	for _, dm := range d.dateEntities() {
		x.dates[dm.value] = append(x.dates[dm.value], d.byteSpan(dm.span, dm.text))
		if !contains(x.dateForms[dm.value], dm.text) {
			x.dateForms[dm.value] = append(x.dateForms[dm.value], dm.text)
		}
	}
	if len(d.acronyms) > 0 {
		want := map[string]bool{}
		for _, a := range d.acronyms {
			want[strings.TrimSuffix(a.short, ".")] = true
		}
		for i := d.bodyTok; i < len(d.toks); i++ {
			t := d.toks[i]
			if k := strings.TrimSuffix(t.text, "."); want[k] {
				x.acronyms[k] = append(x.acronyms[k], Span{t.start, t.end})
			}
		}
	}
	return x
}

// entity returns the byte spans of an entity's mentions, in text order.
func (x *spanIndex) entity(d *document, e *entity) []Span {
	out := x.ents[e]
	for _, s := range e.extra {
		out = append(out, d.byteSpan(s, ""))
	}
	return sortSpans(out)
}

// date returns the spans of the dates of one value and their surface forms
// other than text.
func (x *spanIndex) date(value, text string) ([]Span, []string) {
	var aliases []string
	for _, f := range x.dateForms[value] {
		if f != text {
			aliases = append(aliases, f)
		}
	}
	return sortSpans(x.dates[value]), aliases
}

// acronym returns the spans of the body's tokens that are the acronym (the
// count build gives as its mentions): "U.S." read as "U.S" ends before the
// sentence's full stop.
func (x *spanIndex) acronym(short string) []Span {
	var out []Span
	for _, s := range x.acronyms[strings.TrimSuffix(short, ".")] {
		if s[1]-s[0] > len(short) {
			s[1]--
		}
		out = append(out, s)
	}
	return out
}

// titleWindow is how far from its holder's mention a title is looked for.
const titleWindow = 300

// titleSpan finds the mention of a title held by a person: the occurrence
// of its text nearest to one of the holder's mentions, looked for near
// each of them; with none, the singular written inside a plural
// (pluralEdge).
func (d *document) titleSpan(title string, holder []Span) []Span {
	if s := d.titleSpanAt(title, holder, wordEdge); s != nil {
		return s
	}
	return d.titleSpanAt(title, holder, pluralEdge)
}

// titleSpanAt is titleSpan with the occurrences edge accepts.
func (d *document) titleSpanAt(title string, holder []Span, edge func(string, int, int) bool) []Span {
	best, bestDist := Span{}, -1
	for _, h := range holder {
		lo, hi := max(0, h[0]-titleWindow), min(len(d.text), h[1]+titleWindow)
		for from := lo; from < hi; {
			k := strings.Index(d.text[from:hi], title)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(title)
			if !edge(d.text, at, from) {
				continue
			}
			dist := h[0] - from
			if at > h[0] {
				dist = at - h[1]
			}
			dist = max(dist, 0)
			if bestDist < 0 || dist < bestDist {
				best, bestDist = Span{at, from}, dist
			}
		}
		if bestDist == 0 {
			break
		}
	}
	if bestDist < 0 {
		return nil
	}
	return []Span{best}
}

// pluralEdge: text[a:b] starts at a word's edge and ends before the "s"
// that closes the word: a title read in the plural and held in the
// singular ("energy minister" in "the energy ministers A and B",
// titles_plural.go).
func pluralEdge(text string, a, b int) bool {
	return b < len(text) && text[b] == 's' && wordEdge(text, a, b+1)
}

// wordEdge: text[a:b] neither starts nor ends inside a word (an edge
// between a word rune and a mark is one: "Gen." in "Gen.B").
func wordEdge(text string, a, b int) bool {
	if a > 0 && a < len(text) {
		r0, _ := utf8.DecodeLastRuneInString(text[:a])
		r1, _ := utf8.DecodeRuneInString(text[a:])
		if isWordRune(r0) && isWordRune(r1) {
			return false
		}
	}
	if b < len(text) && b > 0 {
		r0, _ := utf8.DecodeLastRuneInString(text[:b])
		r1, _ := utf8.DecodeRuneInString(text[b:])
		if isWordRune(r0) && isWordRune(r1) {
			return false
		}
	}
	return true
}

func sortSpans(s []Span) []Span {
	sort.Slice(s, func(i, j int) bool { return s[i][0] < s[j][0] || s[i][0] == s[j][0] && s[i][1] < s[j][1] })
	// a mention found twice (by two rules) is one mention
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// codePoints converts byte offsets into the text to code point offsets;
// offsets asked for in increasing order cost one pass over the text.
type codePoints struct {
	text  string
	b, cp int
}

func (c *codePoints) at(b int) int {
	if b < c.b {
		c.b, c.cp = 0, 0
	}
	c.cp += utf8.RuneCountInString(c.text[c.b:b])
	c.b = b
	return c.cp
}

func (c *codePoints) span(s Span) Span { return Span{c.at(s[0]), c.at(s[1])} }

// toCodePoints turns every byte span of the record into code points.
func (d *document) toCodePoints(r *Record) {
	c := &codePoints{text: d.text}
	for i := range r.Entities {
		for k, s := range r.Entities[i].Spans {
			r.Entities[i].Spans[k] = c.span(s)
		}
	}
	for i := range r.Events {
		e := &r.Events[i]
		if e.SentenceSpan != nil {
			s := c.span(*e.SentenceSpan)
			e.SentenceSpan = &s
		}
		if e.TriggerSpan != nil {
			s := c.span(*e.TriggerSpan)
			e.TriggerSpan = &s
		}
		for k := range e.Evidence {
			x := &e.Evidence[k]
			if x.SentenceSpan != nil {
				s := c.span(*x.SentenceSpan)
				x.SentenceSpan = &s
			}
			if x.TriggerSpan != nil {
				s := c.span(*x.TriggerSpan)
				x.TriggerSpan = &s
			}
		}
	}
}
