package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOrphanReference: a bare reference ("the trip", "the visit") to an
// event told before that joins none is no event of its own: the persons
// of its sentence are not that event's parties. A bare reference that
// joins the event told stays its mention, and a possessive reference that
// names its own traveller stays an event. Every sentence is written for
// this test.
func TestOrphanReference(t *testing.T) {
	cases := []struct {
		name, text string
		typ        string
		want       []string // the parties of each event of the type, in any order
	}{
		{"a host prepares the trip",
			"Trade Minister Rosa Ibarra will travel to Nairobi next week for talks on tea tariffs. On Friday she met Kenya's ambassador, Peter Odhiambo, in Lima to prepare the trip, her ministry said.",
			extract.Visit, []string{"Rosa Ibarra"}},
		{"a host's statement ahead of the visit",
			"Senator Hugo Lind will fly to Tallinn on Tuesday for two days of talks on the power grid. \"A grid that fails in winter is no grid,\" Estonia's energy minister, Kadri Tamm, said in a statement ahead of the visit.",
			extract.Visit, []string{"Hugo Lind"}},
		{"people familiar with the trip",
			"Club coach Ivan Petrov flew to Porto on Thursday and met the striker Rui Lopes and his agent, according to people familiar with the trip.",
			extract.Visit, []string{"Ivan Petrov"}},
		{"a named summit names its occasion",
			"Senator Hugo Lind met Energy Minister Kadri Tamm in Tallinn on Tuesday.\n\nPrime Minister Kai Saar and President Liis Mets were together in Riga on May 4, 2025, for the Baltic summit.",
			extract.Meeting, []string{"Hugo Lind+Kadri Tamm", "Kai Saar+Liis Mets"}},
		{"a bare reference that joins the event told",
			"Senator Hugo Lind flew to Tallinn on Tuesday for two days of talks on the power grid. Estonian officials described the visit as a success.",
			extract.Visit, []string{"Hugo Lind"}},
		{"a possessive reference names another traveller",
			"Senator Hugo Lind flew to Tallinn on Tuesday for two days of talks on the power grid. Finance Minister Ana Berg leaves on Friday on her first trip abroad, to Oslo, where she will meet bankers.",
			extract.Visit, []string{"Hugo Lind", "Ana Berg"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "orphan", "2026-05-06", c.text)
			var got []string
			for _, e := range eventsOf(rec, c.typ) {
				var ps []string
				for _, p := range e.Participants {
					ps = append(ps, p.Name)
				}
				got = append(got, strings.Join(ps, "+"))
			}
			sort.Strings(got)
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			if strings.Join(got, "; ") != strings.Join(want, "; ") {
				t.Errorf("%q: %s events %q, want %q: %s", c.text, c.typ, got, want, eventList(rec))
			}
		})
	}
}
