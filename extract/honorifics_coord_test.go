package extract_test

import (
	"slices"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestHonorificCoordination: a name chunk opened by an honorific that goes
// on past "and" holds a second name ("Mr Lund and Ms Berg", "Sir Ian Hale
// and Mary Cole"); the second is classified on its own and is a party of
// the event the pair tells. Traps: a firm named for a person ("and Sons")
// and a description after "and" make no second person.
func TestHonorificCoordination(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // persons the record must hold
		meeting    []string // a meeting's exact parties, if any
		noPerson   string   // a person the record must not hold
	}{
		{name: "two honorifics",
			text:    "Transport Minister Oskar Lund and Health Minister Kari Berg arrived on Monday. On Tuesday, Mr Lund and Ms Berg held a bilateral meeting in Tromsø.",
			want:    []string{"Oskar Lund", "Kari Berg"},
			meeting: []string{"Kari Berg", "Oskar Lund"}},
		{name: "honorific, then a bare name",
			text:    "After a year of feuding over touring dates, Sir Martin Keble and Joan Whitlow met behind closed doors at a hotel in Bath on Friday.",
			want:    []string{"Martin Keble", "Joan Whitlow"},
			meeting: []string{"Joan Whitlow", "Martin Keble"}},
		{name: "three with full stops",
			text: "Dr. Amara Osei met the press. Later Mr. Tomas Vidal, Dr. Osei and Ms. Lena Kask toured the plant.",
			want: []string{"Amara Osei", "Tomas Vidal", "Lena Kask"}},
		{name: "trap: a firm named for a person",
			text:     "Mr Harrow and Sons, the family bakery, was sold on Tuesday.",
			noPerson: "Sons"},
		{name: "trap: a description after and",
			text:    "Dr Amara Osei and the visiting envoy held talks with Mayor Kojo Asante in Accra on Tuesday.",
			want:    []string{"Amara Osei", "Kojo Asante"},
			meeting: []string{"Amara Osei", "Kojo Asante"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "honorific-and", "2026-03-11", c.text)
			for _, w := range c.want {
				if findEntity(rec, extract.Person, w) == nil {
					t.Errorf("no person %q: %s", w, show(rec))
				}
			}
			if c.noPerson != "" && findEntity(rec, extract.Person, c.noPerson) != nil {
				t.Errorf("person %q: %s", c.noPerson, show(rec))
			}
			if c.meeting != nil && !hasParties(rec, extract.Meeting, c.meeting) {
				t.Errorf("no meeting of exactly %v: %s", c.meeting, eventList(rec))
			}
		})
	}
}

// hasParties reports whether rec has an event of type typ whose parties
// are exactly want (sorted).
func hasParties(rec *extract.Record, typ string, want []string) bool {
	w := slices.Sorted(slices.Values(want))
	for _, ev := range eventsOf(rec, typ) {
		var got []string
		for _, p := range ev.Participants {
			got = append(got, p.Name)
		}
		slices.Sort(got)
		if slices.Equal(got, w) {
			return true
		}
	}
	return false
}

// TestFrenchHonorificStop: "Mme." and "Mlle." (abbreviations.tsv, inner)
// end no sentence: the name after one stays in its sentence and is a party
// of the event the sentence tells.
func TestFrenchHonorificStop(t *testing.T) {
	cases := []struct {
		name, text string
		typ        string
		want       []string
	}{
		{"mme before a name", "Port commissioner Ravi Menon and gallery director Mme. Odile Farge signed the loan agreement in Kochi on Monday.",
			extract.Agreement, []string{"Odile Farge", "Ravi Menon"}},
		{"mlle before a name", "Mayor Henrik Sandvik met Mlle. Josette Arnaud, the festival's founder, in Bergen on Friday.",
			extract.Meeting, []string{"Henrik Sandvik", "Josette Arnaud"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "mme", "2026-03-11", c.text)
			if !hasParties(rec, c.typ, c.want) {
				t.Errorf("no %s of exactly %v: %s", c.typ, c.want, eventList(rec))
			}
		})
	}
}
