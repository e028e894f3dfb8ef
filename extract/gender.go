package extract

// The gender pass: which persons the story itself says are women or men,
// so that "she" is never resolved to a man while a woman is the subject.
// The given-name tables carry no gender, and many names in news are ones
// no table knows; the story's own words are the evidence, read by an
// ordered list of named rules (genderRules), each vote counted:
//
//   - honorific: "Ms", "Mrs", "Miss" or "Mr" (classes female, male of
//     word_classes.tsv) right before a mention of the person;
//   - sole-person: a sentence that names one person only and, after the
//     name and outside any quotation, uses a gendered pronoun of the third
//     person ("Ingrid Saelen still answers the phone herself"; "Koivu took
//     over the yard when she was 31").
//
// A person's gender is the side with more votes; a tie or no vote leaves
// it unknown, and an unknown gender never stops a resolution.

// genderRule is one reading of gender evidence.
type genderRule struct {
	name string
	vote func(d *document, votes map[*entity]int)
}

// genderRules is the list, in order; every rule votes (+1 female, -1 male).
var genderRules = []genderRule{
	{"honorific", (*document).genderHonorific},
	{"sole-person", (*document).genderSolePerson},
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

// genderHonorific: "Ms Koivu", "Mr. Vinter".
func (d *document) genderHonorific(votes map[*entity]int) {
	for _, m := range d.mentions {
		if m.typ != Person {
			continue
		}
		k := m.span.t0 - 1
		if k >= 0 && d.toks[k].text == "." {
			k--
		}
		if k < 0 || !d.toks[k].cap {
			continue
		}
		var g string
		switch w := d.toks[k].lower; {
		case d.lx.is(w, wcFemale) && !d.lx.is(w, wcPersonal):
			g = "female"
		case d.lx.is(w, wcMale) && !d.lx.is(w, wcPersonal):
			g = "male"
		}
		if e := d.entityOf(m); e != nil && g != "" {
			votes[e] += genderVote(g)
		}
	}
	// the honorific may stand inside the mention's own span
	for _, m := range d.mentions {
		if m.typ != Person || m.span.t1-m.span.t0 < 2 || !d.toks[m.span.t0].cap {
			continue
		}
		w := d.toks[m.span.t0].lower
		if d.lx.is(w, wcPersonal) {
			continue
		}
		if e := d.entityOf(m); e != nil {
			if d.lx.is(w, wcFemale) {
				votes[e]++
			} else if d.lx.is(w, wcMale) {
				votes[e]--
			}
		}
	}
}

// genderSolePerson: one person named in a sentence, outside quotation
// marks, and after the name only pronouns of one gender, none before it
// ("she and Vinter signed ... her company and his" speaks of two people).
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
		for k := s.t0; k < s.t1; k++ {
			if inSpans(q, k) || k >= at-1 && k < at {
				continue
			}
			pg := d.pronounGender(k)
			if pg == "" {
				continue
			}
			if k < at || g != "" && g != pg {
				g = "" // a pronoun before the name, or both genders
				break
			}
			g = pg
		}
		votes[who] += genderVote(g)
	}
}
