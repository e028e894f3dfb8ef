package extract

import "time"

// dayPair (reading day-pair): an event dated by one of two consecutive days
// written as a pair ("negotiations in Quito on June 17 and 18", "on 4 and 5
// February") took both: its date is their range, as "on Tuesday and
// Wednesday" already is. The pair's DATE entities stay two days (findDates);
// two days that do not follow one another ("on May 3 and 10") are two
// occasions and the date stays as it is. s is the event's sentence, tr its
// trigger.
func (d *document) dayPair(s span, tr trigMatch, date string) string {
	day, err := time.Parse("2006-01-02", date)
	if err != nil || len(date) != len("2006-01-02") {
		return date
	}
	paired := func(a, b dateMention) bool {
		j := a.span.t1
		return j < len(d.toks) && d.toks[j].lower == "and" && b.span.t0 == j+1 && d.toks[b.span.t0].sent == d.toks[j].sent
	}
	// the mention the date came by: the one of that value nearest the
	// trigger ("signed on Monday 12 October by X, who led a delegation on
	// 12 and 13 October" is dated by the first)
	k, best := -1, 1<<30
	for i, dm := range d.dates {
		if dm.span.t0 < s.t0 || dm.span.t0 >= s.t1 || dm.value != date {
			continue
		}
		n := dm.span.t0 - tr.t1
		if n < 0 {
			n = tr.t0 - dm.span.t1
		}
		if n < best {
			k, best = i, n
		}
	}
	if k < 0 {
		return date
	}
	next := day.AddDate(0, 0, 1).Format("2006-01-02")
	prev := day.AddDate(0, 0, -1).Format("2006-01-02")
	if k+1 < len(d.dates) && d.dates[k+1].value == next && paired(d.dates[k], d.dates[k+1]) {
		return date + "/" + next
	}
	if k > 0 && d.dates[k-1].value == prev && paired(d.dates[k-1], d.dates[k]) {
		return prev + "/" + date
	}
	return date
}

// daysOfRange (reading days-of): a meeting noun after "for N days of" ("went
// to Gdansk on June 9 for two days of talks with X") dated by a day runs
// N days from it; "after two days of talks" or "wrapped up three days of
// talks on Friday", which end on their day, are left as they are.
func (d *document) daysOfRange(tr trigMatch, date string) string {
	day, err := time.Parse("2006-01-02", date)
	if err != nil || len(date) != len("2006-01-02") || tr.verb || tr.t0 < 4 || d.toks[tr.t0-4].lower != "for" {
		return date
	}
	n, next := d.daysOf(tr.t0 - 3)
	if n == 0 || next != tr.t0 {
		return date
	}
	return date + "/" + day.AddDate(0, 0, n-1).Format("2006-01-02")
}

// daysEndRange (reading days-end): a meeting noun after "N days of" that a
// word of ending governs ("initialled a pact after four days of
// negotiations", "a ceremony that capped five days of bargaining", "at the close of four days of
// negotiations"; "after", "following" or an end cue of
// event_cues.tsv) ends on the day it is dated by: its date is the N days
// up to that day. One or two modifiers may stand between "of" and the
// noun. "for two days of talks" runs from its day (daysOfRange); with no
// word of ending the date stays as it is. otherVerb: the date is another
// verb's (nearestDate tier 3), which only an end cue's verb makes the
// talks' last day ("The handover on Monday capped ..."), not "after"
// ("The breakthrough followed four days of negotiations with X, who flew
// in on Tuesday").
func (d *document) daysEndRange(tr trigMatch, s sentence, date string, otherVerb bool) string {
	day, err := time.Parse("2006-01-02", date)
	if err != nil || len(date) != len("2006-01-02") || tr.verb {
		return date
	}
	for k := tr.t0 - 3; k >= s.t0 && k >= tr.t0-5; k-- {
		n, next := d.daysOf(k)
		if n == 0 {
			continue
		}
		for j := next; j < tr.t0; j++ {
			if t := d.toks[j]; t.text == "," || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "CC" {
				return date
			}
		}
		if k-1 < s.t0 {
			return date
		}
		l := d.toks[k-1].lower
		if after := d.lx.is(l, wcLeadIn); after && otherVerb || !after && !d.cueNear(d.lx, k, max(s.t0, k-4), k, cueTripEnd) {
			return date
		}
		return day.AddDate(0, 0, 1-n).Format("2006-01-02") + "/" + date
	}
	return date
}
