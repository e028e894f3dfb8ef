package extract

import (
	"context"
	"testing"
)

// TestRemovedNeed: a trigger removed because what its frame needs around
// it is missing (rule trigger-needs) carries the need that failed, the
// frame's own (frames.tsv) or the lemma's check (triggerFails), and its
// frame; a trigger whose need holds is no removed candidate.
func TestRemovedNeed(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text, frame, need string // need "": no trigger-needs candidate
	}{
		{"Coach Rita Olsen discussed the transfer budget on Monday.", "discuss verb", "mutual"},
		{"Club owner Piet Maas spent $40m in Leeds last year.", "spend verb", "span"},
		{"Dr Amal Fayed agreed with Coach Rita Olsen.", "agree verb", "agree-view"},
		{"Coach Rita Olsen attended a dinner at the clubhouse on Sunday.", "dinner noun", "guest"},
		{"Coach Rita Olsen said the targets set by Mayor Ines Brandt had been met.", "meet verb", "met-passive"},
		{"Coach Rita Olsen met a delegation of beekeepers on Sunday.", "delegation noun", "led"},
		{"Coach Rita Olsen discussed the transfer budget with club chairman Piet Maas on Monday.", "", ""},
	}
	for _, c := range cases {
		_, removed, err := x.RemovedCandidates(context.Background(), Article{ID: "need", Published: "2026-03-04", Body: "Club news\n\n" + c.text, Form: "text"})
		if err != nil {
			t.Fatal(err)
		}
		var got []RemovedCandidate
		for _, rm := range removed {
			if rm.Rule == "trigger-needs" {
				got = append(got, rm)
			}
		}
		if c.need == "" {
			if len(got) != 0 {
				t.Errorf("%q: a trigger-needs candidate %+v, want none", c.text, got)
			}
			continue
		}
		ok := false
		for _, rm := range got {
			if rm.Need == c.need && rm.Frame == c.frame {
				ok = true
			}
		}
		if !ok {
			var seen []string
			for _, rm := range removed {
				seen = append(seen, rm.Rule+" "+rm.Frame+" "+rm.Need)
			}
			t.Errorf("%q: no trigger-needs candidate of %s need %s; removed %q", c.text, c.frame, c.need, seen)
		}
	}
}
