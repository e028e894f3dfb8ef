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

// TestPlaceRankRows: place_rank.tsv's rows: enabled takes 1 or 0, bias
// the intercept, any other row a feature's weight; a weight must be a
// finite number; a later row wins (a user's table over the embedded one).
func TestPlaceRankRows(t *testing.T) {
	cases := []struct {
		name    string
		rows    string
		on      bool
		bias    float64
		weights map[string]float64
		err     string
	}{
		{"weights", "enabled\t1\nbias\t-0.5\nkind:city\t0.75\tits kind\n", true, -0.5, map[string]float64{"kind:city": 0.75}, ""},
		{"off", "enabled\t0\nrule:near\t1\n", false, 0, map[string]float64{"rule:near": 1}, ""},
		{"a user's row wins", "enabled\t1\nenabled\t0\nrule:near\t1\nrule:near\t2\n", false, 0, map[string]float64{"rule:near": 2}, ""},
		{"reset drops what came before", "enabled\t1\nbias\t2\nrule:near\t1\nreset\t1\nkind:city\t3\n", false, 0, map[string]float64{"kind:city": 3}, ""},
		{"reset is 1", "reset\t0\n", false, 0, nil, "want 1"},
		{"enabled is 1 or 0", "enabled\t2\n", false, 0, nil, "want 1 or 0"},
		{"a weight is a number", "rule:near\tmany\n", false, 0, nil, "want a number"},
		{"not NaN", "rule:near\tNaN\n", false, 0, nil, "want a number"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var pr placeRanker
			var err error
			for _, r := range parseTable("place_rank.tsv", []byte(c.rows)) {
				if err = pr.loadRow(r); err != nil {
					break
				}
			}
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one saying %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if pr.on != c.on || pr.bias != c.bias || len(pr.weights) != len(c.weights) {
				t.Fatalf("got on %v bias %v weights %v, want %v %v %v", pr.on, pr.bias, pr.weights, c.on, c.bias, c.weights)
			}
			for f, w := range c.weights {
				if pr.weights[f] != w {
					t.Errorf("weight of %s %v, want %v", f, pr.weights[f], w)
				}
			}
		})
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
