package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestUnknownGivenNames: a person whose given name the name tables lack is
// a person when the story names the surname alone later with a person's
// cue ("Manatoa said", "Mr Abdrakhmanov"), or when the name is joined by
// "and" to a known person and has a title in apposition; such a person is
// a party of the event. Traps: an organization and a place in the same
// frames, a company repeated by its first word, and a name with no cue at
// all, keep their reading. Every sentence is our own.
func TestUnknownGivenNames(t *testing.T) {
	cases := []struct {
		name, text, entity string
		typ                string // "": not a PERSON
		party              bool   // also a party of an event
	}{
		{"surname said later", "Copper exports dominated talks between Ana Soto and Ravelu Manatoa in Quito on Thursday. Nothing was settled, Manatoa said afterwards.", "Ravelu Manatoa", extract.Person, true},
		{"surname with an honorific later", "Ana Soto met Nurlan Abdrakhmanov in Astana on Tuesday. Mr Abdrakhmanov later flew home.", "Nurlan Abdrakhmanov", extract.Person, true},
		{"surname with a title in apposition later", "On Tuesday Ana Soto met Tavake Varokai in Quito. Varokai, the tourism minister, spoke warmly of the talks afterwards.", "Tavake Varokai", extract.Person, true},
		{"surname after a title later", "Ana Soto met Sitani Tapueluelu in Lima on Tuesday. Fisheries Minister Tapueluelu flew home on Wednesday.", "Sitani Tapueluelu", extract.Person, true},
		{"joined to a person, said after the pair", "Ravelu Manatoa and Ana Soto said on Friday that a second round would follow in March.", "Ravelu Manatoa", extract.Person, false},
		{"joined to a person, with a title after it", "Talks between Aigerim Nurlanovna, the energy minister, and Ana Soto ended in Lima on Monday.", "Aigerim Nurlanovna", extract.Person, false},
		{"an organization in the same frame (trap)", "Talks between Nordic Rail and Ana Soto ended in Oslo on Monday. Nordic Rail said it would appeal.", "Nordic Rail", extract.Organization, false},
		{"a company repeated by its first word (trap)", "Talks between Brackwater Amsel and Ana Soto ended in Oslo on Monday. Brackwater said it would appeal.", "Brackwater Amsel", "", false},
		{"a place in the same frame (trap)", "Ana Soto travelled between Port Moresby and Lae on Friday, officials said.", "Port Moresby", extract.Location, false},
		{"a nationality word first (trap)", "Syrian Kurds met Ana Soto in Geneva on Monday. Kurds said the talks were over.", "Syrian Kurds", "", false},
		{"a group after the article (trap)", "Ana Soto met Vaka Ruvoli in Suva on Monday. In the village, the Ruvoli said the land was theirs.", "Vaka Ruvoli", "", false},
		{"no cue at all (trap)", "Talks between Vaka Ruvoli and Ana Soto ended in Lima on Monday.", "Vaka Ruvoli", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "unknown", "2026-03-11", c.text)
			var got *extract.Entity
			for i, e := range rec.Entities {
				if strings.EqualFold(e.Text, c.entity) && e.Type != extract.Title {
					got = &rec.Entities[i]
				}
			}
			switch {
			case c.typ == "" && got != nil && got.Type == extract.Person:
				t.Fatalf("%q is a PERSON, want none: %s", c.entity, show(rec))
			case c.typ == "":
			case got == nil:
				t.Fatalf("no entity %q: %s", c.entity, show(rec))
			case got.Type != c.typ:
				t.Fatalf("%q is %s, want %s: %s", c.entity, got.Type, c.typ, show(rec))
			}
			if !c.party {
				return
			}
			for _, ev := range rec.Events {
				for _, p := range ev.Participants {
					if p.Name == got.Text && p.Type == extract.Person {
						return
					}
				}
			}
			t.Fatalf("%q is no party of an event: %s", c.entity, show(rec))
		})
	}
}
