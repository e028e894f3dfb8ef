package extract

import (
	"strings"
	"unicode"
)

// The entities pass reads capitalized chunks (runs of capitalized words and
// the particles between them) and decides, for each, whether it is a
// person with a title, an organization, a location or nothing, from the
// tables: titles, honorifics, organization cues, known organizations, the
// gazetteer, given names and family-name-first surnames.

// mention is one occurrence of an entity in the text.
type mention struct {
	typ  string
	span span
	text string // the surface form (a part of a token for "India-U.S.")
	name []string
	// PERSON
	org    string
	titles []string
	strong bool   // a title, honorific or given name said it is a person
	nation string // the country a demonym or place before the title names
	// pluralTitle: titles[0] was read in the plural before this name and
	// the names joined to it ("energy ministers A and B", titles_plural.go)
	pluralTitle bool
	ent         *entity // what resolve made of it
	weak        bool    // a guess the NER pass is asked to confirm
	rule        string  // the classify rule that made it (classifyRules), or "tagger"
	// canonical name from a table (ORGANIZATION, LOCATION)
	canon string
	kind  string
}

// notNameTag: Penn tags of words that never begin a name.
var notNameTag = map[string]bool{"DT": true, "IN": true, "CC": true, "PRP": true, "PRP$": true, "RB": true, "RBR": true, "RBS": true,
	"MD": true, "WDT": true, "WP": true, "WP$": true, "WRB": true, "VB": true, "VBD": true, "VBG": true, "VBN": true, "VBP": true,
	"VBZ": true, "TO": true, "EX": true, "CD": true, "PDT": true, "UH": true}

func (d *document) isCapWord(i int) bool {
	t := d.toks[i]
	if !t.word || !t.cap {
		return false
	}
	// "Kgalagadi Platinum on Tuesday": days and dated months are no names
	if d.lx.isWeekday(t.lower) {
		return false
	}
	if d.lx.isMonth(t.lower) {
		if i+1 < len(d.toks) && d.toks[i+1].word && d.toks[i+1].text[0] >= '0' && d.toks[i+1].text[0] <= '9' {
			return false
		}
		if i > 0 && d.toks[i-1].word && d.toks[i-1].text[0] >= '0' && d.toks[i-1].text[0] <= '9' {
			return false
		}
	}
	return true
}

// chunks returns the capitalized chunks of the body.
func (d *document) chunks(lx *lexicon) []span {
	var out []span
	toks := d.toks
	i := d.bodyTok
	for i < len(toks) {
		if !d.isCapWord(i) {
			i++
			continue
		}
		start := i
		j := i
		for j < len(toks) && toks[j].sent == toks[start].sent {
			if d.isCapWord(j) {
				// a gazetteer phrase with punctuation inside: "Washington, D.C."
				if n, v := lx.locs.longest(toks, j, len(toks)); n > 1 && v >= 0 {
					j += n
					continue
				}
				j++
				continue
			}
			l := toks[j].lower
			// "National People's Congress": a possessive inside a name that
			// ends with an organization word
			if d.namePossessive(j) && j > start && j+1 < len(toks) && d.isCapWord(j+1) && !d.placeEndsAt(lx, start, j) {
				if e := d.capRunEnd(j + 1); e > j+1 {
					if _, ok := lx.orgEnd[toks[e-1].lower]; ok && e-(j+1) <= 3 {
						j = e
						continue
					}
					// "US Attorney's Office for the Southern District of
					// New York": a title's office, an organization word
					// that takes a complement, right after the possessive
					// (not "the Institute of Marine Studies' Centre for ...")
					if e > j+3 && d.titleEndsAt(lx, start, j) && d.cueTakesComplement(lx, span{j + 1, j + 3}) {
						j = e
						continue
					}
				}
			}
			// "Minister of Investment, Industry and Trade": a comma between
			// two fields of office stays inside the chunk
			if l == "," && j > start && j+1 < len(toks) && d.isCapWord(j+1) &&
				lx.titles.longestKind(toks, j-1, j, titleDomain) > 0 && lx.titles.longestKind(toks, j+1, len(toks), titleDomain) > 0 {
				j++
				continue
			}
			// "Kasumi Pharmaceutical Co., Ltd.": a legal form after another
			// and a comma stays inside the name (orgforms.go)
			if d.legalFormComma(j) {
				j += 2
				continue
			}
			if d.lowerLegalForm(j, start) {
				j++ // "Tallgrass Sensing plc"
				continue
			}
			// "Tarek al-Mansuri", "Khalid bin Nasser al-Harbi Al Farsi": a
			// particle hyphened to a capitalized part goes on with the name
			if j > start && d.particleHyphenName(j) {
				j++
				continue
			}
			// "the Security Council on Syria": a topic word between a
			// known organization and a place ends the name
			if d.topicTail(lx, start, j) {
				break
			}
			if (d.lx.connector[l] || d.lx.nameParticle[l]) && j+1 < len(toks) && toks[j+1].sent == toks[j].sent {
				// "of the" and similar: allow one or two connectors
				k := j + 1
				if k < len(toks) && (d.lx.connector[toks[k].lower] || d.lx.nameParticle[toks[k].lower]) {
					k++
				}
				if k < len(toks) && d.isCapWord(k) && toks[k].sent == toks[j].sent {
					j = k
					continue
				}
			}
			break
		}
		out = append(out, span{start, j})
		i = j
	}
	return out
}

// topicTail: token j is a topic word ("on") after a run [start, j) that
// ends with a known organization's name and before a place whose name ends
// the capitalized run: "the Security Council on Syria" is the council,
// talking of Syria ("Council on Foreign Relations" stays whole: no place).
func (d *document) topicTail(lx *lexicon, start, j int) bool {
	toks := d.toks
	if !lx.is(toks[j].lower, wcTopic) || !d.lx.connector[toks[j].lower] || j+1 >= len(toks) {
		return false
	}
	n, v := lx.locs.longest(toks, j+1, len(toks))
	if n == 0 || v < 0 || j+1+n < len(toks) && d.isCapWord(j+1+n) {
		return false
	}
	for p := start; p < j; p++ {
		if m, _ := lx.orgs.longest(toks, p, j); m == j-p {
			return true
		}
	}
	return false
}

// particleHyphenName: token i is a lower-case name particle joined by a
// hyphen to a capitalized part ("al-Mansuri", "el-Badawi", "bin-Nasser").
func (d *document) particleHyphenName(i int) bool {
	t := d.toks[i]
	if t.cap || !t.word {
		return false
	}
	h := strings.IndexByte(t.text, '-')
	if h <= 0 || h+1 >= len(t.text) || !d.lx.nameParticle[t.lower[:h]] {
		return false
	}
	r := t.text[h+1]
	return r >= 'A' && r <= 'Z'
}

// findEntities classifies every chunk.
func (d *document) findEntities(lx *lexicon, acr map[int]bool) {
	for _, c := range d.chunks(lx) {
		d.classify(lx, c, acr, 0)
	}
}

// trimChunk drops stopwords and a sentence-initial common word from the
// chunk's edges.
func (d *document) trimChunk(lx *lexicon, c span) span {
	for c.t0 < c.t1 {
		// "His Royal Highness Crown Prince X": a style of address is no name
		if e := d.styleEnd(lx, c); e > c.t0 {
			c.t0 = e
			continue
		}
		t := d.toks[c.t0]
		if !t.word {
			c.t0++ // a part that starts at a possessive's apostrophe
			continue
		}
		// "Van der Linde", "Dos Santos": a capitalized particle starts a name
		particleName := d.lx.nameParticle[t.lower] && t.cap && c.t1-c.t0 > 1
		if (lx.stop[t.text] || d.lx.connector[t.lower] || (d.lx.nameParticle[t.lower] && !particleName)) && !d.known(lx, c.t0) {
			c.t0++
			continue
		}
		// a sentence-initial word that prose calls a function word or a verb
		// ("Accompanied by"), or, alone, anything but a proper noun
		// ("Defence cooperation"), and that no table knows
		if d.sentenceInitial(c.t0) && !d.known(lx, c.t0) && !particleName && !allTitleCase(t.text) && (notNameTag[t.tag] ||
			(c.t1-c.t0 == 1 && t.tag != "" && t.tag != "NNP" && t.tag != "NNPS") ||
			(c.t1-c.t0 > 1 && !t.hyphen && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")))) {
			c.t0++
			continue
		}
		// "Will Soto and Ortega sign the accord?": an auxiliary or modal
		// opening a question is the inverted verb group, not a given name
		// ("Will Barnes said ..." still is one)
		if c.t1-c.t0 > 1 && d.questionOpener(lx, c.t0) {
			c.t0++
			continue
		}
		// "Rival Voltaic Systems Inc.", "Carmaker Toyota": a sentence-initial
		// org-context word is the context, not the name
		if d.sentenceInitial(c.t0) && c.t1-c.t0 > 1 && !d.known(lx, c.t0) {
			if n, v := lx.orgContext.longest(d.toks, c.t0, c.t0+1); n == 1 && v >= 0 {
				c.t0++
				continue
			}
		}
		// "Lifeguard Tomas Okoro said": a sentence-initial word no table
		// knows, before a known given name and a surname, is the role the
		// story gives the person, not part of the name (a role the titles
		// table knows is the title rule's)
		if d.roleBeforeName(lx, c) {
			c.t0++
			continue
		}
		break
	}
	for c.t1 > c.t0 {
		t := d.toks[c.t1-1]
		if lx.stop[t.text] || d.lx.connector[t.lower] || d.lx.nameParticle[t.lower] {
			c.t1--
			continue
		}
		break
	}
	return c
}

// roleBeforeName: chunk c is three or four name words opening their
// sentence whose first word, no table's name, is a person's role: a word
// of class rolenoun (word_classes.tsv: "Lifeguard", "Organiser"), or,
// before a known given name, one the story also writes in lower case as a
// role (roleUseElsewhere: "Caretaker Grace Mbeki ... The caretaker ...").
// A word known only as capitalized may be a given name the table lacks
// ("Achta Mahamat Haroun") and stays.
func (d *document) roleBeforeName(lx *lexicon, c span) bool {
	if n := c.t1 - c.t0; n < 3 || n > 4 || !d.sentenceInitial(c.t0) || d.known(lx, c.t0) {
		return false
	}
	first := d.toks[c.t0]
	if !first.word || !first.cap || first.upper || first.hyphen || d.capElsewhere(c.t0) || !d.allNameWords(lx, span{c.t0 + 1, c.t1}) {
		return false
	}
	return lx.is(first.lower, wcRoleNoun) || lx.isGiven(d.toks[c.t0+1].text) && d.roleUseElsewhere(lx, first.lower)
}

// roleUseElsewhere: the story writes the word in lower case elsewhere as a
// person's role: after "the" with no "of" next ("The caretaker then
// phoned"), or right before a known given name ("the caretaker Grace
// Mbeki"). A lower-case use of another kind ("her memory of the flood")
// says nothing: a word such as Memory, Gift or Blessing is a given name too.
func (d *document) roleUseElsewhere(lx *lexicon, lower string) bool {
	for k := 1; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.cap || t.lower != lower {
			continue
		}
		next := ""
		if k+1 < len(d.toks) {
			next = d.toks[k+1].lower
		}
		if d.toks[k-1].lower == "the" && next != "of" {
			return true
		}
		if k+1 < len(d.toks) && d.toks[k+1].cap && lx.isGiven(d.toks[k+1].text) {
			return true
		}
	}
	return false
}

// known reports whether a table knows the words at token i.
func (d *document) known(lx *lexicon, i int) bool {
	if n, _ := lx.locs.longest(d.toks, i, len(d.toks)); n > 0 {
		return true
	}
	if n, _ := lx.orgs.longest(d.toks, i, len(d.toks)); n > 0 {
		return true
	}
	if lx.titles.longestKind(d.toks, i, len(d.toks), titleHead) > 0 || lx.titles.longestKind(d.toks, i, len(d.toks), titlePre) > 0 {
		return true
	}
	if lx.honorific[strings.TrimSuffix(d.toks[i].text, ".")] || lx.isGiven(d.toks[i].text) {
		return true
	}
	return false
}

// classifyRule is one step of the classify cascade: the first rule that
// takes a chunk (adds its mentions, or hands its parts back to classify)
// decides it. A trace reports the rule that decided each chunk, and every
// mention remembers the rule that made it (mention.rule), which the tagger
// pass reads to decide who wins (tagger.go).
type classifyRule struct {
	name string
	take func(d *document, lx *lexicon, c span, acr map[int]bool, depth int) bool
}

// classifyRules is the cascade, in order (set in init: the rules call
// classify on a chunk's parts).
var classifyRules []classifyRule

func init() {
	classifyRules = []classifyRule{
		{"title", (*document).ruleTitle},
		{"honorific", (*document).ruleHonorific},
		{"title-field", (*document).ruleTitleField},
		{"known-organization", (*document).ruleKnownOrg},
		{"gazetteer-place", (*document).ruleGazetteerPlace},
		{"coordination", (*document).ruleCoordination},
		{"place-based", (*document).rulePlaceBased},
		{"compass-region", (*document).ruleCompassRegion},
		{"organization-cue", (*document).ruleOrgCue},
		{"dateline-outlet", (*document).ruleDatelineOutlet},
		{"organization-context", (*document).ruleOrgContext},
		{"place-word-surname", (*document).rulePlaceWordSurname},
		{"place-cue", (*document).rulePlaceCue},
		{"place-frame", (*document).rulePlaceFrame},
		{"facility-name", (*document).ruleFacilityName},
		{"person-name", (*document).rulePersonName},
		{"person-noun", (*document).rulePersonNoun},
		{"appositive-or-said", (*document).ruleAppositiveOrSaid},
		{"hyphenated", (*document).ruleHyphenated},
		{"acronym-defined", (*document).ruleAcronymDefined},
		{"dateline-place", (*document).ruleDatelinePlace},
		{"common-noun", (*document).ruleCommonNoun},
		{"single-word", (*document).ruleSingleWord},
		{"named-document", (*document).ruleNamedDocument},
		{"split", func(d *document, lx *lexicon, c span, acr map[int]bool, depth int) bool {
			d.splitChunk(lx, c, acr, depth)
			return true
		}},
	}
}

// classify decides what a chunk is; depth guards the recursion on parts.
func (d *document) classify(lx *lexicon, c span, acr map[int]bool, depth int) {
	c = d.trimChunk(lx, c)
	if c.empty() || depth > 3 {
		return
	}
	for _, r := range classifyRules {
		n := len(d.mentions)
		if !r.take(d, lx, c, acr, depth) {
			continue
		}
		for i := n; i < len(d.mentions); i++ {
			if d.mentions[i].rule == "" {
				d.mentions[i].rule = r.name
			}
		}
		if !taggerMayType[r.name] {
			if d.ruled == nil {
				d.ruled = make([]bool, len(d.toks))
			}
			for k := c.t0; k < c.t1; k++ {
				d.ruled[k] = true
			}
		}
		if d.trace != nil {
			d.trace("classify %q: rule %s", d.textOf(c), r.name)
		}
		return
	}
}

// ruleTitle: a title inside the chunk, [prefix] title name: "Foreign
// Secretary Vikram Misri", "India's Foreign Secretary Vikram Misri".
func (d *document) ruleTitle(lx *lexicon, c span, acr map[int]bool, depth int) bool {
	toks := d.toks
	for i := c.t0; i < c.t1; i++ {
		ts, ok := d.parseTitle(lx, i, c.t1)
		if ok {
			if e := d.titlePlaceEnd(lx, i, c.t1, ts); e > 0 {
				// "Prince Edward Island Premier X": a place whose name
				// starts with a title word (entities_titleplace.go)
				i = e - 1
				continue
			}
		}
		if ok && d.placeCueAfter(lx, ts.t1) {
			// "King County Superior Court": the title word begins a place
			// named by its cue word (entities_civic.go)
			continue
		} else if ok {
			// "Deputy Prime Minister and Minister of Investment, Industry
			// and Trade Dilshod Yusupov": two titles, one name
			var more []span
			after := ts.t1
			for after+1 < c.t1 && toks[after].lower == "and" {
				t2, ok := d.parseTitle(lx, after+1, c.t1)
				if !ok {
					break
				}
				more = append(more, t2)
				after = t2.t1
			}
			name := d.nameAfter(lx, span{after, c.t1})
			if d.pluralPossessiveOrg(lx, name, c) {
				// "General Workers' Union": an organization's name
				return false
			}
			if t, org, ok := d.orgOfTitle(lx, ts); ok && len(more) == 0 && !name.empty() {
				// "Director of the Institute for International Affairs
				// Karl Stein": the title, then its organization (titles_domain.go)
				ts = t
				d.classify(lx, org, acr, depth+1)
			}
			if name.empty() {
				// "Chief Scientific Officer of Coral Bay Biologics": a title
				// and its employer, no name here
				if after+1 < c.t1 && (toks[after].lower == "of" || toks[after].lower == "at") && i == c.t0 {
					d.classify(lx, span{after + 1, c.t1}, acr, depth+1)
					return true
				}
				if (i == c.t0 || i == c.t0+1 && lx.is(toks[c.t0].lower, wcArticle)) && ts.t1 == c.t1 && ts.t1-ts.t0 > 1 && d.nameAfterComma(lx, c.t1) {
					// "Chief Secretary for Transport, Dr. Ivo Lass": the whole
					// chunk is the title of the name after the comma
					return true
				}
				return false
			}
			if name.t1 == c.t1 && name.t1-name.t0 == 1 && lx.is(toks[name.t0].lower, wcBody) {
				// "Rowing Federation Executive Board", "the Governing
				// Council": a body's head noun ends the name, no person
				return false
			}
			if name.t1-name.t0 >= 2 && lx.is(toks[name.t0].lower, wcBody) {
				// "the County Executive Committee Member for Transport
				// Kofi Otieno": a body's head noun opens the words after
				// the title, an office of that body and its field; the
				// title stretches over them, and a name after them is
				// the person's (none: no person). The office is the body's
				// words and the one word after them ("Committee Member").
				k := name.t0
				for k < name.t1 && lx.is(toks[k].lower, wcBody) {
					k++
				}
				if k < name.t1 {
					k++
				}
				e := d.complement(lx, k, c.t1)
				after := d.nameAfter(lx, span{e, c.t1})
				if after.empty() || !lx.isGiven(toks[after.t0].text) {
					// a run that opens with no known given name may end
					// the field ("for Water Services Ana Obi"): no person
					return false
				}
				ts.t1, name = e, after
			}
			if i > c.t0+2 && toks[i-1].lower == "and" && lx.honorific[strings.TrimSuffix(toks[c.t0].text, ".")] {
				// "Ms Lind and First Minister Karl Lund": two
				// persons, the first with an honorific, not a prefix
				d.classify(lx, span{c.t0, i - 1}, acr, depth+1)
				c.t0 = i
			} else if i > c.t0+1 && lx.is(toks[i-1].lower, wcCoordinator) && !d.fieldBeforeAnd(lx, span{c.t0, i - 1}, ts) {
				// "Tarvo Mining Ltd and Chief Executive Ana Rusu": a name
				// conjoined before the title, no prefix of it (and no
				// employer of hers); a field of an office title stays
				// its prefix ("Ports and Shipping Minister")
				d.classify(lx, span{c.t0, i - 1}, acr, depth+1)
				c.t0 = i
			} else if j, ok := d.personBeforeAnd(lx, c, i); ok {
				// "Warren Tolliver and Assistant U.S. Attorney X": a
				// person, then the title's own prefix (entities_pair.go)
				d.classify(lx, span{c.t0, j}, acr, depth+1)
				c.t0 = j + 1
			}
			if i > c.t0 {
				pre := span{c.t0, i}
				m := d.personMention(lx, name, true)
				m.nation = d.nationOf(lx, pre)
				var org string
				var domain span
				placed := d.prefixPlace(lx, pre, ts) // "Tralee Mayor X" (entities_civic.go)
				if u, ok := d.unitPrefix(lx, pre, ts); ok && !placed {
					ts.t0 = u.t0 // "Orvana State Governor" (titles_unit.go); no employer
				} else if !placed {
					org, domain = d.prefixOrg(lx, pre, acr, d.officeHead(lx, ts))
				}
				if !domain.empty() {
					ts.t0 = domain.t0 // "Armed Forces Minister", "Business and Trade Secretary"
				}
				d.titleBody(lx, ts) // "Senate President X": the Senate
				text, plural := d.titleText(ts)
				m.titles = append(m.titles, text)
				m.pluralTitle = plural
				for _, t := range more {
					m.titles = append(m.titles, d.textOf(t))
				}
				m.org = org
				m.rule = "title"
				d.mentions = append(d.mentions, m)
			} else {
				m := d.personMention(lx, name, true)
				d.titleBody(lx, ts) // "Senate President X": the Senate
				text, plural := d.titleText(ts)
				m.titles = append(m.titles, text)
				m.pluralTitle = plural
				for _, t := range more {
					m.titles = append(m.titles, d.textOf(t))
				}
				d.lowerTitleBefore(lx, c.t0, &m)
				m.rule = "title"
				d.mentions = append(d.mentions, m)
			}
			held := len(d.mentions) - 1 // the titled person's mention
			if name.t1 < c.t1 {
				n0 := len(d.mentions)
				d.classify(lx, span{name.t1, c.t1}, acr, depth+1)
				d.employerOfAfter(held, n0, name.t1)
			}
			d.givePluralTitle(d.mentions[held], name.t1) // "... Commissioners A and B"
			return true
		}
		if !d.isCapWord(i) && !d.lx.nameParticle[toks[i].lower] && !d.lx.connector[toks[i].lower] {
			return false // titles start the chunk or follow a prefix of names
		}
	}
	return false
}

// fieldBeforeAnd: the words w before an "and" that runs into the title
// ts are a field of it, as prefixOrg would read them: an office title
// ("Minister", "Secretary") and at most two capitalized words that are
// no known organization and end in no organization word ("Ports and
// Shipping Minister", not "Tarvo Mining Ltd and Energy Minister").
func (d *document) fieldBeforeAnd(lx *lexicon, w, ts span) bool {
	if !d.officeHead(lx, ts) || w.t1-w.t0 > 2 {
		return false
	}
	if n, _ := lx.orgs.longest(d.toks, w.t0, w.t1); n > 0 {
		return false
	}
	if _, ok := lx.orgEnd[d.toks[w.t1-1].lower]; ok {
		return false
	}
	for k := w.t0; k < w.t1; k++ {
		if !d.isCapWord(k) || d.toks[k].upper {
			return false
		}
	}
	return true
}

// employerOfAfter: "Chief Executive Ana Rusu of Tarvo Mining": the
// organization right after "of" behind a titled name is her employer,
// when no employer came before the title. Mentions n0 on are those the
// chunk's rest was read into; k is the name's end.
func (d *document) employerOfAfter(held, n0, k int) {
	if d.mentions[held].org != "" || d.toks[k].lower != "of" {
		return
	}
	for _, m := range d.mentions[n0:] {
		if m.span.t0 == k+1 && m.typ == Organization {
			d.mentions[held].org = d.textOf(m.span)
			return
		}
	}
}

// ruleHonorific: Mr. Misri, Dr. Varga.
func (d *document) ruleHonorific(lx *lexicon, c span, acr map[int]bool, depth int) bool {
	if !lx.honorific[strings.TrimSuffix(d.toks[c.t0].text, ".")] || c.t1-c.t0 < 2 || d.honorificOfOrg(lx, c) {
		return false
	}
	if ts, ok := d.parseTitle(lx, c.t0, c.t1); ok && ts.t1 > c.t0+1 {
		// "Chief Technology Officer": the honorific's word opens a title
		return ts.t1 == c.t1
	}
	if ts, ok := d.parseTitle(lx, c.t0+1, c.t1); ok {
		// "Lord Chancellor", "Mr President": a title and no name, no
		// entity (the tagger may not make one); a name after the title is
		// the title rule's (it declined: "Chief Justice of the Court")
		return ts.t1 == c.t1
	}
	name := d.nameAfter(lx, span{c.t0 + 1, c.t1})
	if name.empty() {
		return false
	}
	m := d.personMention(lx, name, true)
	m.text = d.textOf(span{c.t0, name.t1})
	// "the Minister of Tourism, Dr. Ilse Varnholm": the honorific stands
	// between a title and the name it belongs to
	d.lowerTitleBefore(lx, c.t0, &m)
	d.mentions = append(d.mentions, m)
	// "Mr Lund and Ms Berg", "Sir Ian Hale and Mary Cole": the chunk goes
	// on past "and" with a name of its own, classified on its own
	if k := name.t1; k+1 < c.t1 && d.toks[k].lower == "and" && d.isCapWord(k+1) {
		d.classify(lx, span{k + 1, c.t1}, acr, depth+1)
	}
	return true
}

// honorificOfOrg: the honorific starting chunk c is the first word of an
// organization's name: a table organization or alias starts there ("Hon
// Hai", organizations.tsv), or, written without its full stop, it
// stands before a run an organization word ends (org_cues.tsv: "Hon Lam
// Shipping Group"; only a run of capitalized words, no "of" or
// possessive).
func (d *document) honorificOfOrg(lx *lexicon, c span) bool {
	if n, _ := lx.orgs.longest(d.toks, c.t0, c.t1); n >= 2 {
		return true
	}
	if strings.HasSuffix(d.toks[c.t0].text, ".") {
		return false
	}
	for k := c.t0 + 1; k < c.t1; k++ {
		if !d.isCapWord(k) {
			return false // "Dr Ann Holt of the Patent Office", "Mr Rao's Lakeside Holdings": a person's
		}
	}
	return d.isOrgByCue(lx, c)
}

// ruleKnownOrg: the whole chunk is in organizations.tsv.
func (d *document) ruleKnownOrg(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	n, v := lx.orgs.longest(d.toks, c.t0, c.t1)
	if n != c.t1-c.t0 {
		return false
	}
	d.addOrg(lx, c, lx.orgNames[v].name, lx.orgNames[v].class)
	return true
}

// ruleGazetteerPlace: the whole chunk is in locations.tsv (an ambiguous
// name only with a place's context around it).
func (d *document) ruleGazetteerPlace(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	n, v := lx.locs.longest(d.toks, c.t0, c.t1)
	if n != c.t1-c.t0 {
		return false
	}
	p := lx.places[v]
	if p.amb && !d.placeContext(c) {
		return false
	}
	d.mentions = append(d.mentions, mention{typ: Location, span: c, text: d.textOf(c), canon: p.name, kind: p.kind})
	return true
}

// ruleCoordination: "Varga and Central Bank of Nigeria", "India and the
// United States": the parts apart, unless the first part is itself an
// organization's name ("Ministry of Trade and Industry").
func (d *document) ruleCoordination(lx *lexicon, c span, acr map[int]bool, depth int) bool {
	toks := d.toks
	for k := c.t0 + 1; k < c.t1-1; k++ {
		if toks[k].lower != "and" && toks[k].lower != "on" {
			continue
		}
		if d.tableNameAcross(lx, c, k) {
			continue // "Antigua and Barbuda and Belize": the first "and" is the country's
		}
		first := span{c.t0, k}
		// "Food and Drug Administration", "Western and Central Pacific
		// Fisheries Commission", "U.S. Food and Drug Administration": a
		// word that names nothing alone (after a place, if any), "and",
		// and words ending with an organization word are one name
		if toks[k].lower == "and" && c.t1-k >= 3 && c.t1-c.t0 <= 7 {
			w := c.t0
			if n, v := lx.locs.longest(toks, c.t0, k); n > 0 && v >= 0 && c.t0+n == k-1 {
				w = k - 1
			}
			if _, ok := lx.orgEnd[toks[c.t1-1].lower]; ok && w == k-1 && !d.known(lx, w) && !lx.isGiven(toks[w].text) &&
				!toks[w].upper && !lx.stop[toks[k+1].text] && !d.leadsCompanyElsewhere(w, c) && !d.bodyAndName(lx, w, k, c) {
				return false
			}
		}
		if d.tradeWordsJoined(lx, k, c) { // "Ironhorse Oil and Gas" (entities_acronymorg.go)
			return false
		}
		if d.cueTakesComplement(lx, first) && !d.possessedPlaceAfterAnd(lx, k, c) && !d.secondName(lx, k, c) { // entities_pair.go
			return false
		}
		// "Texas Commission on Environmental Quality", "Council on
		// Foreign Relations": an organization word takes "on" and its
		// complement
		if _, ok := lx.orgEnd[toks[k-1].lower]; ok && toks[k].lower == "on" {
			return false
		}
		d.classify(lx, first, acr, depth+1)
		d.classify(lx, span{k + 1, c.t1}, acr, depth+1)
		return true
	}
	return false
}

// rulePlaceBased: "Mumbai-based Raghavan Group": the place, then the rest.
func (d *document) rulePlaceBased(lx *lexicon, c span, acr map[int]bool, depth int) bool {
	t := d.toks[c.t0]
	if !t.hyphen {
		return false
	}
	_, suffix, _ := cutLast(t.lower, "-")
	if !d.lx.placeSuffix[suffix] || !d.lx.placeSuffixLead[suffix] {
		return false
	}
	m0 := len(d.mentions)
	d.hyphenParts(lx, c.t0)
	n := len(d.mentions)
	rest := span{c.t0 + 1, c.t1}
	d.classify(lx, rest, acr, depth+1)
	if d.lx.placeSuffixOrg[suffix] && n > m0 {
		// only after a known place: "Windows-based Creative Zen" is a
		// product
		d.basedOrg(n, rest) // entities_acronymorg.go: "Bengaluru-based Suryavayu Power"
	}
	return true
}

// ruleCompassRegion: "Northeast Asia", "Southern Africa", "Western Europe".
func (d *document) ruleCompassRegion(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 < 2 || !d.lx.compass[d.toks[c.t0].lower] {
		return false
	}
	n, v := lx.locs.longest(d.toks, c.t0+1, c.t1)
	if n != c.t1-c.t0-1 || v < 0 || lx.places[v].kind == "city" {
		return false
	}
	d.mentions = append(d.mentions, mention{typ: Location, span: c, text: d.textOf(c), kind: "region"})
	return true
}

// ruleOrgCue: an organization by its cue word (org_cues.tsv).
func (d *document) ruleOrgCue(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	// "Erin Lund of Boston-based Reagan Communications": a person of an
	// organization, two names (split) — not "Bank of England", nor
	// "Calloway Institute of Marine Science"
	for k := c.t0 + 2; k+1 < c.t1; k++ {
		if d.toks[k].lower == "of" && d.looksLikePerson(lx, span{c.t0, k}) && !d.isOrgByCue(lx, span{c.t0, k}) {
			return false
		}
	}
	cls, ok := d.orgByCue(lx, c)
	if ok {
		d.addOrg(lx, c, "", cls)
	}
	return ok
}

// ruleOrgContext: "copper miner Codelco", "analysts at Goldman Sachs".
func (d *document) ruleOrgContext(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	// "the Moroccan producer Atlas Phosphates": the context outweighs an
	// ambiguous given name, not a sure one ("producer Jerry Weintraub")
	if !d.orgContextBefore(lx, c.t0) || d.looksLikePerson(lx, c) && !lx.isGivenAmb(d.toks[c.t0].text) {
		return false
	}
	if n, _ := lx.locs.longest(d.toks, c.t0, c.t1); n == c.t1-c.t0 {
		return false
	}
	if n, _ := d.demonymAt(lx, c.t0, c.t1); n == c.t1-c.t0 {
		return false // "to buy Finnish sensor firm X": a nationality names no organization
	}
	d.classifyAsOrg(lx, c)
	return true
}

// rulePlaceCue: a place by its cue word: "Linn County", "Willamette River".
func (d *document) rulePlaceCue(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	kind, ok := d.placeByCue(lx, c)
	if ok {
		// "Ranch Road 12", "Terminal 2": a site's number is part of its name
		if n := c.t1; kind == "site" && n < len(d.toks) && d.toks[n].sent == d.toks[c.t0].sent && len(d.toks[n].text) <= 4 && allDigits(d.toks[n].text) {
			if _, year := yearNum(d.toks[n].text); !year {
				c.t1++
			}
		}
		d.mentions = append(d.mentions, mention{typ: Location, span: c, text: d.textOf(c), kind: kind})
	}
	return ok
}

// rulePlaceWordSurname: "Greta Lake, the finance minister": a known given
// name (not also a common word or place) and a surname that is a place
// word of location_cues.tsv (Lake, Park, Bay) name a person where the
// context is a person's: a title ends right before the name, a person's
// noun stands before it, a title in apposition follows it, a reporting
// verb follows it, or it names the speaker of an inverted attribution
// ('...," said Greta Lake'; invertedSaid). After a locative preposition,
// in a list of places or in the dateline the chunk stays the place-cue
// rule's ("near Geneva Lake").
func (d *document) rulePlaceWordSurname(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if !d.placeWordSurname(lx, c) {
		return false
	}
	m := d.personMention(lx, c, true)
	d.lowerTitleBefore(lx, c.t0, &m)
	d.mentions = append(d.mentions, m)
	return true
}

func (d *document) placeWordSurname(lx *lexicon, c span) bool {
	if n := c.t1 - c.t0; n < 2 || n > 3 {
		return false
	}
	if _, ok := lx.locEnd[d.toks[c.t1-1].lower]; !ok {
		return false
	}
	first := d.toks[c.t0]
	if !lx.isGiven(first.text) || lx.isGivenAmb(first.text) || !d.allNameWords(lx, span{c.t0, c.t1 - 1}) {
		return false
	}
	if n, _ := lx.locs.longest(d.toks, c.t0, c.t1); n > 0 {
		return false // a place the gazetteer knows
	}
	if d.placeContext(c) || d.afterPreposition(c.t0) {
		return false
	}
	return d.titleEndsAt(lx, max(0, c.t0-3), c.t0) || d.hasLowerTitleBefore(lx, c.t0) || d.personNounBefore(lx, c.t0) ||
		d.appositiveTitle(lx, c.t1) || d.saidAfter(c.t1) || d.invertedSaid(c.t0)
}

// invertedSaid: the name at token i follows a reporting verb that follows a
// closing quote or a comma ("...," said Ilse Lake): an inverted
// attribution, whose name is the speaker. A reporting verb with its
// subject before it ("Police said X Park was closed") opens a clause whose
// subject may be anything.
func (d *document) invertedSaid(i int) bool {
	if i < 2 || !d.saidAfter(i-1) {
		return false
	}
	k := i - 2
	return d.toks[k].text == "," || d.closerAt(k) && d.toks[k].text != ")" && d.toks[k].text != "]"
}

// rulePersonName: a person by given name or family-name-first surname, or
// after a lower-case title ("Spain's defense minister, Inés Carrasco de la
// Vega").
func (d *document) rulePersonName(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if !d.looksLikePerson(lx, c) && !(c.t1-c.t0 >= 2 && d.allNameWords(lx, c) && d.hasLowerTitleBefore(lx, c.t0)) {
		return false
	}
	m := d.personMention(lx, c, true)
	d.lowerTitleBefore(lx, c.t0, &m)
	d.mentions = append(d.mentions, m)
	return true
}

// rulePersonNoun: "his Norwegian counterpart, Siri Haugland": a name after
// a word that stands for a person.
func (d *document) rulePersonNoun(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 < 2 || c.t1-c.t0 > 4 || !d.allNameWords(lx, c) || !d.personNounBefore(lx, c.t0) {
		return false
	}
	d.mentions = append(d.mentions, d.personMention(lx, c, true))
	return true
}

// ruleAppositiveOrSaid: a name followed by ", <title>" (strong) or by
// "said" (weak: prose's NER is asked for a second opinion).
func (d *document) ruleAppositiveOrSaid(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 < 2 || c.t1-c.t0 > 4 || !d.allNameWords(lx, c) || d.afterPreposition(c.t0) {
		return false
	}
	titled := d.appositiveTitle(lx, c.t1)
	if !titled && !d.saidAfter(c.t1) {
		return false
	}
	m := d.personMention(lx, c, titled)
	m.weak = !m.strong
	d.mentions = append(d.mentions, m)
	return true
}

// ruleHyphenated: India-U.S., Franco-German: the places inside, and the
// token as an unknown name.
func (d *document) ruleHyphenated(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 > 1 && d.toks[c.t0].hyphen {
		return d.hyphenPlaces(lx, c) // "Japan-South Korea summit"
	}
	if c.t1-c.t0 != 1 || !d.toks[c.t0].hyphen {
		return false
	}
	d.hyphenParts(lx, c.t0)
	d.mentions = append(d.mentions, mention{typ: "", span: c, text: d.toks[c.t0].text, name: []string{d.toks[c.t0].text}})
	return true
}

// ruleNamedDocument: "the Nauru Agreement", "the Kyoto Protocol": a named
// document is no entity the guidelines ask for, and the place in its name
// is not a place the story is about; the chunk yields no mention but its
// parties joined by a hyphen ("the India-U.S. Bilateral Trade Agreement").
func (d *document) ruleNamedDocument(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 < 2 || !lx.is(d.toks[c.t1-1].lower, wcDocument) {
		return false
	}
	if d.toks[c.t0].hyphen {
		d.hyphenParts(lx, c.t0)
	}
	return true
}

// ruleSingleWord: one word, untyped: maybe a known person's surname
// (resolved later), or what the tagger says it is.
func (d *document) ruleSingleWord(lx *lexicon, c span, _ map[int]bool, _ int) bool {
	if c.t1-c.t0 != 1 {
		return false
	}
	d.mentions = append(d.mentions, mention{typ: "", span: c, text: d.toks[c.t0].text, name: []string{d.toks[c.t0].text}})
	return true
}

// cutLast splits s at the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// splitChunk classifies the parts of a chunk no rule took whole: known
// phrases inside it, then the runs between connectors.
func (d *document) splitChunk(lx *lexicon, c span, acr map[int]bool, depth int) {
	toks := d.toks
	start := c.t0
	flush := func(end int) {
		if end > start {
			if end-start < c.t1-c.t0 {
				d.classify(lx, span{start, end}, acr, depth+1)
			} else {
				for k := start; k < end; k++ {
					if toks[k].hyphen {
						d.hyphenParts(lx, k)
					}
				}
				// an unknown multi-word run: remember it as a candidate
				d.mentions = append(d.mentions, mention{typ: "", span: span{start, end}, text: d.textOf(span{start, end}), name: d.words(span{start, end})})
			}
		}
	}
	for i := c.t0; i < c.t1; {
		if n, v := lx.locs.longest(toks, i, c.t1); n > 0 && (i == c.t0 || !d.isCapWord(i-1)) && (!lx.places[v].amb || d.placeContext(span{i, i + n})) {
			flush(i)
			p := lx.places[v]
			sp := span{i, i + n}
			d.mentions = append(d.mentions, mention{typ: Location, span: sp, text: d.textOf(sp), canon: p.name, kind: p.kind})
			i += n
			start = i
			continue
		}
		if n, v := lx.orgs.longest(toks, i, c.t1); n > 0 && (i == c.t0 || !d.isCapWord(i-1)) {
			flush(i)
			d.addOrg(lx, span{i, i + n}, lx.orgNames[v].name, lx.orgNames[v].class)
			i += n
			start = i
			continue
		}
		if d.lx.connector[toks[i].lower] && !d.lx.nameParticle[toks[i].lower] {
			flush(i)
			start = i + 1
			// "Pieter Vos of the Marren Institute for Coastal Policy":
			// the rest is one organization by its cue word (an institute
			// and its complement), not cut at its own "for"
			if r := d.trimChunk(lx, span{i + 1, c.t1}); r.t1-r.t0 >= 2 && i > c.t0 && d.isOrgByCue(lx, r) {
				d.classify(lx, r, acr, depth+1)
				return
			}
		}
		i++
	}
	flush(c.t1)
}

func (d *document) words(s span) []string {
	var out []string
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].word {
			out = append(out, d.toks[k].text)
		}
	}
	return out
}

// hyphenParts finds places inside a hyphenated token: "India-U.S." names
// India and the United States.
//
// Every part must be a place (or the last a word like "based"): in
// "El-Naga" or "Abdel-Rahman" a part that happens to be a town is no place.
func (d *document) hyphenParts(lx *lexicon, i int) {
	t := d.toks[i]
	parts := strings.Split(t.text, "-")
	var found []mention
	for k, part := range parts {
		if part == "" {
			continue
		}
		if k == len(parts)-1 && k > 0 && d.lx.placeSuffix[strings.ToLower(part)] {
			continue
		}
		pt := tokenize(part, lx.abbr)
		n, v := lx.locs.longest(pt, 0, len(pt))
		if n != len(pt) || n == 0 || lx.places[v].amb {
			return
		}
		found = append(found, mention{typ: Location, span: span{i, i + 1}, text: part, canon: lx.places[v].name, kind: lx.places[v].kind})
	}
	d.mentions = append(d.mentions, found...)
}

// hyphenPlaces: places joined by a hyphen where the last one goes on
// past the hyphenated word ("Japan-South Korea", "India-United Arab
// Emirates"): each part a known, unambiguous place, else nothing.
func (d *document) hyphenPlaces(lx *lexicon, c span) bool {
	parts := strings.Split(d.toks[c.t0].text, "-")
	var found []mention
	for k, part := range parts {
		if k == len(parts)-1 {
			part += " " + d.textOf(span{c.t0 + 1, c.t1})
		}
		pt := tokenize(part, lx.abbr)
		n, v := lx.locs.longest(pt, 0, len(pt))
		if part == "" || n != len(pt) || n == 0 || lx.places[v].amb {
			return false
		}
		sp := span{c.t0, c.t0 + 1}
		if k == len(parts)-1 {
			sp = c
		}
		found = append(found, mention{typ: Location, span: sp, text: part, canon: lx.places[v].name, kind: lx.places[v].kind})
	}
	d.mentions = append(d.mentions, found...)
	return true
}

func (d *document) addOrg(lx *lexicon, c span, canon, class string) {
	d.mentions = append(d.mentions, mention{typ: Organization, span: c, text: d.textOf(c), canon: canon, kind: class})
}

// orgByCue: the chunk ends with an organization word ("National Security
// Council", "Kirin Freight Ltd.") or starts with one followed by a word
// of class complement ("Department of Commerce", "Commission on Water":
// cueTakesComplement).
func (d *document) orgByCue(lx *lexicon, c span) (string, bool) {
	toks := d.toks
	last := toks[c.t1-1].lower
	if c.t1-c.t0 >= 2 {
		if cls, ok := lx.orgEnd[last]; ok {
			return cls, true
		}
		// two-word cues: Task Force, Air Force
		if c.t1-c.t0 >= 3 {
			if cls, ok := lx.orgEnd[toks[c.t1-2].lower+" "+last]; ok {
				return cls, true
			}
		}
	}
	if c.t1-c.t0 >= 3 && lx.is(toks[c.t0+1].lower, wcComplement) {
		if cls, ok := lx.orgStart[toks[c.t0].lower]; ok {
			return cls, true
		}
	}
	// "Bank Pekao", "University Hospital": a start cue then a name
	if c.t1-c.t0 >= 2 && d.isCapWord(c.t0+1) {
		if cls, ok := lx.orgStart[toks[c.t0].lower]; ok && cls != "government" {
			return cls, true
		}
	}
	// "Central Bank of Nigeria", "Economic Community of West African
	// States", "Commission on Human Rights"
	for k := c.t0; k+1 < c.t1; k++ {
		if lx.is(toks[k+1].lower, wcComplement) && k+2 < c.t1 {
			if cls, ok := lx.orgEnd[toks[k].lower]; ok {
				return cls, true
			}
			if cls, ok := lx.orgStart[toks[k].lower]; ok {
				return cls, true
			}
		}
	}
	return "", false
}

// looksLikePerson: a given name then one to three capitalized words, or a
// family-name-first surname and a given name ("Park Ji-won", "Wang Yi").
func (d *document) looksLikePerson(lx *lexicon, c span) bool {
	n := c.t1 - c.t0
	if n < 2 || n > 5 || !d.allNameWords(lx, c) {
		return false
	}
	first := d.toks[c.t0]
	firstName := first.text
	if first.hyphen { // "Jean-Pierre", "Anne-Marie", but not "India-U.S."
		parts := strings.Split(firstName, "-")
		firstName = parts[0]
		for _, p := range parts {
			pt := tokenize(p, lx.abbr)
			if n, _ := lx.locs.longest(pt, 0, len(pt)); n > 0 || !isTitleCase(p) {
				firstName = "" // a place or an acronym: no given name
			}
		}
	}
	if next := d.toks[c.t0+1].tag; lx.isGiven(firstName) && (!lx.isGivenAmb(firstName) || next == "NNP" || next == "") {
		return true
	}
	if lx.familyKey[first.text] && n <= 4 {
		return true
	}
	return false
}

// allNameWords: every word of the span could be part of a person's name.
func (d *document) allNameWords(lx *lexicon, c span) bool {
	for k := c.t0; k < c.t1; k++ {
		t := d.toks[k]
		if d.lx.nameParticle[t.lower] || k > c.t0 && d.particleHyphenName(k) {
			continue
		}
		if !t.word || !t.cap || lx.stop[t.text] {
			return false
		}
		if t.upper && len(t.text) > 1 && !strings.Contains(t.text, ".") {
			return false // acronyms are not names
		}
		if _, ok := lx.orgEnd[t.lower]; ok {
			return false
		}
		if _, ok := lx.orgStart[t.lower]; ok {
			return false
		}
		if _, ok := lx.locEnd[t.lower]; ok && k == c.t1-1 {
			return false
		}
		if d.lx.isMonth(t.lower) {
			return false
		}
		if d.lx.isWeekday(t.lower) {
			return false
		}
	}
	return true
}

// nameAfter returns the person's name at the start of s: capitalized words
// and particles, at most five words besides the particles, stopping at a
// connector.
func (d *document) nameAfter(lx *lexicon, s span) span {
	// "Chief Executive Dr. Matthias von Bredow": the honorific is no name
	for s.t0 < s.t1 && lx.honorific[strings.TrimSuffix(d.toks[s.t0].text, ".")] && s.t1-s.t0 > 1 {
		s.t0++
	}
	k, particles := s.t0, 0
	for k < s.t1 && k-s.t0-particles < 5 {
		t := d.toks[k]
		if k > s.t0 && (d.lx.nameParticle[t.lower] || d.particleHyphenName(k)) {
			particles++ // "Khalid bin Nasser al-Harbi Al Farsi": six words, two particles
		}
		if d.lx.nameParticle[t.lower] && k > s.t0 {
			// "de la Vega", "van der Linde", "dos Santos"
			j := k + 1
			if j < s.t1 && d.lx.nameParticle[d.toks[j].lower] {
				j++
			}
			if j < s.t1 && d.isCapWord(j) {
				k = j
				continue
			}
		}
		if k > s.t0 && d.particleHyphenName(k) { // "Tarek al-Mansuri"
			k++
			continue
		}
		if !d.isCapWord(k) || lx.stop[t.text] || (t.upper && !strings.Contains(t.text, ".") && len(t.text) > 1) {
			break
		}
		k++
	}
	if k == s.t0 {
		return span{}
	}
	return span{s.t0, k}
}

func (d *document) personMention(lx *lexicon, name span, strong bool) mention {
	return mention{typ: Person, span: name, text: d.textOf(name), name: d.words(name), strong: strong}
}

// prefixOrg reads what stands before a title in a chunk: a place or
// nationality (ignored) or an employer ("Kirin Freight Chief Executive").
//
// Capitalized words that are neither become part of the title: "Armed
// Forces Minister", "Saudi Investment Minister" (domain "Investment").
func (d *document) prefixOrg(lx *lexicon, pre span, acr map[int]bool, office bool) (string, span) {
	pre = d.trimChunk(lx, pre)
	if pre.empty() {
		return "", span{}
	}
	// a leading place or nationality: "U.S.", "Chilean", "India's"
	for pre.t0 < pre.t1 {
		if n, v := lx.locs.longest(d.toks, pre.t0, pre.t1); n > 0 {
			// "Jordan's King Faisal": before a title, a place is a place
			sp := span{pre.t0, pre.t0 + n}
			d.mentions = append(d.mentions, mention{typ: Location, span: sp, text: d.textOf(sp), canon: lx.places[v].name, kind: lx.places[v].kind})
			pre.t0 += n
			continue
		}
		if n, _ := d.demonymAt(lx, pre.t0, pre.t1); n > 0 {
			pre.t0 += n // "Chilean", "South African" (entities_demonym.go)
			continue
		}
		if d.toks[pre.t0].hyphen {
			d.hyphenParts(lx, pre.t0)
			pre.t0++
			continue
		}
		break
	}
	if pre.empty() {
		return "", span{}
	}
	if n, _ := lx.orgs.longest(d.toks, pre.t0, pre.t1); n == pre.t1-pre.t0 {
		d.classifyAsOrg(lx, pre)
		return d.orgCanonText(lx, pre), span{}
	}
	if !office || pre.t1-pre.t0 > 3 {
		d.classifyAsOrg(lx, pre)
		return d.orgCanonText(lx, pre), span{}
	}
	if d.isCapWord(pre.t0) && !d.toks[pre.t0].upper {
		return "", pre
	}
	return "", span{}
}

func (d *document) classifyAsOrg(lx *lexicon, c span) {
	if n, v := lx.orgs.longest(d.toks, c.t0, c.t1); n == c.t1-c.t0 {
		d.addOrg(lx, c, lx.orgNames[v].name, lx.orgNames[v].class)
		return
	}
	cls, _ := d.orgByCue(lx, c)
	d.addOrg(lx, c, "", cls)
}

func (d *document) orgCanonText(lx *lexicon, c span) string {
	if n, v := lx.orgs.longest(d.toks, c.t0, c.t1); n == c.t1-c.t0 {
		return lx.orgNames[v].name
	}
	return d.textOf(c)
}

// saidAfter: the chunk is the subject of a reporting verb.
func (d *document) saidAfter(at int) bool {
	if at >= len(d.toks) {
		return false
	}
	return d.lx.is(d.toks[at].lower, wcReport)
}

// placeContext: an ambiguous place name ("Jordan", "Victoria") counts as a
// place after a locative preposition or in the dateline.
func (d *document) placeContext(c span) bool {
	if d.inDateline(c.t0) {
		return true
	}
	if c.t0 > 0 {
		if d.lx.is(d.toks[c.t0-1].lower, wcPlacePrep) {
			return true
		}
	}
	// a list of places: "Egypt, Jordan and Chad"
	return d.placeBeside(c.t0-2) || d.placeBeside(c.t1+1)
}

// placeBeside: token k starts or ends an unambiguous place, with a comma or
// "and" between it and the name being judged.
func (d *document) placeBeside(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	lx := d.lx
	for start := max(k-2, 0); start <= k; start++ {
		if n, v := lx.locs.longest(d.toks, start, len(d.toks)); n > 0 && v >= 0 && !lx.places[v].amb && (start+n-1 == k || start == k) {
			sep := d.toks[min(max(k+1, 0), len(d.toks)-1)].lower
			if start == k && k > 0 {
				sep = d.toks[k-1].lower
			}
			return sep == "," || sep == "and" || sep == "or"
		}
	}
	return false
}

// orgContextBefore: a phrase from org_context.tsv ends right before token
// at ("consultancy", "analysts at").
func (d *document) orgContextBefore(lx *lexicon, at int) bool {
	for k := max(at-3, 0); k < at; k++ {
		if d.toks[k].sent != d.toks[at].sent {
			continue
		}
		if n, v := lx.orgContext.longest(d.toks, k, at); n > 0 && v >= 0 && k+n == at {
			return true
		}
	}
	return false
}

// afterPreposition: the chunk follows "at", "of", "from" or "for" (the
// orgprep class of word_classes.tsv).
func (d *document) afterPreposition(at int) bool {
	return at > 0 && d.lx.is(d.toks[at-1].lower, wcOrgPrep)
}

// hasLowerTitleBefore reports whether a lower-case title ends right before
// token at (a comma between them allowed).
func (d *document) hasLowerTitleBefore(lx *lexicon, at int) bool {
	var m mention
	d.lowerTitleBefore(lx, at, &m)
	return len(m.titles) > 0
}

// sentenceInitial: token i is the first word of its sentence (opening
// quotes and brackets before it allowed).
func (d *document) sentenceInitial(i int) bool {
	s := d.sent[d.toks[i].sent]
	for k := s.t0; k < i; k++ {
		if d.toks[k].word {
			return false
		}
	}
	return true
}

// questionOpener: token i opens its sentence (or a quotation in it), is an
// auxiliary, a form of "be" or a modal (word_classes.tsv: aux, be, modal,
// future), and the clause it opens ends in a question mark: the first
// sentence-closing mark after it (".", "!", "?", ":", ";") is "?".
func (d *document) questionOpener(lx *lexicon, i int) bool {
	t := d.toks[i]
	if !t.cap || !lx.is(t.lower, wcAux, wcBe, wcModal, wcFuture) || !d.sentenceInitial(i) {
		return false
	}
	s := d.sent[t.sent]
	for k := i + 1; k < s.t1; k++ {
		switch d.toks[k].text {
		case "?":
			return true
		case ".", "!", ":", ";":
			return false
		}
	}
	return false
}

// cueTakesComplement: the phrase is an organization word or a title
// followed by a word of class complement ("Ministry of Trade", "Department
// for Business", "Commission on Trade"), whose complement may go on with
// "and" ("... of Trade and Industry").
func (d *document) cueTakesComplement(lx *lexicon, c span) bool {
	for k := c.t0; k+1 < c.t1; k++ {
		if lx.is(d.toks[k+1].lower, wcComplement) {
			if _, ok := lx.orgEnd[d.toks[k].lower]; ok {
				return true
			}
			if _, ok := lx.orgStart[d.toks[k].lower]; ok {
				return true
			}
			if lx.titles.longestKind(d.toks, k, k+1, titleHead) > 0 {
				return true
			}
		}
	}
	return false
}

// capRunEnd returns the end of the capitalized run starting at token i,
// with up to two connectors between its words ("Armed Forces of the
// Philippines").
func (d *document) capRunEnd(i int) int {
	toks := d.toks
	j := i
	for j < len(toks) && toks[j].sent == toks[i].sent {
		if d.isCapWord(j) {
			j++
			continue
		}
		// "National People's Congress"
		if d.namePossessive(j) && j > i && j+1 < len(toks) && d.isCapWord(j+1) && !d.placeEndsAt(d.lx, i, j) {
			e := j + 1
			for e < len(toks) && e < j+4 && d.isCapWord(e) {
				e++
			}
			if _, ok := d.lx.orgEnd[toks[e-1].lower]; ok {
				j = e
				continue
			}
		}
		k := j
		for k < len(toks) && k < j+2 && (d.lx.connector[toks[k].lower] || d.lx.nameParticle[toks[k].lower]) {
			k++
		}
		if k > j && k < len(toks) && d.isCapWord(k) {
			j = k
			continue
		}
		break
	}
	return j
}

// nationOf: the country named at the start of a title's prefix ("Brazilian
// Foreign Minister", "U.S. Trade Representative").
func (d *document) nationOf(lx *lexicon, pre span) string {
	for k := pre.t0; k < pre.t1; k++ {
		if n, c := d.demonymAt(lx, k, pre.t1); n > 0 {
			return c
		}
		if n, v := lx.locs.longest(d.toks, k, pre.t1); n > 0 && v >= 0 && lx.places[v].kind == "country" {
			return lx.places[v].name
		}
	}
	return ""
}

// isTitleCase: a capital then lower-case letters ("Pierre").
func isTitleCase(s string) bool {
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// personNounBefore: a word from person_nouns.tsv ends right before token at,
// a comma between them allowed ("counterpart, Siri Haugland").
func (d *document) personNounBefore(lx *lexicon, at int) bool {
	k := at - 1
	if k >= 0 && d.toks[k].text == "," {
		k--
	}
	return k >= 0 && lx.personNoun[d.toks[k].lower] && d.toks[k].sent == d.toks[at].sent
}

// placeByCue: the chunk ends with a place word ("Linn County") or has one
// before "of" ("Great Hall of the People", "Gulf of Aden").
func (d *document) placeByCue(lx *lexicon, c span) (string, bool) {
	if c.t1-c.t0 < 2 {
		return "", false
	}
	// "Ana Ruiz for the Canary Islands", "Minister for the Volta Region":
	// a place's name takes no complement but "of" ("Gulf of Aden"); a
	// complement word (word class complement: "for", "on") inside the
	// chunk joins a person, title or body to the place it stands for
	for k := c.t0 + 1; k < c.t1-1; k++ {
		if lx.is(d.toks[k].lower, wcComplement) && d.toks[k].lower != "of" {
			return "", false
		}
	}
	if kind, ok := lx.locEnd[d.toks[c.t1-1].lower]; ok {
		return kind, true
	}
	for k := c.t0; k+2 < c.t1; k++ {
		if d.toks[k+1].lower == "of" {
			if kind, ok := lx.locEnd[d.toks[k].lower]; ok {
				return kind, true
			}
			return "", false
		}
	}
	return "", false
}

// placeEndsAt: a place name ends right before token end ("China" in
// "China's Jinsha Mining Group").
func (d *document) placeEndsAt(lx *lexicon, start, end int) bool {
	for k := start; k < end; k++ {
		if n, _ := lx.locs.longest(d.toks, k, end); n > 0 && k+n == end {
			return true
		}
	}
	return false
}

// allTitleCase: a hyphenated word whose every part is capitalized
// ("García-Márquez", "Rousseau-Lefèvre"): a name, whatever its tag.
func allTitleCase(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isTitleCase(p) {
			return false
		}
	}
	return true
}

// isOrgByCue: the chunk is an organization by its cue words.
func (d *document) isOrgByCue(lx *lexicon, c span) bool {
	_, ok := d.orgByCue(lx, c)
	return ok
}

// titleEndsAt: a title head ends right before token end, after start
// ("US Attorney" before "'s Office").
func (d *document) titleEndsAt(lx *lexicon, start, end int) bool {
	for i := max(start, end-3); i < end; i++ {
		if lx.titles.longestKind(d.toks, i, end, titleHead) == end-i {
			return true
		}
	}
	return false
}
