package extract

import "testing"

// TestSportsStoryReadOnce: whether the body is a sports story is read from
// the body once per document however often the senses ask (once per
// trigger), and clubNamed answers each name from one pass over the
// mentions until a mention is added.
func TestSportsStoryReadOnce(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		sports     bool
	}{
		{"a match report", "Kelbury Athletic beat Ashdown Rovers 2-1 on Saturday, and their striker scored twice in the second half of the season's last match.", true},
		{"a diplomatic story", "The foreign minister met her counterpart in Lima on Monday to discuss trade and the border.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &document{lx: lx, text: c.text, toks: tokenize(c.text, lx.abbr)}
			for range 50 {
				if got := d.sportsStory(lx); got != c.sports {
					t.Fatalf("sportsStory = %v, want %v", got, c.sports)
				}
				d.clubNamed("Kelbury")
			}
			if d.sportsScans != 1 {
				t.Errorf("the body was scanned %d times for 50 questions, want once", d.sportsScans)
			}
		})
	}
}
