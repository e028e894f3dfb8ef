package extract_test

import "testing"

// TestMealMeetings: a meal with someone is a meeting of the one who has it
// (frames lunch, dinner, breakfast, luncheon: role poss, the subject of the
// verb the noun stands under) and the with-phrase; and a person met who is
// named after a company's possessive and a title ("met Stanmore's owner
// X") is met, while a thing after a name's possessive is not ("rose to meet
// Ronaldo's cross").
func TestMealMeetings(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "a planned lunch with an appositive partner",
			text: "Marion Eddowes, who leads the town council, said she would have lunch with her Pellow counterpart, Kevin Strang, on Friday to settle the rota.",
			typ:  "meeting", want: [][]string{{"Marion Eddowes", "Kevin Strang"}}},
		{name: "breakfast with a party leader",
			text: "Prime Minister Ingrid Solheim had breakfast with Progress Party leader Anders Kvale at her official residence on Tuesday.",
			typ:  "meeting", want: [][]string{{"Ingrid Solheim", "Anders Kvale"}}},
		{name: "a dinner cancelled is none",
			text: "Prime Minister Ingrid Solheim cancelled a dinner with Anders Kvale on Tuesday after the vote was lost.",
			typ:  "meeting"},
		{name: "met a company's owner",
			text: "The American investor Dale Whitcombe first met Stanmore's owner Rhys Caddick in February, two people close to the club said.",
			typ:  "meeting", want: [][]string{{"Dale Whitcombe", "Rhys Caddick"}}},
		{name: "a cross met is no meeting",
			text: "Jordan Ames rose to meet Ronaldo's cross in the second half and headed it past the goalkeeper.",
			typ:  "meeting"},
	})
}
