package extract

import (
	"fmt"
	"strings"
)

// explainEvent says which frame, clause reading and resolutions made an
// event (Options.Explain, newswire extract --explain).
func (d *document) explainEvent(tr trigMatch, cl *clause, parts []string, ownDate, ownPlace, date, place string, contextual bool, rule string) []string {
	f := tr.frame
	pos := "noun"
	if f.verb {
		pos = "verb"
	}
	learned := ""
	if f.learned != "" {
		learned = "; learned, " + f.learned // frames_learned.tsv
	}
	out := []string{fmt.Sprintf("frame %q (%s, %s; roles %s%s) read from %q as %s", f.lemma, pos, f.typ, strings.Join(f.roles, "|"), learned, d.textOf(span{tr.t0, tr.t1}), formName(tr.form))}
	if tr.sup >= 0 {
		out = append(out, fmt.Sprintf("support verb %q", d.toks[tr.sup].text))
	}
	r := "clause: stated"
	if len(cl.reading) > 0 {
		r = "clause: " + strings.Join(cl.reading, ", ")
	}
	if len(cl.subj) > 0 {
		r += "; subject " + argNamesOf(cl.subj)
	}
	if len(cl.obj) > 0 {
		r += "; object " + argNamesOf(cl.obj)
	}
	for _, p := range []string{"with", "between", "by", "poss", "of", "to", "in", "at"} {
		if as := cl.pp[p]; len(as) > 0 {
			r += "; " + p + " " + argNamesOf(as)
		}
	}
	out = append(out, r)
	out = append(out, d.explainFactuality(tr))
	if d.speaker != nil {
		out = append(out, "quoted: the speaker is "+d.speaker.canon)
	}
	src := "from the sentence"
	switch {
	case rule == argsFillRule:
		src = "from nearby sentences, by the argument reader"
	case contextual:
		src = "with context (pronoun, description or the last event)"
	}
	out = append(out, fmt.Sprintf("participants %s %s", strings.Join(parts, ", "), src))
	return append(out, sourceLine("date", date, ownDate), sourceLine("place", place, ownPlace))
}

// sourceLine says where an event's date or place (what) came from: none,
// its own sentence (own set), or the story's events.
func sourceLine(what, val, own string) string {
	switch {
	case val == "":
		return what + ": none"
	case own != "":
		return what + " " + val + " from its sentence"
	}
	return what + " " + val + " inherited from the story's events"
}

func argNamesOf(as []arg) string {
	var out []string
	for _, a := range as {
		if a.pron != "" {
			out = append(out, "'"+a.pron+"'")
		} else {
			out = append(out, a.name)
		}
	}
	return strings.Join(out, " + ")
}

func formName(k formKind) string {
	var out []string
	for _, x := range []struct {
		k    formKind
		name string
	}{{formBase, "base"}, {formThird, "third person"}, {formPast, "past"}, {formPart, "participle"}, {formGerund, "gerund"}, {formNoun, "noun"}, {formPlural, "plural"}} {
		if k&x.k != 0 {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, "/")
}

// explainFactuality says how the factuality pass read the trigger: told as
// fact (no rule of factualityRules stopped it), postponed to a new date,
// reported.
func (d *document) explainFactuality(tr trigMatch) string {
	s := d.sent[d.toks[tr.t0].sent]
	out := "factuality: no rule stopped it (" + fmt.Sprint(len(factualityRules)) + " rules)"
	if k, j, ok := d.cueIn(d.lx, tr.t0-6, s.t1, s, cuePostpone); ok {
		out = fmt.Sprintf("factuality: %q to a new date: planned at it", d.textOf(span{k, j}))
	}
	if k, j, ok := d.cueIn(d.lx, s.t0, s.t1, s, cueReport); ok {
		out += fmt.Sprintf("; reported (%q): kept with a lower confidence (the fixed row reported of confidence.tsv)", d.textOf(span{k, j}))
	}
	return out
}
