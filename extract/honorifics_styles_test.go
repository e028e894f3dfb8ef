package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestStylesOfAddress: styles of address in Commonwealth, African and Gulf
// government writing ("Hon.", "Rt Hon.", "H.E.", "Engr.", "Alhaji",
// "Comrade"), alone or stacked with "Dr.", are honorifics of honorifics.tsv:
// the person is the name after them, and a meeting names that person.
// Traps: "Eng" is also a family name and is no honorific; a style before a
// bare surname still leaves the surname.
func TestStylesOfAddress(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // persons the record must hold
	}{
		{"stacked hon and dr", "The Minister of Water, Hon. Dr. Naomi Wekesa, met farmers' leaders in Kitale on Monday.", []string{"Naomi Wekesa"}},
		{"his excellency", "The Ambassador of Japan, H.E. Daisuke Mori, met Governor Ann Mwangi on Tuesday.", []string{"Daisuke Mori", "Ann Mwangi"}},
		{"right honourable", "The Rt Hon. Edwin Bellamy met union leaders in Leeds on Friday.", []string{"Edwin Bellamy"}},
		{"engineer and alhaji", "Engr. Musa Kolawole and Alhaji Bashir Lawan toured the plant on Monday.", []string{"Musa Kolawole", "Bashir Lawan"}},
		{"comrade", "Comrade Tariro Chikore said the union would strike on Monday.", []string{"Tariro Chikore"}},
		{"trap: eng is a family name", "Harbour Board chairman Eng Kai Ming met Mayor Ruth Tan on Monday.", []string{"Eng Kai Ming"}},
		{"his royal highness", "His Royal Highness Crown Prince Omar bin Saleh received the visiting trade minister, Lena Kask, on Sunday.", []string{"Omar bin Saleh", "Lena Kask"}},
		{"her excellency mid-sentence", "The delegation was led by Her Excellency Dr. Ngozi Ekwueme, the envoy to Ghana.", []string{"Ngozi Ekwueme"}},
		{"his majesty", "His Majesty King Tupou Lavaka opened the new wharf in Neiafu on Friday.", []string{"Tupou Lavaka"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "styles", "2026-03-11", c.text)
			have := map[string]bool{}
			for _, e := range rec.Entities {
				if e.Type == extract.Person {
					have[e.Text] = true
				}
			}
			for _, w := range c.want {
				if !have[w] {
					t.Fatalf("no person %q: %s", w, show(rec))
				}
			}
		})
	}
}

// TestHonorificBeforeOrganization: a style written without its full stop
// before a run that is an organization ("Hon Lam Shipping Group") or where
// a table organization or alias starts ("Hon Hai", organizations.tsv) is
// part of the organization's name, not a person's honorific.
func TestHonorificBeforeOrganization(t *testing.T) {
	cases := []struct {
		name, text, org, person string // org: an organization whose name holds it; person: a person the record must hold
		noPerson                string // a person the record must not hold
	}{
		{name: "a table alias starts at the style", text: "Hon Hai Precision Industry signed a supply agreement with a buyer in Texas on Monday.",
			org: "Hon Hai", noPerson: "Hai Precision Industry"},
		{name: "an organization word ends the run", text: "Hon Lam Shipping Group said on Tuesday it would buy four tankers from a yard in Busan.",
			org: "Hon Lam Shipping Group", noPerson: "Lam Shipping Group"},
		{name: "trap: a style before a person's name stays", text: "Hon Grace Mutua met farmers' leaders in Kitui on Monday.",
			person: "Grace Mutua"},
		{name: "trap: a style with its full stop before a person stays", text: "Hon. Peter Ochieng met the Kitui Farmers Council on Monday.",
			person: "Peter Ochieng", org: "Kitui Farmers Council"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "styles", "2026-03-11", c.text)
			orgOK, personOK := c.org == "", c.person == ""
			for _, e := range rec.Entities {
				switch {
				case e.Type == extract.Person && e.Text == c.noPerson:
					t.Errorf("person %q: %s", e.Text, show(rec))
				case e.Type == extract.Person && e.Text == c.person:
					personOK = true
				case e.Type == extract.Organization && c.org != "" && strings.Contains(e.Text, c.org):
					orgOK = true
				}
			}
			if !orgOK || !personOK {
				t.Errorf("want organization %q, person %q: %s", c.org, c.person, show(rec))
			}
		})
	}
}

// TestStyleIsNoName: a style of address after a possessive ("His Royal
// Highness", "Her Excellency", "His Holiness") is never an entity of its
// own, while a capitalized "Royal" that opens a name without a possessive
// before it stays in the name.
func TestStyleIsNoName(t *testing.T) {
	cases := []struct {
		name, text string
		none       []string // no entity may have this text
		org        string   // an organization the record must hold
	}{
		{"royal highness", "His Royal Highness Prince Fahad Al Thani met bankers in Doha on Monday.", []string{"Royal Highness", "Highness", "Royal Highness Prince Fahad Al Thani"}, ""},
		{"excellency", "Her Excellency Marta Quispe arrived in Lima on Tuesday.", []string{"Excellency", "Excellency Marta Quispe"}, ""},
		{"holiness", "His Holiness Patriarch Ilarion visited Tbilisi on Sunday.", []string{"Holiness", "Holiness Patriarch Ilarion"}, ""},
		{"trap: a name that opens with Royal", "The Royal Society of Glassmakers said on Monday it would cut 40 jobs.", nil, "Royal Society of Glassmakers"},
		{"trap: a style noun with a possessive starts a name", "Officials of His Majesty's Exchequer met bankers from Lowry Bank on Monday.", []string{"'s Exchequer", "Exchequer"}, ""},
		{"trap: no possessive before the style word", "Director Amal Haddad said Excellency Awards would be given in May.", []string{"Excellency"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "styles", "2026-03-11", c.text)
			orgOK := c.org == ""
			for _, e := range rec.Entities {
				for _, n := range c.none {
					if e.Text == n && e.Type != extract.Title {
						t.Errorf("%s %q: %s", e.Type, e.Text, show(rec))
					}
				}
				if e.Type == extract.Organization && e.Text == c.org {
					orgOK = true
				}
			}
			if !orgOK {
				t.Errorf("no organization %q: %s", c.org, show(rec))
			}
		})
	}
}
