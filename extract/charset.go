package extract

import (
	"bytes"
	"fmt"
	"regexp"

	"golang.org/x/net/html/charset"
)

// metaCharset finds the charset an HTML page declares in a meta element,
// either form: <meta charset="shift_jis"> or <meta http-equiv="Content-Type"
// content="text/html; charset=iso-8859-1">.
var metaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// declaredCharset is the charset label a page declares before its body (or
// in its first 64 KiB), or "".
func declaredCharset(page []byte) string {
	head := page
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if i := bytes.Index(bytes.ToLower(head), []byte("<body")); i >= 0 {
		head = head[:i]
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// htmlToUTF8 converts a page that is not valid UTF-8 from the charset it
// declares (windows-1252, iso-8859-1, shift_jis, gb2312, koi8-r…: the
// WHATWG encodings of golang.org/x/net/html/charset). A page that declares
// none, an unknown one or UTF-8 itself is not-utf8, with the offset of its
// first bad byte.
func htmlToUTF8(name string, page []byte) ([]byte, error) {
	label := declaredCharset(page)
	if label == "" {
		return nil, &InputError{ClassNotUTF8, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d) and the page declares no charset", name, badUTF8(page))}
	}
	enc, canonical := charset.Lookup(label)
	switch {
	case enc == nil:
		return nil, &InputError{ClassNotUTF8, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d) and the page's charset %q is not one newswire knows", name, badUTF8(page), label)}
	case canonical == "utf-8":
		return nil, &InputError{ClassNotUTF8, fmt.Errorf("%s: declares UTF-8 but is not valid UTF-8 (first bad byte at offset %d)", name, badUTF8(page))}
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return nil, &InputError{ClassNotUTF8, fmt.Errorf("%s: converting from %s: %w", name, canonical, err)}
	}
	return out, nil
}
