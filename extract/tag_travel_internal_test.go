package extract

import (
	"strings"
	"testing"
)

// TestTravelTags: a verb of going back or leaving after "and" is a verb
// when a place or "home"/"back" follows it, and a capitalized word after a
// lower-case "to" is a name, outside a headline (tag_travel.go; every
// sentence invented).
func TestTravelTags(t *testing.T) {
	cases := []struct {
		text, word, tag string
	}{
		// the tagger reads "and returns" after a plural noun as a noun
		{"Ambassador Clara Veidt inspected three bakeries and returns to Mainz on Thursday.", "returns", "VBZ"},
		{"Councillor Ruth Amadi opened two clinics and then returns to Enugu on Friday.", "returns", "VBZ"},
		// a noun: no capitalized place after "to"
		{"The fund said costs rose and returns to savers fell in March.", "returns", "NNS"},
		// a noun heading a subject: a verb of its own follows
		{"Customs data show parcels and returns to Lagos in April were up a third.", "returns", "NNS"},
		// a noun in a subject with no verb before "and", its verb past a comma
		{"Shipments and returns to Peru, down a fifth since spring, worried the board.", "returns", "NNS"},
		// a noun among a verb's objects: its subject is no person
		{"Officials at the port tallied 3,100 departures and returns to Ghana in July.", "returns", "NNS"},
		// a subject that is an agency or a company, not a person: objects
		{"By its own count the UNHCR handled 900 departures and returns to Haiti last year.", "returns", "NNS"},
		{"Talbrook Mining logged record shipments and returns to Antwerp in the third quarter.", "returns", "NNS"},
		// a company whose first word is also a given name: its cue word decides
		{"Since the strike Rose Logistics has booked fewer loads and returns to Hamburg.", "returns", "NNS"},
		// the run stops at a fronted month: the company alone is the subject
		{"Through June Kestrel Freight handled extra cargoes and returns to Rotterdam.", "returns", "NNS"},
		// a given name the tables lack and a surname: a person by its shape
		{"Wambui Njeri inspected four warehouses and returns to Nakuru by Sunday.", "returns", "VBZ"},
		// a person by an honorific, a lower-case title, a surname named before
		{"Mr Okafor toured the refinery and returns to Abuja on Sunday.", "returns", "VBZ"},
		{"The envoy opened a consulate in Mombasa and returns to Nairobi on Friday.", "returns", "VBZ"},
		{"Senator Lena Vos spoke in Ghent. Vos visited two ports and returns to Bruges on Monday.", "returns", "VBZ"},
		// an unknown place after "to" is no infinitive
		{"The surveyors drove to Quillabamba on Monday with two engineers.", "Quillabamba", "NNP"},
		// a lead sentence full of names and titles ends with a full stop
		{"Peruvian Senate President Rosa Quispe and Cusco Governor Luis Huaman drove to Quillabamba on Monday with engineers.", "Quillabamba", "NNP"},
		// a headline (no full stop, mostly capitalized) keeps the verb
		{"Governor to Open Quillabamba Clinic", "Open", "VB"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		at := wordIndex(t, d, c.text, strings.ToLower(c.word))
		if d.toks[at].tag != c.tag {
			t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, d.toks[at].tag, c.tag)
		}
	}
}
