package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFacilityName: a name right before a lower-case facility noun
// ("airport", "stadium", "university") names that facility, and a name
// after a feature word ("Lake", "Mount") names a place: neither is a
// person, with or without the learned tagger. A person at a facility
// ("at the airport"), a nationality before a facility noun, a person whose role comes before a feature word
// used as a given name, and a person near a capitalised venue stay
// persons. Every sentence is our own.
func TestFacilityName(t *testing.T) {
	rules, err := extract.New(extract.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, name, typ string
		notPerson       string // a name no PERSON may carry ("" for none)
		// typ "" : no PERSON, LOCATION or ORGANIZATION is named name
	}{
		{"The two ministers landed at the Ruiz Soto airport on Monday.", "Ruiz Soto", extract.Location, "Ruiz Soto"},
		{"Fans filled the Daniel Kamau stadium for the final on Sunday.", "Daniel Kamau stadium", extract.Location, "Daniel Kamau"},
		{"Traffic on the Helen Marsh bridge was halted for repairs.", "Helen Marsh bridge", extract.Location, "Helen Marsh"},
		{"The envoy stayed at the Marisol Vega hotel in the old town.", "Marisol Vega hotel", extract.Location, "Marisol Vega"},
		{"Barges moved grain down the Tarno river on Monday.", "Tarno river", extract.Location, "Tarno"},
		{"Students at the Grace Otieno university protested on Friday.", "Grace Otieno", extract.Organization, "Grace Otieno"},
		{"An Austrian university will host the talks.", "Austrian university", "", ""},
		{"Two Cape Verdean ministers arrived on Monday.", "Cape Verdean", "", ""},
		{"Guests at a Lumen hotel complained about the noise.", "Lumen hotel", "", ""},
		{"Boats were barred from Lake Maruvi after the storm.", "Lake Maruvi", extract.Location, "Lake Maruvi"},
		{"Climbers reached the summit of Mount Oreb on Tuesday.", "Mount Oreb", extract.Location, "Mount Oreb"},
		{"Lorries queued for two days at the Kestrava border crossing before customs reopened.", "Kestrava", extract.Location, "Kestrava"},
		{"Soldiers searched every bus at the Upper Tervo checkpoint overnight.", "Upper Tervo", extract.Location, "Upper Tervo"},
		// traps: persons stay persons
		{"Trade minister Tomas Lindqvist met Sara Obi at the airport on Monday.", "Sara Obi", extract.Person, ""},
		{"The Corvina Hotel's owner, Jonas Pereira, welcomed the guests.", "Jonas Pereira", extract.Person, ""},
		{"Former adviser Lake Tamsin said the plan would fail.", "Lake Tamsin", extract.Person, ""},
		{"Maria Duarte said the hotel would reopen in May.", "Maria Duarte", extract.Person, ""},
		{"Race officials timed Daniel Okafor crossing the finish line just after noon.", "Daniel Okafor", extract.Person, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, x := range []struct {
				name string
				x    *extract.Extractor
			}{{"shipped", extractor(t)}, {"rules", rules}} {
				rec, err := x.x.Extract(context.Background(), extract.Article{ID: "facility", Published: "2026-05-04", Body: c.text, Form: "text"})
				if err != nil {
					t.Fatal(err)
				}
				if c.typ == "" {
					for _, typ := range []string{extract.Person, extract.Location, extract.Organization} {
						if findEntity(rec, typ, c.name) != nil {
							t.Errorf("%s: %q is a %s: %s", x.name, c.name, typ, show(rec))
						}
					}
				} else if findEntity(rec, c.typ, c.name) == nil {
					t.Errorf("%s: no %s %q: %s", x.name, c.typ, c.name, show(rec))
				}
				if c.notPerson != "" && findEntity(rec, extract.Person, c.notPerson) != nil {
					t.Errorf("%s: %q is a PERSON: %s", x.name, c.notPerson, show(rec))
				}
			}
		})
	}
}

// TestFacilityNameSurname: a facility named after someone lends no person
// a surname: a later bare surname is the person the story names, not the
// facility's namesake.
func TestFacilityNameSurname(t *testing.T) {
	text := "Defence Minister Carla Mendes met her Chilean counterpart at the Pablo Mendes airport on Monday. Mendes said the two sides agreed to hold drills."
	rec, err := extractor(t).Extract(context.Background(), extract.Article{ID: "surname", Published: "2026-05-04", Body: text, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if e := findEntity(rec, extract.Person, "Pablo Mendes"); e != nil {
		t.Errorf("the airport's namesake is a PERSON: %s", show(rec))
	}
	e := findEntity(rec, extract.Person, "Carla Mendes")
	if e == nil || e.Mentions != 2 {
		t.Errorf("want Carla Mendes named twice (the bare surname hers): %s", show(rec))
	}
}

// TestFacilityNameLaterMention: a feature named before its lower-case noun
// is one place with its later bare name.
func TestFacilityNameLaterMention(t *testing.T) {
	text := "Barges moved grain down the Tarno river on Monday. Officials said the Tarno had risen by a metre."
	rec, err := extractor(t).Extract(context.Background(), extract.Article{ID: "later", Published: "2026-05-04", Body: text, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if e := findEntity(rec, extract.Location, "Tarno"); e == nil || e.Mentions != 2 {
		t.Errorf("want one LOCATION Tarno named twice: %s", show(rec))
	}
}
