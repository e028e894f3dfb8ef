package extract

import "strings"

// Events and parties told across sentences (the discourse readings):
//   - a plural person noun counted by "two" or "both" ("the two mayors",
//     "both presidents") is a group description like "the two ministers":
//     the parties told before, else the last two persons named;
//   - an event noun with no party of its own and no event of its type told
//     before ("The talks focused on copper") is the two persons the sentence
//     before tells together ("X and Y were in Arica");
//   - "his counterpart" is the person the story names, before or just after,
//     with the holder's title head and the country the description gives.

// pluralPersonGroup: token k is the plural of a title's head or a person
// noun ("mayors", "presidents", "envoys") counted by a number or "both"
// just before it ("the two mayors", "both presidents"): a description of
// persons told before. Alone ("the presidents of three banks") it is not.
func (d *document) pluralPersonGroup(k int) bool {
	if k <= 0 || k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	if t.cap || !d.lx.pluralPersonWord(t.lower) {
		return false
	}
	p := d.toks[k-1]
	return p.sent == t.sent && (p.tag == "CD" || d.lx.is(p.lower, wcGroup) && !d.lx.is(p.lower, wcPronoun))
}

// pluralPersonWord: w is the plural of a title's head or of a person noun.
func (lx *lexicon) pluralPersonWord(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, stem := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"} {
		if lx.personNoun[stem] {
			return true
		}
		if c := lx.titles.next[stem]; c != nil && c.kinds&(1<<titleHead) != 0 {
			return true
		}
	}
	return false
}

// toldTogether: the two persons the sentence before si (or si itself,
// before token at) names as one coordinated phrase, "X and Y" with only
// titles, nationalities and determiners between ("Peruvian Foreign
// Minister Ana Soto and Chilean Foreign Minister Rodrigo Vial were in
// Arica"); nil when it names no such pair.
func (d *document) toldTogether(si, at int) []party {
	for k := si; k >= 0 && k >= si-1; k-- {
		s := d.sent[k]
		to := s.t1
		if k == si {
			to = at
		}
		q := d.quotedSpans(s)
		ms := d.mentionsIn(span{s.t0, to})
		for i := 0; i+1 < len(ms); i++ {
			x, y := ms[i], ms[i+1]
			if x.typ != Person || y.typ != Person || inSpans(q, x.span.t0) || !d.coordinated(x.span.t1, y.span.t0) {
				continue
			}
			ex, ey := d.entityOf(x), d.entityOf(y)
			if ex == nil || ey == nil || ex == ey || d.exclude[ex.canon] || d.exclude[ey.canon] {
				continue
			}
			via := "told together in the sentence before"
			return []party{{name: ex.canon, typ: Person, via: via}, {name: ey.canon, typ: Person, via: via}}
		}
	}
	return nil
}

// coordinated: the tokens [from, to) join two names as one phrase: one
// "and", and otherwise only words of a title or a nationality before the
// second name — no verb, no punctuation.
func (d *document) coordinated(from, to int) bool {
	and := 0
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch {
		case t.lower == "and":
			and++
		case !t.word || strings.HasPrefix(t.tag, "VB") || t.tag == "IN" || t.tag == "MD":
			return false
		}
	}
	return and == 1 && to-from <= 6
}

// groupMeasure: a group noun after an indefinite determiner and before
// "of" measures what follows ("a pair of trawler owners", "a group of
// farmers"): it describes no parties told before. "The leaders of Mali and
// Niger", "both of them" do.
func (d *document) groupMeasure(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k+1].lower != "of" {
		return false
	}
	p := d.toks[k-1]
	return p.tag == "DT" && !d.lx.is(p.lower, wcDefinite) && !d.lx.is(p.lower, wcGroup)
}
