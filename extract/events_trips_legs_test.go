package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestItineraryReadings: the later legs of a trip and a destination told
// by its kind (events_trips.go), with their traps. Every sentence is our
// own. want lists "type|party+party|place|date" as in TestTripReadings
// (date "" is not checked); notAt lists "party|place" visits that must not
// appear.
func TestItineraryReadings(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		notAt      []string
	}{
		{name: "two places joined by and share the day",
			text: "Foreign Minister Ana Soto travelled to Quito and Bogota on March 3 to discuss river transport.",
			want: []string{"visit|Ana Soto|Quito|2026-03-03", "visit|Ana Soto|Bogota|2026-03-03"}},
		{name: "three places in a list",
			text: "Trade envoy Halima Yusuf flew to Accra, Lome and Cotonou last week, her office said on Monday.",
			want: []string{"visit|Halima Yusuf|Accra|", "visit|Halima Yusuf|Lome|", "visit|Halima Yusuf|Cotonou|"}},
		{name: "moving on to the next stop on its own day",
			text: "Health Minister Ruth Okoro flew to Nairobi on March 2, before moving on to Kampala on March 4 for a regional conference on measles.",
			want: []string{"visit|Ruth Okoro|Nairobi|2026-03-02", "visit|Ruth Okoro|Kampala|2026-03-04"}},
		{name: "a tour that takes the traveller on",
			text: "Lars Berg, the bloc's envoy for the Andes, landed in Quito on March 7 for a tour that is scheduled to take him on to Lima and La Paz, officials said.",
			want: []string{"visit|Lars Berg|Quito|2026-03-07", "visit|Lars Berg|Lima|-", "visit|Lars Berg|La Paz|-"}},
		{name: "a programme in a second country on its own day",
			text:  "Farm Minister Joseph Mwangi will lead a dairy trade mission to Chile from March 20 to 22, followed by a single day of factory visits in Lima, Peru, on March 23.",
			want:  []string{"visit|Joseph Mwangi|Lima|"}, // its date is the dates pass's reading of "on March 23" after "followed"
			notAt: []string{"Joseph Mwangi|Peru"}},
		{name: "the country of the dateline",
			text: "QUITO — Foreign Minister Ana Soto, on her first trip abroad since taking office, landed in the country late on Friday for talks on migration.",
			want: []string{"visit|Ana Soto|Ecuador|"}},
		{name: "the capital of the dateline",
			text: "NAIROBI — Finance Minister Lars Berg flew into the capital late on Sunday to open budget talks.",
			want: []string{"visit|Lars Berg|Nairobi|"}},
		{name: "the capital of the dateline's country, not the dateline's city",
			text:  "ZURICH — Economy Minister Ana Soto flew on to the capital on Tuesday for a meeting of the federal cabinet.",
			want:  []string{"visit|Ana Soto|Bern|"},
			notAt: []string{"Ana Soto|Zurich"}},
		{name: "trap: the neighbouring country is not the dateline's",
			text:  "AMMAN — Foreign Minister Ana Soto travelled to the neighbouring country on Sunday for a day of talks.",
			notAt: []string{"Ana Soto|Jordan", "Ana Soto|Amman"}},
		{name: "trap: the country's capital is no country",
			text:  "DUBAI — Foreign Minister Ana Soto flew to the country's capital on Monday for talks.",
			notAt: []string{"Ana Soto|United Arab Emirates", "Ana Soto|Dubai"}},
		{name: "a trip's length on a phrase of its own",
			text: "Foreign Minister Ana Soto arrived in Lima on March 7 on a three-day visit, her ministry said.",
			want: []string{"visit|Ana Soto|Lima|2026-03-07/2026-03-09"}},
		{name: "leaving bounds the visit told before it, not one told after",
			text: "Foreign Minister Ana Soto flew into Lima on March 8 and will leave on March 12 after touring the port of Callao.",
			want: []string{"visit|Ana Soto|Lima|2026-03-08/2026-03-12"}},
		{name: "a place no table knows, with a day after it",
			text: "Taoiseach Brendan Kiely travelled to Ballinamore yesterday for the council's plenary.",
			want: []string{"visit|Brendan Kiely|Ballinamore|2026-03-10"}},
		{name: "a leg's day runs forward from the stop before",
			text: "Health Minister Ruth Okoro flew to Nairobi on Monday before moving on to Kampala on Wednesday.",
			want: []string{"visit|Ruth Okoro|Nairobi|2026-03-09", "visit|Ruth Okoro|Kampala|2026-03-11"}},
		{name: "the group that a named person leads travels with its members",
			text: "Mayor Helen Garside will lead a six-member party to Spain next month. The group flies to Valencia on April 14 before moving on to Seville on April 16. The party includes the city's director of culture, Omar Haddad.",
			want: []string{"visit|Helen Garside+Omar Haddad|Valencia|2026-04-14", "visit|Helen Garside+Omar Haddad|Seville|2026-04-16"}},
		{name: "a delegation led by someone, told the sentence before",
			text: "A delegation of dairy farmers led by Senator Rosa Quintero arrived in Lima on March 2. On March 4 the delegation will tour a milk cooperative in Arequipa.",
			want: []string{"visit|Rosa Quintero|Arequipa|2026-03-04"}},
		{name: "trap: a group no one is said to lead is no one's trip",
			text:  "Foreign Minister Ana Soto met farmers' leaders in Lima on Monday. The group will travel to Cusco on Thursday.",
			notAt: []string{"Ana Soto|Cusco"}},
		{name: "trap: a trip proposed and scrapped",
			text:  "Mayor Helen Garside defended the budget on Monday. A similar trip to Lyon proposed by her predecessor in 2019 was scrapped because of its cost.",
			notAt: []string{"Helen Garside|Lyon"}},
		{name: "trap: the same trip told again in an appositive",
			text:  "Foreign Minister Rui Valadares landed in Accra on March 3 on a three-day working visit, his second trip to West Africa since he took office.",
			want:  []string{"visit|Rui Valadares|Accra|"},
			notAt: []string{"Rui Valadares|West Africa"}},
		{name: "trap: a capital completed by its country names its own place",
			text:  "QUITO — Foreign Minister Ana Soto flew to the capital of Peru on Monday.",
			notAt: []string{"Ana Soto|Quito", "Ana Soto|Ecuador"}},
		{name: "trap: the place a traveller came from",
			text:  "Foreign Minister Ana Soto flew to Lima from Quito on Monday.",
			want:  []string{"visit|Ana Soto|Lima|"},
			notAt: []string{"Ana Soto|Quito"}},
		{name: "trap: a country that holds the city",
			text:  "Foreign Minister Ana Soto travelled to Lima, Peru, on Monday.",
			want:  []string{"visit|Ana Soto|Lima|"},
			notAt: []string{"Ana Soto|Peru"}},
		{name: "trap: countries the talks are with",
			text:  "Foreign Minister Ana Soto flew to Lima on Monday for talks with Chile and Bolivia on water rights.",
			notAt: []string{"Ana Soto|Chile", "Ana Soto|Bolivia"}},
		{name: "trap: a place in a where clause",
			text:  "Foreign Minister Ana Soto flew to Lima on Monday, where she later met envoys from Chile and Bolivia.",
			notAt: []string{"Ana Soto|Chile", "Ana Soto|Bolivia"}},
		{name: "trap: someone else's trip after a new subject",
			text:  "Foreign Minister Ana Soto flew to Lima on Monday, and Trade Minister Li Wei travelled to Quito.",
			want:  []string{"visit|Li Wei|Quito|"},
			notAt: []string{"Ana Soto|Quito"}},
		{name: "trap: going back home is no leg",
			text:  "Foreign Minister Ana Soto flew to Lima on Monday before heading back to Quito.",
			notAt: []string{"Ana Soto|Quito"}},
		{name: "trap: a trip noun whose next words are another verb's",
			text:  "Aid envoy Marta Quiroga landed in Juba on Tuesday on a week-long tour centred on the flooding in Ethiopia.",
			want:  []string{"visit|Marta Quiroga|Juba|"},
			notAt: []string{"Marta Quiroga|Ethiopia"}},
		{name: "trap: before an occasion, not before a move",
			text:  "Finance Minister Tomas Varga travelled to Vienna on Friday, three days before a referendum in Slovakia.",
			want:  []string{"visit|Tomas Varga|Vienna|"},
			notAt: []string{"Tomas Varga|Slovakia"}},
		{name: "trap: then another verb than a move",
			text:  "Trade Minister Ruth Okoro arrived in Accra on Monday, then telephoned the heads of government in Togo and Benin.",
			want:  []string{"visit|Ruth Okoro|Accra|"},
			notAt: []string{"Ruth Okoro|Togo", "Ruth Okoro|Benin"}},
		{name: "trap: a place as a modifier",
			text:  "Industry Minister Li Wei toured Nairobi and Mombasa-based tea exporters on Thursday.",
			notAt: []string{"Li Wei|Mombasa"}},
		{name: "a move after then still takes the trip on",
			text: "Trade Minister Ruth Okoro arrived in Accra on Monday and then headed to Lome on Wednesday.",
			want: []string{"visit|Ruth Okoro|Accra|", "visit|Ruth Okoro|Lome|"}},
		{name: "trap: the country with no dateline is no place",
			text:  "Foreign Minister Ana Soto is expected to land in the country late on Friday.",
			notAt: []string{"Ana Soto|"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "itinerary", "2026-03-11", c.text)
			for _, w := range c.want {
				f := strings.Split(w, "|")
				if !hasTripEvent(rec, f[0], strings.Split(f[1], "+"), f[2], f[3]) {
					t.Fatalf("want %s: %s", w, show(rec))
				}
			}
			for _, n := range c.notAt {
				who, where, _ := strings.Cut(n, "|")
				for _, e := range eventsOf(rec, extract.Visit) {
					for _, p := range e.Participants {
						if fold(p.Name) == fold(who) && (where == "" || fold(e.Location) == fold(where)) {
							t.Fatalf("want no visit of %s to %q: %s", who, where, show(rec))
						}
					}
				}
			}
		})
	}
}
