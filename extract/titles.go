package extract

import "strings"

// The titles pass reads titles of office around a person's name: before it
// ("Deputy Secretary of State Christopher Landau", "chief executive Mei
// Tanaka", "Chile's foreign minister, Ana Soto"), after it ("Mei Tanaka,
// chief executive of Kirin Freight,") — with the employer that follows
// ("of Kirin Freight") going to the person's organization.

// titleAt reads a title starting at token i and ending at or before limit:
// strip words ("former"), pre-words and domains (with "and" or a comma
// between domains: "Mines and Energy", "Investment, Industry and Trade"), a
// head, post-words ("Pro Tem"), and a complement ("of State", "for
// Policy", "to Japan", "of the Treasury"). capital: the title stands before
// a name, so its first word must be capitalized.
func (d *document) titleAt(lx *lexicon, i, limit int, capital bool) (span, bool) {
	toks := d.toks
	k := i
	for k < limit && lx.titleStrip[toks[k].lower] {
		k++
	}
	start := k
	headEnd := -1
	for k < limit {
		if n := d.headAt(lx, k, limit); n > 0 {
			headEnd = k + n
			k += n
			// a head may be followed by another head word ("Foreign Minister")
			continue
		}
		if n := lx.titles.longestKind(toks, k, limit, titlePre); n > 0 {
			k += n
			continue
		}
		if n := lx.titles.longestKind(toks, k, limit, titleDomain); n > 0 {
			k += n
			continue
		}
		// "petroleum and energy minister", "medical and scientific director"
		if toks[k].lower == "and" && k > start && headEnd < 0 && k+1 < limit &&
			(lx.titles.longestKind(toks, k+1, limit, titleDomain) > 0 || lx.titles.longestKind(toks, k+1, limit, titlePre) > 0) {
			k++
			continue
		}
		break
	}
	if headEnd < 0 {
		return span{}, false
	}
	end := headEnd
	if n := lx.titles.longestKind(toks, end, limit, titlePost); n > 0 {
		end += n // "Mayor Pro Tem"
	}
	end = d.complement(lx, end, limit)
	if capital && !toks[start].cap {
		return span{}, false
	}
	return span{start, end}, true
}

// headAt: the length of a title head at token k: a head from the table, or
// "chief <word> officer" ("Chief Scientific Officer").
func (d *document) headAt(lx *lexicon, k, limit int) int {
	n := lx.titles.longestKind(d.toks, k, limit, titleHead)
	for n > 1 && k+n < len(d.toks) && d.toks[k+n].lower == "of" && d.lx.is(d.toks[k+n-1].lower, wcChamber) {
		// a head ending on a chamber (word class chamber: "speaker of
		// the house") gives way when "of" goes on the chamber's longer
		// name; the shorter head then takes that whole name as its
		// complement. A head ending on another word ("chief of staff")
		// keeps its length.
		n = lx.titles.longestKind(d.toks, k, k+n-1, titleHead)
	}
	if n > 0 {
		if d.toks[k].lower == "chief" && k+2 < limit && d.toks[k+2].lower == "officer" {
			return 3
		}
		return n
	}
	if d.toks[k].lower == "chief" && k+2 < limit && d.toks[k+2].lower == "officer" && d.toks[k+1].word {
		return 3
	}
	if d.pluralHead(lx, k) {
		return 1 // "energy ministers Ana Paz and Rui Costa" (titles_plural.go)
	}
	return 0
}

// titleBody: the title ts opens with a head row of titles.tsv whose
// first word, capitalized, is a legislature's chamber (word class
// chamber: "Senate President X", "House Speaker X"): the chamber is an
// organization mention there, as when it stood alone before a head.
func (d *document) titleBody(lx *lexicon, ts span) {
	if ts.t1-ts.t0 < 2 || !d.toks[ts.t0].cap || d.toks[ts.t0].upper {
		return
	}
	if !lx.is(d.toks[ts.t0].lower, wcChamber) || lx.titles.longestKind(d.toks, ts.t0, ts.t1, titleHead) < 2 {
		return
	}
	d.addOrg(lx, span{ts.t0, ts.t0 + 1}, "", "")
}

// complement extends a title over "of"/"for"/"to" [the] and a domain list
// or, after "to", a place; it returns the new end.
func (d *document) complement(lx *lexicon, end, limit int) int {
	toks := d.toks
	if end >= limit {
		return end
	}
	if !lx.is(toks[end].lower, wcComplement) {
		return end
	}
	c := end + 1
	if c < limit && toks[c].lower == "the" {
		c++
	}
	if c >= limit {
		return end
	}
	if n := lx.titles.longestKind(toks, c, limit, titleDomain); n > 0 {
		e := d.domainListEnd(lx, c+n, limit)
		if e < limit && toks[e].cap && lx.is(toks[e].lower, wcDomainEnd) {
			e++ // "of Fisheries and Water Affairs": the fields' closing word (class domainend)
		}
		return max(e, d.appositiveField(lx, end, c, limit))
	}
	if e := d.appositiveField(lx, end, c, limit); e > c {
		return e
	}
	if n := d.domainRun(lx, c, limit); n > 0 && toks[end].lower != "to" {
		return c + n // "for Middle East Affairs"
	}
	if n, v := lx.locs.longest(toks, c, limit); n > 0 && v >= 0 && toks[end].lower == "to" {
		return c + n // "ambassador to Japan"
	}
	return end
}

// appositiveField reads a title's field that closes before an apposed
// name: in "the Minister for Ocean Policy, Ines Kovac," or "Minister of
// Roads, Bridges and Urban Transit, Ines Kovac," the capitalized run
// between the complement word and the comma that opens the name is the
// field, since the name stands after the comma. The run holds
// capitalized words, connectors, and commas of a list that an "and"
// closes. It is no field, and the older readings stand, when a word of
// it is a given name or two words no table knows end it (the holder:
// "Minister for Energy Ines Kovac, ..."; nameBeforeComma), when it
// opens with a polity or one follows "of" in it ("Foreign Minister
// of Norway, X": the country stays a place), or when it holds a body's
// word (org_cues.tsv: "Council", "Commission": left to the employer
// reading; a company's word such as "Enterprises" is a field's too, and
// ruleTitleField keeps the chunk from the organization cue). Only a head
// of government office (titles.tsv office: minister, secretary) takes
// such a field; after other heads the run is the employer ("chief
// executive of Brenmoor Cable Works, X"). cw is the complement
// word's index. It returns the comma's index, or c when there is no
// such run.
func (d *document) appositiveField(lx *lexicon, cw, c, limit int) int {
	toks := d.toks
	if !d.officeHeadBefore(lx, cw) {
		return c
	}
	and, comma := false, false
	for k := c; k <= limit && k < len(toks) && k < c+10; k++ {
		t := toks[k]
		if t.sent != toks[c].sent {
			return c
		}
		if t.text == "," {
			if k > c && toks[k-1].cap && k+1 < len(toks) && toks[k+1].cap && toks[k+1].word &&
				(!comma || and) && !d.listGoesOn(lx, k+1) {
				if d.nameBeforeComma(lx, c, k) {
					return c // "Minister of Trade Abel Tisdale, ...": the holder stands in the run
				}
				return k
			}
			if k == limit {
				return c
			}
			comma = true
			continue
		}
		if k == limit {
			return c
		}
		if k > c && lx.connector[t.lower] && k+1 < limit && toks[k+1].cap {
			and = and || t.lower == "and"
			continue
		}
		if !t.word || !t.cap || lx.isGiven(t.text) {
			return c
		}
		if k == c || lx.connector[toks[k-1].lower] && toks[k-1].lower != "and" {
			if n, v := lx.locs.longest(toks, k, limit); n > 0 && v >= 0 && polity(lx.places[v]) {
				return c // "Foreign Minister of Norway, X": the country is a place, no field
			}
		}
		if cls, ok := lx.orgEnd[t.lower]; ok && cls != "company" {
			return c // "of the Federal Council, X"; a company's word ("Holdings") is a field's too
		}
		if cls, ok := lx.orgStart[t.lower]; ok && cls != "company" {
			return c
		}
	}
	return c
}

// polity: the place is a country, a region, a continent or a capital and
// no common word besides ("Plantation" names a town too): a place an
// office is of, not a field.
func polity(p place) bool {
	return !p.amb && (p.kind == "country" || p.kind == "region" || p.kind == "continent" || p.capital)
}

// apposedFieldChunk: the chunk c is a government office head, a post
// word perhaps, a complement word and a field that appositiveField closes
// at the chunk's end, before the comma of an apposed name ("Minister of
// Industry and Enterprises, X,"): a title, no organization.
func (d *document) apposedFieldChunk(lx *lexicon, c span) bool {
	toks := d.toks
	n := lx.titles.longestKind(toks, c.t0, c.t1, titleOffice)
	if n == 0 {
		return false
	}
	cw := c.t0 + n
	if cw < c.t1 && lx.titles.longestKind(toks, cw, cw+1, titlePost) == 1 {
		cw++
	}
	if cw+1 >= c.t1 || !lx.is(toks[cw].lower, wcComplement) {
		return false
	}
	f := cw + 1
	if toks[f].lower == "the" {
		f++
	}
	return f < c.t1 && d.appositiveField(lx, cw, f, d.sent[toks[c.t0].sent].t1) == c.t1
}

// nameBeforeComma: two or more capitalized words that no table knows
// (no field of titles.tsv, word class, organization cue or stop
// word) stand together right before the comma at k: they are a name the
// field ends before ("Minister of Trade Abel Tisdale, ..."), given names
// the table lacks being the norm in news.
func (d *document) nameBeforeComma(lx *lexicon, c, k int) bool {
	n := 0
	for j := k - 1; j >= c && d.toks[j].cap && d.toks[j].word && !lx.connector[d.toks[j].lower]; j-- {
		if d.knownFieldWord(lx, j) {
			break
		}
		n++
	}
	return n >= 2
}

// knownFieldWord: the word at j is known to a table (a field of
// titles.tsv alone or ending a field there, a word class, an
// organization cue, a stop word).
func (d *document) knownFieldWord(lx *lexicon, j int) bool {
	l := d.toks[j].lower
	if lx.titles.longestKind(d.toks, j, j+1, titleDomain) == 1 || lx.class[l] != (classSet{}) || lx.stop[l] {
		return true
	}
	if _, ok := lx.orgEnd[l]; ok {
		return true
	}
	_, ok := lx.orgStart[l]
	return ok // a place name is no field word: a holder's name may be a town's too ("Banda"); polity keeps countries out
}

// officeHeadBefore: the title word just before the complement word cw, or
// the one before a post word there ("Minister Responsible for"), is a
// head of government office.
func (d *document) officeHeadBefore(lx *lexicon, cw int) bool {
	k := cw - 1
	if k > 0 && lx.titles.longestKind(d.toks, k, cw, titlePost) == 1 {
		k--
	}
	return k >= 0 && lx.titles.longestKind(d.toks, k, k+1, titleOffice) == 1
}

// listGoesOn: the capitalized run from k goes on to an "and" before the
// next comma: the comma before k is a list's, not the
// field's close ("of Roads, Bridges and Urban Transit").
func (d *document) listGoesOn(lx *lexicon, k int) bool {
	for s := d.toks[k].sent; k < len(d.toks) && d.toks[k].sent == s && d.toks[k].text != ","; k++ {
		if d.toks[k].lower == "and" {
			return true
		}
		if !d.toks[k].word || !d.toks[k].cap && !lx.connector[d.toks[k].lower] {
			return false
		}
	}
	return false
}

// domainListEnd extends a title's field that ends at end over further
// fields: "and" and a field ("of Trade and Industry"), or a list of them
// with commas that an "and" closes ("of Investment, Industry and Trade");
// a comma and a field that no "and" follows are left out ("minister of
// finance, energy prices ..."). It returns the new end.
func (d *document) domainListEnd(lx *lexicon, end, limit int) int {
	toks := d.toks
	k, comma := end, false
	for k+1 < limit && (toks[k].lower == "and" || toks[k].text == ",") {
		and := toks[k].lower == "and"
		comma = comma || toks[k].text == ","
		if k+2 < limit && toks[k].text == "," && toks[k+1].lower == "and" {
			and = true // the serial comma: "Aviation, Railways, and Shipping"
			k++
		}
		m := lx.titles.longestKind(toks, k+1, limit, titleDomain)
		if m == 0 {
			break
		}
		for j := k + 1; j < k+1+m; j++ {
			and = and || toks[j].lower == "and" // "mines and energy": one field
		}
		k += 1 + m
		if and && (!comma || !d.lowerNounAt(k)) {
			end = k // a list that a noun goes on is no field: "finance, energy and oil prices"
		}
	}
	return end
}

// lowerNounAt: token k is a lower-case noun.
func (d *document) lowerNounAt(k int) bool {
	return k < len(d.toks) && !d.toks[k].cap && strings.HasPrefix(d.toks[k].tag, "NN")
}

// parseTitle reads a capitalized title at i, as before a name.
func (d *document) parseTitle(lx *lexicon, i, limit int) (span, bool) {
	return d.titleAt(lx, i, limit, true)
}

// lowerTitleBefore reads a title just before a name, lower-case or not
// ("chief executive Mei Tanaka", "Kirin Freight chief executive Mei
// Tanaka", "Chile's foreign minister, Ana Soto", "Vietnam's Minister of
// Industry and Trade, Nguyen Thi Lan Anh").
func (d *document) lowerTitleBefore(lx *lexicon, at int, m *mention) {
	toks := d.toks
	if t, ok := d.sharedPluralTitle(lx, at); ok {
		m.titles = append(m.titles, t)
		return
	}
	end := at
	if end > 0 && toks[end-1].text == "," {
		end--
	}
	// scan back over words
	k := end
	// (commas too, inside a list of fields: "Minister of Aviation,
	// Railways and Shipping, X")
	for k > 0 && (toks[k-1].word || toks[k-1].text == "," && k > 1 && toks[k-2].word) && toks[k-1].sent == toks[at].sent && k > end-12 {
		k--
	}
	for s := k; s < end; s++ {
		if s > k && toks[s-1].word && toks[s-1].cap && toks[s].cap && !lx.is(toks[s-1].lower, wcArticle) {
			continue // start at the first word of a capitalized run ("The" opens none)
		}
		if lx.is(toks[s].lower, wcArticle) {
			continue // "The Treasury secretary X": the title has no article
		}
		ts, ok := d.titleAt(lx, s, end, false)
		if !ok || ts.t1 != end && !d.postedIn(lx, ts.t1, end) {
			continue
		}
		text, plural := d.titleText(ts)
		m.titles = append(m.titles, text)
		m.pluralTitle = plural
		// an employer just before: "Kirin Freight chief executive"
		if s > 0 && d.isCapWord(s-1) {
			o := s - 1
			for o > 0 && (d.isCapWord(o-1) || d.lx.connector[toks[o-1].lower]) && toks[o-1].sent == toks[s].sent {
				o--
			}
			c := d.trimChunk(lx, span{o, s})
			if !c.empty() {
				if _, ok := d.orgByCue(lx, c); ok || c.t1-c.t0 >= 2 {
					if n, _ := lx.locs.longest(toks, c.t0, c.t1); n != c.t1-c.t0 {
						m.org = d.orgCanonText(lx, c)
					}
				}
			}
		}
		return
	}
	// "the chair of the Federation of Swedish Farmers, Britt Halvarsdotter"
	// (titles_affiliation.go); a place served is part of the title ("envoy
	// for the Sahel"), a body is the employer
	if _, ts, aff, ok := d.affiliatedTitleBefore(lx, at); ok {
		if n, _ := lx.locs.longest(toks, aff.t0, aff.t1); n == aff.t1-aff.t0 {
			m.titles = append(m.titles, d.textOf(span{ts.t0, aff.t1}))
		} else {
			m.titles = append(m.titles, d.textOf(ts))
			if m.org == "" {
				m.org = d.orgCanonText(lx, aff)
			}
		}
	}
}

// parseLowerTitle reads a title at i that ends exactly at limit.
func (d *document) parseLowerTitle(lx *lexicon, i, limit int) (span, bool) {
	ts, ok := d.titleAt(lx, i, limit, false)
	if !ok || ts.t1 != limit {
		return span{}, false
	}
	return ts, true
}

// appositiveTitle: ", [the|a|X's] title [of|at ORG]" follows token at.
func (d *document) appositiveTitle(lx *lexicon, at int) bool {
	_, _, ok := d.appositive(lx, at)
	return ok
}

// appositive reads ", Chile's foreign minister," or ", chief executive of
// Kirin Freight," or ", a planetary scientist at X," after a name: the title
// span and the employer span.
func (d *document) appositive(lx *lexicon, at int) (span, span, bool) {
	ts, org, _, ok := d.appositiveAll(lx, at)
	return ts, org, ok
}

// appositiveAll is appositive with the further titles joined by "and"
// ("President and Chief Executive Officer of Helixa").
func (d *document) appositiveAll(lx *lexicon, at int) (span, span, []span, bool) {
	toks := d.toks
	if at >= len(toks) || toks[at].text != "," {
		return span{}, span{}, nil, false
	}
	k := at + 1
	// degrees after a name: "Liam Fitzgerald, Ph.D., co-founder"
	for k+1 < len(toks) && lx.is(toks[k].lower, wcPostnominal) && toks[k+1].text == "," {
		k += 2
	}
	sent := toks[at].sent
	var possessor span
	// determiners and possessors: the, a, its, Chile's, the company's,
	// Sakai Denso's
	for k < len(toks) && toks[k].sent == sent && k < at+8 {
		l := toks[k].lower
		if d.lx.is(l, wcArticle, wcPossessive) {
			k++
			continue
		}
		if d.isCapWord(k) {
			e := d.capRunEnd(k)
			if e < len(toks) && isPossessive(toks[e].text) {
				possessor = span{k, e}
				k = e + 1
				continue
			}
		}
		if k+1 < len(toks) && isPossessive(toks[k+1].text) {
			k += 2
			continue
		}
		if _, ok := lx.demonyms[l]; ok {
			k++
			continue
		}
		// "the U.S. ambassador to Japan"
		if n, v := lx.locs.longest(toks, k, len(toks)); n > 0 && v >= 0 && lx.places[v].kind == "country" && k+n < len(toks) && !toks[k+n].cap {
			k += n
			continue
		}
		break
	}
	// the title: the longest run that parses, ending on a head; up to two
	// adjectives may stand before it ("a planetary scientist")
	limit := k
	for limit < len(toks) && limit < k+7 && toks[limit].sent == sent && toks[limit].word {
		limit++
	}
	var ts span
	found := false
	for skip := 0; skip <= 2 && !found && k+skip < limit; skip++ {
		if skip > 0 && toks[k+skip-1].tag != "JJ" {
			break
		}
		for e := limit; e > k+skip; e-- {
			if s, ok := d.parseLowerTitle(lx, k+skip, e); ok {
				ts, found = span{k, s.t1}, true
				break
			}
		}
	}
	if !found {
		return span{}, span{}, nil, false
	}
	var more []span
	for ts.t1+1 < len(toks) && toks[ts.t1].lower == "and" {
		e := ts.t1 + 1
		lim := e
		for lim < len(toks) && lim < e+7 && toks[lim].sent == sent && toks[lim].word {
			lim++
		}
		got := false
		for x := lim; x > e; x-- {
			if t2, ok := d.parseLowerTitle(lx, e, x); ok {
				more = append(more, t2)
				ts.t1, got = t2.t1, true // the employer follows the last
				break
			}
		}
		if !got {
			break
		}
	}
	if len(more) > 0 {
		first := ts
		first.t1 = more[0].t0 - 1
		more = append([]span{first}, more...)
		ts = more[len(more)-1]
		more = more[:len(more)-1]
	}
	// "minister of industry, mines and energy": the list of fields goes on
	// past the comma the title's run stopped at
	if ts.t1 > ts.t0 && lx.titles.longestKind(toks, ts.t1-1, ts.t1, titleDomain) > 0 {
		ts.t1 = d.domainListEnd(lx, ts.t1, d.sent[toks[ts.t0].sent].t1)
	}
	// complement or employer
	end := ts.t1
	var org span
	// "Sakai Denso's executive vice president": the possessor employs
	if !possessor.empty() {
		if n, _ := d.lx.locs.longest(toks, possessor.t0, possessor.t1); n != possessor.t1-possessor.t0 {
			org = possessor
		}
	}

	if end+1 < len(toks) && lx.is(toks[end].lower, wcEmployer) {
		c := end + 1
		if c < len(toks) && toks[c].lower == "the" {
			c++
		}
		if ext := d.complement(lx, end, len(toks)); ext > end && toks[end].lower != "at" {
			ts.t1 = ext
		} else if c < len(toks) && d.isCapWord(c) {
			org = span{c, d.capRunEnd(c)}
		}
	}
	// "the Colombian grid operator": a nationality is no employer
	if org.t1-org.t0 == 1 {
		if _, ok := d.lx.demonyms[toks[org.t0].lower]; ok {
			org = span{}
		}
	}
	return ts, org, more, true
}

// officeHead: the title's head is a government office ("Minister",
// "Secretary"), which takes its field before it.
func (d *document) officeHead(lx *lexicon, ts span) bool {
	for k := ts.t0; k < ts.t1; k++ {
		if lx.titles.longestKind(d.toks, k, ts.t1, titleOffice) > 0 {
			return true
		}
	}
	return false
}

// postedIn: tokens [k, end) are "in" and a place the gazetteer knows,
// where a title's holder is posted ("Its country director in Congo, X",
// "the bank's chief economist in London, X"): the title still stands
// before the name.
func (d *document) postedIn(lx *lexicon, k, end int) bool {
	if k+1 >= end || d.toks[k].lower != "in" {
		return false
	}
	n, v := lx.locs.longest(d.toks, k+1, end)
	return v >= 0 && k+1+n == end
}

// nameAfterComma: a comma at k, then a capitalized word that opens a name
// (an honorific, or a run of two or more words between commas): "..., Dr.
// Ana Paz", "..., Ana Paz,". A run that is all a place or a known
// organization is no name.
func (d *document) nameAfterComma(lx *lexicon, k int) bool {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].text != "," || !d.isCapWord(k+1) || toks[k+1].sent != toks[k].sent {
		return false
	}
	if lx.honorific[strings.TrimSuffix(toks[k+1].text, ".")] {
		return true
	}
	e := d.capRunEnd(k + 1)
	if n, _ := lx.locs.longest(toks, k+1, e); n == e-(k+1) {
		return false
	}
	if n, _ := lx.orgs.longest(toks, k+1, e); n == e-(k+1) {
		return false
	}
	return e > k+2 && e < len(toks) && toks[e].text == ","
}

// titledPersonAfter: a person stands seven to sixteen tokens after k in
// sentence s, inside the clause that follows k (clauseLimit), and the title
// that runs up to the name (lowerTitleBefore) opens within three tokens of
// k, or of the end of a date right after k: the person an appositive title keeps apart from a trigger ("hosted by
// the Minister of Aviation, Railways and Shipping, X"). A person farther on
// whose title starts later is another phrase's.
func (d *document) titledPersonAfter(k int, s sentence) bool {
	lim := d.clauseLimit(k, s.t1)
	for _, x := range d.mentionsIn(span{k + 7, min(k+17, lim)}) {
		if x.typ != Person || d.toks[x.span.t0].sent != d.toks[k].sent {
			continue
		}
		at := x.span.t0
		if at > k && d.lx.honorific[strings.TrimSuffix(d.toks[at-1].text, ".")] {
			at-- // "Dr X"
		}
		var probe mention
		d.lowerTitleBefore(d.lx, at, &probe)
		if len(probe.titles) == 0 {
			return false
		}
		// a date right after the trigger is its adjunct: "received on
		// Tuesday by the minister of ..."
		from := d.dateAt(k)
		if from == k && k+1 < at && d.lx.is(d.toks[k].lower, wcPrep) && d.dateAt(k+1) > k+1 {
			from = d.dateAt(k + 1)
		}
		for t := from; t <= from+3 && t < at; t++ {
			if strings.HasPrefix(d.textOf(span{t, at}), probe.titles[0]) {
				return true // "by the Minister ...", "by Peru's Minister ..."
			}
		}
		return false
	}
	return false
}
