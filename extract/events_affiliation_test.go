package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestAffiliationHolder: a body or country named only in the description
// of a person set beside it by commas ("the director of the X Council,
// NAME") is where the person works; the person is the party
// (events_affiliation.go), and a name no table knows is a person's after
// such a description (titles_affiliation.go). Every sentence is invented.
func TestAffiliationHolder(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string
		refined    bool   // want[0] was made by the refinement
		person     string // a PERSON entity the text must yield ...
		title      string // ... with this title
	}{
		{name: "a body's head in apposition after the description",
			text:    "APIA, May 4, 2026 (Reef Wire) - Fiji's trade minister, Losana Vuki, arrived in Apia on Sunday for three days of talks.\n\nOn Monday she will call on the director of the Pacific Fisheries Council (PFC), Tavita Leauma, at the council's offices.",
			want:    []string{"meeting: Losana Vuki | Tavita Leauma"},
			not:     []string{"meeting: Losana Vuki | Pacific Fisheries Council"},
			refined: true, person: "Tavita Leauma", title: "director"},
		{name: "an unknown name after a body's chair is a person",
			text:   "KUMASI, May 4, 2026 (Gold Coast Wire) - Cocoa prices fell again this week. On Friday the chair of the Ashanti Cocoa Growers Union, Yeboaa Nkansah-Tetteh, held talks with Agriculture Minister Ama Darko in Kumasi.",
			want:   []string{"meeting: Yeboaa Nkansah-Tetteh | Ama Darko"},
			not:    []string{"meeting: Ama Darko | Ashanti Cocoa Growers Union"},
			person: "Yeboaa Nkansah-Tetteh", title: "chair"},
		{name: "an envoy for a country: the place served is part of the title",
			text:   "SUVA, May 4, 2026 (Reef Wire) - The Commonwealth envoy for Tonga, Hanne Vestergaard, flew to Nuku'alofa on Monday and held talks with Colonel Siaosi Tapueluelu, the army commander.",
			want:   []string{"visit: Hanne Vestergaard", "meeting: Hanne Vestergaard | Siaosi Tapueluelu"},
			not:    []string{"visit: Commonwealth | Tonga", "meeting: Siaosi Tapueluelu | Tonga"},
			person: "Hanne Vestergaard", title: "envoy for Tonga"},
		{name: "keep: a description after the name, the counterpart a person",
			text: "SUVA, May 4, 2026 (Reef Wire) - Losana Vuki, the president of the Pacific Fisheries Council, signed a tuna accord with Tonga's fisheries minister, Siaosi Tapueluelu, on Monday.",
			want: []string{"agreement: Losana Vuki | Siaosi Tapueluelu"}},
		{name: "keep: a body named as a party and again in a description",
			text: "SUVA, May 4, 2026 (Reef Wire) - The Harbour Authority met the Dockers' Guild on Monday, and the chair of the Dockers' Guild, Tavita Leauma, said the talks went well.",
			want: []string{"meeting: Harbour Authority | Dockers' Guild"}},
		{name: "keep: an employer before a title is no description of the other party",
			text: "SUVA, May 4, 2026 (Reef Wire) - Kauri Timber chief executive Mele Vaipulu met Tavita Leauma, the head of Reef Cargo, in Suva on Friday.",
			want: []string{"meeting: Mele Vaipulu | Tavita Leauma"},
			not:  []string{"meeting: Kauri Timber | Tavita Leauma"}},
		{name: "keep: two countries and no person described",
			text: "SUVA, May 4, 2026 (Reef Wire) - Fiji and Tonga signed a fisheries accord in Suva on Monday.",
			want: []string{"agreement: Fiji | Tonga"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "affiliation", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if f.i == 0 && c.refined && !strings.Contains(strings.Join(f.ev.Explain, "\n"), "+affiliation-holder") {
					t.Errorf("%s: explain lacks the refinement:\n%s", f.want, strings.Join(f.ev.Explain, "\n"))
				}
			}
			if c.person == "" {
				return
			}
			found := false
			for _, e := range rec.Entities {
				if e.Type == "PERSON" && e.Text == c.person {
					found = true
					if e.Title != c.title {
						t.Errorf("%s: title %q, want %q", c.person, e.Title, c.title)
					}
				}
			}
			if !found {
				t.Errorf("no PERSON %q", c.person)
			}
		})
	}
}
