package extract_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newswire/newswire/extract"
)

// timexRe: a TIMEX3-like value: a year, month, day, quarter, ISO week,
// weekend or season, a decade (199) or century (19), or a range of two of
// them.
var timexRe = regexp.MustCompile(`^` + timexOne + `(/` + timexOne + `)?$`)

const timexOne = `((\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12]|-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?|-(SP|SU|FA|WI))?|\d{2,3})`

// FuzzExtract decodes and extracts arbitrary input: it must never panic,
// and every record keeps the record contract's invariants.
func FuzzExtract(f *testing.F) {
	var seeds []string
	for _, pat := range []string{"../testdata/*", "../testdata/articles/*", "../sample/*"} {
		m, _ := filepath.Glob(pat)
		seeds = append(seeds, m...)
	}
	for _, p := range seeds {
		if strings.HasSuffix(p, ".gold.json") || strings.HasSuffix(p, ".md") {
			continue
		}
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"",
		" ",
		".,;:!?—–-()[]{}\"'…",
		"((((",
		"))))",
		"(FATF",
		"“Talks in Geneva were held on Tuesday",
		"\"unterminated quote met with Mr.",
		"99999999999999999999999999 May 99999999999999, 2025-99-99 Q9 99999",
		"On 0 January 0000 and February 29, 2025 and 2024-02-30.",
		"Президент Путин met 习近平 in Москва; محمد بن سلمان visited 東京 on Tuesday.",
		"U.S.",
		"U.S",
		"Mr.",
		"Ms. Tanaka",
		"Gen.B", // a title glued to its holder still has its span
		"<p>Kenya and Ethiopia signed an agreement on Tuesday.</p>",
		"<div><p>",
		"<html>",
		`{"id":"x","body":"Ma met Li."}`,
		`{"body":"`,
		"GENEVA —",
		"—",
		"from Tuesday to",
		"between 8 and",
		"Deputy Secretary of",
		"Mei Tanaka, chief executive of",
		"A (B) C (D) E (F) G (H)",
		strings.Repeat("Ana Soto met Wang Yi. ", 200),
		strings.Repeat("(", 5000),
		"\x00\x01\x02 met \x7f",
	} {
		f.Add([]byte(s))
	}
	x, err := extract.New(extract.Options{WithText: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := extract.Decoder{}.Decode("fuzz.txt", data)
		if err != nil {
			if extract.ErrorClass(err) == "" {
				t.Fatalf("Decode error without a class: %v", err)
			}
			return
		}
		rec, err := x.Extract(context.Background(), a)
		if err != nil {
			return
		}
		checkInvariants(t, rec)
		checkSpans(t, rec)
	})
}

// checkInvariants asserts what every record must satisfy.
func checkInvariants(t *testing.T, rec *extract.Record) {
	t.Helper()
	persons := map[string]bool{}
	for _, e := range rec.Entities {
		if e.Type == extract.Person {
			persons[e.Text] = true
		}
	}
	for _, e := range rec.Entities {
		if strings.TrimSpace(e.Text) == "" {
			t.Errorf("entity %s with empty text: %+v", e.Type, e)
		}
		switch e.Type {
		case extract.Date:
			if !timexRe.MatchString(e.Value) {
				t.Errorf("DATE %q value %q is not TIMEX3-like", e.Text, e.Value)
				continue
			}
			for _, part := range strings.Split(e.Value, "/") {
				if len(part) == 10 {
					// an unknown year (XXXX) is checked as a leap year
					if _, err := time.Parse("2006-01-02", strings.Replace(part, "XXXX", "2000", 1)); err != nil {
						t.Errorf("DATE %q value %q is no calendar day", e.Text, e.Value)
					}
				}
			}
		case extract.Title:
			if !persons[e.Holder] {
				t.Errorf("TITLE %q holder %q is not a PERSON text", e.Text, e.Holder)
			}
		case extract.Acronym:
			if e.Expansion == nil {
				t.Errorf("ACRONYM %q with a nil expansion", e.Text)
			}
		}
	}
	for _, ev := range rec.Events {
		if ev.ID == "" {
			t.Errorf("event without id: %+v", ev)
		}
		if len(ev.Participants) == 0 {
			t.Errorf("event %s without participants: %+v", ev.ID, ev)
		}
		switch ev.Type {
		case extract.Meeting, extract.Visit, extract.Agreement:
		default:
			t.Errorf("event %s of type %q", ev.ID, ev.Type)
		}
	}
}

// TestInvariantsOnCorpus runs the fuzz invariants over the test articles
// (so they are checked by a plain go test too).
func TestInvariantsOnCorpus(t *testing.T) {
	n := 0
	for p, data := range inputFiles(t, "../testdata/*", "../testdata/articles/*") {
		a, err := extract.Decoder{}.Decode(p, data)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		rec, err := extractor(t).Extract(context.Background(), a)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		t.Run(filepath.Base(p), func(t *testing.T) { checkInvariants(t, rec) })
		n++
	}
	if n == 0 {
		t.Fatal("no test articles found")
	}
}

// pathological inputs under the size limit: runs of brackets (prose's
// tokenizer is quadratic in the length of a word) and a long article full
// of names (resolution must stay linear in the number of mentions).
func pathological() []struct{ name, text string } {
	var soup strings.Builder
	syl := []string{"ka", "lo", "mi", "ra", "te", "zu", "no", "vi", "sa", "de", "ban", "tor"}
	word := func(i int) string {
		w := syl[i%12] + syl[(i/12)%12] + syl[(i/144)%12]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	for i := 0; soup.Len() < 400_000; i++ {
		fmt.Fprintf(&soup, "%s %s met %s %s on Tuesday, %s %s said. ", word(i), word(i+7), word(i+3), word(i+11), word(i+5), word(i+2))
	}
	// every description ("the finance minister") is resolved against the
	// titled persons told before it: titles parsed once, a bounded walk back
	var titled strings.Builder
	for i := 0; titled.Len() < 200_000; i++ {
		fmt.Fprintf(&titled, "Deputy Minister of Ports %s %s met Finance Secretary %s %s in Lima. On Friday the finance minister held talks with Trade Envoy %s %s.\n\n", word(i), word(i+7), word(i+3), word(i+11), word(i+5), word(i+9))
	}
	return []struct{ name, text string }{
		{"closing parentheses", strings.Repeat(")", 50000)},
		{"opening parentheses", strings.Repeat("(", 50000)},
		{"spaced parentheses", strings.Repeat("( ", 25000)},
		{"many short sentences", strings.Repeat("Ana Soto met Wang Yi in Lima. ", 1500)},
		{"400 KB of names", soup.String()},
		{"200 KB of titled names and descriptions", titled.String()},
	}
}

// BenchmarkPathologicalInput measures the inputs above.
func BenchmarkPathologicalInput(b *testing.B) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range pathological() {
		b.Run(c.name, func(b *testing.B) {
			a, err := extract.Decoder{}.Decode("slow.txt", []byte(c.text))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				if _, err := x.Extract(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
