package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// furnitureWeight: an element whose weight is at or under it is page
// furniture (left out unless it holds most of the text around it).
const furnitureWeight = -20

// htmlVocab is the cleaner's vocabulary (tables/boilerplate.tsv): weights of
// class and id words and of tags, and the tags never read.
type htmlVocab struct {
	words map[string]int
	tags  map[string]int
	drop  map[string]bool
}

// loadHTMLVocab reads boilerplate.tsv (and the user's copy in dir).
func loadHTMLVocab(dir string) (*htmlVocab, error) {
	rows, err := loadTable(dir, "boilerplate.tsv")
	if err != nil {
		return nil, err
	}
	v := &htmlVocab{words: map[string]int{}, tags: map[string]int{}, drop: map[string]bool{}}
	for _, r := range rows {
		name, kind := strings.ToLower(r.col(0)), r.col(1)
		if name == "" {
			return nil, fmt.Errorf("%s:%d: no name in column 1", r.file, r.line)
		}
		if kind == "drop" {
			v.drop[name] = true
			continue
		}
		w, err := strconv.Atoi(r.col(2))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: weight %q is not a whole number", r.file, r.line, r.col(2))
		}
		switch kind {
		case "word":
			v.words[name] = w
		case "tag":
			v.tags[name] = w
		default:
			return nil, fmt.Errorf("%s:%d: kind %q is not word, tag or drop", r.file, r.line, kind)
		}
	}
	return v, nil
}

// weight is the evidence an element is body (positive) or furniture
// (negative): its tag's weight plus its class and id words', each word
// once (in a name holding a furniture word, its furniture words only);
// role="navigation" and the like count as their word.
func (v *htmlVocab) weight(n *html.Node) int {
	w := v.tags[n.Data]
	var seen [16]string
	k := 0
	add := func(word string) {
		for _, s := range seen[:k] {
			if s == word {
				return
			}
		}
		if k < len(seen) {
			seen[k] = word
			k++
		}
		w += v.words[word]
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			for _, tok := range strings.Fields(a.Val) {
				// in "article-gallery" or "post-meta" the body word only
				// says whose furniture it is: a name with a furniture
				// word counts its furniture words alone
				neg := false
				classWords(tok, func(word string) { neg = neg || v.words[word] < 0 })
				classWords(tok, func(word string) {
					if !neg || v.words[word] < 0 {
						add(word)
					}
				})
			}
		case "role":
			switch a.Val {
			case "navigation":
				add("nav")
			case "complementary":
				add("aside")
			case "banner":
				add("header")
			case "contentinfo":
				add("footer")
			}
		case "itemprop":
			if a.Val == "articleBody" {
				w += 50
			}
		}
	}
	return w
}

// classWords splits a class or id value into lowercased words: on anything
// but letters and digits, and where a lower-case letter meets an upper-case
// one ("articleBody" is article and body).
func classWords(s string, f func(string)) {
	start := -1
	prevLower := false
	var buf [64]byte
	emit := func(end int) {
		if start < 0 {
			return
		}
		word := s[start:end]
		if len(word) <= len(buf) {
			b := buf[:0]
			for i := 0; i < len(word); i++ {
				c := word[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
			f(string(b))
		} else {
			f(strings.ToLower(word))
		}
		start = -1
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			upper := unicode.IsUpper(r)
			if upper && prevLower {
				emit(i)
			}
			if start < 0 {
				start = i
			}
			prevLower = unicode.IsLower(r)
		default:
			emit(i)
			prevLower = false
		}
		i += w
	}
	emit(len(s))
}
