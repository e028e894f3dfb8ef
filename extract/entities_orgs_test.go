package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// orgCase: in text, the entity whose text or alias is name has type typ
// ("" means no entity of that text may be an organization: a trap).
type orgCase struct{ name, text, entity, typ string }

func checkOrgCases(t *testing.T, cases []orgCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "orgs", "2026-03-11", c.text)
			var got *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Title || e.Type == extract.Date || e.Type == extract.Acronym {
					continue
				}
				if strings.EqualFold(e.Text, c.entity) {
					got = &rec.Entities[i]
					break
				}
				for _, a := range e.Aliases {
					if strings.EqualFold(a, c.entity) && got == nil {
						got = &rec.Entities[i]
					}
				}
			}
			if c.typ == "" {
				if got != nil && got.Type == extract.Organization {
					t.Fatalf("%q is an organization, want none: %s", c.entity, show(rec))
				}
				return
			}
			if got == nil {
				t.Fatalf("no entity %q: %s", c.entity, show(rec))
			}
			if got.Type != c.typ {
				t.Fatalf("%q: %s, want %s: %s", c.entity, got.Type, c.typ, show(rec))
			}
		})
	}
}

// TestBusinessWordCues: a company named by two capitalized words whose
// last is a trade's word (org_cues.tsv: Cables, Air, Coaches, Creamery,
// Packaging, Haulage, Ferries, Trust, Universities ...) is an
// organization even when its first word is a given name or a place; a
// person whose surname is a trade word is not (Mills, Water and Power are
// not cues). A name read as a person by its given name alone that stands
// right before a lower-case title and another person is that person's
// employer (employerNames); set off by commas before its own title it
// stays a person. Every sentence is our own.
func TestBusinessWordCues(t *testing.T) {
	trump := "Donald Trump adviser Kellyanne Conway met union leaders on Monday. Donald Trump later praised the talks."
	putin := "Vladimir Putin adviser Yuri Ushakov met Donald Trump envoy Steve Witkoff in Moscow on Thursday."
	checkOrgCases(t, []orgCase{
		{"given name first", "Harlow Cables, which employs 240 people at its works near the station, wants to build a second hall.", "Harlow Cables", extract.Organization},
		{"regional airline", "Passengers on Skylark Air, the regional carrier, faced delays at Shannon on Monday.", "Skylark Air", extract.Organization},
		{"coach operator", "The council and Weald Coaches agreed in 2024 to move the fleet to a new garage.", "Weald Coaches", extract.Organization},
		{"place first", "Atlantic Ferries cancelled three crossings because of the storm, the operator said.", "Atlantic Ferries", extract.Organization},
		{"creamery", "Farmers who supply Glenrossie Creamery were told the price would fall in July.", "Glenrossie Creamery", extract.Organization},
		{"hospital trust", "Staff at Castlemoor Teaching Hospitals NHS Trust voted to strike on Monday.", "Castlemoor Teaching Hospitals NHS Trust", extract.Organization},
		{"university group", "Universities UK warned that a third of its members were running deficits.", "Universities UK", extract.Organization},
		{"given name first, employer", "Harlow Fenwick chief executive Tom Ferris met the council on Monday. Harlow Fenwick employs 240 people.", "Harlow Fenwick", extract.Organization},
		{"given name first, person", "Harlow Fenwick, chief executive of Tolland Packaging, met the council on Monday.", "Harlow Fenwick", extract.Person},
		{"adviser's leader", trump, "Donald Trump", extract.Person},
		{"envoy's leaders", putin, "Vladimir Putin", extract.Person},
		{"envoy's leaders, other", putin, "Donald Trump", extract.Person},
		{"given name only a given name", "Ana Soto chief executive Luis Ortega said the plant would close.", "Ana Soto", extract.Person},
		{"aide's minister", "Carla Benning aide Tomas Reyes met union leaders in Leeds on Monday.", "Carla Benning", extract.Person},
		{"surname told alone", "Harlow Brennan chairman Ivo Sands met the bank. Brennan said later that he backed the bid.", "Harlow Brennan", extract.Person},
		{"surname Mills", "Grace Mills, a nurse from Leeds, said she would join the picket line.", "Grace Mills", extract.Person},
		{"reservoir", "Anglers were turned away from Rutland Water on Sunday after the spill.", "Rutland Water", ""},
	})
}

// TestCivicTitlePrefix: before a town's office (titles.tsv kind civic) an
// unknown capitalized word is the town, not an employer; before other
// titles it stays the employer, and a prefix with an organization cue
// stays an organization. A title word that begins a place named by its
// cue ("King County") is no title. Every sentence is our own.
func TestCivicTitlePrefix(t *testing.T) {
	hall := "Senator Andrea Hall met Governor Tom Reed in Denver on Tuesday. " +
		"Senator Hall later flew to Washington for talks with President Ana Soto."
	hills := "Senator Marta Hills opened the hearing on Monday. " +
		"Senator Hills said the bill would pass."
	checkOrgCases(t, []orgCase{
		{"mayor's town", "Tralee Mayor Seán O'Riordan welcomed the deal on Tuesday.", "Tralee", extract.Location},
		{"mayor's town, person", "Tralee Mayor Seán O'Riordan welcomed the deal on Tuesday.", "Seán O'Riordan", extract.Person},
		{"sheriff's county", "Jefferson Parish Sheriff Harry Lee told reporters the search would go on.", "Jefferson Parish", extract.Location},
		{"lord mayor", "Castlebar Lord Mayor Aine Gilroy opened the new library.", "Castlebar", extract.Location},
		{"employer stays", "Skylark chief executive Aoife Brennan met the minister on Friday.", "Skylark", extract.Organization},
		{"council mayor", "Castlemoor Borough Council Mayor Tom Reid signed the book.", "Castlemoor Borough Council", extract.Organization},
		{"county cue", "The King County Superior Court threw out the lawsuit on Friday.", "King County Superior Court", extract.Organization},
		{"county is no person", "The King County Superior Court threw out the lawsuit on Friday.", "County Superior Court", ""},
		{"surname after title", "Foreign Minister Park Ji-won met his counterpart in Seoul.", "Park Ji-won", extract.Person},
		{"court justice is no org", "Supreme Court Justice Elena Ruiz wrote the dissent.", "Elena Ruiz", extract.Person},
		{"site cue is a surname", hall, "Hall", extract.Person},
		{"street is a surname", "Governor Street signed the budget on Monday after weeks of talks.", "Street", extract.Person},
		{"region cue, surname in story", hills, "Hills", extract.Person},
		{"parish", "Linn Parish Sheriff Dale Moore said the road would reopen.", "Linn Parish", extract.Location},
	})
}

// TestCoordinatedOrgNames: "X of Y and Z" is two organizations when Z is
// one of its own (a known name, its own cue word, or a name the story
// writes standing alone), and one when Z goes on the complement
// ("Ministry of Trade and Industry"). A nationality word coordinated with
// an organization is no organization ("EU and Chinese officials"). Every
// sentence is our own.
func TestCoordinatedOrgNames(t *testing.T) {
	two := "The Royal College of Nursing and Unite said on Monday that their members would strike. " +
		"Porters accepted a deal last month after Unite reached an agreement with managers."
	checkOrgCases(t, []orgCase{
		{"union standing alone", two, "Unite", extract.Organization},
		{"college", two, "Royal College of Nursing", extract.Organization},
		{"no joined name", two, "Royal College of Nursing and Unite", ""},
		{"own cue", "The Bank of England and the Federal Reserve Board kept rates on hold.", "Federal Reserve Board", extract.Organization},
		{"complement goes on", "The Ministry of Trade and Industry said exports rose. Industry groups welcomed it.", "Ministry of Trade and Industry", extract.Organization},
		{"complement with a cue", "The Department of Health and Human Services issued the rule.", "Department of Health and Human Services", extract.Organization},
		{"complement, care", "The Department of Health and Social Care asked ministers to intervene.", "Department of Health and Social Care", extract.Organization},
		{"nationality", "EU and Chinese officials met in Brussels on Tuesday.", "Chinese", ""},
		{"nationality, bloc", "EU and Chinese officials met in Brussels on Tuesday.", "EU", extract.Organization},
	})
}

// TestPlaceOffices: a place, a lower-case title, "'s" and an office noun
// (word_classes.tsv class officenoun) name an organization, and the same
// title's office with no place later is that organization; a title's
// office after a possessive stays whole with its complement ("US
// Attorney's Office for the Southern District of New York"), but an
// organization's possessive does not join the next name. Every sentence
// is our own.
func TestPlaceOffices(t *testing.T) {
	da := "The Manhattan district attorney's office on Thursday dropped the case. " +
		"He signed an agreement with the district attorney's office in Manhattan."
	checkOrgCases(t, []orgCase{
		{"place office", da, "Manhattan district attorney's office", extract.Organization},
		{"same office later", da, "district attorney's office", extract.Organization},
		{"place stays a place elsewhere", da, "Manhattan", extract.Location},
		{"county sheriff", "Deputies from the Linn County sheriff's department searched the river on Sunday.", "Linn County sheriff's department", extract.Organization},
		{"no place, no name", "The mayor's office said the road would reopen on Monday.", "mayor's office", ""},
		{"US Attorney's Office", "The US Attorney's Office for the Southern District of New York declined to comment.", "US Attorney's Office for the Southern District of New York", extract.Organization},
		{"an organization's unit", "The Institute of Marine Studies' Centre for Coastal Policy released the survey on Monday.", "Institute of Marine Studies' Centre for Coastal Policy", ""},
		{"the unit itself", "The Institute of Marine Studies' Centre for Coastal Policy released the survey on Monday.", "Centre for Coastal Policy", extract.Organization},
	})
}

// TestAcademicShortNames: a one-word name before the title of a
// university's head (titles.tsv kind academic) is the story's one
// university holding that word, not an organization of its own, nor the
// town's council; with two universities holding it, nothing is merged.
// Every sentence is our own.
func TestAcademicShortNames(t *testing.T) {
	story := "The University of Lenham signed a partnership with a Norwegian institute on Thursday. " +
		"Lenham vice-chancellor Priya Natarajan signed it in Bergen. Lenham City Council welcomed the deal."
	rec := extractText(t, "orgs", "2026-09-03", story)
	for _, e := range rec.Entities {
		if e.Type == extract.Organization && e.Text == "Lenham" {
			t.Fatalf("Lenham is an organization of its own: %s", show(rec))
		}
		if e.Type == extract.Person && e.Text == "Priya Natarajan" && e.Organization != "University of Lenham" {
			t.Fatalf("Natarajan's employer %q, want University of Lenham: %s", e.Organization, show(rec))
		}
	}
	two := "The University of Lenham bid for the grant. Lenham University bid too. " +
		"Lenham vice-chancellor Priya Natarajan said on Monday the bid was strong."
	rec = extractText(t, "orgs", "2026-09-03", two)
	for _, e := range rec.Entities {
		if e.Type == extract.Organization && e.Text != "Lenham" && slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, "Lenham") }) {
			t.Fatalf("%q took Lenham with two universities holding it: %s", e.Text, show(rec))
		}
	}
}

// TestDescribedInstitutions: "the university", "the union", "the
// council" stand for the story's organization named before whose name
// has that head ("University of Lenham", not "University and College
// Union"; not a council named later); "the company's director, X" is X,
// not the company; "its council" is no council named before. Every
// sentence is our own.
func TestDescribedInstitutions(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the university", "The University of Lenham opened a new campus in May. The University and College Union welcomed it. " +
			"Lenham City Council and the university agreed in July to build student housing.", "Lenham City Council|University of Lenham"},
		{"the council", "Bramford Borough Council voted on Tuesday to sell the depot. The depot has stood empty since March 2024, " +
			"when the council and Weald Coaches agreed to move the fleet to a new garage. Kent County Council owns the access road.", "Bramford Borough Council|Weald Coaches"},
		{"a possessed director", "The University of Lenham signed a research partnership with Bergen Marine Labs on Thursday. " +
			"Vice-chancellor Priya Natarajan signed the agreement in Bergen on Wednesday with the company's director, Kari Nyheim.", "Kari Nyheim|Priya Natarajan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "orgs", "2026-09-03", c.text)
			var got []string
			for _, ev := range rec.Events {
				if ev.Type != "agreement" {
					continue
				}
				var ps []string
				for _, p := range ev.Participants {
					ps = append(ps, p.Name)
				}
				slices.Sort(ps)
				got = append(got, strings.Join(ps, "|"))
				if strings.Join(ps, "|") == c.want {
					return
				}
			}
			t.Fatalf("no agreement of %s; got %v", c.want, got)
		})
	}
}

// TestPossessedBodyIsNoNamedCouncil: "Its council approved ..." is the
// body of the organization told before, not the council named before it.
func TestPossessedBodyIsNoNamedCouncil(t *testing.T) {
	rec := extractText(t, "orgs", "2026-09-03", "Natarajan also met officials of the Research Council of Norway in Oslo on Tuesday. "+
		"The university's finances are under strain. Its council approved a voluntary redundancy scheme in June.")
	for _, ev := range rec.Events {
		if strings.HasPrefix(ev.Sentence, "Its council") && slices.ContainsFunc(ev.Participants, func(p extract.Participant) bool { return p.Name == "Research Council of Norway" }) {
			t.Fatalf("'its council' read as the Research Council: %s", show(rec))
		}
	}
}

// TestCityAsParty: "the city of X" as a subject or object of a deal is the
// place X as a party (its body), in either order of a coordination; in a
// locative phrase it is the event's place, no party. Every sentence is
// our own.
func TestCityAsParty(t *testing.T) {
	cases := []struct{ name, text, typ, want string }{
		{"city first", "The city of New Rochelle and the Harbor Point Yacht Club reached an agreement on Wednesday over the marina lease.", "agreement", "Harbor Point Yacht Club|New Rochelle"},
		{"city second", "The Harbor Point Yacht Club and the city of New Rochelle signed an agreement on Wednesday.", "agreement", "Harbor Point Yacht Club|New Rochelle"},
		{"object", "The Harlow County Commission on Tuesday approved an agreement with the city of Brandon Falls to share the cost of a water plant.", "agreement", "Brandon Falls|Harlow County Commission"},
		{"locative is no party", "Mayor Ana Reyes met Governor Tom Ellis in the city of Lyon on Monday.", "meeting", "Ana Reyes|Tom Ellis"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "orgs", "2026-11-12", c.text)
			var got []string
			for _, ev := range rec.Events {
				if ev.Type != c.typ {
					continue
				}
				var ps []string
				for _, p := range ev.Participants {
					ps = append(ps, p.Name)
				}
				slices.Sort(ps)
				got = append(got, strings.Join(ps, "|"))
			}
			if len(got) != 1 || got[0] != c.want {
				t.Fatalf("%s events %v, want one of %s: %s", c.typ, got, c.want, show(rec))
			}
		})
	}
}
