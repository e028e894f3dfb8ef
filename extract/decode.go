package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Error classes of bad input, as named in dead-letter headers and CLI errors.
const (
	ClassEmpty    = "empty"
	ClassNotUTF8  = "not-utf8"
	ClassTooLarge = "too-large"
	ClassBadJSON  = "bad-json"
	ClassNoText   = "no-article-text"
	ClassNoBody   = "no-body" // a JSON envelope with neither body nor html
)

// DefaultMaxBytes is the default size limit of one article.
const DefaultMaxBytes = 1 << 20

// InputError is bad input: Class says which kind (Class* constants).
type InputError struct {
	Class string
	Err   error
}

func (e *InputError) Error() string { return e.Class + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// ErrorClass returns the class of an input error, or "" for other errors.
func ErrorClass(err error) string {
	var ie *InputError
	if errors.As(err, &ie) {
		return ie.Class
	}
	return ""
}

// Decoder turns raw bytes (a JSON envelope, plain wire text or a whole HTML
// page) into an Article, detecting the form by content.
type Decoder struct {
	// MaxBytes limits the size of one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Cleaner reads HTML pages; nil means the embedded vocabulary (share
	// the Extractor's, Extractor.Cleaner, to honour its TablesDir).
	Cleaner *Cleaner
}

// envelope is the JSON form of an article.
type envelope struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Headline  string `json:"headline"`
	Body      string `json:"body"`
	HTML      string `json:"html"`
}

// Forms an article can arrive in, for DecodeAs.
const (
	FormJSON = "json"
	FormText = "text"
	FormHTML = "html"
)

// DecodeAs reads one article of the form the caller knows (FormJSON,
// FormText, FormHTML: an HTTP Content-Type, say); "" detects it from the
// content as Decode does. JSON that is not an object is bad-json.
func (d Decoder) DecodeAs(name string, data []byte, form string) (Article, error) {
	switch form {
	case "":
		return d.Decode(name, data)
	case FormJSON, FormText, FormHTML:
	default:
		return Article{}, fmt.Errorf("%s: unknown article form %q", name, form)
	}
	data, err := d.check(name, data)
	if err != nil {
		return Article{}, err
	}
	trimmed := bytes.TrimSpace(data)
	id := idFromName(name)
	switch form {
	case FormJSON:
		if trimmed[0] != '{' {
			kind := "text"
			if json.Valid(trimmed) {
				kind = "JSON " + jsonKind(trimmed)
			}
			return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: a %s, not an article envelope (a JSON object)", name, kind)}
		}
		return d.decodeOne(name, id, data, trimmed)
	case FormHTML:
		return d.fromHTML(Article{ID: id, HTML: string(data), Form: "html"}, name)
	}
	return Article{ID: id, Body: string(data), Form: "text"}, nil
}

// Decode reads one article. name is used for the id when the input has none
// (its base name without extension) and in errors. A JSON array of
// envelopes holds several articles: Decode rejects it (bad-json) and
// DecodeAll reads it.
func (d Decoder) Decode(name string, data []byte) (Article, error) {
	data, err := d.check(name, data)
	if err != nil {
		return Article{}, err
	}
	trimmed := bytes.TrimSpace(data)
	if isJSONArray(trimmed) {
		return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: a JSON array, not one envelope (DecodeAll reads an array of envelopes as many articles)", name)}
	}
	return d.decodeOne(name, idFromName(name), data, trimmed)
}

// Part is one article of an input that may hold several: a JSON array of
// envelopes gives one Part per element, any other input a single Part.
type Part struct {
	// Index is the 1-based position of the element in a JSON array, 0 for
	// an input that is one article.
	Index int
	// Raw is the part's own bytes: the array element, or the whole input.
	Raw []byte
	// Article is the decoded article when Err is nil.
	Article Article
	// Err is this part's bad input (an *InputError naming the element); the
	// other parts stand.
	Err error
}

// DecodeAll reads an input holding one article (as Decode does) or a JSON
// array of envelopes, one Part per element in order; an element without an
// id takes NAME-INDEX (the input's id and its 1-based position), as a
// .jsonl line takes NAME-LINE. MaxBytes limits each article, not the whole
// array. The error is for the input as a whole (empty, not UTF-8, not valid
// JSON, an empty array); a bad element is reported in its Part only.
func (d Decoder) DecodeAll(name string, data []byte) ([]Part, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if !isJSONArray(trimmed) {
		a, err := d.Decode(name, data)
		if err != nil {
			return nil, err
		}
		return []Part{{Raw: data, Article: a}}, nil
	}
	if !utf8.Valid(trimmed) {
		return nil, &InputError{ClassNotUTF8, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d)", name, badUTF8(trimmed))}
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(trimmed, &elems); err != nil {
		return nil, &InputError{ClassBadJSON, fmt.Errorf("%s: array of envelopes: %w", name, jsonError(err))}
	}
	if len(elems) == 0 {
		return nil, &InputError{ClassEmpty, fmt.Errorf("%s: a JSON array with no envelopes", name)}
	}
	id := idFromName(name)
	parts := make([]Part, len(elems))
	for i, raw := range elems {
		ename := fmt.Sprintf("%s[%d]", name, i+1)
		p := Part{Index: i + 1, Raw: raw}
		if raw, err := d.check(ename, raw); err != nil {
			p.Err = err
		} else if k := jsonKind(raw); k != "object" {
			p.Err = &InputError{ClassBadJSON, fmt.Errorf("%s: a JSON %s, not an article envelope", ename, k)}
		} else {
			p.Article, p.Err = d.decodeOne(ename, fmt.Sprintf("%s-%d", id, i+1), raw, bytes.TrimSpace(raw))
		}
		parts[i] = p
	}
	return parts, nil
}

// check applies the checks every article passes before its form is read:
// not empty, not over MaxBytes, valid UTF-8. It drops a byte-order mark. An
// HTML page that is not valid UTF-8 is converted from the charset it
// declares (htmlToUTF8); a page that is valid UTF-8 is read as UTF-8
// whatever it declares (a page saved as UTF-8 under an old label is common).
func (d Decoder) check(name string, data []byte) ([]byte, error) {
	max := d.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return nil, &InputError{ClassEmpty, fmt.Errorf("%s: no article text (empty input)", name)}
	case len(data) > max:
		return nil, &InputError{ClassTooLarge, fmt.Errorf("%s: %d bytes, over the %d-byte limit", name, len(data), max)}
	case !utf8.Valid(data):
		if t := bytes.TrimSpace(data); t[0] != '{' && t[0] != '[' && looksLikeHTML(t) {
			return htmlToUTF8(name, data)
		}
		return nil, &InputError{ClassNotUTF8, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d)", name, badUTF8(data))}
	}
	return data, nil
}

// decodeOne reads one checked article: a JSON envelope, an HTML page or
// plain text. id is the article's id when the input has none. Anything that
// is a whole JSON value but not an object (a string, a number, true, false,
// null, an array of non-objects) is bad-json: it is not an article.
func (d Decoder) decodeOne(name, id string, data, trimmed []byte) (Article, error) {
	switch {
	case trimmed[0] == '{':
		var env envelope
		if err := json.Unmarshal(trimmed, &env); err != nil {
			return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: envelope: %w", name, jsonError(err))}
		}
		a := Article{ID: env.ID, Source: env.Source, URL: env.URL, Published: env.Published,
			Headline: env.Headline, Body: env.Body, HTML: env.HTML, Form: "json"}
		if a.ID == "" {
			a.ID = id
		}
		if strings.TrimSpace(a.Body) == "" && strings.TrimSpace(a.HTML) == "" {
			return Article{}, &InputError{ClassNoBody, fmt.Errorf("%s: envelope %s has neither body nor html", name, a.ID)}
		}
		if a.Body == "" {
			return d.fromHTML(a, name)
		}
		return a, nil
	case json.Valid(trimmed):
		return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: a JSON %s, not an article envelope", name, jsonKind(trimmed))}
	case looksLikeHTML(trimmed):
		return d.fromHTML(Article{ID: id, HTML: string(data), Form: "html"}, name)
	}
	return Article{ID: id, Body: string(data), Form: "text"}, nil
}

// isJSONArray: the input opens a JSON array of envelopes ("[" then "{" or
// "]"), not a text that starts with a bracket ("[UPDATE 1] ..."); any other
// input that is a whole valid JSON array counts too, so that [1, 2] is
// rejected rather than read as text.
func isJSONArray(trimmed []byte) bool {
	if len(trimmed) == 0 || trimmed[0] != '[' {
		return false
	}
	rest := bytes.TrimLeft(trimmed[1:], " \t\r\n")
	if len(rest) > 0 && (rest[0] == '{' || rest[0] == ']') {
		return true
	}
	return json.Valid(trimmed)
}

// jsonKind names the kind of a valid JSON value by its first byte.
func jsonKind(v []byte) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// jsonError words a JSON error for a person: where the syntax breaks, or
// which field has the wrong type.
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Errorf("field %q is a JSON %s, want a %s", te.Field, te.Value, te.Type)
		}
		return fmt.Errorf("a JSON %s, want %s", te.Value, te.Type)
	}
	return err
}

// fromHTML cleans an article's page into its body.
func (d Decoder) fromHTML(a Article, name string) (Article, error) {
	c := d.Cleaner
	if c == nil {
		var err error
		if c, err = defaultCleaner(); err != nil {
			return Article{}, err
		}
	}
	page, err := c.Clean(a.HTML)
	if err != nil {
		if ErrorClass(err) != "" {
			return Article{}, fmt.Errorf("%s: %w", name, err)
		}
		return Article{}, &InputError{ClassNoText, fmt.Errorf("%s: %w", name, err)}
	}
	a.Body = page.Body
	if a.Headline == "" {
		a.Headline = page.Headline
	}
	if a.Published == "" {
		a.Published = page.Published
	}
	a.HTML = ""
	return a, nil
}

// looksLikeHTML: a doctype, an <html> element, or block tags near the start.
func looksLikeHTML(b []byte) bool {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	l := bytes.ToLower(head)
	if bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) {
		return true
	}
	return l[0] == '<' && (bytes.Contains(l, []byte("<body")) || bytes.Contains(l, []byte("<p")) || bytes.Contains(l, []byte("<div")) || bytes.Contains(l, []byte("<article")) || bytes.Contains(l, []byte("<head")))
}

func badUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}

// idFromName: the base name without its extension.
func idFromName(name string) string {
	base := filepath.Base(name)
	if base == "." || base == "/" || name == "" || name == "-" {
		return "stdin"
	}
	for _, ext := range []string{".gold.json", ".jsonl", ".json", ".txt", ".html", ".htm"} {
		if strings.HasSuffix(strings.ToLower(base), ext) {
			return base[:len(base)-len(ext)]
		}
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}
