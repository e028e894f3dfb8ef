package extract

import (
	"strings"
	"testing"
)

func TestPlaceBand(t *testing.T) {
	cases := []struct {
		n      int
		bounds []int
		want   string
	}{
		{0, []int{1, 2, 3}, "<1"},
		{1, []int{1, 2, 3}, "1"},
		{2, []int{1, 2, 3}, "2"},
		{3, []int{1, 2, 3}, "3+"},
		{9, []int{1, 2, 3}, "3+"},
		{0, []int{0, 3, 8, 16}, "0-2"},
		{5, []int{0, 3, 8, 16}, "3-7"},
		{15, []int{0, 3, 8, 16}, "8-15"},
		{16, []int{0, 3, 8, 16}, "16+"},
		{2, []int{0, 1, 2, 4}, "2-3"},
	}
	for _, c := range cases {
		if got := band(c.n, c.bounds...); got != c.want {
			t.Errorf("band(%d, %v) = %q, want %q", c.n, c.bounds, got, c.want)
		}
	}
}

// TestPlaceRankEmbedded: the embedded table loads, and every feature it
// weighs is one a template can give (its template is named in
// placeTemplates): a renamed template cannot leave dead weights behind.
func TestPlaceRankEmbedded(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, tp := range placeTemplates {
		known[tp.name] = true
	}
	for f := range lx.placeRank.weights {
		for _, part := range strings.Split(f, "&") {
			name, _, _ := strings.Cut(part, ":")
			if !known[name] {
				t.Errorf("place_rank.tsv weighs %q: no template gives %q", f, name)
			}
		}
	}
}
