package extract

import "testing"

func TestLeadsName(t *testing.T) {
	for _, c := range []struct {
		full, short string
		want        bool
	}{
		{"Haldor Steel Corp", "Haldor", true},
		{"Haldor Steel Corp", "haldor steel", true},
		{"Haldor Steel Corp", "Haldor Steel Corp", false}, // the name itself is no short name
		{"Haldor Steel Corp", "Hal", false},               // whole words only
		{"Haldor Steel Corp", "Steel Corp", false},        // leading words only
		{"Haldor Steel Corp", "", false},
		{"Haldor", "Haldor", false},
	} {
		if got := leadsName(c.full, c.short); got != c.want {
			t.Errorf("leadsName(%q, %q) = %v, want %v", c.full, c.short, got, c.want)
		}
	}
}

func TestSoleOrgLedBy(t *testing.T) {
	orgs := func(names ...string) []*entity {
		var es []*entity
		for _, n := range names {
			es = append(es, &entity{typ: Organization, canon: n})
		}
		return es
	}
	for _, c := range []struct {
		orgs  []*entity
		short string
		want  string // "" for none
	}{
		{orgs("Molvane Ports", "Kelbury Council"), "Molvane", "Molvane Ports"},
		{orgs("Molvane Ports", "Kelbury Council"), "molvane", "Molvane Ports"},
		{orgs("Brannock Steel Corp", "Brannock Rail Ltd"), "Brannock", ""},                       // two start alike
		{orgs("Brannock Steel Corp", "Brannock Rail Ltd"), "Brannock Rail", "Brannock Rail Ltd"}, // the longer short name tells them apart
		{orgs("Molvane", "Kelbury Council"), "Molvane", ""},                                      // the name itself
		{orgs("Molvane Ports"), "Ports", ""},
		{nil, "Molvane", ""},
	} {
		got := ""
		if e := soleOrgLedBy(c.orgs, c.short); e != nil {
			got = e.canon
		}
		if got != c.want {
			t.Errorf("soleOrgLedBy(%q) = %q, want %q", c.short, got, c.want)
		}
	}
}
