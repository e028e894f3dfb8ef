package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

const pageHTML = `<!DOCTYPE html>
<html><head>
<title>Lome summit | Coastline News</title>
<meta property="og:title" content="ECOWAS leaders meet in Lome">
<meta property="article:published_time" content="2026-05-02T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2026-05-01T18:30:00Z"}</script>
<script>var tracking = "SCRIPT-TEXT";</script>
<style>.x{color:red}</style>
</head><body>
<header class="masthead"><a href="/">Coastline News</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul><p>NAV-TEXT</p></nav>
<div id="cookie-banner"><p>COOKIE-TEXT We use cookies to improve your experience on this site.</p></div>
<article>
<h1>ECOWAS leaders meet in Lome</h1>
<p>LOME, May 1 (Coastline) — West African leaders met in Lome on Thursday to discuss a joint currency.</p>
<div class="ad-slot"><p>ADS-TEXT Buy a new phone today at the best price in town.</p></div>
<p>Togolese President Faure Gnassingbe hosted the summit, officials said.</p>
<aside><p>ASIDE-TEXT Read our explainer on the eco currency and its history.</p></aside>
<div class="related-stories"><ul><li>RELATED-TEXT Ghana cuts rates again as inflation falls further</li></ul></div>
</article>
<div class="most-read"><ol><li>MOSTREAD-TEXT Ten things to know about the West African summit in Lome</li></ol></div>
<footer><p>FOOTER-TEXT © Coastline News. All rights reserved.</p></footer>
<script>document.write("SCRIPT2-TEXT")</script>
</body></html>`

// TestDecodeForms: the form is detected from the content.
func TestDecodeForms(t *testing.T) {
	cases := []struct {
		name      string
		file      string
		data      string
		form      string
		id        string
		bodyHas   string // a phrase the decoded body keeps
		headline  string // "" when not checked
		published string // "" when not checked
		pending   string
	}{
		{name: "envelope with body", file: "in/whatever.json", form: "json", id: "kyiv-wire-77",
			data:     `{"id":"kyiv-wire-77","source":"Kyiv Wire","published":"2025-09-03T08:00:00Z","headline":"Grain talks","body":"Ukrainian and Turkish officials met in Istanbul on Tuesday."}`,
			bodyHas:  "Turkish officials met in Istanbul",
			headline: "Grain talks", published: "2025-09-03T08:00:00Z"},
		{name: "envelope without id takes the file name", file: "/tmp/x/lima-daily-0415.json", form: "json", id: "lima-daily-0415",
			data:    `{"published":"2026-04-15","body":"Peru and Chile agreed to reopen a border crossing."}`,
			bodyHas: "reopen a border crossing"},
		{name: "envelope with html", file: "coastline.json", form: "json", id: "coast-1",
			data:     `{"id":"coast-1","html":` + jsonString(pageHTML) + `}`,
			bodyHas:  "Togolese President Faure Gnassingbe hosted the summit",
			headline: "ECOWAS leaders meet in Lome", published: "2026-05-01T18:30:00Z"},
		{name: "envelope with a byte-order mark", file: "bom.json", form: "json", id: "bom-1",
			data:    "\ufeff" + `{"id":"bom-1","body":"Malaysian and Thai officials met in Penang."}`,
			bodyHas: "met in Penang"},
		{name: "plain text, Reuters dateline", file: "wires/reuters-london.txt", form: "text", id: "reuters-london",
			data:    "LONDON, Oct 7 (Reuters) - British and Irish ministers met in London on Tuesday.\n",
			bodyHas: "British and Irish ministers"},
		{name: "plain text, AP dateline", file: "ap-paris.txt", form: "text", id: "ap-paris",
			data:    "PARIS (AP) — French President Emmanuel Macron met Gulf leaders on Thursday.",
			bodyHas: "Emmanuel Macron"},
		{name: "plain text, PR Newswire dateline", file: "pr.txt", form: "text", id: "pr",
			data:    "BERLIN, June 2, 2026 /PRNewswire/ -- Nordvik Shipping and Hapag signed a charter agreement.",
			bodyHas: "charter agreement"},
		{name: "plain text, masthead and place-date dateline", file: "north.txt", form: "text", id: "north",
			data:    "The North News\nNew Delhi, May 31\nIndian officials met American diplomats in Washington.",
			bodyHas: "Indian officials met"},
		{name: "plain text without extension", file: "feeds/item42", form: "text", id: "item42",
			data:    "Bolivia's president visited Brasilia on Monday.",
			bodyHas: "visited Brasilia"},
		{name: "whole HTML page", file: "pages/lome.html", form: "html", id: "lome",
			data:     pageHTML,
			bodyHas:  "West African leaders met in Lome on Thursday",
			headline: "ECOWAS leaders meet in Lome", published: "2026-05-01T18:30:00Z"},
		{name: "HTML fragment without doctype", file: "frag.htm", form: "html", id: "frag",
			data:    "<div><p>Colombian and Venezuelan ministers met in Cucuta on Friday to reopen the border.</p></div>",
			bodyHas: "Venezuelan ministers met in Cucuta"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			a, err := extract.Decoder{}.Decode(c.file, []byte(c.data))
			if err != nil {
				t.Fatalf("Decode(%s): %v", c.file, err)
			}
			if a.Form != c.form {
				t.Errorf("Decode(%s): form %q, want %q", c.file, a.Form, c.form)
			}
			if a.ID != c.id {
				t.Errorf("Decode(%s): id %q, want %q", c.file, a.ID, c.id)
			}
			if !strings.Contains(a.Body, c.bodyHas) {
				t.Errorf("Decode(%s): body %q lacks %q", c.file, a.Body, c.bodyHas)
			}
			if c.headline != "" && a.Headline != c.headline {
				t.Errorf("Decode(%s): headline %q, want %q", c.file, a.Headline, c.headline)
			}
			if c.published != "" && a.Published != c.published {
				t.Errorf("Decode(%s): published %q, want %q", c.file, a.Published, c.published)
			}
			for _, junk := range []string{"NAV-TEXT", "COOKIE-TEXT", "ADS-TEXT", "ASIDE-TEXT", "RELATED-TEXT", "MOSTREAD-TEXT", "FOOTER-TEXT", "SCRIPT-TEXT", "SCRIPT2-TEXT", "<p>"} {
				if c.form != "text" && strings.Contains(a.Body, junk) {
					t.Errorf("Decode(%s): body keeps %q: %q", c.file, junk, a.Body)
				}
			}
			rec, err := extractor(t).Extract(context.Background(), a)
			if err != nil {
				t.Fatalf("Extract(%s): %v", c.file, err)
			}
			if rec.ID != c.id || rec.Form != c.form {
				t.Errorf("record id %q form %q, want %q %q", rec.ID, rec.Form, c.id, c.form)
			}
		})
	}
}

// TestDatelinePlace: the place of a dateline, in any of the wire styles, is
// a LOCATION, and the dateline itself is not part of a name.
func TestDatelinePlace(t *testing.T) {
	cases := []struct {
		name, text, place string
		pending           string
	}{
		{name: "Reuters", place: "London", text: "LONDON, Oct 7 (Reuters) - British and Irish ministers met on Tuesday."},
		{name: "AP", place: "Paris", text: "PARIS (AP) — French President Emmanuel Macron met Gulf leaders on Thursday."},
		{name: "PR Newswire", place: "Berlin", text: "BERLIN, June 2, 2026 /PRNewswire/ -- Nordvik Shipping signed a charter agreement."},
		{name: "caps with dash", place: "Geneva", text: "GENEVA — Swiss and Iranian diplomats met on Tuesday."},
		{name: "masthead then place-date line", place: "New Delhi", text: "The North News\nNew Delhi, May 31\nIndian officials met American diplomats in Washington."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "dl", "2026-06-02", c.text)
			if findEntity(rec, extract.Location, c.place) == nil {
				t.Errorf("text %q: no LOCATION %q; record %s", c.text, c.place, show(rec))
			}
		})
	}
}

// TestDecodeErrors: bad input gives an error of the right class, naming the
// input.
func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name    string
		file    string
		data    string
		max     int
		classes []string // any of these
		pending string
	}{
		{name: "empty", file: "empty.txt", data: "", classes: []string{extract.ClassEmpty}},
		{name: "whitespace only", file: "blank.txt", data: " \n\t\r\n  ", classes: []string{extract.ClassEmpty}},
		{name: "not UTF-8", file: "latin1.txt", data: "S\xe3o Paulo officials met on Monday.", classes: []string{extract.ClassNotUTF8}},
		{name: "over MaxBytes", file: "big.txt", data: strings.Repeat("Kenya and Uganda met. ", 20), max: 100, classes: []string{extract.ClassTooLarge}},
		{name: "invalid JSON", file: "bad.json", data: `{"id": "x", "body": "unterminated`, classes: []string{extract.ClassBadJSON}},
		{name: "two JSON values", file: "two.json", data: `{"id":"a","body":"x"} {"id":"b","body":"y"}`, classes: []string{extract.ClassBadJSON}},
		{name: "envelope without body or html", file: "nobody.json", data: `{"id":"x","headline":"Talks in Rome"}`, classes: []string{extract.ClassNoBody}},
		{name: "envelope with empty body", file: "emptybody.json", data: `{"id":"x","body":"   "}`, classes: []string{extract.ClassNoBody}},
		{name: "HTML with no article text", file: "shell.html", data: `<!DOCTYPE html><html><head><title>Home</title><script>var a=1;</script></head><body><nav><a href="/">Home</a></nav><footer>© 2026</footer></body></html>`, classes: []string{extract.ClassNoText}},
		{name: "envelope whose html has no text", file: "envhtml.json", data: `{"id":"x","html":"<html><body><nav>Home</nav></body></html>"}`, classes: []string{extract.ClassNoText}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			_, err := extract.Decoder{MaxBytes: c.max}.Decode(c.file, []byte(c.data))
			if err == nil {
				t.Fatalf("Decode(%s): no error, want class %v", c.file, c.classes)
			}
			found := false
			for _, cl := range c.classes {
				if extract.ErrorClass(err) == cl {
					found = true
				}
			}
			if !found {
				t.Errorf("Decode(%s): error %v of class %q, want one of %v", c.file, err, extract.ErrorClass(err), c.classes)
			}
			if !strings.Contains(err.Error(), c.file) {
				t.Errorf("Decode(%s): error %q does not name the input", c.file, err)
			}
		})
	}
	if extract.ErrorClass(context.Canceled) != "" {
		t.Errorf("ErrorClass(context.Canceled) = %q, want \"\"", extract.ErrorClass(context.Canceled))
	}
	if extract.ErrorClass(nil) != "" {
		t.Errorf("ErrorClass(nil) = %q, want \"\"", extract.ErrorClass(nil))
	}
}

// TestCleanHTML: the body keeps the article's paragraphs and drops the page
// furniture; headline and published come from the page's metadata.
func TestCleanHTML(t *testing.T) {
	p, err := extract.CleanHTML(pageHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, keep := range []string{"West African leaders met in Lome on Thursday", "Togolese President Faure Gnassingbe hosted the summit"} {
		if !strings.Contains(p.Body, keep) {
			t.Errorf("body lacks %q: %q", keep, p.Body)
		}
	}
	for _, junk := range []string{"NAV-TEXT", "COOKIE-TEXT", "ADS-TEXT", "ASIDE-TEXT", "RELATED-TEXT", "MOSTREAD-TEXT", "FOOTER-TEXT", "SCRIPT-TEXT", "SCRIPT2-TEXT", "Coastline News", "color:red"} {
		if strings.Contains(p.Body, junk) {
			t.Errorf("body keeps %q: %q", junk, p.Body)
		}
	}
	if i, j := strings.Index(p.Body, "West African"), strings.Index(p.Body, "Togolese"); i < 0 || j < i {
		t.Errorf("paragraphs out of order: %q", p.Body)
	}
	if p.Headline != "ECOWAS leaders meet in Lome" {
		t.Errorf("headline %q", p.Headline)
	}
	if p.Published != "2026-05-01T18:30:00Z" {
		t.Errorf("published %q, want the JSON-LD datePublished", p.Published)
	}
}

// TestCleanHTMLMetadata: the fallbacks for headline and published date.
func TestCleanHTMLMetadata(t *testing.T) {
	const para = `<p>Argentine and Uruguayan officials met in Montevideo on Monday to discuss river dredging.</p>`
	cases := []struct {
		name, page, headline, published string
		pending                         string
	}{
		{name: "og:title first", headline: "Dredging talks",
			page: `<html><head><meta property="og:title" content="Dredging talks"><title>Site | Dredging</title></head><body><h1>Other</h1><article>` + para + `</article></body></html>`},
		{name: "h1 when no og:title", headline: "River talks in Montevideo",
			page: `<html><head><title>Site | River</title></head><body><article><h1>River talks in Montevideo</h1>` + para + `</article></body></html>`},
		{name: "title when no h1", headline: "Montevideo talks",
			page: `<html><head><title>Montevideo talks</title></head><body><article>` + para + `</article></body></html>`},
		{name: "JSON-LD datePublished in a graph", published: "2026-02-12T10:00:00+01:00",
			page: `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-02-12T10:00:00+01:00"}]}</script></head><body><article>` + para + `</article></body></html>`},
		{name: "article:published_time", published: "2025-12-01T06:30:00Z",
			page: `<html><head><meta property="article:published_time" content="2025-12-01T06:30:00Z"></head><body><article>` + para + `</article></body></html>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			p, err := extract.CleanHTML(c.page)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Body, "river dredging") {
				t.Errorf("body %q", p.Body)
			}
			if c.headline != "" && p.Headline != c.headline {
				t.Errorf("headline %q, want %q", p.Headline, c.headline)
			}
			if c.published != "" && p.Published != c.published {
				t.Errorf("published %q, want %q", p.Published, c.published)
			}
		})
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestDecodeAs: a form the caller names wins over detection.
func TestDecodeAs(t *testing.T) {
	page := `<html><body><article><p>Kenya and Uganda signed a trade agreement in Nairobi on Tuesday, officials said.</p></article></body></html>`
	cases := []struct {
		name, form, data string
		wantForm         string
		class            string
	}{
		{"json names an envelope", extract.FormJSON, `{"id":"a","body":"Ana Soto met Li Wei."}`, "json", ""},
		{"json that is no object", extract.FormJSON, `Ana Soto met Li Wei.`, "", extract.ClassBadJSON},
		{"json array is no envelope", extract.FormJSON, `[{"id":"a","body":"x"}]`, "", extract.ClassBadJSON},
		{"text keeps markup as text", extract.FormText, page, "text", ""},
		{"text keeps braces as text", extract.FormText, `{"id":"a"}`, "text", ""},
		{"html is cleaned", extract.FormHTML, page, "html", ""},
		{"html without article", extract.FormHTML, `<html><body><nav>Home</nav></body></html>`, "", extract.ClassNoText},
		{"detected", "", page, "html", ""},
		{"empty whatever the form", extract.FormHTML, "  ", "", extract.ClassEmpty},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.Decoder{}.DecodeAs("req", []byte(c.data), c.form)
			if c.class != "" {
				if extract.ErrorClass(err) != c.class {
					t.Fatalf("error %v of class %q, want %q", err, extract.ErrorClass(err), c.class)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Form != c.wantForm {
				t.Errorf("form %q, want %q", a.Form, c.wantForm)
			}
		})
	}
	if _, err := (extract.Decoder{}).DecodeAs("req", []byte("x"), "pdf"); err == nil {
		t.Error("unknown form accepted")
	}
}
