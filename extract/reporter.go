package extract

// "they" and a group noun ("the two companies", "both sides") as the
// subject of what a reporting verb reports are the reporting verb's own
// subject when it names two or more parties: "Marchetti Controls Corp.
// (NYSE: MCC), a ..., and Tallgrass Sensing plc today announced that they
// have entered into a definitive agreement", "Kenya and Uganda said on
// Tuesday they had signed a border accord". The parties of the last event
// told, which "they" takes otherwise, are another story's.

// reporterSubject returns the coordinated subject of the reporting verb
// ("said", "announced": word class report) that stands right before a, or
// before "that" and a; nil when there is none or it names fewer than two
// parties.
func (d *document) reporterSubject(a arg, si int) []party {
	lx := d.lx
	w := d.toks[a.span.t1-1].lower
	if !lx.is(w, wcGroup) || lx.is(w, wcFirst) { // "they" is of class group
		return nil
	}
	s := d.sent[si]
	k := a.span.t0 - 1
	if k > s.t0 && d.toks[k].lower == "that" {
		k--
	}
	// a date after the verb: "said on Tuesday they had signed"
	if dm, ok := d.dateEndingAt(k + 1); ok && dm.span.t0 > s.t0 {
		k = dm.span.t0 - 1
		if k > s.t0 && lx.is(d.toks[k].lower, wcPrep) {
			k--
		}
	}
	if k <= s.t0 || !lx.is(d.toks[k].lower, wcReport) {
		return nil
	}
	subj := d.subjectPhrase(d.verbGroupStart(k, s), s)
	if len(subj) < 2 {
		return nil
	}
	out := make([]party, 0, len(subj))
	for _, x := range subj {
		if x.name == "" || x.pron != "" || x.typ == "" {
			return nil // a pronoun or an unknown name: no reading of ours
		}
		out = append(out, party{name: x.name, typ: x.typ, via: a.pron + " -> " + x.name + " (the reporting verb's subject)"})
	}
	return out
}
