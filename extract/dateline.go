package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The dateline pass finds the masthead and headline lines at the top of a
// wire and its dateline ("New Delhi, May 31", "LONDON, Oct 7 (Reuters) -",
// "PARIS (AP) —", "BERLIN, June 2, 2026 /PRNewswire/ --"). Lines above the
// dateline are not annotated; the dateline's place and date are.

const monthRe = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	// PLACE[, REGION], DATE [(AGENCY)] [/WIRE/] [-]; the date also ISO
	// ("LONDON 1996-08-30", "ASHFORD , Kent 2026-05-30": a wire's
	// machine-written dateline, the comma sometimes set off by a space)
	datelineDated = regexp.MustCompile(`^([A-Z][\p{L}.'’\- ]{1,40}?(?: ?, [A-Z][\p{L}.'’\- ]{1,30}?)?) ?,?\s+(` +
		monthRe + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+` + monthRe + `(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})` +
		`(?:\s*\([^)\n]{1,40}\))?(?:\s*/[^/\n]{1,40}/)?\s*(?:--|-|–|—|:)?`)
	// PLACE (AGENCY) -
	datelineAgency = regexp.MustCompile(`^([A-Z][\p{L}.'’\- ]{1,40}?(?:, [A-Z][\p{L}.'’\- ]{1,30}?)?)\s*\([^)\n]{1,40}\)\s*(?:--|-|–|—|:)`)
	// PLACE--(BUSINESS WIRE)--
	datelineWire = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’\- ]{2,40}?(?:, \p{Lu}[\p{L}.'’\- ]{1,30}?)?)\s*--\s*\([^)\n]{1,40}\)\s*--`)
	// PLACE — (in capitals)
	datelineCaps = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\- ]{2,40}?(?:, \p{Lu}[\p{L}.'’\- ]{1,30}?)?)\s*(?:--|–|—|-)\s`)
	// PLACE: (in capitals, a colon: "KUWAIT CITY: His Highness ...",
	// "CHENNAI: The State government ..."), a known place only
	datelineColon = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\- ]{2,40}?(?:, \p{Lu}[\p{L}.'’\- ]{1,30}?)?)\s*:\s`)
	// PLACE alone on its line, in capitals ("NEW DELHI", then the story
	// below), a known place only
	datelineAlone = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\- ]{2,40}?(?:, \p{Lu}[\p{L}.'’\- ]{1,30}?)?)\s*$`)
)

// findHeader sets the body's first byte and the dateline's byte range.
//
// A header line that is only a date ("May 20, 2026") is returned as
// headerDate: the published date of a wire that has no envelope.
func findHeader(text string) (bodyStart, dlStart, dlEnd int, headerDate string) {
	return findHeaderPlaces(text, nil)
}

// findHeaderPlaces is findHeader that also reads the two datelines a
// capitalized word could fake, when isPlace knows their name as a place:
// "KUWAIT CITY: ..." (datelineColon; "BREAKING: ..." is none) and a line
// that is only a place in capitals ("NEW DELHI", the story below it;
// "PRESS STATEMENT" is none).
func findHeaderPlaces(text string, isPlace func(name string) bool) (bodyStart, dlStart, dlEnd int, headerDate string) {
	dlStart, dlEnd = -1, -1
	off := 0
	lines := 0
	var firstShort = -1
	for off < len(text) && lines < 8 {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			off = end + 1
			continue
		}
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		for _, re := range []*regexp.Regexp{datelineDated, datelineAgency, datelineWire, datelineCaps} {
			if loc := re.FindStringSubmatchIndex(trimmed); loc != nil && placeLike(trimmed[loc[2]:loc[3]]) &&
				(re != datelineDated || datedMarked(trimmed, loc)) {
				if re == datelineDated && isoDate(trimmed[loc[4]:loc[5]]) {
					// a machine-written dateline on a line of its own:
					// the lines above it are the story's headline and
					// byline, read with the story
					return 0, off + lead, off + lead + loc[1], headerDate
				}
				return off, off + lead, off + lead + loc[1], headerDate
			}
		}
		if isPlace != nil {
			for _, re := range []*regexp.Regexp{datelineColon, datelineAlone} {
				if loc := re.FindStringSubmatchIndex(trimmed); loc != nil && knownDateline(trimmed[loc[2]:loc[3]], isPlace) {
					return off, off + lead, off + lead + loc[1], headerDate
				}
			}
		}
		if _, ok := parsePublished(trimmed); ok && headerDate == "" {
			headerDate = trimmed
		}
		// a long line or a sentence is the story itself: no dateline
		// below it counts, and the header (if any) ended above it
		question := lines == 0 && headlineQuestion(trimmed) // "Will X Sign the Pact?"
		if !question && (len(strings.Fields(trimmed)) > 15 || strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?\"”") && len(strings.Fields(trimmed)) > 6) {
			if lines > 0 && firstShort > 0 {
				return firstShort, -1, -1, headerDate
			}
			return 0, -1, -1, headerDate
		}
		if lines == 0 && len(strings.Fields(trimmed)) <= 15 && (question || !strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?\"”")) {
			firstShort = end + 1
		}
		lines++
		off = end + 1
	}
	if firstShort > 0 && firstShort < len(text) {
		return firstShort, -1, -1, ""
	}
	return 0, -1, -1, ""
}

// knownDateline: the dateline's place ("NEW DELHI", "DOHA, Qatar") is a
// place isPlace knows, the part before a comma at least.
func knownDateline(name string, isPlace func(string) bool) bool {
	first, _, _ := strings.Cut(name, ",")
	return placeLike(name) && isPlace(strings.TrimSpace(first))
}

// datedMarked: a dated dateline sets its place off from the date with a
// comma ("LONDON, Oct 7"), ends in an agency, a wire or a dash ("LONDON
// Oct 7 (Reuters) -"), or ends its line or a field of it ("Published July
// 14, 2026 · 5 min read"); a sentence that opens with a name and a date
// ("The Sept. 11 attacks changed...") does none of these.
func datedMarked(line string, loc []int) bool {
	if strings.HasPrefix(line[loc[3]:], ",") || strings.TrimSpace(line[loc[5]:loc[1]]) != "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line[loc[1]:]))
	return r == utf8.RuneError || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// isoDate: s is a date written 2026-05-30.
func isoDate(s string) bool {
	return len(s) == 10 && allDigits(s[:4]) && s[4] == '-' && allDigits(s[5:7]) && s[7] == '-' && allDigits(s[8:])
}

// placeLike: the place of a dateline is a name, not the start of a
// sentence ("The summit in Manila will take place on Jan. 20" is no
// dateline): at most four words before a comma, of which at most one is
// a short lower-case particle ("Rio de Janeiro", "Dar es Salaam",
// "Newcastle upon Tyne").
func placeLike(s string) bool {
	name, _, _ := strings.Cut(s, ",")
	words := strings.Fields(name)
	if len(words) > 4 {
		return false
	}
	lower := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			lower++
			if lower > 1 || utf8.RuneCountInString(w) > 4 {
				return false
			}
		}
	}
	return true
}
