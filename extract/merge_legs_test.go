package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestLegsAndRounds: one event per leg of a trip and per round of talks,
// one event per retelling. Two mentions of the same parties at different
// cities or countries of their own are two events even when neither gives
// a date of its own (the second one's date is the story's, so both have
// one id); a retelling that names the place ("the talks in Tallinn", "the
// Paris talks") or gives no place joins the event told there; a mention
// whose parties and date came only from the event told before, at a place
// no event was told, is nobody's event. Every sentence is written for
// this test. Of two own places of one event, a city in the other's
// country, the city is where it happened, unless the country is a
// visit's own ("visited Zambia", "a state visit to Zambia": word class
// wholevisit). A visit told on one day of its stay and by the stay's
// span is dated by the span. A later leg dated after the story is
// planned, whatever tense the trip's first verb has.
func TestLegsAndRounds(t *testing.T) {
	cases := []struct {
		name, published, text, typ string
		want                       []string // each event of typ as "date@place", sorted
		retold                     string   // the place whose event a later mention joins
	}{
		{name: "talks in two cities, the second undated", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra and Argentine Energy Secretary Tomas Bielsa held talks in Montevideo on Monday.\n\nFerreyra and Bielsa also held talks in Rosario, where a gas pipeline would cross the river.",
			want: []string{"2026-02-16@Montevideo", "2026-02-16@Rosario"}},
		{name: "two meetings, then the first retold by its city", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra met Argentine Energy Secretary Tomas Bielsa in Montevideo on Monday.\n\nFerreyra and Bielsa met again in Rosario on Wednesday, when they agreed on a pipeline route.\n\nThe talks in Montevideo had lasted four hours, an aide said.",
			want: []string{"2026-02-16@Montevideo", "2026-02-18@Rosario"}, retold: "Montevideo"},
		{name: "dated once, retold undated", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra met Argentine Energy Secretary Tomas Bielsa in Montevideo on Monday to discuss gas prices.\n\nThe meeting was the first between the two since the pipeline dispute began, officials said.",
			want: []string{"2026-02-16@Montevideo"}, retold: "Montevideo"},
		{name: "Monday's talks restated as the city's talks", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra and Argentine Energy Secretary Tomas Bielsa held talks in Montevideo on Monday.\n\nBielsa said the Montevideo talks had cleared the way for a pipeline deal.",
			want: []string{"2026-02-16@Montevideo"}},
		{name: "a possessive day's talks restated by the city", published: "2026-02-18", typ: extract.Meeting,
			text: "Monday's talks in Montevideo between Uruguayan Energy Minister Lucia Ferreyra and Argentine Energy Secretary Tomas Bielsa ran late into the night.\n\nBielsa said the Montevideo talks had narrowed the gap on gas prices.",
			want: []string{"2026-02-16@Montevideo"}},
		{name: "the venue of the meeting told later", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra met Argentine Energy Secretary Tomas Bielsa in Montevideo on Monday.\n\nThe meeting, at the Estevez Palace, lasted two hours.",
			want: []string{"2026-02-16@Montevideo"}},
		{name: "meetings of nobody named, at another city", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra met Argentine Energy Secretary Tomas Bielsa in Montevideo on Monday.\n\nThe programme also includes meetings with grain farmers in Rosario.",
			want: []string{"2026-02-16@Montevideo"}},
		{name: "a later round in another city is another meeting", published: "2026-02-18", typ: extract.Meeting,
			text: "Uruguayan Energy Minister Lucia Ferreyra and Argentine Energy Secretary Tomas Bielsa held talks in Montevideo on Monday.\n\nThe next round of talks will be held in Rosario next month.",
			want: []string{"2026-02-16@Montevideo", "2026-03@Rosario"}},
		{name: "a tour told leg by leg", published: "2026-02-18", typ: extract.Visit,
			text: "Danish aid envoy Mette Vinther flew to Lusaka on Monday to discuss drought relief.\n\nOn Wednesday Vinther travelled to Harare, where she met farmers' groups.",
			want: []string{"2026-02-16@Lusaka", "2026-02-18@Harare"}},
		{name: "a leg ahead told by a trip in the past and by its own verb", published: "2026-02-17", typ: extract.Visit,
			text: "Danish aid envoy Mette Vinther flew to Lusaka on Monday, and will tour a clinic in Ndola on Wednesday before moving on to Kitwe on Thursday.",
			want: []string{"2026-02-16@Lusaka", "2026-02-18@Ndola", "2026-02-19@Kitwe"}},
		{name: "a trip to a country, then the city it arrived in", published: "2026-02-18", typ: extract.Visit,
			text: "Danish aid envoy Mette Vinther began a five-day trip to Zambia on Monday to discuss drought relief, her ministry said.\n\nMette Vinther arrived in Lusaka on Monday and met the agriculture minister.",
			want: []string{"2026-02-16/2026-02-20@Lusaka"}},
		{name: "a visit to a country stays there when a city of it is told", published: "2026-02-18", typ: extract.Visit,
			text: "Danish aid envoy Mette Vinther visited Zambia on Monday to discuss drought relief, her ministry said.\n\nMette Vinther arrived in Lusaka on Monday and met the agriculture minister.",
			want: []string{"2026-02-16@Zambia"}},
		{name: "a day of a stay, then the stay's span", published: "2026-02-20", typ: extract.Visit,
			text: "Zambian President Chanda Mulenga received his Malawian counterpart, Grace Phiri, at State House in Lusaka on Thursday.\n\nGrace Phiri arrived in Lusaka on Wednesday and is due to leave on Friday.",
			want: []string{"2026-02-18/2026-02-20@Lusaka"}},
		{name: "the city first, the country restated", published: "2026-02-18", typ: extract.Visit,
			text: "Danish aid envoy Mette Vinther arrived in Lusaka on Monday to discuss drought relief.\n\nVinther's trip to Zambia is the first by a Danish envoy in a decade.",
			want: []string{"2026-02-16@Lusaka"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "legs", c.published, c.text)
			var got []string
			for _, e := range eventsOf(rec, c.typ) {
				got = append(got, e.Date+"@"+e.Location)
			}
			sort.Strings(got)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("%s events %q, want %q: %s", c.typ, got, c.want, eventList(rec))
			}
			for _, e := range eventsOf(rec, c.typ) {
				if c.retold != "" && e.Location == c.retold && len(e.Evidence) == 0 {
					t.Errorf("the %s event at %s has no further mention: %s", c.typ, c.retold, eventList(rec))
				}
			}
		})
	}
}
