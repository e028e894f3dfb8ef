package extract

import "strings"

// The senses pass: readings of a trigger word that tell no event, known by
// the noun phrase that follows it. "Met" with a thing for its object meets
// a target ("met those requirements", "meet World Bank standards"); a
// verb that needs a person names a meeting only with one ("welcomed Iran's
// release" welcomes an act, "called on Syria to allow..." is an appeal,
// "briefed on the conversation" has no one briefed); "chair" is a meeting
// only when what is chaired is one ("chaired the talks", not "chairs the
// committee"); speaking to the press is no meeting ("speaking to
// reporters"); an attributive participle is an adjective ("a visiting
// scholar"); and a body's own session with no named body is no event ("a
// city council meeting", "a board of governors meeting").

// objKind says what kind of noun phrase follows a trigger.
type objKind int

const (
	objNone   objKind = iota // no noun phrase: a preposition, a clause, the end
	objNamed                 // a named person, organization or proper noun
	objPlace                 // a named place that is not a possessor
	objPerson                // a title or a word for people ("the minister", "officials")
	objPress                 // the press ("reporters", "journalists")
	objEvent                 // an event noun ("the meeting", "talks")
	objThing                 // a common noun: a thing, not a party
)

var objKindNames = [...]string{"none", "named", "place", "person", "press", "event", "thing"}

func (k objKind) String() string { return objKindNames[k] }

// object is the noun phrase read after a trigger.
type object struct {
	kind   objKind
	t0, t1 int  // its head's tokens
	appeal bool // "X to" and a verb follow: "called on X to resign"
}

// objectAfter reads the noun phrase that starts at token at, up to eight
// words on: determiners, adjectives, dates ("met Monday with"), possessors
// ("Kenya's president") and names used as modifiers ("World Bank
// standards") are passed over to its head.
func (d *document) objectAfter(at int, s sentence) object {
	lx := d.lx
	toks := d.toks
	for k := at; k < s.t1 && k < at+8; {
		t := toks[k]
		if e := d.dateAt(k); e > k {
			k = e // "met Monday with X", "hosted on 3 May"
			continue
		}
		if e := d.fieldTitleEnd(k, s); e > k { // titlerun.go: "met Germany's economy minister, X"
			return object{kind: objPerson, t0: k, t1: e, appeal: d.appealAfter(e, s)}
		}
		if ms := d.mentionsIn(span{k, k + 1}); len(ms) > 0 && ms[0].typ != Date && ms[0].typ != Title {
			m := ms[0]
			end := m.span.t1
			if end < s.t1 && isPossessive(toks[end].text) {
				k = end + 1 // a possessor: "Kenya's president", "Iran's release"
				continue
			}
			if end < s.t1 && d.dateAt(end) == end && (d.commonNoun(end) || toks[end].tag == "JJ" && !toks[end].cap ||
				m.typ == Location && toks[end].cap && toks[end].word) {
				// a name as a modifier: "World Bank standards", "a
				// Pashtun village elder", "U.S. Trade Representative Ana
				// Soto"; but not before a date ("met Li Wei yesterday")
				k = end
				continue
			}
			o := object{kind: objNamed, t0: m.span.t0, t1: end}
			if m.typ == Location {
				o.kind = objPlace
			}
			o.appeal = d.appealAfter(end, s)
			return o
		}
		l := t.lower
		switch {
		case lx.nameParticle[l] && k+1 < s.t1 && toks[k+1].cap:
			// "met da Costa Pereira"
			return object{kind: objNamed, t0: k, t1: k + 2, appeal: d.appealAfter(d.properRun(k+1, s, 1), s)}
		case lx.is(l, wcPress):
			return object{kind: objPress, t0: k, t1: k + 1}
		case lx.titles.longestKind(toks, k, min(k+3, s.t1), titleHead) > 0 || t.cap && lx.titles.longestKind(toks, k, min(k+3, s.t1), titlePre) > 0:
			// "welcomed Chinese Premier Li": the name may follow its title
			if n := d.objectAfter(k+1, s); n.kind == objNamed {
				return n
			}
			return object{kind: objPerson, t0: k, t1: k + 1, appeal: d.appealAfter(k+1, s)}
		case lx.personNoun[l] || lx.is(l, wcPeople, wcGroup):
			if n := d.objectAfter(k+1, s); n.kind == objNamed && n.t0 == k+1 {
				return n // "rival Harbor Group", "envoy Li Wei"
			}
			return object{kind: objPerson, t0: k, t1: k + 1, appeal: d.appealAfter(k+1, s)}
		case d.eventNoun(k, s) || lx.is(l, wcGathering):
			return object{kind: objEvent, t0: k, t1: k + 1}
		case t.cap && t.word:
			// a capitalised word no entity rule took: a demonym before its
			// noun ("Chinese officials") or a name
			if k+1 < s.t1 && (toks[k+1].word && !toks[k+1].cap) {
				k++
				continue
			}
			return object{kind: objNamed, t0: k, t1: k + 1, appeal: d.appealAfter(k+1, s)}
		case d.dateUnitOrShift(l) || d.adverbLike(k, s):
			k++ // "meet this week with X", "met briefly at a forum"
			continue
		case d.commonNoun(k):
			if k+1 < s.t1 && isPossessive(toks[k+1].text) {
				k += 2 // a common noun's possessor: "the country's then fisheries minister, X"
				continue
			}
			if k+1 < s.t1 && (d.commonNoun(k+1) || toks[k+1].cap && toks[k+1].word ||
				lx.titles.longestKind(toks, k+1, min(k+4, s.t1), titleHead) > 0 || lx.personNoun[toks[k+1].lower]) {
				k++ // a noun as a modifier: "credentials ceremony", "phone pioneer AT&T", "the industry minister"
				continue
			}
			if k+2 < s.t1 && toks[k+1].lower == "of" {
				// "the second round of talks", "a series of meetings"
				if n := d.objectAfter(k+2, s); n.kind == objEvent {
					return n
				}
			}
			if k+1 < s.t1 && toks[k+1].lower == "and" {
				// "its former parent and rival AT&T": a name in the
				// coordination is the object
				if n := d.objectAfter(k+2, s); n.kind == objNamed {
					return n
				}
			}
			return object{kind: objThing, t0: k, t1: k + 1}
		case modifierTag(t.tag):
			k++
			continue
		}
		return object{}
	}
	return object{}
}

// modifierTag: the tag of a word that may stand before a noun's head.
func modifierTag(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "RB", "VBG", "VBN":
		return true
	}
	return false
}

// commonNoun: the word at k is a lower-case common noun (tagged so) that
// names no person: "standards", "release", "credentials".
func (d *document) commonNoun(k int) bool {
	t := d.toks[k]
	if t.cap || !t.word || (t.tag != "NN" && t.tag != "NNS") {
		return false
	}
	lx := d.lx
	return !lx.personNoun[t.lower] && !lx.is(t.lower, wcPeople, wcGroup, wcPress) &&
		lx.titles.longestKind(d.toks, k, min(k+3, len(d.toks)), titleHead) == 0
}

// eventNoun: a noun reading of a meeting frame starts at k ("the meeting",
// "talks", "the summit").
func (d *document) eventNoun(k int, s sentence) bool {
	n, v := d.lx.triggers.longest(d.toks, k, s.t1)
	if n == 0 {
		return false
	}
	for _, r := range d.lx.formSets[v] {
		if f := d.lx.frames[r.frame]; !f.verb && f.typ == Meeting {
			return true
		}
	}
	return false
}

// progressive: the -ing word at i follows a form of "be", an adverb
// between at most, in its sentence: a progressive verb ("Ek is
// meeting Ms Vos on Thursday", "the board was also meeting"), whatever
// the tagger made of it; a noun would want a determiner ("is a meeting").
// "There is" introduces a noun ("there was talk of ...").
func (d *document) progressive(i int) bool {
	k := i - 1
	if k > 0 && d.toks[k].tag == "RB" && d.toks[k-1].sent == d.toks[i].sent {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[i].sent || !d.lx.is(d.toks[k].lower, wcBe) {
		return false
	}
	return k == 0 || d.toks[k-1].lower != "there"
}

// presentBe: the form of "be" before the progressive at i (progressive)
// is a present one: "is", "are", "am", "'s", "'re".
func (d *document) presentBe(i int) bool {
	k := i - 1
	if k > 0 && d.toks[k].tag == "RB" {
		k--
	}
	return d.lx.is(d.toks[k].lower, wcBePresent)
}

// personObject: the object read after a trigger is a person: a title or
// a word for people, or a named person.
func (d *document) personObject(o object) bool {
	if o.kind == objPerson {
		return true
	}
	if o.kind != objNamed {
		return false
	}
	ms := d.mentionsIn(span{o.t0, o.t1})
	return len(ms) > 0 && ms[0].typ == Person
}

// playerObject: the object is a person, or a name no rule has typed yet
// (a player's name the tagger types later: "fly-half Marco Brancusi"),
// never an organization's or a place's.
func (d *document) playerObject(o object) bool {
	if o.kind == objPerson {
		return true
	}
	if o.kind != objNamed {
		return false
	}
	ms := d.mentionsIn(span{o.t0, o.t1})
	return len(ms) > 0 && (ms[0].typ == Person || ms[0].typ == "")
}

// sportAfter: a contest's word (word class sport) stands within six words
// after a meeting verb, in its clause: "met them twice this season", "meet
// in the final", "met in a league match".
func (d *document) sportAfter(m trigMatch, s sentence) bool {
	for k := m.t1; k < s.t1 && k < m.t1+6; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if d.lx.is(t.lower, wcSport) {
			return true
		}
	}
	return false
}

// agreementNounAt: token k is an agreement's noun: the last word of a named
// document ("Accord", "Declaration") or a one-word noun reading of an
// agreement frame ("deal", "contract").
func (d *document) agreementNounAt(k int, s sentence) bool {
	if k < s.t0 || k >= s.t1 {
		return false
	}
	return d.lx.is(d.toks[k].lower, wcDocument) || d.sameTypeNoun(k, Agreement)
}

// appealAfter: "to" and a verb follow token k ("called on X to resign").
func (d *document) appealAfter(k int, s sentence) bool {
	// a name after "to" is a place, whatever its tag ("welcomed X to
	// Oslo": events_visit.go's hosted visits)
	return k+1 < s.t1 && d.toks[k].lower == "to" && d.toks[k+1].tag == "VB" && !d.toks[k+1].cap
}

// dateAt returns the end of the date mention covering token k, or k.
func (d *document) dateAt(k int) int {
	for _, m := range d.dates {
		if m.span.t0 <= k && k < m.span.t1 {
			return m.span.t1
		}
		if m.span.t0 > k {
			break
		}
	}
	return k
}

// senseHolds reports whether trigger m tells an event by what follows it;
// when it does not, it says why (for the trace).
func (d *document) senseHolds(m trigMatch, s sentence) (bool, string) {
	toks := d.toks
	// what follows the verb, or its "with" or "to" phrase: "spoke to
	// reporters", "met with journalists" is the press, not a meeting
	at := m.t1
	if m.verb && at < s.t1 && (toks[at].lower == "with" || toks[at].lower == "to") && m.typ == Meeting {
		at++
	}
	o := d.objectAfter(at, s)
	if o.kind == objNone && m.verb && at < s.t1 && toks[at].lower == "by" {
		// a passive's agent: "was received by X", "being bought by X";
		// "were greeted by big crowds" greets no one named
		o = d.objectAfter(at+1, s)
	}
	if m.typ == Meeting && m.verb && (o.kind == objPress || d.outletObject(o)) {
		return false, "the press" // "spoke to reporters", "talked to CNN" (senses_outlet.go)
	}
	if m.typ == Meeting && !m.verb && at+1 < s.t1 && toks[at].lower == "with" && d.objectAfter(at+1, s).kind == objPress {
		return false, "the press" // "spoke on a conference call with analysts", "a briefing with reporters"
	}
	if !m.verb && m.frame != nil && !m.frame.verb && d.nounBeforeHead(m, s) {
		return false, "an event noun modifying the noun after it"
	}
	if m.typ == Meeting && m.verb && !d.personObject(o) && d.sportAfter(m, s) {
		return false, "a sports fixture"
	}
	if m.typ == Meeting && m.verb && d.teamObject(m, o) {
		return false, "a fixture with a team" // senses_sport.go
	}
	if m.typ == Agreement && d.playerSigning(m, s) {
		return false, "a signing is a player" // senses_sport.go
	}
	if m.typ == Meeting && d.membersBallot(m, s) {
		return false, "a members' ballot" // senses_labour.go
	}
	if m.typ == Visit && !m.verb && at+1 < s.t1 && toks[at].lower == "on" {
		// "a yellow card for a trip on the fly-half X": a foul on a
		// player, no journey ("a trip on Monday to Lima" has a date; "a
		// trip on Air Force One" outside a sports story is a journey)
		if n := d.objectAfter(at+1, s); d.sportsStory(d.lx) && d.playerObject(n) {
			return false, "a trip on a person (a foul)"
		}
	}
	if m.verb && m.needs == "object" && m.typ == Meeting && (o.kind == objNone || o.kind == objPlace) {
		// "will receive in Kigali next week Ghana's envoy", "was
		// welcomed to Lima on Monday by X": the object or the passive's
		// agent after the verb's adjuncts (clause_shift.go)
		lim := d.clauseLimit(m.t1, s.t1)
		if k := d.pastAdjuncts(m.t1, lim); k > m.t1 && k+1 < lim && toks[k].lower == "by" {
			o = d.objectAfter(k+1, s)
		} else if _, k := d.shiftedObject(m.t1, lim); k > m.t1 {
			o = d.objectAfter(k, s)
		}
	}
	switch m.needs {
	case "object":
		// a title or a word for a person ("spoke with the president of
		// Taiwan") is read by the name after it (triggerHolds)
		if o.kind != objNamed && o.kind != objPerson || o.appeal {
			return false, "no person for its object (" + o.kind.String() + ")"
		}
		if o.kind == objNamed && d.namedOccasion(o, s) {
			// "will host the 2030 Coastal Games", "hosts the World
			// Economic Forum": an occasion hosted, no one met
			return false, "a named contest or gathering for its object"
		}
	case "gathering":
		if o.kind != objEvent {
			return false, "what it governs is no meeting (" + o.kind.String() + ")"
		}
		if d.namedBodySession(o, at, s) {
			// "spoke to the fifth session of the Regional Assembly", "will
			// address a joint session of Congress": a speech to a body,
			// no meeting with it
			return false, "a speech to a named body's session"
		}
	case "event":
		if !m.verb && (m.t1 >= s.t1 || d.toks[m.t1].lower != "of" || d.eventNounNear(m, s)) {
			// a noun is read as before, but "chair of the X" is a role
			break
		}
		// a named body chaired in the past tense is its session ("co-chaired
		// the Joint Commission on Monday"); "who chairs the committee" is a
		// role
		if o.kind == objNamed && (toks[m.t0].tag == "VBD" || toks[m.t0].tag == "VBN") {
			break
		}
		// "a session co-chaired by X": the passive's subject is chaired
		if at < s.t1 && toks[at].lower == "by" && m.t0 > s.t0 && d.eventNounBefore(m.t0, s) {
			break
		}
		if o.kind != objEvent {
			return false, "what it governs is no meeting (" + o.kind.String() + ")"
		}
	}
	if m.verb && m.frame != nil && m.frame.hasRole("obj") && m.t1 == at && o.kind == objThing &&
		(toks[o.t0].tag != "NNS" || d.lx.is(toks[o.t0].lower, wcTarget)) {
		// "meet those requirements", "met World Bank standards", "to meet
		// demand"; but a plural may be people ("meet our friends")
		return false, "a thing for its object"
	}
	if m.verb && d.attributive(m, s) {
		return false, "an adjective (a participle before its noun)"
	}
	if m.typ == Meeting && d.unnamedBodySession(m, s) && !d.personOpens(s) && d.bodyOfTrigger(m, &clause{}) == "" {
		d.session = d.toks[m.t0].sent + 1
		return false, "an unnamed body's own session, no one named attending"
	}
	if !m.verb && m.typ == Meeting && d.session > 0 && d.toks[m.t0].sent-d.session < 12 && d.definiteBare(m, s) {
		// "A city council meeting drew hundreds ... Several at the meeting
		// demanded that X and Y step down": the same session
		return false, "points back at an unnamed body's session"
	}
	return true, ""
}

// attributive: a one-word participle between a determiner and its noun is
// an adjective, "a visiting scholar", "the receiving line".
func (d *document) attributive(m trigMatch, s sentence) bool {
	if m.t1-m.t0 != 1 || m.t0 == s.t0 || m.t1 >= s.t1 {
		return false
	}
	t := d.toks[m.t0]
	if t.tag != "VBG" && t.tag != "JJ" {
		return false
	}
	p := d.toks[m.t0-1]
	return (p.tag == "DT" || p.tag == "PRP$") && d.commonNounOrPerson(m.t1)
}

func (d *document) commonNounOrPerson(k int) bool {
	t := d.toks[k]
	return !t.cap && t.word && (t.tag == "NN" || t.tag == "NNS")
}

// unnamedBodySession: a meeting noun whose own phrase makes it a body's
// session and names no body ("a city council meeting", "the board of
// governors meeting", "a plenary session"): the body has no name to be a
// party by.
func (d *document) unnamedBodySession(m trigMatch, s sentence) bool {
	body := false
	for k := m.t0 - 1; k >= s.t0 && k >= m.t0-4; k-- {
		t := d.toks[k]
		switch {
		case (t.cap && !(k == s.t0 && t.tag == "DT")) || !t.word:
			return false // "the Security Council meeting", "Kenya's"
		case d.pluralPersonGroup(k):
			return false // "the two governors met": persons told before, no body's session
		case d.lx.is(t.lower, wcBody, wcSession):
			body = true
		case t.lower == "of":
			// "board of governors meeting"
		case t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ":
		default:
			return body
		}
	}
	return body
}

// personOpens: the sentence's main clause has a named person for its
// subject: a person named before its first verb, the sentence not opening
// with a subordinate clause ("As X and Y debated, ..."). A caption's
// "FILE -" is passed over. Such a person attends the body's session the
// sentence tells ("President X speaks during a cabinet meeting").
func (d *document) personOpens(s sentence) bool {
	k := s.t0
	for k < s.t1 && (!d.toks[k].word || d.toks[k].upper && k+1 < s.t1 && !d.toks[k+1].word) {
		k++ // "FILE -", "—"
	}
	if k >= s.t1 || d.toks[k].tag == "IN" || d.toks[k].tag == "WRB" {
		return false
	}
	for _, m := range d.mentionsIn(span{k, s.t1}) {
		for j := k; j < m.span.t0; j++ {
			if strings.HasPrefix(d.toks[j].tag, "VB") {
				return false
			}
		}
		if m.typ == Person {
			return true
		}
	}
	return false
}

// sameOccasion drops a meeting noun that only places a greeting verb of
// its sentence (a frame with the role "occasion") in time or place ("X
// greets Y before a meeting", "greet Y for a meeting", "shakes hands with
// Y at their meeting in Z"): one meeting, whose parties are the verb's.
func (d *document) sameOccasion(trigs []trigMatch) []trigMatch {
	out := trigs[:0]
	verb := false
	for _, tr := range trigs {
		if tr.typ == Meeting && tr.frame != nil && tr.frame.verb && tr.frame.hasRole("occasion") {
			verb = true
		}
		if d.restatedAfterComma(tr, out) {
			d.tracef("S%d %s %q: restates the meeting verb before it", d.toks[tr.t0].sent, tr.typ, d.textOf(span{tr.t0, tr.t1}))
			continue
		}
		if verb && tr.typ == Meeting && !tr.verb && tr.t0 >= 2 && !d.ownParties(tr) {
			k := tr.t0 - 1
			if d.toks[k].tag == "DT" || d.toks[k].tag == "PRP$" {
				k--
			}
			if l := d.toks[k].lower; d.lx.is(l, wcTemporal) || l == "at" || l == "for" {
				d.tracef("S%d %s %q: the occasion of the meeting verb before it", d.toks[tr.t0].sent, tr.typ, d.textOf(span{tr.t0, tr.t1}))
				continue
			}
		}
		out = append(out, tr)
	}
	return out
}

// restatedAfterComma: a meeting noun in a phrase set off by a comma, "in"
// and a determiner or possessive (an ordinal or adjective between at
// most), after a meeting verb of its sentence, counts the verb's meeting
// rather than telling another: "X met Y on Monday, in their first meeting
// since 2019", "X is meeting Y on Friday, in their second meeting since
// the spring". kept holds the sentence's triggers before it.
func (d *document) restatedAfterComma(tr trigMatch, kept []trigMatch) bool {
	if tr.typ != Meeting || tr.verb {
		return false
	}
	verb := false
	for _, k := range kept {
		verb = verb || k.typ == Meeting && k.verb && k.t1 <= tr.t0
	}
	if !verb {
		return false
	}
	k := tr.t0 - 1
	for n := 0; n < 2 && k > 0 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS" || d.toks[k].tag == "CD"); n++ {
		k-- // "first", "third", "long-awaited"
	}
	if k < 2 || d.toks[k].tag != "DT" && d.toks[k].tag != "PRP$" {
		return false
	}
	return d.toks[k-1].lower == "in" && d.toks[k-2].text == ","
}

// eventNounBefore: a meeting noun stands before token at in its phrase
// ("a session co-chaired by X", "the talks in Oslo, which were chaired by
// X"): no other verb and no clause boundary between them.
func (d *document) eventNounBefore(at int, s sentence) bool {
	for k := at - 1; k >= s.t0 && k >= at-8; k-- {
		if d.eventNoun(k, s) {
			return true
		}
		t := d.toks[k]
		if t.text == ";" || strings.HasPrefix(t.tag, "VB") && !d.lx.is(t.lower, wcAux, wcBe) {
			return false
		}
	}
	return false
}

// ownParties: a meeting noun names its own parties, in a with- or
// between-phrase after it or a name before it ("talks with Li", "the
// Soto-Li meeting", "Soto's talks").
func (d *document) ownParties(tr trigMatch) bool {
	if tr.t1 < len(d.toks) {
		if l := d.toks[tr.t1].lower; l == "with" || l == "between" {
			return true
		}
	}
	k := tr.t0 - 1
	if k < 0 {
		return false
	}
	if isPossessive(d.toks[k].text) {
		return true
	}
	if ms := d.mentionsIn(span{d.properRun(k, d.sent[d.toks[k].sent], -1), k + 1}); len(ms) > 0 && ms[len(ms)-1].typ == Location {
		return false // "Damascus meetings": where, not who
	}
	return d.toks[k].cap && d.toks[k].word
}

// eventNounNear: a meeting noun or a gathering stands within six words of
// the trigger in its sentence.
func (d *document) eventNounNear(m trigMatch, s sentence) bool {
	for k := max(s.t0, m.t0-6); k < min(s.t1, m.t1+6); k++ {
		if (k < m.t0 || k >= m.t1) && (d.eventNoun(k, s) || d.lx.is(d.toks[k].lower, wcGathering)) {
			return true
		}
	}
	return false
}

// dateUnitOrShift: a word of a relative date ("this week", "next month",
// "last year"), passed over in an object.
func (d *document) dateUnitOrShift(w string) bool {
	if _, ok := d.lx.dateWord(dwShift, w); ok {
		return true
	}
	_, ok := d.lx.dateWord(dwUnit, w)
	return ok
}

// unnamedSide: the other side of a meeting trigger is unnamed people ("meets
// with a tribal elder", "talks to supporters", "met officials"), or the
// trigger's object is the meeting its subject attends ("addresses a
// meeting", "chaired the talks"): a meeting of one named person.
func (d *document) unnamedSide(tr trigMatch) bool {
	if tr.frame != nil && (tr.frame.needs == "gathering" || tr.frame.needs == "event") {
		return true
	}
	if tr.frame == nil || !tr.frame.verb {
		return false
	}
	s := d.sent[d.toks[tr.t0].sent]
	at := tr.t1
	if at < s.t1 && (d.toks[at].lower == "with" || d.toks[at].lower == "to") {
		at++
	}
	o := d.objectAfter(at, s)
	return o.kind == objPerson && !o.appeal
}

// definiteBare: a meeting noun after a definite determiner and only
// adjectives ("the meeting", "the emotionally charged meeting"), naming no
// party of its own (no with- or between-phrase after it).
func (d *document) definiteBare(m trigMatch, s sentence) bool {
	if m.t1 < s.t1 {
		if l := d.toks[m.t1].lower; l == "with" || l == "between" || l == "of" {
			return false
		}
	}
	for k := m.t0 - 1; k >= s.t0 && k >= m.t0-4; k-- {
		t := d.toks[k]
		switch {
		case t.lower == "the" || t.lower == "that" || t.lower == "this":
			return true
		case !t.cap && (t.tag == "JJ" || t.tag == "RB" || t.tag == "VBN" || t.tag == "VBG"):
		default:
			return false
		}
	}
	return false
}

// otherOnes: a description that says it means someone else ("other
// officials", "other high-ranking officers", "others") refers to no party
// told before.
func (d *document) otherOnes(a arg) bool {
	// the phrase read may start after its determiner ("Other | officials")
	from := a.span.t0
	if from > 0 && d.toks[from-1].sent == d.toks[a.span.t0].sent {
		from--
	}
	for k := from; k < a.span.t1; k++ {
		if d.lx.is(d.toks[k].lower, wcOther) {
			return true
		}
	}
	return false
}

// otherBefore: "other" or "others" stands at most three words before token
// k in its sentence ("other senior officials").
func (d *document) otherBefore(k int, s sentence) bool {
	for j := k; j >= s.t0 && j >= k-3; j-- {
		if d.lx.is(d.toks[j].lower, wcOther) {
			return true
		}
	}
	return false
}

// namedOccasion: the name read as a trigger's object ends in a contest's
// or a gathering's word ("the 2030 Coastal Games", "the Asian Cup", "the
// World Economic Forum", "the Lisbon Summit"): an occasion, not a party.
func (d *document) namedOccasion(o object, s sentence) bool {
	end := o.t0
	for end < s.t1 && end < o.t0+6 && d.toks[end].cap && d.toks[end].word {
		end++
	}
	if end == o.t0 {
		return false
	}
	last := end - 1
	l := d.toks[last].lower
	return d.lx.is(l, wcSport, wcGathering) || d.eventNoun(last, s)
}

// namedBodySession: the gathering read as an object (o, its head) is a
// named body's own session: a name before its head in the phrase from at
// ("the Security Council session") or "of" and a named organization after
// it ("a joint session of the Argentine Congress", "the spring session of
// the Regional Assembly").
func (d *document) namedBodySession(o object, at int, s sentence) bool {
	for _, m := range d.mentionsIn(span{at, o.t0}) {
		if m.typ == Organization {
			return true
		}
	}
	k := o.t1
	if k+1 >= s.t1 || d.toks[k].lower != "of" {
		return false
	}
	k++
	if d.toks[k].tag == "DT" {
		k++
	}
	for k < s.t1 && (d.toks[k].tag == "CD" || d.toks[k].tag == "JJ" && !d.toks[k].cap) {
		k++
	}
	ms := d.mentionsIn(span{k, k + 1})
	return len(ms) > 0 && ms[0].typ == Organization
}

// nounBeforeHead: a singular event noun (a noun frame's, not a verb prose
// tags as a noun: "Chile and Peru sign fishing pact") right before a
// lower-case singular common noun modifies that noun, and the phrase names a thing, a place or
// a time, not an event ("the summit venue", "a meeting room", "the
// conference hall"). A word of the calendar after it ("the visit today"),
// an event noun ("a summit meeting": the second noun is read on its own), a
// sentence's last word, or a plural before it (whose next word prose may
// tag as a noun when it is a verb: "the talks stall"), a form the
// morphology makes a verb's third person ("the visit builds on"), a noun
// of class adverbnoun ("a summit midweek", "a visit home") or a noun a
// finite verb or modal follows (the subject of a clause: "during the
// visit police arrested") is no such head.
func (d *document) nounBeforeHead(m trigMatch, s sentence) bool {
	k := m.t1
	if k+1 >= s.t1 {
		return false
	}
	if d.toks[k-1].tag != "NN" {
		return false // a plural before a word prose may tag as a noun is its subject ("the talks stall", "the trip builds on")
	}
	t := d.toks[k]
	if !t.word || t.cap || t.hyphen || t.tag != "NN" {
		return false
	}
	if d.lx.thirdPersonForm(t.lower) {
		return false // a verb's third person prose tags as a noun ("the trip builds on")
	}
	if _, ok := d.lx.dateWords[t.lower]; ok || d.lx.is(t.lower, wcAdverbNoun) {
		return false // "held a summit midweek", "made a visit home"
	}
	if n := d.toks[k+1]; n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" || n.tag == "MD" || d.lx.is(n.lower, wcModal, wcFuture) {
		return false // the noun is a clause's subject: "after the visit police arrested 12"
	}
	if n, _ := d.lx.triggers.longest(d.toks, k, s.t1); n > 0 {
		return false
	}
	return true
}
