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

// Decode reads one article. name is used for the id when the input has none
// (its base name without extension) and in errors.
func (d Decoder) Decode(name string, data []byte) (Article, error) {
	return d.DecodeAs(name, data, "")
}

// DecodeAs reads one article of the form the caller knows (FormJSON,
// FormText, FormHTML: an HTTP Content-Type, say); "" detects it from the
// content as Decode does. JSON that is not an object is bad-json.
func (d Decoder) DecodeAs(name string, data []byte, form string) (Article, error) {
	max := d.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return Article{}, &InputError{ClassEmpty, fmt.Errorf("%s: no article text (empty input)", name)}
	case len(data) > max:
		return Article{}, &InputError{ClassTooLarge, fmt.Errorf("%s: %d bytes, over the %d-byte limit", name, len(data), max)}
	case !utf8.Valid(data):
		return Article{}, &InputError{ClassNotUTF8, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d)", name, badUTF8(data))}
	}
	id := idFromName(name)
	trimmed := bytes.TrimSpace(data)
	switch form {
	case "", FormJSON, FormText, FormHTML:
	default:
		return Article{}, fmt.Errorf("%s: unknown article form %q", name, form)
	}
	if form == "" {
		switch {
		case trimmed[0] == '{':
			form = FormJSON
		case looksLikeHTML(trimmed):
			form = FormHTML
		default:
			form = FormText
		}
	}
	switch form {
	case FormJSON:
		if trimmed[0] != '{' {
			return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: an envelope is a JSON object, this starts with %q", name, firstRune(trimmed))}
		}
		var env envelope
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		if err := dec.Decode(&env); err != nil {
			return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: decode envelope: %w", name, err)}
		}
		if dec.More() {
			return Article{}, &InputError{ClassBadJSON, fmt.Errorf("%s: decode envelope: more than one JSON value", name)}
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
	case FormHTML:
		return d.fromHTML(Article{ID: id, HTML: string(data), Form: "html"}, name)
	}
	return Article{ID: id, Body: string(data), Form: "text"}, nil
}

// fromHTML cleans an article's page into its body.
func (d Decoder) fromHTML(a Article, name string) (Article, error) {
	page, err := CleanHTML(a.HTML)
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

func firstRune(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	return string(r)
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
