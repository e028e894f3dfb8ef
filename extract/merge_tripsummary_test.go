package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripSummaries: a trip noun that names the countries or the region
// of a whole trip is no stop of it when the story tells the same
// travellers' stops in two or more cities around its day. Traps: a past
// trip of the same traveller beside this week's stops stays; a stop
// called off is none. Every sentence is written for this test.
func TestTripSummaries(t *testing.T) {
	cases := []struct {
		name, published, text string
		want                  []string // each visit as "date@place", sorted
	}{
		{name: "a tour of three countries told stop by stop", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado left on Sunday on a sales tour of Peru, Bolivia and Paraguay for Brazilian beef and soy.\n\nPrado spends Monday and Tuesday in Lima, opening a trade office there.\n\nOn Thursday Prado flies to La Paz for talks on a rail corridor.",
			want: []string{"2026-04-06/2026-04-07@Lima", "2026-04-09@La Paz"}},
		{name: "a past tour of the same traveller stays", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado spends Monday and Tuesday in Lima, opening a trade office there.\n\nOn Thursday Prado flies to La Paz for talks on a rail corridor.\n\nIn 2019 Prado made a tour of Chile, her first trip abroad as a senator.",
			want: []string{"2019@Chile", "2026-04-06/2026-04-07@Lima", "2026-04-09@La Paz"}},
		{name: "a stop called off is none", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado left on Sunday on a sales tour of Peru, Bolivia and Paraguay for Brazilian beef and soy.\n\nPrado spends Monday and Tuesday in Lima, and on Thursday she flies to La Paz.\n\nA stop in Asuncion was called off last week because of floods, her ministry said.",
			want: []string{"2026-04-06/2026-04-07@Lima", "2026-04-09@La Paz"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "tripsummary", c.published, c.text)
			var got []string
			for _, e := range eventsOf(rec, extract.Visit) {
				got = append(got, e.Date+"@"+e.Location)
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("visits %q, want %q: %s", got, c.want, eventList(rec))
			}
		})
	}
}
