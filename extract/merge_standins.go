package extract

import "strings"

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
// stand-in); both name their parties in their own sentence (not read
// from context: "they signed a deal in October" after the persons' is
// another deal), at most standInsWindow sentences apart (a later
// agreement of other bodies, on a state visit, is another agreement),
// and both dated, the one date within the other.

// standInsWindow is how many sentences apart the two tellings may stand.
const standInsWindow = 2

// standIns reports whether one of a and b names only bodies or countries
// and the other as many persons, none known to be of any body; it says
// who stands for whom.
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
	// delegate did)
	if !dateWithin(a.Date, b.Date) && !dateWithin(b.Date, a.Date) {
		return "", false
	}
	for _, p := range orgs {
		if p.Type == Person {
			return "", false
		}
	}
	for _, p := range persons {
		if p.Type != Person {
			return "", false
		}
		if d.affiliated(p) {
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

// personsOf returns the participants of a and b that are persons, when
// one of them names only persons (standIns holds).
func personsOf(a, b *Event) []Participant {
	if len(a.Participants) > 0 && a.Participants[0].Type == Person {
		return a.Participants
	}
	return b.Participants
}
