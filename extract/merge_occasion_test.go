package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOtherOccasionKeptApart: a later sentence that a cue marks as another
// occasion of the same pair ("met again", "a separate meeting", "a second
// round of talks") tells a second event even when it inherits the first's
// date and place, so both share type, parties and date (merge.go
// otherOccasion). Traps:
// a predicate noun ("the talks were the third round"), a definite subject
// noun with a repeat cue ("the talks again stalled") and a plain retelling
// stay one event. Every sentence is written for this test.
func TestOtherOccasionKeptApart(t *testing.T) {
	cases := []struct {
		name, text string
		want       int // meetings of the pair
	}{
		{"a separate meeting",
			"Chilean fisheries undersecretary Renata Oyarzun met Norwegian envoy Henrik Dahl in Puerto Montt on Tuesday. Later, Oyarzun and Dahl sat down for a separate meeting at the harbour office to go over salmon permits.", 2},
		{"met again after a break",
			"Renata Oyarzun met Henrik Dahl in Puerto Montt on Tuesday. After a break for lunch, Oyarzun met Dahl again, this time with the port authority present.", 2},
		{"a second round of talks",
			"Renata Oyarzun opened a first round of negotiations with Henrik Dahl on Tuesday. Afterwards a second round of negotiations between Oyarzun and Dahl began at the embassy.", 2},
		{"a predicate noun names the talks told (trap)",
			"Renata Oyarzun held talks with Henrik Dahl in Puerto Montt on Tuesday. The talks were the third round since the permit dispute began.", 1},
		{"a definite subject noun that does something again (trap)",
			"Renata Oyarzun held talks with Henrik Dahl in Puerto Montt on Tuesday. Their talks once more stalled over permit fees, according to a ministry aide.", 1},
		{"a retelling (trap)",
			"Renata Oyarzun met Henrik Dahl in Puerto Montt on Tuesday. Oyarzun said the meeting with Dahl had cleared up the permit question.", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "occasion", "2026-09-10", c.text)
			n := 0
			for _, e := range eventsOf(rec, extract.Meeting) {
				if hasNames(e, "Henrik Dahl") && hasNames(e, "Renata Oyarzun") {
					n++
				}
			}
			if n != c.want {
				t.Errorf("%d meetings of the pair, want %d: %s", n, c.want, eventList(rec))
			}
		})
	}
}

// TestRepeatInOneClause: "talks at A in April and again at B in August" are
// two events of one trigger, the second dated and placed by the stretch
// after the coordinated repeat cue (events_again.go); a visit repeated
// with a date only went to the same place. Traps: a repeat cue with no
// coordinator ("met again in A") and one before a verb of its own ("and
// again pressed him", "and once more on Thursday criticised") tell one
// event. Every sentence is written for this
// test.
func TestRepeatInOneClause(t *testing.T) {
	cases := []struct {
		name, typ, text string
		want            []string // "date@place" of each event of typ, sorted; place omitted when "-"
	}{
		{"two meetings, two places and months", extract.Meeting,
			"Henrik Dahl held salmon-quota talks with Renata Oyarzun in Bergen in April and again in August in Valdivia.",
			[]string{"2026-04@Bergen", "2026-08@Valdivia"}},
		{"a meeting repeated on another day", extract.Meeting,
			"Renata Oyarzun met Henrik Dahl on Monday at the Oslo fish exchange and again on Wednesday, the ministry said.",
			[]string{"2026-09-07@Oslo", "2026-09-09@-"}},
		{"a visit repeated in another month", extract.Visit,
			"Henrik Dahl visited Lima in May and once more in July, each time with a trade delegation.",
			[]string{"2026-05@Lima", "2026-07@Lima"}},
		{"met again with no coordinator (trap)", extract.Meeting,
			"Renata Oyarzun and Henrik Dahl met again in Bergen on Monday.",
			[]string{"2026-09-07@Bergen"}},
		{"again before a verb of its own (trap)", extract.Meeting,
			"Renata Oyarzun met Henrik Dahl on Monday in Bergen and again pressed him on the salmon quota.",
			[]string{"2026-09-07@Bergen"}},
		{"again, a date, then a verb of its own (trap)", extract.Meeting,
			"Renata Oyarzun received Henrik Dahl on Monday in Tromsø and once more on Thursday criticised the quota cut.",
			[]string{"2026-09-07@Tromsø"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "again", "2026-09-10", c.text)
			var got []string
			for _, e := range eventsOf(rec, c.typ) {
				got = append(got, e.Date+"@"+e.Location)
			}
			sort.Strings(got)
			if len(got) != len(c.want) {
				t.Fatalf("%s events %q, want %q: %s", c.typ, got, c.want, eventList(rec))
			}
			for i, w := range c.want {
				if strings.HasSuffix(w, "@-") && strings.HasPrefix(got[i], strings.TrimSuffix(w, "-")) {
					continue // the place is not the rule's to give
				}
				if got[i] != w {
					t.Errorf("%s events %q, want %q: %s", c.typ, got, c.want, eventList(rec))
				}
			}
		})
	}
}

// hasNames: the event has a participant of that name.
func hasNames(e extract.Event, name string) bool {
	for _, p := range e.Participants {
		if p.Name == name {
			return true
		}
	}
	return false
}
