package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// document is the one object every pass reads and annotates: the text,
// its tokens and sentences (byte offsets into text kept), and the
// annotations the passes add.
type document struct {
	lx *lexicon
	// titles parsed once per document (resolve_rules.go titleSplitOf,
	// titleWord)
	titleSplits map[string]titleSplit
	titleWords  map[string]bool
	// surnames the story gives standing alone with a person's cue
	// (entities_pair.go aloneWords, surnameCues); read once, on first use
	aloneWordSet map[string]bool
	trace        func(format string, args ...any) // decisions, for debugging
	partyObs     func(PartyDraft) int             // receives each draft's party candidates and may choose one (Extractor.PartyDrafts)
	argsObs      func(ArgsDraft)                  // receives each draft's candidate parties (Extractor.ArgsDrafts, args.go)
	keepRemoved  bool                             // keep what rules remove (rescue_trace.go)
	removed      []removedEvent
	rejecting    bool              // while candidates reads a sentence's triggers
	rejected     []rejectedTrigger // the triggers a sense rule removed, kept
	text         string
	toks         []token
	sent         []sentence

	// bodyTok is the first token of the article proper: tokens before it are
	// masthead or headline lines that no pass annotates.
	bodyTok int
	// dateline, when found: the token span of the dateline (place and date).
	dateline span

	ref refDate // what relative dates resolve against
	// refHour is the hour of the day the published stamp gives (in the
	// stamp's own zone) when refClock says it gives one (dates_published.go)
	refHour  int
	refClock bool

	mentions       []mention       // entity mentions, any order
	lowerWords     map[string]bool // words written in lower case (learned.go), built on first use
	capMid         map[string]bool // words written capitalized, not first in a sentence (learned.go)
	nameWords      map[string]bool // words of the rules' multi-word organizations and places (learned.go)
	ruled          []bool          // tokens of chunks a classify rule decided for a reason (learned.go); nil: none
	taggerSays     map[span]string // the tagger's type of each name it found with its margin (learned.go); nil: no tagger
	dates          []dateMention
	acronyms       []acronymMention
	ents           []*entity
	byCanon        map[string]*entity // entities by canonical name, once resolved
	events         []Event
	speaker        *entity            // the speaker of the quotation the current trigger stands in
	explain        bool               // fill Event.Explain
	placeCands     bool               // fill Event.PlaceCandidates (place_rank.go)
	mentionsOf     map[*entity][]span // each entity's mentions, for the place ranker (place_rank.go)
	mentionsN      int                // how many mentions mentionsOf was read from
	dateCands      bool               // fill Event.DateCandidates (date_rank.go)
	exclude        map[string]bool    // persons a pronoun being resolved cannot be (named in its own clause)
	genders        map[*entity]string // gender.go: the story's own evidence of a person's gender, read once
	fullOrg        map[string]string  // a company's short name (lower case) -> its full name (events_deal_names.go)
	session        int                // 1 + the sentence of the last unnamed body's session told (senses.go); 0: none
	bodyDescs      *[]bodyDescription // the story's body phrases anchored to an organization (bodies.go), once read
	describedNames map[string]bool    // the bodies described in lower case that became parties (bodies.go)
	coarseDates    []dateMention      // weeks, seasons, decades: DATE entities that date no event (dates_coarse.go)
	liveDays       []string           // per sentence, a live entry's day (dates_live.go, read on first use)
	headlineApart  bool               // the envelope gave a headline of its own: the text is the body alone, its first line the lede
	source         string             // the envelope's source, the outlet that published the article (senses_outlet.go)
	briefs         []int              // a round-up's briefs: their first sentences (roundup.go); nil: no round-up
	sports         int8               // teams_clubs.go: 0 not read yet, 1 a sports story, -1 not one
	sportsScans    int                // times the body was scanned for contest words (teams_clubs.go): at most 1
	clubs          map[string]bool    // clubNamed's answers by name (senses_sport.go), for clubsAt mentions
	clubsAt        int                // len(mentions) when clubs was filled; a new mention empties it
}

// token is a word, number or punctuation mark.
type token struct {
	text   string
	lower  string
	start  int
	end    int
	tag    string // Penn Treebank tag from prose
	sent   int
	para   bool // first token of a paragraph (a newline before it)
	cap    bool // starts with an upper-case letter
	upper  bool // two or more letters, all upper case (an acronym's shape)
	word   bool // starts with a letter or digit
	hyphen bool // a hyphenated word
}

type sentence struct {
	start, end int // byte offsets
	t0, t1     int // tokens [t0, t1)
}

// span is a half-open token range.
type span struct{ t0, t1 int }

func (s span) empty() bool { return s.t1 <= s.t0 }

// textOf returns the source text of a token span.
func (d *document) textOf(s span) string {
	if s.empty() {
		return ""
	}
	return d.text[d.toks[s.t0].start:d.toks[s.t1-1].end]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into tokens. Abbreviations known to the tables keep
// their period ("U.S.", "Gen."); a possessive "’s" is a token of its own.
func tokenize(text string, abbr map[string]abbrKind) []token {
	return tokenizeTitled(text, abbr, nil)
}

// tokenizeTitled is tokenize with the one-word titles and honorifics
// (lower case) that may stand right before a given name written short
// ("Undersecretary Ma. Luisa Reyes"); without them only no word (the
// text's start, punctuation) may (givenAbbrAfter).
func tokenizeTitled(text string, abbr map[string]abbrKind, titleWord map[string]bool) []token {
	toks := make([]token, 0, len(text)/5)
	i := 0
	para := true
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				para = true
			}
			i += w
			continue
		}
		start := i
		if isWordRune(r) {
			i = scanWord(text, i)
			// A trailing period joins an abbreviation or an initial.
			if i < len(text) && text[i] == '.' {
				cand := text[start : i+1]
				last := cand[strings.LastIndexByte(cand, '-')+1:] // India-U.S.
				kind, ok := abbr[cand]
				if ok && kind == abbrGiven {
					ok = givenAbbrAfter(toks, titleWord) && givenAbbrBeforeName(text, i+1)
				}
				if ok || isInitials(cand) || (last != cand && (isInitials(last) || abbr[last] == abbrFinal && len(last) > 2)) {
					i++
				}
			}
		} else if r == '\'' || r == '’' {
			// possessive 's or a bare closing apostrophe
			if j := i + w; j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordByte(text, j+1)) && len(toks) > 0 && toks[len(toks)-1].end == i {
				i = j + 1
			} else {
				i += w
			}
		} else if r == '-' && strings.HasPrefix(text[i:], "--") {
			i += 2
		} else {
			i += w
		}
		toks = append(toks, newToken(text, start, i, para))
		para = false
	}
	return toks
}

func isWordByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// scanWord returns the end of the word starting at i: letters, digits and
// the connectors that stay inside a word (India-U.S., AT&T, P5+1, O’Neill).
func scanWord(text string, i int) int {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		next := i + w
		if next >= len(text) {
			break
		}
		nr, _ := utf8.DecodeRuneInString(text[next:])
		switch r {
		case '-', '+', '&':
			if isWordRune(nr) {
				i = next
				continue
			}
		case '\'', '’':
			// O’Neill, don't — but not the possessive 's
			if unicode.IsLetter(nr) && !((nr == 's' || nr == 'S') && (next+1 >= len(text) || !isWordByte(text, next+1))) {
				i = next
				continue
			}
		case '.':
			// U.S, e.g, D.C — a letter, a period, a letter
			if unicode.IsLetter(nr) && shortSegment(text, i) {
				i = next
				continue
			}
			// 3.5
			if unicode.IsDigit(nr) && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
				i = next
				continue
			}
		case '/':
			// 10/04/2026
			if unicode.IsDigit(nr) && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
				i = next
				continue
			}
		case ',':
			// 1,000
			if unicode.IsDigit(nr) && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' && next+2 < len(text) && isDigit(text[next+1]) && isDigit(text[next+2]) {
				i = next
				continue
			}
		}
		break
	}
	return i
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// shortSegment reports whether the run of letters before text[i] (a period)
// is one or two letters long, as in U.S or e.g.
func shortSegment(text string, i int) bool {
	n := 0
	for j := i - 1; j >= 0; j-- {
		c := text[j]
		if c == '.' || c == ' ' || c == '-' || c == '(' || c == '\n' {
			break
		}
		n++
		if n > 2 {
			return false
		}
	}
	return n >= 1
}

// givenAbbrBeforeName: the text from i, after a given name written short
// with its period ("Ma.", "Mohd."), goes on with two capitalized words on the
// same line, the rest of a person's name ("Ma. Luisa Ferrer-Santos"), so the
// period shortens the name. Before anything else ("... by Jack Ma. The
// company said") the word is a name of its own and the period ends the
// sentence.
func givenAbbrBeforeName(text string, i int) bool {
	for n := 0; n < 2; n++ {
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		for i < len(text) && text[i] == ' ' {
			i++
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		i = scanWord(text, i)
	}
	return true
}

// givenAbbrAfter: the word before a given name written short lets it open
// a name: none (the text's start, punctuation: ", Ma. Teresa Lim-Cruz,")
// or a title or honorific ("Senator Ma. Luisa Reyes"). After a lower-case
// word ("named Ma. Elena Cruz") no name rule reads the short given name as
// a name's start, so its period stays a full stop there and the rest of
// the name a person of its own; after any other capitalized word it ends a
// name already begun ("founded by Jack Ma. Alibaba Group said").
func givenAbbrAfter(toks []token, titleWord map[string]bool) bool {
	if len(toks) == 0 {
		return true
	}
	p := toks[len(toks)-1]
	return !p.word || titleWord[strings.TrimSuffix(p.lower, ".")]
}

// isInitials reports whether s is a single capital with a period ("F.") or
// dotted letters ("U.S.", "a.m.").
func isInitials(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	body := s[:len(s)-1]
	if len(body) == 1 {
		return body[0] >= 'A' && body[0] <= 'Z'
	}
	if !strings.Contains(body, ".") {
		return false
	}
	for _, p := range strings.Split(body, ".") {
		if n := utf8.RuneCountInString(p); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

func newToken(text string, start, end int, para bool) token {
	s := text[start:end]
	t := token{text: s, lower: strings.ToLower(s), start: start, end: end, para: para}
	r, _ := utf8.DecodeRuneInString(s)
	t.word = isWordRune(r)
	t.cap = unicode.IsUpper(r)
	letters, uppers := 0, 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		} else if c == '-' {
			t.hyphen = true
		}
	}
	t.upper = letters >= 2 && uppers == letters
	return t
}

// isSentenceEnd reports whether a sentence ends after token i.
func (d *document) isSentenceEnd(i int, abbr map[string]abbrKind, stop map[string]bool) bool {
	t := d.toks[i]
	if i+1 >= len(d.toks) {
		return true
	}
	j := i + 1
	// closing quotes and brackets stay with the sentence they close (three
	// at most: a run of ")" must not make this quadratic)
	for j < len(d.toks) && j < i+4 && d.closerAt(j) {
		j++
	}
	if j >= len(d.toks) {
		return false
	}
	next := d.toks[j]
	if next.para {
		return true
	}
	switch t.text {
	case ".", "!", "?", "…":
		return startsSentence(next)
	}
	if !strings.HasSuffix(t.text, ".") || len(t.text) < 2 {
		return false
	}
	kind, known := abbr[t.text]
	if known && (kind == abbrInner || kind == abbrGiven) {
		return false // a given name's period was kept only before the rest of the name
	}
	if !known && !isInitials(t.text) {
		return false
	}
	if len(t.text) == 2 { // a single initial: "John F. Kennedy"
		return false
	}
	// U.S., Inc., Ltd. may end a sentence: split when the next word is one
	// that starts sentences (The, He, It, Officials) rather than a name.
	return next.cap && stop[next.text]
}

func startsSentence(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]":
		return true
	}
	return false
}

// closerAt: token j closes what comes before it — a closing quote or
// bracket; a straight quote with a space before it opens the next
// sentence's quotation instead ('Monday. "I met him,"').
func (d *document) closerAt(j int) bool {
	t := d.toks[j]
	if !isCloser(t.text) {
		return false
	}
	return !(t.text == "\"" || t.text == "'") || j == 0 || t.start <= d.toks[j-1].end
}

// segment groups tokens into sentences.
func (d *document) segment(abbr map[string]abbrKind, stop map[string]bool) {
	d.sent = d.sent[:0]
	start := 0
	for i := range d.toks {
		if i > start && d.toks[i].para {
			d.addSentence(start, i)
			start = i
		}
		if d.isSentenceEnd(i, abbr, stop) {
			j := i + 1
			for j < len(d.toks) && j < i+4 && d.closerAt(j) && !d.toks[j].para {
				j++
			}
			if j > start {
				d.addSentence(start, j)
			}
			start = j
		}
	}
	if start < len(d.toks) {
		d.addSentence(start, len(d.toks))
	}
}

func (d *document) addSentence(t0, t1 int) {
	if t1 <= t0 {
		return
	}
	n := len(d.sent)
	for k := t0; k < t1; k++ {
		d.toks[k].sent = n
	}
	d.sent = append(d.sent, sentence{start: d.toks[t0].start, end: d.toks[t1-1].end, t0: t0, t1: t1})
}

// sentenceText returns the text of sentence n.
func (d *document) sentenceText(n int) string {
	s := d.sent[n]
	return d.text[s.start:s.end]
}
