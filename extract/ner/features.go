package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is a bit set of the rule tables a word belongs to, given by the
// caller (the extractor's tables): the tagger reads them as features, so a
// row added to a table reaches the model without retraining.
type Class uint32

// The table classes. LocB/LocI and OrgB/OrgI mark the first and the
// following words of a multi-word match of the place or organization
// gazetteer (the longest match wins).
const (
	LocB           Class = 1 << iota // first word of a place name
	LocI                             // a later word of a place name
	Country                          // the place is a country
	OrgB                             // first word of a known organization
	OrgI                             // a later word of a known organization
	Given                            // a given name
	FamilyFirst                      // a family-name-first surname
	OrgEnd                           // an organization cue that ends a name (Party, Bank, Ltd)
	OrgStart                         // an organization cue that starts a name (Department of)
	LocCue                           // a place cue word (River, County, Street)
	Title                            // a word of a title of office (minister, president)
	Honorific                        // Mr, Mrs, Dr
	Demonym                          // a nationality word (German, Kenyans)
	Stop                             // a function word or sentence starter
	PersonNoun                       // counterpart, deputy, spokesman
	OrgContext                       // a phrase that announces an organization (shares of, analysts at)
	AmbiguousPlace                   // a place name that is also a common word or person's name
	numClasses     = iota
)

// Sentence is one sentence of a document: its words and, optionally, the
// table classes of each word (nil: none).
type Sentence struct {
	Words   []string
	Classes []Class
}

// templates of the features; each feature is a hash of its template and its
// value, so no feature string is ever built.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fShape
	fShort
	fPrev
	fNext
	fPrev2
	fNext2
	fPrevShort
	fNextShort
	fPrevBigram
	fNextBigram
	fGaz
	fGazPrev
	fGazNext
	fInitial
	fCapsSent
	fCapsLower
	fDocCap
	fDocLower
	fTable
	fTableShort
	fTableNextNum
	fTablePrevNum
	fPrevLabel
	fPrev2Label
	fPrevLabelShort
	fHist
	fHistShort
	fPrevLabelLower
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(t byte, s string) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ uint64(t)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hash2(t byte, a, b string) uint64 {
	h := hashStr(t, a)
	h = (h ^ 0xff) * fnvPrime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * fnvPrime
	}
	return h
}

func hashInt(t byte, v int) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ uint64(t)) * fnvPrime
	h = (h ^ uint64(v)) * fnvPrime
	h = (h ^ uint64(v>>8)) * fnvPrime
	return h
}

// precomputed shapes of the common words: lower case, title case and
// digits of up to 8 ASCII characters (no allocation for them)
var lowerShapes, titleShapes, digitShapes [9]string

func init() {
	for n := 1; n <= 8; n++ {
		lowerShapes[n] = strings.Repeat("x", n)
		titleShapes[n] = "X" + strings.Repeat("x", n-1)
		digitShapes[n] = strings.Repeat("d", n)
	}
}

// shape maps letters to X/x, digits to d, keeps other runes; short
// collapses repeats ("Xxxxx" -> "Xx", "dd-dd" -> "d-d").
func shape(w string) (full, short string) {
	if f, sh, ok := quickShape(w); ok {
		return f, sh
	}
	return slowShape(w)
}

// quickShape: an ASCII word all in lower case, in title case, or all
// digits.
func quickShape(w string) (full, short string, ok bool) {
	if w == "" {
		return "", "", true
	}
	n := min(len(w), 8)
	lower, digits, title := true, true, w[0] >= 'A' && w[0] <= 'Z'
	for i := 0; i < len(w); i++ {
		c := w[i]
		isLower := c >= 'a' && c <= 'z'
		lower = lower && isLower
		digits = digits && c >= '0' && c <= '9'
		title = title && (i == 0 || isLower)
	}
	switch {
	case lower:
		return lowerShapes[n], "x", true
	case digits:
		return digitShapes[n], "d", true
	case title && len(w) > 1:
		return titleShapes[n], "Xx", true
	case title:
		return "X", "X", true
	}
	return "", "", false
}

func slowShape(w string) (full, short string) {
	var b, s strings.Builder
	var last rune = -1
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if n < 8 {
			b.WriteRune(c)
		}
		n++
		if c != last {
			s.WriteRune(c)
			last = c
		}
	}
	return b.String(), s.String()
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isNumber(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',' || r == '-' || r == '/' || r == ':':
		default:
			return false
		}
	}
	return digits > 0
}

// lettersUpper reports whether a word has letters and all are upper case.
func lettersUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// tok is the per-word data the features read.
type tok struct {
	word, lower, shape, short string
	cap, num                  bool
	cls                       Class
}

// sentInfo is what the features know of a whole sentence.
type sentInfo struct {
	toks  []tok
	caps  bool // a headline in capitals: casing says nothing
	table bool // a results table or list line: names beside scores
}

// docInfo holds the document-level facts: how each word (lower case) is
// written elsewhere in the document.
type docInfo struct {
	capMid map[string]bool // seen capitalized, not sentence-initial, in a mixed-case sentence
	lower  map[string]bool // seen in lower case
}

func prepare(doc []Sentence) ([]sentInfo, docInfo) {
	di := docInfo{capMid: map[string]bool{}, lower: map[string]bool{}}
	out := make([]sentInfo, len(doc))
	for si, s := range doc {
		ts := make([]tok, len(s.Words))
		upper, letters, nums, caps := 0, 0, 0, 0
		for i, w := range s.Words {
			t := tok{word: w, lower: strings.ToLower(w), cap: isCap(w), num: isNumber(w)}
			t.shape, t.short = shape(w)
			if i < len(s.Classes) {
				t.cls = s.Classes[i]
			}
			if t.num {
				nums++
			}
			if t.cap {
				caps++
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) {
				letters++
				if lettersUpper(w) {
					upper++
				}
			}
			ts[i] = t
		}
		si2 := sentInfo{toks: ts}
		si2.caps = letters >= 3 && upper*10 >= letters*9
		si2.table = isTable(len(ts), nums, caps, letters-caps)
		out[si] = si2
		if !si2.caps {
			for i, t := range ts {
				if t.cap && i > 0 && !lettersUpper(t.word) {
					di.capMid[t.lower] = true
				}
				r, _ := utf8.DecodeRuneInString(t.word)
				if unicode.IsLower(r) {
					di.lower[t.lower] = true
				}
			}
		}
	}
	return out, di
}

// isTable: a results table or list line has numbers (two or more) beside
// names and few ordinary (lower-case) words.
func isTable(words, nums, caps, lowerWords int) bool {
	return nums >= 2 && caps >= 1 && nums+caps >= words*6/10 && lowerWords <= 2 && words >= 3
}

func tableLine(words []string) bool {
	nums, caps, letters := 0, 0, 0
	for _, w := range words {
		if isNumber(w) {
			nums++
		}
		if isCap(w) {
			caps++
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return isTable(len(words), nums, caps, letters-caps)
}

// static appends the features of word i that do not depend on labels.
func static(buf []uint64, s *sentInfo, di *docInfo, i int) []uint64 {
	ts := s.toks
	t := &ts[i]
	prev, next, prev2, next2 := "<s>", "</s>", "<s>", "</s>"
	prevShort, nextShort := "<s>", "</s>"
	var prevCls, nextCls Class
	prevNum, nextNum := false, false
	if i > 0 {
		prev, prevShort, prevCls, prevNum = ts[i-1].lower, ts[i-1].short, ts[i-1].cls, ts[i-1].num
	}
	if i > 1 {
		prev2 = ts[i-2].lower
	}
	if i+1 < len(ts) {
		next, nextShort, nextCls, nextNum = ts[i+1].lower, ts[i+1].short, ts[i+1].cls, ts[i+1].num
	}
	if i+2 < len(ts) {
		next2 = ts[i+2].lower
	}
	short := t.short
	if s.caps {
		short = "CAPS"
	}
	buf = append(buf,
		hashStr(fBias, ""),
		hashStr(fWord, t.word),
		hashStr(fLower, t.lower),
		hashStr(fShape, t.shape),
		hashStr(fShort, short),
		hashStr(fPrev, prev),
		hashStr(fNext, next),
		hashStr(fPrev2, prev2),
		hashStr(fNext2, next2),
		hashStr(fPrevShort, prevShort),
		hashStr(fNextShort, nextShort),
		hash2(fPrevBigram, prev, t.lower),
		hash2(fNextBigram, t.lower, next),
	)
	l := t.lower
	for k, f := range []byte{fPre2, fPre3, fPre4} {
		if n := k + 2; len(l) > n {
			buf = append(buf, hashStr(f, l[:n]))
		}
	}
	for k, f := range []byte{fSuf1, fSuf2, fSuf3, fSuf4} {
		if n := k + 1; len(l) > n {
			buf = append(buf, hashStr(f, l[len(l)-n:]))
		}
	}
	for b := 0; b < numClasses; b++ {
		bit := Class(1) << b
		if t.cls&bit != 0 {
			buf = append(buf, hashInt(fGaz, b), hash2(fGaz, short, string(rune('a'+b))))
		}
		if prevCls&bit != 0 {
			buf = append(buf, hashInt(fGazPrev, b))
		}
		if nextCls&bit != 0 {
			buf = append(buf, hashInt(fGazNext, b))
		}
	}
	if i == 0 {
		buf = append(buf, hashStr(fInitial, short))
	}
	if s.caps {
		buf = append(buf, hashStr(fCapsSent, ""), hashStr(fCapsLower, t.lower))
	}
	if t.cap || s.caps {
		caps := "mixed"
		if s.caps {
			caps = "caps"
		}
		if i == 0 {
			caps += "0"
		}
		buf = append(buf, hash2(fDocCap, caps, boolStr(di.capMid[t.lower])),
			hash2(fDocLower, caps, boolStr(di.lower[t.lower])))
	}
	if s.table {
		buf = append(buf, hashStr(fTable, ""), hashStr(fTableShort, short),
			hash2(fTableNextNum, short, boolStr(nextNum)), hash2(fTablePrevNum, short, boolStr(prevNum)))
	}
	return buf
}

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// histFeats appends the document history of the same word: the type the
// document gave it before (0: none, or capitalized but no name).
func histFeats(buf []uint64, s *sentInfo, i int, hist int) []uint64 {
	short := s.toks[i].short
	if s.caps {
		short = "CAPS"
	}
	return append(buf, hashInt(fHist, hist), hash2(fHistShort, typeName(hist), short))
}

// prevFeats appends the features that read the previous label p (-1: the
// sentence start), crossed with the label of the word.
func prevFeats(buf []uint64, s *sentInfo, i int, p int) []uint64 {
	short := s.toks[i].short
	if s.caps {
		short = "CAPS"
	}
	name := labelName(p)
	return append(buf,
		hashInt(fPrevLabel, p+1),
		hash2(fPrevLabelShort, name, short),
		hash2(fPrevLabelLower, name, s.toks[i].lower),
	)
}
