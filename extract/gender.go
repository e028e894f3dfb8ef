package extract

import "strings"

// The gender pass: which persons the story itself says are women or men,
// so that "she" is never resolved to a man while a woman is the subject.
// Many names in news are ones no table knows; the story's own words are
// the evidence, read by an ordered list of named rules (genderRules), each
// vote weighed by how sure its reading is:
//
//   - honorific: an honorific or a gendered noun for a person ("Ms",
//     "Mr", "Dame", "Sir", "Queen", "spokeswoman", "his wife": classes
//     female, male of word_classes.tsv) right before a mention of the
//     person, capitalized or tagged a noun ("did not miss Tarrow" is no
//     evidence), or before a comma that opens the name when a determiner
//     or possessive opens the noun's phrase at the sentence's start or
//     after a reporting verb ("The chairwoman, Ada Krol, said"; "said the
//     chairwoman, Ada Krol"): "Like her father, Ada Krol ..." and "After
//     meeting the king, Ada Krol ..." say nothing of Krol;
//   - apposition: such a noun heading an apposition after the name ("Ada
//     Krol, a spokeswoman for the council"; "Tom Ilves, her son,"), before
//     any preposition, relative, verb, possessive or other person, past
//     the words of an organization's name ("Ada Krol, a Duke Freight
//     buyer");
//   - sole-person: a sentence that names one person only and, after the
//     name and outside any quotation, uses a gendered pronoun of the third
//     person ("Ingrid Saelen still answers the phone herself"; "Koivu took
//     over the yard when she was 31"), with no unnamed person ("the
//     mayor") after the verb before the pronoun.
//   - next-sentence: a sentence that opens with a gendered pronoun ("He
//     then flew on to Accra") after a sentence naming one person only,
//     outside any quotation, before any verb or pronoun: the pronoun
//     continues that sentence's subject. Not when the name owns something
//     ("Ada Krol's husband retired. He ...": he is the husband) or the verb
//     brings in an unnamed person ("Tom Ilves met the mayor. She ...").
//
// The rules do not weigh alike: an honorific or a noun for the person
// (weight 4) is what the story says outright; a pronoun in the person's
// own sentence (2) or opening the next one (1) is a reading that can be
// wrong. The given name, when given_gender.tsv knows it (a name nearly
// all of whose bearers are women, or men: "Lars", "Gwendolyn"; never the
// name of a family-first surname order), weighs 2: a pronoun reading
// alone does not turn it, an honorific or role noun does. A person's
// gender is the side with more weight; none, or a tie, is unknown, and an
// unknown gender never stops a resolution.

// genderRule is one reading of gender evidence, and the weight of each
// of its votes.
type genderRule struct {
	name   string
	weight int
	vote   func(d *document, votes map[*entity]int)
}

// genderRules is the list, in order; every rule votes (+1 female, -1
// male), each vote counted times the rule's weight.
var genderRules = []genderRule{
	{"honorific", 4, (*document).genderHonorific},
	{"apposition", 4, (*document).genderApposition},
	{"sole-person", 2, (*document).genderSolePerson},
	{"next-sentence", 1, (*document).genderNextSentence},
}

// givenNameWeight: the weight of the given name's gender.
const givenNameWeight = 2

// genderOf: "female", "male" or "" for a person of the story.
func (d *document) genderOf(e *entity) string {
	if e == nil {
		return ""
	}
	if d.genders == nil {
		votes := map[*entity]int{}
		for _, r := range genderRules {
			rv := map[*entity]int{}
			r.vote(d, rv)
			for p, v := range rv {
				votes[p] += r.weight * v
			}
		}
		d.genders = map[*entity]string{}
		for _, p := range d.ents {
			if p.typ == Person {
				if g := d.givenNameGender(p); g != "" {
					votes[p] += givenNameWeight * genderVote(g)
					d.tracef("gender %s: given name says %q", p.canon, g)
				}
			}
		}
		for p, v := range votes {
			switch {
			case v > 0:
				d.genders[p] = "female"
			case v < 0:
				d.genders[p] = "male"
			}
			d.tracef("gender %s: %q votes %d", p.canon, d.genders[p], v)
		}
	}
	return d.genders[e]
}

// pronounGender: the gender a personal pronoun at token k says, or "".
func (d *document) pronounGender(k int) string {
	w := d.toks[k].lower
	switch {
	case !d.lx.is(w, wcPersonal) && w != "herself" && w != "himself" && w != "him":
		return ""
	case d.lx.is(w, wcFemale):
		return "female"
	case d.lx.is(w, wcMale):
		return "male"
	}
	return ""
}

// genderClash: the person's known gender is not the one the pronoun at
// token k says.
func (d *document) genderClash(e *entity, k int) bool {
	g := d.pronounGender(k)
	if g == "" {
		return false
	}
	h := d.genderOf(e)
	return h != "" && h != g
}

func genderVote(g string) int {
	switch g {
	case "female":
		return 1
	case "male":
		return -1
	}
	return 0
}

// givenNameGender: the gender given_gender.tsv knows of the person's
// given name, the first of two or more words of the name unless that word
// is a surname written first ("Kang Tae-won").
func (d *document) givenNameGender(e *entity) string {
	if len(e.words) < 2 || d.lx.familyKey[e.words[0]] {
		return ""
	}
	w := e.words[0]
	if g, ok := d.lx.givenGender[w]; ok {
		return g
	}
	if g, ok := d.lx.givenGender[foldAccents(w)]; ok {
		return g
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		// "Marie-Claire", "Pierre-Alain": the first name of the pair
		return d.lx.givenGender[foldAccents(w[:i])]
	}
	return ""
}

// genderWord: the gender a word that is no pronoun says ("Ms", "king",
// "spokeswoman"), or "".
func (d *document) genderWord(k int) string {
	w := d.toks[k].lower
	switch {
	case d.lx.is(w, wcPersonal) || d.lx.is(w, wcPronoun):
		return ""
	case d.lx.is(w, wcFemale):
		return "female"
	case d.lx.is(w, wcMale):
		return "male"
	}
	return ""
}

// nounLike: a token read as a noun, or capitalized as a title is; an
// untagged one (tag.go tags the opening words only of a sentence with no
// trigger) after a determiner, a possessive or an adjective ("his wife").
func (d *document) nounLike(k int) bool {
	t := d.toks[k]
	if t.cap || strings.HasPrefix(t.tag, "NN") {
		return true
	}
	if t.tag != "" || k == 0 {
		return false
	}
	switch p := d.toks[k-1]; {
	case p.tag == "DT" || p.tag == "PRP$" || p.tag == "POS" || strings.HasPrefix(p.tag, "JJ"):
		return true
	case d.lx.is(p.lower, wcDefinite, wcPossessive) || isPossessive(p.text):
		return true
	}
	return false
}

// genderHonorific: "Ms Koivu", "Mr. Vinter", "her husband Tor", "the
// chairwoman, Ada Krol".
func (d *document) genderHonorific(votes map[*entity]int) {
	for _, m := range d.mentions {
		if m.typ != Person {
			continue
		}
		k := m.span.t0 - 1
		if k >= 0 && d.toks[k].text == "." {
			k--
		}
		if k > 0 && d.toks[k].text == "," && d.toks[k].sent == d.toks[m.span.t0].sent {
			k-- // "the chairwoman, Ada Krol"
			if !d.leadNounPhrase(k) {
				continue
			}
		}
		if k < 0 || d.toks[k].sent != d.toks[m.span.t0].sent || !d.nounLike(k) {
			continue
		}
		if e, g := d.entityOf(m), d.genderWord(k); e != nil && g != "" {
			votes[e] += genderVote(g)
		}
	}
	// the honorific may stand inside the mention's own span
	for _, m := range d.mentions {
		if m.typ != Person || m.span.t1-m.span.t0 < 2 || !d.toks[m.span.t0].cap {
			continue
		}
		if e, g := d.entityOf(m), d.genderWord(m.span.t0); e != nil && g != "" {
			votes[e] += genderVote(g)
		}
	}
}

// leadNounPhrase: the noun at token k ends a phrase a determiner or a
// possessive opens ("the chairwoman", "the council's chairwoman"), at the
// sentence's start or right after a reporting verb ("said the
// chairwoman"): a phrase that names the person after the comma, not one
// of a clause before it ("Like her father, ..."; "After meeting the
// king, ...").
func (d *document) leadNounPhrase(k int) bool {
	s := d.sent[d.toks[k].sent]
	j := k - 1
	for ; j >= s.t0 && j > k-5; j-- {
		t := d.toks[j]
		if d.lx.is(t.lower, wcDefinite, wcPossessive) {
			break
		}
		if !t.word && !isPossessive(t.text) || strings.HasPrefix(t.tag, "VB") || d.lx.is(t.lower, wcPrep) {
			return false
		}
	}
	if j < s.t0 || j <= k-5 || !d.lx.is(d.toks[j].lower, wcDefinite, wcPossessive) {
		return false
	}
	return j == s.t0 || d.lx.is(d.toks[j-1].lower, wcReport)
}

// genderApposition: "Ada Krol, a spokeswoman for the council", "Tom
// Ilves, her son, said": a gendered noun heading the apposition after a
// name, before any preposition, relative, verb or other person, and no
// possessive ("Ada Krol, the king's adviser" says nothing of Krol).
func (d *document) genderApposition(votes map[*entity]int) {
	for _, m := range d.mentions {
		if m.typ != Person || m.span.t1+1 >= len(d.toks) || d.toks[m.span.t1].text != "," {
			continue
		}
		e := d.entityOf(m)
		if e == nil {
			continue
		}
		si := d.toks[m.span.t0].sent
		for k := m.span.t1 + 1; k < len(d.toks) && k < m.span.t1+8 && d.toks[k].sent == si; k++ {
			t := d.toks[k]
			if !t.word && t.tag != "POS" && !isPossessive(t.text) || d.personAt(k) || d.appositionStop(k) {
				break
			}
			if d.inNamedThing(k) {
				continue // "a Duke Freight buyer": no duke
			}
			g := d.genderWord(k)
			if g == "" || t.tag != "" && !strings.HasPrefix(t.tag, "NN") {
				continue
			}
			if k+1 < len(d.toks) && (isPossessive(d.toks[k+1].text) || d.personAt(k+1)) {
				break // "the king's adviser"; "his wife Ada" names another
			}
			votes[e] += genderVote(g)
			break
		}
	}
}

// inNamedThing: token k is inside a mention of something not a person (an
// organization, a place): its words say nothing of anyone's gender.
func (d *document) inNamedThing(k int) bool {
	lo := k - 8
	if lo < 0 {
		lo = 0
	}
	for _, m := range d.mentionsIn(span{lo, k + 1}) {
		if m.typ != Person && m.span.t1 > k {
			return true
		}
	}
	return false
}

// appositionStop: a word that ends an apposition's head phrase: a
// preposition, a relative (also "whose", by its tag WP$), a verb, a
// conjunction (classes coordinator, clause; "or" by its tag CC).
func (d *document) appositionStop(k int) bool {
	t := d.toks[k]
	return d.lx.is(t.lower, wcPrep, wcRelative, wcCoordinator, wcClause) ||
		strings.HasPrefix(t.tag, "VB") || strings.HasPrefix(t.tag, "W") ||
		t.tag == "IN" || t.tag == "CC" || t.tag == "TO" || t.tag == "MD"
}

// personAt: a mention of a person starts at token k.
func (d *document) personAt(k int) bool {
	for _, m := range d.mentionsIn(span{k, k + 1}) {
		if m.typ == Person {
			return true
		}
	}
	return false
}

// genderSolePerson: one person named in a sentence, outside quotation
// marks, and after the name only pronouns of one gender, none before it
// ("she and Vinter signed ... her company and his" speaks of two people)
// and no unnamed person after the verb before them ("Ada Krol thanked the
// mayor for his help" says nothing of Krol).
func (d *document) genderSolePerson(votes map[*entity]int) {
	for _, s := range d.sent {
		q := d.quotedSpans(s)
		var who *entity
		at, n := -1, 0
		for _, m := range d.mentionsIn(span{s.t0, s.t1}) {
			if m.typ != Person {
				continue
			}
			if e := d.entityOf(m); e != nil && e != who {
				who, at = e, m.span.t1
				n++
				if inSpans(q, m.span.t0) {
					n = 2 // a name in a quotation is not who "she says" is
				}
			}
		}
		if n != 1 {
			continue
		}
		g := ""
		verb, other := false, false
		for k := s.t0; k < s.t1; k++ {
			if inSpans(q, k) || k >= at-1 && k < at {
				continue
			}
			if k >= at {
				verb = verb || strings.HasPrefix(d.toks[k].tag, "VB")
				other = other || verb && d.personWord(k)
			}
			pg := d.pronounGender(k)
			if pg == "" {
				continue
			}
			if k < at || other || g != "" && g != pg {
				// a pronoun before the name, after someone unnamed the
				// verb brings in ("thanked the mayor for his help"), or
				// both genders
				g = ""
				break
			}
			g = pg
		}
		votes[who] += genderVote(g)
	}
}

// personWord: a lower-case title head or noun for a person ("mayor",
// "minister", "colleague") at token k.
func (d *document) personWord(k int) bool {
	t := d.toks[k]
	return !t.cap && t.word && (d.lx.personNoun[t.lower] || d.lx.titles.longestKind(d.toks, k, k+1, titleHead) > 0)
}

// genderNextSentence: "Ada Krol opened the plant on Monday. She flies to
// Accra next": a gendered pronoun opening a sentence, after a sentence
// that names one person only, outside quotation marks, who owns nothing
// there ("Ada Krol's son ...") and after whom the verb brings in no
// unnamed person ("... met the mayor").
func (d *document) genderNextSentence(votes map[*entity]int) {
	for si := 1; si < len(d.sent); si++ {
		s := d.sent[si]
		if s.t1 <= s.t0 || inSpans(d.quotedSpans(s), s.t0) {
			continue
		}
		g := d.pronounGender(s.t0)
		if g == "" {
			continue
		}
		t := d.sent[si-1]
		q := d.quotedSpans(t)
		var who *entity
		n, at := 0, t.t1
		for _, m := range d.mentionsIn(span{t.t0, t.t1}) {
			if m.typ != Person {
				continue
			}
			e := d.entityOf(m)
			if e == nil {
				continue
			}
			if e != who {
				who, at = e, m.span.t1
				n++
				if inSpans(q, m.span.t0) {
					n = 2 // a name in a quotation may be who "he" is
				}
			}
			if m.span.t1 < t.t1 && (isPossessive(d.toks[m.span.t1].text) || d.toks[m.span.t1].tag == "POS") {
				n = 2 // "Ada Krol's husband": he may be the husband
			}
		}
		if n == 1 && !d.notLeadingSubject(t.t0, who) && !d.unnamedAfterVerb(at, t.t1) {
			votes[who] += genderVote(g)
		}
	}
}

// unnamedAfterVerb: between tokens from and to, a verb and after it a noun
// for an unnamed person ("met the mayor"), outside quotation marks.
func (d *document) unnamedAfterVerb(from, to int) bool {
	verb := false
	for k := from; k < to; k++ {
		verb = verb || strings.HasPrefix(d.toks[k].tag, "VB")
		if verb && d.personWord(k) {
			return true
		}
	}
	return false
}

// notLeadingSubject: a verb or a personal pronoun stands in the sentence from
// token t0 before the first mention of the person: the person is not the
// sentence's one subject ("On Monday the envoy met Tom Ilves. She ...";
// "In May she and Ilves signed a deal. Her ...").
func (d *document) notLeadingSubject(t0 int, e *entity) bool {
	for k := t0; k < len(d.toks); k++ {
		for _, m := range d.mentionsIn(span{k, k + 1}) {
			if m.typ == Person && d.entityOf(m) == e {
				return false
			}
		}
		if tag := d.toks[k].tag; strings.HasPrefix(tag, "VB") || tag == "MD" || d.lx.is(d.toks[k].lower, wcPersonal) {
			return true
		}
	}
	return false
}
