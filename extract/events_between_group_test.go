package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestBetweenGroup: a counted group description after "between" ("talks
// between the two countries", "a meeting between the two") stands for the
// parties told before, of the kind its noun names; a bare count without
// "the" ("between two companies") names new ones, and a sports fixture
// between "the two sides" is no meeting. "The two governors had met" is the
// persons told before, not a board's session. Every sentence is invented.
func TestBetweenGroup(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B [@ place]"
		not        []string
		count      map[string]int
	}{
		{name: "talks between the two countries",
			text: "VILNIUS, June 3, 2026 (Baltic Brief) - Lithuania and Latvia agreed on Tuesday to build a second power link. Talks between the two countries began in Riga in March.",
			want: []string{"meeting: Lithuania | Latvia @ Riga"}},
		{name: "negotiations between both companies, persons signed the deal",
			text: "OSLO, June 3, 2026 (Fjord Press) - Skarvik Shipping and Dalmor Logistics announced a merger on Tuesday. The deal was signed by Eva Lund, chief executive of Skarvik Shipping, and Piotr Zalewski, chairman of Dalmor Logistics. Negotiations between both companies were held in Gdansk in February.",
			want: []string{"meeting: Skarvik Shipping | Dalmor Logistics @ Gdansk"}},
		{name: "a meeting between the two",
			text: "HANOI, Oct 12, 2025 (Mekong Post) - A new rail timetable was unveiled on Sunday by Vietnamese Transport Minister Hanneke Voorts and Lao Transport Minister Marek Dobrev. No date for it had been set at a meeting between the two in Vientiane in August, officials said.",
			want: []string{"meeting: Hanneke Voorts | Marek Dobrev @ Vientiane"}},
		{name: "between the two ministers",
			text: "LIMA, July 7, 2026 (Andes Wire) - Peruvian Trade Minister Rosa Quispe and Bolivian Trade Minister Mario Choque opened a border market on Monday. A first round of talks between the two ministers took place in La Paz in May.",
			want: []string{"meeting: Rosa Quispe | Mario Choque @ La Paz"}},
		{name: "between two companies: new ones, not the ones told",
			text: "OSLO, June 3, 2026 (Fjord Press) - Skarvik Shipping and Dalmor Logistics announced a merger on Tuesday. Analysts said talks between two smaller rivals were held in Bergen in May.",
			not:  []string{"meeting: Skarvik Shipping | Dalmor Logistics"}},
		{name: "no antecedent of the kind",
			text:  "GENEVA, Sept 9, 2026 (Lake Wire) - Aid agency director Lena Fischer warned on Wednesday that food stocks were running low. Talks between the two countries resumed in Geneva on Tuesday.",
			count: map[string]int{extract.Meeting: 0}},
		{name: "the two countries' presidents are no description of the countries",
			text: "HARARE, Jan 14, 2026 (Zambezi Wire) - Zambia and Zimbabwe agreed on Tuesday to share a fishery survey. A meeting between the two countries' presidents was held in Livingstone in March.",
			not:  []string{"meeting: Zambia | Zimbabwe"}},
		// a counted plural of persons met: the persons told before, no
		// unnamed body's session (senses.go)
		{name: "the two governors met",
			text: "A twinning pact between two river ports was agreed on Tuesday by Galati Governor Ines Brancusi and Ruse Governor Petra Lindholt. In 2024 the two governors met in Varna, a spokesman said.",
			want: []string{"meeting: Ines Brancusi | Petra Lindholt @ Varna"}},
		{name: "the board of governors met is a body's session",
			text:  "A twinning pact between two river ports was agreed on Tuesday by Galati Governor Ines Brancusi and Ruse Governor Petra Lindholt. In 2024 the board of governors met in Varna, a spokesman said.",
			count: map[string]int{extract.Meeting: 0}},
		{name: "a fixture between the two sides is no meeting",
			text:  "LEEDS, March 2, 2026 (Pennine Sport) - Harrowgate Rovers beat Castleford Athletic 2-1 on Saturday. The next meeting between the two sides is at Castleford in April.",
			count: map[string]int{extract.Meeting: 0}},
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "between", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if f.at != "" && fold(f.ev.Location) != fold(f.at) {
					t.Errorf("%s: place %q, want %q", f.want, f.ev.Location, f.at)
				}
			}
			checkEventCounts(t, rec, c.count)
		})
	}
}
