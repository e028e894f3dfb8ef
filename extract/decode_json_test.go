package extract_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDecodeRejectsWhatIsNotOneEnvelope: JSON that is not exactly one
// envelope object is bad-json, and the error says what was wrong; text that
// only looks a little like JSON stays text.
func TestDecodeRejectsWhatIsNotOneEnvelope(t *testing.T) {
	cases := []struct {
		name, data string
		class      string // "" = accepted
		form       string // when accepted
		errHas     string // when rejected: a phrase the error must contain
	}{
		{name: "trailing brace", data: `{"id":"x","body":"a"}}`, class: extract.ClassBadJSON, errHas: "after top-level value"},
		{name: "trailing word", data: `{"id":"x","body":"a"} junk`, class: extract.ClassBadJSON, errHas: "invalid JSON at byte"},
		{name: "two envelopes", data: `{"id":"a","body":"x"}{"id":"b","body":"y"}`, class: extract.ClassBadJSON, errHas: "after top-level value"},
		{name: "null", data: `null`, class: extract.ClassBadJSON, errHas: "a JSON null, not an article envelope"},
		{name: "number", data: `42`, class: extract.ClassBadJSON, errHas: "a JSON number"},
		{name: "negative number", data: " -3.5e2\n", class: extract.ClassBadJSON, errHas: "a JSON number"},
		{name: "boolean", data: `true`, class: extract.ClassBadJSON, errHas: "a JSON boolean"},
		{name: "string", data: `"Officials met in Oslo."`, class: extract.ClassBadJSON, errHas: "a JSON string"},
		{name: "array of envelopes", data: `[{"id":"a","body":"Officials met in Oslo."}]`, class: extract.ClassBadJSON, errHas: "DecodeAll"},
		{name: "array of numbers", data: `[1, 2]`, class: extract.ClassBadJSON, errHas: "JSON array"},
		{name: "body of the wrong type", data: `{"id":"x","body":5}`, class: extract.ClassBadJSON, errHas: `field "body" is a JSON number`},
		{name: "unterminated", data: `{"id":"x","body":"a`, class: extract.ClassBadJSON, errHas: "envelope"},
		{name: "unknown fields are kept out, not refused", data: `{"id":"x","author":"A. Writer","body":"Officials met in Oslo."}`, form: "json"},
		{name: "text opening with a quotation", data: `"We will meet again," the Norwegian minister said in Oslo on Monday.`, form: "text"},
		{name: "text opening with a bracket", data: `[UPDATE 1] Norwegian and Danish ministers met in Oslo on Monday.`, form: "text"},
		{name: "text opening with a number", data: "2026 began with talks in Oslo between Norway and Denmark.", form: "text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.Decoder{}.Decode("in.json", []byte(c.data))
			if c.class == "" {
				if err != nil {
					t.Fatalf("Decode(%q): %v, want a %s article", c.data, err, c.form)
				}
				if a.Form != c.form {
					t.Errorf("Decode(%q): form %q, want %q", c.data, a.Form, c.form)
				}
				return
			}
			if err == nil {
				t.Fatalf("Decode(%q) = %+v, want class %s", c.data, a, c.class)
			}
			if got := extract.ErrorClass(err); got != c.class {
				t.Errorf("Decode(%q): class %q (%v), want %q", c.data, got, err, c.class)
			}
			if !strings.Contains(err.Error(), c.errHas) || !strings.Contains(err.Error(), "in.json") {
				t.Errorf("Decode(%q): error %q should name the input and contain %q", c.data, err, c.errHas)
			}
		})
	}
}

// TestDecodeAll: a JSON array of envelopes is many articles, each element on
// its own: good ones decode, bad ones carry their error and position.
func TestDecodeAll(t *testing.T) {
	type want struct {
		id, class string // class "" = a good article with this id
	}
	cases := []struct {
		name, data string
		max        int
		err        string // class of a whole-input error
		parts      []want
	}{
		{name: "one envelope is one part", data: `{"id":"solo","body":"Officials met in Oslo."}`,
			parts: []want{{id: "solo"}}},
		{name: "plain text is one part", data: "Officials met in Oslo on Monday.",
			parts: []want{{id: "feed"}}},
		{name: "array of envelopes", data: `[{"id":"a","body":"Officials met in Oslo."}, {"id":"b","body":"Ministers met in Rome."}]`,
			parts: []want{{id: "a"}, {id: "b"}}},
		{name: "elements without ids take name and position", data: " \n[{\"body\":\"Officials met in Oslo.\"},{\"body\":\"Ministers met in Rome.\"}]\n",
			parts: []want{{id: "feed-1"}, {id: "feed-2"}}},
		{name: "byte-order mark", data: "\ufeff" + `[{"id":"a","body":"Officials met in Oslo."}]`,
			parts: []want{{id: "a"}}},
		{name: "bad elements stand alone", data: `[{"id":"a","body":"Officials met in Oslo."}, null, 7, {"id":"c"}, {"id":"d","body":"Ministers met in Rome."}, [{"id":"e"}]]`,
			parts: []want{{id: "a"}, {class: extract.ClassBadJSON}, {class: extract.ClassBadJSON}, {class: extract.ClassNoBody}, {id: "d"}, {class: extract.ClassBadJSON}}},
		{name: "an element over the size limit", max: 60, data: `[{"id":"a","body":"Short."}, {"id":"b","body":"` + strings.Repeat("Ministers met. ", 10) + `"}]`,
			parts: []want{{id: "a"}, {class: extract.ClassTooLarge}}},
		{name: "the limit is per article, not per array", max: 60, data: `[{"id":"a","body":"Officials met in Oslo."}, {"id":"b","body":"Officials met in Oslo."}, {"id":"c","body":"Officials met in Oslo."}]`,
			parts: []want{{id: "a"}, {id: "b"}, {id: "c"}}},
		{name: "empty array", data: `[ ]`, err: extract.ClassEmpty},
		{name: "array with trailing garbage", data: `[{"id":"a","body":"x"}]]`, err: extract.ClassBadJSON},
		{name: "unterminated array", data: `[{"id":"a","body":"x"},`, err: extract.ClassBadJSON},
		{name: "array not UTF-8", data: "[{\"id\":\"a\",\"body\":\"S\xe3o Paulo\"}]", err: extract.ClassNotUTF8},
		{name: "single bad input", data: `null`, err: extract.ClassBadJSON},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parts, err := extract.Decoder{MaxBytes: c.max}.DecodeAll("dir/feed.json", []byte(c.data))
			if c.err != "" {
				if err == nil || extract.ErrorClass(err) != c.err {
					t.Fatalf("DecodeAll: %v (class %q), want class %q", err, extract.ErrorClass(err), c.err)
				}
				if !strings.Contains(err.Error(), "dir/feed.json") {
					t.Errorf("error %q does not name the input", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("DecodeAll: %v", err)
			}
			if len(parts) != len(c.parts) {
				t.Fatalf("DecodeAll: %d parts, want %d: %+v", len(parts), len(c.parts), parts)
			}
			array := strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(c.data, "\ufeff")), "[")
			for i, w := range c.parts {
				p := parts[i]
				if array && p.Index != i+1 || !array && p.Index != 0 {
					t.Errorf("part %d: index %d", i, p.Index)
				}
				if len(p.Raw) == 0 {
					t.Errorf("part %d: no raw bytes", i)
				}
				if w.class != "" {
					if extract.ErrorClass(p.Err) != w.class {
						t.Errorf("part %d: error %v (class %q), want class %q", i, p.Err, extract.ErrorClass(p.Err), w.class)
					} else if want := "dir/feed.json[" + itoa(i+1) + "]"; !strings.Contains(p.Err.Error(), want) {
						t.Errorf("part %d: error %q does not name %s", i, p.Err, want)
					}
					continue
				}
				if p.Err != nil {
					t.Errorf("part %d: %v, want article %s", i, p.Err, w.id)
					continue
				}
				if p.Article.ID != w.id || strings.TrimSpace(p.Article.Body) == "" {
					t.Errorf("part %d: id %q body %q, want id %q", i, p.Article.ID, p.Article.Body, w.id)
				}
				if array {
					// The raw bytes are the element itself: decoding them
					// alone gives the same article (modulo the id default).
					a, err := extract.Decoder{MaxBytes: c.max}.Decode(w.id, p.Raw)
					if err != nil || a.Body != p.Article.Body {
						t.Errorf("part %d: raw %s decodes alone to %+v, %v", i, p.Raw, a, err)
					}
				}
			}
		})
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// FuzzDecodeAll: no panic, and the invariants every caller relies on:
// either an error with a class or at least one part; every part either an
// error with a class or an article with an id and a body; an input that is
// not an array decodes the same with Decode and DecodeAll.
func FuzzDecodeAll(f *testing.F) {
	for _, s := range []string{
		`{"id":"x","body":"a"}}`, `null`, `42`, `"str"`, `[]`, `[{}]`, `[{"body":"Officials met."},1]`,
		`[{"id":"a","body":"x"}]]`, `[UPDATE] Officials met.`, `{"id":"x","html":"<p>Officials met in Oslo.</p>"}`,
		"<html><body><p>Officials met in Oslo.</p></body></html>", "Officials met in Oslo.", "[", "[ \n", "\ufeff[{\"body\":\"x\"}]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := extract.Decoder{MaxBytes: 1 << 16}
		parts, err := d.DecodeAll("fuzz.json", data)
		if err != nil {
			if extract.ErrorClass(err) == "" {
				t.Fatalf("DecodeAll(%q): error without a class: %v", data, err)
			}
			return
		}
		if len(parts) == 0 {
			t.Fatalf("DecodeAll(%q): no error and no parts", data)
		}
		for i, p := range parts {
			if p.Err != nil {
				if extract.ErrorClass(p.Err) == "" {
					t.Fatalf("DecodeAll(%q): part %d error without a class: %v", data, i, p.Err)
				}
				continue
			}
			if p.Article.ID == "" || strings.TrimSpace(p.Article.Body) == "" {
				t.Fatalf("DecodeAll(%q): part %d without id or body: %+v", data, i, p.Article)
			}
		}
		if parts[0].Index == 0 {
			a, err := d.Decode("fuzz.json", data)
			if err != nil || a.ID != parts[0].Article.ID || a.Body != parts[0].Article.Body {
				t.Fatalf("DecodeAll(%q) and Decode disagree: %+v / %+v, %v", data, parts[0].Article, a, err)
			}
		}
	})
}
