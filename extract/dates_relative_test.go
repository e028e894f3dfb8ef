package extract

import "testing"

func TestYearEnd(t *testing.T) {
	cases := []struct {
		y    int
		s    string
		want int
		ok   bool
	}{
		{2015, "2016", 2016, true},
		{1998, "99", 1999, true},
		{1999, "00", 2000, true},
		{2015, "16", 2016, true},
		{2015, "2014", 0, false},
		{2015, "1", 0, false},
		{2015, "abc", 0, false},
	}
	for _, c := range cases {
		got, ok := yearEnd(c.y, c.s)
		if got != c.want || ok != c.ok {
			t.Errorf("yearEnd(%d, %q) = %d, %v; want %d, %v", c.y, c.s, got, ok, c.want, c.ok)
		}
	}
}

func TestHyphenPart(t *testing.T) {
	cases := []struct {
		s    string
		gran dateGran
		q    int
		ok   bool
	}{
		{"second-quarter", granQuarter, 2, true},
		{"fourth-quarter", granQuarter, 4, true},
		{"first-half", granHalf, 1, true},
		{"third-half", 0, 0, false},
		{"second-hand", 0, 0, false},
		{"quarter-final", 0, 0, false},
	}
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		p, ok := lx.hyphenPart(c.s)
		if ok != c.ok || ok && (p.gran != c.gran || p.q != c.q) {
			t.Errorf("hyphenPart(%q) = %+v, %v", c.s, p, ok)
		}
	}
}

func TestPlaceLike(t *testing.T) {
	cases := []struct {
		s  string
		ok bool
	}{
		{"LONDON", true},
		{"New Delhi", true},
		{"Rio de Janeiro", true},
		{"Dar es Salaam", true},
		{"SACRAMENTO, Calif. and BORDEAUX, France", true},
		{"The summit in Manila will take place on", false},
		{"In an email dated", false},
		{"Talks in Geneva ended", false},
	}
	for _, c := range cases {
		if got := placeLike(c.s); got != c.ok {
			t.Errorf("placeLike(%q) = %v, want %v", c.s, got, c.ok)
		}
	}
}
