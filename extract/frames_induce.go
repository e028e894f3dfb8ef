package extract

import (
	"context"
	"sort"
	"strings"
)

// What the frame induction (cmd/newswire-train frames) reads of an
// article: every verb and event-noun candidate no frame reads, with the
// names the clause pass puts in each of its roles, as if it were a trigger.
// The trainer compares those names with a missed gold event's parties to
// propose frames (extract/tables/frames_learned.tsv); nothing here changes
// a record.

// FrameReading is one word of a sentence read as a trigger would be.
type FrameReading struct {
	Sentence int      // the sentence's index in the article
	Word     string   // the word, lower case
	Verb     bool     // prose tags it a verb (else a common noun)
	Lemmas   []string // the lemmas whose forms (the project's morphology) include Word
	// Support: a support verb stands before a noun in its phrase ("signed
	// a treaty"; support_verbs.tsv)
	Support bool
	// Roles are the names the clause reading puts in each role: subj,
	// obj, and the prepositional phrases (with, between, by, poss, of,
	// from, to, in, at, for, into, through)
	Roles map[string][]string
}

// readingRoles are the clause roles a FrameReading reports.
var readingRoles = []string{"with", "between", "by", "poss", "of", "from", "to", "in", "at", "for", "into", "through"}

// FrameDoc is what FrameReadings read of an article: its sentences'
// texts, and the readings of its words that no frame reads.
type FrameDoc struct {
	Sentences []string
	Readings  []FrameReading
	// Types lists, per sentence, the event types of the frames whose
	// forms stand in it (whether or not a trigger held there)
	Types [][]string
}

// FrameReadings extracts the article (the record is Extract's) and lists
// the readings of its words that no frame reads: verbs and common nouns
// outside names, not stopwords nor auxiliaries, with at least one named
// argument.
func (x *Extractor) FrameReadings(ctx context.Context, a Article) (*Record, FrameDoc, error) {
	y := *x
	var out FrameDoc
	y.frameObs = func(d *document) {
		out.Readings = d.frameReadings(x.lx)
		for _, s := range d.sent {
			out.Sentences = append(out.Sentences, d.text[s.start:s.end])
			out.Types = append(out.Types, d.frameTypes(x.lx, s))
		}
	}
	rec, err := y.extract(ctx, a, x.minConf)
	if err != nil {
		return nil, FrameDoc{}, err
	}
	return rec, out, nil
}

func (d *document) frameReadings(lx *lexicon) []FrameReading {
	var out []FrameReading
	for si, s := range d.sent {
		for k := s.t0; k < s.t1; k++ {
			t := d.toks[k]
			verb := strings.HasPrefix(t.tag, "VB")
			if !verb && t.tag != "NN" && t.tag != "NNS" || t.cap || !t.word || t.hyphen || len(t.lower) < 3 || lx.stop[t.lower] || !letters(t.lower) {
				continue
			}
			if n, _ := lx.triggers.longest(d.toks, k, s.t1); n > 0 {
				continue // a frame reads it already
			}
			if lx.is(t.lower, wcAux, wcBe, wcModal) {
				continue // a function word (was, has, would)
			}
			lemmas := lx.lemmasOf(t.lower, t.tag)
			if len(lemmas) == 0 {
				continue
			}
			f := &frame{lemma: lemmas[0], verb: verb}
			tr := trigMatch{t0: k, t1: k + 1, verb: verb, frame: f, sup: -1}
			if verb {
				tr.form = inflectVerb(lemmas[0], lx.irregular)[t.lower]
			} else {
				tr.form = inflectNoun(lemmas[0])[t.lower]
			}
			cl := d.readClause(tr, s)
			r := FrameReading{Sentence: si, Word: t.lower, Verb: verb, Lemmas: lemmas, Roles: map[string][]string{}}
			if !verb {
				r.Support = d.supportVerb(lx, s, k) >= 0
			}
			add := func(role string, as []arg) {
				for _, a := range as {
					if a.name != "" && a.pron == "" {
						r.Roles[role] = append(r.Roles[role], a.name)
					}
				}
			}
			add("subj", cl.subj)
			add("obj", cl.obj)
			for _, p := range readingRoles {
				add(p, cl.pp[p])
			}
			if len(r.Roles) > 0 {
				out = append(out, r)
			}
		}
	}
	return out
}

// frameTypes lists the types of the frames whose forms stand in s.
func (d *document) frameTypes(lx *lexicon, s sentence) []string {
	var out []string
	for k := s.t0; k < s.t1; k++ {
		n, v := lx.triggers.longest(d.toks, k, s.t1)
		if n == 0 {
			continue
		}
		for _, r := range lx.formSets[v] {
			if t := lx.frames[r.frame].typ; !contains(out, t) {
				out = append(out, t)
			}
		}
	}
	sort.Strings(out)
	return out
}

func letters(w string) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// lemmasOf lists the lemmas whose forms in the project's morphology
// (inflectVerb with irregular_verbs.tsv, inflectNoun) include the word
// with its tag (the word itself only for a base form or a singular noun),
// shortest first.
func (lx *lexicon) lemmasOf(w, tag string) []string {
	verb := strings.HasPrefix(tag, "VB")
	seen := map[string]bool{}
	var out []string
	try := func(l string) {
		if l == "" || seen[l] {
			return
		}
		seen[l] = true
		var forms map[string]formKind
		if verb {
			forms = inflectVerb(l, lx.irregular)
		} else {
			forms = inflectNoun(l)
		}
		if _, ok := forms[w]; ok {
			out = append(out, l)
		}
	}
	if tag == "VB" || tag == "VBP" || tag == "NN" {
		try(w)
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			try(stem)
			try(stem + "e")
			if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
				try(stem[:n-1]) // planned, planning
			}
		}
	}
	for _, suf := range []string{"ies", "ied"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			try(stem + "y")
		}
	}
	if verb {
		for _, l := range irregularLemmas(w, lx.irregular) {
			try(l)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) < len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}
