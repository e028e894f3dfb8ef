package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPlaceRules: each rule of the place cascade (events_place.go) on
// sentences of its own: the place an event must get and the rule --explain
// must name for it ("" where no place may be given). Published 2026-05-20.
func TestPlaceRules(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	checkPlaces(t, x, []placeCase{
		// venue: the building an event was held in
		{name: "a numbered street address is the venue",
			text: "Chilean President Rosa Vidal held talks with Prime Minister Ines Holm at 10 Downing Street on Monday while on a state visit to Britain.",
			typ:  extract.Meeting, who: "Ines Holm", place: "10 Downing Street", rule: "venue"},
		{name: "Number and a number is a venue",
			text: "Prime Minister Ines Holm met Senator Paul Arden at Number 10 on Friday for talks on climate policy.",
			typ:  extract.Meeting, who: "Paul Arden", place: "Number 10", rule: "venue"},
		{name: "a name ending in a venue word",
			text: "President Tomas Berg received Foreign Minister Ana Soto in the Oval Office on Tuesday to talk about tariffs, and the two then met for lunch.",
			typ:  extract.Meeting, who: "Ana Soto", place: "Oval Office", rule: "venue"},
		{name: "an organization known by its building",
			text: "Defence Minister Lars Moe met Prime Minister Ines Holm at the Kremlin on Tuesday, on his second trip to Russia this year.",
			typ:  extract.Meeting, who: "Lars Moe", place: "Kremlin", rule: "venue"},
		{name: "a venue in a named city gives the city",
			text: "Trade Minister Wanjiru Kamau met Finance Minister Kofi Mensah at the Serena Hotel in Kampala on Monday.",
			typ:  extract.Meeting, who: "Kofi Mensah", place: "Kampala", rule: "near"},
		{name: "a dateline city stands for the venues of its story",
			text: "LIMA, May 20 (Andes Wire) - Peruvian President Luis Quispe met Chilean Foreign Minister Ana Soto at the Government Palace on Tuesday.",
			typ:  extract.Meeting, who: "Ana Soto", place: "Lima", rule: "dateline"},
		// near: the most specific place the phrase names
		{name: "an unknown town placed in a known region",
			text: "The OSCE summit in Kellbach in Bavaria opens on Monday with a speech by Chancellor Ida Berg.",
			typ:  extract.Meeting, who: "OSCE", place: "Kellbach", rule: "near"},
		// near: "the city's" after a locative points back at the last town named
		{name: "the city's building is in the town the story went to last",
			text: "CHARLEROI, May 20 (Meuse Wire) - Belgian Energy Minister Sofie Claes toured a gas terminal outside Charleroi on Monday before driving on to Namur. She held talks with Luxembourg's Energy Minister Paul Hoffmann on Tuesday evening in the city's citadel, an aide said.",
			typ:  extract.Meeting, who: "Paul Hoffmann", place: "Namur", rule: "near"},
		{name: "the port's building points back at a town no gazetteer knows",
			text: "Harbour master Ingrid Solberg docked in Skjelvik early on Thursday. She met trawler owner Henrik Dahl at the port's fish auction hall a few hours later to go over landing fees.",
			typ:  extract.Meeting, who: "Henrik Dahl", place: "Skjelvik", rule: "near"},
		{name: "the town's building points back at the town a drive ended in",
			text: "Dairy cooperative chief Marta Ruiz drove from Leon to Astorga on Friday morning. That afternoon, in the town's episcopal palace, she met farm union leader Tomas Gil.",
			typ:  extract.Meeting, who: "Tomas Gil", place: "Astorga", rule: "near"},
		{name: "a fronted village's building places an agreement",
			text: "Forestry Minister Aino Laine stopped in Kuhmo on her way north. At the village's school she signed a grazing accord with reindeer herders' leader Niila Aikio.",
			typ:  extract.Agreement, who: "Niila Aikio", place: "Kuhmo", rule: "near"},
		{name: "trap: the capital's building is not in the town named before its country",
			text: "Health Minister Grace Achieng opened a clinic in Kisumu on Saturday and then flew to Uganda. On Sunday she concluded a vaccine accord with Ugandan Health Minister Ruth Nabirye in the capital's main hospital.",
			typ:  extract.Agreement, who: "Ruth Nabirye", place: "Uganda", rule: "itinerary"},
		{name: "trap: a country the story moved on to hides the town left behind",
			text: "Trade envoy Mirela Dobre toured the grain docks in Constanta on Tuesday before flying on to Moldova. A day later she and Moldovan Economy Minister Ion Rusu met at the city's chamber of commerce.",
			typ:  extract.Meeting, who: "Ion Rusu", place: "Moldova", rule: "itinerary"},
		{name: "trap: a hometown in an aside is not the town the city's points at",
			text: "Czech Transport Minister Petr Novak, who grew up in Ostrava, signed a rail pact with Slovak counterpart Juraj Kollar in the city's main station on Friday.",
			typ:  extract.Agreement, who: "Juraj Kollar", place: "", rule: ""},
		{name: "trap: towns that only qualify titles are no antecedent",
			text: "Harbour chief Lena Voss of Rostock and her Polish counterpart Adam Kowal of Szczecin held talks on Thursday in the city's maritime museum.",
			typ:  extract.Meeting, who: "Adam Kowal", place: "", rule: ""},
		{name: "trap: a town named three sentences back is out of reach",
			text: "Farm minister Pedro Alves ran a cork cooperative outside Porto for a decade before entering government. He and Ines Varga disagree about cheese names. Their deputies argued about them for months. On Monday Alves and Varga signed a cheese-labelling accord in the city's old customs hall.",
			typ:  extract.Agreement, who: "Ines Varga", place: "", rule: ""},
		// told-before: a mention with no parties just before
		{name: "a meeting with no parties places the next one",
			text: "A two-hour meeting in Cork on Tuesday settled the rowing calendar for next season. Team manager Orla Keane and her staff met representatives of Norway, Greece and Austria to agree the regattas.",
			typ:  extract.Meeting, who: "Norway", place: "Cork", rule: "told-before"},
		{name: "a call takes no place told before",
			text: "A two-hour meeting in Cork on Tuesday settled the rowing calendar for next season. Team manager Orla Keane later discussed the dates by telephone with Greek coach Nikos Petrou.",
			typ:  extract.Meeting, who: "Nikos Petrou", place: "", rule: ""},
		// remote: a telephone or video cue holds for its own conjunct's event only
		{name: "a hosting in person beside a video talk after but keeps the dateline",
			text: "AARHUS, May 20 (Jutland Wire) - University rector Anders Holt hosted Estonian Education Minister Liis Tamm on his campus on Friday morning but held talks by video with Danish Education Minister Mette Krogh in the afternoon because of a rail strike.",
			typ:  extract.Meeting, who: "Liis Tamm", place: "Aarhus", rule: "dateline"},
		{name: "trap: the video talk of that sentence takes no place",
			text: "AARHUS, May 20 (Jutland Wire) - University rector Anders Holt hosted Estonian Education Minister Liis Tamm on his campus on Friday morning but held talks by video with Danish Education Minister Mette Krogh in the afternoon because of a rail strike.",
			typ:  extract.Meeting, who: "Mette Krogh", place: "", rule: ""},
		{name: "a meeting told after a call in a conjunct of its own keeps the dateline",
			text: "LEIPZIG, May 20 (Saxon Wire) - Rector Jonas Albrecht talked over the telephone with Science Minister Eva Lorenz on Monday and met Polish rector Marek Zielinski on Wednesday to plan a joint chemistry school.",
			typ:  extract.Meeting, who: "Marek Zielinski", place: "Leipzig", rule: "dateline"},
		{name: "an agreement told before a call keeps the dateline",
			text: "TROMSO, May 20 (Arctic Wire) - Fisheries Minister Kari Holm signed a cod quota accord with Russian envoy Ivan Sokolov on Thursday morning and later talked by telephone with Greenland's fisheries minister Aaja Olsen.",
			typ:  extract.Agreement, who: "Ivan Sokolov", place: "Tromso", rule: "dateline"},
		{name: "trap: a cue fronted before both verbs holds for the second",
			text: "ZURICH, May 20 (Alpine Wire) - Over a video link on Wednesday, Science Minister Ilse Brandt welcomed the astronomer Jan Wrobel to a new observatory and held talks with its director, Paolo Ricci.",
			typ:  extract.Meeting, who: "Paolo Ricci", place: "", rule: ""},
		{name: "trap: an agreement in the conjunct after a call was reached on it",
			text: "SEVILLE, May 20 (Iberia Wire) - Water board chairman Luis Moreno talked with farmers' leader Ana Ortiz over a video link for much of Thursday, and the pair eventually agreed to cut irrigation quotas by a tenth.",
			typ:  extract.Agreement, who: "Ana Ortiz", place: "", rule: ""},
		{name: "trap: a party list's and leaves a video meeting remote",
			text: "SEVILLE, May 20 (Iberia Wire) - By video on Friday, Moreno met Ana Ortiz and Mayor Pablo Ruiz.",
			typ:  extract.Meeting, who: "Pablo Ruiz", place: "", rule: ""},
		// parties-event: "the two sides" agreed where they had met
		{name: "an agreement of the last meeting's parties is where they met",
			text: "Kenyan President Samuel Odhiambo met Prime Minister Ines Holm at the Storting on Tuesday, on his first visit to Norway. Officials said the two sides had agreed to open a trade office.",
			typ:  extract.Agreement, who: "Ines Holm", place: "Storting", rule: "parties-event"},
		// clause: a "where" clause hangs on the place before it, a date between
		{name: "a where clause after a place and its date",
			text: "Health Minister Amina Bello travelled to Accra on Thursday, where she signed a vaccine accord with Ghanaian Health Minister Kwame Asante.",
			typ:  extract.Agreement, who: "Kwame Asante", place: "Accra", rule: "clause"},
		{name: "trap: a where clause hangs on the stop before it, not the first city",
			text: "Health Minister Amina Bello reached Accra on Thursday after a night in Lome, where she signed a vaccine accord with Togolese Health Minister Kofi Agbeko.",
			typ:  extract.Agreement, who: "Kofi Agbeko", place: "Lome", rule: "clause"},
		{name: "a place a relative clause's traveller arrived in is where the traveller meets",
			text: "Port Minister Rosa Diaz opened a fisheries fair in Lima last week. Diaz, who landed in Halifax on Wednesday, sat down with Canadian Fisheries Minister Joel Tremblay a day later.",
			typ:  extract.Meeting, who: "Joel Tremblay", place: "Halifax", rule: "sentence"},
		{name: "trap: an arrival in a capacity is a life story, not the trip",
			text: "Port Minister Rosa Diaz spent three days in Lima at a fisheries conference. Diaz, who first arrived in Canada as a young engineer, then held talks with Canadian Fisheries Minister Joel Tremblay.",
			typ:  extract.Meeting, who: "Joel Tremblay", place: "Lima", rule: "inherited"},
		{name: "trap: an arrival dated years back is a life story, not the trip",
			text: "Port Minister Rosa Diaz spent three days in Lima at a fisheries conference. Diaz, who arrived in Canada in 1998, then held talks with Canadian Fisheries Minister Joel Tremblay.",
			typ:  extract.Meeting, who: "Joel Tremblay", place: "Lima", rule: "inherited"},
		// a place said in passing is not the event's
		{name: "a hometown in a relative clause",
			text: "Foreign Minister Ana Soto, who grew up in Valparaiso, met Trade Minister Li Wei on Monday.",
			typ:  extract.Meeting, who: "Li Wei", place: "", rule: ""},
		{name: "a past occasion's place in a relative clause, and no story place from it",
			text: "Finance Minister Kofi Mensah, who signed a loan accord in Accra last year, met Central Bank Governor Mara Oduya on Thursday.",
			typ:  extract.Meeting, who: "Mara Oduya", place: "", rule: ""},
		{name: "a place inside an organization's name",
			text: "Defence Minister Lars Moe met Rui Calado, rector of the University of Coimbra, on Wednesday.",
			typ:  extract.Meeting, who: "Rui Calado", place: "", rule: ""},
		{name: "a place inside a title",
			text: "Trade Minister Li Wei held talks with the mayor of Bergen, Siri Haugland, on Thursday.",
			typ:  extract.Meeting, who: "Siri Haugland", place: "", rule: ""},
		{name: "a place the other party travelled to stays",
			text: "Trade Minister Li Wei held talks on Monday with Rahim Nasser, who had flown to Muscat for the fair.",
			typ:  extract.Meeting, who: "Rahim Nasser", place: "Muscat", rule: "sentence"},
		{name: "a meeting told in a relative clause takes no place of the main clause",
			text: "OSLO, May 20 (Nordic Wire) - The council of the Nordic Fisheries Union, which met on Tuesday at the Fjord Hall, will present its quota plan at a conference in Bergen in June.",
			typ:  extract.Meeting, who: "Nordic Fisheries Union", place: "Oslo", rule: "dateline"},
		// embedded: a place of what the event was about or led to (place_embedded.go)
		{name: "a place in what was agreed to be done is not the agreement's",
			text: "LA PAZ, May 20 (Andes Wire) - Bolivian Trade Minister Ana Soto and Chilean Finance Minister Tomas Berg agreed on Tuesday to open a customs post in Tarija.",
			typ:  extract.Agreement, who: "Tomas Berg", place: "La Paz", rule: "dateline"},
		{name: "a deal to build something places the thing, not the deal",
			text: "Ports Minister Kofi Mensah and Trade Minister Wanjiru Kamau signed a pact on Monday to build a ferry pier at Kisumu.",
			typ:  extract.Agreement, who: "Wanjiru Kamau", place: "", rule: ""},
		{name: "a temporal word tells the agreement's own occasion again",
			text: "Kofi Mensah and Ines Holm agreed to merge their two parties during a late dinner at a hotel in Kumasi on Monday.",
			typ:  extract.Agreement, who: "Ines Holm", place: "Kumasi", rule: "near"},
		{name: "a reporting participle after a comma keeps its place",
			text: "The two mayors, Kofi Mensah and Tomas Berg, agreed on a shared bus timetable, according to minutes published in Tamale.",
			typ:  extract.Agreement, who: "Tomas Berg", place: "Tamale", rule: "near"},
		{name: "a place in what the talks were about",
			text: "ACCRA, May 20 (Coast Wire) - Trade Minister Li Wei held talks with Foreign Minister Ana Soto on Tuesday about congestion at the port in Tema.",
			typ:  extract.Meeting, who: "Ana Soto", place: "Accra", rule: "dateline"},
		{name: "a gathering after the theme is the talks' own occasion",
			text: "Li Wei and Ana Soto held talks about a rail link at a transport forum in Ghent on Tuesday.",
			typ:  extract.Meeting, who: "Ana Soto", place: "Ghent", rule: "near"},
		{name: "a participle clause after a comma has its own places",
			text: "Health Minister Ana Soto and the nurses' leader Luis Quispe signed a pay accord on Monday, ending a strike that had shut clinics in Tumbes.",
			typ:  extract.Agreement, who: "Luis Quispe", place: "", rule: ""},
		// near: an organization the meeting called on is met where it sits
		{name: "the seat of the company whose executives were met",
			text: "Industry Minister Tove Rask met executives of the turbine maker Nordvind in Gothenburg on Monday.",
			typ:  extract.Meeting, who: "Tove Rask", place: "Gothenburg", rule: "near"},
		{name: "the seat of the agency met with, after the meeting's month",
			text: "Councillor Maja Lind and MP Erik Holm met in April with directors of the Regional Water Board in Uppsala over plans for a flood barrier.",
			typ:  extract.Meeting, who: "Erik Holm", place: "Uppsala", rule: "near"},
		{name: "a seat after another verb of the sentence is no meeting place",
			text: "Mayor Ana Soto met Senator Paul Arden on Monday and criticised the National Roads Authority in Cork.",
			typ:  extract.Meeting, who: "Paul Arden", place: "", rule: ""},
		{name: "a seat past a comma is no meeting place",
			text: "Mayor Ana Soto met Senator Paul Arden on Monday, days after a letter from the National Roads Authority in Cork.",
			typ:  extract.Meeting, who: "Paul Arden", place: "", rule: ""},
		// near: a part of a named place is that place
		{name: "the edge of a named city after a venue",
			text: "On Thursday Governor Erik Holm held talks with dockers' leader Maja Lind in an office at the ferry terminal on the northern fringe of Gdansk.",
			typ:  extract.Meeting, who: "Maja Lind", place: "Gdansk", rule: "near"},
		{name: "the heart of a named city",
			text: "Senator Paul Arden held talks with Mayor Ana Soto at a cafe in the heart of Lyon on Friday.",
			typ:  extract.Meeting, who: "Ana Soto", place: "Lyon", rule: "near"},
		{name: "where the other side came from is no place of the meeting",
			text: "Mayor Ana Soto met Senator Paul Arden and tenants from the outskirts of Leeds on Friday.",
			typ:  extract.Meeting, who: "Paul Arden", place: "", rule: ""},
		// clause: a "where" clause on a sea is no meeting place
		{name: "a where clause hanging on a sea",
			text: "Maritime Minister Erik Holm travelled to Gdansk on Thursday for negotiations over herring catches in the Baltic, where he met Fisheries Commissioner Maja Lind.",
			typ:  extract.Meeting, who: "Maja Lind", place: "Gdansk", rule: ""},
		{name: "a where clause hanging on a city named for its water",
			text: "MP Erik Holm spent a weekend in Kestrel Bay, where he held talks with Governor Maja Lind.",
			typ:  extract.Meeting, who: "Maja Lind", place: "Kestrel Bay", rule: "clause"},
		// dateline: a plan of the coming week is at the dateline's city
		{name: "a plan of the coming days is at the dateline's city",
			text: "QUITO, May 20 (Andes Wire) - Colombian Foreign Minister Ana Soto is due to meet Ecuadorian President Luis Quispe on Thursday.",
			typ:  extract.Meeting, who: "Luis Quispe", place: "Quito", rule: "dateline"},
		{name: "a plan weeks ahead is not at the dateline's city",
			text: "QUITO, May 20 (Andes Wire) - Colombian Foreign Minister Ana Soto will meet Ecuadorian President Luis Quispe on June 30.",
			typ:  extract.Meeting, who: "Luis Quispe", place: "", rule: ""},
		// deal-talks: an agreement reached where the talks that led to it were
		{name: "a deal reached after talks is where the talks were",
			text: "OSLO, May 20 (Nordic Wire) - Iceland and the Faroe Islands reached a deal on herring quotas early on Tuesday after four days of talks in Klaksvik.",
			typ:  extract.Agreement, who: "Faroe Islands", place: "Klaksvik", rule: "deal-talks"},
		{name: "a pact signed at a session told after it is where the session was",
			text: "PRETORIA, May 20 (Cape Wire) - South African Water Minister Thandi Mokoena and Lesotho's Water Minister Lerato Mphutlane signed a dam levy agreement at a two-day session in Maseru on Wednesday.",
			typ:  extract.Agreement, who: "Lerato Mphutlane", place: "Maseru", rule: "deal-talks"},
		{name: "an adverb in the pact's own verb group keeps the session its own",
			text: "KAMPALA, May 20 (Lake Wire) - The water-sharing accord has finally been signed at a two-day meeting in Jinja between Farm Minister Moses Okello and Livestock Minister Grace Wanjiru, ending two years of dispute.",
			typ:  extract.Agreement, who: "Grace Wanjiru", place: "Jinja", rule: "deal-talks"},
		{name: "trap: a session in a relative clause of the pact may be an earlier one",
			text: "PRETORIA, May 20 (Cape Wire) - South African Water Minister Thandi Mokoena and Lesotho's Water Minister Lerato Mphutlane signed a dam levy agreement on Wednesday which they had first outlined at a session in Maseru in April.",
			typ:  extract.Agreement, who: "Lerato Mphutlane", place: "Pretoria"},
		{name: "trap: a session told with a verb of its own after the pact is not where it was signed",
			text: "PRETORIA, May 20 (Cape Wire) - South African Water Minister Thandi Mokoena and Lesotho's Water Minister Lerato Mphutlane signed on Wednesday a dam levy agreement drafted by their officials at a session in Maseru in April.",
			typ:  extract.Agreement, who: "Lerato Mphutlane", place: "Pretoria"},
		{name: "talks agreed to be held are not where the agreement was",
			text: "OSLO, May 20 (Nordic Wire) - Iceland and the Faroe Islands agreed on Tuesday to hold talks on herring quotas in Klaksvik in June.",
			typ:  extract.Agreement, who: "Faroe Islands", place: "Oslo", rule: "dateline"},
		// sentence: a meeting's place before another trigger's verb
		{name: "the place before the verb of another trigger's clause",
			text: "Foreign Minister Ana Soto met Peru's ambassador to Chile, Luis Quispe, over breakfast in Santiago last Friday to prepare the trip.",
			typ:  extract.Meeting, who: "Luis Quispe", place: "Santiago", rule: "sentence"},
		// itinerary: where the person was on the event's day
		{name: "the stop that had begun by the meeting's day",
			text: "Economy Minister Kadri Saar is touring the Baltic states this week. She flew into Vilnius on Tuesday. On Monday she had stopped in Riga, where she visited Prime Minister Andris Kalnins. Saar met Lithuanian Energy Minister Tomas Zukas on Wednesday.",
			typ:  extract.Meeting, who: "Tomas Zukas", place: "Vilnius", rule: "itinerary"},
		{name: "a plan inside a stay under way is where the stay is",
			text: "President Marta Ilves of Estonia began a four-day state visit to Chile on Monday. She will hold talks with President Tomas Berg on Thursday.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "Chile", rule: "itinerary"},
		{name: "a plan signed on the stay's last day",
			text: "Farm Minister Oskar Lind began a three-day working visit to Nairobi on Monday. He and Kenyan Agriculture Minister Wanjiru Kamau are expected to sign a seed accord on Wednesday.",
			typ:  extract.Agreement, who: "Wanjiru Kamau", place: "Nairobi", rule: "itinerary"},
		{name: "a plan after a stay that has ended is not placed by it",
			text: "President Marta Ilves of Estonia paid a two-day state visit to Chile on May 11 and 12. She will hold talks with President Tomas Berg on Friday.",
			typ:  extract.Meeting, who: "Tomas Berg", place: "", rule: ""},
		// visit-meeting: a visit to a person was where they met
		{name: "a visit to a person is where the two met",
			text: "Senator Paul Arden visited Prime Minister Ines Holm on Friday. Holm discussed climate policy with Arden over dinner at Number 10, aides said.",
			typ:  extract.Visit, who: "Paul Arden", place: "Number 10", rule: "visit-meeting"},
		// story-place: the one place the story's mentions give
		{name: "a later mention's place places the lede's deal",
			text: "Kenya has signed a $2bn agreement with Ethiopia to buy electricity from a new dam.\n\nThe accord, signed in Addis Ababa, runs for twenty years. Officials said power would flow from 2028.",
			typ:  extract.Agreement, who: "Ethiopia", place: "Addis Ababa", rule: "story-place"},
		{name: "two places in the story say nothing of the lede's",
			text: "Kenya has signed a $2bn agreement with Ethiopia to buy electricity from a new dam.\n\nThe accord, signed in Addis Ababa, runs for twenty years. On Monday Kenyan Energy Minister Jane Otieno held talks in Nairobi with Ugandan officials on a separate project.",
			typ:  extract.Agreement, who: "Ethiopia", place: "", rule: ""},
	})
}

// placeCase: an event of type typ with the party who must be placed place
// by the place rule rule ("" where no place may be given); date, when set,
// keeps to the events whose date starts so.
type placeCase struct {
	name, text  string
	typ, who    string
	place, rule string
	date        string
}

// checkPlaces runs the place cases on articles published 2026-05-20.
func checkPlaces(t *testing.T, x *extract.Extractor, cases []placeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "places", Published: "2026-05-20", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			found := 0
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) || !strings.HasPrefix(ev.Date, c.date) {
					continue
				}
				found++
				if fold(ev.Location) != fold(c.place) {
					t.Errorf("%s of %s placed %q, want %q; events: %s", c.typ, c.who, ev.Location, c.place, eventList(rec))
				}
				if c.rule == "" {
					continue
				}
				why := strings.Join(ev.Explain, "\n")
				if !strings.Contains(why, "place by rule "+c.rule+"\n") && !strings.HasSuffix(why, "place by rule "+c.rule) && !strings.Contains(why, "by rule "+c.rule+":") {
					t.Errorf("%s of %s: explanation names no place rule %q:\n%s", c.typ, c.who, c.rule, why)
				}
			}
			if found == 0 {
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}
