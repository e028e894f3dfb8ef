package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// Paragraphs of a made-up article, for the cleaner's cases.
var (
	para1 = "Fishing crews in the harbour town of Port Eldon stayed ashore on Monday, after the coastguard warned of gusts above 90 kilometres an hour."
	para2 = "The harbour master, Ines Carvalho, said the ban would last until the storm had passed, and that the fish market would open late."
	para3 = "Local traders, who sell most of the morning catch to restaurants inland, said a second lost day would cost them thousands."
	para4 = "Forecasters expect the wind to ease by Wednesday, though heavy rain could still flood the low roads along the estuary."
)

func ps(xs ...string) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString("<p>" + x + "</p>\n")
	}
	return b.String()
}

func htmlPage(body string) string {
	return "<!DOCTYPE html><html><head><title>Storm keeps fleet in port</title></head><body>\n" + body + "\n</body></html>"
}

// navBlock is a menu every page of a site repeats.
const navBlock = `<ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul>`

// TestCleanerCases: one case per failure class of body finding, each with
// the text the body must keep and the text it must not.
func TestCleanerCases(t *testing.T) {
	cases := []struct {
		name       string
		page       string
		keep, drop []string
	}{
		{name: "br-separated text in a div, words not glued",
			page: htmlPage(navBlock + `<div class="story">` + para1 + `<br>` + para2 + `<br><br>` + para3 + `<br>` + para4 + `</div>`),
			keep: []string{para1, para2, para3, para4}, drop: []string{"Business"}},
		{name: "layout class with a furniture word around the body",
			page: htmlPage(`<div class="l-sidebar-fixed"><div class="l-article-body-segment">` + ps(para1, para2, para3, para4) + `</div><div class="sidebar-widget"><p>Sign up for our weekly tide tables and local weather alerts here.</p></div></div>`),
			keep: []string{para1, para4}, drop: []string{"tide tables"}},
		{name: "whole page inside a form",
			page: htmlPage(`<form id="aspnetForm" action="/page.aspx">` + navBlock + `<div id="content">` + ps(para1, para2, para3) + `</div></form>`),
			keep: []string{para1, para2, para3}, drop: []string{"Sport"}},
		{name: "paragraphs inside a span",
			page: htmlPage(navBlock + `<div><span class="txt">` + ps(para1, para2, para3) + `</span></div><div class="footer"><p>Copyright Port Eldon Courier. All rights reserved worldwide.</p></div>`),
			keep: []string{para1, para3}, drop: []string{"Copyright"}},
		{name: "several article elements: the story, not the teasers",
			page: htmlPage(`<main><article class="story">` + ps(para1, para2, para3, para4) + `</article>` +
				`<article class="teaser"><h3><a href="/a">Bridge repairs to close the ring road for a week</a></h3></article>` +
				`<article class="teaser"><h3><a href="/b">Council backs plan for a new ferry terminal</a></h3></article></main>`),
			keep: []string{para1, para4}, drop: []string{"Bridge repairs", "ferry terminal"}},
		{name: "body split over sibling divs with an ad between",
			page: htmlPage(`<div class="article"><div class="text-block">` + ps(para1, para2) + `</div><div class="ad-slot"><p>Advertisement: cheap flights to the sun this winter, book today.</p></div><div class="text-block">` + ps(para3, para4) + `</div></div>`),
			keep: []string{para1, para2, para3, para4}, drop: []string{"cheap flights"}},
		{name: "body in a table cell beside a link column",
			page: htmlPage(`<table><tr><td class="left"><a href="/1">News</a><br><a href="/2">Weather</a><br><a href="/3">Tides</a></td><td>` + para1 + `<br><br>` + para2 + `<br><br>` + para3 + `</td></tr></table>`),
			keep: []string{para1, para2, para3}, drop: []string{"Weather"}},
		{name: "related-post cards inside the article container",
			page: htmlPage(`<article><div class="entry-content">` + ps(para1, para2, para3) + `<div class="related-posts"><h4>Read next</h4><ul><li><a href="/x">Lifeboat crew rescues two kayakers off the point</a></li><li><a href="/y">New pier lights switched on</a></li></ul></div>` + ps(para4) + `</div></article>`),
			keep: []string{para1, para4}, drop: []string{"Read next", "kayakers"}},
		{name: "captions and galleries left out",
			page: htmlPage(`<article>` + ps(para1, para2) + `<figure><img src="a.jpg"><figcaption>Boats moored in Port Eldon harbour on Monday. Photo: Courier staff</figcaption></figure><div class="article-gallery"><div class="slide"><p>Waves break over the sea wall near the old lighthouse.</p></div></div>` + ps(para3, para4) + `</article>`),
			keep: []string{para1, para4}, drop: []string{"Photo: Courier", "sea wall"}},
		{name: "subscribe and donate appeals left out",
			page: htmlPage(`<article>` + ps(para1, para2, para3) + `<div class="newsletter-signup"><p>Get the Courier's morning briefing in your inbox, every weekday at six.</p></div><aside class="donate"><p>Local news costs money to make. Please support our reporters today.</p></aside>` + ps(para4) + `</article>`),
			keep: []string{para1, para4}, drop: []string{"morning briefing", "support our reporters"}},
		{name: "class words match whole words only",
			page: htmlPage(navBlock + `<div class="shadow-box threaded">` + ps(para1, para2, para3) + `</div>`),
			keep: []string{para1, para3}},
		{name: "JSON-LD articleBody when the page shows a teaser",
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Courier"},{"@type":"ReportageNewsArticle","headline":"Storm","articleBody":` + jsonString(para1+"\n"+para2+"\n"+para3+"\n"+para4) + `}]}</script></head><body><div class="paywall-teaser"><p>` + para1 + `</p></div><p>Subscribe to read the rest.</p></body></html>`,
			keep: []string{para1, para2, para3, para4}, drop: []string{"Subscribe to read"}},
		{name: "a truncated JSON-LD teaser loses to the page's longer body",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Fishing crews in the harbour town of Port Eldon stayed ashore..."}</script></head><body><article>` + ps(para1, para2, para3, para4) + `</article></body></html>`,
			keep: []string{para1, para2, para3, para4}},
		{name: "itemprop articleBody beats a longer comment thread",
			page: htmlPage(`<div itemprop="articleBody">` + ps(para1, para2) + `</div><div id="respond"><ol class="commentlist"><li><p>` + para3 + ` I agree with the harbour master, and I have fished here for years.</p></li><li><p>` + para4 + ` Same every winter, nothing ever changes in this town.</p></li></ol></div>`),
			keep: []string{para1, para2}, drop: []string{"I agree", "Same every winter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := extract.CleanHTML(c.page)
			if err != nil {
				t.Fatalf("CleanHTML: %v", err)
			}
			for _, k := range c.keep {
				if !strings.Contains(p.Body, k) {
					t.Errorf("body lacks %q:\n%s", k, p.Body)
				}
			}
			for _, d := range c.drop {
				if strings.Contains(p.Body, d) {
					t.Errorf("body keeps %q:\n%s", d, p.Body)
				}
			}
		})
	}
}

// TestCleanerUserVocabulary: a user's boilerplate.tsv adds furniture words
// and removes embedded ones.
func TestCleanerUserVocabulary(t *testing.T) {
	page := htmlPage(`<article>` + ps(para1, para2, para3) + `<div class="tidebox"><p>High water at Port Eldon today is at 14:05, low water at 20:17.</p></div><div class="related"><p>Earlier this month the same harbour closed for two days after a fuel spill.</p></div>` + ps(para4) + `</article>`)
	base, err := extract.CleanHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(base.Body, "High water") || strings.Contains(base.Body, "fuel spill") {
		t.Fatalf("embedded vocabulary: want the tide box kept and the related box left out:\n%s", base.Body)
	}
	dir := writeTables(t, map[string]string{"boilerplate.tsv": "# user words\ntidebox\tword\t-40\n!related\n"})
	c, err := extract.NewCleaner(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Clean(page)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Body, "High water") || !strings.Contains(p.Body, "fuel spill") || !strings.Contains(p.Body, para4) {
		t.Errorf("user vocabulary: want the tide box left out and the related box kept:\n%s", p.Body)
	}
	bad := writeTables(t, map[string]string{"boilerplate.tsv": "tidebox\tword\tlots\n"})
	if _, err := extract.NewCleaner(bad); err == nil || !strings.Contains(err.Error(), "boilerplate.tsv:1") {
		t.Errorf("a bad weight: error %v, want one naming boilerplate.tsv:1", err)
	}
}
