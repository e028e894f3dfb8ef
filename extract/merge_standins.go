package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stand-ins: news often tells one meeting or agreement twice, first by
// whom it binds ("Fiji and Tonga signed a fisheries accord on Monday",
// "the two universities signed a memorandum") and then by who acted for
// them ("the accord was signed by ministers A and B"). When the article
// never says whose minister A is, the signatories rule (merge.go) cannot
// pair them; but one mention of two or more bodies or countries and one
// of as many persons, of the same type, with dates and places that agree
// (the other coreference rules still hold), are one event told by its
// parties and by its actors, and the persons are its parties (the
// guidelines name persons first). Guards: the article says of no person
// whose it is (when it does, the signatories rule decides: a person of
// another body, or a known party's signatory beside a stranger, is no
// stand-in; but see signedBack below); both name their parties in their own sentence (not read
// from context: "they signed a deal in October" after the persons' is
// another deal), at most standInsWindow sentences apart (a later
// agreement of other bodies, on a state visit, is another agreement),
// and both dated, the one date within the other. A later persons' telling
// that signs the deal back by a definite deal noun ("The contract was
// signed on Thursday by A and B": signedBack) is that deal's signing by
// the people of a party and by those the article gives to no body (a person the
// article gives to another body or country is still none: ofAParty), and
// either telling may then be undated or dated only by inheritance.

// standInsWindow is how many sentences apart the two tellings may stand.
const standInsWindow = 2

// standIns reports whether one of a and b names only bodies or countries
// and the other as many persons, none known to be of any body (or, when
// the persons sign the deal back, none of a body that is no party); it
// says who stands for whom.
func (d *document) standIns(a, b *Event) (string, bool) {
	if a.Type == Visit || b.Type == Visit {
		return "", false
	}
	orgs, persons := a.Participants, b.Participants
	if len(orgs) > 0 && orgs[0].Type == Person {
		orgs, persons = persons, orgs
	}
	if len(orgs) < 2 || len(orgs) != len(persons) {
		return "", false
	}
	// both tellings name their parties in their own sentence, close to
	// each other (an agreement of other bodies told later is another)
	if a.facts.borrowed || b.facts.borrowed || a.facts.sent-b.facts.sent > standInsWindow || b.facts.sent-a.facts.sent > standInsWindow {
		return "", false
	}
	// both dated, one date within the other: an undated telling may be
	// of the whole occasion's parts ("a series of meetings", then what one
	// delegate did); a deal signed back needs only dates that agree
	// (backDatesAgree)
	back := b.facts.sent > a.facts.sent && len(b.Participants) > 0 && b.Participants[0].Type == Person && d.signedBack(b.facts)
	if !dateWithin(a.Date, b.Date) && !dateWithin(b.Date, a.Date) && !(back && d.backDatesAgree(a, b)) {
		return "", false
	}
	for _, p := range orgs {
		if p.Type == Person {
			return "", false
		}
	}
	// the persons' telling names the deal told just before ("the
	// contract was signed by A and B"): a party's own people and persons
	// of no stated body may have signed it, a person the article gives to
	// a body or country that is no party of it did not
	for _, p := range persons {
		if p.Type != Person {
			return "", false
		}
		if d.affiliated(p) && (!back || !d.ofAParty(p, orgs)) {
			return "", false // whose person it is, the signatories rule reads
		}
	}
	return strings.Trim(partyNames(&Event{Participants: persons}), "[]") + " for " + strings.Trim(partyNames(&Event{Participants: orgs}), "[]"), true
}

// affiliated: the article says whose person p is (an employer or a
// country).
func (d *document) affiliated(p Participant) bool {
	if p.Organization != "" {
		return true
	}
	e := d.byCanon[p.Name]
	return e != nil && (e.org != "" || e.nation != "")
}

// ofAParty: the body or country the article gives person p (an
// employer, the country of a title) is one of orgs, named in full or by a
// short form of the party's name: a run of its words ("Boreal" of
// "Boreal Health Outreach", the country of "Japan Coast Guard") or its
// initials ("PCG" of "Philippine Coast Guard").
func (d *document) ofAParty(p Participant, orgs []Participant) bool {
	if d.standsFor(p, orgs) {
		return true
	}
	bodies := []string{p.Organization}
	if e := d.byCanon[p.Name]; e != nil {
		bodies = append(bodies, e.org, d.fullOrgName(e.org), e.nation)
	}
	for _, b := range bodies {
		for _, o := range orgs {
			if b != "" && shortFormOf(b, o.Name) {
				return true
			}
		}
	}
	return false
}

// shortFormOf: short is a run of the words of name or the initials of
// its capitalized words.
func shortFormOf(short, name string) bool {
	sw, nw := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(name))
	for i := 0; len(sw) > 0 && i+len(sw) <= len(nw); i++ {
		if slices.Equal(sw, nw[i:i+len(sw)]) {
			return true
		}
	}
	var initials strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials.WriteRune(r)
		}
	}
	return len(short) > 1 && initials.String() == short
}

// personsOf returns the participants of a and b that are persons, when
// one of them names only persons (standIns holds).
func personsOf(a, b *Event) []Participant {
	if len(a.Participants) > 0 && a.Participants[0].Type == Person {
		return a.Participants
	}
	return b.Participants
}

// signedBack: mention f signs or agrees the deal told before by name of
// its paper: a trigger phrase holding a determiner ("signed the
// three-year agreement") or a passive participle whose subject is a
// definite deal noun ("The contract was signed on Monday by X and Y",
// "the memorandum was formally signed"; agreement nouns of frames.tsv,
// document and signedpaper words). A deal brought in by "a" is a new one.
func (d *document) signedBack(f mentionFacts) bool {
	if !f.set {
		return false
	}
	if d.anaphoricTrigger(f) != "" {
		return f.verb
	}
	if !f.verb || f.t1-f.n0 != 1 || f.n0 >= len(d.toks) || !strings.HasPrefix(d.toks[f.n0].tag, "VB") || f.sent >= len(d.sent) {
		return false
	}
	s := d.sent[f.sent]
	k := f.n0 - 1
	for k >= s.t0 && d.toks[k].tag == "RB" {
		k--
	}
	if k < s.t0 || !d.lx.is(d.toks[k].lower, wcBe) {
		return false
	}
	for k--; k >= s.t0 && (d.toks[k].tag == "RB" || d.lx.is(d.toks[k].lower, wcAux)); k-- {
	}
	if k < s.t0 || !(d.agreementNounAt(k, s) || d.lx.is(d.toks[k].lower, wcSignedPaper)) {
		return false
	}
	_, ok := d.determinerBefore(k, s.t0, true)
	return ok
}

// backDatesAgree: the dates of a deal's telling and of its signing told
// back agree by the dates-compatible rule of the merge pass, not one date
// within the other: a missing or inherited date gives way (a release's
// "has signed", dated only by the story's day, and "was signed on
// Wednesday" after it), but not to a date more than a year before the
// story (a deal signed back in 2015 is background).
func (d *document) backDatesAgree(a, b *Event) bool {
	ok, _ := d.datesAgree(a, b)
	return ok
}
