package extract

import "strings"

// The quoted-report readings: a trigger inside a quotation is no event
// unless the quotation still tells what happened (events_candidates.go
// keeps what the speaker says of "I" or "we"). Two more structures do,
// each a named rule the trace reports:
//
//   - quoted-predicate: the quotation opens inside the narrator's own
//     clause, after its subject and before the verb group — the writer
//     quotes the words of a readout, the subject is the writer's: 'The
//     two presidents "agreed to instruct their ministers ..."'.
//   - quoted-agreement: a speaker reports in the past that parties agreed
//     or signed — '"In the end the two sides agreed on a ceasefire
//     line," the envoy said', '"After a long night she agreed to sign"': an agreement told as done, by its subject (a named
//     party, a third-person pronoun or a group such as "both sides"), and
//     not "agreed with" or "agreed that" (a shared view). A plan, a hope,
//     a question or a negation is left to the factuality rules.

// quotedTold names the rule by which the quoted trigger tr is still told
// as fact, or "".
func (d *document) quotedTold(tr trigMatch, s sentence, quoted []span) string {
	q, ok := spanAt(quoted, tr.t0)
	if !ok {
		return ""
	}
	cl := d.readClause(tr, s)
	if d.quotedPredicate(tr, s, q, &cl) {
		return "quoted-predicate"
	}
	if d.quotedAgreement(tr, s, q, &cl) {
		return "quoted-agreement"
	}
	return ""
}

// spanAt returns the span of ss holding token i.
func spanAt(ss []span, i int) (span, bool) {
	for _, s := range ss {
		if i >= s.t0 && i < s.t1 {
			return s, true
		}
	}
	return span{}, false
}

// quotedPredicate: the quotation q opens after the clause's subject,
// with only the verb group (auxiliaries, adverbs) between its opening
// mark and the trigger, and no colon or comma before the mark (a
// speaker's "X said: ..." opens a quotation of its own).
func (d *document) quotedPredicate(tr trigMatch, s sentence, q span, cl *clause) bool {
	if !tr.verb || q.t0 <= s.t0 || len(cl.subj) == 0 {
		return false
	}
	if p := d.toks[q.t0-1].text; p == ":" || p == "," {
		return false
	}
	for _, a := range cl.subj {
		if a.span.t1 > q.t0 {
			return false
		}
	}
	for k := q.t0 + 1; k < tr.t0; k++ {
		t := d.toks[k]
		if !strings.HasPrefix(t.tag, "VB") && t.tag != "MD" && t.tag != "RB" {
			return false
		}
	}
	return true
}

// quotedAgreement: an agreement verb inside the quotation, in the past
// ("agreed", "have signed"), whose subject is a third party — a name, a
// third-person pronoun or a group — and which is not "agreed with" or
// "agreed that".
func (d *document) quotedAgreement(tr trigMatch, s sentence, q span, cl *clause) bool {
	lx := d.lx
	if tr.typ != Agreement || !tr.verb || cl.future || cl.modal || cl.negated || len(cl.subj) == 0 {
		return false
	}
	h := d.toks[cl.head]
	past := h.tag == "VBD" || h.tag == "VBN" && cl.head > q.t0+1 && lx.is(d.toks[cl.head-1].lower, wcPerfect)
	if !past {
		return false
	}
	if tr.t1 < s.t1 {
		if n := d.toks[tr.t1].lower; n == "with" || n == "that" {
			return false // "I agreed with him", "we all agreed that it was wrong": a view
		}
	}
	for _, a := range cl.subj {
		if a.span.t0 <= q.t0 {
			return false // a subject outside the quotation: quoted-predicate's case
		}
		switch {
		case a.pron == "":
			if a.typ != Person && a.typ != Organization && a.typ != Location {
				return false
			}
		case lx.is(a.pron, wcFirst):
			return false // "I", "we": the speaker's own (events_candidates.go)
		case !lx.is(a.pron, wcPronoun) && !lx.is(lastWord(a.pron), wcGroup):
			return false
		}
	}
	return true
}

// lastWord is the last space-separated word of a phrase.
func lastWord(p string) string {
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		return p[i+1:]
	}
	return p
}

// pastOpeningQuote: a quotation mark at k that opens a quotation right
// before a verb group is passed over, so the subject before it is the
// verb's ('The two presidents "agreed to ..."': the writer quotes the
// predicate of a readout); k-1 then, else k.
func (d *document) pastOpeningQuote(k int, s sentence) int {
	if k <= s.t0 || k >= s.t1 {
		return k
	}
	if t := d.toks[k].text; t != "\"" && t != "“" {
		return k
	}
	if d.toks[k].text == "\"" {
		open := false // a straight mark opens when the marks before it are paired
		for j := s.t0; j < k; j++ {
			if d.toks[j].text == "\"" {
				open = !open
			}
		}
		if open {
			return k
		}
	}
	if p := d.toks[k-1].text; p == ":" || p == "," || !d.toks[k-1].word {
		return k
	}
	return k - 1
}
