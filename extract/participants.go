package extract

// The participants pass resolves a pronoun or a description standing in
// an event's clause: "he", "she" and "the minister" are the person the
// story is about (the last named, or the most named); "they", "the two
// sides", "both companies" are the parties of the last event told; "I" and
// "we" inside a quotation are its speaker.

// resolveArg resolves one pronoun or description argument.
func (d *document) resolveArg(a arg, si int, focal *entity, last *Event) []party {
	lx := d.lx
	w := d.toks[a.span.t1-1].lower
	switch {
	case w == "he" || w == "she" || w == "him" || w == "her" || w == "his" || w == "i" || lx.personNoun[w] ||
		lx.titles.longestKind(d.toks, a.span.t1-1, a.span.t1, titleHead) > 0:
		if e := d.antecedent(si, focal); e != nil {
			return []party{{name: e.canon, typ: Person, via: a.pron + " -> " + e.canon}}
		}
	case lx.is(w, wcGroup) || w == "they" || w == "their" || w == "we":
		if last != nil {
			var out []party
			for _, p := range last.Participants {
				out = append(out, party{name: p.Name, typ: p.Type, via: a.pron + " -> the last event's parties"})
			}
			return out
		}
	}
	return nil
}
