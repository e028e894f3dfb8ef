package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestGenderEvidence: "she" takes the person the story itself shows to be
// a woman (gender.go), never the man named last, whatever the tables know
// of their given names. Every sentence is invented; the given names are
// ones no table lists.
func TestGenderEvidence(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{name: "she says after a quotation naming a man",
			text: "LEEDS, May 4, 2026 (Aire Post) - Chief executive Oyelaru Tensing still answers the phone at her bakery herself. \"I first met the designer Brannoch Vell in Oslo in May 2019, at a food fair,\" she says. Vell later opened a shop in York. Next month she flies to Accra to open a second bakery.",
			want: []string{"visit: Oyelaru Tensing"},
			not:  []string{"visit: Brannoch Vell"}},
		{name: "Ms says who she is",
			text: "LEEDS, May 4, 2026 (Aire Post) - Ms Quenby Tarrow opened the new library on Monday, and Corran Abbot cut the ribbon. She will visit Bradford on Friday.",
			want: []string{"visit: Quenby Tarrow"},
			not:  []string{"visit: Corran Abbot"}},
		{name: "two people in one sentence give no evidence",
			text: "LEEDS, May 4, 2026 (Aire Post) - Chief executive Oyelaru Tensing bakes the first loaves herself. Last November she and the miller Brannoch Vell signed a supply deal between her company and his. Yesterday she flew to Rome.",
			want: []string{"visit: Oyelaru Tensing"},
			not:  []string{"visit: Brannoch Vell"}},
		{name: "he stays with the man",
			text: "LEEDS, May 4, 2026 (Aire Post) - Mr Corran Abbot met Quenby Tarrow in Leeds on Monday. He will visit Bradford on Friday.",
			want: []string{"visit: Corran Abbot"},
			not:  []string{"visit: Quenby Tarrow"}},
		{name: "nouns in appositions say who she is",
			text: "LEEDS, May 4, 2026 (Aire Post) - Quinn Venn, a former policeman who now runs a boatyard, met Rowan Kesh, the canal trust's chairwoman, in Leeds on Monday. She will visit Bradford on Friday.",
			want: []string{"visit: Rowan Kesh"},
			not:  []string{"visit: Quinn Venn"}},
		{name: "he left to the antecedent rule is not the woman named last",
			text: "LEEDS, May 4, 2026 (Aire Post) - Ms Jody Dallow, who chairs the canal trust, held talks with the Ghanaian transport minister in Leeds on Monday. According to a trust statement, he plans to visit Bradford in June to inspect the locks.",
			not:  []string{"visit: Jody Dallow"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "gender", Published: "2026-05-04T10:00:00Z", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, rec, c.want, c.not)
		})
	}
}
