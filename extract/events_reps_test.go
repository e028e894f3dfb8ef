package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestRepresentatives: an event read between countries or bodies takes the
// persons the story says acted for each of them (events_reps.go: rule
// represented-by; events_officials.go and events_discourse_next.go: the
// officials of three or more countries, and no persons of another
// occasion). Every sentence is invented.
func TestRepresentatives(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B": an event of exactly these parties
		not        []string
		by         string // want[0]'s explain names this refinement
	}{
		{name: "represented by, the verb gapped for the others",
			text: "TALLINN, May 4, 2026 (Baltic Desk) - Estonia, Latvia and Lithuania agreed on Monday to pool their coastal radar data. Estonia was represented by its interior minister, Kadri Saar, Latvia by Defence Secretary Janis Ozols and Lithuania by Foreign Minister Rasa Petraite.",
			want: []string{"agreement: Kadri Saar | Janis Ozols | Rasa Petraite"},
			by:   "represented-by"},
		{name: "represented by in the event's own sentence, a body and a company",
			text: "CARDIFF, June 2, 2026 (Valley Wire) - The Welsh Dockers Union, represented by its general secretary Owen Pryce, signed a pay agreement with Harbourline Freight on Tuesday; Harbourline was represented by its chief executive, Megan Rhys.",
			want: []string{"agreement: Owen Pryce | Megan Rhys"},
			by:   "represented-by"},
		{name: "active: a person represented a country",
			text: "ACCRA, Sept 8, 2026 (Coast Wire) - Ghana and Togo agreed on Tuesday to reopen the Aflao crossing at night. Trade Minister Kofi Asamoah represented Ghana, and Foreign Minister Afi Mensah represented Togo.",
			want: []string{"agreement: Kofi Asamoah | Afi Mensah"},
			by:   "represented-by"},
		{name: "trap: one country has no representative told",
			text: "TALLINN, May 4, 2026 (Baltic Desk) - Estonia and Latvia agreed on Monday to pool their coastal radar data. Estonia was represented by its interior minister, Kadri Saar.",
			want: []string{"agreement: Estonia | Latvia"},
			not:  []string{"agreement: Kadri Saar"}},
		{name: "trap: a third country's representative",
			text: "TALLINN, May 4, 2026 (Baltic Desk) - Estonia and Latvia agreed on Monday to pool their coastal radar data. Finland was represented by an observer, Mikko Laine, and Sweden by its ambassador, Erik Holm.",
			want: []string{"agreement: Estonia | Latvia"},
			not:  []string{"agreement: Mikko Laine | Erik Holm"}},
		{name: "three countries: each minister tied to one by possessive and demonym",
			text: "AMMAN, Oct 6, 2026 (Levant Desk) - The energy ministers of Lebanon, Iraq and Egypt ended two days of talks in Amman on Monday. Lebanon's minister of water resources, Hala Zawati, her Iraqi counterpart, Karim Jaafar, and Egypt's petroleum minister, Tarek Mansour, agreed to extend the gas pipeline study, a joint statement said.",
			want: []string{"meeting: Hala Zawati | Karim Jaafar | Tarek Mansour"}},
		{name: "three countries: a title with \"and\" between the country and the name",
			text: "AMMAN, Oct 6, 2026 (Levant Desk) - The energy ministers of Lebanon, Iraq and Egypt ended two days of talks in Amman on Monday. Lebanon's minister of energy and mineral resources, Hala Zawati, her Iraqi counterpart, Karim Jaafar, and Egypt's petroleum minister, Tarek Mansour, agreed to extend the gas pipeline study, a joint statement said.",
			want: []string{"meeting: Hala Zawati | Karim Jaafar | Tarek Mansour"}},
		{name: "talks between two ministers in the event's sentence",
			text: "SUVA, May 3, 2026 (Reef Wire) - Samoa and Tuvalu agreed on Sunday to share patrol boat data, after talks in Apia between fisheries ministers Maria Leota and David Malua.",
			want: []string{"agreement: Maria Leota | David Malua"},
			by:   "country-officials"},
		{name: "trap: talks between two business leaders speak for no government",
			text: "SUVA, May 3, 2026 (Reef Wire) - Samoa and Tuvalu agreed on Sunday to share patrol boat data, after talks in Apia between business leaders Maria Leota and David Malua.",
			want: []string{"agreement: Samoa | Tuvalu"},
			not:  []string{"agreement: Maria Leota | David Malua"}},
		{name: "a later plan of a body is no other occasion of the officials",
			text: "ZAGREB, Oct 8, 2026 (Sava Wire) - Croatia and Slovenia agreed on Thursday to set up a joint rail authority for the Sava line.\n\nCroatian Transport Minister Ivan Babic and his Slovenian counterpart, Nina Zupan, told reporters that the authority would hold its first session in Ljubljana before the end of the year.",
			want: []string{"agreement: Ivan Babic | Nina Zupan"},
			by:   "country-officials"},
		{name: "trap: the officials named next met on another occasion",
			text: "LUSAKA, Feb 12, 2026 (Zambezi Wire) - Zambia and Malawi will sign a border trade accord next week, officials said on Thursday.\n\nThe ministry said that Zambia's deputy trade minister, Mwila Tembo, met Malawi's trade secretary, Chikondi Banda, in Chipata on Wednesday to go over the customs rules.",
			want: []string{"agreement: Zambia | Malawi"},
			not:  []string{"agreement: Mwila Tembo | Chikondi Banda"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "reps", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range c.want {
				typ, parts, _ := parseWantEvent(w)
				ev := exactEvent(rec, typ, parts)
				if ev == nil {
					t.Errorf("want %s: %s", w, eventList(rec))
					continue
				}
				if i == 0 && c.by != "" && !strings.Contains(strings.Join(ev.Explain, "\n"), "+"+c.by) {
					t.Errorf("%s: explain lacks +%s:\n%s", w, c.by, strings.Join(ev.Explain, "\n"))
				}
			}
			for _, w := range c.not {
				typ, parts, _ := parseWantEvent(w)
				if ev := exactEvent(rec, typ, parts); ev != nil {
					t.Errorf("want no %s: %s", w, eventList(rec))
				}
			}
		})
	}
}
