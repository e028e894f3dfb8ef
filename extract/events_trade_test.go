package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTradePartner: a deal to buy, sell, import, export or supply names its
// other side after "from" or "to" in the infinitive; other infinitives and
// a "to" that opens another verb name no party.
func TestTradePartner(t *testing.T) {
	cases := []struct {
		name, text   string
		participants []string // empty: want no agreement event
	}{
		{name: "import from a country, the object between",
			text:         "NAIROBI, March 3 (Reuters) - Kenya has signed a five-year $2bn (£1.5bn) deal to import wheat from Ukraine, the trade ministry said on Monday.\n",
			participants: []string{"Kenya", "Ukraine"}},
		{name: "buy from a company",
			text:         "OSLO, June 18 (Reuters) - Corvane Shipping Inc has agreed a $300 million (260 million euro) contract to buy twelve container ships from Norbank Yards, the company said on Tuesday.\n",
			participants: []string{"Corvane Shipping Inc", "Norbank Yards"}},
		{name: "a move to a city is no trade",
			text: "NAIROBI, March 3 (Reuters) - Kenya has signed a $2bn (£1.5bn) deal to move its main grain depot to Mombasa, the trade ministry said on Monday.\n"},
		{name: "to and a verb opens another infinitive",
			text: "NAIROBI, March 3 (Reuters) - Kenya has signed a $2bn (£1.5bn) deal to import wheat to meet demand in Uganda, the trade ministry said on Monday.\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "trade", "2026-03-03", c.text)
			if len(c.participants) == 0 {
				if evs := eventsOf(rec, extract.Agreement); len(evs) > 0 {
					t.Fatalf("want no agreement, got %s", eventList(rec))
				}
				return
			}
			if matchEvent(rec, extract.Agreement, c.participants) == nil {
				t.Fatalf("no agreement with %v; events: %s", c.participants, eventList(rec))
			}
		})
	}
}
