package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestAgreementForms: forms news uses to tell an agreement beside the verbs
// and the supported nouns: the noun "signing with" (frames.tsv), whose
// parties are the governing verb's subject and the other side after
// "with" (clause.go withSigning), and the support phrases "shake hands on"
// and "put their names to" (support_verbs.tsv). The traps are a player's
// signing, a signing put off, a handshake with a person (a meeting), and a
// deal someone else welcomed.
func TestAgreementForms(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "travelled for the signing with",
			text: "Governor Tomasz Wielgosz travelled to Gdansk on Monday for the signing with Mayor Ilse Brandauer of a ferry agreement.\n",
			typ:  extract.Agreement, want: [][]string{{"Ilse Brandauer", "Tomasz Wielgosz"}}},
		{name: "attended the signing with",
			text: "Harlow Freight chief executive Dominic Ashworth attended the signing with Kestrel Ports in Rotterdam on Friday.\n",
			typ:  extract.Agreement, want: [][]string{{"Dominic Ashworth", "Kestrel Ports"}}},
		{name: "will fly for the signing with",
			text: "Foreign Minister Paulo Mendes Caldeira will fly to Maputo next week for the signing with his Mozambican counterpart, Rosa Chissano Mabote.\n",
			typ:  extract.Agreement, want: [][]string{{"Paulo Mendes Caldeira", "Rosa Chissano Mabote"}}},
		{name: "shook hands on the deal",
			text: "Union leader Marta Olszewska and Brennock Steel chief executive Gareth Pryce shook hands on the deal late on Wednesday.\n",
			typ:  extract.Agreement, want: [][]string{{"Gareth Pryce", "Marta Olszewska"}}},
		{name: "put their names to a pact",
			text: "Harbour chiefs Laura Brennan and Samuel Okoye put their names to the pact in Antwerp on Saturday.\n",
			typ:  extract.Agreement, want: [][]string{{"Laura Brennan", "Samuel Okoye"}}},
		{name: "a player's signing is no agreement",
			text: "Ashgrove Albion confirmed the signing of winger Tobias Renwick from Calder Town on Tuesday.\n",
			none: []string{extract.Agreement}},
		{name: "a signing put off is no agreement",
			text: "Minister Helga Rasmussen said on Monday that the signing with Governor Arvid Solheim had been postponed.\n",
			none: []string{extract.Agreement}},
		{name: "a signing with no other side",
			text: "Mayor Corinne Albrecht attended the signing in Lyon on Friday.\n",
			none: []string{extract.Agreement}},
		{name: "shaking hands with a person is a meeting",
			text: "Prime Minister Ewa Kowalczyk shook hands with President Dario Ferrante in Warsaw on Monday.\n",
			typ:  extract.Meeting, want: [][]string{{"Dario Ferrante", "Ewa Kowalczyk"}}, none: []string{extract.Agreement}},
		{name: "a deal someone else welcomed",
			text: "Senator Rhys Delaney welcomed the deal between Tarn Valley Water and Pennock Utilities on Monday.\n",
			typ:  extract.Agreement, banned: []string{"Rhys Delaney"}},
	})
}
