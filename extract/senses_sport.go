package extract

import "strings"

// Two readings of sports stories that tell no event (senses, called from
// senseHolds):
//
//   - teamObject (rule "a fixture with a team"): a meeting verb whose object
//     is a team — a club the teams pass typed (results lines, "beat",
//     "captain", or a town with a club word in a sports story, rule
//     club-cue, or an organization named with a club word) — is a match: "we meet Kelbury Town on Wednesday", "the
//     champions meet Ashdown Rovers in the final". A person met stays a
//     meeting ("met the Rovers manager").
//   - playerSigning (rule "a signing is a player"): "signing" after an
//     adjective, a possessive or a determiner and right before a named
//     person is the player signed ("their new signing X", "Kelbury's
//     latest signing X"), a noun, no act of signing; "the signing of the
//     accord" has no name after it, "signed Kelbury Ltd" names a company,
//     and both stay.

// teamObject: the object read after the trigger is a team (see above),
// and the subject is no single person: "I will be meeting Kelbury City on
// Wednesday" (a player or an agent) is a meeting, "we meet Kelbury City"
// (the side) a match.
func (d *document) teamObject(m trigMatch, o object) bool {
	if o.kind != objNamed || d.personSubject(m) {
		return false
	}
	ms := d.mentionsIn(span{o.t0, o.t1})
	if len(ms) == 0 || d.personObject(o) {
		return false
	}
	// a person right after the club is the one met: "met Kelbury City
	// chairman X", "met Kelbury City's X"
	for _, m := range d.mentionsIn(span{ms[0].span.t1, ms[0].span.t1 + 4}) {
		if m.typ == Person || (m.typ == "" && d.toks[m.span.t0].tag == "NNP") {
			return false
		}
	}
	return (ms[0].typ == Organization && strings.Contains(ms[0].rule, "team")) || d.clubNamed(ms[0].text)
}

// clubNamed: in a sports story, the name is a club's or the town part of
// one the story names ("Kelbury" of "Kelbury Athletic"): a name with a club
// word that an organization cue typed, not the teams pass.
func (d *document) clubNamed(name string) bool {
	if !d.sportsStory(d.lx) {
		return false
	}
	if d.clubs == nil || d.clubsAt != len(d.mentions) {
		d.clubs, d.clubsAt = map[string]bool{}, len(d.mentions)
	}
	is, ok := d.clubs[name]
	if !ok {
		is = d.clubMention(name)
		d.clubs[name] = is
	}
	return is
}

func (d *document) clubMention(name string) bool {
	for _, m := range d.mentions {
		if m.typ != Organization || (m.text != name && !strings.HasPrefix(m.text, name+" ")) {
			continue
		}
		if last := d.toks[m.span.t1-1]; isCapitalised(last.text) && d.lx.is(last.lower, wcClubSuffix) {
			return true
		}
		if first := d.toks[m.span.t0]; isCapitalised(first.text) && d.lx.is(first.lower, wcClubPrefix) {
			return true
		}
	}
	return false
}

// playerSigning: trigger m is the noun "signing" of a player (see above).
func (d *document) playerSigning(m trigMatch, s sentence) bool {
	if m.t1-m.t0 != 1 || d.toks[m.t0].lower != "signing" || m.t0 <= s.t0 || m.t1 >= s.t1 {
		return false
	}
	p := d.toks[m.t0-1]
	if !(p.tag == "JJ" || p.tag == "JJS" || p.tag == "DT" || p.tag == "PRP$" || isPossessive(p.text)) {
		return false
	}
	// a person's name, or a name no rule has typed yet (the tagger types
	// it later); never an organization's or a place's
	ms := d.mentionsIn(span{m.t1, m.t1 + 1})
	return len(ms) > 0 && (ms[0].typ == Person || ms[0].typ == "")
}

// personSubject: the word before the trigger's verb group (auxiliaries,
// modals, adverbs passed over) is "I", "he" or "she", or a person's name.
func (d *document) personSubject(m trigMatch) bool {
	k := m.t0 - 1
	for k >= 0 && (strings.HasPrefix(d.toks[k].tag, "VB") || d.toks[k].tag == "MD" || d.toks[k].tag == "RB") {
		k--
	}
	if k < 0 {
		return false
	}
	// a singular personal pronoun (word class personal), or the
	// first person singular: the upper-case "I" of word class first
	if t := d.toks[k]; d.lx.is(t.lower, wcPersonal) || (t.text == "I" && d.lx.is(t.lower, wcFirst)) {
		return true
	}
	for _, x := range d.mentionsIn(span{k, k + 1}) {
		if x.typ == Person {
			return true
		}
	}
	for _, x := range d.mentions {
		if x.span.t1 == k+1 && x.typ == Person {
			return true
		}
	}
	return false
}
