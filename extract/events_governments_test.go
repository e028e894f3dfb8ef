package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestGovernmentParties: governments, countries and blocs as the parties
// of meetings and agreements when no person is named for them: a seat of
// government standing for its government (seats.tsv, rule
// clause-governments), a group of people named by its owners (rule
// group-owners), a group possessed by "the two countries".
func TestGovernmentParties(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"two capitals reach a deal", "Washington and Beijing reached a deal on tariffs late on Thursday, officials said.",
			extract.Agreement, []string{"United States", "China"}, "clause-governments"},
		{"a capital and the bloc's seat", "Ankara and Brussels struck an accord on migration on Monday.",
			extract.Agreement, []string{"Turkey", "European Union"}, "clause-governments"},
		{"talks between two capitals", "Talks between Moscow and Kyiv resumed in Istanbul on Monday.",
			extract.Meeting, []string{"Russia", "Ukraine"}, "clause-governments"},
		{"a capital with a with-partner", "Tokyo will hold talks with Seoul on fishing rights next week.",
			extract.Meeting, []string{"Japan", "South Korea"}, "clause-governments"},
		{"the country as the article names it", "Britain sent a new envoy to Asia on Monday. London and Beijing signed a customs pact on Tuesday.",
			extract.Agreement, []string{"United Kingdom", "China"}, "clause-governments"},
		{"a capital and a named country", "Nairobi and Uganda signed a rail pact in Kampala on Tuesday.",
			extract.Agreement, []string{"Kenya", "Uganda"}, "clause-governments"},
		{"officials named by their countries", "Canadian and South Korean officials held talks in Ottawa on Monday.",
			extract.Meeting, []string{"Canada", "South Korea"}, "group-owners"},
		{"officials named by a bloc and a country", "EU and Chinese officials held talks in Brussels on Monday on steel quotas.",
			extract.Meeting, []string{"European Union", "China"}, "group-owners"},
		{"ministers with their field between", "Kenyan and Ugandan trade ministers signed a customs pact in Kampala on Tuesday.",
			extract.Agreement, []string{"Kenya", "Uganda"}, "group-owners"},
		{"the two countries' ministers, met briefly", "Chile and Peru signed a fishing pact in Lima on Monday. The two countries' trade ministers met briefly at a forum in Geneva in March.",
			extract.Meeting, []string{"Chile", "Peru"}, "clause-described-subject"},
		{"a person hosts a bloc's leaders", "The Commission's trade chief, Anneli Korpela, hosted leaders of the Andean Community in Brussels on Monday evening.",
			extract.Meeting, []string{"Anneli Korpela", "Andean Community"}, "group-owners"},
		{"a person meets two countries' envoys", "President Ana Soto met envoys of Kenya and Uganda in Lima on Tuesday.",
			extract.Meeting, []string{"Ana Soto", "Kenya", "Uganda"}, "group-owners"},
		{"their ministers after two leaders met: the leaders' governments", "Japan and South Korea reached a fishing deal on Thursday. Prime Minister Haruto Mori hosted President Park Min-jae in Tokyo in August. Their foreign ministers will meet in Seoul in January.",
			extract.Meeting, []string{"Japan", "South Korea"}, "clause-described-subject"},
		{"a summit of a body with a named chair", "Mercosur's summit in Asuncion on July 2, chaired by Paraguayan President Hugo Benitez, ended with a statement.",
			extract.Meeting, []string{"Mercosur", "Hugo Benitez"}, "clause-described-subject"},
		{"a minister meets a body's delegation", "Uruguayan Foreign Minister Pablo Etcheverry met a European Commission delegation in Montevideo on Tuesday.",
			extract.Meeting, []string{"Pablo Etcheverry", "European Commission"}, "clause-named"},
		{"a seat the entity passes left untyped", "Canberra and Wellington signed a maritime pact on Thursday.",
			extract.Agreement, []string{"Australia", "New Zealand"}, "clause-governments"},
		{"officials named by a demonym and a two-word country", "Australian and New Zealand officials held talks in Auckland on Monday.",
			extract.Meeting, []string{"Australia", "New Zealand"}, "group-owners"},
		{"their ministers: a leader's nationality and the country the story named", "The New Zealand foreign ministry said trade was up. Prime Minister Grace Tamihana welcomed Fijian Prime Minister Josaia Vuniwai to Wellington on Wednesday. Their foreign ministers are due to hold talks in Suva next month.",
			extract.Meeting, []string{"New Zealand", "Fiji"}, "clause-described-subject"},
		{"the neighbours: the two countries told together, not the last event's persons", "Japan and South Korea held fishing talks on Thursday. Prime Minister Haruto Mori hosted President Park Min-jae in Tokyo in August. The neighbours are due to sign the final text in Busan in January.",
			extract.Agreement, []string{"Japan", "South Korea"}, "clause-described-subject"},
	})
}

// TestGovernmentTraps: a capital that is a place (of a meeting, of a
// tour), a modifier ("the London market") or a person's surname is no
// government; a country where two people met is no party.
func TestGovernmentTraps(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		notParty   string // no event has this party
		typ        string // and, when set, this event exists with want
		want       []string
	}{
		{"a capital where two people met", "Foreign Minister Ana Soto met Trade Minister Li Wei in Paris on Monday.",
			"France", extract.Meeting, []string{"Ana Soto", "Li Wei"}},
		{"a country where two people met", "Prime Minister Ana Soto met President Li Wei in France on Monday.",
			"France", extract.Meeting, []string{"Ana Soto", "Li Wei"}},
		{"the places of a tour", "President Lena Varga toured Paris and London last week.",
			"United Kingdom", "", nil},
		{"a capital as a modifier", "Harbor Group opened talks with the London bourse in March about a bid.",
			"United Kingdom", "", nil},
		{"capitals coordinated as modifiers", "Nordbourse, which runs the Paris, Madrid and Lisbon equity markets, also opened talks with Harbor Group.",
			"France", "", nil},
		{"a person named Washington", "Trade Minister Tom Riley met Ann Washington in Madrid on Monday. Washington said the talks went well.",
			"United States", extract.Meeting, []string{"Tom Riley", "Ann Washington"}},
		{"a flight to a capital for talks", "Foreign Minister Ana Soto flew to Beijing on Monday for talks with Trade Minister Li Wei.",
			"China", extract.Meeting, []string{"Ana Soto", "Li Wei"}},
		{"one country's officials", "Turkish officials met in Ankara on Tuesday to prepare the text.",
			"Turkey", "", nil},
		{"leaders of an unnamed region", "President Ana Soto met leaders of the region in Lima on Tuesday.",
			"Lima", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "traps", Published: "2026-03-04", Body: "Diplomacy news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range rec.Events {
				for _, p := range ev.Participants {
					if p.Name == c.notParty {
						t.Errorf("%q: %s is a party: %s", c.text, c.notParty, eventList(rec))
					}
				}
			}
			if c.typ != "" && matchEvent(rec, c.typ, c.want) == nil {
				t.Errorf("%q: no %s of %v: %s", c.text, c.typ, c.want, eventList(rec))
			}
		})
	}
}

// TestAgreedThatDecision: "agreed that" with a joint decision on a
// concrete act of the parties' own is an agreement, as "agree to do
// something" is (GUIDELINES); agreeing with a view is none.
func TestAgreedThatDecision(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		want       []string // the agreement's parties; nil: no agreement
	}{
		{"their ministers would meet", "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday. The two leaders agreed that their ministers would meet in May.",
			[]string{"Ana Soto", "Li Wei"}},
		{"they would reopen", "Kenya and Uganda agreed on Tuesday that they would reopen the border crossing at Busia.",
			[]string{"Kenya", "Uganda"}},
		{"the talks would resume", "Foreign Minister Ana Soto and Trade Minister Li Wei agreed that the talks would resume in Quito in June.",
			[]string{"Ana Soto", "Li Wei"}},
		{"analysts: an opinion", "Analysts agreed that the market would fall.", nil},
		{"named parties, an opinion on a thing", "Foreign Minister Ana Soto and Trade Minister Li Wei agreed that inflation would fall next year.", nil},
		{"named parties, a view of the past", "Foreign Minister Ana Soto and Trade Minister Li Wei agreed that the talks had been useful.", nil},
		{"a possibility, no decision", "Foreign Minister Ana Soto and Trade Minister Li Wei agreed that they could meet again.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "agreed", Published: "2026-03-04", Body: "Diplomacy news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			got := matchEvent(rec, extract.Agreement, c.want)
			if c.want == nil {
				for _, ev := range rec.Events {
					if ev.Type == extract.Agreement {
						t.Errorf("%q: an agreement: %s", c.text, eventList(rec))
					}
				}
				return
			}
			if got == nil {
				t.Errorf("%q: no agreement of %v: %s", c.text, c.want, eventList(rec))
			}
		})
	}
}

// TestGroupOfOneOwner: a group of people named by one owner is that
// country's people ("Turkish officials met in Ankara"): no meeting of the
// last event's parties.
func TestGroupOfOneOwner(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Ankara and Baghdad are due to sign a water-sharing pact next month. Turkish officials met in Ankara on Tuesday to prepare the text."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "owner", Published: "2026-03-04", Body: "Diplomacy news\n\n" + text, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if matchEvent(rec, extract.Agreement, []string{"Turkey", "Iraq"}) == nil {
		t.Errorf("no agreement of Turkey and Iraq: %s", eventList(rec))
	}
	for _, ev := range rec.Events {
		if ev.Type == extract.Meeting {
			t.Errorf("a meeting of one country's officials: %s", eventList(rec))
		}
	}
}

// TestAgreedThatDate: an agreement told with "agreed that" is dated by its
// own clause or the story, never by its that-clause's content.
func TestAgreedThatDate(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "On Monday, Foreign Minister Ana Soto and Trade Minister Li Wei agreed that their ministers would meet in Quito in May."
	rec, err := x.Extract(context.Background(), extract.Article{ID: "agreed-date", Published: "2026-03-04", Body: "Diplomacy news\n\n" + text, Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	ev := matchEvent(rec, extract.Agreement, []string{"Ana Soto", "Li Wei"})
	if ev == nil {
		t.Fatalf("no agreement: %s", eventList(rec))
	}
	if ev.Date != "2026-03-02" || ev.Location == "Quito" {
		t.Errorf("agreement date %q place %q, want 2026-03-02 and not the meeting's Quito: %s", ev.Date, ev.Location, eventList(rec))
	}
}
