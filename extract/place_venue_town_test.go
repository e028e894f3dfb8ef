package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestVenueTown: a building an event was held in stays with that event;
// the town stands for it in a datelined story, and for the events told
// after it (place_venue_town.go). Sentences of our own.
func TestVenueTown(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	checkPlaces(t, x, []placeCase{
		{name: "a dateline city stands for a hotel the gazetteer does not know",
			text: "TARTU, May 20 (Baltic Wire) - At the Hilton on Tuesday, Estonian Education Minister Liis Org and Finnish Education Minister Mikko Rautio held talks on exam reforms, the ministry said.",
			typ:  extract.Meeting, who: "Mikko Rautio", place: "Tartu"},
		{name: "trap: 'in the' and an unknown name is a region, not a building of the dateline's city",
			text: "NAIROBI, May 20 (East Wire) - Beside a dry borehole in the Korrath, Kenyan water envoy Amina Wekesa held talks with herders' leader Lokwang Ekal on Wednesday about pasture rights.",
			typ:  extract.Meeting, who: "Lokwang Ekal", place: "Korrath"},
		{name: "trap: a visit 'at the' an unknown place goes away from the dateline's city",
			text: "CANBERRA, May 20 (Pacific Wire) - Agriculture Minister Rhys Doyle visited drought-hit sheep farms at the Merrow on Thursday.",
			typ:  extract.Visit, who: "Rhys Doyle", place: "Merrow"},
		{name: "a sideline meeting inherits the conference town, not its hotel",
			text: "Fisheries ministers from nine Baltic states agreed in Gdansk on Tuesday to share patrol data on cod catches. Polish Fisheries Minister Marek Nowak chaired the two-day conference at the Amber Coast Hotel. Estonian Fisheries Minister Kadri Tamm held talks with Swedish Fisheries Minister Anders Lind on Monday evening about seal quotas.",
			typ:  extract.Meeting, who: "Anders Lind", place: "Gdansk"},
		{name: "an agreement on the sidelines inherits the conference town",
			text: "Mayors of twelve Alpine towns met in Innsbruck on Thursday to plan a common ski pass. Tyrol's governor, Anton Mair, opened the meeting at the Alpenhof Congress Centre. Later that day Swiss mayor Beat Keller and Italian mayor Luca Ferri signed a pact on shared snow-clearing crews.",
			typ:  extract.Agreement, who: "Luca Ferri", place: "Innsbruck"},
		{name: "trap: the hotel meeting itself keeps its hotel",
			text: "Fisheries ministers from nine Baltic states agreed in Gdansk on Tuesday to share patrol data on cod catches. Polish Fisheries Minister Marek Nowak hosted Danish Fisheries Minister Jens Holm at the Amber Coast Hotel on Monday.",
			typ:  extract.Meeting, who: "Jens Holm", place: "Amber Coast Hotel"},
		{name: "a works places a visit in a town no gazetteer knows",
			text: "Norwegian Industry Minister Sigrid Aas is to visit Fjordal Glass's new bottling plant in Sorn next Thursday to open its second furnace.",
			typ:  extract.Visit, who: "Sigrid Aas", place: "Sorn"},
		{name: "a mine's town, not its owner, is the place visited",
			text: "Zambian Mines Minister Chanda Mwale toured Copperbelt Holdings' open-pit mine in Kell on Wednesday alongside mine manager Peter Banda.",
			typ:  extract.Visit, who: "Chanda Mwale", place: "Kell"},
	})
}
