package extract

import "testing"

// TestTitleHeadWord: a title's head is the word before its complement
// (class complement), else its last word — the word "the envoy", "the
// ambassador", "the minister" is matched against.
func TestTitleHeadWord(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ title, want string }{
		{"Special Envoy for the Great Lakes Region", "envoy"},
		{"Ambassador to Kuwait", "ambassador"},
		{"Minister of Oil", "minister"},
		{"Deputy Trade Minister for Pacific Markets", "minister"},
		{"Foreign Minister", "minister"},
		{"Chief Executive", "executive"},
		{"Gen.", "gen"},
		{"President", "president"},
		{"Secretary of State", "secretary"},
		{"", ""},
	}
	for _, c := range cases {
		if got := titleHeadWord(lx, c.title); got != c.want {
			t.Errorf("titleHeadWord(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestFitsOffice: who may be one of "the two leaders" and "the two
// ministers": a leader's title holds a word of class leadertitle and no
// rank word; a minister's title has "minister" for its head; a person
// with no title may be anyone.
func TestFitsOffice(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	d := &document{lx: lx}
	cases := []struct {
		titles []string
		noun   string
		want   bool
	}{
		{[]string{"President"}, "leaders", true},
		{[]string{"Prime Minister"}, "leaders", true},
		{[]string{"Foreign Minister"}, "leaders", false},
		{[]string{"Vice President"}, "leaders", false},
		{[]string{"Minister of Oil"}, "ministers", true},
		{[]string{"Foreign Minister"}, "ministers", true},
		{[]string{"President"}, "ministers", false},
		{[]string{"Mayor of Rennes"}, "mayors", true},
		{nil, "leaders", true},
	}
	for _, c := range cases {
		e := &entity{typ: Person, canon: "X", titles: c.titles}
		if got := d.fitsOffice(e, c.noun); got != c.want {
			t.Errorf("fitsOffice(%v, %q) = %v, want %v", c.titles, c.noun, got, c.want)
		}
	}
}
