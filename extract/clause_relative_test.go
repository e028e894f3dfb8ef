package extract_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDescribedRestates: a relative clause on people described by a plural
// common noun ("The three unions which met Ms Soto want ...") restates an
// event told before when one of its type already holds every party it
// names, and tells no new one (rule described-restates); with no such
// event, the clause's meeting stands. Every sentence is invented.
func TestDescribedRestates(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the meetings' party sets, sorted, joined by "+"
	}{
		{"trap: the relative clause restates the meeting told before",
			"Four nurses unions met Health Minister Rosa Paredes at the Andes Club in Cusco on Tuesday. The four unions which met Ms Paredes want the ministry to scrap the new rota.",
			[]string{"Rosa Paredes"}},
		{"trap: set off by a comma",
			"Two farmers groups met Agriculture Minister Rosa Paredes at the Quechua Club in Cusco on Tuesday. The farmers, who met Paredes for three hours, said the talks went well.",
			[]string{"Rosa Paredes"}},
		{"a meeting told only by the relative clause stands",
			"The bankers who met Finance Minister Rosa Paredes in Cusco on Tuesday said rates would stay low.",
			[]string{"Rosa Paredes"}},
		{"a new party in the relative clause is a new meeting",
			"Four nurses unions met Health Minister Rosa Paredes in Cusco on Tuesday. The unions, which met Finance Minister Tomas Quispe on Wednesday, want more pay.",
			[]string{"Rosa Paredes", "Tomas Quispe"}},
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "restates", Published: "2026-10-22T10:00:00Z", Body: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range rec.Events {
				if e.Type != extract.Meeting {
					continue
				}
				var ps []string
				for _, p := range e.Participants {
					if p.Type == "PERSON" {
						ps = append(ps, p.Name)
					}
				}
				sort.Strings(ps)
				got = append(got, strings.Join(ps, "+"))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("meetings of %q = %q, want %q", c.text, got, c.want)
			}
		})
	}
}
