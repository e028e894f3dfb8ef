package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTitleEmployers: a person's employer read from the title before the
// name when the words before it name an organization of the story
// (employer.go): a short name told before, possessive or not, and "the
// university's" for the story's one university; after the name, "of" and
// an organization (entities.go employerOfAfter), a name conjoined before
// the title being no employer. Every sentence is written for this test.
func TestTitleEmployers(t *testing.T) {
	cases := []struct {
		name, text, person, org string // org "" wants no employer
	}{
		{"a short name, possessive",
			"Tessaline Robotics opened a plant in Varna on Friday. Tessaline's chief executive, Kofi Asante, cut the ribbon.",
			"Kofi Asante", "Tessaline Robotics"},
		{"a short name before the title",
			"Molvane Ports reported a record quarter on Thursday. Molvane chief executive Lucia Ferro said volumes rose by a fifth.",
			"Lucia Ferro", "Molvane Ports"},
		{"the story's one university",
			"Harwick University will open a campus in Lagos next year. The university's president, Mirela Duda, announced the plan on Monday.",
			"Mirela Duda", "Harwick University"},
		{"a word of the name, first in its sentence, before the title",
			"Next season the Halden Opera Trust will stage three operas by women. Trust director Ines Bakke chose them from 40 scores.",
			"Ines Bakke", "Halden Opera Trust"},
		{"trap: a word in two names of the story",
			"The Halden Opera Trust is to merge with the Orvik Ballet Trust in 2027. Trust director Ines Bakke called the move overdue.",
			"Ines Bakke", ""},
		{"a company conjoined before the title is no employer; the one after \"of\" is",
			"Pellion Glass and Finance Director Omar Haddad of Seto Logistics opened a shared depot in Tangier on Friday.",
			"Omar Haddad", "Seto Logistics"},
		{"two universities: whose is unclear",
			"Harwick University and Dunmere University will share a laboratory. The university's president, Mirela Duda, announced the plan on Monday.",
			"Mirela Duda", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "employers", "2026-05-04", c.text)
			p := findEntity(rec, extract.Person, c.person)
			if p == nil {
				t.Fatalf("no person %q: %+v", c.person, rec.Entities)
			}
			if !strings.EqualFold(p.Organization, c.org) {
				t.Errorf("%s works for %q, want %q", c.person, p.Organization, c.org)
			}
		})
	}
}

// TestTitleAfterAnd: in "X and <title> Y" the words before "and" are a
// name of their own when they cannot be the title's field: an
// organization before a title that is no office, or a company's name; an
// office title's field stays whole across "and" (entities.go
// fieldBeforeAnd). Every sentence is written for this test.
func TestTitleAfterAnd(t *testing.T) {
	checkEmployerCases(t, []employerCase{
		{name: "a company conjoined before a title is no part of it",
			text:   "Brask Cement Ltd and Sales Director Jonas Weir will show the new kiln to buyers in Aalborg next week.",
			person: "Jonas Weir", title: "Sales Director", orgs: []string{"Brask Cement Ltd"}},
		{name: "trap: two fields of a minister joined by and",
			text:   "Harbour and Transport Minister Lina Orr toured the flooded docks in Cork on Sunday.",
			person: "Lina Orr", title: "Harbour and Transport Minister"},
		{name: "trap: two fields of a secretary joined by and",
			text:   "Asked about the backlog, Veterans and Pensions Secretary Colm Daly promised extra clerks by spring.",
			person: "Colm Daly", title: "Veterans and Pensions Secretary"},
	})
}

// TestSignatoriesMerge: a deal told first by its organizations and then
// by the persons who signed it for them is one event of the persons
// (merge.go, signatories); two deals of the same companies on different
// days, or a signatory of no party's, stay apart. Every sentence is
// written for this test.
func TestSignatoriesMerge(t *testing.T) {
	cases := []struct {
		name, text string
		n          int      // agreement events wanted
		parts      []string // the one event's parties (n == 1)
	}{
		{name: "the organizations, then their signatories by possessive titles", n: 1,
			text:  "Harwick University and Tessaline Robotics signed a research agreement on Tuesday. The agreement was signed by the university's president, Mirela Duda, and Tessaline's chief executive, Kofi Asante.",
			parts: []string{"Mirela Duda", "Kofi Asante"}},
		// "The agreement" refers back here, so this case also holds
		// without the signatories rule: it guards the employers it reads
		{name: "the companies, then a chairman and an appositive chief executive", n: 1,
			text:  "Ardent Shipping and Molvane Ports signed a ten-year port agreement on Wednesday. The agreement was signed by Ardent chairman Tomas Berg and Lucia Ferro, chief executive of Molvane Ports.",
			parts: []string{"Tomas Berg", "Lucia Ferro"}},
		{name: "the same companies, another deal on another day", n: 2,
			text: "Ardent Shipping and Molvane Ports signed a fuel supply deal on Monday. On Thursday, Ardent chairman Tomas Berg and Molvane chief executive Lucia Ferro signed an agreement on berth fees."},
		{name: "the bodies, then their heads by titles, one by a word of its name opening the sentence", n: 1,
			text:  "On Tuesday Carrow Lighting Ltd and the Halden Opera Trust sealed a lighting contract. Trust director Ines Bakke and Carrow finance head Per Aune signed backstage after a rehearsal.",
			parts: []string{"Ines Bakke", "Per Aune"}},
		{name: "trap: bodies that sign with no person named for them stay the bodies", n: 1,
			text:  "On Tuesday Carrow Lighting Ltd and the Halden Opera Trust sealed a lighting contract. The fee was not disclosed.",
			parts: []string{"Carrow Lighting Ltd", "Halden Opera Trust"}},
		{name: "trap: a spokeswoman who only comments is no signatory", n: 1,
			text:  "On Tuesday Carrow Lighting Ltd and the Halden Opera Trust sealed a lighting contract. Trust spokeswoman Ines Bakke said the new lamps would halve the hall's power bill.",
			parts: []string{"Carrow Lighting Ltd", "Halden Opera Trust"}},
		{name: "a union's rota deal, then its secretary and the employer's head put pen to paper", n: 1,
			text:  "After months of wrangling over night shifts, the Harlow Bus Drivers Union struck a rota deal with Selbury Transit. Union secretary Rhys Amadi and Selbury Transit chief executive Nora Field put pen to paper in a depot canteen, staff said.",
			parts: []string{"Rhys Amadi", "Nora Field"}},
		{name: "trap: a dated pen to paper for a letter after a deal is no second deal", n: 1,
			text:  "The Harlow Bus Drivers Union struck a rota deal with Selbury Transit on Monday. Two passengers' groups put pen to paper on Thursday as well, in a plea to the town hall about late buses.",
			parts: []string{"Harlow Bus Drivers Union", "Selbury Transit"}},
		{name: "trap: the deal's sides put pen to paper later in a letter", n: 1,
			text:  "The Harlow Bus Drivers Union struck a rota deal with Selbury Transit in May. On June 8 both sides put pen to paper once more, in a letter urging ministers to fund more buses.",
			parts: []string{"Harlow Bus Drivers Union", "Selbury Transit"}},
		{name: "trap: a passive signing at talks between two bodies names no signatory", n: 1,
			text:  "Brantley Council struck a deal with Osgrove Council to pool gritting lorries. The deal was initialled late on Friday during talks between the two councils.",
			parts: []string{"Brantley Council", "Osgrove Council"}},
		{name: "trap: putting pen to paper to write something is no signing", n: 0,
			text: "The novelists Mara Quist and Teo Brandt put pen to paper on Monday to draft an open letter to the mayor about the library's closure."},
		// "The agreement was signed by" points back at the deal just told:
		// its signers are its parties even when the article does not say
		// whose one of them is (merge_standins.go signedBack)
		{name: "the agreement signed by a party's president and a person of no stated body", n: 1,
			text:  "Harwick University and Tessaline Robotics signed a research agreement on Tuesday. The agreement was signed by the university's president, Mirela Duda, and Kofi Asante.",
			parts: []string{"Mirela Duda", "Kofi Asante"}},
		{name: "trap: a signatory of neither party to a deal brought in anew", n: 2,
			text: "Harwick University and Tessaline Robotics signed a research agreement on Tuesday. Afterwards a contract was signed by the university's president, Mirela Duda, and Kofi Asante."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "signers", "2026-05-08", c.text)
			evs := eventsOf(rec, extract.Agreement)
			if len(evs) != c.n {
				t.Fatalf("%d agreement events, want %d: %s", len(evs), c.n, eventList(rec))
			}
			if c.n != 1 {
				return
			}
			if len(evs[0].Participants) != len(c.parts) || matchEvent(rec, extract.Agreement, c.parts) == nil {
				t.Errorf("participants %v, want %v", evs[0].Participants, c.parts)
			}
		})
	}
}
