package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestStandIns: a meeting or agreement told first by the bodies or
// countries it binds and next by as many persons who acted for them is
// one event whose parties are the persons (merge_standins.go); persons
// of other bodies (even when they sign the deal back), a telling far from
// the first, or a count that differs keep two events. Every sentence is
// invented.
func TestStandIns(t *testing.T) {
	const head = "WINDHOEK, May 5, 2026 (Kalahari Wire) - "
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string
	}{
		{name: "two countries, then the two who signed",
			text: head + "Namibia and Botswana agreed a water-sharing treaty on Monday. Anna Shikongo and David Kgosi signed the treaty in the parliament library in Windhoek, a government statement said.",
			want: []string{"agreement: Anna Shikongo | David Kgosi"},
			not:  []string{"agreement: Namibia | Botswana"}},
		{name: "two universities, then the two who signed for them",
			text: head + "The University of Windhoek and the Gaborone Institute of Mining agreed on Monday to share a geology laboratory. Anna Shikongo and David Kgosi signed the deal for the two schools in Windhoek.",
			want: []string{"agreement: Anna Shikongo | David Kgosi"},
			not:  []string{"agreement: University of Windhoek | Gaborone Institute of Mining"}},
		{name: "two countries' talks, then the two who met",
			text: head + "Namibia and Botswana held talks on Okavango river flows in Windhoek on Monday. Anna Shikongo and David Kgosi met at State House for most of the afternoon.",
			want: []string{"meeting: Anna Shikongo | David Kgosi"},
			not:  []string{"meeting: Namibia | Botswana"}},
		{name: "keep: the persons work for other bodies",
			text: head + "Namibia and Botswana agreed a water-sharing treaty in Windhoek on Monday. Desert Rail chief executive Anna Shikongo and Kalahari Salt chief executive David Kgosi signed a freight contract the same day.",
			want: []string{"agreement: Namibia | Botswana", "agreement: Anna Shikongo | David Kgosi"}},
		{name: "keep: the persons' deal is told far from the countries'",
			text: head + "Namibia and Botswana agreed a water-sharing treaty in Windhoek on Monday.\n\nGrazing rights were left for later.\n\nBeef prices have fallen.\n\nOn Monday in Windhoek, Anna Shikongo and David Kgosi signed a deal on bus routes.",
			want: []string{"agreement: Namibia | Botswana", "agreement: Anna Shikongo | David Kgosi"}},
		// the persons' telling signs "the deal", "the memorandum": it
		// points back at the bodies' deal: its signers may be a party's
		// own people or persons of no body the article names
		{name: "a board's deal, then the deal signed by the maker's head and a stranger",
			text: head + "The Kunene Water Board sealed a deal with the pump maker Vellmark Industries on Tuesday for borehole pumps. In Opuwo the deal was formally signed by Vellmark's managing director, Petra Lind, and Selma Amukoto.",
			want: []string{"agreement: Petra Lind | Selma Amukoto"},
			not:  []string{"agreement: Kunene Water Board | Vellmark Industries"}},
		{name: "two companies' memorandum, then the memorandum formally signed",
			text: head + "Orumana Mining and the freight group Tsumeb Haulage agreed a memorandum on ore trucking on Wednesday. The memorandum was formally signed in the boardroom by Anna Hamutenya and by Orumana's chief executive, Kalle Hietanen.",
			want: []string{"agreement: Anna Hamutenya | Kalle Hietanen"},
			not:  []string{"agreement: Orumana Mining | Tsumeb Haulage"}},
		{name: "a deal dated only by the dateline, then the deal signed on an earlier day",
			text: head + "The Kunene Water Board has clinched a deal with Vellmark Industries to buy twelve borehole pumps. On Thursday the deal was signed in Opuwo by Vellmark's managing director, Petra Lind, and Selma Amukoto.",
			want: []string{"agreement: Petra Lind | Selma Amukoto"},
			not:  []string{"agreement: Kunene Water Board | Vellmark Industries"}},
		{name: "keep: a new paper brought in by \"a\" is another deal",
			text: head + "The Kunene Water Board sealed a deal with the pump maker Vellmark Industries on Tuesday for borehole pumps. In Opuwo a memorandum was then signed by Vellmark's managing director, Petra Lind, and Selma Amukoto.",
			want: []string{"agreement: Kunene Water Board | Vellmark Industries", "agreement: Petra Lind | Selma Amukoto"}},
		// signed back, a person the article gives to a body or country
		// that is no party of the deal is still no stand-in for it
		{name: "keep: the deal signed back by heads of two other companies",
			text: head + "Zambia and Malawi agreed a power-line treaty in Lusaka on Friday. Lunda Rail Ltd and Shire Cables Ltd had bid for the work. The treaty was signed by Lunda Rail chairman Moses Banda and Shire Cables finance director Grace Phiri.",
			want: []string{"agreement: Zambia | Malawi", "agreement: Moses Banda | Grace Phiri"}},
		{name: "keep: the deal signed back by a third country's minister and a stranger",
			text: head + "Zambia and Malawi agreed a power-line treaty in Lusaka on Friday. The treaty was signed by Tanzanian Energy Minister Juma Mrisho and Grace Phiri.",
			want: []string{"agreement: Zambia | Malawi", "agreement: Juma Mrisho | Grace Phiri"}},
		{name: "the deal signed back by one party's minister and a person of no stated body",
			text: head + "Zambia and Malawi agreed a power-line treaty in Lusaka on Friday. The treaty was signed by Malawian Energy Minister Joyce Banda and Moses Mwale.",
			want: []string{"agreement: Joyce Banda | Moses Mwale"},
			not:  []string{"agreement: Zambia | Malawi"}},
		{name: "the deal signed back by a party's head, the party named by its initials",
			text: head + "The Kavango Basin Water Authority and the pump maker Vellmark Industries agreed a maintenance contract on Tuesday. KBWA managing director Selma Nangolo and Tomas Brandt signed the contract in Rundu.",
			want: []string{"agreement: Selma Nangolo | Tomas Brandt"},
			not:  []string{"agreement: Kavango Basin Water Authority | Vellmark Industries"}},
		{name: "a council's and a brewer's deal, then the papers signed in the plural",
			text: head + "Rundu Town Council and the brewer Okavango Breweries agreed on Tuesday to share a water plant. The memoranda were signed at the council chamber by Okavango Breweries managing director Selma Nangolo and Tomas Brandt.",
			want: []string{"agreement: Selma Nangolo | Tomas Brandt"},
			not:  []string{"agreement: Rundu Town Council | Okavango Breweries"}},
		{name: "a council's and a brewer's deal, then the documents signed",
			text: head + "Rundu Town Council and the brewer Okavango Breweries agreed on Tuesday to share a water plant. The documents were signed at the council chamber by Okavango Breweries managing director Selma Nangolo and Tomas Brandt.",
			want: []string{"agreement: Selma Nangolo | Tomas Brandt"},
			not:  []string{"agreement: Rundu Town Council | Okavango Breweries"}},
		{name: "keep: three persons for two countries",
			text: head + "Namibia and Botswana agreed a water-sharing treaty on Monday. Anna Shikongo, David Kgosi and Ruth Tjiueza signed the treaty in the parliament library in Windhoek, a government statement said.",
			want: []string{"agreement: Namibia | Botswana", "agreement: Anna Shikongo | David Kgosi | Ruth Tjiueza"}},
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "stand-ins", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, rec, c.want, c.not)
		})
	}
}
