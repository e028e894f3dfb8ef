package extract

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// Page is what CleanHTML keeps of a web page.
type Page struct {
	Headline  string
	Published string
	Body      string // the article's paragraphs, one a line
}

// boilerplate matches class and id values of page furniture.
var boilerplate = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|menu|breadcrumbs?|sidebar|aside|related|most-?read|popular|trending|recommended|promo|advert|ads?|ad-slot|banner|cookies?|consent|gdpr|newsletter|subscribe|signup|social|share|sharing|comments?|footer|header|masthead|byline-share|tags|topics|outbrain|taboola|paywall|modal|popup|disclaimer|skip)([-_ ]|$)`)

// CleanHTML keeps the article body of a whole page: the text of its
// paragraphs inside the article element (or the element holding the most
// paragraph text), without navigation, asides, "related" and "most read"
// lists, cookie banners, ads, footers and scripts. The headline comes from
// og:title, h1 or title; the published date from JSON-LD datePublished,
// article:published_time or a time element.
func CleanHTML(page string) (Page, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		return Page{}, fmt.Errorf("parse html: %w", err)
	}
	var p Page
	p.Published = publishedOf(doc)
	p.Headline = firstNonEmpty(
		attr(doc, `meta[property="og:title"]`, "content"),
		strings.TrimSpace(doc.Find("h1").First().Text()),
		strings.TrimSpace(doc.Find("title").First().Text()),
	)
	doc.Find("script, style, noscript, template, iframe, svg, form, button, nav, aside, footer, header, figure figcaption, [aria-hidden=true], [hidden]").Remove()
	doc.Find("[class], [id], [role]").Each(func(_ int, s *goquery.Selection) {
		if role, _ := s.Attr("role"); role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" {
			s.Remove()
			return
		}
		cls, _ := s.Attr("class")
		id, _ := s.Attr("id")
		if boilerplate.MatchString(cls) || boilerplate.MatchString(id) {
			// never drop the element that holds the article itself
			if s.Is("article, main, body, html") || s.Find("article").Length() > 0 {
				return
			}
			s.Remove()
		}
	})
	root := bestContainer(doc)
	var lines []string
	root.Find("p, h2, h3, li, blockquote").Each(func(_ int, s *goquery.Selection) {
		if s.Is("li") && s.Find("p").Length() > 0 {
			return
		}
		if s.ParentsFiltered("li, blockquote").Length() > 0 && s.Is("p") {
			return
		}
		t := collapse(s.Text())
		if t == "" {
			return
		}
		if s.Is("li") && len(strings.Fields(t)) < 6 {
			return // link lists
		}
		lines = append(lines, t)
	})
	if len(lines) == 0 {
		if t := collapse(root.Text()); t != "" {
			lines = append(lines, t)
		}
	}
	p.Body = strings.Join(lines, "\n")
	if strings.TrimSpace(p.Body) == "" {
		return p, &InputError{Class: ClassNoText, Err: fmt.Errorf("html page has no article text")}
	}
	return p, nil
}

// bestContainer picks the article element: <article>, an articleBody, or
// the element whose direct paragraphs hold the most text.
func bestContainer(doc *goquery.Document) *goquery.Selection {
	for _, sel := range []string{`[itemprop="articleBody"]`, "article", "main", `[role="main"]`} {
		if s := doc.Find(sel); s.Length() > 0 {
			best, bestLen := s.First(), -1
			s.Each(func(_ int, c *goquery.Selection) {
				if n := len(c.Find("p").Text()); n > bestLen {
					best, bestLen = c, n
				}
			})
			if bestLen > 0 {
				return best
			}
		}
	}
	best, bestLen := doc.Find("body"), 0
	doc.Find("div, section").Each(func(_ int, s *goquery.Selection) {
		n := 0
		s.ChildrenFiltered("p").Each(func(_ int, p *goquery.Selection) { n += len(p.Text()) })
		if n > bestLen {
			best, bestLen = s, n
		}
	})
	return best
}

func publishedOf(doc *goquery.Document) string {
	var out string
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		out = datePublished([]byte(s.Text()))
		return out == ""
	})
	return firstNonEmpty(out,
		attr(doc, `meta[property="article:published_time"]`, "content"),
		attr(doc, `meta[name="article:published_time"]`, "content"),
		attr(doc, `meta[itemprop="datePublished"]`, "content"),
		attr(doc, `meta[name="date"]`, "content"),
		attr(doc, `time[datetime]`, "datetime"),
	)
}

// datePublished finds datePublished anywhere in a JSON-LD block.
func datePublished(b []byte) string {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return ""
	}
	var walk func(v any) string
	walk = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				return s
			}
			for _, c := range x {
				if s := walk(c); s != "" {
					return s
				}
			}
		case []any:
			for _, c := range x {
				if s := walk(c); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return walk(v)
}

func attr(doc *goquery.Document, sel, name string) string {
	v, _ := doc.Find(sel).First().Attr(name)
	return strings.TrimSpace(v)
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
