package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestNewsForms: the failure classes found on real (BBC-style) news, each
// by sentences written for the test: parties stated the way British and
// business news states them, and the traps that made false events. A case
// with participants wants that event; one without wants no event of its
// type.
func TestNewsForms(t *testing.T) {
	cases := []struct {
		class, text, typ string
		participants     []string // nil: no event of typ
		location         string   // "" when not checked
		exact            bool     // the event has exactly these participants
	}{
		// ranks written without a full stop are titles: the person is found
		{class: "rank", typ: extract.Meeting,
			text:         "Gen Tomas Varga held talks with Prime Minister Ines Holm in Oslo on Monday.",
			participants: []string{"Tomas Varga", "Ines Holm"}, location: "Oslo"},
		{class: "rank", typ: extract.Visit,
			text:         "Lt Col Mara Oduya arrived in Nairobi on Sunday.",
			participants: []string{"Mara Oduya"}, location: "Nairobi"},
		// a pronoun or description subject: the clause's parties, not the
		// places and organizations elsewhere in the sentence
		{class: "pronoun subject", typ: extract.Meeting,
			text:         "Gen Tomas Varga toured a shipyard in Bergen on Monday. On the way he had stopped in Helsinki, and there he met Prime Minister Karl Lund.",
			participants: []string{"Tomas Varga", "Karl Lund"}},
		{class: "description subject", typ: extract.Meeting,
			text:         "President Ole Berg of Denmark spoke to reporters on Sunday. On Monday the Danish president met Prime Minister Ines Holm at the Storting.",
			participants: []string{"Ole Berg", "Ines Holm"}},
		// "Ms X and Title Y": two persons, the first not a prefix of the second
		{class: "honorific and title", typ: extract.Meeting,
			text:         "Justice Minister Ana Lind said fans would be banned. Last week Ms Lind and First Minister Karl Lund met supporters' groups of the two clubs to talk about the ban.",
			participants: []string{"Ana Lind", "Karl Lund"}},
		// a name modifying an event noun in its own phrase is its party:
		// the group's own meeting, not every name in the sentence
		{class: "premodifier", typ: extract.Meeting,
			text:         "The levy was put forward by Sweden and Austria after the recent G7 meeting of wealthy democracies, Latvian officials said.",
			participants: []string{"G7"}, exact: true},
		// "the visit of X" names its own visitor: not the story's person
		{class: "visit of", typ: extract.Visit,
			text: "Ireland manager Brian Colt got the home fixture he asked for. Colt's team end their qualifying group in Dublin on 12 October with the visit of Switzerland."},
		// "it" is the organization told of
		{class: "it", typ: extract.Agreement,
			text:         "Harbor Motors named Ana Lind its chief executive in May. Last month, it signed a supply agreement with Japanese rival Kirin Motor.",
			participants: []string{"Harbor Motors", "Kirin Motor"}},
		// a base form with no subject before it is no verb
		{class: "bare base", typ: extract.Agreement,
			text: "In Norway and Denmark, sign language lessons are offered free of charge, the charity said."},
		{class: "bare base", typ: extract.Meeting,
			text: "Across the region, meet-and-greet events drew large crowds, organisers said."},
		// an -s form after "be" is a plural noun
		{class: "plural noun", typ: extract.Agreement,
			text: "Falling loan volumes at Vestra Bank are signs of a weaker economy, chief executive Ole Berg wrote to staff."},
		// "conclude" alone is no agreement: an inquiry concludes, a deal is
		// concluded (the support verb)
		{class: "conclude", typ: extract.Agreement,
			text: "An inquiry by the Danish Financial Supervisory Authority into Halvorsen Group should conclude in June, the regulator said."},
		{class: "conclude", typ: extract.Agreement,
			text:         "Kestrel Mining and the Tarvo Group concluded a supply agreement in Perth on Monday.",
			participants: []string{"Kestrel Mining", "Tarvo Group"}},
		// negation cues: suspending talks, an unwillingness or refusal to sign
		{class: "negation", typ: extract.Meeting,
			text: "The Nordvik Exchange decided to suspend talks with the Baltic Bourse over the holiday period."},
		{class: "negation", typ: extract.Agreement,
			text: "President Ana Brenner criticised Canada's unwillingness to sign the Ottawa Convention, her spokesman said."},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			rec := extractText(t, "newsforms", "2026-03-04", c.text)
			if c.participants == nil {
				if evs := eventsOf(rec, c.typ); len(evs) > 0 {
					t.Errorf("text %q: want no %s event, got %s", c.text, c.typ, eventList(rec))
				}
				return
			}
			ev := matchEvent(rec, c.typ, c.participants)
			if ev == nil {
				t.Fatalf("text %q: no %s event with participants %v; events: %s", c.text, c.typ, c.participants, eventList(rec))
			}
			if c.exact && len(ev.Participants) != len(c.participants) {
				t.Errorf("text %q: %s participants %v, want only %v", c.text, c.typ, ev.Participants, c.participants)
			}
			if c.location != "" && fold(ev.Location) != fold(c.location) {
				t.Errorf("text %q: %s location %q, want %q", c.text, c.typ, ev.Location, c.location)
			}
		})
	}
}

// TestCoordinatedTypes: a one-word name coordinated with an organization
// a rule typed is an organization in every mention; a name whose "and"
// is part of a longer name is not split into one.
func TestCoordinatedTypes(t *testing.T) {
	cases := []struct {
		text, org string
		want      bool
	}{
		{"Shares in Kestrel Mining Corp rose on Monday. A merger between Kestrel Mining and Vantor would create the region's largest miner. Vantor has won the support of its board.", "Vantor", true},
		{"Orsa Telecom said on Tuesday that talks between Orsa Telecom and Pellwick had ended. Pellwick declined to comment.", "Pellwick", true},
		{"The Food and Drug Administration approved the drug on Monday.", "Food", false},
	}
	for _, c := range cases {
		rec := extractText(t, "coordtypes", "2026-03-04", c.text)
		got := findEntity(rec, extract.Organization, c.org) != nil
		if got != c.want {
			t.Errorf("text %q: %s an organization %v, want %v; entities: %s", c.text, c.org, got, c.want, show(rec))
		}
		if !c.want {
			continue
		}
		if p := findEntity(rec, extract.Person, c.org); p != nil {
			t.Errorf("text %q: %s also a person", c.text, c.org)
		}
	}
}
