package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestVisitsElsewhereAreTheirOwn: one visitor's trips to two places on the
// same (or no) date are two visits with two ids, while a later mention of
// the same trip stays one event; no two events of a record share an id.
func TestVisitsElsewhereAreTheirOwn(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the visits' places
	}{
		{name: "undated tour stops",
			text: "Prime Minister Ines Holm of Norway is on a tour of southern Africa. Ms Holm visited Lusaka, where she opened a clinic. She also visited Harare and toured a farm outside the city.",
			want: []string{"Harare", "Lusaka"}},
		{name: "two stops on one day",
			text: "President Ole Berg visited Accra on Monday. He also visited Lome on Monday evening.",
			want: []string{"Accra", "Lome"}},
		{name: "a city on a continent's tour",
			text: "President Ole Berg began a week-long visit to Africa on Monday. He visited Nairobi, where he opened a clinic.",
			want: []string{"Africa"}},
		{name: "one trip told twice",
			text: "President Ole Berg visited Accra on Monday. Berg's visit to Accra was his first to Ghana.",
			want: []string{"Accra"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "ids", "2026-05-20T09:00:00Z", "OSLO (Fjord Wire) - "+c.text)
			var got []string
			ids := map[string]bool{}
			for _, e := range rec.Events {
				if ids[e.ID] {
					t.Errorf("two events share id %s", e.ID)
				}
				ids[e.ID] = true
				if e.Type == extract.Visit {
					got = append(got, e.Location)
				}
			}
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("visits at %v, want %v", got, c.want)
			}
		})
	}
}
