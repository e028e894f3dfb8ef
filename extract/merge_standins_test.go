package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestStandIns: a meeting or agreement told first by the bodies or
// countries it binds and next by as many persons who acted for them is
// one event, of the persons (merge_standins.go); persons of other bodies,
// a telling far from the first, or a count that differs keep two events.
// Every sentence is invented.
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
