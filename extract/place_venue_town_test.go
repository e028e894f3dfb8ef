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
		// a story that fronts its town, then tells one meeting at a named
		// hotel, then a meeting of the next day with no place of its own:
		// the later meeting is in the town; the hotel's own meeting keeps
		// the hotel
		{name: "a later meeting inherits the town, not the hotel of the meeting before it",
			text: "In Kaunas on Wednesday, farm ministers from six countries agreed to share grain freight data. Lithuanian Farm Minister Rasa Jonaitis welcomed Latvian Farm Minister Janis Ozols at the Nemunas Hotel. Polish Farm Minister Piotr Wrona held separate talks with Jonaitis on Thursday about rye storage.",
			typ:  extract.Meeting, who: "Piotr Wrona", place: "Kaunas"},
		{name: "trap: the hotel meeting itself keeps its hotel",
			text: "In Kaunas on Wednesday, farm ministers from six countries agreed to share grain freight data. Lithuanian Farm Minister Rasa Jonaitis welcomed Latvian Farm Minister Janis Ozols at the Nemunas Hotel. Polish Farm Minister Piotr Wrona held separate talks with Jonaitis on Thursday about rye storage.",
			typ:  extract.Meeting, who: "Janis Ozols", place: "Nemunas Hotel"},
		// a planned tour of a works, the works' town told after "plant in"
		// and its operator after the town
		{name: "a works places a visit in a town no gazetteer knows",
			text: "Norwegian Industry Minister Sigrid Aas will open a second furnace next Thursday when she tours a bottling plant in Sorn run by Fjordal Glass.",
			typ:  extract.Visit, who: "Sigrid Aas", place: "Sorn"},
		{name: "a mine's town, not its owner, is the place visited",
			text: "Zambian Mines Minister Chanda Mwale toured Copperbelt Holdings' open-pit mine in Kell on Wednesday alongside mine manager Peter Banda.",
			typ:  extract.Visit, who: "Chanda Mwale", place: "Kell"},
	})
}
