package extract

import (
	"sort"
	"time"
)

// Live blogs and day-by-day round-ups (reading live-entry, in the cascade
// of events_time.go's dateReadings): a line that is only a day ("Tuesday
// 15 September", "Friday, Dec 4") heads the entries below it, and a line
// opened by a clock time ("09:40 X has arrived in Tallinn", "18:10 - ...")
// is an entry written that day. Day headings count when there are two or
// more (a day-by-day layout): one date line alone is the page's date line
// ("WORLD IN BRIEF / Friday, November 20, 2026" above a column of briefs).
// An event an entry tells with no date of its
// own happened on the day of the heading above it, else, under a time
// stamp, on the published day; it never takes what another entry's
// sentences left behind (round-ups list the latest entry first).

// liveDay is the day an undated event told in sentence si happened, by the
// day heading above it or by its entry's time stamp ("" when the sentence
// stands under neither). The days are read once for the whole document.
func (d *document) liveDay(si int) string {
	if d.liveDays == nil {
		d.liveDays = d.readLiveDays()
	}
	if si < 0 || si >= len(d.liveDays) {
		return ""
	}
	return d.liveDays[si]
}

// readLiveDays reads, for every sentence, the day liveDay gives it, in one
// pass down the text.
func (d *document) readLiveDays() []string {
	days := make([]string, len(d.sent))
	heads := make([]string, len(d.sent))
	n := 0
	for k := range d.sent {
		if heads[k] = d.dayHeading(k); heads[k] != "" {
			n++
		}
	}
	published := ""
	if d.ref.hasDay {
		published = d.ref.t.Format("2006-01-02")
	}
	heading, stamped := "", false
	for k := range d.sent {
		if heads[k] != "" && n >= 2 {
			heading = heads[k]
		}
		// a time stamp dates its own entry: the paragraph it opens, not
		// every line after it
		if d.toks[d.sent[k].t0].para || k == 0 {
			stamped = false
		}
		stamped = stamped || d.clockStamped(k)
		switch {
		case heading != "":
			days[k] = heading
		case stamped:
			days[k] = published
		}
	}
	return days
}

// dayHeading: sentence k is a line of its own that names a day and nothing
// else (its words are in date mentions or are weekday names, eight tokens at
// most): the day's value, else "".
func (d *document) dayHeading(k int) string {
	s := d.sent[k]
	if s.t1-s.t0 > 8 || !d.lineStart(s.t0) || s.t1 < len(d.toks) && !d.toks[s.t1].para {
		return ""
	}
	// "Tuesday 13 October", "Friday, Dec 4": one day, whose weekday only
	// checks it (the weekday read alone names another day)
	day, alone, wd := "", "", 0
	for i := s.t0; i < s.t1; i++ {
		t := d.toks[i]
		if !t.word {
			continue
		}
		n, weekday := d.lx.dateWord(dwWeekday, t.lower)
		dm := d.dateCovering(i, s)
		if dm != nil && !(weekday && dm.span.t1-dm.span.t0 == 1) {
			if len(dm.value) != len("2006-01-02") || day != "" && dm.value != day {
				return ""
			}
			day = dm.value
			continue
		}
		if !weekday || !t.cap {
			return ""
		}
		wd = n
		if dm != nil {
			alone = dm.value
		}
	}
	if day == "" {
		if len(alone) != len("2006-01-02") {
			return ""
		}
		return alone // "Tuesday" alone
	}
	if wd > 0 {
		if v, err := time.Parse("2006-01-02", day); err != nil || (int(v.Weekday())+6)%7+1 != wd {
			return "" // "Monday 13 October" of a year whose 13 October is a Tuesday
		}
	}
	return day
}

// clockStamped: sentence k opens a line with a clock time ("09:40",
// "18.10") before a capitalized word or a dash.
func (d *document) clockStamped(k int) bool {
	s := d.sent[k]
	if s.t1 <= s.t0 || !d.lineStart(s.t0) {
		return false
	}
	// what follows the time opens the entry: a capitalized word or a dash
	// ("3.45 million people" is no time stamp)
	opens := func(k int) bool {
		return k < s.t1 && (d.toks[k].cap || !d.toks[k].word)
	}
	if clockTime(d.toks[s.t0].text) {
		return opens(s.t0 + 1) // "18.10", one token
	}
	// "09:40": the tokenizer splits it in three, written without spaces
	if s.t0+2 >= s.t1 {
		return false
	}
	a, b, c := d.toks[s.t0], d.toks[s.t0+1], d.toks[s.t0+2]
	return a.end == b.start && b.end == c.start && clockTime(a.text+b.text+c.text) && opens(s.t0+3)
}

// lineStart: token i opens a line (the text's first token or one after a
// newline).
func (d *document) lineStart(i int) bool {
	return i == 0 || d.toks[i].para
}

// clockTime: s is a time of day written with a colon or a point, hours
// 0-23 and minutes 00-59 ("09:40", "7:05", "18.10"); with a point the
// hours have two digits ("1.10" numbers a paragraph).
func clockTime(s string) bool {
	h, m, ok := cutAny(s, ":.")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) {
		return false
	}
	if len(h) == 1 && s[1] == '.' {
		return false
	}
	return atoi2(h) < 24 && atoi2(m) < 60
}

// cutAny cuts s at the first of the separator bytes seps.
func cutAny(s, seps string) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(seps); j++ {
			if s[i] == seps[j] {
				return s[:i], s[i+1:], true
			}
		}
	}
	return s, "", false
}

// atoi2 reads one or two digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dateCovering returns the date mention of sentence s whose span holds
// token i, or nil.
func (d *document) dateCovering(i int, s sentence) *dateMention {
	lo := sort.Search(len(d.dates), func(k int) bool { return d.dates[k].span.t0 >= s.t0 })
	for k := lo; k < len(d.dates) && d.dates[k].span.t0 < s.t1; k++ {
		if sp := d.dates[k].span; sp.t0 <= i && i < sp.t1 {
			return &d.dates[k]
		}
	}
	return nil
}
