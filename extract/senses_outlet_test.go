package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestOutletSense: speaking to a news outlet — one the tables know as
// media, or the article's own source — is an interview, no meeting; a
// person of an outlet is still met (senses_outlet.go). Every sentence is
// our own.
func TestOutletSense(t *testing.T) {
	cases := []struct {
		name, source, text string
		meeting            bool
	}{
		{"spoke to a wire agency", "", "Finance Minister Lea Brandt spoke to Reuters on Monday about the budget.", false},
		{"talked to a broadcaster", "", "Governor Ruth Sands talked to CNN on Tuesday about the floods.", false},
		{"spoke with a newspaper by its media cue", "", "Prime Minister Ivo Brandt spoke with the Lisbon Times on Monday.", false},
		{"spoke to the article's own outlet", "Fjord Review", "Chief executive Marit Lyng has run Polar Cod since 2019. She spoke to the Fjord Review in Bergen on Tuesday.", false},
		{"spoke to another named organization", "Fjord Review", "Chief executive Marit Lyng spoke to officials of Fjord Logistics on Tuesday about a supply deal.", true},
		{"met a person of an outlet", "", "Finance Minister Lea Brandt met Reuters chief executive Karl Lund on Monday.", true},
		{"spoke with a person of an outlet", "", "Finance Minister Lea Brandt spoke with Karl Lund of CNN on Monday.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := extractor(t).Extract(context.Background(), extract.Article{ID: "outlet", Source: c.source, Published: "2026-03-11", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(eventsOf(rec, extract.Meeting)) > 0; got != c.meeting {
				t.Fatalf("meeting %v, want %v: %s", got, c.meeting, show(rec))
			}
		})
	}
}
