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
		{"possessive names of the sides, a title before each name, the verb in the future",
			"TURIN, Sept. 14, 2026 - A second round of talks between Orvia Motors SpA and Kestrel Batteries Ltd will open in Turin on Tuesday. " +
				"Orvia Motors' team will be headed by the head of purchasing, Giulia Ferri, and the Kestrel Batteries side by chief executive Daniel Reyes.",
			"Daniel Reyes+Giulia Ferri", ""},
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
		{"nationality words name the sides of the talks of two countries",
			"QUITO, April 8, 2026 - Delegations from Ecuador and Colombia began talks on river dredging in Quito on Monday. " +
				"The Ecuadorian delegation was led by Vice Minister Lucia Andrade, and the Colombian side by Admiral Pablo Rivas.",
			"Lucia Andrade+Pablo Rivas", ""},
		{"the bodies' talks take the persons, a later round the bodies",
			"LEEDS, March 5, 2026 - Northgate Rail and the Transport Workers Union held a third round of pay talks in Leeds on Wednesday. " +
				"Northgate Rail's team was led by its finance director, Helen Marsh, and the Transport Workers Union side by general secretary Colin Baker. " +
				"A fourth round is set for Manchester on April 2.",
			"Colin Baker+Helen Marsh|Northgate Rail+Transport Workers Union", ""},
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
