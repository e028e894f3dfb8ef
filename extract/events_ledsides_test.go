package extract_test

import (
	"strings"
	"testing"
)

// TestLedSides: a clause naming who led each side of talks ("the X
// delegation was led by A, and the Y side by B") gives a meeting with no
// party of its own those persons (rule led-sides), and a meeting of the
// bodies those persons in their place (refinement led-sides); a later
// round told with no party takes the bodies, not the persons
// (events_ledsides.go). Each case gives the parties of every meeting,
// joined by "+" and sorted, one meeting a "|"; absent lists names no
// meeting may have. Every sentence is our own.
func TestLedSides(t *testing.T) {
	cases := []struct {
		name, text, want, absent string
	}{
		{"the next sentence names who led each side of the countries' talks",
			"LAUSANNE, May 4, 2026 - Austria and Slovenia opened a new round of talks on a shared hydropower cascade in Lausanne on Monday. " +
				"The Austrian delegation is led by Energy Minister Petra Lindqvist, and the Slovenian side by its chief engineer, Tomas Brenner.",
			"Petra Lindqvist+Tomas Brenner", ""},
		{"the later-named country's side first, the verb headed, a title after the second name",
			"ULAANBAATAR, Aug. 6, 2026 - Mongolia and Kazakhstan opened talks on grazing rules for herders near their frontier in Ulaanbaatar on Thursday. " +
				"The Kazakh delegation will be headed by Deputy Agriculture Minister Aidos Bekov and the Mongolian delegation by Saran Tseren, an adviser to the president.",
			"Aidos Bekov+Saran Tseren", ""},
		{"a university and a guild: the organization's team by its rector",
			"BERGEN, Feb. 10, 2026 - Halden University and the Lecturers Guild met in Bergen on Tuesday for talks on pension changes. " +
				"The Lecturers Guild side is headed by its president, Ingrid Solberg, and Halden University's team by the rector, Per Aasen.",
			"Ingrid Solberg+Per Aasen", ""},
		{"a bus company and a council take the persons, a later session the bodies",
			"BRISTOL, Nov. 3, 2026 - Westway Buses and Bristol City Council held talks on route contracts in Bristol on Monday. " +
				"Westway Buses' team was led by operations director Ruth Ellis, and the Bristol City Council side by deputy leader Sam Okafor. " +
				"Another session is planned for Bath on Dec. 1.",
			"Ruth Ellis+Sam Okafor|Bristol City Council+Westway Buses", ""},
		{"an opening coordinator",
			"SEOUL, May 4, 2026 - South Korea and the Philippines held talks on fishing rights on Monday. " +
				"And the South Korean delegation was led by Kim Min-jun, and the Philippine side by Maria Santos.",
			"Kim Min-jun+Maria Santos", ""},
		{"trap: a country's team is a sports or rescue team, no side of talks",
			"NAIROBI, May 4, 2026 - Ministers of Kenya and Tanzania held talks on a shared railway in Nairobi on Monday. " +
				"The Kenyan relay team is led by sprinter Faith Wanjiru, and the Tanzanian team by coach Juma Mrisho.",
			"Kenya+Tanzania", "Juma Mrisho"},
		{"trap: an opening adverb tells another occasion",
			"ACCRA, May 4, 2026 - Ghana and Togo resumed talks on their maritime border in Accra on Monday. " +
				"Traditionally the Ghanaian delegation has been led by Kwame Mensah and the Togolese side by Koffi Agbo.",
			"Ghana+Togo", "Koffi Agbo"},
		{"trap: a negated clause names no leader",
			"MANILA, May 4, 2026 - Vietnam and the Philippines held talks on fishing rights in Manila on Monday. " +
				"The Philippine delegation was not led by its foreign secretary, Maria Santos, and the Vietnamese side by Tran Van Minh.",
			"Philippines+Vietnam", "Maria Santos"},
		{"trap: a reduced relative ('the delegation led by A') is no clause of sides",
			"HANOI, May 4, 2026 - Thailand and Cambodia held talks on a border bridge in Hanoi on Monday. " +
				"The Thai delegation led by Foreign Minister Somchai Wong and the Cambodian side by Deputy Prime Minister Sok Dara toured the bridge.",
			"Cambodia+Thailand", "Somchai Wong"},
		{"trap: a clause before the sides tells another occasion",
			"SYDNEY, May 4, 2026 - Talks on a shared tidal power plant opened in Sydney on Monday. " +
				"The night the ferry sank, the Australian delegation was led by Mark Hughes and the Fijian side by Josaia Rabuka.",
			"", "Josaia Rabuka"},
		{"trap: one side led, in talks that name no party",
			"GENEVA, May 4, 2026 - Talks on a shared hydropower cascade resumed in Geneva on Monday. " +
				"The Austrian delegation is led by Energy Minister Petra Lindqvist.",
			"", "Petra Lindqvist"},
		{"trap: two sides of one country",
			"ABUJA, May 4, 2026 - Talks on the minimum wage resumed in Abuja on Monday. " +
				"The Nigerian government delegation was led by Bola Adeyemi, and the Nigerian labour side by Grace Okoro.",
			"", "Grace Okoro"},
		{"trap: the next sentence tells an agreement of its own",
			"GENEVA, May 4, 2026 - Talks on a shared hydropower cascade resumed in Geneva on Monday. " +
				"The Austrian delegation was led by Petra Lindqvist and the Slovenian side by Tomas Brenner, and they signed a protocol on flood warnings.",
			"", "Tomas Brenner"},
		{"trap: the next sentence has a date of its own",
			"GENEVA, May 4, 2026 - Talks on a shared hydropower cascade resumed in Geneva on Monday. " +
				"The Austrian delegation was led by Petra Lindqvist and the Slovenian side by Tomas Brenner at a first sitting on May 12.",
			"", "Tomas Brenner"},
		{"trap: organizations the talks do not name",
			"BRISTOL, Nov. 3, 2026 - Talks on route contracts resumed in Bristol on Monday. " +
				"Westway Buses' team was led by operations director Ruth Ellis, and the Bristol City Council side by deputy leader Sam Okafor.",
			"", "Sam Okafor"},
		{"trap: sides with no name are no sides of the talks",
			"DENVER, April 8, 2026 - The state's two universities met with lawmakers on Monday to discuss funding. " +
				"The university's negotiating team was led by Provost Carla Diaz, and the college side by Dean Omar Hale.",
			"", "Omar Hale"},
		{"trap: two delegations of one country are one side",
			"BEIJING, April 8, 2026 - American lawmakers held talks with Chinese officials in Beijing on Monday. " +
				"The Senate delegation was led by Senator Ann Price, and the House team by Representative Joe Lake.",
			"", "Joe Lake"},
		{"trap: a country the talks name that no side is",
			"VIENNA, April 8, 2026 - Talks with Iran on its enrichment programme resumed in Vienna on Monday. " +
				"The British delegation was led by Anna Hale, and the French delegation by Luc Moreau.",
			"", "Luc Moreau"},
		{"talks with no party of their own take the persons who led the sides",
			"LYON, Oct. 2, 2026 - Talks on a cross-border rail tunnel resumed in Lyon on Monday after a pause of two years. " +
				"The Swiss delegation is led by transport secretary Marc Keller, and the French side by prefect Claire Dumas.",
			"Claire Dumas+Marc Keller", ""},
		{"trap: one side's leader names no counterpart",
			"LAUSANNE, May 4, 2026 - Austria and Slovenia opened a new round of talks on a shared hydropower cascade in Lausanne on Monday. " +
				"The Austrian delegation is led by Energy Minister Petra Lindqvist.",
			"", "Petra Lindqvist"},
		{"trap: leaders set off by commas are no clause of sides",
			"LAUSANNE, May 4, 2026 - Austria and Slovenia opened a new round of talks on a shared hydropower cascade in Lausanne on Monday. " +
				"The Austrian delegation, led by Energy Minister Petra Lindqvist, and the Slovenian side, headed by Tomas Brenner, arrived on Sunday.",
			"", "Tomas Brenner"},
		{"trap: another occasion opening the sentence",
			"LAUSANNE, May 4, 2026 - Austria and Slovenia opened a new round of talks on a shared hydropower cascade in Lausanne on Monday. " +
				"At a gala dinner, the Austrian delegation was led by Petra Lindqvist and the Slovenian side by Tomas Brenner.",
			"", "Tomas Brenner"},
		{"trap: a match's captains are no negotiators",
			"TURIN, Oct. 12, 2026 - The two clubs met in the cup final in Turin on Sunday. " +
				"The home side was led by captain Marco Rossi, and the away side by Luis Ortega.",
			"", "Luis Ortega"},
		{"trap: a company's team led by its officers in a sentence of its own date",
			"OSLO, June 2, 2026 - Fjordline Energy held talks with the port authority on Monday. " +
				"On Friday the Fjordline team was led by Kari Holm and the port side by Lars Dahl at a separate site visit.",
			"", "Lars Dahl"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "wires", "2026-03-03", c.text)
			g := eventParties(rec, "meeting")
			if c.want != "" && g != c.want {
				t.Fatalf("meeting parties %q, want %q; events: %s", g, c.want, eventList(rec))
			}
			if c.absent != "" && strings.Contains(g, c.absent) {
				t.Fatalf("meeting parties %q, want none with %q; events: %s", g, c.absent, eventList(rec))
			}
		})
	}
}
