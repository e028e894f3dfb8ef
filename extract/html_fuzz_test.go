package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newswire/newswire/extract"
)

// FuzzCleanHTML cleans arbitrary pages: the cleaner must never panic, must
// either keep a body or say no-article-text, and the body it keeps is tidy:
// valid UTF-8 for valid input, one paragraph a line, no blank lines, no
// padding, never longer than the page. (Bounded time: the cleaner's passes
// are linear in the page; a quadratic pass shows up as a fuzz hang.)
func FuzzCleanHTML(f *testing.F) {
	for _, pat := range []string{"../testdata/*/*.html", "../testdata/*.html"} {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range []string{
		"",
		"<html>",
		"<p>",
		"<br><br><br>",
		"<table><tr><td>a<td>b<tr><td>c</table>",
		"<form><form><div><p>Ministers met in Oslo on Monday, officials said.</p></div></form>",
		`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>a &amp; b</p>"}</script>`,
		`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"articleBody":5}]}</script><p>x</p>`,
		`<div class="l-sidebar-fixed"><div class="article-body"><p>One, two, three, four, five words of body text here.</p></div></div>`,
		`<div class="aA-_9 ` + strings.Repeat("x", 200) + `"><p>text, with commas, and more text to score as a paragraph</p></div>`,
		`<span><p>a</p><p>b</p></span>`,
		strings.Repeat("<div>", 600) + "deep" + strings.Repeat("</div>", 600),
		strings.Repeat("<b>word, word</b><br>", 300),
		"<p>\xff\xfe bad bytes</p>",
		"<p>caf\u00e9\u00a0au\u00a0lait, \u6771\u4eac and \u0645\u0635\u0631 in one paragraph of text.</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		if len(page) > 1<<20 {
			return
		}
		p, err := extract.CleanHTML(page)
		if err != nil {
			if extract.ErrorClass(err) == "" && !strings.HasPrefix(err.Error(), "parse html:") {
				t.Fatalf("error without a class: %v", err)
			}
			return
		}
		if p.Body == "" {
			t.Fatal("no error and no body")
		}
		if utf8.ValidString(page) && !utf8.ValidString(p.Body) {
			t.Errorf("body of a valid UTF-8 page is not valid UTF-8: %q", p.Body)
		}
		for _, line := range strings.Split(p.Body, "\n") {
			if line == "" || strings.TrimSpace(line) != line {
				t.Errorf("blank or padded line %q in body %q", line, p.Body)
				break
			}
		}
		if len(p.Body) > 3*len(page) {
			t.Errorf("body of %d bytes from a page of %d", len(p.Body), len(page))
		}
	})
}
