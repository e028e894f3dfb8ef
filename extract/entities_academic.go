package extract

import "strings"

// A university is often named by its town alone before the title of its
// head: "Lenham vice-chancellor Priya Natarajan" of a story about the
// University of Lenham, "Castlemoor rector X" of Castlemoor University.
// The one-word name is no organization of its own: it is the university
// of the story whose name holds that word (titles.tsv kind academic:
// vice-chancellor, rector, provost). With no such university, or two, it
// stays what it was; the same word naming the town elsewhere ("LENHAM,
// England") stays the town.

// academicShortNames merges each one-word organization that stands right
// before an academic title (or its possessive does: "Lenham's
// vice-chancellor") into the one education organization of the story
// whose name holds the word (run in finishResolve).
func (d *document) academicShortNames() {
	gone := map[*entity]*entity{}
	for _, e := range d.ents {
		if e.typ != Organization || strings.Contains(e.canon, " ") || !d.beforeAcademicTitle(e) {
			continue
		}
		var found *entity
		n := 0
		for _, u := range d.ents {
			if u == e || u.typ != Organization || u.kind != "education" || !hasWord(u.canon, e.canon) {
				continue
			}
			found, n = u, n+1
		}
		if n != 1 {
			continue
		}
		d.tracef("resolve: %q before an academic title is %q", e.canon, found.canon)
		found.addAlias(e.canon)
		for _, a := range e.aliases {
			found.addAlias(a)
		}
		found.count += e.count
		gone[e] = found
	}
	if len(gone) == 0 {
		return
	}
	d.repointMentions(gone)
}

// repointMentions moves every mention of an entity in gone to the entity
// it was merged into and drops the merged entities from the document.
func (d *document) repointMentions(gone map[*entity]*entity) {
	for i := range d.mentions {
		if u := gone[d.mentions[i].ent]; u != nil {
			d.mentions[i].ent, d.mentions[i].canon = u, u.canon
		}
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		if gone[e] == nil {
			kept = append(kept, e)
		}
	}
	d.ents = kept
}

// beforeAcademicTitle: a mention of e stands right before an academic
// title, or before "'s" and one.
func (d *document) beforeAcademicTitle(e *entity) bool {
	for _, m := range d.mentions {
		if m.ent != e || m.typ != Organization {
			continue
		}
		k := m.span.t1
		if k < len(d.toks) && isPossessive(d.toks[k].text) {
			k++
		}
		if k < len(d.toks) && d.toks[k].sent == d.toks[m.span.t0].sent && d.lx.titles.longestKind(d.toks, k, min(k+3, len(d.toks)), titleAcademic) > 0 {
			return true
		}
	}
	return false
}

// hasWord: name holds the word w, case aside.
func hasWord(name, w string) bool {
	for _, x := range strings.Fields(name) {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}
