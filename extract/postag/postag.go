// Package postag is a faster copy of the part-of-speech step of prose
// (github.com/jdkato/prose/v2): the same averaged perceptron, the same
// model weights (read from a loaded prose.Model), the same features and
// special cases, giving the same tags. prose scores a token by building
// two maps of strings per token; here the features are looked up through
// one reused buffer and scored into an array of classes, which removes
// most of the extractor's time and allocations.
//
// Parts are copied from prose v2.0.0 (doSplit, the emoticons, the regexps,
// normalize, the tag loop and the order of features). prose is under the
// MIT licence (copyright Joseph Kato), and its tag.go under Matthew
// Honnibal's 2013 MIT notice: both texts are in LICENSE.prose beside this
// file, and cover those parts.
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
	tagMap  map[string]string // a frequent word's one tag
	// the weights of each feature, by template: prose names a feature
	// "template value" ("i-1 word paris"); a word's five word templates
	// and a suffix's three are found with one look-up each
	bias     []entry
	byWord   map[string]*wordRows
	bySuffix map[string]*suffixRows
	byPref   map[string][]entry // "i pref1"
	byTag1   map[string][]entry // "i-1 tag"
	byTag2   map[string][]entry // "i-2 tag"
	byTags   map[string][]entry // "i tag+i-2 tag": "p1 p2"
	byTagW   map[string][]entry // "i-1 tag+i word": "p1 word"
}

// wordRows: the weights of "i word w", "i-1 word w", "i-2 word w",
// "i+1 word w" and "i+2 word w".
type wordRows struct{ at, prev1, prev2, next1, next2 []entry }

// suffixRows: the weights of "i suffix x", "i-1 suffix x", "i+1 suffix x".
type suffixRows struct{ at, prev1, next1 []entry }

type entry struct {
	class int
	w     float64
}

// file puts a feature's weights under its template; false for a name
// that is no template of prose's featurize (never looked up there).
func (t *Tagger) file(feature string, row []entry) bool {
	if feature == "bias" {
		t.bias = row
		return true
	}
	word := func(v string) *wordRows {
		r := t.byWord[v]
		if r == nil {
			r = &wordRows{}
			t.byWord[v] = r
		}
		return r
	}
	suffix := func(v string) *suffixRows {
		r := t.bySuffix[v]
		if r == nil {
			r = &suffixRows{}
			t.bySuffix[v] = r
		}
		return r
	}
	for _, tm := range []struct {
		name string
		put  func(v string)
	}{
		{"i suffix ", func(v string) { suffix(v).at = row }},
		{"i pref1 ", func(v string) { t.byPref[v] = row }},
		{"i-1 tag ", func(v string) { t.byTag1[v] = row }},
		{"i-2 tag ", func(v string) { t.byTag2[v] = row }},
		{"i tag+i-2 tag ", func(v string) { t.byTags[v] = row }},
		{"i word ", func(v string) { word(v).at = row }},
		{"i-1 tag+i word ", func(v string) { t.byTagW[v] = row }},
		{"i-1 word ", func(v string) { word(v).prev1 = row }},
		{"i-1 suffix ", func(v string) { suffix(v).prev1 = row }},
		{"i-2 word ", func(v string) { word(v).prev2 = row }},
		{"i+1 word ", func(v string) { word(v).next1 = row }},
		{"i+1 suffix ", func(v string) { suffix(v).next1 = row }},
		{"i+2 word ", func(v string) { word(v).next2 = row }},
	} {
		if v, ok := strings.CutPrefix(feature, tm.name); ok {
			tm.put(v)
			return true
		}
	}
	return false
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
	t := &Tagger{
		tagMap: make(map[string]string, tagsV.Len()),
		byWord: map[string]*wordRows{}, bySuffix: map[string]*suffixRows{},
		byPref: map[string][]entry{}, byTag1: map[string][]entry{}, byTag2: map[string][]entry{},
		byTags: map[string][]entry{}, byTagW: map[string][]entry{},
	}
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
		if !t.file(it.Key().String(), row) {
			return nil, fmt.Errorf("postag: prose's feature %q is of no known template", it.Key().String())
		}
	}
	if len(t.byWord) == 0 || len(t.classes) == 0 {
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
	s := scorer{t: t, scores: make([]float64, len(t.classes)), seen: make([]bool, len(t.classes)),
		words: make([]*wordRows, len(ctx)), suffixes: make([]*suffixRows, len(ctx))}
	for k, c := range ctx {
		s.words[k] = t.byWord[c]
		s.suffixes[k] = t.bySuffix[suffix3(c)]
	}
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
		// (internalRE needs a final full stop)
		if emoticons[token] || strings.HasSuffix(token, ".") && internalRE.MatchString(token) {
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

// special: prose's tags decided before the model, in prose's order (a
// dash, an emoticon, a link, e-mail address or any word starting with "@",
// a treebank empty element). The tests of a character each pattern needs
// only skip regexps that cannot match (a link has a ".", an address an
// "@").
func special(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case emoticons[word]: // before "@": "@_@" is SYM
		return "SYM", true
	case strings.HasPrefix(word, "@"),
		strings.Contains(word, ".") && commonregex.LinkRegex.MatchString(word),
		strings.Contains(word, "@") && commonregex.EmailRegex.MatchString(word):
		return "NN", true
	case (word == "0" || strings.HasPrefix(word, "*")) && none.MatchString(word):
		return "-NONE-", true
	case strings.HasPrefix(word, "-") && keep.MatchString(word):
		return word, true
	}
	return "", false
}

// scorer holds the buffers of one Tag call, and the weights of the
// context's words and suffixes by position.
type scorer struct {
	t        *Tagger
	scores   []float64
	seen     []bool
	key      []byte
	words    []*wordRows
	suffixes []*suffixRows
}

// predict is prose's featurize and predict: the class with the highest sum
// of weights over the token's features, among the classes some feature
// gives a weight. The features are added in featurize's order.
func (s *scorer) predict(i int, ctx []string, w, p1, p2 string) string {
	clear(s.scores)
	clear(s.seen)
	i = min(len(ctx)-2, i+2)
	t := s.t
	var noWord wordRows
	var noSuffix suffixRows
	at, prev1, prev2, next1, next2 := s.wordAt(i, &noWord), s.wordAt(i-1, &noWord), s.wordAt(i-2, &noWord), s.wordAt(i+1, &noWord), s.wordAt(i+2, &noWord)
	sufPrev, sufNext := s.suffixAt(i-1, &noSuffix), s.suffixAt(i+1, &noSuffix)
	s.add(t.bias)
	if r := t.bySuffix[suffix3(w)]; r != nil {
		s.add(r.at)
	}
	s.add(t.byPref[string(rune(w[0]))]) // prose's string(w[0]): the byte as a code point
	s.add(t.byTag1[p1])
	s.add(t.byTag2[p2])
	s.add(s.pair(t.byTags, p1, p2))
	s.add(at.at)
	s.add(s.pair(t.byTagW, p1, ctx[i]))
	s.add(prev1.prev1)
	s.add(sufPrev.prev1)
	s.add(prev2.prev2)
	s.add(next1.next1)
	s.add(sufNext.next1)
	s.add(next2.next2)
	best, max := "", math.Inf(-1)
	for c, v := range s.scores {
		if s.seen[c] && v > max {
			best, max = t.classes[c], v
		}
	}
	return best
}

func (s *scorer) wordAt(k int, none *wordRows) *wordRows {
	if r := s.words[k]; r != nil {
		return r
	}
	return none
}

func (s *scorer) suffixAt(k int, none *suffixRows) *suffixRows {
	if r := s.suffixes[k]; r != nil {
		return r
	}
	return none
}

// pair looks up the two-part feature "a b", written in a reused buffer.
func (s *scorer) pair(m map[string][]entry, a, b string) []entry {
	s.key = append(append(append(s.key[:0], a...), ' '), b...)
	return m[string(s.key)]
}

// add adds a feature's weights.
func (s *scorer) add(row []entry) {
	for _, e := range row {
		s.scores[e.class] += e.w
		s.seen[e.class] = true
	}
}

// suffix3 is prose's suffix feature: the last three bytes.
func suffix3(w string) string { return w[len(w)-min(len(w), 3):] }

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
