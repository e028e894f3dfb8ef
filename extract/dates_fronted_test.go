package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFrontedAnchor: an undated event whose sentence opens on "After the
// NOUN," happened the day an earlier sentence gave that noun (reading
// fronted-anchor), not the story's main day; a noun no sentence before
// dates anchors nothing (every sentence invented).
func TestFrontedAnchor(t *testing.T) {
	const lede = "Energy Minister Paula Grant on Wednesday ordered a review of the grid regulator, Nordgrid.\n\nThe order follows a Senate committee hearing on Monday into last winter's blackouts, at which Nordgrid's chief executive, Lukas Brandt, was questioned for three hours.\n\nOn Tuesday, Grant visited Nordgrid's control room in Harwich.\n\n"
	checkEventDates(t, []eventDateCase{
		{name: "after a hearing dated before",
			published: "2026-05-14T16:00:00Z",
			text:      lede + "After the hearing, Grant met Brandt in her office, according to two aides.",
			typ:       extract.Meeting, who: "Lukas Brandt", date: "2026-05-11"},
		{name: "trap: a noun no sentence before dates",
			published: "2026-05-14T16:00:00Z",
			text:      lede + "After the vote, Grant met Brandt in her office, according to two aides.",
			typ:       extract.Meeting, who: "Lukas Brandt", date: "2026-05-12"},
	})
}
