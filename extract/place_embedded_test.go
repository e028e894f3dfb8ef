package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPlaceReadings: the readings that keep a place told after an event
// from being the event's when it belongs to a clause or phrase of its own
// (place_embedded.go, place.go ownSubjectVerb), two datelines
// (dateline.go) and a country narrowed to its city
// (events_place.go cityOfCountry), each with the traps that must keep
// their place. Published 2026-05-20 (a Wednesday).
func TestPlaceReadings(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	checkPlaces(t, x, []placeCase{
		// embedded: the matter of the event told as an action on a thing
		{name: "a plant the deal is for is not where it was signed",
			text: "ABUJA — The Kaduna State Government on Tuesday signed an agreement with Greenfield Agro Holdings, a Lagos firm, for the construction of a rice mill in Zaria.",
			typ:  extract.Agreement, who: "Greenfield Agro Holdings", place: "Abuja", rule: "dateline"},
		{name: "a line the accord expands goes to a city that is not the accord's",
			text: "Energy Minister Lars Moe and his Swedish counterpart Karin Lund signed an agreement on Monday on the expansion of a power line to Kiruna.",
			typ:  extract.Agreement, who: "Karin Lund", place: "", rule: ""},
		{name: "trap: a summit the talks were on the sidelines of is their place",
			text: "Prime Minister Ines Holm held talks with President Tomas Berg on the sidelines of a summit of the Arctic Council in Reykjavik on Tuesday.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "Reykjavik", rule: "sentence"},
		{name: "trap: a matter with no of-phrase keeps the place after it",
			text: "Energy Minister Lars Moe signed an agreement on gas supplies in Oslo on Tuesday with Trade Minister Li Wei.",
			typ:  extract.Agreement, who: "Li Wei", place: "Oslo", rule: "near"},
		// embedded: a relative clause after the event
		{name: "a place in a clause under which the deal works",
			text: "Trade Minister Li Wei signed a memorandum with Economy Minister Kadri Saar on Monday, under which Chinese firms will build a container terminal in Estonia.",
			typ:  extract.Agreement, who: "Kadri Saar", place: "", rule: ""},
		{name: "the next legs of a tour are not the visit's place; the country is the dateline's",
			text: "LIMA — Foreign Minister Ana Soto arrived in the country on Sunday on a four-day visit, the first stop of a tour that will also take her to Quito and Bogota.",
			typ:  extract.Visit, who: "Ana Soto", place: "Peru", rule: "kind-destination", date: "2026-05-17"},
		{name: "trap: a relative clause closed by commas leaves the place to the event",
			text: "Prime Minister Ines Holm met Senator Paul Arden, who chairs the energy committee, in Bergen on Friday.",
			typ:  extract.Meeting, who: "Paul Arden", place: "Bergen", rule: "near"},
		// a relative clause on the meeting's own noun that says where it is held
		{name: "a summit a clause closing the sentence puts in a town",
			text: "Kenyan Agriculture Minister Mary Wanjiru spoke to Uganda's farm minister, Paul Okello, by phone on Monday. The two will settle the maize dispute at a summit, which is to be held in Jinja in September.",
			typ:  extract.Meeting, who: "Paul Okello", place: "Jinja", rule: "near", date: "2026-09"},
		{name: "trap: a clause closed before the main verb tells an earlier round",
			text: "Interior Minister Lars Moe and his Polish counterpart Marta Nowak resumed their talks, which were first held in Gdansk in March, on Tuesday.",
			typ:  extract.Meeting, who: "Marta Nowak", place: "", rule: ""},
		{name: "trap: a clause in the past tense tells a past occasion",
			text: "Agriculture Minister Mary Wanjiru sat down with Paul Okello of Uganda on Tuesday to revive the tariff talks, which Uganda hosted in Jinja.",
			typ:  extract.Meeting, who: "Paul Okello", place: "", rule: ""},
		{name: "trap: a clause dated before the event tells earlier occasions",
			text: "Agriculture Minister Mary Wanjiru sat down with Paul Okello of Uganda on Tuesday to revive the tariff talks, which Uganda has hosted in Jinja since 2019.",
			typ:  extract.Meeting, who: "Paul Okello", place: "", rule: ""},
		{name: "trap: a clause with a hope cue tells a wished-for occasion",
			text: "Agriculture Minister Mary Wanjiru and Paul Okello of Uganda ended a first day of tariff talks, which Uganda would like to host in Jinja next year.",
			typ:  extract.Meeting, who: "Paul Okello", place: "", rule: ""},
		{name: "trap: a clause on a deal tells where a later forum is held",
			text: "OSLO — Norway and China on Monday concluded talks on a shipping accord, which commits them to hold a trade forum in Tianjin.",
			typ:  extract.Agreement, who: "China", place: "Oslo", rule: "dateline"},
		// ownSubjectVerb: another event's verb with its own subject
		{name: "a signing told in passing keeps its place",
			text: "MONTEVIDEO — Foreign Minister Ana Soto held talks with President Tomas Berg on Monday about a fisheries pact both governments signed in Santiago in March.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "Montevideo", rule: "dateline"},
		{name: "trap: a verb sharing the subject shares the place",
			text: "Foreign Minister Ana Soto met President Tomas Berg and signed a trade accord in Santiago on Monday.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "Santiago", rule: "sentence"},
		// a dateline with a colon, or a place alone on its line
		{name: "a colon dateline places a meeting with none of its own",
			text: "DOHA: Foreign Minister Khalid Al-Thani held talks with Chilean Foreign Minister Ana Soto on Tuesday.",
			typ:  extract.Meeting, who: "Ana Soto", place: "Doha", rule: "dateline"},
		{name: "a place alone on its line in capitals is the dateline",
			text: "NEW DELHI\n\nChief Minister Anil Varma met Finance Minister Meera Iyer on Tuesday and sought funds for flood relief.",
			typ:  extract.Meeting, who: "Meera Iyer", place: "New Delhi", rule: "dateline"},
		// past-place: another occasion's place does not place the news
		{name: "an April signing's place does not place Monday's memorandum",
			text: "MONTEVIDEO — On Monday, Foreign Minister Ana Soto held talks with President Tomas Berg on a trade accord they signed in Santiago in March. Also on Monday, Trade Minister Luis Quispe and Fisheries Minister Marta Ruiz signed a memorandum on fishing quotas.",
			typ:  extract.Agreement, who: "Marta Ruiz", place: "Montevideo", rule: "dateline"},
		{name: "trap: an event of the same past occasion keeps its place",
			text: "Foreign Minister Ana Soto visited Santiago in March 2019. During that month she also met Trade Minister Luis Quispe.",
			typ:  extract.Meeting, who: "Luis Quispe", place: "Santiago", rule: ""},
		// city-in-country: a country holding the story's city
		{name: "a summit in the country of the dateline's city",
			text: "VALLETTA — Prime Minister Ines Holm held talks with President Tomas Berg at a summit in Malta on Tuesday.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "Valletta", rule: "city-in-country"},
		{name: "a deal in the country of the city the signer was visiting that day",
			text: "President Tomas Berg arrived in Kyiv by train on Tuesday. Berg and Prime Minister Olena Koval signed a defence agreement in Ukraine on Tuesday.",
			typ:  extract.Agreement, who: "Olena Koval", place: "Kyiv", rule: "city-in-country"},
		{name: "trap: a visit keeps the country it went to",
			text: "VALLETTA — President Tomas Berg arrived in Malta on Tuesday for a two-day visit.",
			typ:  extract.Visit, who: "Tomas Berg", place: "Malta", rule: "clause"},
		{name: "trap: a country that holds no city of the story stays",
			text: "VALLETTA — Prime Minister Ines Holm held talks with President Tomas Berg in Tunisia on Tuesday.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "Tunisia", rule: "near"},
	})
}
