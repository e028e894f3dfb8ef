package extract_test

import "testing"

// TestFirstTripCity: a visit told as the traveller's first trip to a
// country ("making his first trip to Kenya as premier") is
// at the city the story places it in, when that city lies in the
// country; a visit not counted so keeps its country, and a city in
// another country never narrows it. Every sentence is our own.
func TestFirstTripCity(t *testing.T) {
	cases := []struct{ name, text, place string }{
		{"first trip, dateline city", "NAIROBI, May 4 (Rift Wire) - Making his first trip to Kenya as premier, Tanzania's prime minister, Sanvi Yelmara, opened a cashew fair on Monday.", "Nairobi"},
		{"first visit in years", "LIMA, May 4 (Andes Wire) - Chile's foreign minister, Rosa Ibarra, arrived on Monday on the first visit by a Chilean foreign minister to Peru in six years.", "Lima"},
		{"second trip", "MONTERREY, May 4 (Norte Wire) - Texas Governor Dana Whitlock toured a steel plant on Monday, her second trip to Mexico this year.", "Monterrey"},
		{"state visit keeps country", "LIMA, May 4 (Andes Wire) - Chile's president, Rosa Ibarra, began a three-day state visit to Peru on Monday.", "Peru"},
		{"dateline abroad", "GENEVA, May 4 (Alp Wire) - Chile's foreign minister, Rosa Ibarra, will travel to Peru on Monday, her first trip to the country since taking office.", "Peru"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "first-trip", "2026-05-04", c.text)
			evs := eventsOf(rec, "visit")
			if len(evs) == 0 {
				t.Fatalf("no visit: %s", show(rec))
			}
			if evs[0].Location != c.place {
				t.Errorf("visit at %q, want %q: %s", evs[0].Location, c.place, show(rec))
			}
		})
	}
}
