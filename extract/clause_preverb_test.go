package extract_test

import (
	"sort"
	"strings"
	"testing"
)

// TestPreverb: an adverb of time between a subject and its verb ("He last
// visited", "The two once met") leaves the subject to the verb; after a
// determiner it modifies a noun and names no event's subject.
func TestPreverb(t *testing.T) {
	cases := []struct {
		name, text, typ string
		want            []string // each event of typ: participants joined by "|", sorted
	}{
		{"last visited, a pronoun subject",
			"RIGA, May 4, 2026 - Finance Minister Toms Ozols arrived in Vilnius on Monday. He last visited Warsaw in 2024.",
			"visit", []string{"Toms Ozols", "Toms Ozols"}},
		{"once met, a group subject",
			"OSLO, March 3, 2026 - Prime Minister Jaan Kask met President Ola Berg in Oslo on Monday. The two men last met in Riga in 2019.",
			"meeting", []string{"Jaan Kask|Ola Berg", "Jaan Kask|Ola Berg"}},
		{"last met, two surnames after the story's own meeting (an irregular past)",
			"QUITO, March 3, 2026 - Ecuador's energy minister, Lucas Borja, received Peru's mines minister, Elena Quispe, in Quito on Monday. It was a warmer scene than in March, when Borja and Quispe last met and a row over a pipeline cut the day short.",
			"meeting", []string{"Elena Quispe|Lucas Borja", "Elena Quispe|Lucas Borja"}},
		{"previously visited, a name subject",
			"Chancellor Ida Ross previously visited Lagos in 2023.",
			"visit", []string{"Ida Ross"}},
		{"trap: the last visited port is a noun phrase",
			"The ferry left Tallinn on Monday. The last visited port was Helsinki, the company said.",
			"visit", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "preverb", "2026-03-02", c.text)
			var got []string
			for _, e := range rec.Events {
				if e.Type != c.typ {
					continue
				}
				var ps []string
				for _, p := range e.Participants {
					ps = append(ps, p.Name)
				}
				sort.Strings(ps)
				got = append(got, strings.Join(ps, "|"))
			}
			if strings.Join(got, ";") != strings.Join(c.want, ";") {
				t.Errorf("%s: want %s events %q, got %q", c.text, c.typ, c.want, got)
			}
		})
	}
}

// TestPreverbDate: "last visited" is a past tense, so a bare month after it
// is the last such month, not the coming one.
func TestPreverbDate(t *testing.T) {
	cases := []struct{ text, wantDate string }{
		{"VILNIUS, Nov. 10, 2025 - Finance Minister Toms Ozols arrived in Vilnius on Monday. He last visited Warsaw in February, travelling with two aides.", "2025-02"},
		{"VILNIUS, Nov. 10, 2025 - Finance Minister Toms Ozols arrived in Vilnius on Monday. He once visited Warsaw in December, on a private trip.", "2024-12"},
	}
	for _, c := range cases {
		rec := extractText(t, "preverb-date", "2025-11-10", c.text)
		found := false
		for _, e := range rec.Events {
			if e.Type == "visit" && e.Location == "Warsaw" {
				found = true
				if e.Date != c.wantDate {
					t.Errorf("%s: visit to Warsaw dated %q, want %q", c.text, e.Date, c.wantDate)
				}
			}
		}
		if !found {
			t.Errorf("%s: no visit to Warsaw", c.text)
		}
	}
}
