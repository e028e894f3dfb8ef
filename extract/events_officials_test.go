package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCountryOfficials: countries that agreed or met become the officials
// the story names for them (events_officials.go, refinement
// country-officials), and only when each country has exactly one official
// named with the other in one sentence. Every sentence is invented.
func TestCountryOfficials(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string
		refined    bool   // want[0] was made by the refinement
		by         string // want[0] was made by this refinement, after a cascade rule, with one "resolved" line
	}{
		{name: "demonym title and counterpart in the next sentence",
			text:    "LINZ, May 7, 2026 (Alp Wire) - Austria and Hungary agreed on Thursday to reopen a border crossing near Sopron. Austrian Interior Minister Paul Riedl and his Hungarian counterpart, Eszter Bodnar, said the crossing would open in June.",
			want:    []string{"agreement: Paul Riedl | Eszter Bodnar"},
			refined: true},
		{name: "signed by their ministers, a pair",
			text: "DOHA, Aug 18, 2026 (Gulf Brief) - Qatar and Kuwait signed a deal on Tuesday to share weather radar data; the agreement was signed by their environment ministers, Salem Al-Nuaimi and Bader Al-Sabah.",
			want: []string{"agreement: Salem Al-Nuaimi | Bader Al-Sabah"}},
		{name: "country possessive titles",
			text: "LIMA, March 3, 2026 (Andes Wire) - Peru and Ecuador agreed on Tuesday to share fishing patrol data. Peru's fisheries minister, Rosa Huaman, and Ecuador's fisheries minister, Diego Velez, signed the protocol in Lima.",
			want: []string{"agreement: Rosa Huaman | Diego Velez"}},
		{name: "a plural government office before the pair in the event's own sentence",
			text:    "NIAMEY, June 2, 2026 (Sahel Desk) - Chad and Niger agreed on Monday to reopen their shared border to traders, after talks in Niamey between interior ministers Hassan Djibrine and Moussa Adamou.",
			want:    []string{"agreement: Hassan Djibrine | Moussa Adamou"},
			not:     []string{"agreement: Chad | Niger"},
			refined: true},
		{name: "trap: a head of state quoted about something else, alone",
			text: "ROME, June 9, 2026 (Tiber Wire) - Italy and Malta agreed on Monday to expand ferry links between Sicily and Valletta.\n\nItalian President Marco Bellini said on Monday that he would travel to Brazil in July.",
			want: []string{"agreement: Italy | Malta"},
			not:  []string{"agreement: Marco Bellini"}},
		{name: "the officials of the event's own sentence beat the next sentence's",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Norway and Iceland signed a fisheries accord on Monday, Norwegian Fisheries Minister Kari Holm and Icelandic Fisheries Minister Jon Sigurdsson told reporters. Norwegian Prime Minister Erna Lund and Icelandic Prime Minister Bjarni Olafsson had opened the talks in March.",
			want: []string{"agreement: Kari Holm | Jon Sigurdsson"},
			not:  []string{"agreement: Erna Lund | Bjarni Olafsson"}},
		{name: "representatives told next: the cascade rule kept, one resolution",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Norway and Iceland agreed on Monday to split the mackerel quota for next season. Norwegian Fisheries Minister Kari Holm and her Icelandic counterpart, Jon Sigurdsson, had opened the negotiations in Reykjavik in March.",
			want: []string{"agreement: Kari Holm | Jon Sigurdsson"},
			by:   "country-representatives"},
		{name: "a later sentence that names the signing back, no reporting verb",
			text:    "RIGA, Sept 11, 2026 (Baltic Desk) - Latvia and Slovenia signed a customs protocol on Friday. Slovenian Finance Minister Matej Kranjc and Latvia's finance minister, Ilze Ozola, posed with two customs dogs at the signing.",
			want:    []string{"agreement: Matej Kranjc | Ilze Ozola"},
			not:     []string{"agreement: Latvia | Slovenia"},
			refined: true},
		{name: "the accord told back by a definite noun during talks of the officials",
			text:    "RIGA, Sept 11, 2026 (Baltic Desk) - Latvia and Slovenia on Friday agreed to drop roaming fees for lorry drivers. The accord came after a day of talks between Latvian Finance Minister Ilze Ozola and her Slovenian counterpart, Matej Kranjc.",
			want:    []string{"agreement: Ilze Ozola | Matej Kranjc"},
			refined: true},
		{name: "trap: the accord told back, but only one country's official named",
			text: "RIGA, Sept 11, 2026 (Baltic Desk) - Latvia and Slovenia on Friday agreed to drop roaming fees for lorry drivers. The accord was welcomed by Latvian Finance Minister Ilze Ozola and by the hauliers' lobby in Ljubljana.",
			want: []string{"agreement: Latvia | Slovenia"},
			not:  []string{"agreement: Ilze Ozola"}},
		{name: "trap: the accord told back, the officials the subject of a relative clause about an older pact",
			text: "RIGA, Sept 11, 2026 (Baltic Desk) - Latvia and Slovenia on Friday agreed to drop roaming fees for lorry drivers. The accord supersedes a 2015 pact that Latvian Finance Minister Ilze Ozola and her Slovenian counterpart, Matej Kranjc, had drawn up as deputies.",
			want: []string{"agreement: Latvia | Slovenia"},
			not:  []string{"agreement: Ilze Ozola | Matej Kranjc"}},
		{name: "trap: the signing told back as the subject, the officials its critics",
			text: "RIGA, Sept 11, 2026 (Baltic Desk) - Latvia and Slovenia signed a customs protocol on Friday. To the anger of Latvian Finance Minister Ilze Ozola and her Slovenian counterpart, Matej Kranjc, neither of whom had been invited, the signing took place in a hangar.",
			want: []string{"agreement: Latvia | Slovenia"},
			not:  []string{"agreement: Ilze Ozola | Matej Kranjc"}},
		{name: "trap: a definite noun of another type does not tell the agreement back",
			text: "RIGA, Sept 11, 2026 (Baltic Desk) - Latvia and Slovenia on Friday agreed to drop roaming fees for lorry drivers. Latvian Finance Minister Ilze Ozola recalled the visit of her Slovenian counterpart, Matej Kranjc, to Daugavpils in 2019.",
			want: []string{"agreement: Latvia | Slovenia"},
			not:  []string{"agreement: Ilze Ozola | Matej Kranjc"}},
		{name: "trap: a skier and a singer of the two countries hold no office",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Norway and Iceland signed a fisheries accord on Monday. Norwegian skier Kari Holm and Icelandic singer Jon Sigurdsson, in town for a concert, said the talks had run late.",
			want: []string{"agreement: Norway | Iceland"},
			not:  []string{"agreement: Kari Holm | Jon Sigurdsson"}},
		{name: "trap: opposition leaders told next do not speak for the governments",
			text: "OSLO, March 9, 2026 (Nordic Desk) - Norway and Iceland agreed on Monday to split the mackerel quota for next season. Norwegian opposition leader Erna Lund and Icelandic opposition leader Bjarni Olafsson had criticised the talks for months.",
			want: []string{"agreement: Norway | Iceland"},
			not:  []string{"agreement: Erna Lund | Bjarni Olafsson"}},
		{name: "trap: three countries, two officials",
			text: "VIENNA, April 2, 2026 (Danube Wire) - Austria, Slovakia and Hungary agreed on Wednesday to link their gas grids. Austrian Energy Minister Eva Gruber and her Slovak counterpart, Juraj Kovac, said work would start next year.",
			not:  []string{"agreement: Eva Gruber | Juraj Kovac"}},
		{name: "trap: a third country's official is no party",
			text: "NAIROBI, Nov 4, 2026 (CWS) - Kenya and Tanzania agreed on Wednesday to build a rail spur at Namanga. Ugandan Trade Minister Grace Nakato and Kenyan Transport Minister Paul Otieno attended the signing.",
			not:  []string{"agreement: Grace Nakato | Paul Otieno"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "officials", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if f.i == 0 && c.refined && !strings.Contains(strings.Join(f.ev.Explain, "\n"), "+country-officials") {
					t.Errorf("%s: explain lacks the refinement:\n%s", f.want, strings.Join(f.ev.Explain, "\n"))
				}
				if f.i == 0 && c.by != "" {
					ex := strings.Join(f.ev.Explain, "\n")
					if !strings.Contains(ex, "participants by rule ") || strings.Contains(ex, "participants by rule "+c.by) || !strings.Contains(ex, "+"+c.by) {
						t.Errorf("%s: explain lacks the cascade rule +%s:\n%s", f.want, c.by, ex)
					}
					if n := strings.Count(ex, "\nresolved "); n != 1 {
						t.Errorf("%s: %d resolved lines, want 1:\n%s", f.want, n, ex)
					}
				}
			}
		})
	}
}
