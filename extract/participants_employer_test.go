package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestLeadersCompanies: "the two companies" after an event of persons
// whose employers the story named are those employers (rule
// leaders-companies, participants_employer.go), not the persons and not
// the last two organizations named in passing. "The two ministers" after
// an event of countries are the persons the story tied to those
// countries, one each (rule last-event, participants_countrypersons.go);
// with no such person the countries stay. Each case gives the
// parties of every event of its type, joined by "+" and sorted, one event
// a "|". Every sentence is our own.
func TestLeadersCompanies(t *testing.T) {
	cases := []struct {
		name, text, typ, want string
	}{
		{"a team of the two companies travels after their heads signed",
			"BERGEN, March 3, 2026 - Brightwater Shipping chief executive Marta Lindqvist and Nordkyst Freight chairman Oskar Hallberg signed a ten-year charter deal in Bergen on Monday. The pilots' union, the Coastal Pilots Association, welcomed the deal. \"We expect more traffic,\" Lindqvist said. Engineers from the two companies will travel to Hammerfest in May.",
			extract.Visit, "Brightwater Shipping+Nordkyst Freight"},
		{"the two firms meet again after their heads signed",
			"BERGEN, March 3, 2026 - Brightwater Shipping chief executive Marta Lindqvist and Nordkyst Freight chairman Oskar Hallberg signed a ten-year charter deal in Bergen on Monday. The Coastal Pilots Association welcomed the deal. The two firms will hold talks on fuel costs in Tromso in June.",
			extract.Meeting, "Brightwater Shipping+Nordkyst Freight"},
		{"trap: persons with no employer told stay the parties told before",
			"LIMA, May 20, 2026 - President Ana Soto met President Li Wei on Monday. The two leaders met again in Geneva on Tuesday.",
			extract.Meeting, "Ana Soto+Li Wei|Ana Soto+Li Wei"},
		{"trap: two persons of one company name no two companies",
			"BERGEN, March 3, 2026 - Brightwater Shipping chief executive Marta Lindqvist met Oskar Hallberg, finance director of Brightwater Shipping, in Bergen on Monday. The two companies will hold talks in Tromso in June.",
			extract.Meeting, "Marta Lindqvist+Oskar Hallberg|Marta Lindqvist+Oskar Hallberg"},
		{"a noun of persons after an event of countries is their persons",
			"SANTIAGO, March 3, 2026 - Chilean Foreign Minister Elena Varas and Argentina's foreign minister, Pablo Ruiz, have steered the border file since 2024. Surveyors from both sides mapped the ice fields last summer. Chile and Argentina concluded a pact fixing the glacier boundary in Mendoza on Tuesday. Lawmakers in both countries must still ratify it. The text runs to 40 pages. In April the two ministers plan to hold talks in Santiago on the new line.",
			extract.Meeting, "Elena Varas+Pablo Ruiz"},
		{"trap: with no person of either country named the countries stay",
			"SANTIAGO, March 3, 2026 - Chile and Argentina concluded a pact fixing the glacier boundary in Mendoza on Tuesday. Lawmakers in both countries must still ratify it. In April the two presidents plan to hold talks in Santiago on the new line.",
			extract.Meeting, "Argentina+Chile"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "wires", "2026-03-03", c.text)
			var got []string
			for _, e := range eventsOf(rec, c.typ) {
				var names []string
				for _, p := range e.Participants {
					names = append(names, p.Name)
				}
				sort.Strings(names)
				got = append(got, strings.Join(names, "+"))
			}
			if g := strings.Join(got, "|"); g != c.want {
				t.Fatalf("%s parties %q, want %q; events: %s", c.typ, g, c.want, eventList(rec))
			}
		})
	}
}
