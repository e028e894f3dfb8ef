package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A press release ends with sections that tell no news: the issuer's
// description ("About Acme Robotics"), the forward-looking statements
// disclaimer ("... our ability to enter into agreements with partners"),
// media and investor contacts, PR Newswire's closing "SOURCE Acme" line.
// Their sentences name companies, places and deal words, but no event: a
// disclaimer's agreements are hypothetical, an "About" section's places are
// the issuer's offices. The first heading line of release_sections.tsv
// starts the release's tail; candidates (events_candidates.go) reads no
// trigger in it, and the trace names the section (rule release-tail).

// releaseHead is one row of release_sections.tsv.
type releaseHead struct {
	words   string // the heading's words, lower case unless exact
	section string // about, disclaimer, contacts, source
	form    string // name, short, exact
}

// loadReleaseHead reads one row of release_sections.tsv.
func (lx *lexicon) loadReleaseHead(r row) error {
	h := releaseHead{words: r.col(0), section: r.col(1), form: r.col(2)}
	switch h.form {
	case "name", "short":
		h.words = strings.ToLower(h.words)
	case "exact":
	default:
		return fmt.Errorf("form %q: want name, short or exact", h.form)
	}
	if h.words == "" || h.section == "" {
		return fmt.Errorf("a heading and a section are required")
	}
	lx.releaseHeads = append(lx.releaseHeads, h)
	return nil
}

// releaseHeadingWords is the most words a heading line of form short or
// exact may have ("Media: Dana Ruiz, +1 512-555-0190, media@acme.example").
const releaseHeadingWords = 10

// releaseTail returns the byte offset where the text's release tail begins
// and the section that begins it, or len(text) and "": the first line of
// its own in the last two thirds of the body that a heading of the table
// begins. A heading in the first third is a news story's own subheading,
// not a release's closing section.
func (d *document) releaseTail(lx *lexicon) (int, string) {
	body := 0
	if d.bodyTok < len(d.toks) {
		body = d.toks[d.bodyTok].start
	}
	from := body + (len(d.text)-body)/3
	for at := from; at < len(d.text); {
		nl := strings.IndexByte(d.text[at:], '\n')
		if nl < 0 {
			break
		}
		start := at + nl + 1
		end := len(d.text)
		if k := strings.IndexByte(d.text[start:], '\n'); k >= 0 {
			end = start + k
		}
		if sec := lx.releaseHeading(strings.TrimSpace(d.text[start:end])); sec != "" {
			return start, sec
		}
		at = start
	}
	return len(d.text), ""
}

// releaseHeading returns the section a line heads, or "".
func (lx *lexicon) releaseHeading(line string) string {
	if line == "" {
		return ""
	}
	lower := strings.ToLower(line)
	for _, h := range lx.releaseHeads {
		subject := lower
		if h.form == "exact" {
			subject = line
		}
		if !strings.HasPrefix(subject, h.words) {
			continue
		}
		rest := line[len(h.words):]
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "Abouts", "Contacted"
		}
		switch h.form {
		case "name":
			if aboutName(rest) {
				return h.section
			}
		default:
			if len(strings.Fields(line)) <= releaseHeadingWords && headingRest(h.words, rest) {
				return h.section
			}
		}
	}
	return ""
}

// headingRest: what follows a short or exact heading's words leaves the
// line a heading, not a sentence that begins with them ("Contacts between
// the two governments resumed in March."): nothing, a colon and what it
// introduces ("Media: Lise Marten"), or more of a title with no closing
// full stop ("Safe Harbor Statement").
func headingRest(words, rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.HasSuffix(words, ":") || strings.HasPrefix(rest, ":") {
		return true
	}
	if strings.HasSuffix(rest, ":") {
		return true // "For further information, please contact:"
	}
	if strings.ContainsAny(rest[len(rest)-1:], ".!?") {
		return false
	}
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && utf8.RuneCountInString(w) > 3 {
			return false // a lower-case word: a sentence's, not a title's
		}
	}
	return true
}

// aboutName: the rest of an "About" line is a name and nothing else: one
// to eight words, each capitalized or a legal form's punctuation ("Acme
// Robotics Inc.", "Universiti Teknologi Seri Perdana"; not "About the
// author", "About 200 people attended."), no full stop ending a sentence.
func aboutName(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "&" && w != "of" && w != "and" && w != "de" {
			return false
		}
	}
	last := ws[len(ws)-1]
	return !strings.HasSuffix(last, ".") || len(last) <= 5 // "Inc.", "Ltd.", "S.A." end a name
}
