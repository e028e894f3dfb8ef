package extract_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/newswire/newswire/extract"
)

var (
	explainOnce sync.Once
	explainX    *extract.Extractor
	explainErr  error
)

// explainExtract extracts a text article with Options.Explain set.
func explainExtract(t *testing.T, body string) *extract.Record {
	t.Helper()
	explainOnce.Do(func() { explainX, explainErr = extract.New(extract.Options{Explain: true}) })
	if explainErr != nil {
		t.Fatal(explainErr)
	}
	rec, err := explainX.Extract(context.Background(), extract.Article{ID: "refs", Body: body, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestReferenceRules: descriptions and plural descriptions resolve by the
// named rules of resolve_rules.go, and --explain names the rule. Each case
// gives the event that must come out ("type: A | B", exact parties), the
// resolution line its explanation must hold, or parties that must not be
// read (the traps: a description with no compatible antecedent, two
// compatible candidates of which the nearer must win, a passing mention
// that is not what "the two countries" means). Every sentence is
// invented.
func TestReferenceRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // "type: A | B": an event of exactly these parties
		resolved   string // a substring of one of want's explain lines
		not        string // "type: A | B": no event of exactly these parties
	}{
		{name: "the envoy is the one titled envoy, not the focal ambassador",
			text: "OSLO, March 3, 2026 (Fjord Press) - Norway's Special Envoy for Arctic Affairs Kari Lund arrived in Tokyo on Monday for a four-day visit. " +
				"She was met at the airport by Norway's Ambassador to Japan Per Haugen. Haugen said the embassy had prepared the trip for months, and Haugen later hosted a reception. " +
				"On Tuesday the envoy held talks with Japanese Vice Foreign Minister Taro Sato. " +
				"Haugen told reporters the talks had gone well.",
			want: "meeting: Kari Lund | Taro Sato", resolved: "the envoy -> Kari Lund (rule title-head)"},
		{name: "of two ministers the nearer subject wins",
			text: "NAIROBI, June 9, 2026 (Rift Wire) - Kenyan Trade Minister Peter Kamau opened a textile fair in Nairobi on Monday. " +
				"Energy Minister Ruth Wanjiru toured a geothermal plant in Naivasha the same day. " +
				"On Tuesday the minister held talks with Ugandan Energy Minister Okello Odongo.",
			want: "meeting: Ruth Wanjiru | Okello Odongo", resolved: "(rule title-head)", not: "meeting: Peter Kamau | Okello Odongo"},
		{name: "a modifier some title holds tells the holders apart",
			text: "AMMAN, Feb 2, 2026 (Levant Wire) - Jordanian Foreign Minister Lina Haddad and Energy Minister Sami Nasser received a Norwegian delegation in Amman on Sunday. " +
				"Nasser said gas imports would rise next year. " +
				"On Monday the foreign minister held talks with Norwegian State Secretary Kari Lund.",
			want: "meeting: Lina Haddad | Kari Lund", resolved: "the foreign minister -> Lina Haddad (rule title-head)", not: "meeting: Sami Nasser | Kari Lund"},
		{name: "trap: the president is not the vice president",
			text: "QUITO, May 5, 2026 (Andes Wire) - Vice President Marta Ochoa inaugurated a bridge over the Napo river on Monday. " +
				"Ochoa said the bridge would cut travel times by half. " +
				"On Friday the president will meet Peruvian Foreign Minister Ana Soto.",
			not: "meeting: Marta Ochoa | Ana Soto"},
		{name: "the two leaders are the presidents, not the ministers who signed last",
			text: "MONTEVIDEO, April 16, 2026 (Plata Wire) - Uruguayan President Elena Sosa received Paraguayan President Diego Ayala in Montevideo on Thursday. " +
				"Their foreign ministers, Julia Brun and Marcos Vera, signed a river navigation accord while both presidents looked on. " +
				"In March the two leaders had met at a regional summit in Brasilia.",
			want: "meeting: Elena Sosa | Diego Ayala", resolved: "(rule titled-event)", not: "meeting: Julia Brun | Marcos Vera"},
		{name: "the two countries are those the story is about, not the last two named",
			text: "DOHA, Dec 1, 2026 (Gulf Desk) - Qatar's Energy Minister Saad Kaabi met Japan's Trade Minister Ken Mori in Doha on Sunday. " +
				"Japanese officials praised Qatar's long supply record, and Qatar said Japan remained a key buyer. " +
				"A Qatari statement also mentioned aid to Yemen and Somalia. " +
				"The two countries then signed a memorandum on hydrogen research.",
			want: "agreement: Qatar | Japan", resolved: "(rule story-countries)", not: "agreement: Yemen | Somalia"},
		{name: "members named in apposition are the parties, not the two countries",
			text: "ATHENS, March 2, 2026 (Aegean Wire) - Greece and Cyprus want to link their power grids by 2030. " +
				"The energy ministers of the two countries, Greek Energy Minister Nikos Pappas and Cypriot Energy Minister Eleni Loizou, will meet in Nicosia on Friday to sign the final terms.",
			want: "meeting: Nikos Pappas | Eleni Loizou"},
		{name: "trap: their after the premiers is not the last event's ministers",
			text: "HALIFAX, July 22, 2026 (Atlantic Desk) - Canada's premiers ended three days of talks in Halifax on Wednesday. " +
				"In Toronto the same day, federal Housing Minister Priya Nair and Ontario Finance Minister Tom Healey signed a housing accord. " +
				"The premiers also agreed to report back on trade barriers at their winter meeting.",
			not: "meeting: Priya Nair | Tom Healey"},
		{name: "the delegation is its leader, not the host named since",
			text: "LIMA, May 4, 2026 (Andes Wire) - A Chilean trade delegation led by Economy Minister Rosa Vial arrived in Lima on Monday for a three-day visit. " +
				"Deputy Foreign Minister Luis Paredes welcomed the visitors at the airport and praised the copper trade. " +
				"On Tuesday the delegation held talks with Peruvian Trade Minister Ana Soto.",
			want: "meeting: Rosa Vial | Ana Soto", resolved: "the delegation -> Rosa Vial (the group's leader) (rule group-leader)", not: "meeting: Luis Paredes | Ana Soto"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := explainExtract(t, c.text)
			var lines []string
			found := false
			for _, ev := range rec.Events {
				got := ev.Type + ": " + partyList(ev)
				lines = append(lines, got)
				if c.not != "" && sameParties(got, c.not) {
					t.Errorf("got the trap %q\n%s", c.not, strings.Join(ev.Explain, "\n"))
				}
				if c.want != "" && sameParties(got, c.want) && strings.Contains(strings.Join(ev.Explain, "\n"), c.resolved) {
					found = true
				}
			}
			if c.want != "" && !found {
				t.Errorf("no event %q with an explain line holding %q; got %v", c.want, c.resolved, lines)
			}
		})
	}
}

func partyList(ev extract.Event) string {
	var ps []string
	for _, p := range ev.Participants {
		ps = append(ps, p.Name)
	}
	return strings.Join(ps, " | ")
}

// sameParties: two "type: A | B" strings name one type and one set of
// parties, in any order.
func sameParties(a, b string) bool {
	ta, pa, _ := strings.Cut(a, ": ")
	tb, pb, _ := strings.Cut(b, ": ")
	if ta != tb {
		return false
	}
	xa, xb := strings.Split(pa, " | "), strings.Split(pb, " | ")
	if len(xa) != len(xb) {
		return false
	}
	for _, x := range xa {
		ok := false
		for _, y := range xb {
			ok = ok || x == y
		}
		if !ok {
			return false
		}
	}
	return true
}
