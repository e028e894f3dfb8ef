package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestRoundupBriefs: a round-up's briefs are stories of their own
// (roundup.go): a description or pronoun in a brief is nobody named in
// the brief before it, a brief's event is placed by its own dateline and
// inherits no place from the brief before; an ordinary story with one
// dateline still resolves across its paragraphs. Every sentence is our
// own.
func TestRoundupBriefs(t *testing.T) {
	const roundup = "NEWS IN BRIEF\n\n" +
		"LIMA — Peru's mining minister, Rosa Quispe, signed a water accord with Chilean Energy Minister Tomas Vial on Thursday.\n\n" +
		"ACCRA — Ghana's deputy finance minister will visit Togo next week, officials said.\n\n" +
		"RIGA, Latvia — Defence Minister Karlis Ozols flew to Vilnius on Thursday. He is due to meet President Ona Petraitiene on Friday.\n\n" +
		"TUNIS — Foreign Minister Leila Ben Salah met the Algerian ambassador, Karim Haddad, on Thursday.\n"
	const story = "LIMA, March 12, 2026 — Peru's mining minister, Rosa Quispe, signed a water accord with Chilean Energy Minister Tomas Vial on Thursday.\n\n" +
		"The accord sets river quotas for ten years.\n\n" +
		"The mining minister will visit Santiago next week, officials said.\n"
	const live = "Trade Minister Ana Soto arrived in Quito on Monday for two days of talks.\n\n" +
		"UPDATE — She met President Luis Mora at the presidential palace on Monday afternoon.\n\n" +
		"UPDATE — Officials said a fisheries accord could follow.\n"
	cases := []struct {
		name, text string
		typ        string
		trigger    string
		want       string // participants joined by "+", sorted; "" for no such event
		place      string // "-" when not checked
	}{
		{"the brief's dateline places its event", roundup, extract.Agreement, "signed", "Rosa Quispe+Tomas Vial", "Lima"},
		{"a description is nobody of the brief before", roundup, extract.Visit, "visit", "", "-"},
		{"a pronoun of its own brief", roundup, extract.Meeting, "meet", "Karlis Ozols+Ona Petraitiene", "-"},
		{"no place from the brief before", roundup, extract.Meeting, "met", "Karim Haddad+Leila Ben Salah", "Tunis"},
		{"one story resolves across paragraphs", story, extract.Visit, "visit", "Rosa Quispe", "Santiago"},
		{"a live blog's line labels open no brief", live, extract.Meeting, "met", "Ana Soto+Luis Mora", "-"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "roundup", "2026-03-13", c.text)
			for _, e := range eventsOf(rec, c.typ) {
				if !strings.HasPrefix(e.Trigger, c.trigger) {
					continue
				}
				if c.want == "" {
					t.Fatalf("want no %s %q, got %s", c.typ, c.trigger, show(rec))
				}
				names := partyNames(e)
				if got := strings.Join(names, "+"); got != c.want {
					t.Fatalf("%s %q: parties %s, want %s", c.typ, c.trigger, got, c.want)
				}
				if c.place != "-" && e.Location != c.place {
					t.Fatalf("%s %q: place %q, want %q", c.typ, c.trigger, e.Location, c.place)
				}
				return
			}
			if c.want != "" {
				t.Fatalf("want a %s %q, got %s", c.typ, c.trigger, show(rec))
			}
		})
	}
}
