package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTaggerPolicy: the rules and the learned tagger together, on articles
// written for this test (README, "Rules and the tagger").
func TestTaggerPolicy(t *testing.T) {
	noTagger, err := extract.New(extract.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, body string
		want       map[string]string // text -> type ("" : no such entity)
		rulesAlone map[string]string // the same without the tagger, where it differs
	}{
		{
			name: "results table: teams named like their towns are organizations, in the prose too",
			body: "SOCCER - ENGLISH LEAGUE RESULTS\n\nLONDON, Aug 30 - Results of matches played on Saturday:\n" +
				"Derby 3 Leicester 1\nPortsmouth 0 Brighton 2\nReading 1 Swindon 1\n\n" +
				"Derby stay top after the win, two points clear of Brighton.\n",
			want: map[string]string{"Derby": "ORGANIZATION", "Leicester": "ORGANIZATION", "Brighton": "ORGANIZATION", "Swindon": "ORGANIZATION"},
			// the teams pass (teams.go) makes them teams without the tagger too
			rulesAlone: map[string]string{"Leicester": "ORGANIZATION", "Brighton": "ORGANIZATION"},
		},
		{
			name: "rules keep titles and cue-word organizations; acronyms stay the acronym pass's",
			body: "Foreign Minister Ana Soto met officials of the Harbour Workers Union in Valparaiso on Monday. " +
				"The VAT rise was not discussed, Soto said.",
			want: map[string]string{"Ana Soto": "PERSON", "Harbour Workers Union": "ORGANIZATION", "Valparaiso": "LOCATION", "VAT": ""},
		},
		{
			name: "a cue-word organization takes the tagger's start; a name of X stays whole",
			body: "Shares of Norvik Fjord Shipping Co fell 4 percent on Tuesday. " +
				"The National Bank of Poland kept its rate unchanged, a spokeswoman said.",
			want:       map[string]string{"Norvik Fjord Shipping Co": "ORGANIZATION", "Shares of Norvik Fjord Shipping Co": "", "National Bank of Poland": "ORGANIZATION"},
			rulesAlone: map[string]string{"Shares of Norvik Fjord Shipping Co": "ORGANIZATION"},
		},
		{
			name: "a place the tagger calls a team in a standings table and after is a team in the whole document",
			body: "BASEBALL - LEAGUE STANDINGS\n\nNEW YORK, Aug 30 - The table after Thursday's games (wins, defeats, share, distance from the top):\n" +
				"DENVER 74 59 .556 -\nPORTLAND 70 63 .526 4\nMEMPHIS 69 65 .515 5\n\nFRIDAY'S SCHEDULE\n" +
				"DENVER AT MEMPHIS\nPORTLAND AT DENVER\n",
			want:       map[string]string{"DENVER": "ORGANIZATION", "MEMPHIS": "ORGANIZATION", "PORTLAND": "ORGANIZATION"},
			rulesAlone: map[string]string{"DENVER": "ORGANIZATION", "MEMPHIS": "ORGANIZATION"},
		},
		{
			name: "a name after a nationality word the rules left untyped is the tagger's",
			body: "Australian Tom Halvorsen bowled well on the second morning in Perth.",
			want: map[string]string{"Tom Halvorsen": "PERSON", "Australian Tom Halvorsen": ""},
		},
		{
			name: "a given name first is no proof against a sure tagger",
			body: "BASEBALL - RESULTS\n\nNEW YORK, Aug 30 - Results on Thursday:\nSydney Sharks 5 Tacoma Pikes 3\n" +
				"Tacoma Pikes 2 Sydney Sharks 4\n",
			want:       map[string]string{"Sydney Sharks": "ORGANIZATION"},
			rulesAlone: map[string]string{"Sydney Sharks": "PERSON"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			check := func(x *extract.Extractor, want map[string]string) {
				t.Helper()
				rec, err := x.Extract(context.Background(), extract.Article{ID: "t", Body: c.body, Published: "2025-08-30"})
				if err != nil {
					t.Fatal(err)
				}
				got := map[string]string{}
				for _, e := range rec.Entities {
					switch e.Type {
					case "PERSON", "ORGANIZATION", "LOCATION":
						got[e.Text] = e.Type
					}
				}
				for text, typ := range want {
					if got[text] != typ {
						t.Errorf("%q: got %q, want %q (all: %v)", text, got[text], typ, got)
					}
				}
			}
			check(extractor(t), c.want)
			if c.rulesAlone != nil {
				check(noTagger, c.rulesAlone)
			}
		})
	}
}
