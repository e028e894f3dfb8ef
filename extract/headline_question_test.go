package extract

import "testing"

// TestHeadlineQuestion: which first lines ending in "?" or "!" are headlines.
func TestHeadlineQuestion(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Will Arming Tarvania’s ‘Unity’ Cabinet Calm the Border?", true},
		{"Can Farmers Hold On in Dry Valleys?", true},
		{"Ports Reopen at Last!", true},
		{"What will the new tariff mean for grain farmers?", false}, // a sentence: verbs in lower case
		{"Is Lima Ready?", false},                                   // too few long words to tell
		{"Talks on the Border Resume Today", false},                 // no question or cry: other rules
		{"", false},
	}
	for _, c := range cases {
		if got := headlineQuestion(c.line); got != c.want {
			t.Errorf("headlineQuestion(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestFindHeaderQuestionHeadline: a title-case question on the first line
// is the header; the story starts below it.
func TestFindHeaderQuestionHeadline(t *testing.T) {
	text := "Will the Grain Corridor Survive Another Hard Winter?\nODESA — Ships kept moving on Monday.\n"
	body, dl0, _, _ := findHeader(text)
	if want := len("Will the Grain Corridor Survive Another Hard Winter?\n"); body != want || dl0 != want {
		t.Errorf("findHeader: body at %d, dateline at %d; want both at %d", body, dl0, want)
	}
	text = "Will the grain corridor survive the winter, traders asked on Monday?\nShips kept moving.\n"
	if body, _, _, _ := findHeader(text); body != 0 {
		t.Errorf("a question sentence: body at %d, want 0", body)
	}
}
