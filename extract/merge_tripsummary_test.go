package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripSummaries: a trip noun that names the countries or the region
// of a whole trip is no stop of it when the story tells the same
// travellers' stops in two or more cities of those countries around its
// day. Traps, one per guard: a tour of the same countries years before
// this week's stops stays (the date window); a tour of other countries
// after them stays (the stop must lie in a listed country); a planned
// tour of the countries the story's past stops were in stays
// (tenseCompatible); a trip to one
// country stays, its stops folded into it, and so does a trip to one
// state; a stop called off is none. Every sentence is written for this
// test.
func TestTripSummaries(t *testing.T) {
	cases := []struct {
		name, published, text string
		want                  []string // each visit as "date@place", sorted
	}{
		{name: "a tour of three countries told stop by stop", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado left on Sunday on a sales tour of Peru, Bolivia and Paraguay for Brazilian beef and soy.\n\nPrado spends Monday and Tuesday in Lima, opening a trade office there.\n\nOn Thursday Prado flies to La Paz for talks on a rail corridor.",
			want: []string{"2026-04-06/2026-04-07@Lima", "2026-04-09@La Paz"}},
		{name: "a past tour of the same countries stays", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado spends Monday and Tuesday in Lima, opening a trade office there.\n\nOn Thursday Prado flies to La Paz for talks on a rail corridor.\n\nIn 2019 Prado made a tour of Peru and Bolivia, her first trip abroad as a senator.",
			want: []string{"2019@Peru", "2026-04-06/2026-04-07@Lima", "2026-04-09@La Paz"}},
		{name: "a later tour of other countries stays", published: "2026-09-13",
			text: "Irish Foreign Minister Niamh Kelleher lands in Rome on Tuesday for fishing-quota talks with Italian officials.\n\nOn Thursday Kelleher travels to Vienna to see Austrian trade officials.\n\nHer office said dairy exporters would join her later this year on a tour of Chile, Argentina and Uruguay.",
			want: []string{"2026-09-15@Rome", "2026-09-17@Vienna", "2026@Chile"}},
		{name: "a one-country trip is kept and its stops fold into it", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado is on a visit to Peru from April 6 to 9.\n\nPrado spends Monday in Lima, opening a trade office there.\n\nOn Thursday Prado flies to Arequipa for talks on a rail corridor.",
			want: []string{"2026-04-06/2026-04-09@Peru"}},
		{name: "a state's trip is one country's", published: "2026-04-05",
			text: "Brazilian Agriculture Minister Helena Prado is on a visit to Texas from April 6 to 9.\n\nPrado spends Monday in Houston, opening a trade office there.\n\nOn Thursday Prado flies to Dallas for talks on cattle imports.",
			want: []string{"2026-04-06/2026-04-09@Texas", "2026-04-06@Houston", "2026-04-09@Dallas"}}, // the gazetteer holds no city's state: the merge pass cannot fold them
		{name: "a planned tour of the countries just visited stays", published: "2026-06-20",
			text: "Kenyan Trade Minister Joseph Mutua visited Kampala on Monday and met Ugandan exporters.\n\nMutua then flew to Kigali, where he signed a customs pact on Wednesday.\n\nLater this year he will go on a tour of Uganda and Rwanda with tea exporters.",
			want: []string{"2026-06-15@Kampala", "2026-06-17@Kigali", "2026@Uganda"}},
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
