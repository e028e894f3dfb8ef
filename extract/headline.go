package extract

import (
	"strings"
	"unicode"
)

// Headline and caption lines above the body are not annotated by the
// entity passes; the events pass reads them for the story's main event
// ("Soto visits Lima", "Kenya, Uganda sign trade pact"). titleMentions
// finds there the names of entities the body already knows: a person by
// full name or surname, an organization or place by name or alias. The
// mentions live only while events are read (withTitleMentions).

// titleMentions returns the known entities named in sentence si, in order.
func (d *document) titleMentions(si int) []mention {
	s := d.sent[si]
	var out []mention
	for k := s.t0; k < s.t1; {
		if !d.toks[k].cap || !d.toks[k].word {
			k++
			continue
		}
		end := k
		for end < s.t1 && end-k < 4 && d.toks[end].cap && d.toks[end].word {
			end++
		}
		found := false
		for j := end; j > k && !found; j-- { // the longest run that names one
			if e := d.knownByName(span{k, j}); e != nil {
				out = append(out, mention{typ: e.typ, span: span{k, j}, text: d.textOf(span{k, j}),
					canon: e.canon, kind: e.kind, ent: e, rule: "title"})
				k, found = j, true
			}
		}
		if !found {
			k++
		}
	}
	return out
}

// knownByName: the one entity the words of s name, or nil.
func (d *document) knownByName(s span) *entity {
	text := d.textOf(s)
	var hit *entity
	for _, e := range d.ents {
		ok := false
		switch e.typ {
		case Person:
			ok = strings.EqualFold(e.canon, text) || s.t1-s.t0 == 1 && len(e.words) > 1 && strings.EqualFold(e.words[len(e.words)-1], text)
		case Organization, Location:
			ok = strings.EqualFold(e.canon, text)
			for _, a := range e.aliases {
				ok = ok || strings.EqualFold(a, text)
			}
		}
		if ok {
			if hit != nil && hit != e {
				return nil // two people of one surname: neither
			}
			hit = e
		}
	}
	return hit
}

// withTitleMentions adds the mentions of the title lines above the body to
// d.mentions (they stand before every body mention) and returns how to
// take them out again.
func (d *document) withTitleMentions(titles []int, firstSent int) func() {
	var add []mention
	for _, si := range titles {
		if si < firstSent {
			add = append(add, d.titleMentions(si)...)
		}
	}
	if len(add) == 0 {
		return func() {}
	}
	n := len(add)
	d.mentions = append(add, d.mentions...)
	return func() { d.mentions = d.mentions[n:] }
}

// ledeDate: the first date of the story's first sentence (order lists the
// body's sentences first), the dateline's left out: "Kenya and Uganda on
// Monday ..." under "Kenya, Uganda sign trade pact". A date the time
// readings refuse for every event the sentence tells (refusedDate, time.go:
// "talks on the two countries' 2007 trade pact") is no story date either.
func (d *document) ledeDate(order []int) string {
	for _, si := range order {
		s := d.sent[si]
		if s.t0 < d.bodyTok {
			return ""
		}
		body := false
		for k := s.t0; k < s.t1 && !body; k++ {
			body = !d.inDateline(k)
		}
		if !body {
			continue
		}
		trs := d.triggersIn(d.lx, s)
		if len(trs) == 0 {
			trs = []trigMatch{{t0: s.t1, t1: s.t1}} // no event told: the sentence's end
		}
		for _, dm := range d.dates {
			if dm.span.t0 >= s.t0 && dm.span.t0 < s.t1 && !d.inDateline(dm.span.t0) && !d.ledeRefused(dm, trs) {
				return dm.value
			}
		}
		return ""
	}
	return ""
}

// mainEvent: the date and place of the story's main event — its first
// dated event that happened (else its first dated plan), placed by itself
// or by the first event that happened with a place.
func (d *document) mainEvent() (date, place string) {
	pick := -1
	for i, e := range d.events {
		if e.Date != "" && (pick < 0 || d.events[pick].Planned && !e.Planned) {
			pick = i
			if !e.Planned {
				break
			}
		}
	}
	if pick < 0 {
		return "", ""
	}
	date, place = d.events[pick].Date, d.events[pick].Location
	if place == "" && !d.events[pick].Planned {
		for _, e := range d.events {
			if !e.Planned && e.Location != "" {
				return date, e.Location
			}
		}
	}
	return date, place
}

// headlineQuestion: a line of at most fifteen words that ends in "?" or "!"
// with every word of four letters or more capitalized is a headline ("Will
// the Port Deal Survive the Vote?"), not the story's first sentence: a
// sentence capitalizes its names, not its verbs and common nouns. Three
// such words at least, so a short quoted cry ("Stop It Now!") stays text.
func headlineQuestion(line string) bool {
	if line == "" || !strings.ContainsAny(line[len(line)-1:], "?!") {
		return false
	}
	words := strings.Fields(line)
	if len(words) > 15 {
		return false
	}
	long := 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 4 {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	return long >= 3
}

// ledeRefused: the time readings refuse date dm for every trigger of trs.
func (d *document) ledeRefused(dm dateMention, trs []trigMatch) bool {
	for _, tr := range trs {
		why := d.refusedDate(dm, tr)
		if why == "" {
			return false
		}
		d.tracef("lede date %q refused for %q: %s", dm.value, d.textOf(span{tr.t0, tr.t1}), why)
	}
	return true
}
