package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestLedeIsNoTitle: when the envelope gives the headline apart, the body's
// first line is the lede, not a headline told in the present tense: a
// short lede on a line of its own is read in story order, so the meetings
// told after it during the trip are where the trip went. Without a
// headline apart, a short first line is the headline. Every sentence is
// our own.
func TestLedeIsNoTitle(t *testing.T) {
	cases := []struct {
		name, headline, body, want string
	}{
		{"short lede, headline apart", "Ruiz in Accra",
			"Trade Minister Elena Ruiz arrived in Accra on Monday for a three-day visit.\n\nOn Tuesday she met President Kwame Boateng.",
			"Accra"},
		{"short lede of a delegation, headline apart", "Nordic ministers tour Ghana",
			"Energy Minister Sigrid Hovland landed in Kumasi on Sunday for a two-day stay.\n\nOn Monday she held talks with Governor Yaw Mensah.",
			"Kumasi"},
		{"long lede, headline apart", "Ruiz in Accra",
			"Trade Minister Elena Ruiz arrived in Accra on Monday for a three-day visit focused on cocoa exports and port investment.\n\nOn Tuesday she met President Kwame Boateng.",
			"Accra"},
	}
	x := extractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "lede", Published: "2026-02-11T09:00:00Z", Headline: c.headline, Body: c.body, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range rec.Events {
				if e.Type == extract.Meeting {
					if e.Location != c.want {
						t.Fatalf("meeting at %q, want %q: %s", e.Location, c.want, show(rec))
					}
					return
				}
			}
			t.Fatalf("no meeting: %s", show(rec))
		})
	}
}
