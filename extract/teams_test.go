package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTeams checks each line form of the teams pass (teams.go) and what it
// leaves alone, with and without the tagger. Every text is written for
// the test.
func TestTeams(t *testing.T) {
	noTagger, err := extract.New(extract.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, body string
		want       map[string]string // text -> type ("": no such entity)
	}{
		{
			name: "results lines: places beside scores are teams, in the prose too",
			body: "Weekend football results:\nWalsall 2 Carlisle 1\nExeter 0 Blackpool 0\nHartlepool 3 Barnsley 2\n\n" +
				"Carlisle have now lost three games in a row, while Barnsley slipped to fifth.\n",
			want: map[string]string{"Walsall": "ORGANIZATION", "Carlisle": "ORGANIZATION", "Exeter": "ORGANIZATION",
				"Blackpool": "ORGANIZATION", "Hartlepool": "ORGANIZATION", "Barnsley": "ORGANIZATION"},
		},
		{
			name: "a club the rules never saw: a name first in its line beside a score",
			body: "Cup results on Tuesday:\nDrumbrae Thistle 4 Kelvinhaugh 0\nCraigmoss 1 Inchbrook Rovers 2\n",
			want: map[string]string{"Drumbrae Thistle": "ORGANIZATION", "Kelvinhaugh": "ORGANIZATION", "Craigmoss": "ORGANIZATION"},
		},
		{
			name: "a fixtures line after its label, pairs joined by v",
			body: "Matches called off because of the frost:\nPostponed : Doncaster v Rochdale , Stockport v Wrexham\n" +
				"Doncaster will play their game on Tuesday night instead.\n",
			want: map[string]string{"Doncaster": "ORGANIZATION", "Rochdale": "ORGANIZATION", "Stockport": "ORGANIZATION", "Wrexham": "ORGANIZATION"},
		},
		{
			name: "a standings table in capitals, and the same names in the schedule below",
			body: "Conference table after Sunday's games (won, lost, share, games behind):\n" +
				"HOUSTON 61 40 .604 -\nPHOENIX 58 44 .569 3 1/2\nSACRAMENTO 50 52 .490 11 1/2\n\nMONDAY'S GAMES\nHOUSTON AT SACRAMENTO\n",
			want: map[string]string{"HOUSTON": "ORGANIZATION", "PHOENIX": "ORGANIZATION", "SACRAMENTO": "ORGANIZATION"},
		},
		{
			name: "countries keep their type: a national side is typed as the country",
			body: "Group results on Saturday:\nKenya 2 Uganda 1\nGhana 0 Nigeria 0\n",
			want: map[string]string{"Kenya": "LOCATION", "Uganda": "LOCATION", "Ghana": "LOCATION"},
		},
		{
			name: "a dateline with an ISO date stays a place when its city is also a team",
			body: "SOCCER - RESULTS\nLEEDS 2026-03-14\nResults on Saturday:\nLeeds 1 Fulham 1\nBristol 0 Leeds 2\n",
			want: map[string]string{"Leeds": "LOCATION", "Fulham": "ORGANIZATION", "Bristol": "ORGANIZATION"},
		},
		{
			name: "prices and measures make no standings: a market table's cities stay places",
			body: "Closing levels of the main indexes on Friday:\nFrankfurt 2,315.40 12.5 0.5\nParis 4,101.22 -3.2 0.1\nMadrid 812.09 1.1 0.1\n",
			want: map[string]string{"Frankfurt": "LOCATION", "Paris": "LOCATION", "Madrid": "LOCATION"},
		},
		{
			name: "a single line of figures is no table",
			body: "The rebuilt harbour at Portland 12 30 2 is due to open next year, the council said.\n",
			want: map[string]string{"Portland": "LOCATION"},
		},
		{
			name: "players in a scores table stay persons",
			body: "Leading scores after the third round:\nDavid Harrow 68 70 67 205\nMichael Stroud 70 69 68 207\n",
			want: map[string]string{"David Harrow": "PERSON", "Michael Stroud": "PERSON"},
		},
		{
			name: "a court case in prose is no fixture, and a caps headline's function words are no team",
			body: "ARSENAL 3 IN FRONT AT HALF TIME\nLawyers cited Roe v Wade during the hearing in Boston on Monday.\n",
			want: map[string]string{"IN": "", "Boston": "LOCATION", "Wade": ""},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, x := range []*extract.Extractor{extractor(t), noTagger} {
				rec, err := x.Extract(context.Background(), extract.Article{ID: "t", Body: c.body, Published: "2026-03-14"})
				if err != nil {
					t.Fatal(err)
				}
				got := map[string]map[string]bool{} // text -> types
				for _, e := range rec.Entities {
					switch e.Type {
					case "PERSON", "ORGANIZATION", "LOCATION":
						if got[e.Text] == nil {
							got[e.Text] = map[string]bool{}
						}
						got[e.Text][e.Type] = true
					}
				}
				for text, typ := range c.want {
					if (typ == "" && len(got[text]) > 0) || (typ != "" && !got[text][typ]) {
						t.Errorf("%q: got %v, want %q (all: %v)", text, got[text], typ, got)
					}
				}
			}
		})
	}
}
