package extract

import "strings"

// The roles pass turns a clause's arguments into an event's parties, by
// the frame's roles: the subject and object of "Soto met Li", the
// with-phrase of "talks with Li", both sides of "between Soto and Li", the
// agent of a passive ("was bought by Harbor"), the possessor of a noun
// ("Soto's visit"), the of-phrase of "takeover of MCI". Pronouns and
// descriptions are resolved by the participants pass.

// roleArgs lists the arguments the frame's roles point at, in role order.
func (cl *clause) roleArgs(f *frame) []arg {
	var out []arg
	for _, r := range f.roles {
		switch r {
		case "subj":
			out = append(out, cl.subj...)
		case "obj":
			out = append(out, cl.obj...)
		case "with", "between", "by", "of", "from", "for":
			out = append(out, cl.pp[r]...)
		case "poss":
			out = append(out, cl.pp[r]...)
			if !f.verb && len(cl.pp[r]) == 0 && len(cl.pp["between"]) == 0 && !f.hasRole("subj") {
				// "Park held a meeting with Li": the subject of the verb
				// a noun stands under is its owner, as in "Park's meeting"
				out = append(out, cl.subj...)
			}
		}
	}
	return out
}

// destination returns the place a visit frame names: its object, its
// to-, in- or of-phrase, as the frame says.
func (cl *clause) destination(f *frame) (arg, bool) {
	for _, r := range f.roles {
		var as []arg
		// a frame whose lemma ends in its preposition ("travel to", "arrive
		// in", "leave for") has the destination as its object
		prep, isDest := strings.CutPrefix(r, "dest:")
		if !isDest {
			continue
		}
		own := strings.HasSuffix(f.lemma, " "+prep)
		switch {
		case r == "dest:obj" || own:
			as = cl.obj
		default:
			as = cl.pp[prep]
		}
		for _, a := range as {
			if a.typ == Location {
				return a, true
			}
		}
	}
	return arg{}, false
}

// party is a resolved participant: a name and its entity type ("" for a
// proper noun no entity rule knew).
type party struct {
	name, typ string
	via       string // how it was found: "subj", "with", "he -> Ana Soto"...
}

// clauseParties reads the parties of an event from its clause: persons
// where the clause names any, else organizations (and proper nouns no
// rule knew), else countries. Pronouns and descriptions are resolved
// against what the article said before.
func (d *document) clauseParties(cl *clause, tr trigMatch, si int, focal *entity, last *Event) []party {
	var persons, orgs, countries []party
	add := func(p party) {
		for _, xs := range [][]party{persons, orgs, countries} {
			for _, x := range xs {
				if x.name == p.name {
					return
				}
			}
		}
		switch p.typ {
		case Person:
			persons = append(persons, p)
		case Organization, "":
			orgs = append(orgs, p)
		case Location:
			countries = append(countries, p)
		}
	}
	args := cl.roleArgs(tr.frame)
	for i := range args {
		args[i] = d.wholeNameArg(args[i]) // "Ministry of Arts, Culture and ...": one name
	}
	named := map[string]bool{}
	for _, a := range args {
		if a.pron == "" {
			named[a.name] = true
		}
	}
	for _, a := range args {
		if a.span.t0 > tr.t1 && d.lx.is(d.toks[a.span.t0-1].lower, wcRelative) {
			// "met X, with whom he reviewed...": the subject of a
			// relative clause is no role of this trigger
			continue
		}
		if a.pron == "" && (a.typ == Organization || a.typ == Location) {
			// "with Marine Corps General James Mattis", "with Saudi
			// Investment Minister X": the name modifies a title, the
			// person after it is the party
			if e := d.personAfterTitle(a.span); e != nil {
				add(party{name: e.canon, typ: Person})
				continue
			}
		}
		switch {
		case a.pron != "":
			d.exclude = named // "She met Li Wei": she is not Li Wei
			rs := d.resolveArg(a, si, focal, last)
			d.exclude = nil
			for _, p := range rs {
				add(p)
				if p.typ == Person && len(rs) == 1 {
					named[p.name] = true // "She agreed with him": him is not she
				}
			}
		case a.typ == Location:
			if e := d.byCanon[a.name]; e != nil && e.kind == "country" {
				add(party{name: a.name, typ: Location, via: "country"})
			} else if p, ok := d.seatParty(a, tr); ok {
				add(p) // "Ankara and Brussels struck an accord"
			}
		case a.typ == "" && d.untypedSeat(a, tr):
			p, _ := d.seatParty(a, tr) // "Canberra and Wellington signed", Wellington untyped
			add(p)
		case a.typ == "" && tr.typ != Agreement:
			// an unknown proper noun is a party only to a deal
		default:
			add(party{name: a.name, typ: a.typ})
		}
	}
	return preferParties(persons, orgs, countries, tr.typ)
}

// preferParties picks an event's parties as the guidelines say: named
// persons first (two, or one visitor), else a person and an organization,
// else organizations, else an organization and a country, else countries;
// when none of those holds, all of them (for the caller to judge).
func preferParties(persons, orgs, countries []party, typ string) []party {
	switch {
	case len(persons) >= 2 || len(persons) == 1 && typ == Visit:
		return persons
	case len(persons) == 1 && len(orgs) >= 1:
		return append(persons, orgs[0])
	case len(persons) == 1 && len(orgs) == 0 && len(countries) >= 2:
		// "Soto met envoys of Kenya and Uganda": the named person and the
		// countries no person is named for, as one person and one country
		return append(persons, countries...)
	case len(orgs) >= 2:
		return orgs
	case len(orgs) == 1 && len(countries) >= 1:
		return append(orgs, countries[0])
	case len(countries) >= 2:
		return countries
	}
	return append(append(persons, orgs...), countries...)
}

// meetsUnnamed returns the one named person of a meeting whose other side
// is an unnamed group ("met with community leaders", "talks with
// officials"), or "".
func (d *document) meetsUnnamed(cl *clause, tr trigMatch, si int, focal *entity, last *Event) string {
	var named []party
	group := d.unnamedSide(tr) // "meets with a tribal elder", "addresses a meeting"
	for _, a := range cl.roleArgs(tr.frame) {
		switch {
		case a.pron != "" && d.lx.is(d.toks[a.span.t1-1].lower, wcPeople):
			group = true
		case a.pron != "":
			for _, p := range d.resolveArg(a, si, focal, last) {
				if p.typ == Person {
					named = append(named, p)
				}
			}
		case a.typ == Person:
			named = append(named, party{name: a.name, typ: Person})
		}
	}
	if group && len(named) == 1 {
		return named[0].name
	}
	return ""
}

// hostedVisit: a meeting whose frame has the guest role ("X hosted Y",
// "received Y", "welcomed Y") with a place is also the guest's visit to
// that place, when the guest is a named person of the meeting.
func (d *document) hostedVisit(tr trigMatch, cl *clause, ev Event) (Event, bool) {
	if !tr.frame.hasRole("guest:obj") || ev.Location == "" || cl.passive {
		return Event{}, false
	}
	for _, a := range cl.obj {
		if a.typ != Person {
			continue
		}
		for _, p := range ev.Participants {
			if p.Name == a.name {
				g := ev
				g.Type = Visit
				g.Participants = []Participant{p}
				g.Evidence = nil
				if len(ev.Explain) > 0 {
					g.Explain = append(append([]string(nil), ev.Explain...), "a hosted visit: the guest of "+tr.frame.lemma)
				}
				g.ID = eventID(g)
				return g, true
			}
		}
	}
	return Event{}, false
}

// personAfterTitle: the person named right after the name at sp when
// only title words stand between ("Marine Corps General James Mattis",
// "Saudi Investment Minister Nasser Al-Qahtani"), or nil.
func (d *document) personAfterTitle(sp span) *entity {
	s := d.sent[d.toks[sp.t0].sent]
	for _, m := range d.mentionsIn(span{sp.t1, min(sp.t1+5, s.t1)}) {
		if m.typ != Person {
			continue
		}
		if m.span.t0 == sp.t1 {
			return nil // two names side by side: no title between
		}
		for k := sp.t1; k < m.span.t0; k++ {
			if !d.toks[k].cap || d.lx.titles.longestKind(d.toks, k, m.span.t0, titleHead) == 0 && d.lx.titles.longestKind(d.toks, k, m.span.t0, titlePre) == 0 && !d.toks[k].word {
				return nil
			}
		}
		if d.lx.titles.longestKind(d.toks, sp.t1, m.span.t0, titleHead) == 0 && d.lx.titles.longestKind(d.toks, sp.t1, m.span.t0, titlePre) == 0 {
			return nil
		}
		return d.entityOf(m)
	}
	return nil
}

// viaSeat marks a party read from a seat of government (seatParty).
const viaSeat = "seat of government"

func isSeatVia(via string) bool { return strings.HasPrefix(via, viaSeat) }

// seatParty: a seat of government named in a party role of a meeting or an
// agreement stands for its government ("Washington and Beijing reached a
// deal", "talks between Moscow and Kyiv"; seats.tsv), named as the
// guidelines name a party: the country (as the article names it, when it
// does), else the body the table gives ("Brussels": the European Union).
// A visit's places, a place after "in" or "to" and a person named
// Washington are no such argument.
func (d *document) seatParty(a arg, tr trigMatch) (party, bool) {
	if tr.typ == Visit || a.pron != "" || a.typ != Location && !(a.typ == "" && d.untypedSeat(a, tr)) {
		return party{}, false
	}
	if d.seatModifies(a.span) {
		return party{}, false // "the London market", "Beijing's envoy", "the Paris, Madrid and Lisbon exchanges"
	}
	written := d.textOf(a.span)
	name, ok := d.lx.seats[written]
	if !ok {
		if name, ok = d.lx.seats[a.name]; !ok {
			return party{}, false
		}
	}
	typ := Organization
	if e := d.byCanon[name]; e != nil {
		typ = e.typ
	} else {
		for _, i := range d.lx.placeNames[strings.ToLower(name)] {
			if d.lx.places[i].kind == "country" {
				typ = Location
			}
		}
	}
	return party{name: name, typ: typ, via: viaSeat + ": " + written + " -> " + name}, true
}

// untypedSeat: a proper noun no entity rule typed here that the article
// names as a place elsewhere, or the gazetteer knows as a city, and
// seats.tsv knows as a seat ("Canberra and Wellington signed a pact",
// where "Wellington" is also a surname).
func (d *document) untypedSeat(a arg, tr trigMatch) bool {
	if tr.typ == Visit || a.pron != "" || a.typ != "" {
		return false
	}
	w := d.textOf(a.span)
	if _, ok := d.lx.seats[w]; !ok {
		return false
	}
	if e := d.byCanon[w]; e != nil {
		return e.typ == Location
	}
	for _, i := range d.lx.placeNames[strings.ToLower(w)] {
		if d.lx.places[i].kind == "city" {
			return true
		}
	}
	return false
}

// seatModifies: the place at sp modifies a noun rather than standing
// alone: a determiner before it ("the Paris bourse"), or a possessive or a
// common noun after it or after the names coordinated with it ("the
// London market", "Beijing's envoy", "the Paris, Madrid and Lisbon
// stock exchanges").
func (d *document) seatModifies(sp span) bool {
	if sp.t0 > 0 {
		if d.lx.is(d.toks[sp.t0-1].lower, wcArticle) {
			return true
		}
	}
	n := sp.t1
	for n+1 < len(d.toks) && (d.toks[n].text == "," || d.toks[n].lower == "and") && d.toks[n+1].cap {
		n++ // past the names coordinated with it
		for n < len(d.toks) && d.toks[n].cap && d.toks[n].word {
			n++
		}
	}
	if n >= len(d.toks) {
		return false
	}
	t := d.toks[n]
	return isPossessive(t.text) || t.word && !t.cap && strings.HasPrefix(t.tag, "NN")
}
