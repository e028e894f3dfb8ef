package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestNameEdges: where a name ends. A place named by its cue word takes no
// complement but "of": a person or title "for" a place is two names, the
// place alone a LOCATION ("Ilka Morn Sorvig for the Tessel Islands",
// "Commissioner for the Kesra Valley"). A nationality word after "and the"
// that modifies a lower-case noun opens a phrase of its own, no field of an
// office's complement ("the Ministry of Health and the Kenyan distributor
// X"). A given name written short with a period opens a person's name
// ("Ma. Luisa Ferrer-Santos"). A barracks named by its capitalised word, a
// port named by its lower-case noun, are sites, not persons. Traps: a
// place with "of" stays one place; a title's complement with "and" stays
// whole; "Ma." ending a sentence still ends it; a person standing near a
// lower-case "port" stays a person, and so does a name with a person's role
// right before it, whatever facility noun follows it.
func TestNameEdges(t *testing.T) {
	const relay = "The relay squads were led by Ilka Morn Sorvig for the Tessel Islands and by Paul Mensah for Ghana at the meet in Tema on Sunday."
	const valley = "The Commissioner for the Kesra Valley, Amal Idris, opened the new clinic on Tuesday."
	const bay = "Two trawlers were seized in the Bay of Tarrin on Sunday, the coast guard said."
	const ministry = "The Ministry of Health and the Kenyan distributor Afyamed Supplies signed a vaccine supply deal in Nairobi on Friday."
	const fields = "The Ministry of Trade and Industry will publish the tariff schedule on Monday, officials said."
	const ma = "Undersecretary Ma. Luisa Ferrer-Santos opened the trade fair in Cebu on Monday."
	const mohd = "Mohd. Faizal Hashim, the mayor of the town, cut the ribbon at the new bus terminal on Friday."
	const jackMa = "Shares in the retailer rose after a stake was bought by Jack Ma. The company said on Monday that the deal would close in May."
	const barracks = "The visiting army chiefs were received at Howard Barracks on Thursday by the brigade commander."
	const port = "The training ship docked at the Rashid Salem port on Sunday for a four-day call."
	const portTrap = "Transport minister Rashid Salem toured the port on Sunday and met the harbour board."
	const roleTrap = "Shipping line owner Rashid Salem port fees rose sharply last year, analysts said."
	checkNameCases(t, []nameCase{
		{"no place holding for (trap)", relay, "Ilka Morn Sorvig for the Tessel Islands", ""},
		{"the place after for", relay, "Tessel Islands", extract.Location},
		{"no title-and-place location (trap)", valley, "Commissioner for the Kesra Valley", ""},
		{"the valley alone", valley, "Kesra Valley", extract.Location},
		{"a place with of stays whole", bay, "Bay of Tarrin", extract.Location},
		{"the ministry ends before and the Kenyan", ministry, "Ministry of Health", extract.Organization},
		{"no ministry with a nationality (trap)", ministry, "Ministry of Health and the Kenyan", ""},
		{"a field list stays whole", fields, "Ministry of Trade and Industry", extract.Organization},
		{"a given name written short", ma, "Ma. Luisa Ferrer-Santos", extract.Person},
		{"no person Ma (trap)", ma, "Ma", ""},
		{"Mohd. opens a name", mohd, "Mohd. Faizal Hashim", extract.Person},
		{"a surname Ma ending a sentence", jackMa, "Jack Ma", extract.Person},
		{"a barracks named for a person", barracks, "Howard Barracks", extract.Location},
		{"no person Howard Barracks (trap)", barracks, "Howard", ""},
		{"a port by its lower-case noun", port, "Rashid Salem", extract.Location},
		{"a minister touring a port stays a person (trap)", portTrap, "Rashid Salem", extract.Person},
		{"a person's role before the name keeps it a person's (trap)", roleTrap, "Rashid Salem", extract.Person},
	})
}

// TestNameEdgeParties: the whole name is the party, and a site is none.
func TestNameEdgeParties(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a shortened given name signs",
			"Undersecretary Ma. Luisa Ferrer-Santos and Daniel Osei, chief executive of Volta Grain, signed a rice supply memorandum in Accra on Monday.",
			[]string{"agreement: Ma. Luisa Ferrer-Santos | Daniel Osei"}, []string{"agreement: Ma | Daniel Osei"}},
		{"a port is no party",
			"The frigate Sabrina arrived at the Rashid Salem port on Sunday for a call that will end with drills alongside the Bahrain navy.",
			nil, []string{"meeting: Sabrina | Rashid Salem"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "name-edges", "2026-03-11", c.text)
			checkEvents(t, rec, c.want, c.not)
		})
	}
}
