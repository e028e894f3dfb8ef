package extract

import (
	"regexp"
	"strings"
)

// A participle clause set off after a comma tells a second action of the
// clause it follows. When the main clause, before the comma, is dated only
// by a month and the participle names a day inside it, the day is the
// participle's own and the month only frames it ("toured
// the plant in May, signing the lease on May 20": the signing is May 20):
// the main clause's date then counts as a previous conjunct's does
// (nearestDate tier 1). A main clause dated by a day keeps it, and so does
// one whose later date lies outside it ("landed on Monday, meeting X ahead
// of a vote on June 3", "…, discussing a treaty of 1929": another time the
// participle's object names). With no date of its own the participle
// shares the main clause's. (A main clause's week already gives way to a
// participle's day: "toured the mines this week, meeting X on Tuesday" is
// Tuesday without this reading.) The main clause's own date after the
// participle is refused already (otherClauseBetween, "another clause's").

// framingValue: a month ("2026-05").
var framingValue = regexp.MustCompile(`^\d{4}-\d{2}$`)

// trailingParticiple: the trigger tr is the "-ing" verb of a participle
// clause that follows a finite clause after a comma, the date dm stands
// before that comma, is a month, and a day after the trigger in
// the sentence lies inside it.
func (d *document) trailingParticiple(tr trigMatch, dm dateMention) bool {
	g := tr.t0
	if tr.sup >= 0 && tr.sup < g {
		g = tr.sup // "holding talks": the support verb opens the clause
	}
	comma := g - 1
	s := d.sent[d.toks[g].sent]
	if comma <= s.t0 || d.toks[comma].text != "," || dm.span.t1 > comma || d.toks[g].tag != "VBG" || d.lx.is(d.toks[g].lower, wcReport) {
		return false
	}
	if !framingValue.MatchString(dm.value) || !d.dayInsideAfter(dm.value, tr.t1, s.t1) {
		return false
	}
	for k := s.t0; k < comma; k++ {
		if d.finiteAt(k) {
			return true
		}
	}
	return false
}

// dayInsideAfter: a date mention starting in [from, to) is a day that the
// month value frame holds.
func (d *document) dayInsideAfter(frame string, from, to int) bool {
	for _, o := range d.dates {
		if o.span.t0 < from || o.span.t0 >= to || len(o.value) != len("2006-01-02") || o.day.IsZero() {
			continue
		}
		if strings.HasPrefix(o.value, frame+"-") {
			return true
		}
	}
	return false
}
