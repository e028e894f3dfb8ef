package extract

import (
	"maps"
	"slices"
	"testing"
)

// TestShortOrgNamesOrder: the short names shortOrgNames gives each company
// (d.fullOrg), asked many times over fresh documents: the answer is the
// same every time, whatever order the map of short names is read in.
func TestShortOrgNamesOrder(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		orgs       []string
		want       map[string]string
	}{
		{"a short name and its company", "Korvell Pharma AG said on Monday that Korvell would close a plant.",
			[]string{"Korvell Pharma AG", "Korvell"}, map[string]string{"korvell": "Korvell Pharma AG", "korvell pharma": "Korvell Pharma AG"}},
		{"two companies that start alike share nothing", "Brannock Steel Corp and Brannock Rail Ltd signed a deal; Brannock said it was pleased.",
			[]string{"Brannock Steel Corp", "Brannock Rail Ltd", "Brannock"}, map[string]string{"brannock steel": "Brannock Steel Corp", "brannock rail": "Brannock Rail Ltd"}},
		{"a company with two short names and a longer namesake", "Tessaro Foods Group Ltd and the Tessaro Foods Group Pension Trust met; Tessaro Foods Group said so.",
			[]string{"Tessaro Foods Group Ltd", "Tessaro Foods Group Pension Trust", "Tessaro Foods Group"}, map[string]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for range 30 {
				d := &document{lx: lx, text: c.text, toks: tokenize(c.text, lx.abbr)}
				for _, o := range c.orgs {
					d.ents = append(d.ents, &entity{typ: Organization, canon: o, count: 1})
				}
				d.shortOrgNames()
				got := map[string]string{}
				maps.Copy(got, d.fullOrg)
				if !maps.Equal(got, c.want) {
					t.Fatalf("fullOrg = %v, want %v (keys %v)", got, c.want, slices.Sorted(maps.Keys(got)))
				}
			}
		})
	}
}
