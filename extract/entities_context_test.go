package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestEntityContexts: names typed by the words around them, on sentences
// written for this test: places joined by a hyphen, a news wire in a
// dateline, a sentence-initial context word, a context outweighing an
// ambiguous given name.
func TestEntityContexts(t *testing.T) {
	type ent struct{ typ, name string }
	cases := []struct {
		name    string
		text    string
		want    []ent
		notWant []ent
	}{
		{name: "places joined by a hyphen, the last of two words",
			text:    "The Japan-South Korea summit in Busan ended with a pact on shipping, officials said.",
			want:    []ent{{extract.Location, "Japan"}, {extract.Location, "South Korea"}},
			notWant: []ent{{extract.Organization, "Japan-South Korea"}}},
		{name: "a wire in the dateline is no place",
			text:    "LIMA, March 2, 2026 (Andes Wire) - Peru's trade minister met Chilean officials in Lima on Monday.",
			want:    []ent{{extract.Location, "Lima"}},
			notWant: []ent{{extract.Location, "Andes"}}},
		{name: "a sentence-initial context word is not part of the name",
			text:    "Rival Brontek Systems Inc. cut its prices in Oslo on Monday.",
			want:    []ent{{extract.Organization, "Brontek Systems Inc."}},
			notWant: []ent{{extract.Organization, "Rival Brontek Systems Inc."}}},
		{name: "a site's number is part of its name",
			text:    "Crews repaired a bridge on Mill Road 7 near Leeds on Monday, the council said.",
			want:    []ent{{extract.Location, "Mill Road 7"}},
			notWant: []ent{{extract.Location, "Mill Road"}}},
		{name: "the place in a named document's name is no place mention",
			text:    "Fishing fleets remain bound by the Lusaka Protocol, the ministry in Windhoek said.",
			want:    []ent{{extract.Location, "Windhoek"}},
			notWant: []ent{{extract.Location, "Lusaka"}}},
		{name: "a context outweighs an ambiguous given name",
			text:    "The Moroccan producer Atlas Phosphates will supply the first shipment to Dakar, the minister said.",
			want:    []ent{{extract.Organization, "Atlas Phosphates"}},
			notWant: []ent{{extract.Person, "Atlas Phosphates"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "ctx", "2026-03-02", c.text)
			has := func(e ent) bool {
				for _, x := range rec.Entities {
					if x.Type == e.typ && x.Text == e.name {
						return true
					}
				}
				return false
			}
			for _, e := range c.want {
				if !has(e) {
					t.Errorf("%q: no %s %q; entities: %v", c.text, e.typ, e.name, rec.Entities)
				}
			}
			for _, e := range c.notWant {
				if has(e) {
					t.Errorf("%q: unwanted %s %q", c.text, e.typ, e.name)
				}
			}
		})
	}
}
