package extract

import "strings"

// The gender pass: which persons the story itself says are women or men,
// so that "she" is never resolved to a man while a woman is the subject.
// The given-name tables carry no gender, and many names in news are ones
// no table knows; the story's own words are the evidence, read by an
// ordered list of named rules (genderRules), each vote counted:
//
//   - honorific: an honorific or a gendered noun for a person ("Ms",
//     "Mr", "Dame", "Sir", "Queen", "spokeswoman", "his wife": classes
//     female, male of word_classes.tsv) right before a mention of the
//     person, capitalized or tagged a noun ("did not miss Tarrow" is no
//     evidence), or before a comma that opens the name ("the chairwoman,
//     Ada Krol");
//   - apposition: such a noun heading an apposition after the name ("Ada
//     Krol, a spokeswoman for the council"; "Tom Ilves, her son,"), before
//     any preposition, relative, verb, possessive or other person;
//   - sole-person: a sentence that names one person only and, after the
//     name and outside any quotation, uses a gendered pronoun of the third
//     person ("Ingrid Saelen still answers the phone herself"; "Koivu took
//     over the yard when she was 31"), with no unnamed person ("the
//     mayor") after the verb before the pronoun.
//   - next-sentence: a sentence that opens with a gendered pronoun ("He
//     then flew on to Accra") after a sentence naming one person only,
//     outside any quotation, before any verb or pronoun: the pronoun
//     continues that sentence's subject.
//
// A person's gender is the side with more votes. A person the story gives
// no vote (or as many of one side as of the other) takes the gender of
// their given name when given_gender.tsv knows it (a name nearly all of
// whose bearers are women, or men: "Lars", "Gwendolyn"; never the name of
// a family-first surname order). Else the gender is unknown, and an
// unknown gender never stops a resolution.

// genderRule is one reading of gender evidence.
type genderRule struct {
	name string
	vote func(d *document, votes map[*entity]int)
}

// genderRules is the list, in order; every rule votes (+1 female, -1 male).
var genderRules = []genderRule{
	{"honorific", (*document).genderHonorific},
	{"apposition", (*document).genderApposition},
	{"sole-person", (*document).genderSolePerson},
	{"next-sentence", (*document).genderNextSentence},
}

// genderOf: "female", "male" or "" for a person of the story.
func (d *document) genderOf(e *entity) string {
	if e == nil {
		return ""
	}
	if d.genders == nil {
		votes := map[*entity]int{}
		for _, r := range genderRules {
			r.vote(d, votes)
		}
		d.genders = map[*entity]string{}
		for _, p := range d.ents {
			if p.typ == Person && votes[p] == 0 {
				if g := d.givenNameGender(p); g != "" {
					votes[p] = genderVote(g)
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
	case p.lower == "the" || p.lower == "his" || p.lower == "her" || p.lower == "their" || p.lower == "its" || p.lower == "'s" || p.lower == "’s":
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
			if !t.word && t.tag != "POS" && t.lower != "'s" && t.lower != "’s" || d.personAt(k) || d.appositionStop(k) {
				break
			}
			g := d.genderWord(k)
			if g == "" || t.tag != "" && !strings.HasPrefix(t.tag, "NN") {
				continue
			}
			if k+1 < len(d.toks) && (d.toks[k+1].lower == "'s" || d.toks[k+1].lower == "’s" || d.personAt(k+1)) {
				break // "the king's adviser"; "his wife Ada" names another
			}
			votes[e] += genderVote(g)
			break
		}
	}
}

// appositionStop: a word that ends an apposition's head phrase: a
// preposition, a relative, a verb, a conjunction.
func (d *document) appositionStop(k int) bool {
	t := d.toks[k]
	switch t.lower {
	case "and", "or", "but", "whose":
		return true
	}
	return d.lx.is(t.lower, wcPrep) || d.lx.is(t.lower, wcRelative) ||
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
// that names one person only, outside quotation marks.
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
		n := 0
		for _, m := range d.mentionsIn(span{t.t0, t.t1}) {
			if m.typ != Person {
				continue
			}
			if e := d.entityOf(m); e != nil && e != who {
				who = e
				n++
				if inSpans(q, m.span.t0) {
					n = 2 // a name in a quotation may be who "he" is
				}
			}
		}
		if n == 1 && !d.notLeadingSubject(t.t0, who) {
			votes[who] += genderVote(g)
		}
	}
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
