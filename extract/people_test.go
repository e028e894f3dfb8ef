package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPeople: the PERSON entity carries the fullest name the article gives
// (no title, no honorific) as its text, every other form of it as an alias,
// its title(s) and its employer.
func TestPeople(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		person  string   // canonical text, exactly
		aliases []string // other forms that must resolve to the same entity
		titles  []string // (person, title) pairs the record must give
		org     string   // PERSON.organization, when the article gives an employer
		pending string
	}{
		// Titles before the name.
		{name: "Foreign Secretary", person: "Vikram Misri", titles: []string{"Foreign Secretary"},
			text: "Foreign Secretary Vikram Misri arrived in Washington on Tuesday for talks on trade."},
		{name: "Deputy Secretary of State", person: "Christopher Landau", titles: []string{"Deputy Secretary of State"},
			text: "Indian officials had lunch with Deputy Secretary of State Christopher Landau at the State Department."},
		{name: "Gen.", person: "Ibrahim Musa", titles: []string{"Gen."},
			text: "Gen. Ibrahim Musa, who leads the Nigerian army, toured bases near Maiduguri on Sunday."},
		{name: "Senator", person: "Rosa Delgado", aliases: []string{"Delgado"}, titles: []string{"Senator"},
			text: "Senator Rosa Delgado questioned the Pentagon budget on Wednesday. Delgado said the cuts went too far."},
		{name: "Chief Executive Officer", person: "Lars Berg", aliases: []string{"Berg"}, titles: []string{"Chief Executive Officer"},
			text: "Chief Executive Officer Lars Berg said Nordvik Shipping would order four ferries. Berg spoke in Oslo."},
		{name: "Prime Minister with country", person: "Narendra Modi", aliases: []string{"Modi"}, titles: []string{"Prime Minister"},
			text: "Indian Prime Minister Narendra Modi will travel to Tokyo next week. Modi last visited Japan in 2023."},
		// A post-word joined to the head by a hyphen ends the title.
		{name: "President-elect", person: "Marta Ilves", aliases: []string{"Ilves"}, titles: []string{"President-elect"},
			text: "President-elect Marta Ilves named her cabinet on Friday. Ilves takes office in March."},
		{name: "Vice President-elect in a coordination", person: "Tomas Reiter", titles: []string{"Vice President-elect"},
			text: "Estonian President-elect Marta Ilves and Vice President-elect Tomas Reiter greeted party workers in Tartu."},
		{name: "Prime Minister-designate", person: "Kofi Boateng", titles: []string{"Prime Minister-designate"},
			text: "Prime Minister-designate Kofi Boateng held talks with coalition partners on Sunday."},

		// Titles after the name.
		{name: "possessive before the title", person: "Ana Soto", titles: []string{"foreign minister"},
			text: "Ana Soto, Chile's foreign minister, met Spanish officials in Madrid on Thursday."},
		{name: "title with employer", person: "Mei Tanaka", titles: []string{"chief executive"}, org: "Kirin Freight",
			text: "Mei Tanaka, chief executive of Kirin Freight, told reporters in Osaka that orders had doubled."},
		{name: "title with complement that is part of the office", person: "Rahm Emanuel", titles: []string{"ambassador to Japan"},
			text: "Rahm Emanuel, the U.S. ambassador to Japan, visited Okinawa on Monday."},

		// Aliases.
		{name: "honorific alias", person: "Mei Tanaka", aliases: []string{"Ms. Tanaka"},
			text: "Mei Tanaka runs the Kobe office of Kirin Freight. Ms. Tanaka said demand from China was weak."},
		{name: "Mr. alias", person: "Kwame Mensah", aliases: []string{"Mr. Mensah", "Mensah"},
			text: "Kwame Mensah, Ghana's finance minister, spoke in Accra. Mr. Mensah said the cedi was stable. Mensah later left for London."},
		{name: "surname alias", person: "Olena Kovalenko", aliases: []string{"Kovalenko"},
			text: "Olena Kovalenko, a Ukrainian energy official, visited Warsaw on Monday. Kovalenko asked Poland for transformers."},
		{name: "fullest name even when the surname comes first", person: "Olena Kovalenko", aliases: []string{"Kovalenko"},
			text: "Kovalenko asked Poland for more transformers. Olena Kovalenko, a Ukrainian energy official, was speaking in Warsaw."},

		// Particles and hyphens.
		{name: "de la", person: "Juan de la Cruz", titles: []string{"mayor"},
			text: "Juan de la Cruz, the mayor of Cebu, met port officials on Friday."},
		{name: "van der", person: "Pieter van der Linde", aliases: []string{"Van der Linde"},
			text: "Pieter van der Linde, a Dutch trade envoy, arrived in Jakarta on Monday. Van der Linde will stay a week."},
		{name: "bin", person: "Mohammed bin Salman", titles: []string{"Crown Prince"},
			text: "Saudi Crown Prince Mohammed bin Salman received the French president in Riyadh."},
		{name: "dos", person: "Joana dos Santos", aliases: []string{"Dos Santos"},
			text: "Joana dos Santos, Angola's oil minister, spoke in Luanda. Dos Santos said output would rise."},
		{name: "hyphenated given name", person: "Jean-Pierre Moreau", aliases: []string{"Moreau"},
			text: "Jean-Pierre Moreau, a French senator, visited Dakar on Monday. Moreau met Senegalese lawmakers."},
		{name: "particle hyphened to the surname", person: "Karim al-Masri", titles: []string{"Interior Minister"},
			text: "Interior Minister Karim al-Masri toured the border crossing at Rafah on Sunday."},
		{name: "el- particle after a hyphenated given name", person: "Abdel-Nasser el-Gamal", titles: []string{"governor"},
			text: "Abdel-Nasser el-Gamal, the governor of Aswan, opened a new bridge on Monday."},
		{name: "long name with two particles", person: "Faisal bin Abd al-Rahman Al Thani", titles: []string{"Emir"},
			text: "Emir Faisal bin Abd al-Rahman Al Thani received a delegation of Omani merchants in Doha."},
		{name: "hyphenated surname", person: "Ana García-Márquez", aliases: []string{"García-Márquez"},
			text: "Ana García-Márquez, Spain's economy minister, spoke in Brussels. García-Márquez backed the deal."},

		// Family name first.
		{name: "Korean name", person: "Park Ji-won", aliases: []string{"Park"},
			text: "South Korean lawmaker Park Ji-won visited Tokyo on Monday. Park met Japanese legislators."},
		{name: "Chinese name", person: "Wang Yi", aliases: []string{"Wang"}, titles: []string{"Foreign Minister"},
			text: "Chinese Foreign Minister Wang Yi met his Brazilian counterpart in Beijing. Wang said trade would grow."},
		{name: "Vietnamese name", person: "Nguyen Van Thanh", aliases: []string{"Thanh"},
			text: "Nguyen Van Thanh, a Vietnamese trade official, arrived in Canberra. Thanh said coffee exports rose."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "people", "2025-06-02", c.text)
			var p *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Person && e.Text == c.person {
					p = &rec.Entities[i]
				}
			}
			if p == nil {
				t.Fatalf("text %q: no PERSON with text %q; PERSONs: %v", c.text, c.person, personList(rec))
			}
			for _, a := range c.aliases {
				if !names(*p, a) {
					t.Errorf("text %q: PERSON %q lacks alias %q (aliases %v)", c.text, p.Text, a, p.Aliases)
				}
				for _, o := range entitiesNamed(rec, extract.Person, a) {
					if o.Text != p.Text {
						t.Errorf("text %q: %q is a separate PERSON %q, want an alias of %q", c.text, a, o.Text, p.Text)
					}
				}
			}
			for _, ti := range c.titles {
				if !hasTitle(rec, c.person, ti) {
					t.Errorf("text %q: no title %q for %q; PERSONs: %v TITLEs: %v", c.text, ti, c.person, personList(rec), titleList(rec))
				}
			}
			if c.org != "" && fold(p.Organization) != fold(c.org) {
				t.Errorf("text %q: PERSON %q organization %q, want %q", c.text, p.Text, p.Organization, c.org)
			}
		})
	}
}

func personList(rec *extract.Record) []string {
	var out []string
	for _, e := range ofType(rec, extract.Person) {
		s := e.Text
		if len(e.Aliases) > 0 {
			s += fmtList(e.Aliases)
		}
		if e.Title != "" {
			s += " title=" + e.Title
		}
		if e.Organization != "" {
			s += " org=" + e.Organization
		}
		out = append(out, s)
	}
	return out
}

func titleList(rec *extract.Record) []string {
	var out []string
	for _, e := range ofType(rec, extract.Title) {
		out = append(out, e.Holder+": "+e.Text)
	}
	return out
}

func fmtList(xs []string) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += "|"
		}
		s += x
	}
	return s + "]"
}
