package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPartyRules: which party rule decides an event's parties, read from
// its --explain line ("participants by rule NAME"). The clause's own
// persons come first; context rules follow in partyRules' order.
func TestPartyRules(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"subject and object", "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-persons"},
		{"between", "Talks between Foreign Minister Ana Soto and Trade Minister Li Wei ended in Lima on Monday.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-persons"},
		{"possessor of a visit", "Foreign Minister Ana Soto's visit to Lima began on Monday.",
			extract.Visit, []string{"Ana Soto"}, "clause-persons"},
		{"the sentence's subject for a later trigger", "Foreign Minister Ana Soto will fly to Lisbon on Friday, then hold talks with Trade Minister Rui Costa.",
			extract.Meeting, []string{"Ana Soto", "Rui Costa"}, "sentence-subject"},
		{"a description as subject, resolved in the clause", "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday. On Tuesday, both sides signed a copper accord.",
			extract.Agreement, []string{"Ana Soto", "Li Wei"}, "clause-described-subject"},
		{"a group word outside the clause: the last event's parties", "Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday. For the two ministers, the accord signed on Tuesday was the first in a decade.",
			extract.Agreement, []string{"Ana Soto", "Li Wei"}, "last-event"},
		{"a relative clause's subject is no role", "Chilean Foreign Minister Ana Soto arrived in Lima on Monday. Trade Minister Li Wei greeted reporters. The Chilean minister met Carlos Ruiz, with whom he discussed copper, on Tuesday.",
			extract.Meeting, []string{"Ana Soto", "Carlos Ruiz"}, "clause-described-subject"},
		{"talks with X: the person spoken of", "Foreign Minister Ana Soto arrived in Lima on Monday. Talks with Trade Minister Li Wei on Tuesday focused on copper.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "salient-person"},
		{"the visit: the focal person", "Foreign Minister Ana Soto said on Monday that Peru was a partner. The visit to Lima ends on Friday.",
			extract.Visit, []string{"Ana Soto"}, "focal-visitor"},
		{"a name before a title is no party", "Foreign Minister Ana Soto arrived in Lima on Monday. She met with retired Navy Admiral Luis Vera on Tuesday.",
			extract.Meeting, []string{"Ana Soto", "Luis Vera"}, "clause-described-subject"},
		{"the subject of the verb a visit noun stands under", "Chilean Foreign Minister Ana Soto arrived in Lima on Monday for a three-day visit.",
			extract.Visit, []string{"Ana Soto"}, "clause-persons"},
		{"the subject of the verb a meeting noun stands under", "Foreign Minister Ana Soto held a separate hour-long meeting with Trade Minister Li Wei in Lima on Monday.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-persons"},
		{"coordinated subjects with their titles", "Chilean Mining Minister Ana Soto and Peruvian Energy Minister Li Wei signed a copper accord in Lima on Monday.",
			extract.Agreement, []string{"Ana Soto", "Li Wei"}, "clause-persons"},
		{"a name after its description", "Foreign Minister Ana Soto met her Peruvian counterpart, Li Wei, in Lima on Monday.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-persons"},
		{"an object described by its title in lower case", "Senator Rosa Delgado criticised Governor Tom Akers on Monday. Delgado met the governor in Austin on Thursday.",
			extract.Meeting, []string{"Rosa Delgado", "Tom Akers"}, "clause"},
		{"a quoted speaker met a described person", "Opposition leader Nadia Kariuki praised President Samuel Otieno on Monday. \"I met the president on Friday,\" Kariuki told reporters.",
			extract.Meeting, []string{"Nadia Kariuki", "Samuel Otieno"}, "clause-described-subject"},
		{"a fronted phrase's noun: the main clause's persons", "In a phone call on Monday, Foreign Minister Ana Soto told Trade Minister Li Wei that talks would resume.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-span-persons"},
		{"a relative clause the noun stands in", "Copper prices rose after a summit in Lima on Monday that brought together Ana Soto and Li Wei.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-span-persons"},
		{"a second infinitive shares the first one's subject", "Foreign Minister Ana Soto is scheduled to hold talks with Oskar Brandt on Thursday, and to call on Trade Minister Li Wei.",
			extract.Meeting, []string{"Ana Soto", "Li Wei"}, "clause-persons"},
		{"two countries", "Kenya and Uganda signed a trade pact in Kampala on Tuesday.",
			extract.Agreement, []string{"Kenya", "Uganda"}, "clause-named"},
		{"an infinitive's subject is the one of the verb it completes", "Harbor Logistics decided on Monday to buy Kirin Freight, Norway's largest parcel carrier.",
			extract.Agreement, []string{"Harbor Logistics", "Kirin Freight"}, "clause-named"},
		{"a list of countries with an article inside it", "Uruguay, Paraguay, the Netherlands and Japan signed a seed-sharing pact in Montevideo on Thursday.",
			extract.Agreement, []string{"Uruguay", "Paraguay", "Netherlands", "Japan"}, "clause-named"},
		{"trap: a country after unlike is compared, no side", "Unlike Ecuador, the Bahamas and Fiji ratified a reef-protection accord in Suva on Wednesday.",
			extract.Agreement, []string{"Bahamas", "Fiji"}, "clause-named"},
		{"trap: a country after much like is compared, no side", "Much like Ghana, the Philippines and Vietnam signed a rice-trade pact in Hanoi on Tuesday.",
			extract.Agreement, []string{"Philippines", "Vietnam"}, "clause-named"},
		{"trap: a country after besides is added beside the subject, no side", "Besides Norway, Iceland and Denmark signed an Arctic shipping code in Tromso on Monday.",
			extract.Agreement, []string{"Iceland", "Denmark"}, "clause-named"},
		{"trap: like after a noun lists the sides", "Growers like Ghana, Togo and Benin agreed a cocoa floor price in Lome on Thursday.",
			extract.Agreement, []string{"Ghana", "Togo", "Benin"}, "clause-named"},
		{"countries after a noun for people", "The trade ministers of Kenya and Uganda signed a customs pact in Kampala on Tuesday.",
			extract.Agreement, []string{"Kenya", "Uganda"}, "clause-named"},
		{"a body meeting alone", "The Monetary Policy Council met in Warsaw on Tuesday and left rates unchanged.",
			extract.Meeting, []string{"Monetary Policy Council"}, "body-alone"},
		{"a body that votes", "The Harbor City Council voted 5-2 on Tuesday to approve the budget.",
			extract.Meeting, []string{"Harbor City Council"}, "body-vote"},
		{"one person and an unnamed group", "Foreign Minister Ana Soto met with community leaders in Lima on Monday.",
			extract.Meeting, []string{"Ana Soto"}, "unnamed-group"},
	})
}

type partyRuleCase struct {
	name, text, typ string
	parties         []string
	rule            string
}

// checkPartyRules extracts each case's text as an article body (under a
// headline line of its own) and checks its event: the parties, and the
// party rule its --explain line names.
func checkPartyRules(t *testing.T, cases []partyRuleCase) {
	t.Helper()
	x := cascadeNew(t, extract.Options{Explain: true})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "Diplomacy news\n\n" + c.text
			rec, err := x.Extract(context.Background(), extract.Article{ID: "rules", Published: "2026-03-04", Body: body, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			ev := matchEvent(rec, c.typ, c.parties)
			if ev == nil {
				t.Fatalf("%q: no %s of %v: %s", c.text, c.typ, c.parties, eventList(rec))
			}
			if len(ev.Participants) != len(c.parties) {
				t.Errorf("%q: participants %v, want %v", c.text, ev.Participants, c.parties)
			}
			if want := "participants by rule " + c.rule; !containsLine(ev.Explain, want) {
				t.Errorf("%q: explain lacks %q:\n%s", c.text, want, strings.Join(ev.Explain, "\n"))
			}
		})
	}
}

func containsLine(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

// TestFocalVisitorNeedsNoVisitor: "the visit" is the focal person's only
// when its clause names no visitor of its own.
func TestFocalVisitorNeedsNoVisitor(t *testing.T) {
	text := "Diplomacy news\n\nTrade Minister Li Wei arrived in Lima on Monday. Peru's league season ends in Lima on Saturday with the visit of Chile's national team."
	rec := extractText(t, "focal", "2026-03-04", text)
	for _, e := range eventsOf(rec, extract.Visit) {
		if e.Trigger == "visit" {
			t.Errorf("%q: the visit of a team became %v's", text, e.Participants)
		}
	}
}

// TestClauseSpanBounds: the bounded sentence reading (clause-span-persons)
// takes no one past a semicolon, a clause word or a quotation's
// attribution.
func TestClauseSpanBounds(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The summit in Lima ended on Monday; Foreign Minister Ana Soto and Trade Minister Li Wei flew home.",
		"The summit in Lima was a success, Foreign Minister Ana Soto and Trade Minister Li Wei said on Monday.",
		"The summit in Lima ended on Monday, but Foreign Minister Ana Soto and Trade Minister Li Wei stayed on.",
	} {
		rec, err := x.Extract(context.Background(), extract.Article{ID: "span", Published: "2026-03-04", Body: "Diplomacy news\n\n" + text, Form: "text"})
		if err != nil {
			t.Fatal(err)
		}
		if ev := matchEvent(rec, extract.Meeting, []string{"Ana Soto", "Li Wei"}); ev != nil {
			t.Errorf("%q: a meeting of Soto and Li from outside its clause: %s", text, strings.Join(ev.Explain, "; "))
		}
	}
}
