package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// tagger gives tokens their part-of-speech tags with prose's averaged
// perceptron. The model is loaded once and shared: prose reloads it on every
// NewDocument call unless given UsingModel.
type tagger struct {
	model *prose.Model
}

func newTagger() (*tagger, error) {
	doc, err := prose.NewDocument("Load.", prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("load prose model: %w", err)
	}
	return &tagger{model: doc.Model}, nil
}

// tag runs prose over the whole text (its own segmenter is slow and weak on
// abbreviations, so ours is used) and copies each prose token's tag onto
// the token of ours that contains its first byte.
func (tg *tagger) tag(d *document) error {
	norm, orig := asciiQuotes(d.text)
	norm = blankLongRuns(norm, 64)
	pd, err := prose.NewDocument(norm, prose.UsingModel(tg.model),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return fmt.Errorf("prose: %w", err)
	}
	cursor, k := 0, 0
	for _, pt := range pd.Tokens() {
		if pt.Text == "" {
			continue
		}
		window := norm[cursor:]
		if len(window) > 64 {
			window = window[:64]
		}
		idx := strings.Index(window, pt.Text)
		if idx < 0 {
			continue
		}
		at := cursor + idx
		cursor = at + len(pt.Text)
		pos := orig[at]
		for k < len(d.toks) && d.toks[k].end <= pos {
			k++
		}
		if k < len(d.toks) && d.toks[k].start <= pos && d.toks[k].tag == "" {
			d.toks[k].tag = pt.Tag
		}
	}
	return nil
}

// asciiQuotes replaces typographic quotes with ASCII ones, as prose expects,
// and returns a map from each byte of the result to its byte in s.
func asciiQuotes(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	orig := make([]int, 0, len(s)+1)
	for i, r := range s {
		switch r {
		case '‘', '’', '‚', '′':
			b.WriteByte('\'')
			orig = append(orig, i)
		case '“', '”', '„', '″':
			b.WriteByte('"')
			orig = append(orig, i)
		default:
			n := utf8.RuneLen(r)
			if n < 0 {
				n = 1
			}
			b.WriteRune(r)
			for j := 0; j < n; j++ {
				orig = append(orig, i+j)
			}
		}
	}
	orig = append(orig, len(s))
	return b.String(), orig
}

// blankLongRuns replaces every run of more than max non-space bytes with
// spaces (keeping offsets): prose's tokenizer takes time quadratic in the
// length of a word, so "((((…" a megabyte long would stall a worker, and no
// real word is that long.
func blankLongRuns(s string, max int) string {
	b := []byte(s)
	start := -1
	changed := false
	for i := 0; i <= len(b); i++ {
		if i < len(b) && b[i] != ' ' && b[i] != '\n' && b[i] != '\t' && b[i] != '\r' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > max {
			for j := start; j < i; j++ {
				b[j] = ' '
			}
			changed = true
		}
		start = -1
	}
	if !changed {
		return s
	}
	return string(b)
}
