package extract

import "strings"

// companiesPersons: "the two chief executives", "both chairmen" whose
// last event's parties are organizations are the persons the story gave
// each of those organizations as their own (an employer the entity pass
// read: "Norvik chief executive X", "Y, chairman of Austral"), one each,
// fitting the noun's office when it names one. When an organization has
// two, the one holding the title the description names ("chief
// executive" for "the two chief executives") is it; nil when none or
// still two (which of them is not told), or the noun names no persons:
// the organizations then stay the parties. A person of a third company,
// one not a party of the event, is never taken.
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
			if d.orgEntityNamed(e.org) == o {
				staff = append(staff, e)
			}
		}
		if len(staff) > 1 && title != "" {
			var holders []*entity
			for _, e := range staff {
				if holdsTitle(e, title) {
					holders = append(holders, e)
				}
			}
			staff = holders
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

// describedTitle: the title a counted plural description names, in lower
// case and singular ("the two chief executives": "chief executive"), or
// "" when its noun is no title's plural with the word before it
// (countedTitlePlural).
func (d *document) describedTitle(a arg) string {
	k := a.span.t1 - 1
	if k-1 < a.span.t0 || !d.countedTitlePlural(k) {
		return ""
	}
	w, pl := d.toks[k-1].lower, d.toks[k].lower
	for _, stem := range pluralStems(pl) {
		if c := d.lx.titles.next[w]; c != nil {
			if n := c.next[stem]; n != nil && n.kinds&(1<<titleHead) != 0 {
				return w + " " + stem
			}
		}
	}
	return ""
}

// holdsTitle: one of the person's titles is title, compared without case.
func holdsTitle(e *entity, title string) bool {
	for _, t := range e.titles {
		if strings.EqualFold(strings.TrimSpace(t), title) {
			return true
		}
	}
	return false
}
