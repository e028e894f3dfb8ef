package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPurposeNounPlace: a meeting noun after "for" right after a trip's
// destination is the trip's purpose and took place there (rule purpose,
// events_visit.go purposePlace), not at a place its own phrase mentions
// in passing. Sentences of our own.
func TestPurposeNounPlace(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	checkPlaces(t, x, []placeCase{
		{name: "headed to a city for talks: the talks are there",
			text: "Last Tuesday Chilean Energy Minister Tomás Vial headed to Montevideo for talks with his host, Industry Minister Rosa Ferreyra, on a cable that would carry power to Argentina.",
			typ:  extract.Meeting, who: "Rosa Ferreyra", place: "Montevideo", rule: "purpose"},
		{name: "for a meeting, past the article",
			text: "A week later the delegation travels to Gdansk for a meeting with shipyard owner Marek Zielski about orders from Norway.",
			typ:  extract.Meeting, who: "Marek Zielski", place: "Gdansk", rule: "purpose"},
	})
}
