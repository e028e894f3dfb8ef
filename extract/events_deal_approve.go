package extract

import "strings"

// The approval reading: a deal told through its approval ("Ashbridge Town
// Council approved an agreement with Pellow District Council", "Norway's
// parliament ratified a fisheries agreement with Iceland", "the league
// approved the takeover of Stanmore United by a consortium led by X"). The
// approval verbs are support verbs (support_verbs.tsv) of word class
// approve (word_classes.tsv). The approving subject is a side of the deal
// when the deal's own phrases name only one other side (the council and
// the district it agreed with); when they name both sides themselves (of
// and by, with and with, between X and Y) the approving body is a
// regulator or a league, no side of it.

// approverNoSide drops the subject of an approval support verb from the
// agreement's roles when the agreement noun names two sides in its own
// phrases. It reports whether it did (for --explain).
func (d *document) approverNoSide(c *eventDraft) bool {
	tr := c.tr
	if tr.typ != Agreement || tr.frame.verb || tr.sup < 0 || len(c.cl.subj) == 0 {
		return false
	}
	if !d.lx.is(d.toks[tr.sup].lower, wcApprove) {
		return false
	}
	own := map[string]bool{}
	for _, r := range tr.frame.roles {
		switch r {
		case "with", "between", "by", "of":
			for _, a := range c.cl.pp[r] {
				if a.pron == "" && a.name != "" {
					own[a.name] = true
				}
			}
		}
	}
	if len(own) < 2 {
		return false
	}
	for _, a := range c.cl.subj {
		if own[a.name] {
			return false // "X approved its merger with Y", X named again
		}
	}
	d.tracef("S%d %s %q: approved by %s, no side of it (rule approver-no-side)", c.si, tr.typ, d.textOf(span{tr.t0, tr.t1}), strings.Join(d.argsText(c.cl.subj), " + "))
	c.cl.reading = append(c.cl.reading, "approver-no-side: the approving subject "+strings.Join(d.argsText(c.cl.subj), " + ")+" is no side of a deal that names its own two sides")
	c.cl.subj = nil
	return true
}
