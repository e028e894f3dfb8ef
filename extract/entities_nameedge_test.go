package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestNameEdges: where a name ends. A place named by its cue word takes no
// complement but "of": a person or title "for" a place is two names, the
// place alone a LOCATION ("Ilka Morn Sorvig for the Tessel Islands", "the
// Envoy for the Sarel Islands"). A nationality word after "and the" that
// modifies a lower-case noun opens a phrase of its own, no field of an
// office's complement ("the Ministry of Education and the Ghanaian
// publisher X"). A given name written short with a period opens a
// person's name ("Judge Ma. Cristina Ocampo-Reyes") only after no word, a
// lower-case word or a title; after another capitalized word it ends a
// name and its sentence ("conducted by Lin Ma. Berlin Radio chief X"). A
// barracks named by its capitalised word, a port named by its lower-case
// noun that ends its noun phrase, are sites, not persons; before a
// lower-case noun ("X port talks") the port modifies that noun and the
// name stays a person's. Traps: a place with "of" stays one place; a
// title's complement with "and" stays whole; "Ma." ending a sentence still
// ends it; a person standing near a lower-case "port" stays a person, and
// so does a name with a person's role right before it, whatever facility
// noun follows it.
func TestNameEdges(t *testing.T) {
	const relay = "The relay squads were led by Ilka Morn Sorvig for the Tessel Islands and by Paul Mensah for Ghana at the meet in Tema on Sunday."
	const envoy = "Funding for the reef survey was cut, said Ruth Ade, the Envoy for the Sarel Islands, in a statement on Monday."
	const bay = "Two trawlers were seized in the Bay of Tarrin on Sunday, the coast guard said."
	const ministry = "A textbook contract was awarded on Tuesday by the Ministry of Education and the Ghanaian publisher Sankofa Books, officials in Accra said."
	const fields = "The Ministry of Trade and Industry will publish the tariff schedule on Monday, officials said."
	const ma = "Judge Ma. Cristina Ocampo-Reyes dismissed the case on Thursday."
	const muhd = "Club captain Muhd. Hafiz Rahman lifted the trophy in Kuala Lumpur on Sunday."
	const linMa = "The orchestra was conducted by Lin Ma. Berlin Radio chief Anna Keller praised the concert on Sunday."
	const lostToMa = "The defending champion lost the final to Ma. Spectators left the hall in silence on Sunday."
	const weiMa = "The award went to Wei Ma. Hong Kong University officials confirmed it on Monday."
	const mohd = "Mohd. Faizal Hashim, the mayor of the town, cut the ribbon at the new bus terminal on Friday."
	const jackMa = "Shares in the retailer rose after a stake was bought by Jack Ma. The company said on Monday that the deal would close in May."
	const appointedMa = "The museum board on Monday appointed Ma. Rosario Dizon-Lim as its new curator."
	const barracks = "The visiting army chiefs were received at Howard Barracks on Thursday by the brigade commander."
	const port = "Customs officers said on Monday that two tonnes of cocoa had been held at the Kwame Asante port since March."
	const portTalks = "The Luiz Moreira port talks with Pedro Alves were held in Lisbon on Monday."
	const airportTalks = "On Monday, Luiz Moreira airport talks with Pedro Alves opened in Lisbon."
	const portInquiry = "Prosecutors in Tunis reopened the Nadia Karim port inquiry on Wednesday."
	const portPurchase = "Shares rose after the Viktor Orlov port purchase was cleared in Riga on Friday."
	const portTrap = "Transport minister Rashid Salem toured the port on Sunday and met the harbour board."
	const roleTrap = "Shipping line owner Rashid Salem port fees rose sharply last year, analysts said."
	checkNameCases(t, []nameCase{
		{"no place holding for (trap)", relay, "Ilka Morn Sorvig for the Tessel Islands", ""},
		{"the place after for", relay, "Tessel Islands", extract.Location},
		{"no title-and-place location (trap)", envoy, "Envoy for the Sarel Islands", ""},
		{"the islands alone", envoy, "Sarel Islands", extract.Location},
		{"a place with of stays whole", bay, "Bay of Tarrin", extract.Location},
		{"the ministry ends before and the Ghanaian", ministry, "Ministry of Education", extract.Organization},
		{"no ministry with a nationality (trap)", ministry, "Ministry of Education and the Ghanaian", ""},
		{"a field list stays whole", fields, "Ministry of Trade and Industry", extract.Organization},
		{"a given name written short after a title", ma, "Ma. Cristina Ocampo-Reyes", extract.Person},
		{"no person Ma (trap)", ma, "Ma", ""},
		{"Mohd. opens a name", mohd, "Mohd. Faizal Hashim", extract.Person},
		{"after a lower-case word the rest of the name stays a person", appointedMa, "Rosario Dizon-Lim", extract.Person},
		{"Muhd. opens a name", muhd, "Muhd. Hafiz Rahman", extract.Person},
		{"no person Hafiz Rahman without Muhd. (trap)", muhd, "Hafiz Rahman", ""},
		{"a surname Ma before a name's words ends the sentence", linMa, "Lin Ma", extract.Person},
		{"the next sentence's organization stays whole", linMa, "Berlin Radio", extract.Organization},
		{"no Ma. opening Berlin Radio (trap)", linMa, "Ma. Berlin Radio", ""},
		{"Ma alone after a lower-case word ends the sentence", lostToMa, "Spectators", ""},
		{"no Ma. opening a lone capitalized word (trap)", lostToMa, "Ma. Spectators", ""},
		{"a surname Ma before a place's name ends the sentence", weiMa, "Wei Ma", extract.Person},
		{"no Ma. opening Hong Kong (trap)", weiMa, "Ma. Hong Kong University", ""},
		{"a surname Ma ending a sentence", jackMa, "Jack Ma", extract.Person},
		{"a barracks named for a person", barracks, "Howard Barracks", extract.Location},
		{"no person Howard Barracks (trap)", barracks, "Howard", ""},
		{"a port by its lower-case noun", port, "Kwame Asante", extract.Location},
		{"a name before port talks stays a person (trap)", portTalks, "Luiz Moreira", extract.Person},
		{"a name before airport talks stays a person (trap)", airportTalks, "Luiz Moreira", extract.Person},
		{"a name before a port inquiry stays a person (trap)", portInquiry, "Nadia Karim", extract.Person},
		{"a name before a port purchase stays a person (trap)", portPurchase, "Viktor Orlov", extract.Person},
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
			"An exchange accord was signed in Leipzig on Friday by the university's rector, Ma. Teresa Lim-Cruz, and Stefan Brandt, director of the city museum.",
			[]string{"agreement: Ma. Teresa Lim-Cruz | Stefan Brandt"}, []string{"agreement: Teresa Lim-Cruz | Stefan Brandt"}},
		{"a port is no party",
			"Striking dockworkers will meet the management of Gulf Terminals at the Nadia Karim port on Thursday, the union said.",
			nil, []string{"meeting: Gulf Terminals | Nadia Karim"}},
		{"a name before port talks keeps its meeting",
			"The Luiz Moreira port talks with Pedro Alves were held in Lisbon on Monday.",
			[]string{"meeting: Luiz Moreira | Pedro Alves"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "name-edges", "2026-03-11", c.text)
			checkEvents(t, rec, c.want, c.not)
		})
	}
}
