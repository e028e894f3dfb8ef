package extract

import "strings"

// companiesPersons: "the two chief executives", "both chairmen" whose
// last event's parties are organizations are the persons the story gave
// each of those organizations as their own (an employer the entity pass
// read: "Norvik chief executive X", "Y, chairman of Austral"), one each,
// fitting the noun's office when it names one. When the noun names a
// title (describedTitle), every person taken holds it, a company's only
// person too: a spokesman is none of "the two chief executives". Nil when
// a company has none, or two (which of them is not told), or the noun
// names no persons: the organizations then stay the parties. A person of
// a third company, one not a party of the event, is never taken.
func (d *document) companiesPersons(a arg, last *Event) []party {
	w := d.toks[a.span.t1-1].lower
	if d.groupKind(w) != Person && !d.lx.pluralPersonWord(w) || len(last.Participants) < 2 {
		return nil
	}
	title := d.describedTitle(a)
	var ps []party
	seen := map[*entity]bool{}
	for _, p := range last.Participants {
		o := d.byCanon[p.Name]
		if o == nil || p.Type != Organization || o.typ != Organization {
			return nil
		}
		var staff []*entity
		for _, e := range d.ents {
			if e.typ != Person || e.org == "" || d.exclude[e.canon] || e.first >= a.span.t0 || !d.fitsOfficeNoun(e, w) {
				continue
			}
			if title != "" && !holdsTitle(d.lx, e, title) {
				continue
			}
			if d.orgEntityNamed(e.org) == o {
				staff = append(staff, e)
			}
		}
		if len(staff) != 1 || seen[staff[0]] {
			return nil // none, or two persons of one company: which is not told
		}
		hit := staff[0]
		seen[hit] = true
		ps = append(ps, party{name: hit.canon, typ: Person, via: a.pron + " -> " + hit.canon + " (the person of " + o.canon + ")"})
	}
	return ps
}

// describedTitle: the title a plural description names, in lower case
// and singular: a counted title of two words ("the two chief executives":
// "chief executive", countedTitlePlural) or a one-word title's plural
// ("both chairmen": "chairman"); "" when the noun names persons of any
// title, a word of class people or group-person ("the two executives",
// "the leaders").
func (d *document) describedTitle(a arg) string {
	k := a.span.t1 - 1
	pl := d.toks[k].lower
	if k-1 >= a.span.t0 && d.countedTitlePlural(k) {
		return d.lx.titleWithPlural(d.toks[k-1].lower, pl)
	}
	if d.lx.is(pl, wcPeople, wcGroupPerson) {
		return ""
	}
	if t := d.lx.titleWithPlural("", pl); t != pl {
		return t
	}
	return ""
}

// holdsTitle: one of the person's titles ends on title, its head and the
// words before it read without case and without a complement: "Foreign
// Minister" and "Minister of Oil" hold "minister", "group chief
// executive" holds "chief executive", "chief executive" holds "executive"
// but not "chairman".
func holdsTitle(lx *lexicon, e *entity, title string) bool {
	for _, t := range e.titles {
		ws, h := titleParts(lx, t)
		if h < 0 {
			continue
		}
		if head := strings.Join(ws[:h+1], " "); head == title || strings.HasSuffix(head, " "+title) {
			return true
		}
	}
	return false
}
