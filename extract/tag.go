package extract

import (
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/newswire/newswire/extract/postag"
)

// tagger gives tokens their part-of-speech tags with prose's averaged
// perceptron. The model is loaded once and shared: prose reloads it on every
// NewDocument call unless given UsingModel. pos is the same perceptron
// indexed for speed (extract/postag): prose tokenizes, pos tags.
type tagger struct {
	model *prose.Model
	pos   posTagger // nil: prose tags
}

// posTagger tags the tokens prose made of a text; false when it cannot
// place them (*postag.Tagger).
type posTagger interface {
	Tag(text string, tokens []prose.Token) bool
}

func newTagger() (*tagger, error) {
	doc, err := prose.NewDocument("Load.", prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("load prose model: %w", err)
	}
	// A prose whose model postag cannot read (another layout than v2.0.0's)
	// leaves pos nil: prose tags every sentence itself, slower, with the
	// same tags. sharedPOS logs it once; postag's tests fail on such a prose.
	tg := &tagger{model: doc.Model}
	if pos, err := sharedPOS(doc.Model); err == nil {
		tg.pos = pos
	}
	return tg, nil
}

// posOnce indexes prose's built-in perceptron once per process: every
// tagger loads the same weights.
var posOnce struct {
	sync.Once
	pos *postag.Tagger
	err error
}

func sharedPOS(m *prose.Model) (*postag.Tagger, error) {
	posOnce.Do(func() {
		posOnce.pos, posOnce.err = postag.FromProse(m)
		if posOnce.err != nil {
			slog.Warn("part-of-speech tagging: cannot index prose's model for extract/postag; prose tags instead, slower, with the same tags",
				"err", posOnce.err)
		}
	})
	return posOnce.pos, posOnce.err
}

// tag runs prose's tagger over the sentences whose tags a later pass reads
// and copies each prose token's tag onto the token of ours that contains its
// first byte. Our own segmenter runs first (prose's is slow and weak on
// abbreviations). Tagging is most of the extractor's time, so a sentence
// with no trigger, date or appositive gets only its first words tagged
// (what the name passes read there); the rest keep an empty tag.
func (tg *tagger) tag(d *document, lx *lexicon) error {
	var b strings.Builder
	var orig []int
	for si, s := range d.sent {
		end := s.t1
		if !d.needsTags(lx, s) && s.t1-s.t0 > 6 {
			end = s.t0 + 6
		}
		a, z := d.toks[s.t0].start, d.toks[end-1].end
		norm, o := asciiQuotes(d.text[a:z])
		b.WriteString(norm)
		for _, x := range o[:len(o)-1] {
			orig = append(orig, a+x)
		}
		// a full stop between pieces gives each the context of a new
		// sentence
		if si+1 < len(d.sent) {
			b.WriteString(" . ")
			orig = append(orig, -1, -1, -1)
		}
	}
	orig = append(orig, len(d.text))
	norm := blankLongRuns(b.String(), 64)
	if norm == "" {
		return nil
	}
	pd, err := prose.NewDocument(norm, prose.UsingModel(tg.model),
		prose.WithSegmentation(false), prose.WithTagging(tg.pos == nil), prose.WithExtraction(false))
	if err != nil {
		return fmt.Errorf("prose: %w", err)
	}
	ptoks := pd.Tokens()
	if tg.pos != nil && !tg.pos.Tag(norm, ptoks) {
		// tokens postag cannot place: prose's own tagger
		if pd, err = prose.NewDocument(norm, prose.UsingModel(tg.model),
			prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
			return fmt.Errorf("prose: %w", err)
		}
		ptoks = pd.Tokens()
	}
	cursor, k := 0, 0
	for _, pt := range ptoks {
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
		if pos < 0 {
			continue // the separator
		}
		for k < len(d.toks) && d.toks[k].end <= pos {
			k++
		}
		if k < len(d.toks) && d.toks[k].start <= pos && d.toks[k].tag == "" {
			d.toks[k].tag = pt.Tag
		}
	}
	d.particleTags(lx)
	d.preverbTags(lx)     // "He last visited" (tag_preverb.go)
	d.nameAfterToTags(lx) // "to Gdansk" (tag_travel.go)
	d.travelVerbTags(lx)  // "and returns to Riga" (tag_travel.go)
	return nil
}

// particleTags: a lower-case name particle between two capitalized words
// ("Saleh bin Omar", "Charles de Gaulle"), or hyphened to a capitalized part
// after one ("Hamad al-Kuwari"), is part of a proper name: the tagger's
// verb or common noun ("bin" as a past tense) would end a clause there.
func (d *document) particleTags(lx *lexicon) {
	for k := 1; k < len(d.toks); k++ {
		t, p := d.toks[k], d.toks[k-1]
		if t.cap || !p.cap || !p.word || p.sent != t.sent {
			continue
		}
		inside := lx.nameParticle[t.lower] && k+1 < len(d.toks) && d.toks[k+1].sent == t.sent && d.toks[k+1].cap && d.toks[k+1].word
		if inside || d.particleHyphenName(k) {
			d.toks[k].tag = "NNP"
		}
	}
}

// needsTags: a sentence with an event trigger, a calendar word or an
// appositive ("X, a French senator,") is read by passes that use its tags.
func (d *document) needsTags(lx *lexicon, s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		t := d.toks[k]
		if lx.triggers.next[t.lower] != nil {
			// a whole trigger phrase, not only its first word ("go to",
			// not "go"; "take over", not "take")
			if n, v := lx.triggers.longest(d.toks, k, s.t1); n > 0 && (!lx.onlySupported(v) || d.supportVerb(lx, s, k) >= 0 || d.headlineSupport(lx, s, k) >= 0) {
				return true
			}
		}
		if lx.isMonth(t.lower) && t.cap { // not the modal "may"
			return true
		}
		if lx.isWeekday(t.lower) {
			return true
		}
		if _, ok := yearNum(t.text); ok {
			return true
		}
		if lx.isWord(dwRelDay, t.lower) || d.unitIs(k, unitQuarter, unitHalf, unitWeekend) {
			return true
		}
		switch t.lower {
		case ",":
			if k+1 < s.t1 {
				if lx.is(d.toks[k+1].lower, wcArticle) {
					return true
				}
			}
		}
	}
	return false
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
