package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// partiesByType gives the parties of every event of type typ, joined by
// "+" and sorted, one event a "|", and the events' explanations.
func partiesByType(t *testing.T, x *extract.Extractor, text, typ string) (string, string) {
	t.Helper()
	rec, err := x.Extract(context.Background(), extract.Article{ID: "wires", Published: "2026-03-03", Body: text, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	var got, ex []string
	for _, e := range eventsOf(rec, typ) {
		names := partyNames(e)
		got = append(got, strings.Join(names, "+"))
		ex = append(ex, e.Explain...)
	}
	return strings.Join(got, "|"), strings.Join(ex, "\n") + "\nevents: " + eventList(rec)
}

// TestLeadersCompanies: "the two companies" after an event of persons
// whose employers the story named are those employers (rule
// leaders-companies, participants_employer.go), not the persons and not
// the last two organizations named in passing. A case with want "" only
// asserts that the rule did not fire (its trace is absent): the story
// tells no two employers, so no reading of the noun is pinned. Every
// sentence is our own.
func TestLeadersCompanies(t *testing.T) {
	const signed = "BERGEN, March 3, 2026 - Brightwater Shipping chief executive Marta Lindqvist and Nordkyst Freight chairman Oskar Hallberg signed a ten-year charter deal in Bergen on Monday. "
	cases := []struct {
		name, text, typ, want string
	}{
		{"a later trip of the two companies after their heads signed",
			signed + "The pilots' union, the Coastal Pilots Association, welcomed the deal. \"We expect more traffic,\" Lindqvist said. In May the two companies are due to fly to Hammerfest to inspect a depot site.",
			extract.Visit, "Brightwater Shipping+Nordkyst Freight"},
		{"the two firms meet again after their heads signed",
			signed + "The Coastal Pilots Association welcomed the deal. The two firms will hold talks on fuel costs in Tromso in June.",
			extract.Meeting, "Brightwater Shipping+Nordkyst Freight"},
		{"trap: persons with no employer named give no companies",
			"BERGEN, March 3, 2026 - Marta Lindqvist met Oskar Hallberg in Bergen on Monday. The two companies will hold talks in Tromso in June.",
			extract.Meeting, ""},
		{"trap: two persons of one company name no two companies",
			"BERGEN, March 3, 2026 - Brightwater Shipping chief executive Marta Lindqvist met Oskar Hallberg, finance director of Brightwater Shipping, in Bergen on Monday. The two companies will hold talks in Tromso in June.",
			extract.Meeting, ""},
		{"trap: an employer that is only part of a longer company name is unsure",
			"BERGEN, March 3, 2026 - Norway's Brightwater Shipping and Japan's Kobe Kaiun Ltd. agreed on a charter pool. Brightwater Shipping chief executive Marta Lindqvist and Kobe Kaiun President Ken Ueda signed the deal in Bergen on Monday. The two companies will hold talks on fuel costs in Tromso in June.",
			extract.Meeting, ""},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ex := partiesByType(t, x, c.text, c.typ)
			if c.want == "" {
				if strings.Contains(ex, "(rule leaders-companies)") {
					t.Fatalf("rule leaders-companies fired (%s parties %q):\n%s", c.typ, got, ex)
				}
				return
			}
			if got != c.want {
				t.Fatalf("%s parties %q, want %q:\n%s", c.typ, got, c.want, ex)
			}
		})
	}
}

// TestCountryPersons: "the two ministers" after an event of countries are
// the persons the story tied to those countries, one each (rule
// last-event, participants_countrypersons.go); with no such person the
// countries stay. Every sentence is our own.
func TestCountryPersons(t *testing.T) {
	cases := []struct {
		name, text, typ, want string
	}{
		{"a noun of persons after an event of countries is their persons",
			"SANTIAGO, March 3, 2026 - Chilean Foreign Minister Elena Varas and Argentina's foreign minister, Pablo Ruiz, have steered the border file since 2024. Surveyors from both sides mapped the ice fields last summer. Chile and Argentina concluded a pact fixing the glacier boundary in Mendoza on Tuesday. Lawmakers in both countries must still ratify it. The text runs to 40 pages. In April the two ministers plan to hold talks in Santiago on the new line.",
			extract.Meeting, "Elena Varas+Pablo Ruiz"},
		{"trap: with no person of either country named the countries stay",
			"SANTIAGO, March 3, 2026 - Chile and Argentina concluded a pact fixing the glacier boundary in Mendoza on Tuesday. Lawmakers in both countries must still ratify it. In April the two presidents plan to hold talks in Santiago on the new line.",
			extract.Meeting, "Argentina+Chile"},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, ex := partiesByType(t, x, c.text, c.typ); got != c.want {
				t.Fatalf("%s parties %q, want %q:\n%s", c.typ, got, c.want, ex)
			}
		})
	}
}
