package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestClubsAndFixtures: a town with a club word is a club in a sports story
// (rule club-cue, teams_clubs.go) and stays a place elsewhere; a meeting
// verb with a team as its object is a fixture, and "new signing X" is a
// player, no agreement (senses_sport.go). Every sentence is our own.
func TestClubsAndFixtures(t *testing.T) {
	cases := []struct {
		name, text string
		org, loc   []string // names typed ORGANIZATION / not ORGANIZATION
		meetings   int
		agreements [][]string // the participant sets wanted, in any order
	}{
		{"clubs agree a fee",
			"Kelbury City have agreed a fee of 12 million pounds with Real Ashdown for the striker Tomas Vale. Vale scored 14 goals last season for Ashdown, who finished third in the league. The two clubs reached an agreement on Sunday.",
			[]string{"Kelbury City", "Real Ashdown"}, nil, 0, [][]string{{"Kelbury City", "Real Ashdown"}}},
		{"a town with City outside sport stays a place",
			"Officials in Brennock City approved a new budget on Monday, and the mayor said the harbour would be dredged next year.",
			nil, []string{"Brennock City"}, 0, nil},
		{"meet a team is a fixture",
			"Harwick Rovers beat Kelbury Town 2-0 on Saturday to reach the final. \"We meet Caldmoor United on Wednesday and we have to move on,\" the Kelbury manager, Ivo Petrak, said.",
			[]string{"Caldmoor United"}, nil, 0, nil},
		{"the short name of a club the story named is a fixture too",
			"Dunfell Athletic sacked their coach after a 4-1 defeat in the league. Wanderers meet Dunfell again at home on Saturday.",
			nil, nil, 0, nil},
		{"a person of a club is still met",
			"The striker Tomas Vale, who scored twice in the final, met Caldmoor United chairman Ian Rusk in Leeds on Friday to discuss a new contract.",
			nil, nil, 1, nil},
		{"a player meeting a club is a meeting",
			"Kelbury Town have offered the midfielder Jonas Berg a new contract after his 12 goals this season. \"I will be meeting Caldmoor United on Wednesday,\" Berg said in Oslo on Monday.",
			nil, nil, 1, nil},
		{"a new signing is a player",
			"Kelbury Town's new signing Tomas Vale limped off with a hamstring injury in the second half, and the coach said he would miss the cup final.",
			nil, nil, 0, nil},
		{"signing a contract with a club stays a signing",
			"Foreign Minister Ana Soto and her Chilean counterpart Luis Prado are signing a fisheries accord in Lima on Monday, the ministry said.",
			nil, nil, -1, [][]string{{"Ana Soto", "Luis Prado"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := extractor(t).Extract(context.Background(), extract.Article{ID: "clubs", Published: "2026-09-14", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range c.org {
				if findEntity(rec, extract.Organization, n) == nil {
					t.Errorf("%q is no ORGANIZATION: %s", n, show(rec))
				}
			}
			for _, n := range c.loc {
				if findEntity(rec, extract.Organization, n) != nil {
					t.Errorf("%q typed ORGANIZATION outside sport: %s", n, show(rec))
				}
			}
			if got := len(eventsOf(rec, extract.Meeting)); c.meetings >= 0 && got != c.meetings {
				t.Errorf("%d meetings, want %d: %s", got, c.meetings, show(rec))
			}
			ags := eventsOf(rec, extract.Agreement)
			if c.meetings >= 0 && len(ags) != len(c.agreements) {
				t.Errorf("%d agreements, want %d: %s", len(ags), len(c.agreements), show(rec))
			}
			for _, want := range c.agreements {
				found := false
				for _, a := range ags {
					var got []string
					for _, p := range a.Participants {
						got = append(got, p.Name)
					}
					if strings.Join(got, "|") == strings.Join(want, "|") || strings.Join(got, "|") == want[1]+"|"+want[0] {
						found = true
					}
				}
				if !found {
					t.Errorf("no agreement %v: %s", want, show(rec))
				}
			}
		})
	}
}

// TestLabourTalks: talks, deals and traps of labour disputes. "Met X
// management" meets the company (word class people), and a members' vote
// is a ballot, no meeting (senses_labour.go); the offer it accepts stays a
// deal. Every sentence is our own.
func TestLabourTalks(t *testing.T) {
	const dl = "LONDON, March 3 (Rail Desk) - "
	cases := []struct {
		name, text           string
		meetings, agreements int
	}{
		{"negotiators held talks", "Negotiators for the Transport Workers Union and the rail operator Westfield Trains held talks at the conciliation service on Monday.", 1, 0},
		{"after hours of talks a deal", "After 14 hours of talks, the Transport Workers Union reached a deal with Westfield Trains on Wednesday.", 1, 1},
		{"strike called off after a deal", "The strike was called off after the Transport Workers Union and Westfield Trains agreed a pay deal on Tuesday.", 0, 1},
		{"a union leader met the bosses", "The union's general secretary, Maria Kell, met Westfield Trains bosses in Leeds on Monday.", 1, 0},
		{"threatened and refused to meet", "The Transport Workers Union threatened to strike after Westfield Trains refused to meet the union on Monday.", 0, 0},
		{"broke down before they began", "Talks between the Transport Workers Union and Westfield Trains broke down before they began on Monday.", 0, 0},
		{"members voted to accept the offer", "Members of the Transport Workers Union voted on Monday to accept the pay offer from Westfield Trains.", 0, 1},
		{"a ballot is no meeting", "The Transport Workers Union will hold a ballot of its members on strike action next week.", 0, 0},
		{"the board voted stays its session", "The board of Westfield Trains voted on Monday to approve the sale of its freight arm, and chairman Ian Rusk met Maria Kell in Leeds on Tuesday.", 1, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := extractor(t).Extract(context.Background(), extract.Article{ID: "labour", Published: "2026-03-03", Body: dl + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(eventsOf(rec, extract.Meeting)); got != c.meetings {
				t.Errorf("%d meetings, want %d: %s", got, c.meetings, show(rec))
			}
			if got := len(eventsOf(rec, extract.Agreement)); c.agreements >= 0 && got != c.agreements {
				t.Errorf("%d agreements, want %d: %s", got, c.agreements, show(rec))
			}
		})
	}
}
