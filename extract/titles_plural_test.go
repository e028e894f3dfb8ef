package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPluralTitleBeforeNames: a portfolio title in the plural before two
// names joined by "and" is each one's, in the singular, lower-case or
// capitalized. Traps: plural titles with no name after them give nobody a
// title, a plural inside an organization's name ("Mayors Housing
// Association") is no title, and a name after "and" with no plural title before the
// first name gets none. Every sentence is our own.
func TestPluralTitleBeforeNames(t *testing.T) {
	checkTitleOfCases(t, []titleOfCase{
		{"the first of two names", "At dawn the agriculture ministers Selin Aydar and Bruno Lacaze walked the flooded rice fields.", "Selin Aydar", "agriculture minister", ""},
		{"the second of two names", "At dawn the agriculture ministers Selin Aydar and Bruno Lacaze walked the flooded rice fields.", "Bruno Lacaze", "agriculture minister", ""},
		{"a capitalized plural", "Defence Ministers Hanne Lindqvist and Oren Tal will compare budgets in Oslo next week.", "Oren Tal", "Defence Minister", ""},
		{"no name after the plural (trap)", "Governors from the coast and from the hills argued for an hour before Carla Nunez spoke.", "Carla Nunez", "", ""},
		{"a plural word inside an organization's name (trap)", "Western Mayors Housing Association and Hugo Brandt share the depot lease.", "Hugo Brandt", "", ""},
		{"a singular title before the first name only (trap)", "Finance minister Ilona Varga and Peter Sandor toured the mint on Friday.", "Peter Sandor", "", ""},
	})
}

// TestTitleFieldsAndBodies: fields that governments in general give a
// portfolio (the sea, irrigation, enlargement, lands, customs), and the
// bodies whose presiding or leading officer a title names (Speaker of
// Parliament, House Speaker, Senate President, opposition leader, council
// leader). Traps: a ministry named with "and" stays an organization
// and gives no one a title; a council that meets a person gives that
// person no title; "opposition" before another head is no part of the
// title. Every sentence is our own.
func TestTitleFieldsAndBodies(t *testing.T) {
	checkTitleOfCases(t, []titleOfCase{
		{"the sea as a complement", "Lindiwe Sayo, the minister of the sea, cut the ribbon on the new trawler dock.", "Lindiwe Sayo", "minister of the sea", ""},
		{"irrigation before an office", "Canal repairs come before the spring sowing, the irrigation minister Omar Haidari promised.", "Omar Haidari", "irrigation minister", ""},
		{"enlargement after for", "Ruta Kalnina, commissioner for enlargement, will brief the envoys in Tirana.", "Ruta Kalnina", "commissioner for enlargement", ""},
		{"a field list with lands", "Survey orders for the lake shore were signed by Minister of Lands and Irrigation Kofi Mensah-Bonsu.", "Kofi Mensah-Bonsu", "Minister of Lands and Irrigation", ""},
		{"customs before an office", "Seized cigarettes were burned in public, the customs commissioner Amina Juma said.", "Amina Juma", "customs commissioner", ""},
		{"a vice-minister", "Jae-won Baek, vice-minister for trade, arrives in Canberra on Sunday.", "Jae-won Baek", "vice-minister for trade", ""},
		{"Speaker of Parliament", "Speaker of Parliament Ruth Amani adjourned the sitting after the walkout.", "Ruth Amani", "Speaker of Parliament", ""},
		{"the House before Speaker", "House Speaker Dale Brooks scheduled the vote for Thursday evening.", "Dale Brooks", "House Speaker", ""},
		{"the Senate before President", "Senate President Gloria Imbert refused to take the bill up.", "Gloria Imbert", "Senate President", ""},
		{"opposition before leader", "The opposition leader Maya Ortiz called the budget a fantasy.", "Maya Ortiz", "opposition leader", ""},
		{"a capitalized body opening the sentence is no organization", "Opposition leader Kamau Otieno boycotted the address to parliament.", "Kamau Otieno", "Opposition leader", "Opposition"},
		{"council before leader", "Parking charges will rise in April, council leader Sam Boyd told residents.", "Sam Boyd", "council leader", ""},
		{"a council leader named after the person (trap)", "Joan Reyes, who sits beside the council leader, spoke about the bins.", "Joan Reyes", "", ""},
		{"an opposition lawmaker is a lawmaker (trap)", "Opposition lawmaker Wanjiku Njoroge tabled the motion on grain imports.", "Wanjiku Njoroge", "lawmaker", ""},
		{"a ministry named with and (trap)", "Officials of the Lands and Fisheries Ministry met Maria Tveit in Bergen.", "Maria Tveit", "", ""},
	})
}

// TestUnitPrefixTitle: the name of a government below the nation's, a
// place and a unit word ("State", "County", "Provincial"), is part of its
// officers' titles. Traps: a person named before "and" is no part of the
// next title; a town's mayor keeps the civic reading (the title without
// the place); a possessive nation or a nationality stays out. Every sentence is our own.
func TestUnitPrefixTitle(t *testing.T) {
	checkTitleOfCases(t, []titleOfCase{
		{"a county before a judge", "Harlan County Judge Ruth Sims signed the burn ban on Tuesday.", "Ruth Sims", "Harlan County Judge", ""},
		{"a state before a governor", "Delta State Governor Efe Okoro cut the ribbon at the bridge.", "Efe Okoro", "Delta State Governor", ""},
		{"a province before a premier", "Makira Provincial Premier Jonah Tauni asked for more patrol boats.", "Jonah Tauni", "Makira Provincial Premier", ""},
		{"a nation's possessive stays out", "Kenya's Nakuru County Governor Esther Wambui opened the grain store.", "Esther Wambui", "Nakuru County Governor", ""},
		{"a person before and is no part of the title (trap)", "Warren Kent and County Judge Eli Moss met at the courthouse.", "Eli Moss", "County Judge", ""},
		{"a nationality stays out (trap)", "Polish State Secretary Jan Wrona flew home after the vote.", "Jan Wrona", "State Secretary", ""},
		{"a town's mayor (trap)", "Crossing the square, Dunmore Mayor Sean Keane waved at the marchers.", "Sean Keane", "Mayor", ""},
	})
}

// TestPluralTitleSpan: the singular title read from a plural has a span,
// the singular written inside the plural word.
func TestPluralTitleSpan(t *testing.T) {
	rec := extractText(t, "titles", "2026-06-09", "The tourism ministers Selin Aydar and Bruno Lacaze inspected the breakwater.")
	n := 0
	for _, e := range rec.Entities {
		if e.Type != extract.Title || e.Text != "tourism minister" {
			continue
		}
		n++
		if len(e.Spans) != 1 || e.Spans[0][1]-e.Spans[0][0] != len("tourism minister") {
			t.Errorf("TITLE %q of %s: spans %v", e.Text, e.Holder, e.Spans)
		}
	}
	if n != 2 {
		t.Errorf("%d TITLE entities \"tourism minister\", want 2: %s", n, show(rec))
	}
}

// employerCase: a person's title and employer, the organizations the
// sentence must hold and one it must not.
type employerCase struct {
	name, text              string
	person, title, employer string
	orgs                    []string
	notOrg                  string
}

func checkEmployerCases(t *testing.T, cases []employerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "titles", "2026-06-09", c.text)
			orgs := map[string]bool{}
			var got *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Organization {
					orgs[e.Text] = true
				}
				if e.Type == extract.Person && e.Text == c.person {
					got = &rec.Entities[i]
				}
			}
			if got == nil {
				t.Fatalf("no person %q: %s", c.person, show(rec))
			}
			if got.Title != c.title || got.Organization != c.employer {
				t.Errorf("%q: title %q employer %q, want %q and %q: %s", c.person, got.Title, got.Organization, c.title, c.employer, show(rec))
			}
			for _, o := range c.orgs {
				if !orgs[o] {
					t.Errorf("no ORGANIZATION %q: %s", o, show(rec))
				}
			}
			if c.notOrg != "" && orgs[c.notOrg] {
				t.Errorf("%q is an organization: %s", c.notOrg, show(rec))
			}
		})
	}
}

// TestTitleBodyAndEmployer: the words before a title stay its employer
// when they name a body (an acronym, a known organization, a company
// before "Regional"); a head that names its chamber by "of" gives way
// when "of" goes on (before "House of Delegates" the title is
// "Speaker", its body the whole chamber); a chamber opening a head is an
// organization too; a plural title before two names gives the second the
// title the first recorded, a region's unit name in it too; a ministry
// named with "and" stays an organization. Every sentence is our own.
func TestTitleBodyAndEmployer(t *testing.T) {
	checkEmployerCases(t, []employerCase{
		{"an acronym before a unit word", "On Sunday UNICEF State Coordinator Lea Monti handed over the cold-chain fridges.", "Lea Monti", "State Coordinator", "UNICEF", []string{"UNICEF"}, ""},
		{"a known organization before a unit word", "Red Cross County Coordinator Ines Roy handed out blankets in the square.", "Ines Roy", "County Coordinator", "Red Cross", []string{"Red Cross"}, ""},
		{"an acronym before Regional", "Water trucks reached the camp late, UNDP Regional Director Amal Haddad admitted.", "Amal Haddad", "Regional Director", "UNDP", []string{"UNDP"}, ""},
		{"a company before Regional", "Velmora Regional Manager Tom Brink closed two branches in March.", "Tom Brink", "Regional Manager", "Velmora", []string{"Velmora"}, ""},
		{"a chamber named by of goes on", "At noon the bell was rung by Helga Brun, Speaker of the House of Delegates.", "Helga Brun", "Speaker", "House of Delegates", []string{"House of Delegates"}, "Delegates"},
		{"a Senate before President", "After midnight Senate President Noor Ali and House Speaker Ben Carr signed off on the levy.", "Noor Ali", "Senate President", "", []string{"Senate", "House"}, ""},
		{"a House before Speaker", "After midnight Senate President Noor Ali and House Speaker Ben Carr signed off on the levy.", "Ben Carr", "House Speaker", "", []string{"Senate", "House"}, ""},
		{"a plural unit title, the second name", "Norway's Vestby County Commissioners Eirik Dahl and Siri Lund voted against the ferry levy.", "Siri Lund", "Vestby County Commissioner", "", nil, ""},
		{"a ministry named with and stays an organization (trap)", "Officials of the Lands and Fisheries Ministry met Maria Tveit in Bergen.", "Maria Tveit", "", "", []string{"Lands and Fisheries Ministry"}, ""},
	})
}
