package extract

import (
	"sort"
	"strings"
)

// The teams pass: the competitors of results lines and standings tables
// are organizations, and so is every other mention of the same name in the
// document that only a gazetteer or a guess typed. Sports pages name clubs
// after their towns, counties and states ("Leicestershire", "Barnsley",
// "Texas"); a place beside scores in such a line is a team, and it stays a
// team in the story's prose and its headline. The lines it reads
// (teamLines):
//
//   - a results line: a name, a score, a name, a score ("Ashford 2
//     Kelbury 1"), a label before a colon allowed ("Final : ...");
//   - a fixtures line: names joined by "v" or "vs" (class versus of
//     word_classes.tsv), pairs separated by commas, and no other lower-case
//     word but a label before a colon ("Postponed : Ashford v Kelbury");
//   - a standings line: a name and three or more figures, nothing else,
//     when the document has two or more of them (a table): figures with
//     thousands separators or decimals after a digit ("2,315.40", "12.5")
//     are prices or measures, not standings, and make no standings line.
//
// A competitor is no team when it is a person (the rules or the tagger
// typed it so, or its first word is a given name: golf and tennis tables
// list players) or a country (national sides keep the country's type, as
// the guidelines type countries). A place-cue name ("Kelbury City",
// "Ashdown County") beside a score is a club as well, and so is a town
// with a club word anywhere in a sports story (rule club-cue,
// teams_clubs.go).

// teamsPass is the pass (see above).
func (d *document) teamsPass(lx *lexicon) {
	comps, nStrong := d.teamLines(lx)
	nLines := len(comps)
	comps = append(comps, d.teamProse(lx, nLines > 0)...)
	comps = append(comps, d.clubCueNames(lx)...)
	if len(comps) == 0 {
		return
	}
	teams := map[string]bool{}
	var add []mention
	drop := map[int]bool{}
	for ci, c := range comps {
		// a results or fixtures line is a line of teams: the tagger's
		// person there is no proof against it (a given name first is)
		strong := ci < nStrong
		if !d.teamName(lx, c, strong) {
			continue
		}
		under := d.mentionsOver(c)
		ok := true
		for _, i := range under {
			m := d.mentions[i]
			if (m.typ == Person && !(strong && m.rule == "tagger")) || m.kind == "country" || !(m.span.t0 >= c.t0 && m.span.t1 <= c.t1) ||
				(ci >= nLines && !cityOrUnknown(m)) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		teams[strings.ToLower(d.textOf(c))] = true
		if len(under) == 1 && d.mentions[under[0]].span == c {
			m := &d.mentions[under[0]]
			if m.typ != Organization && (teamRetype(m) || (strong && m.rule == "tagger")) {
				d.teamTrace(m, "results line")
				m.typ, m.canon, m.kind, m.name, m.strong, m.weak, m.rule = Organization, "", "", nil, false, false, m.rule+"+team"
			}
			continue
		}
		for _, i := range under {
			if !teamRetype(&d.mentions[i]) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, i := range under {
			drop[i] = true
		}
		m := mention{typ: Organization, span: c, text: d.textOf(c), rule: "team"}
		if d.trace != nil {
			d.trace("team %q: ORGANIZATION (new, results line)", m.text)
		}
		add = append(add, m)
	}
	d.dropMentions(drop)
	d.mentions = append(d.mentions, add...)
	d.teamLists(teams)
	// the same name elsewhere in the document
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ == Organization || !teams[strings.ToLower(m.text)] || !teamRetype(m) ||
			(m.span.t0 < d.dateline.t1 && d.dateline.t0 < m.span.t1) || d.datelineLike(lx, m.span) {
			continue
		}
		d.teamTrace(m, "a team of the results lines")
		m.typ, m.canon, m.kind, m.name, m.strong, m.weak, m.rule = Organization, "", "", nil, false, false, m.rule+"+team-document"
	}
}

// datelineLike: the name opens a line that is a dateline the header pass
// did not take ("OAKDALE 2026-05-30", "ASHFORD , Kent 2026-05-30"): the
// place the story is filed from, never a team.
func (d *document) datelineLike(lx *lexicon, c span) bool {
	if !d.toks[c.t0].para && c.t0 != d.bodyTok {
		return false
	}
	k := c.t1
	if k < len(d.toks) && d.toks[k].text == "," {
		k = d.teamRun(lx, k+1, len(d.toks))
	}
	if k >= len(d.toks) || d.toks[k].para {
		return false
	}
	return isoDate(d.toks[k].text) && (k+1 == len(d.toks) || d.toks[k+1].para)
}

func (d *document) teamTrace(m *mention, why string) {
	if d.trace != nil {
		d.trace("team %q: ORGANIZATION, %s (rules: %s %s)", m.text, why, m.typ, m.rule)
	}
}

// cityOrUnknown: a mention the prose cues may make a team: no region,
// continent or water. A state, province or home nation the prose names
// beside a sports word is more often a national or representative side
// (typed as the place) than a club; in results lines and tables it is a
// team ("TEXAS 75 58 .564").
func cityOrUnknown(m mention) bool {
	return m.kind == "" || m.kind == "city"
}

// teamRetype: a mention the teams pass may make an organization: a place
// the gazetteer, a place cue, a split or the tagger typed, or a name no
// rule typed; never a country, a person, or a chunk a rule typed for
// another reason.
func teamRetype(m *mention) bool {
	if m.kind == "country" {
		return false
	}
	base, _, _ := strings.Cut(m.rule, "+")
	switch m.typ {
	case Location:
		return base == "gazetteer-place" || base == "place-cue" || base == "split" || base == "tagger"
	case "":
		return taggerMayType[base] || base == "hyphenated"
	case Organization:
		return true
	}
	return false
}

// teamName: the competitor is no person (its first word a given name, or
// the tagger's person) and no country.
func (d *document) teamName(lx *lexicon, c span, strong bool) bool {
	if lx.isGiven(d.toks[c.t0].text) && c.t1-c.t0 > 1 {
		return false
	}
	if !strong && d.taggerSays != nil && d.taggerSays[c] == Person {
		return false
	}
	if n, v := lx.locs.longest(d.toks, c.t0, c.t1); n == c.t1-c.t0 && v >= 0 && lx.places[v].kind == "country" {
		return false
	}
	return true
}

// mentionsOver: the mentions with a token in span c.
func (d *document) mentionsOver(c span) []int {
	var out []int
	for i, m := range d.mentions {
		if m.span.t0 < c.t1 && c.t0 < m.span.t1 {
			out = append(out, i)
		}
	}
	return out
}

// teamLines: the competitors' spans of the document's results, fixtures and
// standings lines.
func (d *document) teamLines(lx *lexicon) (out []span, nStrong int) {
	var standings []span
	nStandings := 0
	for _, l := range d.lines() {
		if cs := d.resultsLine(lx, l); cs != nil {
			out = append(out, cs...)
			continue
		}
		if cs := d.fixturesLine(lx, l); cs != nil {
			out = append(out, cs...)
			continue
		}
		if c, ok := d.standingsLine(lx, l); ok {
			standings = append(standings, c)
			nStandings++
		}
	}
	nStrong = len(out)
	if nStandings >= 2 {
		out = append(out, standings...)
	}
	return out, nStrong
}

// lines: the body's lines as token spans.
func (d *document) lines() []span {
	var out []span
	start := d.bodyTok
	for k := d.bodyTok + 1; k <= len(d.toks); k++ {
		if k == len(d.toks) || d.toks[k].para {
			if k > start {
				out = append(out, span{start, k})
			}
			start = k
		}
	}
	return out
}

// teamRun: the name that starts at k (capitalized words, with a connector,
// particle or possessive inside: "Queen of the South", "Queen 's Park"),
// ending before end.
func (d *document) teamRun(lx *lexicon, k, end int) int {
	if k >= end || !d.teamWord(lx, k) {
		return k
	}
	j := k + 1
	for j < end {
		if d.teamWord(lx, j) {
			j++
			continue
		}
		// a connector or possessive inside, a capitalized word after it
		n := j
		for n < end && n-j < 2 && (lx.connector[d.toks[n].lower] || lx.nameParticle[d.toks[n].lower] ||
			isPossessive(d.toks[n].text) || d.toks[n].text == "'" || (d.toks[n].text == "s" && n > j)) {
			n++
		}
		if n > j && n < end && d.toks[n-1].lower != "and" && d.teamWord(lx, n) {
			j = n
			continue
		}
		break
	}
	return j
}

// teamWord: a capitalized word that may be part of a team's name: no
// figure, no connector; a function word or sentence starter only before
// another capitalized word ("New York"; in a line in capitals, "IN 50
// OVERS" has no name).
func (d *document) teamWord(lx *lexicon, k int) bool {
	if !d.teamWordShape(lx, k) {
		return false
	}
	t := d.toks[k]
	titled := strings.ToUpper(t.lower[:1]) + t.lower[1:]
	if !lx.stop[t.text] && !lx.stop[titled] {
		return true
	}
	return k+1 < len(d.toks) && !d.toks[k+1].para && d.teamWordShape(lx, k+1)
}

func (d *document) teamWordShape(lx *lexicon, k int) bool {
	t := d.toks[k]
	return d.isCapWord(k) && !isDigit(t.text[0]) && !lx.connector[t.lower] && !lx.nameParticle[t.lower] && !lx.is(t.lower, wcVersus)
}

// afterLabel: the first token after a label and its colon at the line's
// start ("Postponed :"), or the line's first token.
func (d *document) afterLabel(l span) int {
	for k := l.t0; k < l.t1 && k < l.t0+4; k++ {
		if d.toks[k].text == ":" {
			return k + 1
		}
	}
	return l.t0
}

// scoreTok: a small whole number or a cricket score ("3", "429-7").
func scoreTok(s string) bool {
	a, b, _ := strings.Cut(s, "-")
	return len(a) >= 1 && len(a) <= 3 && allDigits(a) && (b == "" || (len(b) <= 2 && allDigits(b)))
}

// resultsLine: "A 2 B 1 ...": the two names.
func (d *document) resultsLine(lx *lexicon, l span) []span {
	k := d.afterLabel(l)
	a := d.teamRun(lx, k, l.t1)
	if a == k || a >= l.t1 || !scoreTok(d.toks[a].text) {
		return nil
	}
	b := d.teamRun(lx, a+1, l.t1)
	if b == a+1 || b >= l.t1 || !scoreTok(d.toks[b].text) {
		return nil
	}
	return []span{{k, a}, {a + 1, b}}
}

// fixturesLine: "A v B , C v D": the names, when the line has no other
// lower-case word after its label.
func (d *document) fixturesLine(lx *lexicon, l span) []span {
	k := d.afterLabel(l)
	var out []span
	for k < l.t1 {
		a := d.teamRun(lx, k, l.t1)
		if a == k || a >= l.t1 || !lx.is(d.toks[a].lower, wcVersus) {
			return nil
		}
		b := d.teamRun(lx, a+1, l.t1)
		if b == a+1 {
			return nil
		}
		out = append(out, span{k, a}, span{a + 1, b})
		k = b
		if k < l.t1 && (d.toks[k].text == "," || d.toks[k].text == ";") {
			k++
		} else if k < l.t1 {
			return nil
		}
	}
	return out
}

// standingsLine: a name (after a rank, if any) and three or more figures,
// nothing else.
func (d *document) standingsLine(lx *lexicon, l span) (span, bool) {
	k := l.t0
	if k+1 < l.t1 && allDigits(d.toks[k].text) && d.toks[k+1].text == "." {
		k += 2
	}
	a := d.teamRun(lx, k, l.t1)
	if a == k {
		return span{}, false
	}
	figures := 0
	for j := a; j < l.t1; j++ {
		s := d.toks[j].text
		switch {
		case standingsFigure(s):
			figures++
		case s == "-" || s == "*" || s == "(" || s == ")" || s == ".":
		default:
			return span{}, false
		}
	}
	return span{k, a}, figures >= 3
}

// measureLine: the line of token k holds a price or a measure ("2,315.40",
// "12.5"): a market or weather table, whose places are no teams.
func (d *document) measureLine(k int) bool {
	a, b := k, k+1
	for a > d.bodyTok && !d.toks[a].para {
		a--
	}
	for b < len(d.toks) && !d.toks[b].para {
		b++
	}
	for j := a; j < b; j++ {
		if s := d.toks[j].text; isDigit(s[0]) && !standingsFigure(s) && !scoreTok(s) {
			if strings.ContainsAny(s, ".,") {
				return true
			}
		}
	}
	return false
}

// standingsFigure: a count, a fraction or a percentage written ".515";
// not a price or measure ("2,315.40", "12.5").
func standingsFigure(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '.' {
		return len(s) > 1 && allDigits(s[1:])
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		return allDigits(a) && allDigits(b)
	}
	a, b, ok := strings.Cut(s, "-")
	if ok {
		return allDigits(a) && allDigits(b)
	}
	return allDigits(s)
}

// teamProse: the competitors the prose names. A name before a sports role
// ("Ashford captain", "Ashford 's coach": class sportrole) and the two
// names on either side of a verb of winning, losing or drawing ("Ashford
// beat Kelbury", "drew 1-1 with", "lost to": class defeat) are teams; in a
// story that already has teams (sports), so is the name after "against" or
// after "v" ("May 17 v Kelbury").
func (d *document) teamProse(lx *lexicon, sports bool) []span {
	byEnd := map[int]span{}
	byStart := map[int]span{}
	for _, m := range d.mentions {
		if m.typ == Person || m.span.t0 < d.bodyTok {
			continue
		}
		byEnd[m.span.t1], byStart[m.span.t0] = m.span, m.span
	}
	var out []span
	var weak []span
	for k := d.bodyTok; k < len(d.toks); k++ {
		t := d.toks[k]
		switch {
		case lx.is(t.lower, wcSportRole):
			b := k
			if b > 0 && isPossessive(d.toks[b-1].text) {
				b--
			}
			if c, ok := byEnd[b]; ok {
				out = append(out, c)
			}
		case lx.is(t.lower, wcDefeat):
			c, ok := byEnd[k]
			if !ok {
				continue
			}
			// the other side: the next name within three words (a score,
			// "to", "with")
			for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
				if o, ok := byStart[j]; ok {
					out = append(out, c, o)
					break
				}
				if w := d.toks[j]; w.word && !isDigit(w.text[0]) && w.lower != "to" && w.lower != "with" {
					break
				}
			}
		case t.lower == "against" || lx.is(t.lower, wcVersus):
			if c, ok := byStart[k+1]; ok {
				weak = append(weak, c)
			}
		}
	}
	if sports || len(out) > 0 {
		out = append(out, weak...)
	}
	return out
}

// teamLists spreads team names over the lists they stand in: "Ashford ,
// Kelbury and Dunmore", "Ashford or Kelbury": a bare place or guessed
// name listed with a team is a team.
func (d *document) teamLists(teams map[string]bool) {
	ms := make([]mention, 0, len(d.mentions))
	for _, m := range d.mentions {
		if m.span.t0 >= d.bodyTok {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].span.t0 < ms[j].span.t0 })
	for changed := true; changed; {
		changed = false
		{
			for i := 0; i+1 < len(ms); i++ {
				a, b := ms[i], ms[i+1]
				if b.span.t0 != a.span.t1+1 || d.toks[a.span.t0].sent != d.toks[b.span.t0].sent {
					continue
				}
				if j := d.toks[a.span.t1].lower; j != "and" && j != "or" && j != "," {
					continue
				}
				ta, tb := teams[strings.ToLower(a.text)], teams[strings.ToLower(b.text)]
				switch {
				case ta && !tb && teamRetype(&b) && b.typ != Organization && cityOrUnknown(b) && d.listOfThree(ms, i, i+1):
					teams[strings.ToLower(b.text)], changed = true, true
				case tb && !ta && teamRetype(&a) && a.typ != Organization && cityOrUnknown(a) && d.listOfThree(ms, i, i+1):
					teams[strings.ToLower(a.text)], changed = true, true
				}
			}
		}
	}
}

// listOfThree: mentions i and i+1 of ms are joined by "and" or "or", or
// by a comma in a list that goes on ("A , B and C"): "at the Oval , Ashford
// captain..." is no list.
func (d *document) listOfThree(ms []mention, i, j int) bool {
	if w := d.toks[ms[i].span.t1].lower; w == "and" || w == "or" {
		return true
	}
	joined := func(a, b int) bool {
		if a < 0 || b >= len(ms) || ms[b].span.t0 != ms[a].span.t1+1 || d.toks[ms[a].span.t0].sent != d.toks[ms[b].span.t0].sent {
			return false
		}
		w := d.toks[ms[a].span.t1].lower
		return w == "," || w == "and" || w == "or"
	}
	return joined(i-1, i) || joined(j, j+1)
}
