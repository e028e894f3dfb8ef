package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFrontedAnchor: an undated event whose sentence opens on "Following
// the NOUN," happened the day an earlier sentence gave that noun (reading
// fronted-anchor), not the story's main day; a noun no sentence before
// dates anchors nothing, nor does "Before the NOUN," (it was another day)
// (every sentence invented).
func TestFrontedAnchor(t *testing.T) {
	const lede = "Valmora's mayor, Ines Carvalho, on Sunday asked the regional council to fund a larger stand at the Estadio Norte.\n\nDynamo Valmora beat Sporting Aldez 2-1 in a cup match on Saturday in front of 31,000 fans.\n\nThe club's owner, Tomas Reyes, has offered to cover a third of the cost.\n\n"
	checkEventDates(t, []eventDateCase{
		{name: "following a match dated before",
			published: "2026-05-18T09:00:00Z",
			text:      lede + "Following the match, Carvalho met Reyes in a lounge under the main stand, a city spokesman said.",
			typ:       extract.Meeting, who: "Tomas Reyes", date: "2026-05-16"},
		{name: "trap: a noun no sentence before dates",
			published: "2026-05-18T09:00:00Z",
			text:      lede + "Following the parade, Carvalho met Reyes in a lounge under the main stand, a city spokesman said.",
			typ:       extract.Meeting, who: "Tomas Reyes", date: "2026-05-17"},
		{name: "trap: before the match is another day",
			published: "2026-05-18T09:00:00Z",
			text:      lede + "Before the match, Carvalho met Reyes in a lounge under the main stand, a city spokesman said.",
			typ:       extract.Meeting, who: "Tomas Reyes", date: "2026-05-17"},
	})
}
