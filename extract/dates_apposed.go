package extract

import "strings"

// finerApposed (reading finer-apposed): a coarse date set off by a comma
// from a finer one that lies inside it names one time twice ("in 2019, on May
// 4", "in April, on the 12th"): the finer
// is the event's. k indexes d.dates; the index of the finer mention, or k
// when there is none. Only the comma and a preposition may stand between
// the two, and the finer value must lie inside the coarser (its prefix):
// "in 2024, in May 2023" are two times and keep the nearer.
func (d *document) finerApposed(k int) int {
	if k < 0 || k >= len(d.dates) {
		return k
	}
	dm := d.dates[k]
	finer := func(j int) bool {
		o := d.dates[j]
		return o.value != "" && len(o.value) > len(dm.value) && strings.HasPrefix(o.value, dm.value+"-") &&
			d.toks[o.span.t0].sent == d.toks[dm.span.t0].sent
	}
	between := func(from, to int) bool {
		if from >= to || d.toks[from].text != "," {
			return false
		}
		for j := from + 1; j < to; j++ {
			if d.toks[j].tag != "IN" {
				return false
			}
		}
		return to-from <= 2
	}
	if j := k + 1; j < len(d.dates) && finer(j) && between(dm.span.t1, d.dates[j].span.t0) {
		return j
	}
	if j := k - 1; j >= 0 && finer(j) && between(d.dates[j].span.t1, dm.span.t0) {
		return j
	}
	return k
}
