package extract

import (
	"strings"
	"unicode"
)

// The acronyms pass finds acronyms and initialisms (FATF, I2U2, G7, P5+1)
// and the expansions the article gives, in both directions: "Financial
// Action Task Force (FATF)" and "OPEC (Organization of the Petroleum
// Exporting Countries)", matched in the manner of Schwartz & Hearst (2003).

type acronymMention struct {
	tok       int
	short     string
	expansion string
	long      span // the expansion's tokens when defined
}

// isAcronymShape: upper-case letters (two or more, or one with digits),
// digits, and & + . inside: FATF, I2U2, G7, P5+1, U.S., AT&T, COVID-19.
func isAcronymShape(s string) bool {
	letters, digits := 0, 0
	// a plural: PGMs, NGOs
	if n := len(s); n >= 3 && s[n-1] == 's' && isAcronymShape(s[:n-1]) && !strings.Contains(s, ".") {
		return true
	}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r == '&' || r == '+' || r == '.' || r == '-':
		default:
			return false
		}
	}
	if letters == 0 || !unicode.IsUpper([]rune(s)[0]) {
		return false
	}
	return letters >= 2 || (letters == 1 && digits > 0)
}

// notAcronym: a roman numeral (II, IV) or a time zone or unit written in
// capitals (GMT, GMT+8, AM): the roman and timezone classes of
// word_classes.tsv.
func notAcronym(lx *lexicon, text string) bool {
	if lx.is(strings.ToLower(text), wcRoman) {
		return true
	}
	zone := strings.SplitN(strings.SplitN(text, "+", 2)[0], "-", 2)[0]
	return lx.is(strings.ToLower(zone), wcTimezone)
}

// findAcronyms runs the pass. Country abbreviations (US, UK), legal-form
// suffixes (AG, SA) and words of an all-capitals line are left out.
func (d *document) findAcronyms(lx *lexicon) {
	seen := map[string]int{}
	for i := d.bodyTok; i < len(d.toks); i++ {
		t := d.toks[i]
		if !isAcronymShape(t.text) || notAcronym(lx, t.text) {
			continue
		}
		if d.inDateline(i) || d.allCapsLine(i) || d.lineLabel(i) {
			continue
		}
		if n, v := lx.locs.longest(d.toks, i, i+1); n == 1 && v >= 0 && lx.places[v].name != t.text {
			continue // US, U.S., UK: a country's abbreviation
		}
		if c, ok := lx.orgEnd[t.lower]; ok && c == "company" && i > 0 && d.toks[i-1].cap {
			continue // Siemens AG
		}
		short := strings.TrimSuffix(t.text, ".")
		if strings.Count(t.text, ".") > 1 {
			short = t.text
		}
		exp, long := d.definition(i)
		if k, ok := seen[short]; ok {
			if exp != "" && d.acronyms[k].expansion == "" {
				d.acronyms[k].expansion, d.acronyms[k].long = exp, long
			}
			continue
		}
		seen[short] = len(d.acronyms)
		d.acronyms = append(d.acronyms, acronymMention{tok: i, short: short, expansion: exp, long: long})
	}
}

// definition finds the expansion of the acronym at token i, if the text
// gives one beside it. An expansion that starts inside a capitalized name
// grows to the whole name: "Pacific Islands Forum Fisheries Agency (FFA)",
// "National Indigenous Organization of Colombia (ONIC)".
func (d *document) definition(i int) (string, span) {
	exp, sp := d.definitionCore(i)
	if !sp.empty() && sp.t0 > 0 && d.isCapWord(sp.t0) && sp.t1 <= i {
		if run, ok := d.capitalizedBefore(sp.t1); ok && run.t0 < sp.t0 && d.isCapWord(run.t0) {
			// but not over a leading country: "U.S. Food and Drug
			// Administration (FDA)" expands to "Food and Drug Administration"
			for run.t0 < sp.t0 {
				if n, v := d.lx.locs.longest(d.toks, run.t0, sp.t0); n > 0 && v >= 0 {
					run.t0 += n
					continue
				}
				if _, ok := d.lx.demonyms[d.toks[run.t0].lower]; ok {
					run.t0++
					continue
				}
				break
			}
			// nor over a coordination of two names: "Tarvo Mining Ltd and
			// Keld Rail Services (KRS)", the acronym the second's
			if k, ok := d.secondNameAt(span{run.t0, sp.t0}); ok {
				run.t0 = k + 1
			}
			return d.textOf(span{run.t0, sp.t1}), span{run.t0, sp.t1}
		}
	}
	return exp, sp
}

// secondNameAt finds the "and" (class coordinator) in the words w before
// an expansion that ends a first name of its own: the words before it end
// in a company's legal suffix (orgEnd class "company": "Ltd", "GmbH") or
// are a known organization whole. Any other "and" may be the name's own
// ("Trade and Industry Development Agency", "Ministry of Fisheries and
// Rural Affairs").
func (d *document) secondNameAt(w span) (int, bool) {
	for k := w.t1 - 1; k > w.t0; k-- {
		if !d.lx.is(d.toks[k].lower, wcCoordinator) {
			continue
		}
		if c, ok := d.lx.orgEnd[d.toks[k-1].lower]; ok && c == "company" {
			return k, true
		}
		if n, v := d.lx.orgs.longest(d.toks, w.t0, k); n == k-w.t0 && v >= 0 {
			return k, true
		}
		return 0, false
	}
	return 0, false
}

func (d *document) definitionCore(i int) (string, span) {
	toks := d.toks
	short := toks[i].text
	// long form (SHORT)
	if i > 0 && toks[i-1].text == "(" && i+1 < len(toks) && toks[i+1].text == ")" {
		nwords := len(short)
		maxWords := min(nwords+5, nwords*2)
		j := i - 1
		words := 0
		sent := toks[i].sent
		for j > 0 && words < maxWords && toks[j-1].sent == sent {
			j--
			if toks[j].text == "(" || toks[j].text == ")" || toks[j].text == ";" {
				j++
				break
			}
			if toks[j].word {
				words++
			}
		}
		if j < i-1 {
			cand := span{j, i - 1}
			if sp, ok := d.matchInitials(short, cand); ok {
				return d.textOf(sp), sp
			}
			if exp, sp, ok := d.matchLong(short, cand); ok {
				return exp, sp
			}
			// a name in another language than its acronym ("Community of
			// Latin American and Caribbean States (CELAC)"): the capitalized
			// name just before the brackets, when it starts with the same
			// letter
			if sp, ok := d.capitalizedBefore(i - 1); ok && sp.t1-sp.t0 >= 2 {
				_, isOrg := d.lx.orgEnd[d.toks[sp.t1-1].lower]
				if strings.EqualFold(d.toks[sp.t0].text[:1], short[:1]) || isOrg {
					return d.textOf(sp), sp
				}
			}
		}
	}
	// "the Future Combat Air System, or FCAS"
	if i >= 3 && toks[i-1].lower == "or" && toks[i-2].text == "," {
		if sp, ok := d.capitalizedBefore(i - 2); ok {
			if m, ok := d.matchInitials(short, sp); ok {
				return d.textOf(m), m
			}
		}
	}
	// SHORT (long form)
	if i+2 < len(toks) && toks[i+1].text == "(" {
		k := i + 2
		for k < len(toks) && toks[k].text != ")" && toks[k].sent == toks[i].sent && k-i < 40 {
			k++
		}
		if k < len(toks) && toks[k].text == ")" && k-(i+2) >= 2 {
			cand := span{i + 2, k}
			if sp, ok := d.matchInitials(short, cand); ok && sp.t0 == cand.t0 {
				return d.textOf(sp), sp
			}
			if exp, sp, ok := d.matchLong(short, cand); ok && sp.t0 == cand.t0 {
				return exp, sp
			}
		}
	}
	return "", span{}
}

// matchLong applies Schwartz & Hearst's algorithm: every letter and digit
// of the short form, right to left, must be found in the long form, the
// first one at the start of a word. It returns the shortest such suffix of
// the candidate, cut at a word boundary.
func (d *document) matchLong(short string, cand span) (string, span, bool) {
	long := d.textOf(cand)
	s := []rune(strings.ToLower(short))
	l := []rune(strings.ToLower(long))
	si, li := len(s)-1, len(l)-1
	for si >= 0 {
		c := s[si]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			si--
			continue
		}
		for li >= 0 && (l[li] != c || (si == 0 && li > 0 && (unicode.IsLetter(l[li-1]) || unicode.IsDigit(l[li-1])))) {
			li--
		}
		if li < 0 {
			return "", span{}, false
		}
		li--
		si--
	}
	// back to the start of that word
	start := li + 1
	for start > 0 && !unicode.IsSpace(l[start-1]) {
		start--
	}
	byteStart := d.toks[cand.t0].start + len(string([]rune(long)[:start]))
	t0 := cand.t0
	for t0 < cand.t1 && d.toks[t0].start < byteStart {
		t0++
	}
	if t0 >= cand.t1 {
		return "", span{}, false
	}
	sp := span{t0, cand.t1}
	// the long form must be longer than the short one, in words
	words := 0
	for k := sp.t0; k < sp.t1; k++ {
		if d.toks[k].word {
			words++
		}
	}
	if words < 2 {
		return "", span{}, false
	}
	return d.textOf(sp), sp, true
}

// lineLabel: an all-caps word that opens a line and a dash follows labels
// the line, a photo caption's "FILE -" or "UPDATE —": no acronym.
func (d *document) lineLabel(i int) bool {
	if !d.toks[i].para && i != d.bodyTok || i+1 >= len(d.toks) {
		return false
	}
	switch d.toks[i+1].text {
	case "-", "—", "–", "--":
		return true
	}
	return false
}

// allCapsLine reports whether token i stands in a run of all-capitals words
// (a shouted headline or a dateline), where capitals say nothing.
func (d *document) allCapsLine(i int) bool {
	n := 0
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.toks[k].word {
			if !d.toks[k].upper {
				break
			}
			n++
		}
	}
	for k := i + 1; k < len(d.toks) && k <= i+3 && d.toks[k].sent == d.toks[i].sent; k++ {
		if d.toks[k].word {
			if !d.toks[k].upper {
				break
			}
			n++
		}
	}
	return n >= 3
}

func (d *document) inDateline(i int) bool {
	return !d.dateline.empty() && i >= d.dateline.t0 && i < d.dateline.t1
}

// matchInitials finds the shortest run of words ending the candidate whose
// initials spell the short form in order, skipping small words ("of",
// "the", "and") and allowing a word to give more than its initial only as
// its second letter onward ("cross-servicing" gives C and S).
func (d *document) matchInitials(short string, cand span) (span, bool) {
	var letters []rune
	for _, r := range strings.ToLower(short) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	if n := len(letters); n > 2 && letters[n-1] == 's' && strings.HasSuffix(short, "s") {
		letters = letters[:n-1] // PGMs
	}
	if len(letters) < 2 {
		return span{}, false
	}
	// the words of the candidate, hyphen parts split
	type word struct {
		tok  int
		text string
	}
	var words []word
	for k := cand.t0; k < cand.t1; k++ {
		t := d.toks[k]
		if !t.word {
			continue
		}
		for _, p := range strings.Split(t.lower, "-") {
			if p != "" {
				words = append(words, word{k, p})
			}
		}
	}
	// try every start, right to left, so the shortest run wins
	for start := len(words) - 1; start >= 0; start-- {
		li := 0
		ok := true
		for w := start; w < len(words) && ok; w++ {
			r := []rune(words[w].text)
			if li < len(letters) && r[0] == letters[li] {
				li++
				continue
			}
			if d.lx.is(words[w].text, wcMinor) {
				continue
			}
			ok = false
		}
		if ok && li == len(letters) && []rune(words[start].text)[0] == letters[0] && !d.lx.is(words[start].text, wcMinor) {
			return span{words[start].tok, cand.t1}, true
		}
	}
	return span{}, false
}

// capitalizedBefore returns the run of capitalized words (and small words
// between them) that ends at token end (exclusive).
func (d *document) capitalizedBefore(end int) (span, bool) {
	k := end
	for k > 0 && d.toks[k-1].sent == d.toks[end-1].sent {
		t := d.toks[k-1]
		if t.word && t.cap {
			k--
			continue
		}
		if d.lx.is(t.lower, wcNameJoin) && k-2 >= 0 && d.toks[k-2].cap {
			k--
			continue
		}
		break
	}
	if k == end {
		return span{}, false
	}
	return span{k, end}, true
}
