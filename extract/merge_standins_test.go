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
	const head = "SUVA, May 5, 2026 (Reef Wire) - "
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string
	}{
		{name: "two countries, then the two who signed",
			text: head + "Fiji and Tonga signed a fisheries accord in Suva on Monday. Maria Vuki and Peter Tapueluelu signed the accord at a waterfront ceremony, officials said.",
			want: []string{"agreement: Maria Vuki | Peter Tapueluelu"},
			not:  []string{"agreement: Fiji | Tonga"}},
		{name: "two universities, then the two who signed for them",
			text: head + "Two island universities, the University of Suva and the Tonga Institute of Marine Studies, signed a research accord on Monday. Maria Vuki and Peter Tapueluelu signed for the two schools at a ceremony in Suva.",
			want: []string{"agreement: Maria Vuki | Peter Tapueluelu"},
			not:  []string{"agreement: University of Suva | Tonga Institute of Marine Studies"}},
		{name: "two countries' talks, then the two who met",
			text: head + "Fiji and Tonga held talks in Suva on Monday on fishing quotas. Maria Vuki and Peter Tapueluelu met for three hours at the foreign ministry.",
			want: []string{"meeting: Maria Vuki | Peter Tapueluelu"},
			not:  []string{"meeting: Fiji | Tonga"}},
		{name: "keep: the persons work for other bodies",
			text: head + "Fiji and Tonga signed a fisheries accord in Suva on Monday. Reef Cargo chief executive Maria Vuki and Kauri Timber chief executive Peter Tapueluelu signed a supply deal on the same day.",
			want: []string{"agreement: Fiji | Tonga", "agreement: Maria Vuki | Peter Tapueluelu"}},
		{name: "keep: the persons' deal is told far from the countries'",
			text: head + "Fiji and Tonga signed a fisheries accord in Suva on Monday.\n\nThe ministers also discussed tuna quotas.\n\nPrices have risen.\n\nOn Monday in Suva, Maria Vuki and Peter Tapueluelu signed a deal on ferry routes.",
			want: []string{"agreement: Fiji | Tonga", "agreement: Maria Vuki | Peter Tapueluelu"}},
		{name: "keep: three persons for two countries",
			text: head + "Fiji and Tonga signed a fisheries accord in Suva on Monday. Maria Vuki, Peter Tapueluelu and Ana Soto signed the accord at a waterfront ceremony, officials said.",
			want: []string{"agreement: Fiji | Tonga", "agreement: Maria Vuki | Peter Tapueluelu | Ana Soto"}},
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
			for _, w := range c.want {
				typ, parts, _ := parseWantEvent(w)
				if exactEvent(rec, typ, parts) == nil {
					t.Errorf("want %s: %s", w, eventList(rec))
				}
			}
			for _, w := range c.not {
				typ, parts, _ := parseWantEvent(w)
				if exactEvent(rec, typ, parts) != nil {
					t.Errorf("want no %s: %s", w, eventList(rec))
				}
			}
		})
	}
}
