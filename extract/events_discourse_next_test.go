package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestToldNext: an event whose clause names one side takes the other from
// the next sentence only by an explicit cue — a role of the other side
// with its name ("The buyer, X,"), or the event's matter with the verb that
// brought that side in ("The lawsuit was filed by X", "The agreement was
// negotiated with X", "The offer, from X,"), or the same act by another
// subject ("X signed the truce. Y signed for the rebels"); two countries'
// persons named next as the subject of the talks are the parties; "the
// two" with no noun is the pair the story set up. The traps: a name in the next sentence that is
// no side (a judge approving, an analyst, the company's own spokesman, a
// sentence two away, a buyer of something else). Every sentence is
// invented; want[0] names the rule that must make it when rule is set.
func TestToldNext(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string // "type: A | B": no event of exactly these parties
		count      map[string]int
		rule       string
	}{
		{name: "the buyer, appositive", text: "CARDIFF, May 4, 2026 (Severn Business) - Halloran Foods said on Monday it had agreed to sell its frozen pastry arm for 90 million pounds. The buyer, Irish baker Dunmore Bakeries, will keep the plant in Newport open.",
			want: []string{"agreement: Halloran Foods | Dunmore Bakeries"}, rule: "told-next"},
		{name: "the buyer is", text: "CARDIFF, May 4, 2026 (Severn Business) - Halloran Foods has agreed to sell its frozen pastry arm. The buyer is Dunmore Bakeries, which makes bread in Cork.",
			want: []string{"agreement: Halloran Foods | Dunmore Bakeries"}, rule: "told-next"},
		{name: "the lawsuit was filed by", text: "DENVER, Oct 8, 2026 (Front Range Courts) - Pellam Logistics Inc. agreed on Thursday to pay $12 million to resolve claims that it underpaid its drivers. The lawsuit was filed in 2025 by Colorado Attorney General Nadia Osei, whose office said about 900 drivers were owed wages.",
			want: []string{"agreement: Pellam Logistics Inc. | Nadia Osei"}, rule: "told-next"},
		{name: "the agreement was negotiated with", text: "TUCSON, Ariz., Oct 8, 2026 (Desert Courts) - Former county treasurer Dale Whitcomb has signed a plea agreement in the embezzlement case. The agreement was negotiated with Assistant U.S. Attorney Marta Villaseñor, court records show.",
			want: []string{"agreement: Dale Whitcomb | Marta Villaseñor"}, rule: "told-next"},
		{name: "the offer, from", text: "PERTH, Aug 6, 2026 (Pacific Business Report) - The board of Kestrel Gold agreed on Thursday to a sweetened takeover offer. The offer, from Canadian rival Aldane Mining Corp, values the miner at A$2 billion.",
			want: []string{"agreement: Kestrel Gold | Aldane Mining Corp"}, rule: "told-next"},
		{name: "the two met, pair told in separate sentences", text: "MILWAUKEE, June 25, 2026 (Lakeshore Daily) - For months Mayor Joan Petrakis and Gov. Walter Haugen argued over bus funding. Petrakis called the state's offer an insult. On Wednesday the two met in Madison to settle the row.",
			want: []string{"meeting: Joan Petrakis | Walter Haugen"}},

		{name: "the same act by the other side", text: "DOHA, March 27, 2026 (Gulf Desk) - Sudanese Interior Minister Hamid Osman signed the truce at a ceremony on Thursday. The rebels' chief negotiator, Yasir Daoud, signed for the movement.",
			want: []string{"agreement: Hamid Osman | Yasir Daoud"}, rule: "told-next"},
		{name: "two countries' ministers named next", text: "LIMA, July 7, 2026 (Andes Wire) - Peru and Ecuador agreed on Monday to reopen two border crossings closed since March. Peruvian Interior Minister Rosa Quispe and her Ecuadorian counterpart, Diego Valdivieso, signed the accord in Tumbes.",
			want: []string{"agreement: Rosa Quispe | Diego Valdivieso"}, not: []string{"agreement: Peru | Ecuador"}},

		// traps
		{name: "persons next who are not the two countries' stay out", text: "LIMA, July 7, 2026 (Andes Wire) - Peru and Ecuador agreed on Monday to reopen two border crossings closed since March. Chilean Foreign Minister Ana Rivas and Bolivian Foreign Minister Luis Choque welcomed the accord.",
			want: []string{"agreement: Peru | Ecuador"}},
		{name: "persons next in a sentence that tells no talks stay out", text: "LIMA, July 7, 2026 (Andes Wire) - Peru and Ecuador agreed on Monday to reopen two border crossings closed since March. Peruvian Interior Minister Rosa Quispe and Ecuadorian Interior Minister Diego Valdivieso had long called for it.",
			want: []string{"agreement: Peru | Ecuador"}},
		{name: "the same act negated is no side", text: "DOHA, March 27, 2026 (Gulf Desk) - Sudanese Interior Minister Hamid Osman signed the truce at a ceremony on Thursday. The rebels' chief negotiator, Yasir Daoud, did not sign.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "the same verb with its own object is another act", text: "DOHA, March 27, 2026 (Gulf Desk) - Sudanese Interior Minister Hamid Osman signed the truce at a ceremony on Thursday. Yasir Daoud signed a book of condolence at the embassy.",
			not: []string{"agreement: Hamid Osman | Yasir Daoud"}},
		{name: "the same act on its own day and in its own place is another act", text: "KAMPALA, March 27, 2026 (Lakes Desk) - Kenya signed the regional climate accord in Nairobi on Monday. Uganda signed on Friday in Kampala.",
			not: []string{"agreement: Kenya | Uganda"}},
		{name: "the same act on its own day is another act", text: "KAMPALA, March 27, 2026 (Lakes Desk) - Kenyan Environment Minister Amina Odhiambo signed the regional climate accord on Monday. Ugandan Environment Minister Peter Okello signed on Friday.",
			not: []string{"agreement: Amina Odhiambo | Peter Okello"}},
		{name: "the same act in its own place is another act", text: "KAMPALA, March 27, 2026 (Lakes Desk) - Kenyan Environment Minister Amina Odhiambo signed the regional climate accord in Nairobi. Ugandan Environment Minister Peter Okello signed in Kampala.",
			not: []string{"agreement: Amina Odhiambo | Peter Okello"}},
		{name: "a judge approving is no side", text: "DENVER, Oct 8, 2026 (Front Range Courts) - Pellam Logistics Inc. agreed on Thursday to pay $12 million to resolve claims that it underpaid its drivers. The settlement must be approved by District Judge Owen Marsh.",
			not: []string{"agreement: Pellam Logistics Inc. | Owen Marsh"}, count: map[string]int{extract.Agreement: 0}},
		{name: "an analyst's view is no side", text: "CARDIFF, May 4, 2026 (Severn Business) - Halloran Foods said on Monday it had agreed to sell its frozen pastry arm. The price, analyst Rhodri Jenkins of Cambria Capital said, was generous.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "the company's own spokesman is no side", text: "CARDIFF, May 4, 2026 (Severn Business) - Halloran Foods chief executive Gwen Probert said the company had agreed to sell its pastry arm. The sale was announced by Halloran spokesman Huw Lloyd.",
			not: []string{"agreement: Halloran Foods | Huw Lloyd", "agreement: Gwen Probert | Huw Lloyd"}},
		{name: "the side told two sentences on is out of reach", text: "DENVER, Oct 8, 2026 (Front Range Courts) - Pellam Logistics Inc. agreed on Thursday to pay $12 million to resolve claims that it underpaid its drivers. The company denied wrongdoing. The lawsuit was filed in 2025 by Colorado Attorney General Nadia Osei.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "the buyer of something else in a quotation", text: "CARDIFF, May 4, 2026 (Severn Business) - Halloran Foods said on Monday it had agreed to sell its frozen pastry arm. \"The buyer, whoever it is, gets a bargain,\" said analyst Rhodri Jenkins.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "a place in the by-phrase is no side", text: "DENVER, Oct 8, 2026 (Front Range Courts) - Pellam Logistics Inc. agreed on Thursday to pay $12 million to resolve claims that it underpaid its drivers. The lawsuit was filed by drivers in Mexico.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "two counted with a noun is no bare pair", text: "MILWAUKEE, June 25, 2026 (Lakeshore Daily) - Mayor Joan Petrakis and Gov. Walter Haugen argued over bus funding. On Wednesday two aides met in Madison.",
			not: []string{"meeting: Joan Petrakis | Walter Haugen"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "toldnext", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if f.i == 0 && c.rule != "" {
					if want := "participants by rule " + c.rule; !containsLine(f.ev.Explain, want) {
						t.Errorf("%s: explain lacks %q:\n%s", f.want, want, strings.Join(f.ev.Explain, "\n"))
					}
				}
			}
			checkEventCounts(t, rec, c.count)
		})
	}
}
