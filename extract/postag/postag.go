// Package postag is a faster copy of the part-of-speech step of prose
// (github.com/jdkato/prose/v2, MIT licence): the same averaged perceptron,
// the same model weights (read from a loaded prose.Model), the same
// features and special cases, giving the same tags. prose scores a token
// by building two maps of strings per token; here the features are looked
// up through one reused buffer and scored into an array of classes, which
// removes most of the extractor's time and allocations.
//
// prose sums a class's weights in map order and breaks an exact tie between
// classes at random; here the sum runs in feature order and a tie goes to
// the first class of the model's list. A tag can only differ from prose's
// where prose's own tag changes from run to run.
package postag

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// Tagger holds the perceptron's weights, indexed for scoring. It is
// read-only once built and safe for concurrent use.
type Tagger struct {
	classes []string
	tagMap  map[string]string  // a frequent word's one tag
	weights map[string][]entry // feature -> its classes' weights
}

type entry struct {
	class int
	w     float64
}

// FromProse copies the tagger of a loaded prose model. prose keeps the
// weights unexported, so they are read by reflection (read only); the
// field names are those of prose v2.0.0, the version go.mod pins, and a
// change of them is reported as an error.
func FromProse(m *prose.Model) (*Tagger, error) {
	if m == nil {
		return nil, fmt.Errorf("postag: no prose model")
	}
	ap, err := field(reflect.ValueOf(m).Elem(), "tagger", "model")
	if err != nil {
		return nil, err
	}
	classesV, err := field(ap, "classes")
	if err != nil {
		return nil, err
	}
	tagsV, err := field(ap, "tagMap")
	if err != nil {
		return nil, err
	}
	weightsV, err := field(ap, "weights")
	if err != nil {
		return nil, err
	}
	if classesV.Kind() != reflect.Slice || tagsV.Kind() != reflect.Map || weightsV.Kind() != reflect.Map {
		return nil, fmt.Errorf("postag: prose's perceptron has an unexpected layout")
	}
	t := &Tagger{tagMap: make(map[string]string, tagsV.Len()), weights: make(map[string][]entry, weightsV.Len())}
	index := map[string]int{}
	classOf := func(c string) int {
		i, ok := index[c]
		if !ok {
			i = len(t.classes)
			index[c] = i
			t.classes = append(t.classes, c)
		}
		return i
	}
	for i := 0; i < classesV.Len(); i++ {
		classOf(classesV.Index(i).String())
	}
	for it := tagsV.MapRange(); it.Next(); {
		t.tagMap[it.Key().String()] = it.Value().String()
	}
	for it := weightsV.MapRange(); it.Next(); {
		ws := it.Value()
		if ws.Kind() != reflect.Map || ws.Type().Elem().Kind() != reflect.Float64 {
			return nil, fmt.Errorf("postag: prose's weights have an unexpected layout")
		}
		row := make([]entry, 0, ws.Len())
		for wt := ws.MapRange(); wt.Next(); {
			row = append(row, entry{classOf(wt.Key().String()), wt.Value().Float()})
		}
		t.weights[it.Key().String()] = row
	}
	if len(t.weights) == 0 || len(t.classes) == 0 {
		return nil, fmt.Errorf("postag: prose's model has no perceptron weights")
	}
	return t, nil
}

// field follows a path of (pointer to) struct fields from v.
func field(v reflect.Value, names ...string) (reflect.Value, error) {
	for _, n := range names {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, fmt.Errorf("postag: prose's %s is nil", n)
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, fmt.Errorf("postag: prose's model has no field %s", n)
		}
		v = v.FieldByName(n)
		if !v.IsValid() {
			return reflect.Value{}, fmt.Errorf("postag: prose's model has no field %s", n)
		}
	}
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v, nil
}

// prose's special tokens (tag.go of prose v2.0.0).
var (
	none = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// Tag sets the Tag of every token of text as prose's tagger does, given
// the tokens prose's tokenizer made of text (prose.NewDocument with
// tagging off). It returns false, tagging nothing, when the tokens do not
// spell the text's words (a tokenizer other than prose v2.0.0's).
//
// prose's tokenizer hands out one shared token for every repeat of a word
// (a run of non-space characters; all but the text's last run), so the tag
// prose leaves on each is the tag of the word's last occurrence; the tags
// read as context while tagging are each occurrence's own. Tag does the
// same.
func (t *Tagger) Tag(text string, tokens []prose.Token) bool {
	clean := sanitizer.Replace(text)
	spans, ok := wordSpans(clean, tokens)
	if !ok {
		return false
	}
	ctx := make([]string, len(tokens)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, tok := range tokens {
		ctx[i+2] = normalize(tok.Text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	s := scorer{t: t, scores: make([]float64, len(t.classes)), seen: make([]bool, len(t.classes))}
	p1, p2 := "-START-", "-START2-"
	for i := range tokens {
		word := tokens[i].Text
		tag, ok := special(word)
		if !ok {
			if tag, ok = t.tagMap[word]; !ok {
				tag = s.predict(i, ctx, word, p1, p2)
			}
		}
		tokens[i].Tag = tag
		p2, p1 = p1, tag
	}
	// the shared tokens: every repeat of a word takes the tags of its last
	// occurrence
	shared := spans
	if r, _ := utf8.DecodeLastRuneInString(clean); !unicode.IsSpace(r) {
		shared = spans[:len(spans)-1] // the last word is split afresh
	}
	last := map[string]span{}
	for _, sp := range shared {
		last[sp.word] = sp
	}
	for _, sp := range shared {
		if l := last[sp.word]; l.t0 != sp.t0 {
			for k := 0; k < sp.t1-sp.t0; k++ {
				tokens[sp.t0+k].Tag = tokens[l.t0+k].Tag
			}
		}
	}
	return true
}

// sanitizer is prose's: its tokenizer reads the text through it.
var sanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

// span is a word (a run of non-space characters) and its tokens t0:t1.
type span struct {
	word   string
	t0, t1 int
}

// wordSpans gives each word of clean the tokens prose's tokenizer splits
// it into (doSplit, below); false when they are not the given tokens.
func wordSpans(clean string, tokens []prose.Token) ([]span, bool) {
	var spans []span
	k := 0
	for _, w := range strings.FieldsFunc(clean, unicode.IsSpace) {
		sp := span{word: w, t0: k}
		for _, part := range doSplit(w) {
			if k >= len(tokens) || tokens[k].Text != part {
				return nil, false
			}
			k++
		}
		sp.t1 = k
		spans = append(spans, sp)
	}
	if k != len(tokens) || len(spans) == 0 {
		return nil, false
	}
	return spans, true
}

// doSplit is prose's split of a word into tokens (tokenize.go of prose
// v2.0.0), quirks included: a contraction followed by punctuation loses
// its rest ("(they'll)" gives "(", "they").
func doSplit(token string) []string {
	var tokens, suffs []string
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			tokens = append(tokens, s)
		}
	}
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if emoticons[token] || internalRE.MatchString(token) {
			add(token)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := strings.ToLower(token)
		if hasAnyPrefix(token, prefixes) {
			add(string(rune(token[0])))
			token = token[1:]
		} else if idx := hasAnyIndex(lower, []string{"'ll", "'s", "'re", "'m"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if idx := hasAnyIndex(lower, []string{"n't"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if hasAnySuffix(token, suffixes) {
			suffs = append([]string{string(rune(token[len(token)-1]))}, suffs...)
			token = token[:len(token)-1]
		} else {
			add(token)
		}
	}
	return append(tokens, suffs...)
}

// prose's tokenizer tables (tokenize.go of prose v2.0.0).
var (
	internalRE = regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)
	suffixes   = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	prefixes   = []string{"$", "(", `"`, "["}
)

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if len(s) > len(x) && strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func hasAnyIndex(s string, subs []string) int {
	for _, x := range subs {
		if idx := strings.Index(s, x); idx >= 0 && len(s) > len(x) {
			return idx
		}
	}
	return -1
}

// special: prose's tags decided before the model (a dash, an emoticon, a
// link or e-mail address, a treebank empty element). The tests of a
// character each pattern needs only skip regexps that cannot match.
func special(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case emoticons[word]:
		return "SYM", true
	case strings.Contains(word, ".") && commonregex.LinkRegex.MatchString(word),
		strings.Contains(word, "@") && commonregex.EmailRegex.MatchString(word):
		return "NN", true // (a word starting with "@" contains "@")
	case (word == "0" || strings.HasPrefix(word, "*")) && none.MatchString(word):
		return "-NONE-", true
	case strings.HasPrefix(word, "-") && keep.MatchString(word):
		return word, true
	}
	return "", false
}

// scorer holds the buffers of one Tag call.
type scorer struct {
	t      *Tagger
	scores []float64
	seen   []bool
	key    []byte
}

// predict is prose's featurize and predict: the class with the highest sum
// of weights over the token's features, among the classes some feature
// gives a weight.
func (s *scorer) predict(i int, ctx []string, w, p1, p2 string) string {
	clear(s.scores)
	clear(s.seen)
	i = min(len(ctx)-2, i+2)
	prev, next := ctx[i-1], ctx[i+1]
	s.feat("bias")
	s.feat("i suffix", w[len(w)-min(len(w), 3):])
	s.feat("i pref1", string(rune(w[0]))) // prose's string(w[0]): the byte as a code point
	s.feat("i-1 tag", p1)
	s.feat("i-2 tag", p2)
	s.feat("i tag+i-2 tag", p1, p2)
	s.feat("i word", ctx[i])
	s.feat("i-1 tag+i word", p1, ctx[i])
	s.feat("i-1 word", prev)
	s.feat("i-1 suffix", prev[len(prev)-min(len(prev), 3):])
	s.feat("i-2 word", ctx[i-2])
	s.feat("i+1 word", next)
	s.feat("i+1 suffix", next[len(next)-min(len(next), 3):])
	s.feat("i+2 word", ctx[i+2])
	best, max := "", math.Inf(-1)
	for c, v := range s.scores {
		if s.seen[c] && v > max {
			best, max = s.t.classes[c], v
		}
	}
	return best
}

// feat adds the weights of the feature named by parts joined with spaces.
func (s *scorer) feat(parts ...string) {
	s.key = s.key[:0]
	for k, p := range parts {
		if k > 0 {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, p...)
	}
	for _, e := range s.t.weights[string(s.key)] {
		s.scores[e.class] += e.w
		s.seen[e.class] = true
	}
}

// normalize is prose's: hyphened words, four-digit numbers and words
// starting with a digit fall into one class each.
func normalize(word string) string {
	switch {
	case word == "":
		return word
	case strings.Contains(word, "-") && word[0] != '-':
		return "!HYPHEN"
	case len(word) == 4 && isInt(word):
		return "!YEAR"
	case word[0] >= '0' && word[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isInt reports whether strconv.Atoi accepts a short s: an optional sign
// and one or more ASCII digits.
func isInt(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// emoticons is prose's list (tokenize.go of prose v2.0.0): tagged SYM.
var emoticons = map[string]bool{
	"(-8":         true,
	"(-;":         true,
	"(-_-)":       true,
	"(._.)":       true,
	"(:":          true,
	"(=":          true,
	"(o:":         true,
	"(¬_¬)":       true,
	"(ಠ_ಠ)":       true,
	"(╯°□°）╯︵┻━┻": true,
	"-__-":        true,
	"8-)":         true,
	"8-D":         true,
	"8D":          true,
	":(":          true,
	":((":         true,
	":(((":        true,
	":()":         true,
	":)))":        true,
	":-)":         true,
	":-))":        true,
	":-)))":       true,
	":-*":         true,
	":-/":         true,
	":-X":         true,
	":-]":         true,
	":-o":         true,
	":-p":         true,
	":-x":         true,
	":-|":         true,
	":-}":         true,
	":0":          true,
	":3":          true,
	":P":          true,
	":]":          true,
	":`(":         true,
	":`)":         true,
	":`-(":        true,
	":o":          true,
	":o)":         true,
	"=(":          true,
	"=)":          true,
	"=D":          true,
	"=|":          true,
	"@_@":         true,
	"O.o":         true,
	"O_o":         true,
	"V_V":         true,
	"XDD":         true,
	"[-:":         true,
	"^___^":       true,
	"o_0":         true,
	"o_O":         true,
	"o_o":         true,
	"v_v":         true,
	"xD":          true,
	"xDD":         true,
	"¯\\(ツ)/¯":    true,
}
