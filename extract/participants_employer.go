package extract

import "strings"

// leadersCompanies (rule leaders-companies): "the two companies", "both
// firms" after an event of persons whose employers the story gave (one
// firm's chief executive and another's chairman put their names to a
// deal) are those employers, when each person has one the story names as
// an organization and they differ; else nil. A company's own later step
// (its talks before the signing, a team it sends) is the company's: the
// persons were named for the one event they took part in.
func (d *document) leadersCompanies(a arg, last *Event) []party {
	if d.groupKind(d.toks[a.span.t1-1].lower) != Organization {
		return nil
	}
	return d.personsEmployers(last, a.pron+" -> ")
}

// personsEmployers: the distinct organizations the story gave the
// persons of an event of two or more persons as their employers, one
// each, the via of each party prefixed by via; nil when a person has no
// employer the story names as an organization, or two share one.
func (d *document) personsEmployers(last *Event, via string) []party {
	if len(last.Participants) < 2 {
		return nil
	}
	var ps []party
	seen := map[*entity]bool{}
	for _, p := range last.Participants {
		e := d.byCanon[p.Name]
		if e == nil || p.Type != Person || e.org == "" {
			return nil
		}
		o := d.orgEntityNamed(e.org)
		if o == nil || seen[o] || d.partOfLongerOrg(o) {
			return nil
		}
		seen[o] = true
		ps = append(ps, party{name: o.canon, typ: Organization, via: via + o.canon + " (the persons' employers)"})
	}
	return ps
}

// orgEntityNamed: the organization of the story called name (its
// canonical name, an alias, or the full name an acronym stands for), or
// nil.
func (d *document) orgEntityNamed(name string) *entity {
	full := d.fullOrgName(name)
	for _, e := range d.ents {
		if e.typ != Organization || d.exclude[e.canon] {
			continue
		}
		if strings.EqualFold(e.canon, name) || strings.EqualFold(e.canon, full) {
			return e
		}
		for _, x := range e.aliases {
			if strings.EqualFold(x, name) || strings.EqualFold(x, full) {
				return e
			}
		}
	}
	return nil
}

// partOfLongerOrg: the organization's one-word name is also a later word
// of another organization's name in the story ("Vessa" beside "Orlo Vessa
// Group", split where a place word opened the longer name): which
// company the person works for is unsure, and leaders-companies keeps
// the persons.
func (d *document) partOfLongerOrg(o *entity) bool {
	if strings.Contains(o.canon, " ") {
		return false
	}
	for _, e := range d.ents {
		if e == o || e.typ != Organization {
			continue
		}
		for _, x := range append([]string{e.canon}, e.aliases...) {
			f := strings.Fields(x)
			for i := 1; i < len(f); i++ {
				if strings.EqualFold(strings.TrimRight(f[i], "."), o.canon) {
					return true
				}
			}
		}
	}
	return false
}
